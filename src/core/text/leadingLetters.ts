/**
 * The letters a regular expression's match can start with, read from its source: for "rachète|acquires?|s'offrir"
 * the set {r, a, s}. A search then tries the expression only where the text holds one of them, instead of at
 * every word. For expressions with the flags `iu`: the letters are given in lower case, and a match may start
 * with any letter that folds to one of them.
 *
 * The answer is an over-approximation or nothing: `undefined` whenever the source holds something this reader
 * does not follow (an escape, a character class, an optional first atom, a first character that is not a
 * letter). So a caller that gets a set can rely on it: every match starts with a letter, and an ASCII letter
 * that starts one is in the set (in lower case).
 */
export function leadingLetters(source: string): ReadonlySet<string> | undefined {
  const letters = new Set<string>();
  const end = alternativesFirst(source, 0, letters);
  return end === source.length ? letters : undefined;
}

/**
 * Adds the first letters of the alternatives that start at `i` (up to the ')' closing them, or the end) to
 * `into`; returns where they end (the index of that ')', or the source's length), or -1 when unknown.
 */
function alternativesFirst(source: string, i: number, into: Set<string>): number {
  for (;;) {
    const at = alternativeFirst(source, i, into);
    if (at < 0) return -1;
    // The rest of this alternative does not change its first letter: skip to its end.
    const end = skipToAlternativeEnd(source, at);
    if (end < 0) return -1;
    if (source[end] !== '|') return end;
    i = end + 1;
  }
}

/** Adds the first letter of the alternative at `i` to `into`; returns where its first atom ends, or -1. */
function alternativeFirst(source: string, i: number, into: Set<string>): number {
  for (;;) {
    const c = source[i];
    if (c === undefined || c === '|' || c === ')') return -1;
    if (c === '(') {
      const close = groupEnd(source, i);
      if (close < 0) return -1;
      const head = source.slice(i, i + 4);
      if (head.startsWith('(?=') || head.startsWith('(?!') || head.startsWith('(?<=') || head.startsWith('(?<!')) {
        // Zero width: the first letter is the next atom's (a quantified lookaround is not followed).
        if (isQuantifier(source[close + 1])) return -1;
        i = close + 1;
        continue;
      }
      if (!isMandatory(source, close + 1)) return -1;
      const inner = head.startsWith('(?:') ? i + 3 : head.startsWith('(?<') ? source.indexOf('>', i) + 1 : head.startsWith('(?') ? -1 : i + 1;
      if (inner <= 0) return -1;
      const letters = new Set<string>();
      if (alternativesFirst(source, inner, letters) !== close) return -1;
      for (const l of letters) into.add(l);
      return close + 1;
    }
    if (!/^\p{L}$/u.test(c) || !isMandatory(source, i + 1)) return -1;
    into.add(c.toLowerCase());
    // The two letters outside ASCII that fold to one inside it under `iu`: KELVIN SIGN and LONG S.
    if (c === '\u212a') into.add('k');
    if (c === '\u017f') into.add('s');
    return i + 1;
  }
}

/** Whether the atom ending before `i` must match at least once: no `?`, `*` or `{` after it. */
function isMandatory(source: string, i: number): boolean {
  const q = source[i];
  return q !== '?' && q !== '*' && q !== '{';
}

function isQuantifier(c: string | undefined): boolean {
  return c === '?' || c === '*' || c === '+' || c === '{';
}

/** The index of the ')' closing the group opened at `open`, or -1 (escapes and character classes stepped over). */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** From inside an alternative, the index of the '|' or ')' that ends it at this depth, or the source's length. */
function skipToAlternativeEnd(source: string, i: number): number {
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      i = classEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '(') {
      i = groupEnd(source, i);
      if (i < 0) return -1;
    } else if (c === '|' || c === ')') return i;
  }
  return source.length;
}

/** The index of the ']' closing the character class opened at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === ']') return i;
  }
  return -1;
}
