import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { dealOfQuantity, hoverContent, MAX_HOVER_DEALS, type EntityHover, type QuantityHover } from '../../src/core/hover/hoverContent';
import type { Deal, Mention } from '../../src/core/types';

const core = createCore();
const EN = 'file:///notes/en.md';
const FR = 'file:///notes/fr.txt';
const notes: Record<string, string> = {
  [EN]: '# Nvidia to invest up to $100 billion in OpenAI\n\nNvidia and OpenAI signed a letter of intent on September 22, 2025.\n',
  [FR]: 'NVIDIA va investir jusqu\'à 100 milliards de dollars dans OpenAI, annonce du 22 septembre 2025.\nLa start-up Quantaflux a signé avec Mistral AI un contrat de 1,3 Md€ sur cinq ans.\n',
};

function indexOf(docs: Record<string, string>): NoteIndex {
  const index = new NoteIndex(core.recognizer);
  for (const [uri, text] of Object.entries(docs)) index.upsert({ uri, text });
  return index;
}

function mentionOf(index: NoteIndex, uri: string, text: string): Mention {
  const m = index.get(uri)!.mentions.find((x) => x.text === text);
  assert.ok(m, `no mention "${text}" in ${uri}: ${index.get(uri)!.mentions.map((x) => x.text).join(', ')}`);
  return m;
}

describe('hover content', () => {
  const index = indexOf(notes);

  it('a company: canonical name, kind, spellings seen, mentions across notes and its deals', () => {
    const h = hoverContent(mentionOf(index, FR, 'NVIDIA'), FR, index, core.lexicon) as EntityHover;
    assert.equal(h.type, 'entity');
    assert.equal(h.kind, 'company');
    assert.equal(h.name, 'Nvidia');
    assert.equal(h.origin, 'builtin');
    assert.deepEqual(h.aliasesSeen, ['NVIDIA', 'Nvidia']);
    assert.equal(h.mentionCount, 3);
    assert.equal(h.noteCount, 2);
    assert.equal(h.deals.length, 1);
    assert.deepEqual(h.deals[0]!.parties, ['Nvidia', 'OpenAI']);
    assert.equal(h.deals[0]!.value, 'up to $100B');
    assert.equal(h.deals[0]!.sourceCount >= 2, true, 'the deal is linked across both notes');
    assert.equal(h.deals[0]!.id, index.deals()[0]!.id);
  });

  it('a chip: vendor and family from the lexicon', () => {
    const idx = indexOf({ 'file:///c.md': 'OpenAI will deploy Vera Rubin systems from Nvidia; AMD ships MI450 chips to OpenAI.' });
    const h = hoverContent(mentionOf(idx, 'file:///c.md', 'MI450'), 'file:///c.md', idx, core.lexicon) as EntityHover;
    assert.equal(h.kind, 'chip');
    assert.equal(h.vendor, 'AMD');
    assert.ok(h.family, 'MI450 has a family');
  });

  it('an inferred company is marked as such', () => {
    const h = hoverContent(mentionOf(index, FR, 'Quantaflux'), FR, index, core.lexicon) as EntityHover;
    assert.equal(h.origin, 'inferred');
    assert.equal(h.kind, 'company');
  });

  it('an amount: normalised value, qualifier, original text and the deal it belongs to', () => {
    const h = hoverContent(mentionOf(index, FR, '100 milliards de dollars'), FR, index, core.lexicon) as QuantityHover;
    assert.equal(h.type, 'quantity');
    assert.equal(h.kind, 'money');
    assert.equal(h.normalized, '$100B');
    assert.equal(h.qualifier, 'up to');
    assert.equal(h.text, '100 milliards de dollars');
    assert.equal(h.usd, undefined, 'no conversion shown for dollars');
    assert.deepEqual(h.deal?.parties, ['Nvidia', 'OpenAI']);
  });

  it('an ambiguous amount carries its other reading; an implied currency says so', () => {
    const uri = 'file:///notes/doubt.md';
    const idx = indexOf({ [uri]: 'The campus draws 2.5 GW. Le fonds a levé 1,500 milliards de dollars pour la société, puis 2 milliards.\n' });
    const doubtful = hoverContent(mentionOf(idx, uri, '1,500 milliards de dollars'), uri, idx, core.lexicon) as QuantityHover;
    assert.match(doubtful.ambiguousAlternative ?? '', /^\$1\.5[BT]$/);
    assert.notEqual(doubtful.ambiguousAlternative, doubtful.normalized);
    const implied = hoverContent(mentionOf(idx, uri, '2 milliards'), uri, idx, core.lexicon) as QuantityHover;
    assert.equal(implied.currencyImplied, true);
    assert.equal(implied.ambiguousAlternative, undefined);
    const plain = hoverContent(mentionOf(index, FR, '1,3 Md€'), FR, index, core.lexicon) as QuantityHover;
    assert.equal(plain.ambiguousAlternative, undefined);
    assert.equal(plain.currencyImplied, undefined);
  });

  it('a euro amount also shows its value in dollars', () => {
    const h = hoverContent(mentionOf(index, FR, '1,3 Md€'), FR, index, core.lexicon) as QuantityHover;
    assert.equal(h.normalized, '€1.3B');
    assert.match(h.usd ?? '', /^\$1\.\d+B$/);
  });

  it('lists at most a few deals, largest first, and counts the others', () => {
    const parties = ['OpenAI', 'Anthropic', 'Mistral AI', 'xAI', 'Cohere', 'Perplexity', 'CoreWeave'];
    const text = parties.map((p, i) => `Nvidia will invest $${i + 1} billion in ${p}.`).join('\n');
    const idx = indexOf({ 'file:///many.md': text });
    const h = hoverContent(mentionOf(idx, 'file:///many.md', 'Nvidia'), 'file:///many.md', idx, core.lexicon) as EntityHover;
    const total = idx.dealsOf('Nvidia').length;
    assert.ok(total > MAX_HOVER_DEALS, `only ${total} deals extracted`);
    assert.equal(h.deals.length, MAX_HOVER_DEALS);
    assert.equal(h.moreDeals, total - MAX_HOVER_DEALS);
    const values = h.deals.map((d) => d.value);
    assert.equal(values[0], '$7B');
  });

  it('finds the deal of a quantity only within a source sentence of that note', () => {
    const deal: Deal = {
      id: 'a+b', parties: ['A', 'B'], kind: 'investment', chips: [], powerGw: 10,
      value: { amount: 5e9, currency: 'USD', usd: 5e9, text: '$5bn' },
      sources: [{ uri: 'u', start: 0, end: 50, sentence: '' }],
    };
    const money: Mention = { kind: 'money', text: '$5bn', canonical: '$5B', start: 10, end: 14, value: 5e9, currency: 'USD' };
    assert.equal(dealOfQuantity([deal], 'u', money)?.id, 'a+b');
    assert.equal(dealOfQuantity([deal], 'other', money), undefined);
    assert.equal(dealOfQuantity([deal], 'u', { ...money, start: 60, end: 64 }), undefined);
    const power: Mention = { kind: 'power', text: '10 GW', canonical: '10 GW', start: 20, end: 25, gw: 10 };
    assert.equal(dealOfQuantity([deal], 'u', power)?.id, 'a+b');
    const other: Mention = { kind: 'money', text: '$1bn', canonical: '$1B', start: 30, end: 34, value: 1e9, currency: 'USD' };
    assert.equal(dealOfQuantity([deal], 'u', other), undefined, 'another amount in the sentence is not the deal value');
  });
});
