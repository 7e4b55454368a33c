import { borrow, giveBack } from './keptRegExps';

/**
 * A pattern that starts with a lookbehind ("(?<![\p{L}\p{N}])acquires|stake in|…"), matched as fast as the
 * same pattern without it. V8 skips quickly through text that cannot start a match of a list of words, but
 * not when the pattern opens with a lookbehind: then it tries the lookbehind at every character (on a
 * megabyte, 50 ms instead of 3 for the nouns of inferCompanies.ts). So the words are looked for first, and
 * the lookbehind is checked only where they stand. The matches are exactly those of
 * `new RegExp(lookbehind + rest, 'gu')` (or 'giu') through `matchAll`, as long as `lookbehind` is one lookbehind (zero
 * width, no capturing group, so that the groups of `rest` keep their numbers) and `rest` never matches the
 * empty string (V8 tries an empty match even inside a surrogate pair; this walk steps over pairs whole).
 */
export class BoundaryPattern {
  private readonly rest: RegExp;
  private readonly boundary: RegExp;

  /** `ignoreCase`: as the flag i of the whole pattern. */
  constructor(lookbehind: string, rest: string, { ignoreCase = false } = {}) {
    this.rest = new RegExp(rest, ignoreCase ? 'giu' : 'gu');
    this.boundary = new RegExp(lookbehind, ignoreCase ? 'iuy' : 'uy');
  }

  /** The pattern whole, as one regex (for tests, and for reading). */
  get source(): string {
    return `${this.boundary.source}${this.rest.source}`;
  }

  /** Every match in `text`, in order, as `text.matchAll` of the whole pattern gives them. */
  *matchAll(text: string): Generator<RegExpExecArray> {
    // Regexes no other walk holds (nested, or left unfinished), kept compiled (see keptRegExps.ts).
    const rest = borrow(this.rest);
    const boundary = borrow(this.boundary);
    try {
      let from = 0;
      while (from <= text.length) {
        rest.lastIndex = from;
        const m = rest.exec(text);
        if (!m) return;
        boundary.lastIndex = m.index;
        const kept = boundary.test(text);
        if (kept) yield m;
        from = kept && m[0].length ? m.index + m[0].length : nextCharacter(text, m.index);
      }
    } finally {
      giveBack(this.rest, rest);
      giveBack(this.boundary, boundary);
    }
  }
}

/** Where the character after the one at `i` starts: a surrogate pair is one character (as in a unicode regex). */
function nextCharacter(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return i + (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1);
}
