/**
 * Character classes shared by the recognisers. Everything works on UTF-16 strings as JavaScript and VS Code
 * count them; letters include accented Latin letters, so "métaux" is one word and "d’OpenAI" splits at the
 * apostrophe.
 */

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** True when `ch` is part of a word (letter, digit or combining mark). */
export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

/** A word starts at `i` when the character before it is not a word character. */
export function isWordStart(text: string, i: number): boolean {
  return i <= 0 || !isWordChar(text[i - 1]);
}

/** A word ends at `i` (exclusive) when the character at `i` is not a word character. */
export function isWordEnd(text: string, i: number): boolean {
  return i >= text.length || !isWordChar(text[i]);
}

/** Apostrophes people and word processors type. */
export const APOSTROPHES = '\'’ʼ‘`´';
/** Spaces inside numbers and names: ordinary, no-break, narrow no-break, thin. */
export const SPACES = ' \u00a0\u202f\u2009\u2007';
/** Hyphens and dashes used inside names ("Spectrum-X", "Spectrum‑X"). */
export const HYPHENS = '-\u2010\u2011\u2012\u2013';

/**
 * Folds one character for matching: typographic apostrophes to "'", special spaces to " ", hyphen
 * variants to "-". Keeps length (one UTF-16 unit in, one out) so offsets stay valid.
 */
export function foldChar(ch: string): string {
  if (APOSTROPHES.includes(ch)) return '\'';
  if (SPACES.includes(ch) || ch === '\t') return ' ';
  if (HYPHENS.includes(ch)) return '-';
  return ch;
}

/** Folds a whole string with `foldChar`, keeping its length. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** Lowercase without accents, for loose comparisons of names ("Échos" ~ "echos"). */
export function looseKey(s: string): string {
  return foldText(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
