/**
 * Electric power: "10 gigawatts", "1,5 GW", "500 MW", "un gigawatt", "le premier gigawatt", "ten gigawatts".
 * Energy units (GWh, TWh, "gigawatt-heures") are not power and are skipped.
 */
import type { Mention } from '../types';
import { NUMERAL_SOURCE, NUMBER_WORDS_SOURCE, UNIT_SPACE, formatDecimal, parseNumber } from './numbers';
import { qualifierBefore } from './hedges';

const UNITS: ReadonlyArray<readonly [RegExp, string, number]> = [
  [/^(?:tw|t[ée]rawatts?|terawatts?)$/i, 'TW', 1000],
  [/^(?:gw|gigawatts?)$/i, 'GW', 1],
  [/^(?:mw|m[ée]gawatts?)$/i, 'MW', 1e-3],
  [/^(?:kw|kilowatts?)$/i, 'kW', 1e-6],
];

const POWER_RE = new RegExp(
  '(?<![\\p{L}\\p{N}.,])' +
  `(?:(?<num>${NUMERAL_SOURCE})|(?<first>premier|first)|(?<a>an?|one)|(?<words>${NUMBER_WORDS_SOURCE}))` +
  `${UNIT_SPACE}-?(?<unit>t[ée]rawatts?|gigawatts?|m[ée]gawatts?|kilowatts?|TW|GW|MW|kW)` +
  // Not an energy unit (GWh, gigawatt-heure, gigawatt hours), not a size class ("a gigawatt-scale cluster"),
  // not part of a longer word.
  '(?![\\p{L}\\p{N}]|[- \\u00a0]?(?:heures?|hours?)(?![\\p{L}])|-(?:scale|class|level|sized?|range)(?![\\p{L}]))',
  'giu',
);

/** Every power quantity in the text, with its value in gigawatts. */
export function findPower(text: string): Mention[] {
  const out: Mention[] = [];
  POWER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = POWER_RE.exec(text)) !== null) {
    const g = m.groups ?? {};
    const value = g.num !== undefined ? parseNumber(g.num) : g.first !== undefined || g.a !== undefined ? 1 : parseNumber(g.words ?? '');
    const unitWord = g.unit ?? '';
    const unit = UNITS.find(([re]) => re.test(unitWord));
    if (value === undefined || !unit || value <= 0) continue;
    const [, symbol, factor] = unit;
    const start = m.index;
    const end = start + m[0].length;
    const mention: Mention = {
      kind: 'power', text: m[0], canonical: `${formatDecimal(value)} ${symbol}`, start, end,
      gw: Number((value * factor).toPrecision(12)),
    };
    const qualifier = qualifierBefore(text, start);
    if (qualifier !== undefined) mention.qualifier = qualifier;
    out.push(mention);
  }
  return out;
}
