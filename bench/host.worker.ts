/**
 * One measurement of bench/host.bench.ts, in a process of its own (so its peak memory is its own):
 *   idle DIR                the same modules loaded, nothing done (the memory baseline)
 *   regex DIR               read every note and run one regex alternation of every alias (throughput baseline)
 *   scan DIR CACHE          the extension's pipeline: the persistent cache (CACHE), then the workspace scan
 *                           (bounded concurrent reads, 25 ms slices, 500 ms periods), with listeners that
 *                           query deals and entities as the open views do, throttled and settled in slices first
 *                           like them (features/throttle.ts); saves the cache
 * Prints one JSON line.
 */
import { promises as fs } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import * as path from 'node:path';
import { createCore } from '../src/core/createCore';
import { NoteIndex } from '../src/core/index/noteIndex';
import { hostClock, SLICE_MS, SlicedUpdater } from '../src/core/index/slicedUpdater';
import { runInSlices } from '../src/core/steps';
import { scanWorkspace } from '../src/core/index/workspaceScan';
import { IndexCache } from '../src/core/index/cacheStore';
import { cacheKey, type Stamp } from '../src/core/index/noteCache';
import { ENGINE_VERSION } from '../src/core/engine';
import { decodeNote } from '../src/core/text/decode';
import { builtinLexicon } from '../src/core/lexicon/builtin';
import { folderCacheStorage } from '../src/cli/cacheStorage';

const [mode, dir, cacheDir] = process.argv.slice(2) as [string, string, string | undefined];

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

async function listNotes(): Promise<string[]> {
  return (await fs.readdir(dir)).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(dir, f));
}

/**
 * The longest time the event loop was blocked, sampled every 5 ms, and the longest garbage collection pause
 * meanwhile (a block that long may be the collector's, not the code's).
 */
function blockProbe(): { stop(): { longestBlockMs: number; longestGcMs: number } } {
  let last = performance.now();
  let longest = 0;
  let longestGc = 0;
  const gcs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longestGc = Math.max(longestGc, e.duration);
  });
  gcs.observe({ entryTypes: ['gc'] });
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - 5);
    last = now;
  }, 5);
  return { stop: () => (clearInterval(timer), gcs.disconnect(), { longestBlockMs: longest, longestGcMs: longestGc }) };
}

async function main(): Promise<object> {
  if (mode === 'idle') return { heapMB: heapMB() };
  if (mode === 'regex') {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const aliases = builtinLexicon().entities.flatMap((e) => [e.name, ...e.aliases]).sort((a, b) => b.length - a.length);
    const re = new RegExp(`\\b(?:${aliases.map(escape).join('|')})\\b`, 'g');
    const t0 = performance.now();
    const files = await listNotes();
    let found = 0;
    for (const f of files) found += (await fs.readFile(f, 'utf8')).match(re)?.length ?? 0;
    return { ms: performance.now() - t0, notes: files.length, found };
  }
  // The extension's pipeline, as WorkspaceNotes runs it.
  const core = createCore();
  const t0 = performance.now();
  const index = new NoteIndex(() => core.recognizer);
  const updater = new SlicedUpdater(index, 25, hostClock);
  const stamps = new Map<string, Stamp>();
  const cache = new IndexCache(folderCacheStorage(cacheDir!), index, stamps, { appendLine: (l) => console.error(l) }, () => cacheKey(process.env.BENCH_ENGINE ?? ENGINE_VERSION, core.userLexiconKey));
  // The views: refreshed at most every 150 ms (or four times their last cost), like features/throttle.ts.
  let events = 0;
  let viewRefreshes = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCost = 0;
  let longestRefreshMs = 0;
  let firstDealsMs: number | undefined;
  // As there, what is left to link is settled in slices first; the refresh itself (the step measured) only reads.
  index.onDidChange(() => {
    events++;
    timer ??= setTimeout(async () => {
      await runInSlices(index.settleSteps(), hostClock.pause, SLICE_MS);
      timer = undefined;
      const s = performance.now();
      const deals = index.deals().length;
      index.entities();
      viewRefreshes++;
      lastCost = performance.now() - s;
      longestRefreshMs = Math.max(longestRefreshMs, lastCost);
      if (deals && firstDealsMs === undefined) firstDealsMs = performance.now() - t0;
    }, Math.max(150, lastCost * 4));
  });
  const probe = blockProbe();
  const files = await listNotes();
  // As WorkspaceNotes does: the snapshot shown at once, then the notes restored and linked before the views hear of it.
  await cache.preload(updater);
  const preloadMs = performance.now() - t0;
  const load = await index.batchAsync(async () => {
    const loaded = await cache.load(updater);
    if (loaded.restored) await updater.settle();
    return loaded;
  });
  const restoredMs = performance.now() - t0;
  const stats = await scanWorkspace(index, updater, stamps, files, {
    stat: async (f) => {
      const s = await fs.stat(f);
      return { mtime: s.mtimeMs, size: s.size };
    },
    read: async (f) => {
      const s = await fs.stat(f);
      const decoded = decodeNote(await fs.readFile(f));
      return decoded.ok ? { doc: { uri: f, text: decoded.text }, stamp: { mtime: s.mtimeMs, size: s.size } } : undefined;
    },
  });
  const deals = index.deals().length;
  const ms = performance.now() - t0;
  const { longestBlockMs, longestGcMs } = probe.stop();
  clearTimeout(timer);
  const heap = heapMB();
  const s0 = performance.now();
  await cache.flush();
  const saveMs = performance.now() - s0;
  cache.dispose();
  return {
    ms, notes: files.length, deals, preloadMs, restored: load.restored, linked: load.linked ? 1 : 0, restoredMs, firstDealsMs, analysed: stats.analysed, unchanged: stats.unchanged,
    events, viewRefreshes, longestRefreshMs, longestBlockMs, longestGcMs, heapMB: heap, saveMs, ignored: load.ignored.length,
  };
}

main().then((r) => console.log(JSON.stringify(r)), (e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
