/**
 * Regexes walked through copies that are kept, never compiled again.
 *
 * `new RegExp(re)` and `text.matchAll(re)` (which copies its regex) take their compiled code from V8's cache of
 * compiled patterns, which every full garbage collection empties; after that, each copy compiles the pattern
 * anew. And once a process has compiled over a megabyte of regex code (freed code counts too) and holds over 16 MB of
 * executable code, V8 compiles every further regex without its optimisations (`TooMuchRegExpCode` in V8's regexp.cc):
 * a large alternation then no longer skips ahead through text that cannot start a match but is tried at every
 * character. Our patterns are large (a heap snapshot after the bench's warm-up on 19 shapes held 12.6 MB of regex
 * code, up to 950 KB for one pattern in both encodings): the real articles of the test corpora (their texts folders)
 * pass that limit within their first 25 notes, the hostile shapes at the first with names in two-byte text; 2,000
 * bench notes do not.
 * A regex compiled after it stays slow (a probe alternation: 60 µs before, 1,800 µs after, per 16,000 characters).
 * With copies compiled anew, the alternation of company nouns that opens a list (`listedCompanies.ts`) went from
 * under a millisecond to 18 ms per 16,000 characters, and every hostile shape after the first few from 0.2–0.3 s to
 * 1.5–2 s of CPU. So a pattern walked here keeps its own compiled regex (compiled once, on its first walk) and
 * copies of it for walks that overlap, each kept too.
 */

const spare = new WeakMap<RegExp, RegExp[]>();

/**
 * `re` itself, or a copy of it that no walk holds now: `re` (and its copies) must be used through this module
 * only, which owns their `lastIndex`. Give it back with `giveBack` when done.
 */
export function borrow(re: RegExp): RegExp {
  let list = spare.get(re);
  if (!list) spare.set(re, (list = [re]));
  return list.pop() ?? new RegExp(re);
}

/** Gives back what `borrow(re)` lent. */
export function giveBack(re: RegExp, lent: RegExp): void {
  spare.get(re)!.push(lent);
}

/**
 * Every match of the global regex `re` in `text`, in order, as `text.matchAll(re)` gives them when `re.lastIndex`
 * is 0 (an empty match steps over one character, a surrogate pair whole under the flag u or v).
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray> {
  const lent = borrow(re);
  lent.lastIndex = 0;
  try {
    for (;;) {
      const m = lent.exec(text);
      if (!m) return;
      if (m[0] === '') lent.lastIndex = advance(text, lent.lastIndex, lent.unicode || lent.flags.includes('v'));
      yield m;
    }
  } finally {
    giveBack(re, lent);
  }
}

/** How many matches the global regex `re` has in `text`. */
export function countMatches(re: RegExp, text: string): number {
  const lent = borrow(re);
  lent.lastIndex = 0;
  let n = 0;
  // An empty match steps over one character, as in matchesOf.
  for (let m; (m = lent.exec(text)); n++) if (m[0] === '') lent.lastIndex = advance(text, lent.lastIndex, lent.unicode || lent.flags.includes('v'));
  giveBack(re, lent);
  return n;
}

/** The index after `i` (ECMAScript's AdvanceStringIndex): a surrogate pair is one step when `unicode`. */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
