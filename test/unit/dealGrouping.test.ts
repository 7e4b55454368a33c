import { strict as assert } from 'node:assert';
import type { Deal } from '../../src/core/types';
import { groupDeals, isGroupBy, isSortBy, orderDeals, sourcesByNote } from '../../src/core/report/dealGrouping';

const deal = (id: string, parties: string[], usd?: number, date?: string, kind: Deal['kind'] = 'investment'): Deal => ({
  id, parties, kind, chips: [], sources: [],
  ...(usd !== undefined ? { value: { amount: usd, currency: 'USD', usd, text: `$${usd}` } } : {}),
  ...(date ? { date } : {}),
});

const deals = [
  deal('a', ['AMD', 'OpenAI'], undefined, '2025-10-06', 'supply'),
  deal('n', ['Nvidia', 'OpenAI'], 100e9, '2025-09-22'),
  deal('c', ['CoreWeave', 'Meta'], 14.2e9, '2025-10-13', 'cloud'),
];
const ids = (ds: Deal[]) => ds.map((d) => d.id);

describe('deals view: order and groups', () => {
  it('sorts by value (largest first, no value last), date (newest first) and name', () => {
    assert.deepEqual(ids(orderDeals(deals, 'value')), ['n', 'c', 'a']);
    assert.deepEqual(ids(orderDeals(deals, 'date')), ['c', 'a', 'n']);
    assert.deepEqual(ids(orderDeals(deals, 'name')), ['a', 'c', 'n']);
  });
  it('does not reorder its input', () => {
    const copy = [...deals];
    orderDeals(deals, 'value');
    assert.deepEqual(deals, copy);
  });
  it('groups by company, a deal under each party, groups A to Z', () => {
    const groups = groupDeals(deals, 'company', 'value');
    assert.deepEqual(groups.map((g) => g.key), ['AMD', 'CoreWeave', 'Meta', 'Nvidia', 'OpenAI']);
    assert.deepEqual(ids(groups.find((g) => g.key === 'OpenAI')!.deals), ['n', 'a']);
  });
  it('groups by kind', () => {
    assert.deepEqual(groupDeals(deals, 'kind', 'name').map((g) => [g.key, ids(g.deals)]), [['cloud', ['c']], ['investment', ['n']], ['supply', ['a']]]);
  });
  it('lists sources one note at a time, sentences in text order', () => {
    const d = deal('n', ['Nvidia', 'OpenAI']);
    d.sources = [
      { uri: 'a.md', start: 50, end: 60, sentence: 'second' },
      { uri: 'b.txt', start: 0, end: 10, sentence: 'other note' },
      { uri: 'a.md', start: 5, end: 20, sentence: 'first' },
    ];
    const notes = sourcesByNote(d);
    assert.deepEqual(notes.map((n) => n.uri), ['a.md', 'b.txt']);
    assert.deepEqual(notes[0]!.sources.map((s) => s.sentence), ['first', 'second']);
    assert.equal(notes[0]!.primary.sentence, 'first');
    d.sources.push({ uri: 'c.md', start: 0, end: 9, sentence: '# Heading' }, { uri: 'c.md', start: 12, end: 30, sentence: 'Body sentence.' });
    assert.equal(sourcesByNote(d)[2]!.primary.sentence, 'Body sentence.');
  });
  it('checks option values from commands and settings', () => {
    assert.ok(isGroupBy('company') && !isGroupBy('parties') && !isGroupBy(3));
    assert.ok(isSortBy('date') && !isSortBy(undefined));
  });
});
