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

/** The body of the capturing or non-capturing group opened at `open`: [start, close), or undefined for a lookaround. */
function groupBody(source: string, open: number): { start: number; close: number } | undefined {
  const close = groupEnd(source, open);
  if (close < 0) return undefined;
  if (source[open + 1] !== '?') return { start: open + 1, close };
  if (source[open + 2] === ':') return { start: open + 3, close };
  if (source[open + 2] === '<' && source[open + 3] !== '=' && source[open + 3] !== '!') {
    const nameEnd = source.indexOf('>', open);
    return nameEnd > 0 && nameEnd < close ? { start: nameEnd + 1, close } : undefined;
  }
  return undefined;
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

/**
 * The second letters a match of `source` may have after each first letter, read like `leadingLetters`: for
 * "investit|a investi|acquires?" the map {i: {n}, a: {' '… none, c}}. For each first letter (in lower case), the
 * set of ASCII letters (in lower case) a match's second character may be when it is an ASCII letter, or `'any'`
 * when this reader cannot tell (a group, class, escape or quantifier at the first or second atom). A second
 * character that is no letter (a space, an apostrophe) adds nothing: a caller looks the set up only when the
 * text's second character is an ASCII letter. `undefined` when `leadingLetters(source)` is.
 */
export function leadingPairs(source: string): ReadonlyMap<string, ReadonlySet<string> | 'any'> | undefined {
  const first = leadingLetters(source);
  if (!first) return undefined;
  const pairs = new Map<string, Set<string> | 'any'>();
  const anyFor = (letters: Iterable<string>) => {
    for (const l of letters) pairs.set(l, 'any');
  };
  for (let i = 0; ;) {
    const end = skipToAlternativeEnd(source, i);
    if (end < 0) {
      anyFor(first);
      return pairs;
    }
    // The alternative source[i, end): its zero-width openings stepped over, then its first two atoms.
    let at = i;
    while (source.startsWith('(?', at) && /^\(\?<?[=!]/.test(source.slice(at, at + 4))) {
      const close = groupEnd(source, at);
      if (close < 0 || close >= end) break;
      at = close + 1;
    }
    const letter = source[at];
    const alone = letter !== undefined && at < end && /^\p{L}$/u.test(letter) && !isQuantifier(source[at + 1]);
    const inner = !alone && source[at] === '(' ? groupBody(source, at) : undefined;
    const innerPairs = inner && inner.close < end && isMandatory(source, inner.close + 1) ? leadingPairs(source.slice(inner.start, inner.close)) : undefined;
    if (innerPairs) {
      // Its first atom is a group that must match: its alternatives' pairs (one of a single letter says 'any').
      for (const [l, seconds] of innerPairs) {
        const known = pairs.get(l);
        if (seconds === 'any' || known === 'any') pairs.set(l, 'any');
        else pairs.set(l, new Set([...(known ?? []), ...seconds]));
      }
    } else if (!alone) {
      // Its first atom is another group, or quantified: its first letters (some of `first`) may take any second one.
      const own = new Set<string>();
      if (alternativeFirst(source, i, own) < 0) anyFor(first);
      else anyFor(own);
    } else {
      const l = letter.toLowerCase();
      const known = pairs.get(l);
      if (letter === '\u212a' || letter === '\u017f') anyFor(first);
      else if (known !== 'any') {
        const second = source[at + 1];
        if (at + 1 >= end) {
          // A one-letter alternative: what follows it is the rest of the pattern or what stands after it.
          pairs.set(l, 'any');
        } else if (second !== undefined && /^\p{L}$/u.test(second) && source[at + 2] !== '?' && source[at + 2] !== '*' && source[at + 2] !== '{') {
          const set = known ?? new Set<string>();
          const lower = second.toLowerCase();
          if (lower.charCodeAt(0) < 128) set.add(lower);
          // KELVIN SIGN and LONG S fold to ASCII letters under `iu`.
          if (second === '\u212a') set.add('k');
          if (second === '\u017f') set.add('s');
          pairs.set(l, set);
        } else if (second === ' ' || second === "'" || second === '’' || second === '-') {
          // A space or an apostrophe: no ASCII letter is second.
          if (!known) pairs.set(l, new Set());
        } else {
          pairs.set(l, 'any');
        }
      }
    }
    if (source[end] !== '|') break;
    i = end + 1;
  }
  // Letters of `first` that no alternative above named as written (a group opening an alternative did): any.
  for (const l of first) if (!pairs.has(l)) pairs.set(l, 'any');
  return pairs;
}
