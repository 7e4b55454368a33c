// How the exports (CSV, Markdown, labels) write a deal's value: the hedge before the amount or the range.
import { strict as assert } from 'node:assert';
import { dealRows, dealsCsv, dealsMarkdown, formatDealValue, formatMarkedDealValue } from '../../src/core/report/format';
import type { Deal } from '../../src/core/types';

function deal(value: Deal['value']): Deal {
  return { id: 'a+b', parties: ['A', 'B'], kind: 'investment', chips: [], sources: [], ...(value ? { value } : {}) };
}

describe('exports: deal values with hedges and ranges', () => {
  it('a hedged range keeps its hedge', () => {
    assert.equal(formatDealValue({ amount: 1e10, amountMax: 2e10, currency: 'USD', qualifier: 'about', text: 'about $10–20 billion' }), 'about $10B–$20B');
  });
  it('a plain range has no hedge word', () => {
    assert.equal(formatDealValue({ amount: 3e10, amountMax: 5e10, currency: 'EUR', text: '30 et 50 milliards d’euros' }), '€30B–€50B');
  });
  it('"at most" is written in CSV and Markdown', () => {
    const d = deal({ amount: 2e9, currency: 'USD', usd: 2e9, qualifier: 'at most', text: 'no more than $2 billion' });
    assert.match(dealsCsv([d]), /,at most \$2B,2000000000,/);
    assert.match(dealsMarkdown([d]), /\| at most \$2B \| 2000000000 \|/);
  });
});

describe('exports: a deal value whose number format stays in doubt', () => {
  const doubtful = deal({ amount: 1250, currency: 'EUR', text: '1,250 euros', ambiguous: true, alternative: { amount: 1.25 } });
  const settled = deal({ amount: 1250, currency: 'EUR', text: '1 250 euros' });

  it('marks the value "≈?" and says why in the valueNote column (CSV)', () => {
    const [head, row] = dealsCsv([doubtful]).split('\n');
    assert.equal(head, 'parties,kind,value,valueUsd,valueNote,chips,power,date,sources');
    assert.equal(row, 'A + B,investment,≈? €1.25K,,ambiguous number format: could also be read as €1.25,,,,0');
  });

  it('does the same in Markdown', () => {
    const row = dealsMarkdown([doubtful]).trimEnd().split('\n').pop();
    assert.equal(row, '| A + B | investment | ≈? €1.25K |  | ambiguous number format: could also be read as €1.25 |  |  |  | 0 |');
  });

  it('a bare "$" in a note that writes US$ elsewhere: the mark and the note say the dollar is in doubt', () => {
    const dollar = deal({ amount: 2e9, currency: 'USD', usd: 2e9, text: '$2 billion', dollarInDoubt: true });
    assert.deepEqual([dealRows([dollar])[0]!.value, dealRows([dollar])[0]!.valueNote],
      ['≈? $2B', 'read as US dollars, but the note writes US$ elsewhere: may be a local dollar']);
  });

  it('a settled value has neither the mark nor the note', () => {
    assert.deepEqual([dealRows([settled])[0]!.value, dealRows([settled])[0]!.valueNote], ['€1.25K', '']);
    assert.equal(formatMarkedDealValue(settled.value), '€1.25K');
  });

  it('a flag without the other reading is not shown as a doubt', () => {
    const flagOnly = deal({ amount: 1250, currency: 'EUR', text: '1,250 euros', ambiguous: true });
    assert.deepEqual([dealRows([flagOnly])[0]!.value, dealRows([flagOnly])[0]!.valueNote], ['€1.25K', '']);
  });

  it('a doubtful range keeps its hedge after the mark', () => {
    const range = { amount: 1500, amountMax: 2500, currency: 'USD', qualifier: 'about' as const, text: 'about 1,500-2,500 dollars', ambiguous: true, alternative: { amount: 1.5, amountMax: 2.5 } };
    assert.equal(formatMarkedDealValue(range), '≈? about $1.5K–$2.5K');
    assert.equal(dealRows([deal(range)])[0]!.valueNote, 'ambiguous number format: could also be read as $1.5–$2.5');
  });
});
