// Linking the candidates of one set of parties: the value most reports agree on names the deal, in any order,
// and a set of parties with thousands of different values stays bounded (no value is compared with every other).
import { strict as assert } from 'node:assert';
import { dealsOfGroup } from '../../src/core/deals/merge';
import type { DealCandidate } from '../../src/core/deals/extract';

const candidate = (i: number, amount: number | undefined, uri = 'a.md'): DealCandidate => ({
  parties: ['Nvidia', 'OpenAI'],
  kind: 'investment',
  chips: [],
  ...(amount !== undefined ? { value: { amount, currency: 'USD', usd: amount, text: `$${amount}` } } : {}),
  source: { uri, start: i * 100, end: i * 100 + 50, sentence: `Sentence ${i}.` },
});

describe('dealsOfGroup', () => {
  it('names a deal by the value most reports agree on, whatever the order of the notes', () => {
    const reports = [candidate(0, 12e9, 'a.md'), candidate(1, 11.9e9, 'b.md'), candidate(2, 100e9, 'c.md'), candidate(3, 12e9, 'd.md'), candidate(4, undefined, 'e.md')];
    for (const order of [reports, [...reports].reverse()]) {
      const deals = dealsOfGroup('nvidia+openai', order);
      const main = deals.find((d) => d.sources.length >= 3)!;
      assert.equal(main.value?.amount, 12e9);
      assert.equal(deals.length, 2, 'the $100 billion report is another deal');
    }
  });

  it('picks the larger of two equally reported values, and a stated round figure over a converted one', () => {
    assert.equal(dealsOfGroup('k', [candidate(0, 10e9, 'a.md'), candidate(1, 10.5e9, 'b.md')])[0]!.value?.amount, 10.5e9);
    assert.equal(dealsOfGroup('k', [candidate(0, 1.521e9, 'a.md'), candidate(1, 1.5e9, 'b.md')])[0]!.value?.amount, 1.5e9);
  });

  it('compares a bounded number of different values: past that bound the others join the main deal', () => {
    // 2,000 reports of one pair in one note, each with another amount 20 % apart from the last.
    const many = Array.from({ length: 2000 }, (_, i) => candidate(i, 1e6 * 1.2 ** (i % 600), 'hostile.md'));
    const deals = dealsOfGroup('nvidia+openai', many);
    assert.ok(deals.length <= 257, `${deals.length} deals`);
    assert.equal(deals.reduce((n, d) => n + d.sources.length, 0), 2000, 'every report is a source of some deal');
  });
});
