// How the exports (CSV, Markdown, labels) write a deal's value: the hedge before the amount or the range.
import { strict as assert } from 'node:assert';
import { dealsCsv, dealsMarkdown, formatDealValue } from '../../src/core/report/format';
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
