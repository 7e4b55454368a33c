// The persistent cache keeps the deals as linked and the entity summaries too: a warm start with nothing
// changed analyses no note and links nothing, and gives exactly what a cold scan gives. Files that do not fit
// (corrupt, partial, made from other notes) are ignored and everything is linked again.
import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex, type EntitySummary } from '../../src/core/index/noteIndex';
import type { Deal } from '../../src/core/types';
import { SlicedUpdater } from '../../src/core/index/slicedUpdater';
import { IndexCache, type CacheStorage } from '../../src/core/index/cacheStore';
import { LINKED_FILE } from '../../src/core/index/linkedCache';
import type { Stamp } from '../../src/core/index/noteCache';
import { scanWorkspace } from '../../src/core/index/workspaceScan';
import { syntheticWorkspace } from '../../bench/corpus';
import { memoryStorage } from './memoryCacheStorage';

describe('persistent cache of linked deals and entity summaries', function () {
  // Each test scans a small workspace two or three times, on machines shared by many builds.
  this.timeout(120_000);
  const core = createCore();
  const key = () => 'engine|lexicon';
  // Enough notes for several shards, sets of parties reported in many notes, named ventures.
  const notes = [
    ...syntheticWorkspace(40).map((n) => ({ uri: `file:///w/${n.uri}`, text: n.text })),
    { uri: 'file:///w/stargate.md', text: 'OpenAI, Oracle and SoftBank announced the Stargate joint venture, worth up to $500 billion.' },
    { uri: 'file:///w/stargate2.md', text: 'Stargate, the venture of OpenAI, SoftBank and Oracle, will build 10 GW of data centres.' },
    // One deal reported by two notes, whatever names the synthetic notes draw from the lexicon.
    { uri: 'file:///w/twice.md', text: 'Nvidia signed a $5 billion deal with CoreWeave.' },
    { uri: 'file:///w/twice2.md', text: 'CoreWeave signed a $5 billion deal with Nvidia on Monday.' },
  ];
  const stampOf = (text: string): Stamp => ({ mtime: 1_700_000_000_000, size: text.length });
  const files = new Map(notes.map((n) => [n.uri, n.text]));

  /** Opens the workspace as the extension does: the cache, then a scan of every file. */
  async function open(storage: CacheStorage, texts = files) {
    const index = new NoteIndex(core.recognizer);
    const updater = new SlicedUpdater(index, Number.POSITIVE_INFINITY);
    const stamps = new Map<string, Stamp>();
    const log: string[] = [];
    const cache = new IndexCache(storage, index, stamps, { appendLine: (l) => log.push(l) }, key);
    // As the extension does: the saved deals and entities shown first, before any note is restored.
    let events = 0;
    const counting = index.onDidChange(() => events++);
    const shown = await cache.preload(updater);
    counting.dispose();
    const preloaded = { shown, events, notes: index.size, deals: index.deals(), entities: byKey(index.entities()) };
    const load = await index.batchAsync(() => cache.load(updater));
    const settledAfterLoad = index.settled;
    const stats = await scanWorkspace(index, updater, stamps, [...texts.keys()], {
      stat: async (uri) => stampOf(texts.get(uri)!),
      read: async (uri) => ({ doc: { uri, text: texts.get(uri)! }, stamp: stampOf(texts.get(uri)!) }),
    });
    await cache.flush();
    cache.dispose();
    return { index, load, stats, log, settledAfterLoad, preloaded };
  }

  function cold(texts = files) {
    const index = new NoteIndex(core.recognizer);
    index.batch(() => [...texts].forEach(([uri, text]) => index.upsert({ uri, text })));
    return { deals: index.deals(), entities: byKey(index.entities()) };
  }

  /** A deal's places and facts, not its sentences (a snapshot's sources other than the first have none yet). */
  const places = (deals: readonly Deal[]) => deals.map((d) => ({ ...d, sources: d.sources.map(({ uri, start, end }) => ({ uri, start, end })) }));

  /** Entities in a fixed order: the index lists them in the order it first summarised them. */
  const byKey = (entities: EntitySummary[]) => [...entities].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  it('a warm start analyses no note and links nothing, and equals a cold scan', async () => {
    const storage = memoryStorage();
    const first = await open(storage);
    assert.equal(first.stats.analysed, notes.length);
    assert.ok(storage.files.has(LINKED_FILE));
    // Written in ASCII (other characters escaped), though the notes' sentences hold "’" and "é".
    assert.ok(storage.files.get(LINKED_FILE)!.every((byte) => byte < 0x80));
    assert.match(new TextDecoder().decode(storage.files.get(LINKED_FILE)), /\\u2019|\\u00e9/);
    const warm = await open(storage);
    assert.equal(warm.load.restored, notes.length);
    assert.equal(warm.load.linked, true, warm.log.join('\n'));
    assert.equal(warm.settledAfterLoad, true, 'nothing left to link or summarise after the load');
    assert.equal(warm.stats.analysed, 0);
    assert.deepEqual(warm.log, []);
    const expected = cold();
    assert.ok(expected.deals.length > 100 && expected.deals.some((d) => d.venture === 'Stargate'));
    // Before any note was restored, the views already had every deal and entity, as a cold scan gives them.
    assert.equal(warm.preloaded.shown, true);
    assert.equal(warm.preloaded.notes, 0);
    assert.equal(warm.preloaded.events, 1, 'the views hear of the snapshot at once');
    assert.deepEqual(places(warm.preloaded.deals), places(expected.deals));
    assert.deepEqual(warm.preloaded.deals.map((d) => d.sources[0]!.sentence), expected.deals.map((d) => d.sources[0]!.sentence));
    assert.deepEqual(warm.preloaded.entities, expected.entities);
    assert.deepEqual(warm.index.deals(), expected.deals);
    assert.deepEqual(byKey(warm.index.entities()), expected.entities);
  });

  it('after one note changed, only its sets of parties are linked again, and the result equals a cold scan', async () => {
    const storage = memoryStorage();
    await open(storage);
    const changed = new Map(files);
    changed.set('file:///w/notes/3.md', `${files.get('file:///w/notes/3.md')}\nOracle signed a $30 billion cloud contract with OpenAI.`);
    const warm = await open(storage, changed);
    assert.equal(warm.load.linked, true);
    assert.equal(warm.stats.analysed, 1);
    // The snapshot showed the deals as saved (the note's change is not known before its file is checked).
    assert.deepEqual(places(warm.preloaded.deals), places(cold().deals));
    const expected = cold(changed);
    assert.deepEqual(warm.index.deals(), expected.deals);
    assert.deepEqual(byKey(warm.index.entities()), expected.entities);
    // And the next start takes the new links from the cache.
    const again = await open(storage, changed);
    assert.equal(again.load.linked, true);
    assert.equal(again.stats.analysed, 0);
    assert.deepEqual(again.index.deals(), expected.deals);
  });

  // The last field: whether the file passes its own checks (then its snapshot is shown until the notes are back).
  for (const [what, damage, shown] of [
    ['cut short', (t: string) => t.slice(0, Math.floor(t.length / 2)), false],
    // A deal of one source, the first candidate of its set (stored as the count 1), made to name another.
    ['with a source that is not one of its candidates', (t: string) => t.replace(/\],1,(0|\{)/, '],[99999],$1'), true],
    // Places are packed counts in base 36 ("note,start,end,…", packedCounts.ts): the first start moved by one.
    ['with a source in another place than its candidate', (t: string) => t.replace(/,"([0-9a-z]+),([0-9a-z]+),/, (_m, n: string, a: string) => `,"${n},${(parseInt(a, 36) + 1).toString(36)},`), true],
    ['with a packed list of places cut short', (t: string) => t.replace(/,"([0-9a-z]+(?:,[0-9a-z]+)*),[0-9a-z]+","/, ',"$1","'), false],
    ['with a packed list of places holding another character', (t: string) => t.replace(/,"([0-9a-z]+),([0-9a-z]+),/, ',"$1,-$2,'), false],
    ['with a deal of an unknown kind', (t: string) => t.replace(/"partnership"/, '"gift"'), false],
    ['with an entity counted in a note it does not know', (t: string) => t.replace(/,"[0-9a-z,]*",\["[^"]+"\],("[^"]*"|0)\]\n/, `,"${(999999).toString(36)}",["X"],0]\n`), false],
    ['not JSON', () => '{"format":', false],
  ] as const) {
    it(`a linked deals file ${what} is ignored, and everything is linked again as a cold scan`, async () => {
      const storage = memoryStorage();
      await open(storage);
      const text = new TextDecoder().decode(storage.files.get(LINKED_FILE));
      const damaged = damage(text);
      assert.notEqual(damaged, text, 'the damage applies');
      storage.files.set(LINKED_FILE, new TextEncoder().encode(damaged));
      const warm = await open(storage);
      assert.equal(warm.load.restored, notes.length);
      assert.equal(warm.load.linked, false);
      assert.equal(warm.preloaded.shown, shown);
      assert.equal(warm.index.isPreloaded, false);
      assert.match(warm.log.join('\n'), /ignored linked\.json/);
      assert.equal(warm.stats.analysed, 0);
      const expected = cold();
      assert.deepEqual(warm.index.deals(), expected.deals);
      assert.deepEqual(byKey(warm.index.entities()), expected.entities);
      // Rewritten: the next start takes it.
      assert.equal((await open(storage)).load.linked, true);
    });
  }

  it("a snapshot's sources read their sentences from their notes once these are restored", async () => {
    const storage = memoryStorage();
    await open(storage);
    const index = new NoteIndex(core.recognizer);
    const updater = new SlicedUpdater(index, Number.POSITIVE_INFINITY);
    const cache = new IndexCache(storage, index, new Map(), { appendLine: () => undefined }, key);
    assert.equal(await cache.preload(updater), true);
    const deal = index.deals().find((d) => d.sources.length > 1)!;
    const expected = cold().deals.find((d) => d.id === deal.id)!;
    // Before: the first source's sentence is the file's evidence, the others are not known yet.
    assert.equal(deal.sources[0]!.sentence, expected.sources[0]!.sentence);
    assert.equal(deal.sources[1]!.sentence, '');
    await index.batchAsync(() => cache.load(updater));
    assert.deepEqual(deal.sources.map((s) => s.sentence), expected.sources.map((s) => s.sentence));
    // What a webview or an export receives is a plain source.
    assert.deepEqual(JSON.parse(JSON.stringify(deal.sources)), expected.sources);
    cache.dispose();
  });

  it('is not taken when the notes restored are not the ones it was made from (a shard lost)', async () => {
    const storage = memoryStorage();
    await open(storage);
    const shard = [...storage.files.keys()].find((n) => n.startsWith('notes-'))!;
    storage.files.delete(shard);
    const warm = await open(storage);
    assert.equal(warm.preloaded.shown, true);
    assert.equal(warm.load.linked, false);
    assert.ok(warm.load.restored < notes.length);
    assert.equal(warm.index.isPreloaded, false, 'the snapshot is dropped once the notes do not match it');
    const expected = cold();
    assert.deepEqual(warm.index.deals(), expected.deals);
    assert.deepEqual(byKey(warm.index.entities()), expected.entities);
  });

  it('is not written while a note holds unsaved edits (not in the shards), and an old one is removed', async () => {
    const storage = memoryStorage();
    const { index } = await open(storage);
    assert.ok(storage.files.has(LINKED_FILE));
    const stamps = new Map<string, Stamp>([...files].map(([uri, text]) => [uri, stampOf(text)]));
    const cache = new IndexCache(storage, index, stamps, { appendLine: () => undefined }, key);
    await cache.load(new SlicedUpdater(index, Number.POSITIVE_INFINITY));
    // An edit in an editor: no stamp (its text is not the file's).
    stamps.delete('file:///w/notes/5.md');
    index.upsert({ uri: 'file:///w/notes/5.md', text: 'Nvidia and Intel announced a partnership.' });
    await cache.flush();
    cache.dispose();
    assert.equal(storage.files.has(LINKED_FILE), false);
  });
});
