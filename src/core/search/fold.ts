/**
 * Folding for fuzzy search: lower case, no accents, ligatures spelt out, typographic punctuation plain.
 * Applied once to every indexed field and to each query, so "societe generale" finds "Société Générale"
 * without Fuse stripping diacritics again on every comparison.
 */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_RE = /[œæßøłđı]/g;

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(LIGATURE_RE, (ch) => LIGATURES[ch] ?? ch)
    .replace(/['’ʼ‘`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a query, folded. Words of one character are dropped when longer ones exist (they match
 * almost everything fuzzily); at most `max` words are kept, the longest first in case of overflow.
 */
export function queryTokens(query: string, max = 6): string[] {
  const words = foldForSearch(query).split(/[\s,;:/|+&–—·]+/).map((w) => w.replace(/^[-'".()[\]]+|[-'".()[\]]+$/g, '')).filter(Boolean);
  const long = words.filter((w) => w.length > 1);
  const kept = long.length ? long : words;
  if (kept.length <= max) return kept;
  return [...kept].sort((a, b) => b.length - a.length).slice(0, max);
}
