// A deal of a warm start's snapshot makes its sources when they are first read; until then it knows how many
// it has (what ordering needs), and every way a deal is copied or sent still gives them.
import { strict as assert } from 'node:assert';
import { sourceCount, withLazySources } from '../../src/core/deals/lazySources';
import { sortDeals } from '../../src/core/deals/merge';
import { orderDeals } from '../../src/core/report/dealGrouping';
import type { Deal, DealSource } from '../../src/core/types';

describe('deals whose sources are made when first read', () => {
  const source = (uri: string, start: number): DealSource => ({ uri, start, end: start + 10, sentence: `In ${uri}.` });
  function lazy(id: string, count: number, usd = 1e9) {
    let made = 0;
    const deal = withLazySources({ id, parties: ['A', id], kind: 'investment', chips: [], value: { amount: usd, currency: 'USD', usd, text: '$1B' } }, count, () => {
      made++;
      return Array.from({ length: count }, (_, i) => source(`file:///n/${id}-${i}.md`, i * 20));
    });
    return { deal, made: () => made };
  }

  it('knows its count without making its sources, and makes them once, on the first read', () => {
    const { deal, made } = lazy('x', 3);
    assert.equal(sourceCount(deal), 3);
    assert.equal(made(), 0);
    const first = deal.sources;
    assert.equal(made(), 1);
    assert.equal(first.length, 3);
    assert.equal(deal.sources, first, 'the same list afterwards');
    assert.equal(made(), 1);
    assert.equal(sourceCount(deal), 3);
  });

  it('orders like any deal (most sources first between equal values) without making any source', () => {
    const deals = [lazy('a', 1), lazy('b', 5), lazy('c', 3)];
    const plain: Deal = { id: 'd', parties: ['A', 'd'], kind: 'investment', chips: [], value: { amount: 1e9, currency: 'USD', usd: 1e9, text: '$1B' }, sources: [1, 2, 3, 4].map((i) => source('file:///n/d.md', i)) };
    assert.deepEqual(sortDeals([...deals.map((d) => d.deal), plain]).map((d) => d.id), ['b', 'd', 'c', 'a']);
    assert.deepEqual(orderDeals([...deals.map((d) => d.deal), plain], 'value').map((d) => d.id), ['b', 'd', 'c', 'a']);
    assert.deepEqual(deals.map((d) => d.made()), [0, 0, 0]);
  });

  it('a copy, JSON and a structured clone hold its sources; a new list replaces them', () => {
    const { deal } = lazy('x', 2);
    assert.equal({ ...deal }.sources.length, 2);
    assert.deepEqual(JSON.parse(JSON.stringify(lazy('y', 2).deal)).sources, [source('file:///n/y-0.md', 0), source('file:///n/y-1.md', 20)]);
    assert.equal(structuredClone(lazy('z', 2).deal).sources.length, 2);
    const replaced = lazy('w', 4);
    replaced.deal.sources = [source('file:///n/other.md', 0)];
    assert.equal(replaced.made(), 0);
    assert.equal(sourceCount(replaced.deal), 1);
    assert.equal(replaced.deal.sources.length, 1);
  });
});
