/**
 * Money amounts in French and English notes: "100 milliards de dollars", "1,5 milliard d'euros", "1,3 Md€",
 * "2 500 M$", "$1.5bn", "US$10 billion", "€1.3 billion", ranges ("$7–8 billion", "entre 30 et 50 milliards
 * d'euros"), vague amounts ("plusieurs dizaines de milliards de dollars") and hedges ("jusqu'à", "up to").
 *
 * How it works: a global regex finds the places an amount can start (a currency sign or code, a digit,
 * a number word, a vague quantifier); from each, small sticky regexes read the number, the magnitude and
 * the currency. Nothing is unbounded, so the scan is linear in the text length.
 *
 * An amount is money only when a currency is written (sign, code or word) next to it: "700 millions
 * d'utilisateurs" or "des millions de GPU" are counts, not money.
 */
import type { Mention, Qualifier } from '../types';
import {
  NUMERAL_SOURCE, NUMBER_WORDS_SOURCE, formatDecimal, hasDecimalComma, isFrenchNumberWord, parseNumberWords,
  parseNumeral, qualifierBefore,
} from './numbers';
import { toUsd } from './rates';

const SP = '[ \\u00a0\\u202f\\u2009]';
const WS = '\\s{1,4}';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';

const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'CAD', 'AUD', 'KRW', 'INR', 'AED', 'SAR', 'SEK', 'HKD', 'SGD'];
const CODE_ALIASES: Record<string, string> = { RMB: 'CNY' };

const SYMBOLS: Record<string, string> = {
  'US$': 'USD', 'U.S.$': 'USD', 'CA$': 'CAD', 'C$': 'CAD', 'AU$': 'AUD', 'A$': 'AUD', 'HK$': 'HKD', 'S$': 'SGD',
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW',
};
const SYMBOL_SOURCE = 'US\\$|U\\.S\\.\\$|CA\\$|C\\$|AU\\$|A\\$|HK\\$|S\\$|\\$|€|£|¥|₹|₩';

/** Where an amount may start. Case-insensitive because of number words; the parse re-checks case. */
const ANCHOR_RE = new RegExp(
  `${NOT_WORD_BEFORE}(?:US|U\\.S\\.|CA|C|AU|A|HK|S)\\$|[$€£¥₹₩]` +
  `|${NOT_WORD_BEFORE}(?:${CODES.join('|')})(?=${SP}?\\d)` +
  '|(?<![\\p{L}\\p{N}.,])\\d' +
  `|${NOT_WORD_BEFORE}(?:plusieurs|quelques|des|several|tens|hundreds|dozens|a few|dizaines|centaines|millions|billions|trillions|an?|${NUMBER_WORDS_SOURCE})${NOT_WORD_AFTER}`,
  'giu',
);

const PREFIX_RE = new RegExp(`(?:(?<sym>${SYMBOL_SOURCE})|(?<code>${CODES.join('|')})(?![A-Za-z]))${SP}?`, 'uy');
const NUMERAL_RE = new RegExp(NUMERAL_SOURCE, 'uy');
const WORDS_RE = new RegExp(`${NUMBER_WORDS_SOURCE}`, 'iuy');
const A_RE = new RegExp(`an?(?=${WS}(?:billion|million|trillion|thousand)${NOT_WORD_AFTER})`, 'iuy');

/** Vague quantities: the multiplier is the lower bound ("plusieurs milliards" ≥ 2 billion). */
const VAGUE_RE = new RegExp(
  `(?:(?<fr>(?:(?:plusieurs|quelques|des)${WS})?(?<frx>dizaines|centaines)${WS}de${WS}|plusieurs${WS}|quelques${WS}|des${WS})` +
  `|(?<en>(?:several${WS})?(?<enx>tens|hundreds|dozens)${WS}of${WS}|several${WS}|a${WS}few${WS}|(?=(?:millions|billions|trillions)${WS}of${WS})))`,
  'iuy',
);

const MAG_WORD_RE = new RegExp(
  `\\s{0,3}(?<w>milliards?|millions?|billions?|trillions?|mille|thousands?|milliers)${NOT_WORD_AFTER}`, 'iuy');
const MAG_ABBR_RE = new RegExp(`${SP}?(?<a>Mds|Mrds|Mrd|Md|mds|md|bn|Bn|BN|bln|mn|Mn|mln|tn|Tn|trn|k|K|M|B|T|G|m|b)${NOT_WORD_AFTER}`, 'uy');

interface CurrencyWord { source: string; code: string; french?: boolean; needsMagnitude?: boolean; notVague?: boolean }
const CURRENCY_WORDS: CurrencyWord[] = [
  { source: `dollars?${WS}(?:am[ée]ricains?|US|des${WS}[ÉE]tats-Unis)`, code: 'USD', french: true },
  { source: `dollars?${WS}canadiens?`, code: 'CAD', french: true },
  { source: `dollars?${WS}australiens?`, code: 'AUD', french: true },
  { source: `dollars?${WS}de${WS}Hong${WS}Kong`, code: 'HKD', french: true },
  { source: `(?:US|U\\.S\\.|American)${WS}dollars?`, code: 'USD' },
  { source: `Canadian${WS}dollars?`, code: 'CAD' },
  { source: `Australian${WS}dollars?`, code: 'AUD' },
  { source: `Hong${WS}Kong${WS}dollars?`, code: 'HKD' },
  { source: `Singapore${WS}dollars?`, code: 'SGD' },
  { source: 'dollars?', code: 'USD' },
  { source: 'euros?', code: 'EUR' },
  { source: `livres?${WS}sterling`, code: 'GBP', french: true },
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
  { source: 'riyals?', code: 'SAR' },
  { source: `couronnes?${WS}su[ée]doises?`, code: 'SEK', french: true },
  { source: `(?:Swedish${WS})?(?:kronor|krona)`, code: 'SEK' },
];
/** Connector between a magnitude word and a currency word: "de", "d'", "of", or a space. */
const CURRENCY_WORD_RE = new RegExp(
  `(?:${WS}(?<de>de${WS}|d['’]${SP}?)|${WS}of${WS}|${WS})(?:${CURRENCY_WORDS.map((c, i) => `(?<c${i}>${c.source})`).join('|')})${NOT_WORD_AFTER}`,
  'iuy',
);
/** The currency word directly after a number without magnitude: "500 dollars", "40 000 euros". */
const CURRENCY_WORD_DIRECT_RE = new RegExp(
  `(?:${WS})(?:${CURRENCY_WORDS.map((c, i) => `(?<c${i}>${c.source})`).join('|')})${NOT_WORD_AFTER}`,
  'iuy',
);
const SUFFIX_SYMBOL_RE = new RegExp(
  `${SP}{0,2}(?:(?<sym>\\$${SP}?(?:US|USD)(?![A-Za-z])|US\\$|C\\$|CA\\$|\\$|€|£|¥|₹|₩)|(?<code>${CODES.join('|')})${NOT_WORD_AFTER})`,
  'uy',
);

const RANGE_RE = new RegExp(`${SP}{0,3}(?:(?<dash>[-–‑])|(?<to>to|à|a|through)(?![\\p{L}\\p{N}])|(?<and>and|et)(?![\\p{L}\\p{N}]))${SP}{0,3}`, 'iuy');
const BETWEEN_RE = new RegExp(`${NOT_WORD_BEFORE}(?:entre|between)${SP}{1,3}$`, 'iu');

interface Amount {
  start: number;
  end: number;
  /** The number as written (digits or words), times the vague multiplier. */
  num: number;
  numText: string;
  numIsWords: boolean;
  vague: boolean;
  /** Magnitude word or abbreviation as written, if any. */
  magText?: string;
  magIsWord: boolean;
  currency?: string;
  prefix: boolean;
  /** How the currency was written after the amount. */
  suffix?: 'word' | 'symbol';
  /** "de"/"d'" between the magnitude and the currency, or another French sign. */
  frenchSign: boolean;
  needsMagnitude: boolean;
  notVague: boolean;
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

/** Read an amount starting at `pos` without deciding yet whether it is money. */
function readAmount(text: string, pos: number): Amount | undefined {
  let p = pos;
  let currency: string | undefined;
  let prefix = false;
  const pre = sticky(PREFIX_RE, text, p);
  if (pre?.groups && !(/^[A-Z]/.test(pre[0]) && isWordChar(text[p - 1]))) {
    const sym = pre.groups.sym;
    const code = pre.groups.code;
    currency = sym !== undefined ? SYMBOLS[sym] : CODE_ALIASES[code ?? ''] ?? code;
    prefix = true;
    p += pre[0].length;
  }
  if (!prefix && isWordChar(text[p - 1])) return undefined;

  let num: number | undefined;
  let numText = '';
  let numIsWords = false;
  let vague = false;
  let frenchSign = false;
  let m = sticky(NUMERAL_RE, text, p);
  if (m && !(!prefix && /[.,]/.test(text[p - 1] ?? ''))) {
    numText = m[0];
    num = parseNumeral(numText);
    if (hasDecimalComma(numText)) frenchSign = true;
  } else if (!prefix && (m = sticky(VAGUE_RE, text, p))) {
    const g = m.groups ?? {};
    const x = (g.frx ?? g.enx ?? '').toLowerCase();
    num = x === 'dizaines' || x === 'tens' || x === 'dozens' ? 10 : x === 'centaines' || x === 'hundreds' ? 100 : 2;
    numText = m[0];
    vague = true;
    frenchSign = g.fr !== undefined;
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

  let magText: string | undefined;
  let magIsWord = false;
  const mw = sticky(MAG_WORD_RE, text, p);
  if (mw?.groups) {
    magText = mw.groups.w;
    magIsWord = true;
    p += mw[0].length;
  } else if (!vague) {
    const ma = sticky(MAG_ABBR_RE, text, p);
    if (ma?.groups) {
      magText = ma.groups.a;
      p += ma[0].length;
    }
  }
  if (vague && !magIsWord) return undefined;

  let suffix: Amount['suffix'];
  let needsMagnitude = false;
  let notVague = false;
  if (!prefix) {
    const cw = magIsWord || (magText !== undefined && magText.length > 1 && /[a-z]/.test(magText))
      ? sticky(CURRENCY_WORD_RE, text, p)
      : magText === undefined ? sticky(CURRENCY_WORD_DIRECT_RE, text, p) : null;
    const word = cw ? currencyFromWordMatch(cw) : undefined;
    if (cw && word) {
      currency = word.code;
      suffix = 'word';
      if (cw.groups?.de !== undefined || word.french) frenchSign = true;
      needsMagnitude = word.needsMagnitude ?? false;
      notVague = word.notVague ?? false;
      p += cw[0].length;
    } else {
      const cs = sticky(SUFFIX_SYMBOL_RE, text, p);
      if (cs?.groups) {
        const sym = cs.groups.sym;
        const code = cs.groups.code;
        currency = sym !== undefined ? (sym.startsWith('$') && sym.length > 1 ? 'USD' : SYMBOLS[sym]) : CODE_ALIASES[code ?? ''] ?? code;
        suffix = 'symbol';
        p += cs[0].length;
      }
    }
  }
  // Without a currency the amount ends after its number (or magnitude, which a range may share).
  const end = currency === undefined ? (magText !== undefined ? p : numEnd) : p;
  return {
    start: pos, end, num, numText, numIsWords, vague, magText, magIsWord, currency, prefix, suffix,
    frenchSign, needsMagnitude, notVague,
  };
}

function magnitudeOf(magText: string | undefined, french: boolean): number {
  if (magText === undefined) return 1;
  const w = magText.toLowerCase();
  if (/^(?:mille|thousands?|milliers|k)$/.test(w)) return 1e3;
  if (/^(?:millions?|m|mn|mln)$/.test(w)) return 1e6;
  if (/^(?:milliards?|mds?|mrds?|g|bn|bln|b)$/.test(w)) return 1e9;
  if (/^billions?$/.test(w)) return french ? 1e12 : 1e9;
  return 1e12; // trillion(s), tn, trn, T
}

/** Whether the magnitude abbreviation is allowed with the way the currency is written. */
function magnitudeAllowed(a: Amount, prefix: boolean, suffix: Amount['suffix']): boolean {
  const t = a.magText;
  if (t === undefined || a.magIsWord) return true;
  if (t === 'm' || t === 'b') return prefix;
  if (t.length === 1) return prefix || suffix === 'symbol';
  return true;
}

function isMoney(a: Amount, currency: string | undefined, prefix: boolean, suffix: Amount['suffix']): boolean {
  if (currency === undefined) return false;
  if (!magnitudeAllowed(a, prefix, suffix)) return false;
  if (a.needsMagnitude && a.magText === undefined) return false;
  if (a.notVague && a.vague) return false;
  if (a.vague && !a.magIsWord) return false;
  if (a.numIsWords && a.magText === undefined && !prefix && a.notVague) return false;
  return true;
}

function roundAmount(v: number): number {
  return Math.abs(v) >= 1000 ? Math.round(v) : Math.round(v * 100) / 100;
}

const CANONICAL_SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

/** "$100B", "€1.3B", "$500M", "$40K", "CHF 200M". */
export function formatMoney(value: number, currency: string): string {
  const sym = CANONICAL_SYMBOL[currency] ?? `${currency} `;
  const abs = Math.abs(value);
  const [scale, suffix] = abs >= 1e12 ? [1e12, 'T'] : abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e3 ? [1e3, 'K'] : [1, ''];
  return `${sym}${formatDecimal(value / scale)}${suffix}`;
}

function mention(
  text: string, start: number, end: number, value: number, currency: string, qualifier?: Qualifier, valueMax?: number,
): Mention {
  const canonical = valueMax !== undefined
    ? `${formatMoney(value, currency)}–${formatMoney(valueMax, currency)}`
    : qualifier === 'several' ? `${formatMoney(value, currency)}+` : formatMoney(value, currency);
  const m: Mention = { kind: 'money', text: text.slice(start, end), canonical, start, end, currency };
  // A vague amount ("plusieurs dizaines de milliards") has a lower bound, shown in its canonical form
  // ("$10B+"), but no value: it must not count as a figure in totals, comparisons or deal values.
  if (qualifier !== 'several') {
    m.value = value;
    const usd = toUsd(value, currency);
    if (usd !== undefined) m.usd = usd;
  }
  if (qualifier !== undefined) m.qualifier = qualifier;
  if (valueMax !== undefined) m.valueMax = valueMax;
  return m;
}

/** Try to read "A – B" where A was read at `a`; returns the range mention or undefined. */
function readRange(text: string, a: Amount): Mention | undefined {
  const c = sticky(RANGE_RE, text, a.end);
  if (!c?.groups) return undefined;
  if (c.groups.and !== undefined && !BETWEEN_RE.test(text.slice(Math.max(0, a.start - 12), a.start))) return undefined;
  if (c.groups.to !== undefined && c.groups.to.toLowerCase() === 'a' && !a.frenchSign) return undefined;
  const b = readAmount(text, a.end + c[0].length);
  if (!b || b.vague || a.vague) return undefined;
  const currency = b.currency ?? a.currency;
  if (currency === undefined || (a.currency !== undefined && b.currency !== undefined && a.currency !== b.currency)) return undefined;
  // A range with a bare second number only follows a complete first amount ("$30-50").
  const bare = b.currency === undefined && b.magText === undefined;
  if (bare && !(a.prefix && a.magText === undefined && (c.groups.dash === undefined || c[0].length === 1))) return undefined;
  if (a.magText !== undefined && a.currency !== undefined && b.magText === undefined && b.currency === undefined) return undefined;
  const magA = a.magText ?? b.magText;
  const magB = b.magText ?? a.magText;
  const french = a.frenchSign || b.frenchSign;
  const prefix = a.prefix || b.prefix;
  const suffix = b.suffix ?? a.suffix;
  if (!isMoney({ ...a, magText: magA, magIsWord: a.magIsWord || (a.magText === undefined && b.magIsWord) }, currency, prefix, suffix)) return undefined;
  if (!isMoney({ ...b, magText: magB }, currency, prefix, suffix)) return undefined;
  const lo = roundAmount(a.num * magnitudeOf(magA, french));
  const hi = roundAmount(b.num * magnitudeOf(magB, french));
  if (!(hi > lo)) return undefined;
  return mention(text, a.start, b.end, lo, currency, 'range', hi);
}

/** Every money amount in the text, in order, without overlaps. */
export function findMoney(text: string): Mention[] {
  const out: Mention[] = [];
  ANCHOR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANCHOR_RE.exec(text)) !== null) {
    const at = m.index;
    const next = Math.max(at + 1, at + m[0].length);
    const a = readAmount(text, at);
    let found: Mention | undefined;
    if (a) {
      found = readRange(text, a);
      if (!found && isMoney(a, a.currency, a.prefix, a.suffix)) {
        const french = a.frenchSign;
        const value = roundAmount(a.num * magnitudeOf(a.magText, french));
        const qualifier = a.vague ? 'several' : qualifierBefore(text, a.start);
        found = mention(text, a.start, a.end, value, a.currency as string, qualifier);
      }
    }
    if (found && found.end > found.start) {
      out.push(found);
      ANCHOR_RE.lastIndex = found.end;
    } else {
      ANCHOR_RE.lastIndex = next;
    }
  }
  return out;
}
