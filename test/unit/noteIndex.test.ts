import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { toEntities } from '../../src/core/lexicon/lexicon';

describe('note index', () => {
  const core = createCore();
  const note = (uri: string, text: string) => ({ uri, text });

  it('indexes notes, links their deals and answers queries', () => {
    const index = new NoteIndex(core.recognizer);
    index.upsert(note('a.md', 'Nvidia will invest up to $100 billion in OpenAI.'));
    index.upsert(note('b.txt', 'Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI.'));
    assert.equal(index.size, 2);
    assert.equal(index.deals().length, 1);
    assert.equal(index.deals()[0]!.sources.length, 2);
    const nvidia = index.entity('NVIDIA')!;
    assert.equal(nvidia.mentionCount, 2);
    assert.deepEqual(nvidia.noteUris, ['a.md', 'b.txt']);
    assert.equal(nvidia.dealIds.length, 1);
    assert.equal(index.mentionsOf('OpenAI').length, 2);
    assert.equal(index.mentionAt('a.md', 2)?.canonical, 'Nvidia');
    assert.equal(index.dealsInNote('b.txt').length, 1);
  });

  it('updates on edits, removals and renames, with one event per batch', () => {
    const index = new NoteIndex(core.recognizer);
    const events: string[][] = [];
    index.onDidChange((e) => events.push(e.uris));
    index.batch(() => {
      index.upsert(note('notes/a.md', 'AMD and OpenAI announced a partnership.'));
      index.upsert(note('notes/b.md', 'Nothing here.'));
    });
    assert.deepEqual(events, [['notes/a.md', 'notes/b.md']]);
    index.upsert(note('notes/a.md', 'AMD and OpenAI announced a partnership.'));
    assert.equal(events.length, 1, 'same text: no event');
    index.upsert(note('notes/b.md', 'Oracle signed a $300 billion contract with OpenAI.'));
    assert.equal(index.deals().length, 2);
    const before = events.length;
    index.rename('notes/b.md', 'notes/c.md');
    assert.deepEqual(events.slice(before), [['notes/b.md', 'notes/c.md']], 'one event for a rename');
    assert.deepEqual(index.deals().flatMap((d) => d.sources.map((s) => s.uri)).sort(), ['notes/a.md', 'notes/c.md']);
    assert.equal(index.removeUnder('notes'), 2);
    assert.equal(index.deals().length, 0);
  });

  it('analyses every note again with a new recogniser', () => {
    const index = new NoteIndex(core.recognizer);
    index.upsert(note('a.md', 'Zorblax signed a deal with Nvidia.'));
    assert.equal(index.entity('Zorblax Robotics'), undefined);
    const taught = createCore({ userEntities: toEntities('company', [{ name: 'Zorblax Robotics', aliases: ['Zorblax'] }], 'user') });
    index.setRecognizer(taught.recognizer);
    assert.equal(index.entity('Zorblax Robotics')?.mentionCount, 1);
    assert.deepEqual(index.deals()[0]!.parties, ['Nvidia', 'Zorblax Robotics']);
  });

  it('gives an entity its lexicon id once a note names it from the lexicon', () => {
    const index = new NoteIndex(core.recognizer);
    index.upsert(note('a.md', 'La start-up Zorblax a signé avec Orange.'));
    assert.equal(index.entity('Zorblax')?.entityId, 'inferred:zorblax');
    const taught = createCore({ userEntities: toEntities('company', [{ id: 'zorblax', name: 'Zorblax', aliases: [] }], 'user') });
    index.setRecognizer(taught.recognizer);
    index.upsert(note('b.md', 'Zorblax grandit.'));
    assert.equal(index.entity('Zorblax')?.entityId, 'zorblax');
    assert.equal(index.entity('Zorblax')?.confidence, 1);
  });

  it('can leave the re-analysis to its caller, note by note', () => {
    const index = new NoteIndex(core.recognizer);
    index.upsert(note('a.md', 'Zorblax signed a deal with Nvidia.'));
    const taught = createCore({ userEntities: toEntities('company', [{ name: 'Zorblax Robotics', aliases: ['Zorblax'] }], 'user') });
    const uris = index.replaceRecognizer(taught.recognizer);
    assert.deepEqual(uris, ['a.md']);
    assert.equal(index.entity('Zorblax Robotics'), undefined, 'nothing re-analysed yet');
    index.refresh('a.md');
    assert.equal(index.entity('Zorblax Robotics')?.mentionCount, 1);
  });

  it('applies a deal transform (corrections) and announces it', () => {
    const index = new NoteIndex(core.recognizer);
    index.upsert(note('a.md', 'AMD and OpenAI announced a partnership.'));
    let fired = 0;
    index.onDidChange(() => fired++);
    index.setDealTransform((deals) => deals.map((d) => ({ ...d, corrected: ['kind'], kind: 'supply' })));
    assert.equal(fired, 1);
    assert.equal(index.deals()[0]!.kind, 'supply');
  });
});

describe('note index: incremental linking', () => {
  const core = createCore();
  it('gives the same deals and entities edit by edit as a fresh index of the final notes', () => {
    const texts = [
      'Nvidia will invest up to $100 billion in OpenAI.',
      'Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI.',
      'AMD and OpenAI announced a partnership on MI450 chips.',
      'CoreWeave signed an $11.9 billion contract with OpenAI.',
      'OpenAI expanded its contract with CoreWeave by $6.5 billion.',
    ];
    const live = new NoteIndex(core.recognizer);
    texts.forEach((t, i) => live.upsert({ uri: `n${i}.md`, text: t }));
    live.deals();
    live.upsert({ uri: 'n2.md', text: 'AMD and OpenAI announced a partnership on MI450 chips. Oracle signed a deal with OpenAI.' });
    live.remove('n4.md');
    live.rename('n1.md', 'z1.md');
    const fresh = new NoteIndex(core.recognizer);
    for (const n of live.notes()) fresh.upsert({ uri: n.uri, text: n.text });
    assert.deepEqual(live.deals(), fresh.deals());
    const strip = (xs: ReturnType<NoteIndex['entities']>) => [...xs].sort((a, b) => a.key.localeCompare(b.key));
    assert.deepEqual(strip(live.entities()), strip(fresh.entities()));
  });
});

describe('note index: updates in slices overtaken by later changes (found by the model-based test)', () => {
  const core = createCore();
  const deal = 'Nvidia will invest up to $100 billion in OpenAI.';
  const begin = (index: NoteIndex, uri: string, text: string) => {
    const steps = index.upsertSteps({ uri, text });
    steps.next();
    return () => {
      for (let r = steps.next(); !r.done; r = steps.next());
    };
  };

  it('a note removed while its update is in flight stays removed', () => {
    const index = new NoteIndex(core.recognizer);
    const finish = begin(index, 'gone.md', deal);
    index.remove('gone.md');
    finish();
    assert.equal(index.get('gone.md'), undefined);
    assert.equal(index.deals().length, 0);
  });

  it('a folder removed or a note renamed while an update is in flight leaves no ghost', () => {
    const index = new NoteIndex(core.recognizer);
    index.upsert({ uri: 'dir/a.md', text: 'AMD and OpenAI announced a partnership.' });
    const finishNew = begin(index, 'dir/new.md', deal);
    const finishEdit = begin(index, 'dir/a.md', deal);
    index.removeUnder('dir');
    finishNew();
    finishEdit();
    assert.deepEqual(index.notes().map((n) => n.uri), []);
    index.upsert({ uri: 'b.md', text: deal });
    const finishB = begin(index, 'b.md', 'Nothing here any more.');
    index.rename('b.md', 'c.md');
    finishB();
    assert.deepEqual(index.notes().map((n) => n.uri), ['c.md']);
  });

  it('the latest update of a note wins, even when an older one ends last', () => {
    const index = new NoteIndex(core.recognizer);
    const finishOld = begin(index, 'a.md', 'Old text.');
    index.upsert({ uri: 'a.md', text: deal });
    finishOld();
    assert.equal(index.get('a.md')!.text, deal);
  });

  it('a name taught while an update is in flight is recognised in it', () => {
    const index = new NoteIndex(core.recognizer);
    const finish = begin(index, 'a.md', 'Zorblax signed a deal with Nvidia.');
    const taught = createCore({ userEntities: toEntities('company', [{ name: 'Zorblax Robotics', aliases: ['Zorblax'] }], 'user') });
    index.batch(() => index.replaceRecognizer(taught.recognizer).forEach((u) => index.refresh(u)));
    finish();
    assert.equal(index.entity('Zorblax Robotics')?.mentionCount, 1);
    // The extension's way: the same text applied again after the new lexicon is analysed again, not skipped.
    index.upsert({ uri: 'b.md', text: 'Zorblax grandit.' });
    index.replaceRecognizer(core.recognizer);
    index.upsert({ uri: 'b.md', text: 'Zorblax grandit.' });
    assert.equal(index.get('b.md')!.mentions.filter((m) => m.canonical === 'Zorblax Robotics').length, 0);
  });

});

describe('note index: the same answers whatever the order of events', () => {
  const core = createCore();
  it('names an entity the same whatever order its notes came in', () => {
    const a = { uri: 'a.md', text: 'La start-up Quantaflux a signé avec Mistral AI.' };
    const b = { uri: 'b.md', text: 'QUANTAFLUX a levé 200 millions d’euros auprès de Nvidia.' };
    const ab = new NoteIndex(core.recognizer);
    [a, b].forEach((n) => ab.upsert(n));
    const ba = new NoteIndex(core.recognizer);
    [b, a].forEach((n) => ba.upsert(n));
    assert.equal(ab.entity('quantaflux')!.name, ba.entity('quantaflux')!.name);
    assert.deepEqual(ab.entity('quantaflux'), ba.entity('quantaflux'));
  });
});

describe('note index: settling in steps', () => {
  const core = createCore();
  it('re-links and summarises in several steps, and then answers the same as at once', () => {
    const companies = ['Nvidia', 'AMD', 'Intel', 'Oracle', 'Microsoft', 'Meta', 'Google', 'Amazon', 'CoreWeave', 'Anthropic', 'Mistral AI', 'SoftBank', 'Broadcom', 'Qualcomm', 'Samsung', 'Apple', 'IBM', 'Cisco', 'Dell', 'Arm'];
    const text = companies.flatMap((a, i) => companies.slice(i + 1).map((b) => `${a} signed a deal with ${b}.`)).join('\n');
    const settled = new NoteIndex(core.recognizer);
    settled.upsert({ uri: 'many.md', text });
    const steps = settled.settleSteps();
    let pauses = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) pauses++;
    assert.ok(pauses >= 1, `190 sets of parties should take more than one step, took ${pauses + 1}`);
    const atOnce = new NoteIndex(core.recognizer);
    atOnce.upsert({ uri: 'many.md', text });
    assert.equal(settled.deals().length, 190);
    assert.deepEqual(settled.deals(), atOnce.deals());
    assert.deepEqual(settled.entities(), atOnce.entities());
  });

  it('ends, and answers the same as at once, when notes change between its steps (a scan going on)', () => {
    const companies = ['Nvidia', 'AMD', 'Intel', 'Oracle', 'Microsoft', 'Meta', 'Google', 'Amazon', 'CoreWeave', 'Anthropic', 'Mistral AI', 'SoftBank'];
    const pairs = companies.flatMap((a, i) => companies.slice(i + 1).map((b) => `${a} signed a deal with ${b}.`));
    const index = new NoteIndex(core.recognizer);
    const atOnce = new NoteIndex(core.recognizer);
    index.upsert({ uri: 'first.md', text: pairs.join('\n') });
    atOnce.upsert({ uri: 'first.md', text: pairs.join('\n') });
    // A note analysed at every pause, as the scan does between the views' settling steps.
    let n = 0;
    const steps = index.settleSteps();
    for (let r = steps.next(); !r.done; r = steps.next()) {
      if (n < 20) {
        const text = `${pairs[n % pairs.length]} ${pairs[(n * 7) % pairs.length]}`;
        index.upsert({ uri: `scan-${n}.md`, text });
        atOnce.upsert({ uri: `scan-${n}.md`, text });
        n++;
      }
    }
    assert.equal(n, 20, 'the steps went on while notes came in');
    assert.deepEqual(index.deals(), atOnce.deals());
    assert.deepEqual(index.entities(), atOnce.entities());
  });

  it('adds and takes away a note of thousands of companies in steps, and a query between them sees it whole', () => {
    // 3,000 distinct made-up companies told by a legal form, each a deal with the next: a share of thousands
    // of entities and candidates, added after the note is in the index.
    const name = (i: number) => `Zorb${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + Math.floor(i / 676))}`;
    const many = { uri: 'many.md', text: Array.from({ length: 3000 }, (_, i) => `${name(i)} SAS a signé un accord avec ${name(i + 1)} SAS.`).join('\n') };
    const other = { uri: 'other.md', text: 'Oracle signed a deal with OpenAI.' };
    const byKey = (xs: ReturnType<NoteIndex['entities']>) => [...xs].sort((a, b) => a.key.localeCompare(b.key));
    const index = new NoteIndex(core.recognizer);
    index.upsert(other);
    const steps = index.upsertSteps(many);
    let r = steps.next();
    while (!r.done && !index.get(many.uri)) r = steps.next();
    assert.ok(!r.done && !index.settled, 'the note is in the index before its share is added');
    const atOnce = new NoteIndex(core.recognizer);
    atOnce.upsert(other);
    atOnce.upsert(many);
    assert.ok(atOnce.entities().length > 3000);
    assert.deepEqual(byKey(index.entities()), byKey(atOnce.entities()));
    assert.deepEqual(index.deals(), atOnce.deals());
    for (; !r.done; r = steps.next());
    assert.deepEqual(byKey(index.entities()), byKey(atOnce.entities()));
    // Taken away while its share is being added again (an edit, then the note deleted).
    const again = index.upsertSteps({ uri: many.uri, text: `${many.text}\nNvidia signed a deal with OpenAI.` });
    for (r = again.next(); !r.done && index.get(many.uri)!.text === many.text; r = again.next());
    index.remove(many.uri);
    for (; !r.done; r = again.next());
    const alone = new NoteIndex(core.recognizer);
    alone.upsert(other);
    assert.deepEqual(byKey(index.entities()), byKey(alone.entities()));
    assert.deepEqual(index.deals(), alone.deals());
    const settle = index.settleSteps();
    for (let s = settle.next(); !s.done; s = settle.next());
    assert.ok(index.settled);
  });

  it('links a set of parties of thousands of candidates in steps of its own, and drops what a change or a query between them made stale', () => {
    const big = { uri: 'big.md', text: Array.from({ length: 1500 }, (_, i) => `Nvidia a investi ${1 + (i % 4)} milliards de dollars dans OpenAI.`).join('\n') };
    const other = { uri: 'other.md', text: 'Nvidia will invest $7 billion in OpenAI, the companies said on March 3, 2026.' };
    const atOnce = new NoteIndex(core.recognizer);
    atOnce.upsert(big);
    atOnce.upsert(other);
    for (const between of ['change', 'query'] as const) {
      const index = new NoteIndex(core.recognizer);
      index.upsert(big);
      const steps = index.settleSteps();
      for (let i = 0; i < 3; i++) assert.ok(!steps.next().done, 'the one set of parties takes more than three steps');
      // Between two steps of its linking: a note adds a candidate to the set (or a query links it at once).
      if (between === 'change') index.upsert(other);
      else {
        assert.ok(!index.deals().some((d) => d.sources.some((s) => s.uri === 'other.md')));
        index.upsert(other);
      }
      for (let r = steps.next(); !r.done; r = steps.next());
      assert.deepEqual(index.deals(), atOnce.deals(), between);
      assert.ok(index.deals().some((d) => d.sources.some((s) => s.uri === 'other.md')), between);
    }
  });

  it('stays right when a query comes between two steps', () => {
    const index = new NoteIndex(core.recognizer);
    index.upsert({ uri: 'a.md', text: 'AMD and OpenAI announced a partnership.' });
    const steps = index.settleSteps();
    steps.next();
    index.upsert({ uri: 'b.md', text: 'Oracle signed a deal with OpenAI.' });
    assert.equal(index.deals().length, 2);
    assert.equal(index.entity('OpenAI')?.noteUris.length, 2);
    for (let r = steps.next(); !r.done; r = steps.next());
    assert.equal(index.deals().length, 2);
  });
});
