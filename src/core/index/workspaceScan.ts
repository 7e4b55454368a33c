/**
 * The first fill of the index (and every full rescan), the same in the extension host, the benchmarks and the
 * tests: the host gives ports to read notes; this reads ahead with bounded concurrency, analyses in slices of
 * about 25 ms with a pause between them (SlicedUpdater), skips notes whose file did not change since the index
 * (or the persistent cache) last saw it, and re-links deals and fires one index change at most every
 * `settleEveryMs`, so views refresh at a bounded rate however many notes there are, then once at the end.
 */
import type { NoteDocument } from '../types';
import type { NoteIndex } from './noteIndex';
import type { SlicedUpdater } from './slicedUpdater';
import { sameStamp, type Stamp } from './noteCache';

export interface ScanPorts {
  /** The file's version, or undefined when it cannot be known (an unsaved document, a failed stat). */
  stat(uri: string): Promise<Stamp | undefined>;
  /**
   * Reads a note: its text, the version read, and whether that read is still the latest (a newer read, a
   * deletion or a rename of the note overtakes it); undefined when it was skipped (the port says why).
   */
  read(uri: string): Promise<ScanRead | undefined>;
  /** Counts for a progress display, after each batch. */
  progress?(done: number, total: number): void;
  /** Stops the scan early (the window closes, another scan starts). */
  cancelled?(): boolean;
}

export interface ScanRead {
  doc: NoteDocument;
  stamp?: Stamp;
  /** False once the read is overtaken: its text is then not applied (the newer change decides). */
  current?: () => boolean;
}

export interface ScanOptions {
  /** Files read at the same time. */
  concurrency?: number;
  /** Deals re-linked and one change event fired at most this often during the scan. */
  settleEveryMs?: number;
}

export interface ScanStats {
  notes: number;
  /** Notes analysed (new or changed). */
  analysed: number;
  /** Notes whose file had not changed: kept as they were. */
  unchanged: number;
  skipped: number;
  cancelled: boolean;
}

const CONCURRENCY = 16;
const SETTLE_EVERY_MS = 500;

/**
 * Brings the index up to date with `uris` (the notes of the workspace, already filtered). `stamps` holds the
 * file version each indexed note was read from, and is kept up to date.
 */
export async function scanWorkspace(
  index: NoteIndex, updater: SlicedUpdater, stamps: Map<string, Stamp>, uris: readonly string[], ports: ScanPorts,
  options: ScanOptions = {}, now: () => number = Date.now,
): Promise<ScanStats> {
  const settleEveryMs = options.settleEveryMs ?? SETTLE_EVERY_MS;
  const stats: ScanStats = { notes: uris.length, analysed: 0, unchanged: 0, skipped: 0, cancelled: false };
  const known = new Set(uris);
  index.batch(() => {
    for (const n of index.notes()) {
      if (!known.has(n.uri)) {
        index.remove(n.uri);
        stamps.delete(n.uri);
      }
    }
  });
  const analysedBefore = updater.analysed;
  const load = async (uri: string): Promise<ScanRead | 'unchanged' | undefined> => {
    try {
      const had = stamps.get(uri);
      if (had && index.entry(uri)) {
        if (sameStamp(await ports.stat(uri), had)) return 'unchanged';
      }
      return await ports.read(uri);
    } catch {
      return undefined;
    }
  };
  let done = 0;
  const results = readAhead(uris, options.concurrency ?? CONCURRENCY, load);
  let next = await results.next();
  while (!next.done) {
    if (ports.cancelled?.()) {
      stats.cancelled = true;
      break;
    }
    // One change event per period: the views and the status bar refresh at most this often.
    await index.batchAsync(async () => {
      const periodStart = now();
      while (!next.done && now() - periodStart < settleEveryMs) {
        const [uri, result] = next.value;
        if (result === 'unchanged') stats.unchanged++;
        else if (!result) stats.skipped++;
        else {
          const current = result.current ?? (() => true);
          await updater.apply(result.doc, current);
          // An overtaken read leaves the stamp to the change that overtook it.
          if (current()) {
            if (result.stamp) stamps.set(uri, result.stamp);
            else stamps.delete(uri);
          }
        }
        done++;
        await updater.tick();
        next = await results.next();
      }
      await updater.settle();
    });
    ports.progress?.(done, uris.length);
  }
  if (stats.cancelled) await results.return(undefined);
  stats.analysed = updater.analysed - analysedBefore;
  return stats;
}

/** `fn` over `items` with at most `limit` calls in flight, results in order. `fn` must not reject. */
export async function* readAhead<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): AsyncGenerator<[T, R], void, undefined> {
  const inflight: Promise<R>[] = [];
  let started = 0;
  const fill = () => {
    while (started < items.length && inflight.length < limit) inflight.push(fn(items[started++]!));
  };
  fill();
  for (let i = 0; i < items.length; i++) {
    const r = await inflight.shift()!;
    fill();
    yield [items[i]!, r];
  }
}
