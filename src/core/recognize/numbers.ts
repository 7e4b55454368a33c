/**
 * Numerals as people write them in French and English notes (hedges are in hedges.ts).
 * Pure, regex-based and linear: every pattern here is bounded so scanning a long string stays linear.
 */
/** Characters used between digit groups: space, no-break space, narrow no-break space, thin space. */
export const GROUP_SPACE = '[ \\u00a0\\u202f\\u2009]';
/** Horizontal space between a number and its unit (any of the group spaces, possibly doubled). */
export const UNIT_SPACE = '[ \\u00a0\\u202f\\u2009\\t]{0,2}';

/**
 * A numeral in digits: "100", "1,5", "1.5", "2 500", "2\u00a0500", "2,500", "1 234,56", "1,234.56", "1,00,000".
 * Group repetitions are bounded (at most 18 integer digits), and a numeral never ends before a digit.
 * Use after a boundary check such as `(?<![\p{L}\p{N}.,])`.
 */
export const NUMERAL_SOURCE =
  `(?:\\d{1,3}(?:${GROUP_SPACE}\\d{3}){1,5}(?:[.,]\\d{1,6})?` +
  // Indian grouping: "1,00,000" (one lakh), "1,50,00,000" (1.5 crore).
  `|\\d{1,2}(?:,\\d{2}){1,4},\\d{3}(?:\\.\\d{1,6})?` +
  `|\\d{1,3}(?:,\\d{3}){1,5}(?:\\.\\d{1,6})?` +
  `|\\d{1,3}(?:\\.\\d{3}){2,5}(?:,\\d{1,6})?` +
  // Dots that group thousands before a decimal comma: "1.299,99" (one group is enough: the comma settles it).
  `|\\d{1,3}(?:\\.\\d{3}){1,5},\\d{1,6}` +
  `|\\d{1,18}(?:[.,]\\d{1,6})?)(?![\\d])`;

const FR_WORDS: Record<string, number> = {
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20,
  trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80,
  nonante: 90, cent: 100, cents: 100, mille: 1000,
};

const EN_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};

const WORD_VALUES: Record<string, number> = { ...FR_WORDS, ...EN_WORDS };

/** True when the word is a French number word ("un", "deux", "mille"), used to guess the language. */
export function isFrenchNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return Object.prototype.hasOwnProperty.call(FR_WORDS, w) && !Object.prototype.hasOwnProperty.call(EN_WORDS, w);
}

const ONE_WORD = `(?:${Object.keys(WORD_VALUES).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}])`;

const EN_UNDER_HUNDRED = Object.keys(EN_WORDS).filter((w) => EN_WORDS[w]! < 100).sort((a, b) => b.length - a.length).join('|');
/** English number words below a hundred: "one", "twenty-five" (for cents and pence). Needs `u` and `i`. */
export const ENGLISH_SMALL_NUMBER_SOURCE = `(?:${EN_UNDER_HUNDRED})(?:-(?:${EN_UNDER_HUNDRED}))?(?![\\p{L}\\p{N}])`;

/**
 * Number words, possibly compound: "quarante", "vingt-cinq", "vingt et un", "quatre-vingt-dix",
 * "deux mille", "one hundred and fifty", "a hundred". Needs the `u` and `i` flags; at most 7 words.
 */
export const NUMBER_WORDS_SOURCE =
  `(?:(?:an?|one)[ ](?=hundred|thousand))?${ONE_WORD}(?:(?:[- ]et[- ]|[ ]and[ ]|[- ])${ONE_WORD}){0,6}`;

const SPACES_RE = /[ \u00a0\u202f\u2009]/g;

/**
 * Parse a numeral written in digits. `decimalComma` forces a single comma to be read as a decimal
 * separator ("1,500" = 1.5 in French); by default a single comma followed by exactly three digits is
 * a thousands separator ("2,500" = 2500) and otherwise a decimal comma ("1,5" = 1.5).
 */
export function parseNumeral(raw: string, decimalComma?: boolean): number | undefined {
  // Digits alone (most numerals): what the reading below gives them, without its regexes.
  if (isDigits(raw)) return Number(raw);
  const hadSpaceGroups = SPACES_RE.test(raw);
  SPACES_RE.lastIndex = 0;
  let s = raw.trim().replace(SPACES_RE, '');
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return undefined;
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    // The separator that comes last is the decimal one.
    if (s.lastIndexOf(',') > s.lastIndexOf('.')) s = s.replace(/\./g, '').replace(',', '.');
    else s = s.replace(/,/g, '');
  } else if (commas > 1) {
    s = s.replace(/,/g, '');
  } else if (dots > 1) {
    s = s.replace(/\./g, '');
  } else if (commas === 1) {
    const [int, frac] = s.split(',') as [string, string];
    const grouping = !decimalComma && !hadSpaceGroups && frac.length === 3 && int.length <= 3 && int !== '0';
    s = grouping ? int + frac : `${int}.${frac}`;
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/** Whether `raw` is one to eighteen ASCII digits and nothing else (a number Number() reads exactly as parseNumeral does). */
function isDigits(raw: string): boolean {
  if (raw.length === 0 || raw.length > 18) return false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True when the numeral uses French decimal notation ("1,5", "1 234,56"), not an English "2,500". */
export function hasDecimalComma(raw: string): boolean {
  if (!raw.includes(',')) return false;
  const spaced = /[ \u00a0\u202f\u2009]/.test(raw);
  const s = raw.replace(SPACES_RE, '');
  const comma = s.lastIndexOf(',');
  if (comma < 0) return false;
  const dot = s.lastIndexOf('.');
  if (dot >= 0) return comma > dot;
  if ((s.match(/,/g) ?? []).length !== 1) return false;
  const frac = s.slice(comma + 1);
  return frac.length !== 3 || spaced || s.startsWith('0,');
}

/**
 * Parse number words ("quarante", "vingt et un", "quatre-vingt-dix", "deux mille", "ten",
 * "one hundred and fifty", "a hundred"). Returns undefined when a word is unknown.
 */
export function parseNumberWords(raw: string): number | undefined {
  const tokens = raw.toLowerCase().split(/[\s\u00a0\u202f-]+/).filter((t) => t !== '' && t !== 'et' && t !== 'and');
  if (tokens.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let previous = '';
  for (const [i, tok] of tokens.entries()) {
    let v: number | undefined;
    if ((tok === 'a' || tok === 'an') && i === 0) v = 1;
    else v = WORD_VALUES[tok];
    if (v === undefined) return undefined;
    if (v === 100) current = (current || 1) * 100;
    else if (v === 1000) { total += (current || 1) * 1000; current = 0; }
    else if (v === 20 && previous === 'quatre') current += 80 - 4;
    else current += v;
    previous = tok;
  }
  return total + current;
}

/** A number in digits or words; words are tried when the text has no digit. */
export function parseNumber(raw: string, decimalComma?: boolean): number | undefined {
  return /\d/.test(raw) ? parseNumeral(raw, decimalComma) : parseNumberWords(raw);
}

/** Format a number for a canonical form: at most three decimals, "." as the decimal point. */
export function formatDecimal(n: number): string {
  // An integer has no decimals to round: "1", not through "1.000".
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  return String(Number(n.toFixed(3)));
}
