/**
 * `(?:body){min,max}` as a regex source that V8 compiles as one loop, with the same matches.
 *
 * V8 writes out a quantifier whose maximum is at most three past its minimum (and a minimum of at most three) as
 * that many copies of its body: `\s{1,4}` is four copies of `\s`, `(?: name){0,3}` three copies of a name. Each
 * copy is compiled again with all that follows it, so a pattern with such quantifiers in every alternative
 * compiles to hundreds of kilobytes (the currency words after an amount: 1 MB in one-byte and two-byte text).
 * Once a process has compiled over a megabyte of regex code and holds over 16 MB of executable code, V8 stops
 * optimising the regexes it compiles after (see keptRegExps.ts), so that size is time.
 * An alternative that never matches, `(?!)`, makes the body one V8 does not copy; it adds no capture and no
 * match (the body still matches exactly what it did, never the empty string through it), so every match,
 * group and backtracking order stays the same. `body` must hold no capture (V8 copies none of those anyway).
 */
export function repeated(body: string, min: number, max: number): string {
  return `(?:${body}|(?!)){${min},${max}}`;
}

/**
 * `re` with each optional non-capturing group that holds no capture, `(?:x)?`, written `(?:x|(?!))?`: the same
 * matches, groups and backtracking order (see `repeated`), but V8 no longer compiles all that follows such a
 * group once with it and once without it. For a pattern made of optional groups in a row (INVESTORS_BEFORE:
 * 706 KB of code in one-byte and two-byte text, 215 KB so).
 */
export function withOptionalLoops(re: RegExp): RegExp {
  const src = re.source;
  let out = '';
  const opened: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      out += src.slice(i, i + 2);
      i++;
    } else if (c === '[') {
      let j = i + 1;
      while (src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j;
    } else if (c === '(') {
      opened.push(out.length);
      out += c;
    } else if (c === ')') {
      const group = out.slice(opened.pop()) + c;
      const optional = src[i + 1] === '?' && src[i + 2] !== '?';
      out += optional && group.startsWith('(?:') && !CAPTURE.test(group) ? '|(?!))' : c;
    } else {
      out += c;
    }
  }
  return new RegExp(out, re.flags);
}
/** An opening parenthesis that captures (a named group too), or one written with a backslash: left as it is. */
const CAPTURE = /\\\(|\((?!\?(?::|=|!|<=|<!))/;
