import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { SlicedUpdater } from '../../src/core/index/slicedUpdater';
import { IndexCache, type CacheStorage } from '../../src/core/index/cacheStore';
import type { Stamp } from '../../src/core/index/noteCache';
import { memoryStorage } from './memoryCacheStorage';

describe('persistent index cache store', () => {
  const core = createCore();
  const key = () => 'engine|lexicon';

  async function filled(storage: CacheStorage, log: string[] = []) {
    const index = new NoteIndex(core.recognizer);
    const stamps = new Map<string, Stamp>();
    index.batch(() => {
      for (const [uri, text] of [['file:///w/a.md', 'Nvidia will invest up to $100 billion in OpenAI.'], ['file:///elsewhere/b.md', 'AMD and OpenAI announced a partnership.']] as const) {
        index.upsert({ uri, text });
        stamps.set(uri, { mtime: 1, size: text.length });
      }
    });
    const cache = new IndexCache(storage, index, stamps, { appendLine: (l) => log.push(l) }, key);
    await cache.flush();
    cache.dispose();
    return index;
  }

  it('restores only the notes the host accepts (inside the workspace folders)', async () => {
    const storage = memoryStorage();
    await filled(storage);
    assert.ok(storage.files.size > 0);
    const index = new NoteIndex(core.recognizer);
    const cache = new IndexCache(storage, index, new Map(), { appendLine: () => undefined }, key);
    const load = await cache.load(new SlicedUpdater(index), (uri) => uri.startsWith('file:///w/'));
    assert.equal(load.restored, 1);
    assert.deepEqual(index.notes().map((n) => n.uri), ['file:///w/a.md']);
    cache.dispose();
  });

  it('a storage that cannot be written is said once, and the cache goes on without writing', async () => {
    const log: string[] = [];
    const storage = memoryStorage(new Map(), true);
    const index = await filled(storage, log);
    assert.equal(log.length, 1);
    assert.match(log[0]!, /cannot write to memory: \(read-only file system\); going on without a cache/);
    const cache = new IndexCache(storage, index, new Map(), { appendLine: (l) => log.push(l) }, key);
    await cache.flush();
    assert.equal(log.length, 2, 'a new store says it once too');
    assert.equal(cache.enabled, false);
    await cache.flush();
    assert.equal(log.length, 2);
    cache.dispose();
  });
});
