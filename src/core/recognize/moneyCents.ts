/**
 * The cents written after a whole amount, read as part of it: "$20 and 43c", "20 dollars 43 cents",
 * "3 GBP 1 pence", "1 USD et 23 centimes", "a dollar and forty-two cents", "20 ringgit and 43 sen", and bare
 * two digits that end the clause ("$20 43", "20 rupees 43", "twenty dollar and 43").
 *
 * Only a whole amount without magnitude can have cents ("$5 billion and 20 cents" is two amounts), and bare
 * digits count only when nothing follows them but the end of the clause, so "$20 and 43 employees" is not
 * $20.43. One bounded sticky regex, read once per amount: linear.
 */
import { ENGLISH_SMALL_NUMBER_SOURCE, parseNumberWords } from './numbers';

const SP = '[ \\u00a0\\u202f\\u2009]';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

const CENTS_RE = new RegExp(
  `(?:${SP}{1,3}(?:and|et)${SP}{1,3}|${SP}{1,3})` +
  `(?:(?<n>\\d{1,2}|${ENGLISH_SMALL_NUMBER_SOURCE})${SP}{0,2}(?<unit>c|cents?|centimes?|pence|penny|sens?)${NOT_WORD_AFTER}` +
  `|(?<bare>\\d{2})(?=${SP}{0,3}(?:$|\\n|[.;:!?)\\]]|,(?!\\d))))`,
  'iuy',
);

/** Currencies without hundredths in use: "¥500 20" is not 500.20 yen. */
const NO_MINOR_UNIT = new Set(['JPY', 'KRW']);

export interface CentsPart {
  /** Where the cents end in the text. */
  end: number;
  /** The cents as a fraction of the unit: 0.43 for "43 cents". */
  fraction: number;
}

/**
 * The cents right after a whole amount ending at `end`, if any. `whole` says the amount is a whole number
 * of units without magnitude, the only kind that can carry cents.
 */
export function centsAfter(text: string, end: number, currency: string, whole: boolean): CentsPart | undefined {
  if (!whole || NO_MINOR_UNIT.has(currency)) return undefined;
  CENTS_RE.lastIndex = end;
  const m = CENTS_RE.exec(text);
  if (!m?.groups) return undefined;
  const raw = m.groups.n ?? m.groups.bare ?? '';
  const n = /\d/.test(raw) ? Number(raw) : parseNumberWords(raw);
  if (n === undefined || !(n >= 1 && n <= 99)) return undefined;
  return { end: end + m[0].length, fraction: n / 100 };
}
