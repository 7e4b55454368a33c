/**
 * Percentages: "4 %", "4%", "4\u00a0%", "6,21 %", "4.5%", "4 pour cent", "4 percent", "4 per cent", "quatre pour cent".
 */
import type { Mention } from '../types';
import { NUMERAL_SOURCE, NUMBER_WORDS_SOURCE, formatDecimal, parseNumber } from './numbers';
import { qualifierBefore } from './hedges';

const PERCENT_RE = new RegExp(
  '(?<sign>(?<=^|[\\s(\\[])[+\\-−])?' +
  `(?<![\\p{L}\\p{N}.,])(?:(?<num>${NUMERAL_SOURCE})[ \\u00a0\\u202f\\u2009]{0,2}(?<pct>%|％)` +
  `|(?<num2>${NUMERAL_SOURCE}|${NUMBER_WORDS_SOURCE})[ \\u00a0\\u202f\\u2009]{1,2}` +
  '(?:pour[ \\u00a0]?cents?|pourcents?|percent|per[ \\u00a0]cent|pct)(?![\\p{L}\\p{N}]))',
  'giu',
);

/** Every percentage in the text; `percent` is 4 for "4 %". */
export function findPercent(text: string): Mention[] {
  const out: Mention[] = [];
  PERCENT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERCENT_RE.exec(text)) !== null) {
    const g = m.groups ?? {};
    const raw = g.num ?? g.num2 ?? '';
    const value = parseNumber(raw);
    if (value === undefined) continue;
    const percent = g.sign !== undefined && g.sign !== '+' ? -value : value;
    const start = m.index;
    const end = start + m[0].length;
    const mention: Mention = { kind: 'percent', text: m[0], canonical: `${formatDecimal(percent)} %`, start, end, percent };
    const qualifier = qualifierBefore(text, start);
    if (qualifier !== undefined) mention.qualifier = qualifier;
    out.push(mention);
  }
  return out;
}
