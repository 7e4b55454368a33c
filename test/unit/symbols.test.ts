import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { firstMentions, fuzzyMatches, workspaceSymbols } from '../../src/core/navigation/symbols';

const core = createCore();

describe('navigation: workspace symbols', () => {
  const index = new NoteIndex(core.recognizer);
  index.upsert({ uri: 'file:///b.md', text: 'Nvidia will invest up to $100 billion in OpenAI.' });
  index.upsert({ uri: 'file:///a.txt', text: 'AMD ships MI450 chips to OpenAI; NVIDIA watches.' });

  it('matches queries fuzzily, ignoring case and accents', () => {
    assert.equal(fuzzyMatches('nvda', 'Nvidia'), true);
    assert.equal(fuzzyMatches('nvdia opnai', 'Nvidia – OpenAI · up to $100B'), true);
    assert.equal(fuzzyMatches('etats', 'États-Unis'), true);
    assert.equal(fuzzyMatches('xyz', 'Nvidia'), false);
    assert.equal(fuzzyMatches('', 'anything'), true);
  });

  it('points each entity at its first mention, in URI order', () => {
    const first = firstMentions(index);
    assert.equal(first.get('nvidia')?.uri, 'file:///a.txt');
    assert.equal(first.get('nvidia')?.mention.text, 'NVIDIA');
  });

  it('lists companies, chips and deals', () => {
    const all = workspaceSymbols(index, '');
    const names = all.map((s) => `${s.kind}:${s.name}`);
    for (const n of ['company:Nvidia', 'company:OpenAI', 'company:AMD', 'chip:MI450']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
    const deal = all.find((s) => s.kind === 'deal' && s.name.startsWith('Nvidia – OpenAI'));
    assert.ok(deal, names.join(', '));
    assert.equal(deal.uri, 'file:///b.md');
    const chip = all.find((s) => s.name === 'MI450')!;
    assert.match(chip.detail, /^AMD · 1 mention$/);
  });

  it('filters by query and caps the list', () => {
    assert.deepEqual(workspaceSymbols(index, 'mi450').map((s) => s.name), ['MI450']);
    assert.equal(workspaceSymbols(index, '', 2).length, 2);
  });
});

describe('navigation: the lexicon entry of a user entity', () => {
  it('finds the name of the entry, loosely', async () => {
    const { lexiconEntrySpan } = await import('../../src/core/navigation/lexiconEntry');
    const text = '{\n  "entities": [\n    { "kind": "company", "name": "Lumora" },\n    { "kind": "chip", "name": "Nimbus X1", "vendor": "Lumora" }\n  ]\n}\n';
    const span = lexiconEntrySpan(text, 'nimbus x1');
    assert.ok(span);
    assert.equal(text.slice(span.start, span.end), '"Nimbus X1"');
    assert.equal(lexiconEntrySpan(text, 'Nope'), undefined);
    assert.equal(lexiconEntrySpan('not json', 'Lumora'), undefined);
  });
});
