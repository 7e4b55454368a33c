import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { CACHE_FORMAT, CACHE_LAYOUT, cacheKey, decodeShard, encodeNote, encodeShard, encodeShardSteps, shardCountFor, shardOf, type CachedNote } from '../../src/core/index/noteCache';

describe('persistent index cache format', () => {
  const core = createCore();
  const notes = [
    { uri: 'file:///w/a.md', text: '---\ndate: 2025-09-22\n---\n# Nvidia et OpenAI\n\nNvidia investira jusqu’à 100 milliards de dollars dans OpenAI pour 10 GW de systèmes Vera Rubin.\n' },
    // A venture named by its name: the candidate's `venture` field must survive the cache.
    { uri: 'file:///w/c.md', text: 'OpenAI, SoftBank and Oracle will form a joint venture called Helios with an initial $10 billion.\n' },
    // Amounts with the money fields a cache must keep: ambiguous format, implied currency, a directed hedge.
    { uri: 'file:///w/d.md', text: 'Le ticket vaut 1,500 euros. Lumora obtient 8 milliards et 2 milliards de dollars, pas plus de 4 milliards d’euros au total.\n' },
    // A deal whose value's number format stays in doubt: the value's flag and other reading must survive.
    { uri: 'file:///w/e.md', text: 'Aleph Alpha a signé avec Cerebras un contrat de 1,250 euros.\n' },
    // A bare "$" in a note that writes "US$": the mention's and the deal value's doubt must survive.
    { uri: 'file:///w/f.md', text: 'Cerebras signed a US$1 billion contract. Groq signed a contract with Cerebras worth $2 billion.\n' },
    { uri: 'file:///w/b.txt', text: 'La start-up Quantaflux a levé 40 millions d’euros auprès de Mistral AI, soit 4 % de plus.\r\nAMD and OpenAI announced a partnership on MI450 systems on September 3, 2025.' },
  ];
  const key = cacheKey('engine-1', '[]');

  function indexed(): NoteIndex {
    const index = new NoteIndex(core.recognizer);
    index.batch(() => notes.forEach((n) => index.upsert(n)));
    return index;
  }

  function cached(index: NoteIndex): CachedNote[] {
    return notes.map((n, i) => {
      const e = index.entry(n.uri)!;
      return { stamp: { mtime: 1700000000000 + i, size: n.text.length }, analysis: e.analysis, candidates: [...e.candidates] };
    });
  }

  it('is encoded in steps of a few notes, to the same text as the whole shard at once', () => {
    const many = Array.from({ length: 4 }, () => cached(indexed())).flat();
    const steps = encodeShardSteps(key, many);
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.ok(pauses >= 2, `${many.length} notes in ${pauses + 1} steps`);
    assert.equal(r.value, JSON.stringify({ format: CACHE_FORMAT, layout: CACHE_LAYOUT, key, notes: many.map(encodeNote) }));
    assert.equal(encodeShard(key, many), r.value);
  });

  it('round-trips analyses and candidates: an index restored from it links the same deals and entities', () => {
    const fresh = indexed();
    const decoded = decodeShard(encodeShard(key, cached(fresh)), key);
    assert.ok(decoded.ok);
    assert.equal(decoded.dropped, 0);
    const restored = new NoteIndex(core.recognizer);
    restored.batch(() => decoded.notes.forEach((n) => restored.restore(n.analysis, n.candidates)));
    assert.deepEqual(restored.deals(), fresh.deals());
    assert.deepEqual(restored.entities(), fresh.entities());
    for (const n of notes) {
      const a = restored.get(n.uri)!;
      const b = fresh.get(n.uri)!;
      assert.deepEqual(a.mentions, b.mentions);
      // The same bytes too: `scan --json` from the cache writes each mention's fields in the fresh order.
      assert.equal(JSON.stringify(a.mentions), JSON.stringify(b.mentions));
      assert.deepEqual(a.sentences, b.sentences);
      assert.equal(a.title, b.title);
      assert.equal(a.noteDate, b.noteDate);
      assert.deepEqual(a.lines.positionAt(a.text.length - 1), b.lines.positionAt(b.text.length - 1));
    }
    assert.deepEqual(decoded.notes.map((n) => n.stamp.size), notes.map((n) => n.text.length));
    assert.ok(fresh.deals().length > 0 && fresh.entities().length > 3, 'the fixture has deals and entities');
    assert.ok(fresh.deals().some((d) => d.venture === 'Helios'), 'the fixture has a named venture');
    const money = fresh.get('file:///w/d.md')!.mentions.filter((m) => m.kind === 'money');
    assert.ok(money.some((m) => m.ambiguous && m.alternative), 'the fixture has an ambiguous amount');
    assert.ok(money.some((m) => m.currencyImplied), 'the fixture has an implied currency');
    assert.ok(money.some((m) => m.qualifier === 'at most'), 'the fixture has an "at most" hedge');
    assert.ok(fresh.deals().some((d) => d.value?.ambiguous && d.value.alternative), 'the fixture has a deal value in doubt');
    assert.ok(fresh.get('file:///w/f.md')!.mentions.some((m) => m.dollarInDoubt), 'the fixture has a dollar in doubt');
    assert.ok(fresh.deals().some((d) => d.value?.dollarInDoubt), 'the fixture has a deal value in a dollar in doubt');
  });

  it('ignores a file that is not JSON, not its format, or made with another engine or lexicon', () => {
    const json = encodeShard(key, cached(indexed()));
    assert.equal(decodeShard(json.slice(0, json.length / 2), key).ok, false);
    assert.equal(decodeShard('{"format":"something-else","layout":1,"key":"x","notes":[]}', key).ok, false);
    assert.equal(decodeShard(json, cacheKey('engine-2', '[]')).ok, false);
    assert.equal(decodeShard(json, cacheKey('engine-1', '[{"name":"Acme"}]')).ok, false);
    const wrongLayout = JSON.parse(json);
    wrongLayout.layout = 99;
    assert.equal(decodeShard(JSON.stringify(wrongLayout), key).ok, false);
  });

  it('drops records that fail a check (offsets outside the text, unknown kinds, extra fields) and keeps the others', () => {
    const shard = JSON.parse(encodeShard(key, cached(indexed())));
    const [first, second] = shard.notes;
    // A record as JSON.parse gives it back: loosely typed on purpose, to break it in every way.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    type Rec = any[];
    const broken = [
      (r: Rec) => { r[6][0][2] = r[3].length + 5; }, // mention past the end of the text
      (r: Rec) => { r[6][0][0] = 'person'; }, // unknown mention kind
      (r: Rec) => { r[6][0][4] = { value: 'lots' }; }, // wrong type of an optional field
      (r: Rec) => { r[6][0][4] = { __proto__: 1, evil: true }; }, // unknown field
      (r: Rec) => { r[7].push(3); }, // odd sentence list
      (r: Rec) => { r[8][0].kind = 'heist'; }, // unknown deal kind
      (r: Rec) => { r[8][0].source.start = -1; },
      (r: Rec) => { r[8][0].extra = 1; },
      (r: Rec) => { r.pop(); },
      (r: Rec) => { r[3] = 42; },
    ];
    for (const breakIt of broken) {
      const copy = structuredClone(first);
      breakIt(copy);
      const decoded = decodeShard(JSON.stringify({ ...shard, notes: [copy, second] }), key);
      assert.ok(decoded.ok);
      assert.equal(decoded.dropped, 1, `${breakIt}`);
      assert.deepEqual(decoded.notes.map((n) => n.analysis.uri), [second[0]]);
    }
  });

  it('spreads notes over a stable number of shards', () => {
    assert.equal(shardCountFor(0), 1);
    assert.equal(shardCountFor(100), 1);
    assert.equal(shardCountFor(101), 2);
    assert.equal(shardCountFor(10_000), 128);
    assert.equal(shardOf('file:///w/a.md', 64), shardOf('file:///w/a.md', 64));
    const used = new Set(Array.from({ length: 1000 }, (_, i) => shardOf(`file:///w/${i}.md`, 8)));
    assert.equal(used.size, 8);
  });
});
