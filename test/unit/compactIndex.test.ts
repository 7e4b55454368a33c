import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { scanNotes } from '../../src/core/scan';
import { StringPool } from '../../src/core/text/stringPool';
import { shareCandidateParts } from '../../src/core/deals/shareParts';
import type { DealCandidate } from '../../src/core/deals/extract';

describe('compact index (shared strings and candidate parts)', () => {
  const core = createCore();
  const notes = [
    { uri: 'a.md', text: 'Nvidia will invest up to $100 billion in OpenAI. AMD and OpenAI announced a partnership worth $10 billion.' },
    { uri: 'b.md', text: 'Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI, avec des puces Vera Rubin.' },
    { uri: 'c.md', text: 'OpenAI signed a $10 billion partnership with AMD. Nvidia will invest up to $100 billion in OpenAI.' },
  ];

  it('the string pool returns one string for equal strings, leaves long ones, and stops growing at its limit', () => {
    const pool = new StringPool(2, 10);
    const note = 'Nvidia and Nvidia';
    const a = pool.intern(note.slice(0, 6));
    const b = pool.intern(note.slice(11));
    assert.equal(a, 'Nvidia');
    assert.equal(b, 'Nvidia');
    assert.equal(pool.size, 1);
    assert.equal(pool.intern('a much longer string'), 'a much longer string');
    assert.equal(pool.size, 1);
    pool.intern('AMD');
    pool.intern('Intel');
    assert.equal(pool.size, 2, 'no string past the limit is kept');
    assert.equal(pool.intern('Intel'), 'Intel');
  });

  it('a scan gives the same notes and deals as a full index, without entity summaries', () => {
    const scanned = scanNotes(notes, core.recognizer);
    const full = new NoteIndex(core.recognizer);
    full.batch(() => notes.forEach((n) => full.upsert(n)));
    assert.deepEqual(JSON.parse(JSON.stringify(scanned.deals)), JSON.parse(JSON.stringify(full.deals())));
    assert.deepEqual(scanned.notes.map((n) => n.mentions), full.notes().map((n) => n.mentions));
    assert.ok(full.entities().length > 0);
    const lean = new NoteIndex(core.recognizer, { entities: false });
    lean.upsert(notes[0]!);
    assert.equal(lean.deals().length, full.dealsInNote('a.md').length);
    assert.throws(() => lean.entities(), /without entity summaries/);
  });

  it('candidates of a note share equal sources, parties and values, frozen; without chips they share one empty list', () => {
    const source = { uri: 'a.md', start: 0, end: 10, sentence: 'Nvidia …' };
    const value = { amount: 1e9, currency: 'USD', usd: 1e9, text: '$1 billion' };
    const candidates: DealCandidate[] = [
      { parties: ['Nvidia', 'OpenAI'], kind: 'investment', chips: [], source, value },
      { parties: ['Nvidia', 'OpenAI'], kind: 'supply', chips: ['H100'], source: { ...source }, value: { ...value } },
      { parties: ['OpenAI', 'Nvidia'], kind: 'supply', chips: [], source: { ...source, end: 11 }, value: { ...value, usd: 2e9 } },
    ];
    const [a, b, c] = shareCandidateParts(candidates);
    assert.equal(a!.parties, b!.parties);
    assert.notEqual(a!.parties, c!.parties);
    assert.deepEqual(c!.parties, ['OpenAI', 'Nvidia']);
    assert.equal(a!.source, b!.source);
    assert.notEqual(a!.source, c!.source);
    assert.equal(a!.value, b!.value);
    assert.notEqual(a!.value, c!.value);
    assert.equal(c!.value!.usd, 2e9);
    assert.equal(a!.chips, c!.chips);
    assert.deepEqual(b!.chips, ['H100']);
    assert.ok(Object.isFrozen(a!.source) && Object.isFrozen(a!.value) && Object.isFrozen(a!.parties) && Object.isFrozen(a!.chips));
    assert.throws(() => a!.chips.push('H200'), TypeError);
  });

  it('notes reporting the same deal share their lists of parties in the index; editing one changes no other', () => {
    const index = new NoteIndex(core.recognizer);
    index.batch(() => notes.forEach((n) => index.upsert(n)));
    const of = (uri: string) => index.entry(uri)!.candidates.find((c) => c.parties.includes('Nvidia'))!;
    assert.equal(of('a.md').parties, of('c.md').parties);
    const before = JSON.stringify(index.deals());
    index.upsert({ uri: 'c.md', text: `${notes[2]!.text} Intel and OpenAI announced a partnership.` });
    index.upsert(notes[2]!);
    assert.equal(JSON.stringify(index.deals()), before);
    assert.deepEqual(of('a.md').parties.slice().sort(), ['Nvidia', 'OpenAI']);
  });
});
