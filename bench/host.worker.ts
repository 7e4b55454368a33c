/**
 * One measurement of bench/host.bench.ts, in a process of its own (so its peak memory is its own):
 *   idle DIR                the same modules loaded, nothing done (the memory baseline)
 *   regex DIR               read every note and run one regex alternation of every alias (throughput baseline)
 *   scan DIR CACHE          the extension's pipeline: the persistent cache (CACHE), then the workspace scan
 *                           (bounded concurrent reads, 25 ms slices, 500 ms periods), with listeners that
 *                           query deals and entities as the open views do, throttled and settled in slices first
 *                           like them (features/throttle.ts); saves the cache
 *   reopen DIR CACHE        only the first part of a warm start: the snapshot (linked.json) shown, the first
 *                           view refresh with its deals, then what the Deals view computes for its rows
 *                           (order by value, each row's label, magnitude and tooltip facts); the shards are not read
 * Prints one JSON line.
 */
import { promises as fs } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import * as path from 'node:path';
import { createCore } from '../src/core/createCore';
import { NoteIndex } from '../src/core/index/noteIndex';
import { hostClock, SlicedUpdater } from '../src/core/index/slicedUpdater';
import { onIndexSettled } from '../src/features/throttle';
import { scanWorkspace } from '../src/core/index/workspaceScan';
import { IndexCache } from '../src/core/index/cacheStore';
import { cacheKey, type Stamp } from '../src/core/index/noteCache';
import { ENGINE_VERSION } from '../src/core/engine';
import { decodeNote } from '../src/core/text/decode';
import { builtinLexicon } from '../src/core/lexicon/builtin';
import { folderCacheStorage } from '../src/cli/cacheStorage';
import { orderDeals, sourcesByNote } from '../src/core/report/dealGrouping';
import { dealMagnitude, vagueMagnitude } from '../src/core/report/dealMagnitude';
import { sourceCount } from '../src/core/deals/lazySources';
import { dealLabel } from '../src/core/report/format';

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
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = new NoteIndex(() => core.recognizer, { lexicon: () => core.lexicon });
  const updater = new SlicedUpdater(index, 25, hostClock);
  const stamps = new Map<string, Stamp>();
  const cache = new IndexCache(folderCacheStorage(cacheDir!), index, stamps, { appendLine: (l) => console.error(l) }, () => cacheKey(process.env.BENCH_ENGINE ?? ENGINE_VERSION, core.userLexiconKey));
  // The views, refreshed as they are (features/throttle.ts): at most every 150 ms (or four times their last cost),
  // what is left to link settled in slices first, so the refresh itself (the step measured) only reads.
  let events = 0;
  let viewRefreshes = 0;
  let longestRefreshMs = 0;
  let firstDealsMs: number | undefined;
  index.onDidChange(() => events++);
  const views = onIndexSettled(index, () => {
    const s = performance.now();
    const deals = index.deals().length;
    index.entities();
    viewRefreshes++;
    longestRefreshMs = Math.max(longestRefreshMs, performance.now() - s);
    if (deals && firstDealsMs === undefined) firstDealsMs = performance.now() - t0;
  });
  const probe = blockProbe();
  if (mode === 'reopen') return reopenOnly(cache, updater, index, t0, cpu0, () => firstDealsMs, probe);
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
  views.dispose();
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

/**
 * The snapshot shown, its first view refresh, then the Deals view's rows made as the tree makes them (order by
 * value, each row's label with a vague amount when it has no value; tooltips are made when a row is hovered),
 * and one row expanded and hovered (the deal with the most sources: its sources by note, its evidence).
 */
async function reopenOnly(cache: IndexCache, updater: SlicedUpdater, index: NoteIndex, t0: number, cpu0: NodeJS.CpuUsage, firstDeals: () => number | undefined, probe: ReturnType<typeof blockProbe>): Promise<object> {
  const shown = await cache.preload(updater);
  const preloadMs = performance.now() - t0;
  if (!shown) throw new Error('no snapshot to show: run the scan mode on this cache first');
  while (firstDeals() === undefined) await new Promise((resolve) => setTimeout(resolve, 1));
  const firstDealsMs = firstDeals()!;
  const r0 = performance.now();
  const ordered = orderDeals(index.deals(), 'value', (deal) => dealMagnitude(deal, index));
  const rows = ordered.map((deal) => dealLabel(deal, deal.value ? undefined : vagueMagnitude(deal, index)?.text));
  const rowsMs = performance.now() - r0;
  const cpu = process.cpuUsage(cpu0);
  const e0 = performance.now();
  const widest = ordered.reduce((a, b) => (sourceCount(b) > sourceCount(a) ? b : a));
  const expanded = sourcesByNote(widest).length + widest.sources[0]!.sentence.length;
  const expandMs = performance.now() - e0;
  const { longestBlockMs, longestGcMs } = probe.stop();
  return {
    shown: shown ? 1 : 0, deals: index.deals().length, entities: index.entities().length, rows: rows.length, preloadMs, firstDealsMs, rowsMs,
    treeFilledMs: firstDealsMs + rowsMs, treeFilledCpuMs: (cpu.user + cpu.system) / 1000, widestSources: widest.sources.length, expanded, expandMs, longestBlockMs, longestGcMs, heapMB: heapMB(),
  };
}

main().then((r) => console.log(JSON.stringify(r)), (e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
