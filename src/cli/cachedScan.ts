/**
 * `scan --cache DIR`: the CLI's scan through the persistent index cache the extension uses (core/index/
 * cacheStore.ts, in a folder on disk): notes whose file did not change since the last run with the same cache
 * are not analysed again. The cache is keyed by the engine, the user lexicon and the folder scanned.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Core } from '../core/createCore';
import type { ScanResult } from '../core/scan';
import { NoteIndex } from '../core/index/noteIndex';
import { SlicedUpdater } from '../core/index/slicedUpdater';
import { IndexCache } from '../core/index/cacheStore';
import { cacheKey, type Stamp } from '../core/index/noteCache';
import { scanWorkspace, type ScanStats } from '../core/index/workspaceScan';
import { ENGINE_VERSION } from '../core/engine';
import { folderCacheStorage } from './cacheStorage';
import type { ReadNote } from './files';

export async function scanWithCache(core: Core, notes: readonly ReadNote[], folder: string, cacheDir: string): Promise<ScanResult & { stats: ScanStats }> {
  const index = new NoteIndex(core.recognizer);
  const stamps = new Map<string, Stamp>();
  // Nothing else to serve in a terminal: no pause between slices.
  const updater = new SlicedUpdater(index, Number.POSITIVE_INFINITY);
  const key = cacheKey(ENGINE_VERSION, `${core.userLexiconKey}\n${path.resolve(folder)}`);
  const cache = new IndexCache(folderCacheStorage(cacheDir), index, stamps, { appendLine: (line) => console.error(`deal-notes: ${line}`) }, () => key);
  await cache.load(updater);
  const byPath = new Map(notes.map((n) => [n.path, n]));
  const stat = async (p: string): Promise<Stamp> => {
    const s = await fs.stat(path.join(folder, p));
    return { mtime: s.mtimeMs, size: s.size };
  };
  const stats = await scanWorkspace(index, updater, stamps, notes.map((n) => n.path), {
    stat,
    read: async (p) => ({ doc: { uri: p, text: byPath.get(p)!.text }, stamp: await stat(p) }),
  });
  await cache.flush();
  cache.dispose();
  const result = { notes: notes.map((n) => index.get(n.path)!).filter(Boolean), deals: index.deals(), stats };
  index.dispose();
  return result;
}
