import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { otherReports, relatedNotes, type RelatedInput } from '../../src/core/links/related';
import { looseKey } from '../../src/core/text/chars';

const core = createCore();
const index = new NoteIndex(core.recognizer);
const notes: Record<string, string> = {
  'a.md': 'Nvidia will invest up to $100 billion in OpenAI.',
  'b.md': "Nvidia investira jusqu'à 100 milliards de dollars dans OpenAI.",
  'c.md': 'AMD will supply OpenAI with 6 gigawatts of MI450 GPUs. Nvidia was not part of it.',
  'd.md': 'Intel presented Gaudi 3 at a conference.',
  'e.md': 'Mistral AI opened an office in Paris, see [[a]].',
};
for (const [uri, text] of Object.entries(notes)) index.upsert({ uri, text });
const inputs = (links: Record<string, string[]> = {}): RelatedInput[] =>
  index.notes().map((n) => ({ uri: n.uri, entities: n.mentions.filter((m) => m.kind === 'company' || m.kind === 'chip').map((m) => looseKey(m.canonical)), links: links[n.uri] ?? [] }));

describe('related notes', () => {
  it('ranks the note reporting the same deal first, then notes sharing companies; unrelated notes are left out', () => {
    const r = relatedNotes('a.md', inputs(), index.deals());
    assert.deepEqual(r.map((x) => x.uri), ['b.md', 'c.md']);
    assert.equal(r[0]!.sharedDeals.length, 1);
    assert.deepEqual(r[0]!.sharedEntities.sort(), ['nvidia', 'openai']);
    assert.equal(r[1]!.sharedDeals.length, 0);
  });

  it('a wikilink either way relates two notes', () => {
    const r = relatedNotes('a.md', inputs({ 'e.md': ['a.md'] }), index.deals());
    assert.ok(r.some((x) => x.uri === 'e.md' && x.linked));
    assert.deepEqual(relatedNotes('e.md', inputs({ 'e.md': ['a.md'] }), index.deals()).map((x) => x.uri), ['a.md']);
  });

  it('an unknown note has no related notes', () => {
    assert.deepEqual(relatedNotes('zzz.md', inputs(), index.deals()), []);
  });

  it('lists the other notes reporting a deal', () => {
    const d = index.dealsInNote('a.md')[0]!;
    assert.deepEqual(otherReports(d, 'a.md'), ['b.md']);
  });
});
