/**
 * Splits note text into sentences with offsets. Clipped articles put headings, list items and captions on
 * lines of their own, so a line break always ends a sentence; inside a line, ". ", "! ", "? " and "…" end
 * one unless the dot belongs to an abbreviation ("Inc.", "M.", "U.S.") or a number ("1.5").
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'sa', 'st', 'mr', 'mrs', 'ms', 'dr', 'prof', 'm', 'mm', 'mme',
  'jr', 'sr', 'vs', 'etc', 'cf', 'no', 'n°', 'vol', 'p', 'env', 'approx', 'jan', 'feb', 'fév', 'mar', 'apr',
  'avr', 'jun', 'jul', 'juil', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'déc', 'e.g', 'i.e', 'u.s', 'u.k',
  'mds', 'md', 'mrd', 'bn',
]);

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      push(i);
      start = i + 1;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      // Swallow closing quotes and brackets after the terminator.
      let j = i + 1;
      while (j < text.length && /["»”’)\]]/.test(text[j]!)) j++;
      const next = text[j];
      if (next !== undefined && !/\s/.test(next)) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
      // The next sentence should start with a capital, a digit, a quote or a list marker.
      let k = j;
      while (k < text.length && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t')) k++;
      const first = text[k];
      if (first !== undefined && first !== '\n' && first !== '\r' && first === first.toLowerCase() && first !== first.toUpperCase()) continue;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(text.length);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.°]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("J. Huang") and dotted acronyms ("U.S.").
  return /^\p{Lu}$/u.test(text.slice(s, dot)) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** The sentence that contains `offset` (binary search over spans sorted by start). */
export function sentenceAt(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
