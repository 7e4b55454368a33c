import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { compactAnalysis, MentionTemplates } from '../../src/core/index/compactMentions';
import type { NoteAnalysis } from '../../src/core/analyze';
import type { Mention } from '../../src/core/types';

describe('compact mentions (offsets and template numbers, objects made when read)', () => {
  const core = createCore();
  const text = [
    'Nvidia will invest up to $100 billion in OpenAI, with Vera Rubin chips and 10 GW of power.',
    'La start-up Quantaflux a levé 1,500 euros auprès de Mistral AI le 3 mars 2026, soit 4 % du capital.',
    'NVIDIA and AMD signed a deal worth about $10–20 billion.',
  ].join('\n');
  const analysed = () => core.analyze({ uri: 'a.md', text });

  it('gives the same mentions and sentences, every field in the same order (the scan JSON is the same bytes)', () => {
    const plain = analysed();
    assert.ok(new Set(plain.mentions.map((m) => m.kind)).size >= 5, 'mentions of several kinds');
    assert.ok(plain.mentions.some((m) => m.confidence !== undefined), 'a company inferred from context');
    const compact = compactAnalysis(plain, new MentionTemplates());
    assert.equal(JSON.stringify(compact.mentions), JSON.stringify(plain.mentions));
    assert.equal(JSON.stringify(compact.sentences), JSON.stringify(plain.sentences));
    assert.equal(JSON.stringify(compact), JSON.stringify(plain), 'as JSON, the plain analysis');
    assert.equal(compact.noteDate, plain.noteDate);
    assert.equal(compact.title, plain.title);
  });

  it('mentions of every note share templates: equal names and amounts are one template', () => {
    const templates = new MentionTemplates();
    const plain = analysed();
    compactAnalysis(plain, templates);
    const once = templates.size;
    assert.ok(once < plain.mentions.length, `${once} templates for ${plain.mentions.length} mentions`);
    compactAnalysis(core.analyze({ uri: 'b.md', text: `${text}\n${text}` }), templates);
    assert.equal(templates.size, once, 'a note repeating the same mentions adds no template');
  });

  it('keeps as they are the mentions that do not fit a template, and those past the limit', () => {
    const plain = analysed();
    const odd: Mention = { kind: 'company', text: 'not the note', canonical: 'X', start: 0, end: 6 };
    const reordered = { start: 0, end: 6, kind: 'company', text: 'Nvidia', canonical: 'Nvidia' } as Mention;
    const withUndefined: Mention = { kind: 'money', text: 'Nvidia', canonical: '$1', start: 0, end: 6, usd: undefined };
    const note: NoteAnalysis = { ...plain, mentions: [odd, reordered, withUndefined, ...plain.mentions] };
    const compact = compactAnalysis(note, new MentionTemplates(2));
    assert.equal(JSON.stringify(compact.mentions), JSON.stringify(note.mentions));
    assert.equal(compact.mentions[0], odd, 'a text that is not the note\'s: the object itself');
    assert.deepEqual(Object.keys(compact.mentions[1]!), ['start', 'end', 'kind', 'text', 'canonical'], 'its own order of fields');
    assert.ok('usd' in compact.mentions[2]!, 'a field set to undefined is kept');
  });

  it('tells apart values equal as text but not as values, and flat objects by their fields', () => {
    const templates = new MentionTemplates();
    const at = (fields: Partial<Mention> & Record<string, unknown>) => templates.idOf({ kind: 'money', text: 'ab', canonical: 'x', start: 0, end: 2, ...fields } as Mention, 'ab');
    const ids = [at({ usd: 1 }), at({ usd: '1' } as never), at({ usd: true } as never), at({ usd: 'true' } as never), at({ usd: 1.5 }),
      at({ range: { low: 1, high: 2 } }), at({ range: { low: 1, high: '2' } }), at({ range: { high: 2, low: 1 } }), at({ range: '{"low":1,"high":2}' })];
    assert.equal(new Set(ids).size, ids.length, `distinct templates: ${ids.join(', ')}`);
    assert.equal(at({ usd: 1 }), ids[0], 'an equal mention finds its template');
    assert.equal(at({ range: { low: 1, high: 2 } }), ids[5], 'an equal flat object too');
    assert.equal(at({ usd: -0 } as never), -1, '-0 is kept as it is');
    assert.equal(at({ usd: Number.NaN } as never), -1, 'NaN is kept as it is');
    assert.equal(at({ range: { low: { deep: 1 } } } as never), -1, 'a nested object is kept as it is');
    assert.equal(templates.idOf({ kind: 'money', text: 'ab', canonical: 'y', start: 0, end: 2 } as Mention, 'ab', false), -1, 'no new template when none may be added');
  });

  it('a note read again gives the same array; read after many others, equal mentions', () => {
    const templates = new MentionTemplates();
    const notes = Array.from({ length: 20 }, (_, i) => compactAnalysis(core.analyze({ uri: `${i}.md`, text: `Note ${i}. ${text}` }), templates));
    const first = notes[0]!.mentions;
    assert.equal(notes[0]!.mentions, first);
    const json = JSON.stringify(first);
    for (const n of notes) assert.ok(n.mentions.length > 0);
    assert.equal(JSON.stringify(notes[0]!.mentions), json);
  });

  it('the index keeps notes compact and answers as the analysis does', () => {
    const index = new NoteIndex(core.recognizer);
    const kept = index.upsert({ uri: 'a.md', text });
    const plain = analysed();
    assert.equal(JSON.stringify(kept.mentions), JSON.stringify(plain.mentions));
    assert.equal(JSON.stringify(index.get('a.md')!.sentences), JSON.stringify(plain.sentences));
    const at = plain.mentions.find((m) => m.kind === 'money')!;
    assert.deepEqual(index.mentionAt('a.md', at.start + 1), at);
    assert.deepEqual(index.mentionsOf('Nvidia').map((r) => r.mention.text), ['Nvidia', 'NVIDIA']);
  });
});
