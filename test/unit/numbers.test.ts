import { strict as assert } from 'node:assert';
import {
  formatDecimal, hasDecimalComma, parseNumber, parseNumberWords, parseNumeral,
} from '../../src/core/recognize/numbers';
import { qualifierBefore } from '../../src/core/recognize/hedges';
import { RATES_AS_OF, toUsd } from '../../src/core/recognize/rates';
import { findMoney } from '../../src/core/recognize/money';
import { findPower } from '../../src/core/recognize/power';
import { findPercent } from '../../src/core/recognize/percent';
import { findDates } from '../../src/core/recognize/dates';
import { findQuantities } from '../../src/core/recognize/quantities';
import type { Mention } from '../../src/core/types';

describe('numbers: parseNumeral', () => {
  const cases: Array<[string, number]> = [
    ['100', 100],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['2 500', 2500],
    ['2\u00a0500', 2500],
    ['2\u202f500', 2500],
    ['2,500', 2500],
    ['1 234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234.567,8', 1234567.8],
    ['1,000,000', 1000000],
    ['6,21', 6.21],
    ['0,500', 0.5],
    ['1 000', 1000],
  ];
  for (const [raw, value] of cases) {
    it(`reads ${JSON.stringify(raw)} as ${value}`, () => assert.equal(parseNumeral(raw), value));
  }
  it('reads a single comma as decimal when told the text is French', () => assert.equal(parseNumeral('1,500', true), 1.5));
  it('rejects what is not a numeral', () => {
    assert.equal(parseNumeral('abc'), undefined);
    assert.equal(parseNumeral('1,'), undefined);
    assert.equal(parseNumeral(''), undefined);
  });
  it('tells French decimal commas from English thousands separators', () => {
    assert.equal(hasDecimalComma('1,5'), true);
    assert.equal(hasDecimalComma('1 234,56'), true);
    assert.equal(hasDecimalComma('2,500'), false);
    assert.equal(hasDecimalComma('1.5'), false);
    assert.equal(hasDecimalComma('100'), false);
  });
});

describe('numbers: number words', () => {
  const cases: Array<[string, number]> = [
    ['un', 1], ['une', 1], ['deux', 2], ['dix', 10], ['vingt', 20], ['trente', 30], ['quarante', 40],
    ['cinquante', 50], ['soixante', 60], ['cent', 100], ['mille', 1000], ['vingt-cinq', 25], ['vingt et un', 21],
    ['soixante-dix', 70], ['quatre-vingt-dix', 90], ['quatre-vingts', 80], ['deux cents', 200], ['deux mille', 2000],
    ['one', 1], ['two', 2], ['ten', 10], ['twenty', 20], ['forty', 40], ['hundred', 100], ['twenty-five', 25],
    ['one hundred and fifty', 150], ['two thousand five hundred', 2500], ['a hundred', 100], ['Quarante', 40],
  ];
  for (const [raw, value] of cases) {
    it(`reads "${raw}" as ${value}`, () => assert.equal(parseNumberWords(raw), value));
  }
  it('rejects unknown words', () => assert.equal(parseNumberWords('dizaine'), undefined));
  it('parseNumber picks digits or words', () => {
    assert.equal(parseNumber('1,5'), 1.5);
    assert.equal(parseNumber('dix'), 10);
  });
});

describe('numbers: hedges', () => {
  const cases: Array<[string, string | undefined]> = [
    ["jusqu'à ", 'up to'], ['jusqu’à ', 'up to'], ['pouvant atteindre ', 'up to'], ["allant jusqu'à ", 'up to'],
    ['près de ', 'about'], ['environ ', 'about'], ['quelque ', 'about'], ['autour de ', 'about'],
    ['plus de ', 'more than'], ['au moins ', 'at least'], ['moins de ', 'less than'], ['estimé à près de ', 'about'],
    ['up to ', 'up to'], ['as much as ', 'up to'], ['about ', 'about'], ['around ', 'about'], ['roughly ', 'about'],
    ['approximately ', 'about'], ['nearly ', 'about'], ['almost ', 'about'], ['some ', 'about'],
    ['more than ', 'more than'], ['over ', 'more than'], ['at least ', 'at least'], ['less than ', 'less than'],
    ['under ', 'less than'], ['invest ', undefined], ['moreover ', undefined], ['awesome ', undefined], ['', undefined],
  ];
  for (const [before, q] of cases) {
    it(`"${before}" → ${String(q)}`, () => assert.equal(qualifierBefore(`X ${before}100`, `X ${before}`.length), q));
  }
});

describe('numbers: formatting and rates', () => {
  it('formats decimals with a point and at most three decimals', () => {
    assert.equal(formatDecimal(1.5), '1.5');
    assert.equal(formatDecimal(100), '100');
    assert.equal(formatDecimal(1 / 3), '0.333');
  });
  it('converts to USD through the dated table', () => {
    assert.match(RATES_AS_OF, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(toUsd(100, 'USD'), 100);
    const eur = toUsd(1e9, 'EUR');
    assert.ok(eur !== undefined && eur > 1e9 && eur < 1.4e9);
    for (const c of ['EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'KRW', 'INR', 'AED', 'SAR', 'SEK']) {
      assert.ok((toUsd(1000, c) ?? 0) > 0, c);
    }
    assert.equal(toUsd(1, 'XXX'), undefined);
  });
});

describe('quantities: properties over generated text', () => {
  const pieces = [
    '1', '2', '10', '100', '2025', '1,5', '4.5', ' ', '\u00a0', '\u202f', '\r\n', '\n', '$', '€', '£', '¥', '%', '-', '–',
    'milliards', 'milliard', 'millions', 'billion', 'bn', 'M', 'Md', 'B', 'de', "d'", 'd’', 'dollars', 'euros', 'GW',
    'gigawatts', 'MW', 'GWh', 'pour cent', 'percent', 'septembre', 'Sept.', 'mai', 'semestre', 'second', 'Q3', 'H2',
    'en', 'in', 'fin', 'jusqu’à', 'up to', 'plusieurs', 'dizaines', 'des', 'entre', 'et', 'between', 'and', 'à',
    'é', 'É', 'ç', '😀', '🇫🇷', 'Nvidia', 'OpenAI', ',', '.', '/', 'USD', 'US$', 'un', 'ten', 'a', 'premier',
  ];
  let seed = 12345;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const samples: string[] = [];
  for (let i = 0; i < 400; i++) {
    const n = 1 + Math.floor(random() * 40);
    let s = '';
    for (let j = 0; j < n; j++) {
      s += pieces[Math.floor(random() * pieces.length)];
      if (random() < 0.5) s += ' ';
    }
    samples.push(s);
  }

  it('never throws, keeps offsets inside the text, text equals the slice, no overlaps', () => {
    for (const s of samples) {
      for (const find of [findMoney, findPower, findPercent, findDates, findQuantities]) {
        const found = find(s);
        for (const m of found) {
          assert.ok(m.start >= 0 && m.end <= s.length && m.start < m.end, JSON.stringify({ s, m }));
          assert.equal(m.text, s.slice(m.start, m.end));
          assert.equal(typeof m.canonical, 'string');
        }
      }
      const q = findQuantities(s);
      for (let i = 1; i < q.length; i++) {
        const prev = q[i - 1] as Mention;
        const cur = q[i] as Mention;
        assert.ok(prev.end <= cur.start, `overlap in ${JSON.stringify(s)}: ${prev.text} / ${cur.text}`);
      }
    }
  });

  it('lets money win over a percent or a date inside it and sorts by start', () => {
    const q = findQuantities('Le 22 septembre 2025, Nvidia a promis jusqu’à 100 milliards de dollars (10 GW, 4 %) en 2024.');
    assert.deepEqual(q.map((m) => m.kind), ['date', 'money', 'power', 'percent', 'date']);
    const overlap = findQuantities('$2025 billion');
    assert.deepEqual(overlap.map((m) => m.kind), ['money']);
  });

  // Its speed is measured by the benchmark (npm run bench), never by a wall clock in a test.
  it('reads 200 KB of digits and spaces in one call, and every quantity found is where it says', () => {
    let s = '';
    for (let i = 0; s.length < 200_000; i++) s += (i % 7 === 0 ? '2 500 000 ' : `${(i * 7919) % 1000} `) + (i % 13 === 0 ? '\u00a0' : '');
    for (const text of [s, '1'.repeat(200_000), '1 '.repeat(100_000), '1,'.repeat(100_000), '$1-'.repeat(50_000), 'un '.repeat(60_000)]) {
      for (const m of findQuantities(text)) assert.equal(text.slice(m.start, m.end), m.text);
    }
    assert.ok(findQuantities('$1-'.repeat(50_000)).length > 0);
  });
});
