/**
 * Money amounts in French and English notes: "100 milliards de dollars", "1,5 milliard d'euros", "1,3 Md€",
 * "2 500 M$", "$1.5bn", "US$10 billion", "€1.3 billion", "₹10,000 crore", "Rs 5 lakh crore", "183 pence",
 * ranges ("$7–8 billion", "entre 30 et 50 milliards d'euros"), vague amounts ("plusieurs dizaines de
 * milliards de dollars"), approximate ones ("une quinzaine de milliards") and hedges ("jusqu'à", "no more than").
 *
 * How it works: a global regex finds the places an amount can start (a currency sign or code, a digit,
 * a number word, a vague quantifier); from each, small sticky regexes read the number, the magnitude and
 * the currency. Nothing is unbounded, so the scan is linear in the text length.
 *
 * An amount is money only when a currency is written (sign, code or word) next to it, or, within the same
 * sentence and a few words, a neighbouring amount gives it one ("8 milliards et 2 milliards de dollars";
 * "3 milliards de dollars, portant le total à 12 milliards"): then `currencyImplied` is set. "700 millions
 * d'utilisateurs" or "des millions de GPU" are counts, not money.
 *
 * Cents written after a whole amount are part of it ("$20 and 43c", "3 euros et 50 centimes": moneyCents.ts).
 *
 * A numeral whose format is in doubt ("1,500", "10.000") is read by the evidence of the note
 * (numberFormat.ts); when it stays in doubt, the mention is `ambiguous` and carries the other reading.
 */
import type { Mention, Qualifier } from '../types';
import {
  ENGLISH_SMALL_NUMBER_SOURCE, NUMERAL_SOURCE, NUMBER_WORDS_SOURCE, formatDecimal, hasDecimalComma, isFrenchNumberWord,
  parseNumberWords, parseNumeral,
} from './numbers';
import { qualifierAfter, qualifierBefore } from './hedges';
import { evidenceOf, isDoubtfulNumeral, readDoubtfulNumeral, sentenceLanguage, type NumberEvidence } from './numberFormat';
import { impliedCurrencies } from './impliedCurrency';
import { centsAfter } from './moneyCents';
import { toUsd } from './rates';
import { repeated } from '../text/regexLoop';

const SP = '[ \\u00a0\\u202f\\u2009]';
const WS = repeated('\\s', 1, 4);
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';

const CODES = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'KRW', 'INR', 'AED', 'SAR', 'QAR', 'KWD', 'EGP', 'LBP', 'ILS',
  'MYR', 'BGN', 'SEK', 'NOK', 'DKK', 'HKD', 'SGD', 'TWD', 'NZD', 'BRL',
];
const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };
/**
 * Letters that write a currency before an amount ("Rs 20", "HK$10bn", "SAR 5bn"): never a company's name,
 * though "the fund holds Rs 3.5 lakh" puts them where a name could stand.
 */
const CURRENCY_LETTERS: ReadonlySet<string> = new Set([...CODES, 'Rs', 'RM', 'US', 'U.S', 'HK', 'CA', 'AU', 'CN', 'NT', 'T', 'NZ']);

/** True for a currency's letters, alone or glued to their amount: "HK", "Rs", "USD1.5bn". */
export function isCurrencyLetters(name: string): boolean {
  return CURRENCY_LETTERS.has(name.replace(/[\d$].*$/s, ''));
}

const SYMBOLS: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'CA$': 'CAD', 'C$': 'CAD', 'AU$': 'AUD', 'A$': 'AUD', 'HK$': 'HKD', 'S$': 'SGD',
  // Taiwan (TSMC's accounts), New Zealand and Brazil: "NT$100 billion" is not US dollars.
  'NT$': 'TWD', 'T$': 'TWD', 'NZ$': 'NZD', 'R$': 'BRL',
  'CN¥': 'CNY', '$US': 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', Rs: 'INR', 'Rs.': 'INR', RM: 'MYR',
};
/** Letters that are a currency only right before digits: "Rs 20", "Rs. 20", "RM42" (ringgit). */
const LETTER_SIGNS = 'Rs\\.?|RM';
const SYMBOL_SOURCE = `US\\$|U\\.S\\.\\$|NT\\$|T\\$|NZ\\$|R\\$|\\$US(?=[ \\u00a0\\u202f\\u2009]?\\d)|CA\\$|C\\$|AU\\$|A\\$|HK\\$|S\\$|CN¥|\\$|€|£|¥|₹|₩|(?:${LETTER_SIGNS})(?=[ \\u00a0\\u202f\\u2009]?\\d)`;
/** A currency named before the number: "ringgit 42", "Malaysian ringgit 42". */
const NAME_PREFIX_SOURCE = `(?:[Mm]alaysian?${WS})?[Rr]inggits?`;
const PERCENT_AFTER_RE = /^[ \u00a0\u202f\u2009]?(?:%|per[ \u00a0]?cent|pour[ \u00a0]?cent)/iu;

/** "une quinzaine de milliards": about fifteen. The plural ("des dizaines de") is a vague lower bound instead. */
const APPROX_VALUES: Record<string, number> = {
  dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
  soixantaine: 60, centaine: 100,
};
const APPROX_NOUNS = Object.keys(APPROX_VALUES).join('|');

/** Where an amount may start. Case-insensitive because of number words; the parse re-checks case. */
const ANCHOR_RE = new RegExp(
  `${NOT_WORD_BEFORE}(?:US|U\\.S\\.|CA|C|AU|A|HK|S|CN|NT|T|NZ|R)[$¥]|[$€£¥₹₩]` +
  `|${NOT_WORD_BEFORE}(?:${CODES.join('|')}|${LETTER_SIGNS}|${NAME_PREFIX_SOURCE})(?=${SP}?\\d)` +
  '|(?<![\\p{L}\\p{N}.,])\\d' +
  `|${NOT_WORD_BEFORE}(?:plusieurs|quelques|des|several|tens|hundreds|dozens|a few|half|dizaines|centaines|millions|billions|trillions|milliard|million|billion|an?|${APPROX_NOUNS}|${NUMBER_WORDS_SOURCE})${NOT_WORD_AFTER}`,
  'giu',
);

const PREFIX_RE = new RegExp(
  `(?:(?<sym>${SYMBOL_SOURCE})|(?<code>${CODES.join('|')})(?![A-Za-z])|(?<name>${NAME_PREFIX_SOURCE})(?=${SP}\\d))${SP}?`, 'uy',
);
const APPROX_RE = new RegExp(`(?:une?${WS})?(?<noun>${APPROX_NOUNS})${WS}de${WS}`, 'iuy');
/** Cents and pence: "one cent", "20 cents", "183 pence", "50 centimes d'euro". */
const MINOR_SOURCE =
  `(?<n>\\d{1,3}(?:[.,]\\d{1,2})?|${ENGLISH_SMALL_NUMBER_SOURCE}|un(?=${WS}(?:centime|penny))|an?(?=${WS}(?:cent|penny)${NOT_WORD_AFTER}))` +
  `(?:${WS}(?:(?<euro>euro${WS}cents?|centimes?${WS}d['’]${SP}?euros?)|(?<centime>centimes?)|(?<cent>cents?)|(?<pence>pence|penny|pennies))|${SP}?(?<sign>¢))` +
  NOT_WORD_AFTER;
const MINOR_RE = new RegExp(MINOR_SOURCE, 'iuy');
const NUMERAL_RE = new RegExp(NUMERAL_SOURCE, 'uy');
const WORDS_RE = new RegExp(`${NUMBER_WORDS_SOURCE}`, 'iuy');
const A_RE = new RegExp(`an?(?=${WS}(?:billion|million|trillion|thousand|dollar|euro|pound|rupee)(?![\\p{L}\\p{N}-]))`, 'iuy');
/**
 * "la barre du milliard de dollars", "the billion dollar mark": one unit of a singular magnitude after "du" or
 * "the" (read by MAG_WORD_RE). Not "le trillion de dollars": a French trillion is 10^18, and that phrase a target.
 */
const ONE_MAGNITUDE_RE = /(?<=(?:^|[^\p{L}])(?:du|the)[ \u00a0\u202f\u2009])(?=(?:milliard|million|billion)[ \u00a0\u202f\u2009])/iuy;
/** "half a billion dollars", "un demi-milliard d'euros": half of the magnitude that follows. */
const HALF_OF_RE = new RegExp(`(?:half${WS}an?|une?${WS}demi-?)(?=(?:${WS})?(?:billion|million|trillion|milliard|million)s?(?![\\p{L}\\p{N}]))`, 'iuy');

/** Vague quantities: the multiplier is the lower bound ("plusieurs milliards" ≥ 2 billion). */
const VAGUE_RE = new RegExp(
  `(?:(?<fr>(?:(?:plusieurs|quelques|des)${WS})?(?<frx>dizaines|centaines)${WS}de${WS}|plusieurs${WS}|quelques${WS}|des${WS})` +
  `|(?<en>(?:several${WS})?(?<enx>tens|hundreds|dozens)${WS}of${WS}|(?:several|a${WS}few)${WS}(?<enh>hundred)${WS}|several${WS}|a${WS}few${WS}|(?=(?:millions|billions|trillions)${WS}of${WS})))`,
  'iuy',
);

/** A magnitude word, maybe after "autres"/"nouveaux" ("5 autres milliards d'euros"). */
const MAG_WORD_RE = new RegExp(
  `(?:\\s{0,3}|-)(?:(?:autres|nouveaux)${WS})?(?<w>milliards?|millions?|billions?|bilions?|trillions?|mille|thousands?|milliers|lakhs?|lacs?|crores?)` +
  `(?:${WS}(?<w2>crores?|cr)(?![\\p{L}\\p{N}]|\\.\\d))?${NOT_WORD_AFTER}`, 'iuy');
/** "1 milliard 500 millions": the millions written after the billions. */
const MILLIONS_AFTER_RE = new RegExp(`${WS}(?<n>\\d{1,3})${WS}millions?${NOT_WORD_AFTER}`, 'iuy');
/** "un milliard et demi", "a billion and a half": half a unit of the magnitude more. */
const HALF_RE = new RegExp(`${WS}(?:et${WS}demie?|and${WS}a${WS}half)${NOT_WORD_AFTER}`, 'iuy');
/** "cr", "Cr", "cr." (the dot only when the sentence goes on: "Rs 350 cr. for chips", not a full stop). */
const MAG_CRORE_ABBR_RE = new RegExp(`${SP}?(?<a>[Cc][Rr])(?![\\p{L}\\p{N}])(?:\\.(?=${SP}?[\\p{Ll}\\d(]))?`, 'uy');
const MAG_ABBR_RE = new RegExp(`${SP}?(?<a>Mds|Mrds|Mrd|Md|mds|md|bn|Bn|BN|bln|Bln|BLN|mn|Mn|mln|Mln|MLN|tn|Tn|trn|Trn|k|K|M|B|T|G|m|b)${NOT_WORD_AFTER}`, 'uy');

interface CurrencyWord { source: string; code: string; french?: boolean; needsMagnitude?: boolean; notVague?: boolean }
const CURRENCY_WORDS: CurrencyWord[] = [
  { source: `dollars?${WS}(?:am[ée]ricains?|US|des${WS}[ÉE]tats-Unis)`, code: 'USD', french: true },
  { source: `dollars?${WS}canadiens?`, code: 'CAD', french: true },
  { source: `dollars?${WS}australiens?`, code: 'AUD', french: true },
  { source: `dollars?${WS}de${WS}Hong${WS}Kong`, code: 'HKD', french: true },
  { source: `dollars?${WS}de${WS}Singapour`, code: 'SGD', french: true },
  { source: `dollars?${WS}(?:de${WS}Ta[iï]wan|ta[iï]wanais)`, code: 'TWD', french: true },
  { source: `dollars?${WS}n[ée]o-z[ée]landais`, code: 'NZD', french: true },
  { source: `(?:US|U\\.S\\.|American)${WS}dollars?`, code: 'USD' },
  { source: `Canadian${WS}dollars?`, code: 'CAD' },
  { source: `Australian${WS}dollars?`, code: 'AUD' },
  { source: `Hong${WS}Kong${WS}dollars?`, code: 'HKD' },
  { source: `Singapore${WS}dollars?`, code: 'SGD' },
  { source: `(?:New${WS})?Taiwan(?:ese)?${WS}dollars?`, code: 'TWD' },
  { source: `New${WS}Zealand${WS}dollars?`, code: 'NZD' },
  { source: `(?:Brazilian${WS})?reais|r[ée]als?${WS}br[ée]siliens?`, code: 'BRL' },
  { source: 'dollars?', code: 'USD' },
  { source: 'euros?', code: 'EUR' },
  { source: `livres?${WS}sterling`, code: 'GBP', french: true },
  { source: `livres?${WS}[ée]gyptiennes?`, code: 'EGP', french: true },
  { source: `livres?${WS}libanaises?`, code: 'LBP', french: true },
  { source: `Egyptian(?:${WS})?pounds?`, code: 'EGP' },
  { source: `Lebanese(?:${WS})?pounds?`, code: 'LBP' },
  { source: 'livres?', code: 'GBP', french: true, notVague: true },
  { source: `pounds?(?:${WS}sterling)?|sterling`, code: 'GBP' },
  { source: `francs?${WS}suisses?`, code: 'CHF', french: true },
  { source: `Swiss${WS}francs?`, code: 'CHF' },
  { source: 'yens?', code: 'JPY' },
  { source: 'yuans?|renminbi', code: 'CNY' },
  { source: 'wons?', code: 'KRW', needsMagnitude: true },
  { source: 'roupies?', code: 'INR', french: true },
  { source: 'rupees?', code: 'INR' },
  { source: 'dirhams?', code: 'AED' },
  { source: `riyals?${WS}qatari(?:s|e|es)?|Qatari(?:${WS})?riyals?`, code: 'QAR' },
  { source: `(?:Saudi(?:${WS})?)?riyals?(?:${WS}saoudiens?)?`, code: 'SAR' },
  // A plain "rial" is Iran's (Oman's and Yemen's are written with their country); "riyal" is Saudi Arabia's.
  { source: `(?:Iranian${WS})?rials?(?:${WS}iraniens?)?`, code: 'IRR' },
  { source: `dinars?${WS}kowe[iï]tiens?|Kuwaiti(?:${WS})?dinars?`, code: 'KWD' },
  { source: `(?:Malaysian?${WS})?ringgits?`, code: 'MYR' },
  { source: `(?:(?:new|Israeli)${WS})?(?:shekels?|sheqels?|shekalim)|nouveaux?${WS}shekels?`, code: 'ILS' },
  { source: `couronnes?${WS}su[ée]doises?`, code: 'SEK', french: true },
  { source: `(?:Swedish${WS})?(?:kronor|krona)|Swedish${WS}crowns?`, code: 'SEK' },
  { source: `couronnes?${WS}norv[ée]giennes?`, code: 'NOK', french: true },
  { source: `Norwegian${WS}(?:kroner|krone|crowns?)`, code: 'NOK' },
  { source: `couronnes?${WS}danoises?`, code: 'DKK', french: true },
  { source: `Danish${WS}(?:kroner|krone|crowns?)`, code: 'DKK' },
];
/** Connector between a magnitude word and a currency word: "de", "d'", "of", or a space. */
const CURRENCY_WORD_RE = new RegExp(
  `(?:${WS}(?<de>de${WS}|d['’]${SP}?)|${WS}of${WS}|${WS}|-)(?:${CURRENCY_WORDS.map((c, i) => `(?<c${i}>${c.source})`).join('|')})${NOT_WORD_AFTER}`,
  'iuy',
);
/** The currency word directly after a number without magnitude: "500 dollars", "40 000 euros". */
const CURRENCY_WORD_DIRECT_RE = new RegExp(
  `(?:${WS})(?:${CURRENCY_WORDS.map((c, i) => `(?<c${i}>${c.source})`).join('|')})${NOT_WORD_AFTER}`,
  'iuy',
);
/**
 * A sign written after the amount: "$", "$ US", "$ CAD", "$ c", "€", "Rs." (not "Rs" before digits). A sign
 * right before digits begins the next amount ("in 2025 $4bn was spent"): it is not this one's.
 */
const SUFFIX_SIGN_SOURCE =
  `(?:\\$${SP}?(?:US|USD|[Cc][Aa][Dd]|[Cc][Aa]|[Cc]|[Hh][Kk][Dd]?|AUD)(?![A-Za-z])|US\\$|C\\$|CA\\$|HK\\$|NT\\$|NZ\\$|AU\\$|A\\$|S\\$|R\\$|CN¥|\\$|€|£|¥|₹|₩|Rs(?![\\p{L}\\p{N}])(?!\\.?${SP}?\\d)\\.?|RM(?![\\p{L}\\p{N}])(?!${SP}?\\d))(?!${SP}?\\d)`;
const SUFFIX_SYMBOL_RE = new RegExp(
  `(?:${SP}{0,2}|${WS}de${WS}|${WS}d['’])(?:(?<sym>${SUFFIX_SIGN_SOURCE})|(?<code>${CODES.join('|')})${NOT_WORD_AFTER})`,
  'uy',
);

/**
 * The currencies the recogniser knows, as regex sources, for the TextMate grammar's generator
 * (scripts/generate-grammars.ts): the grammar colours the same currency signs, codes and words.
 */
export const MONEY_GRAMMAR_SOURCES = {
  codes: CODES,
  /** Signs before the number: "US$", "HK$", "CN¥", "₹", "Rs.", "RM". */
  symbol: SYMBOL_SOURCE,
  /** A currency named before the number: "ringgit 42". */
  namePrefix: NAME_PREFIX_SOURCE,
  /** Signs after the number: "$", "$ US", "M$ CA", "€", "NT$" ("361,6 milliards de NT$"). */
  suffixSign: SUFFIX_SIGN_SOURCE,
  /** Cents and pence, case-insensitive: "99 cents", "50 centimes d'euro", "183 pence", "20¢". */
  minor: MINOR_SOURCE,
  /** Currency words after the number, longest first where one begins another ("dollars canadiens"). */
  words: CURRENCY_WORDS.map((c) => c.source),
  /** The words that name a currency right after a number, without a magnitude ("500 dollars", not "500 wons"). */
  wordsWithoutMagnitude: CURRENCY_WORDS.filter((c) => !c.needsMagnitude).map((c) => c.source),
  approxNouns: APPROX_NOUNS,
} as const;

const RANGE_RE = new RegExp(`${SP}{0,3}(?:(?<dash>[-–‑])|(?<to>to|à|a|through)(?![\\p{L}\\p{N}])|(?<and>and|et)(?![\\p{L}\\p{N}]))${SP}{0,3}`, 'iuy');
/** "passant de 140 à 329 milliards", "rose from $5bn to $7bn": a change between two amounts, not a range. */
export const CHANGE_BEFORE_RE = /(?<![\p{L}])(?:pass\p{L}*|grimp\p{L}*|bondi\p{L}*|augment\p{L}*|progress\p{L}*|chut\p{L}*|recul\p{L}*|tomb\p{L}*|rising|rose|risen|grew|grow\p{L}*|increas\p{L}*|jump\p{L}*|fell|fall\p{L}*|climb\p{L}*|went|gone|dropp\p{L}*|declin\p{L}*)[ \u00a0\u202f]+(?:de|from)[ \u00a0\u202f]+$/iu;
/**
 * How the text before an amount ends, past its spaces (`trimEnd()`), when CHANGE_BEFORE_RE may match it: other texts are
 * not tried (it opens with a lookbehind and words of any length: tried at every character; on chained ranges 211,000
 * texts, 1.4 s of a 4.4 s profile).
 */
export const CHANGE_BEFORE_END = /(?:de|from)$/iu;
const BETWEEN_RE = new RegExp(`${NOT_WORD_BEFORE}(?:entre|between)${SP}{1,3}$`, 'iu');

interface Amount {
  start: number;
  end: number;
  /** The number as written (digits or words), times the vague multiplier. */
  num: number;
  /** The other reading of a numeral whose format stays in doubt ("1,500": 1.5 or 1500). */
  altNum?: number;
  numText: string;
  numIsWords: boolean;
  vague: boolean;
  /** "une quinzaine de": an approximate number, hedged "about". */
  approx: boolean;
  /** Magnitude word or abbreviation as written, if any ("crore" when it follows "lakh": see magText2). */
  magText?: string;
  /** A second magnitude word multiplying the first: "lakh crore", "thousand crore". */
  magText2?: string;
  magIsWord: boolean;
  /** Cents or pence: the number counts hundredths of the currency. */
  minor: boolean;
  currency?: string;
  prefix: boolean;
  /** How the currency was written after the amount. */
  suffix?: 'word' | 'symbol';
  /** "de"/"d'" between the magnitude and the currency, or another French sign. */
  frenchSign: boolean;
  /**
   * "1,5 billion dollars": an English currency word right after "billion" (no "de"), so a billion is 10^9
   * even when the decimal comma looks French ("1,5 billion de dollars" is 10^12).
   */
  englishBillion?: boolean;
  needsMagnitude: boolean;
  notVague: boolean;
}

/** The note-wide facts an amount is read with; the evidence is gathered only when a numeral is in doubt. */
interface ReadContext {
  text: string;
  evidence: () => NumberEvidence;
}

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function currencyFromWordMatch(m: RegExpExecArray): CurrencyWord | undefined {
  const g = m.groups ?? {};
  return CURRENCY_WORDS.find((_, i) => g[`c${i}`] !== undefined);
}

/** "one cent", "183 pence", "50 centimes d'euro": an amount in hundredths, read whole. */
function readMinor(text: string, pos: number): Amount | undefined {
  const m = sticky(MINOR_RE, text, pos);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const raw = g.n ?? '';
  const n = /\d/.test(raw) ? parseNumeral(raw) : parseNumberWords(raw);
  if (n === undefined) return undefined;
  // "un centime" alone names no currency: it takes the one of the amounts around it (withImpliedCurrencies).
  const currency = g.euro !== undefined ? 'EUR' : g.pence !== undefined ? 'GBP' : g.centime !== undefined ? undefined : 'USD';
  return {
    start: pos, end: pos + m[0].length, num: n, numText: raw, numIsWords: !/\d/.test(raw), vague: false, approx: false,
    magIsWord: false, minor: true, currency, prefix: false, suffix: currency === undefined ? undefined : 'word',
    frenchSign: g.centime !== undefined || (g.euro !== undefined && /^c/i.test(g.euro)),
    needsMagnitude: false, notVague: false,
  };
}

/** The language an amount's own words point to: "milliard", "de", "Md" (fr), "billion", "bn", "$" first (en). */
function amountLanguage(a: Pick<Amount, 'frenchSign' | 'magText' | 'prefix'>): 'fr' | 'en' | undefined {
  if (a.frenchSign) return 'fr';
  const w = a.magText?.toLowerCase();
  if (w !== undefined && /^(?:milliards?|mds?|mrds?|md)$/.test(w)) return 'fr';
  if (a.prefix || (w !== undefined && /^(?:billions?|trillions?|bn|bln|tn|trn|thousands?)$/.test(w))) return 'en';
  return undefined;
}

/** "$", "$ US", "$ CAD", "$ c", "$ HK", "€", "Rs." written after an amount, as a currency code. */
function suffixSymbolCurrency(sym: string): string | undefined {
  if (!sym.startsWith('$') || sym.length === 1) return SYMBOLS[sym.replace(/\.$/, '')];
  const letters = sym.slice(1).trim().toUpperCase();
  return letters.startsWith('C') ? 'CAD' : letters.startsWith('HK') ? 'HKD' : letters === 'AUD' ? 'AUD' : 'USD';
}

/** Read an amount starting at `pos` without deciding yet whether it is money. */
function readAmount(ctx: ReadContext, pos: number): Amount | undefined {
  const { text } = ctx;
  let p = pos;
  let currency: string | undefined;
  let prefix = false;
  const pre = sticky(PREFIX_RE, text, p);
  if (pre?.groups && !(/^[A-Z]/.test(pre[0]) && isWordChar(text[p - 1]))) {
    const sym = pre.groups.sym;
    const code = pre.groups.code;
    currency = sym !== undefined ? SYMBOLS[sym] : pre.groups.name !== undefined ? 'MYR' : CODE_ALIASES[code ?? ''] ?? code;
    prefix = true;
    p += pre[0].length;
  }
  if (!prefix && isWordChar(text[p - 1])) return undefined;
  if (!prefix) {
    const minor = readMinor(text, p);
    if (minor) return minor;
  }

  let num: number | undefined;
  let numText = '';
  let numIsWords = false;
  let vague = false;
  let approx = false;
  let frenchSign = false;
  let m = sticky(NUMERAL_RE, text, p);
  if (m && !(!prefix && /[.,]/.test(text[p - 1] ?? ''))) {
    numText = m[0];
    num = parseNumeral(numText);
    if (hasDecimalComma(numText)) frenchSign = true;
  } else if (!prefix && (m = sticky(APPROX_RE, text, p))) {
    numText = m[0];
    num = APPROX_VALUES[(m.groups?.noun ?? '').toLowerCase()];
    approx = true;
    frenchSign = true;
  } else if (!prefix && (m = sticky(VAGUE_RE, text, p))) {
    const g = m.groups ?? {};
    const x = (g.frx ?? g.enx ?? '').toLowerCase();
    // "several hundred million": at least two hundred.
    num = g.enh !== undefined ? 200 : x === 'dizaines' || x === 'tens' || x === 'dozens' ? 10 : x === 'centaines' || x === 'hundreds' ? 100 : 2;
    numText = m[0];
    vague = true;
    frenchSign = g.fr !== undefined;
  } else if (!prefix && (m = sticky(ONE_MAGNITUDE_RE, text, p))) {
    numText = '';
    num = 1;
    numIsWords = true;
  } else if ((m = sticky(HALF_OF_RE, text, p))) {
    numText = m[0];
    num = 0.5;
    numIsWords = true;
  } else if ((m = sticky(A_RE, text, p))) {
    numText = m[0];
    num = 1;
    numIsWords = true;
  } else if ((m = sticky(WORDS_RE, text, p))) {
    numText = m[0];
    num = parseNumberWords(numText);
    numIsWords = true;
    if (isFrenchNumberWord(numText.split(/[\s-]/)[0] ?? '')) frenchSign = true;
  }
  if (num === undefined || m === null) return undefined;
  p += m[0].length;
  const numEnd = p;
  // "The ringgit 0.3 % higher" is a change of the currency, not an amount in it.
  if (pre?.groups?.name !== undefined && PERCENT_AFTER_RE.test(text.slice(p, p + 12))) return undefined;

  let magText: string | undefined;
  let magText2: string | undefined;
  let magIsWord = false;
  // "one and a half billion dollars": the half before the magnitude.
  const halfFirst = !vague && !approx && Number.isInteger(num) ? sticky(HALF_RE, text, p) : null;
  if (halfFirst && sticky(MAG_WORD_RE, text, p + halfFirst[0].length)) {
    num += 0.5;
    p += halfFirst[0].length;
  }
  const mw = sticky(MAG_WORD_RE, text, p);
  if (mw?.groups) {
    magText = mw.groups.w;
    magText2 = mw.groups.w2;
    magIsWord = true;
    p += mw[0].length;
    const half = !halfFirst && !vague && !approx && Number.isInteger(num) ? sticky(HALF_RE, text, p) : null;
    if (half) {
      num += 0.5;
      p += half[0].length;
    }
    const millions = !half && !vague && !approx && Number.isInteger(num) && /^milliards?$/i.test(magText ?? '') ? sticky(MILLIONS_AFTER_RE, text, p) : null;
    if (millions?.groups?.n !== undefined) {
      num += Number(millions.groups.n) / 1000;
      p += millions[0].length;
    }
  } else if (!vague && !approx) {
    const ma = sticky(MAG_ABBR_RE, text, p);
    const cr = currency === 'INR' && !ma ? sticky(MAG_CRORE_ABBR_RE, text, p) : null;
    if (ma?.groups) {
      magText = ma.groups.a;
      p += ma[0].length;
    } else if (cr?.groups) {
      magText = 'crore';
      p += cr[0].length;
    }
  }
  if ((vague || approx) && !magIsWord) return undefined;

  let suffix: Amount['suffix'];
  let needsMagnitude = false;
  let notVague = false;
  let englishBillion = false;
  if (!prefix) {
    // "400k dollars", "5M euros": a one-letter magnitude takes a currency word too.
    const cw = magIsWord || (magText !== undefined && ((magText.length > 1 && /[a-z]/.test(magText)) || /^[kKMB]$/.test(magText)))
      ? sticky(CURRENCY_WORD_RE, text, p)
      : magText === undefined ? sticky(CURRENCY_WORD_DIRECT_RE, text, p) : null;
    const word = cw ? currencyFromWordMatch(cw) : undefined;
    if (cw && word) {
      currency = word.code;
      suffix = 'word';
      if (cw.groups?.de !== undefined || word.french) frenchSign = true;
      else if (/^bill?ions?$/i.test(magText ?? '')) englishBillion = true;
      needsMagnitude = word.needsMagnitude ?? false;
      notVague = word.notVague ?? false;
      p += cw[0].length;
    } else {
      const cs = sticky(SUFFIX_SYMBOL_RE, text, p);
      if (cs?.groups) {
        const sym = cs.groups.sym;
        const code = cs.groups.code;
        currency = sym !== undefined ? suffixSymbolCurrency(sym) : CODE_ALIASES[code ?? ''] ?? code;
        if (/^\s*de\s/iu.test(cs[0])) frenchSign = true;
        suffix = 'symbol';
        p += cs[0].length;
      }
    }
  }
  // Without a currency the amount ends after its number (or magnitude, which a range may share).
  const end = currency === undefined ? (magText !== undefined ? p : numEnd) : p;
  const amount: Amount = {
    start: pos, end, num, numText, numIsWords, vague, approx, magText, magIsWord, minor: false, currency, prefix, suffix,
    frenchSign, needsMagnitude, notVague,
  };
  if (magText2 !== undefined) amount.magText2 = magText2;
  // "US$ 1,5 billion": a sign before the number is English usage, whatever the decimal comma says.
  if (englishBillion || (prefix && /^bill?ions?$/i.test(magText ?? ''))) amount.englishBillion = true;
  if (!numIsWords && !vague && !approx) readDoubtful(ctx, amount);
  return amount;
}

/** Settles a numeral in doubt ("1,500", "10.000") by the note's evidence; keeps the other reading if it stays in doubt. */
function readDoubtful(ctx: ReadContext, a: Amount): void {
  if (!isDoubtfulNumeral(a.numText)) return;
  const reading = readDoubtfulNumeral(a.numText, {
    evidence: ctx.evidence(),
    sentence: sentenceLanguage(ctx.text, a.start, a.end),
    amount: amountLanguage(a),
    hasMagnitude: a.magText !== undefined,
    indian: a.currency === 'INR' || /^(?:lakhs?|lacs?|crores?|cr)$/i.test(a.magText ?? ''),
  });
  if (!reading) return;
  a.num = reading.value;
  if (reading.alternative !== undefined) a.altNum = reading.alternative;
  if (reading.decimalMark === ',' && a.numText.includes(',') && reading.value !== Number(a.numText.replace(',', ''))) a.frenchSign = true;
}

function magnitudeOf(magText: string | undefined, french: boolean, magText2?: string): number {
  if (magText === undefined) return 1;
  const second = magText2 !== undefined ? 1e7 : 1;
  const w = magText.toLowerCase();
  if (/^(?:mille|thousands?|milliers|k)$/.test(w)) return 1e3 * second;
  if (/^(?:lakhs?|lacs?)$/.test(w)) return 1e5 * second;
  if (/^(?:crores?|cr)$/.test(w)) return 1e7 * second;
  if (/^(?:millions?|m|mn|mln)$/.test(w)) return 1e6 * second;
  if (/^(?:milliards?|mds?|mrds?|g|bn|bln|b)$/.test(w)) return 1e9 * second;
  if (/^bill?ions?$/.test(w)) return (french ? 1e12 : 1e9) * second; // "bilion": a common typo
  return 1e12 * second; // trillion(s), tn, trn, T
}

/** Whether the magnitude abbreviation is allowed with the way the currency is written. */
function magnitudeAllowed(a: Amount, prefix: boolean, suffix: Amount['suffix']): boolean {
  const t = a.magText;
  if (t === undefined || a.magIsWord) return true;
  if (t === 'm' || t === 'b') return prefix;
  if (t.length === 1) return prefix || suffix === 'symbol' || (suffix === 'word' && /^[kKMB]$/.test(t));
  return true;
}

function isMoney(a: Amount, currency: string | undefined, prefix: boolean, suffix: Amount['suffix']): boolean {
  if (currency === undefined) return false;
  if (!magnitudeAllowed(a, prefix, suffix)) return false;
  if (a.needsMagnitude && a.magText === undefined) return false;
  if (a.notVague && a.vague) return false;
  if ((a.vague || a.approx) && !a.magIsWord) return false;
  if (a.numIsWords && a.magText === undefined && !prefix && a.notVague) return false;
  return true;
}

/** To the cent, which also clears the float noise of a magnitude ("1.1 billion"); whole units past 10^13. */
function roundAmount(v: number): number {
  return Math.abs(v) >= 1e13 ? Math.round(v) : Math.round(v * 100) / 100;
}

/** The amount's value in its currency's units. */
function valueOf(a: Amount, num: number, magText: string | undefined, french: boolean, magText2?: string): number {
  if (a.minor) return Math.round(num * 100) / 10000;
  return roundAmount(num * magnitudeOf(magText, french, magText2));
}

const CANONICAL_SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹' };

/** "$100B", "€1.3B", "$500M", "$40K", "CHF 200M". */
export function formatMoney(value: number, currency: string): string {
  const sym = CANONICAL_SYMBOL[currency] ?? `${currency} `;
  const abs = Math.abs(value);
  const [scale, suffix] = abs >= 1e12 ? [1e12, 'T'] : abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e3 ? [1e3, 'K'] : [1, ''];
  return `${sym}${formatDecimal(value / scale)}${suffix}`;
}

function canonicalOf(value: number, currency: string, qualifier?: Qualifier, valueMax?: number): string {
  return valueMax !== undefined
    ? `${formatMoney(value, currency)}–${formatMoney(valueMax, currency)}`
    : qualifier === 'several' ? `${formatMoney(value, currency)}+` : formatMoney(value, currency);
}

interface Reading {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  currency: string;
  qualifier?: Qualifier;
  /** The other reading of a numeral in doubt. */
  alternative?: { value: number; valueMax?: number };
  currencyImplied?: boolean;
}

function mention(text: string, r: Reading): Mention {
  const { start, end, value, currency, qualifier, valueMax } = r;
  const canonical = canonicalOf(value, currency, qualifier, valueMax);
  // A vague amount ("plusieurs dizaines de milliards") has a lower bound, shown in its canonical form
  // ("$10B+"), but no value: it must not count as a figure in totals, comparisons or deal values.
  const usd = qualifier !== 'several' ? toUsd(value, currency) : undefined;
  // The usual fields in one literal, in the order they were always added (a field added later costs a list).
  const m: Mention = usd !== undefined
    ? { kind: 'money', text: text.slice(start, end), canonical, start, end, currency, value, usd }
    : { kind: 'money', text: text.slice(start, end), canonical, start, end, currency };
  if (qualifier !== 'several' && usd === undefined) m.value = value;
  if (qualifier !== undefined) m.qualifier = qualifier;
  if (valueMax !== undefined) m.valueMax = valueMax;
  if (r.alternative) {
    m.ambiguous = true;
    m.alternative = { ...r.alternative, canonical: canonicalOf(r.alternative.value, currency, qualifier, r.alternative.valueMax) };
  }
  if (r.currencyImplied) m.currencyImplied = true;
  return m;
}

/** The hedge of an amount: written before it (before "entre"/"between" for a range), or right after it. */
function hedgeOf(text: string, start: number, end: number): Qualifier | undefined {
  const between = BETWEEN_RE.exec(text.slice(Math.max(0, start - 12), start));
  const at = between ? start - between[0].length : start;
  return qualifierBefore(text, at) ?? qualifierAfter(text, end);
}

/** Try to read "A – B" where A was read at `a`; returns the range or undefined. */
function readRange(ctx: ReadContext, a: Amount): Reading | undefined {
  const { text } = ctx;
  const c = sticky(RANGE_RE, text, a.end);
  if (!c?.groups) return undefined;
  if (c.groups.and !== undefined && !BETWEEN_RE.test(text.slice(Math.max(0, a.start - 12), a.start))) return undefined;
  if (c.groups.to !== undefined && c.groups.to.toLowerCase() === 'a' && !a.frenchSign) return undefined;
  if (c.groups.to !== undefined) {
    const before = text.slice(Math.max(0, a.start - 40), a.start);
    if (CHANGE_BEFORE_END.test(before.trimEnd()) && CHANGE_BEFORE_RE.test(before)) return undefined;
  }
  const b = readAmount(ctx, a.end + c[0].length);
  if (!b || b.vague || a.vague || b.approx || a.approx || b.minor || a.minor) return undefined;
  const currency = b.currency ?? a.currency;
  if (currency === undefined || (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency)) return undefined;
  // A range with a bare second number only follows a complete first amount ("$30-50").
  const bare = b.currency === undefined && b.magText === undefined;
  if (bare && !(a.prefix && a.magText === undefined && (c.groups.dash === undefined || c[0].length === 1))) return undefined;
  if (a.magText !== undefined && a.currency !== undefined && b.magText === undefined && b.currency === undefined) return undefined;
  const magA = a.magText ?? b.magText;
  const magA2 = a.magText === undefined ? b.magText2 : a.magText2;
  const magB = b.magText ?? a.magText;
  const magB2 = b.magText === undefined ? a.magText2 : b.magText2;
  const french = (a.frenchSign || b.frenchSign) && !b.englishBillion;
  const prefix = a.prefix || b.prefix;
  const suffix = b.suffix ?? a.suffix;
  if (!isMoney({ ...a, magText: magA, magIsWord: a.magIsWord || (a.magText === undefined && b.magIsWord) }, currency, prefix, suffix)) return undefined;
  if (!isMoney({ ...b, magText: magB }, currency, prefix, suffix)) return undefined;
  const lo = valueOf(a, a.num, magA, french, magA2);
  const hi = valueOf(b, b.num, magB, french, magB2);
  if (!(hi > lo)) return undefined;
  const r: Reading = { start: a.start, end: b.end, value: lo, valueMax: hi, currency };
  const qualifier = hedgeOf(text, a.start, b.end);
  if (qualifier !== undefined) r.qualifier = qualifier;
  if (a.altNum !== undefined || b.altNum !== undefined) {
    r.alternative = {
      value: valueOf(a, a.altNum ?? a.num, magA, french, magA2),
      valueMax: valueOf(b, b.altNum ?? b.num, magB, french, magB2),
    };
  }
  return r;
}

/** The amount with the cents written after it ("$20 and 43c", "1 USD et 23 centimes") read into it. */
function withCents(text: string, a: Amount): Amount {
  const whole = a.magText === undefined && !a.minor && !a.vague && !a.approx && a.altNum === undefined && !/[.,]\d{1,2}$/.test(a.numText);
  const cents = centsAfter(text, a.end, a.currency as string, whole && Number.isInteger(a.num));
  return cents ? { ...a, num: a.num + cents.fraction, end: cents.end } : a;
}

/** An amount read as money with its own currency. */
function readSingle(text: string, a: Amount): Reading {
  const french = a.frenchSign && !a.englishBillion;
  const value = valueOf(a, a.num, a.magText, french, a.magText2);
  const r: Reading = { start: a.start, end: a.end, value, currency: a.currency as string };
  const qualifier = a.vague ? 'several' : hedgeOf(text, a.start, a.end) ?? (a.approx ? 'about' : undefined);
  if (qualifier !== undefined) r.qualifier = qualifier;
  if (a.altNum !== undefined) r.alternative = { value: valueOf(a, a.altNum, a.magText, french, a.magText2) };
  return r;
}

/** Every money amount in the text, in order, without overlaps. `evidence` is the whole note's (default: this text's). */
export function findMoney(text: string, evidence?: NumberEvidence): Mention[] {
  let own: NumberEvidence | undefined = evidence;
  const ctx: ReadContext = { text, evidence: () => (own ??= evidenceOf(text)) };
  const found: Reading[] = [];
  const bare: Amount[] = [];
  ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR_RE.exec(text)) !== null) {
    const at = m.index;
    const next = Math.max(at + 1, at + m[0].length);
    const a = readAmount(ctx, at);
    let r: Reading | undefined;
    if (a) {
      r = readRange(ctx, a);
      if (!r && isMoney(a, a.currency, a.prefix, a.suffix)) r = readSingle(text, withCents(text, a));
      else if (!r && a.currency === undefined && (a.magIsWord || a.minor) && !a.vague) bare.push(a);
    }
    if (r && r.end > r.start) {
      found.push(r);
      ANCHOR_RE.lastIndex = r.end;
    } else {
      ANCHOR_RE.lastIndex = a && !r && bare[bare.length - 1] === a ? Math.max(next, a.end) : next;
    }
  }
  for (const [a, currency] of impliedCurrencies(text, found, bare)) {
    const r = readSingle(text, { ...a, currency });
    r.currencyImplied = true;
    found.push(r);
  }
  const mentions = found.sort((x, y) => x.start - y.start).map((r) => mention(text, r));
  // "US$1 trillion ($1.29 trillion)": where the note writes "US$", a bare "$" may be the outlet's own dollar.
  for (const m of mentions) if (m.currency === 'USD' && text.charCodeAt(m.start) === 36 && !m.currencyImplied && ctx.evidence().usDollarSign) m.dollarInDoubt = true;
  return mentions;
}
