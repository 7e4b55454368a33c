// Linking the candidates of one set of parties: the value most reports agree on names the deal, in any order,
// and a set of parties with thousands of different values stays bounded (no value is compared with every other).
import { strict as assert } from 'node:assert';
import { dealsOfGroup, dealsOfGroupSteps } from '../../src/core/deals/merge';
import type { DealCandidate } from '../../src/core/deals/extract';
import type { DealKind } from '../../src/core/types';

const candidate = (i: number, amount: number | undefined, uri = 'a.md', kind: DealKind = 'investment'): DealCandidate => ({
  parties: ['Nvidia', 'OpenAI'],
  kind,
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

  describe('two relations of one pair', () => {
    const shape = (deals: ReturnType<typeof dealsOfGroup>) => deals.map((d) => `${d.kind}:${d.value?.amount ?? '-'}:${d.sources.map((x) => x.uri).join(',')}`).sort();

    it('a note that states a stake and a partnership reports two deals; a note that names only one joins its deal', () => {
      const deals = dealsOfGroup('nvidia+openai', [
        candidate(0, 1e9, 'a.md', 'stake'), candidate(1, undefined, 'a.md', 'partnership'),
        candidate(0, undefined, 'b.md', 'stake'), candidate(1, undefined, 'b.md', 'partnership'),
        candidate(0, undefined, 'c.md', 'partnership'),
      ]);
      assert.deepEqual(shape(deals), ['partnership:-:a.md,b.md', 'stake:1000000000:a.md,b.md,c.md']);
      assert.equal(new Set(deals.map((d) => d.id)).size, 2, 'each deal has its own id');
    });

    it('an investment and a cloud contract stated without values are two deals', () => {
      const deals = dealsOfGroup('k', [candidate(0, undefined, 'a.md', 'investment'), candidate(1, undefined, 'a.md', 'cloud')]);
      assert.deepEqual(shape(deals), ['cloud:-:a.md', 'investment:-:a.md']);
    });

    it('a partnership beside a purchase names that purchase: one deal', () => {
      const deals = dealsOfGroup('k', [candidate(0, undefined, 'a.md', 'partnership'), candidate(1, undefined, 'a.md', 'purchase'), candidate(2, undefined, 'a.md', 'partnership')]);
      assert.equal(deals.length, 1);
    });

    it('a sentence that goes on with the deal (in return, its money spent) states no relation of its own', () => {
      const goesOn = (i: number, kind: DealKind, sentence: string) => ({ ...candidate(i, undefined, 'a.md', kind), source: { uri: 'a.md', start: i * 100, end: i * 100 + 50, sentence } });
      for (const sentence of ['- En échange, AMD accorde des bons de souscription.', 'In return AMD granted a warrant.', 'Much of the money flows back, since OpenAI will spend it on chips.']) {
        assert.equal(dealsOfGroup('k', [candidate(0, 100e9, 'a.md', 'purchase'), goesOn(1, 'stake', sentence)]).length, 1, sentence);
      }
      assert.equal(dealsOfGroup('k', [candidate(0, 100e9, 'a.md', 'purchase'), goesOn(1, 'stake', 'AMD also holds a warrant.')]).length, 2);
    });

    it('notes that each state one relation, by different words, make one deal', () => {
      const deals = dealsOfGroup('k', [candidate(0, undefined, 'a.md', 'investment'), candidate(0, undefined, 'b.md', 'partnership'), candidate(0, undefined, 'c.md', 'supply')]);
      assert.equal(deals.length, 1);
    });
  });

  describe('a set of parties of tens of thousands of candidates (a hostile note)', () => {
    it('is linked in steps, to the same deals as at once', () => {
      const many = Array.from({ length: 12_000 }, (_, i) => candidate(i, i % 3 ? undefined : 1e9 * (1 + (i % 5)), i % 2 ? 'a.md' : 'b.md', i % 4 ? 'investment' : 'partnership'));
      const steps = dealsOfGroupSteps('nvidia+openai', many);
      let pauses = 0;
      let r = steps.next();
      for (; !r.done; r = steps.next()) pauses++;
      assert.ok(pauses >= 12_000 / 5000, `${pauses} pauses`);
      assert.deepEqual(r.value, dealsOfGroup('nvidia+openai', many));
    });

    it('takes 150,000 candidates of one pair without overflowing the stack', () => {
      // A spread of a list this long into push or Math.max throws RangeError.
      const many = Array.from({ length: 150_000 }, (_, i) => ({ ...candidate(i, i < 2 ? 1e9 * (i + 1) : undefined, 'hostile.md'), ...(i % 2 ? { powerGw: 1 + (i % 10) } : {}) }));
      const deals = dealsOfGroup('nvidia+openai', many);
      assert.equal(deals.reduce((n, d) => n + d.sources.length, 0), 150_000);
      assert.equal(Math.max(...deals.map((d) => d.powerGw ?? 0)), 10);
    });
  });
});
