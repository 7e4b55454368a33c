/**
 * Which way a note writes its numbers, decided by evidence rather than guessed: "1,500" is 1 500 in English
 * and 1,5 in French, "10.000" groups thousands in French. Only one shape is in doubt: one to three digits, a
 * single comma or dot, then exactly three digits. For it the votes are the note's other numbers (a "4,5 %" or
 * "1.5 GW" elsewhere says which mark is decimal), the language of the sentence, the language of the note, and
 * the amount's own words ("milliard", "de" or "billion", "$"). When the votes disagree or are missing, the
 * reading is marked ambiguous, with the other reading beside it.
 *
 * Everything is bounded: the note's evidence is one linear pass (in slices), a sentence's language a window
 * of at most a few hundred characters around the amount.
 */
import { GROUP_SPACE } from './numbers';

export type Language = 'fr' | 'en';

/** What a note says about its numbers: how many unambiguous decimals use each mark, and its language. */
export interface NumberEvidence {
  /** Numerals that can only be read with a decimal comma: "4,5 %", "1 234,56", "1.234.567". */
  decimalComma: number;
  /** Numerals that can only be read with a decimal point: "1.5 GW", "$2.75", "1,234,567". */
  decimalPoint: number;
  frenchWords: number;
  englishWords: number;
  /** The note writes the US dollar as "US$" or "U.S.$" somewhere (so a bare "$" may be a local dollar). */
  usDollarSign?: boolean;
}

/** "US$", "U.S.$", "US $": the US dollar written as such. Case-sensitive. */
export const US_DOLLAR_SIGN = /(?<![\p{L}])U\.?S\.? ?\$/u;

export function emptyEvidence(): NumberEvidence {
  return { decimalComma: 0, decimalPoint: 0, frenchWords: 0, englishWords: 0 };
}

const SIGN = '[$€£¥₹]';
const UNIT =
  '(?:%|[$€£¥₹]|(?:milliards?|millions?|billions?|trillions?|bn|mn|Mds?|Mrds?|Md|M|B|k|K|GW|MW|TWh|kWh|dollars?|euros?|points?|fois|times|x)(?![\\p{L}]))';
/** A decimal with a comma that is not a thousands separator: the fraction is not exactly three digits, or it follows space groups or dot groups. */
const COMMA_DECIMAL = `\\d{1,3}(?:(?:${GROUP_SPACE}\\d{3}){1,5}|(?:\\.\\d{3}){1,5}),\\d{1,6}|\\d{1,3}(?:\\.\\d{3}){2,5}|\\d{1,18},(?:\\d{1,2}|\\d{4,6})`;
const POINT_DECIMAL = `\\d{1,3}(?:,\\d{3}){1,5}\\.\\d{1,6}|\\d{1,3}(?:,\\d{3}){2,5}|\\d{1,18}\\.(?:\\d{1,2}|\\d{4,6})`;
/** An unambiguous numeral with a unit or currency beside it (versions such as "GPT-4.5" have none). Bounded repetitions. */
const EVIDENCE_RE = new RegExp(
  `(?<sign>${SIGN}[ \\u00a0\\u202f]?)?(?<![\\p{L}\\p{N}.,])(?:(?<comma>${COMMA_DECIMAL})|(?<point>${POINT_DECIMAL}))(?![\\d.,]\\d)` +
  `(?<unit>[ \\u00a0\\u202f\\u2009]?${UNIT})?`,
  'gu',
);

const FRENCH_WORDS_RE = /(?<![\p{L}])(?:le|la|les|de|des|du|une|et|est|il|elle|dans|pour|avec|sur|qui|que|au|aux|sont|ont|été|cette|selon|mais|leur|ses|son)(?![\p{L}])/giu;
const ENGLISH_WORDS_RE = /(?<![\p{L}])(?:the|of|and|is|in|for|with|that|to|was|are|has|have|its|from|will|which|this|said|their|by|on|at|it|be|as|an)(?![\p{L}])/giu;

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Adds the evidence of one slice of a note to `into` (call it slice by slice over the whole note). */
export function addEvidence(into: NumberEvidence, text: string): NumberEvidence {
  EVIDENCE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EVIDENCE_RE.exec(text)) !== null) {
    const g = m.groups ?? {};
    if (g.sign === undefined && g.unit === undefined) continue;
    if (g.comma !== undefined) into.decimalComma++;
    else if (g.point !== undefined) into.decimalPoint++;
  }
  into.frenchWords += countMatches(FRENCH_WORDS_RE, text);
  into.englishWords += countMatches(ENGLISH_WORDS_RE, text);
  return into;
}

export function evidenceOf(text: string): NumberEvidence {
  const evidence = addEvidence(emptyEvidence(), text);
  evidence.usDollarSign = US_DOLLAR_SIGN.test(text);
  return evidence;
}

/** The language the counts of common words point to, when one clearly dominates. */
export function languageOfCounts(french: number, english: number): Language | undefined {
  if (french >= 2 && french >= 2 * english) return 'fr';
  if (english >= 2 && english >= 2 * french) return 'en';
  return undefined;
}

const SENTENCE_WINDOW = 240;

/** The language of the sentence around [start, end): common words within a bounded window, cut at sentence ends. */
export function sentenceLanguage(text: string, start: number, end: number): Language | undefined {
  let from = Math.max(0, start - SENTENCE_WINDOW);
  const before = text.slice(from, start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? '));
  if (cut >= 0) from += cut + 1;
  let to = Math.min(text.length, end + SENTENCE_WINDOW);
  const after = text.slice(end, to);
  const stops = [after.indexOf('. '), after.indexOf('\n'), after.indexOf('! '), after.indexOf('? ')].filter((i) => i >= 0);
  if (stops.length > 0) to = end + Math.min(...stops);
  const window = text.slice(from, to);
  return languageOfCounts(countMatches(FRENCH_WORDS_RE, window), countMatches(ENGLISH_WORDS_RE, window));
}

/** The one shape in doubt: "1,500", "10.000" (not "0,500", not "1,5", not "1 500"). */
const DOUBTFUL_RE = /^[1-9]\d{0,2}([.,])\d{3}$/;

const ANY_DOUBTFUL_RE = /(?<![\d.,])[1-9]\d{0,2}[.,]\d{3}(?![\d])(?![.,]\d)/u;

/** Whether the text has a numeral in doubt at all; without one, no evidence is ever needed. */
export function hasDoubtfulNumeral(text: string): boolean {
  return ANY_DOUBTFUL_RE.test(text);
}

/** Whether a numeral has the one shape whose format is in doubt. */
export function isDoubtfulNumeral(raw: string): boolean {
  return DOUBTFUL_RE.test(raw);
}

export interface NumeralReading {
  value: number;
  /** The other reading, when the evidence does not settle the shape. */
  alternative?: number;
  /** The decimal mark the reading settled on, when the numeral was in doubt. */
  decimalMark?: ',' | '.';
}

export interface NumeralContext {
  evidence: NumberEvidence;
  /** The sentence's language, if clear. */
  sentence?: Language;
  /** What the amount's own words say: "milliard", "de", "Md" (fr) or "billion", "bn", "of" (en). */
  amount?: Language;
  /** A magnitude follows ("1,500 milliard"): a decimal reading is then plausible. */
  hasMagnitude: boolean;
  /** Rupees, lakh or crore: Indian grouping, where a comma never marks decimals. */
  indian?: boolean;
}

/**
 * How to read a doubtful numeral. `parse` is the plain reading (parseNumeral). Without a magnitude an amount
 * has at most two decimals, so "10.000 dollars" and "$10.000" group thousands whatever the language; a French
 * "1,500 euros" is read 1 500 too but marked ambiguous, since a comma is a decimal mark in French.
 */
export function readDoubtfulNumeral(raw: string, ctx: NumeralContext): NumeralReading | undefined {
  const d = DOUBTFUL_RE.exec(raw);
  if (!d) return undefined;
  const mark = d[1] as ',' | '.';
  const digits = raw.replace(mark, '');
  const grouped = Number(digits);
  const decimal = Number(raw.replace(',', '.'));
  // Nobody writes "10,000" for ten, and Indian amounts ("₹10,000 crore") group with commas whatever the language.
  if (raw.endsWith('000') || (ctx.indian && mark === ',')) return { value: grouped };
  const votes: number[] = []; // > 0: the comma is the decimal mark (French); < 0: the point is
  const ev = ctx.evidence;
  if (ev.decimalComma > 0 && ev.decimalPoint === 0) votes.push(2);
  else if (ev.decimalPoint > 0 && ev.decimalComma === 0) votes.push(-2);
  else if (ev.decimalComma >= 3 * ev.decimalPoint && ev.decimalComma > 0) votes.push(1);
  else if (ev.decimalPoint >= 3 * ev.decimalComma && ev.decimalPoint > 0) votes.push(-1);
  if (ctx.sentence) votes.push(ctx.sentence === 'fr' ? 2 : -2);
  const note = languageOfCounts(ev.frenchWords, ev.englishWords);
  if (note) votes.push(note === 'fr' ? 1 : -1);
  if (ctx.amount) votes.push(ctx.amount === 'fr' ? 1 : -1);
  const score = votes.reduce((a, b) => a + b, 0);
  const disagree = votes.some((v) => v > 0) && votes.some((v) => v < 0);
  const decimalMark: ',' | '.' = score > 0 ? ',' : score < 0 ? '.' : mark === ',' ? '.' : ',';
  const settled = score !== 0 && !disagree && votes.length > 0;
  if (!ctx.hasMagnitude) {
    // A currency has two decimals at most: three after the mark are a group of thousands.
    if (mark === ',' && decimalMark === ',') return { value: grouped, alternative: decimal, decimalMark };
    return { value: grouped, decimalMark };
  }
  const value = mark === decimalMark ? decimal : grouped;
  if (settled) return { value, decimalMark };
  return { value, alternative: value === decimal ? grouped : decimal, decimalMark };
}
