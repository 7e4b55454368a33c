/**
 * The persistent index cache in a folder (the extension's workspace storage through workspace.fs, or a folder
 * on disk for the CLI and the benchmarks: the host gives a CacheStorage port). Shards of about 100 notes (`notes-<shards>-<i>.json`, format in
 * core/index/noteCache.ts): on reopening, unchanged notes come back from here and only changed ones are
 * analysed. Loaded a shard per slice; saved in the background, only the shards whose notes changed, a shard
 * per slice, each written to a temporary file then renamed over the old one. A corrupt, partial or foreign
 * file is ignored (and rewritten); a storage that cannot be written is reported once in the output channel
 * and the extension goes on without a cache.
 */
import type { NoteIndex } from './noteIndex';
import type { SlicedUpdater } from './slicedUpdater';
import { decodeShard, encodeShardSteps, MAX_SHARD_BYTES, sameStamp, shardCountFor, shardOf, type CachedNote, type Stamp } from './noteCache';
import { adoptLinkedSteps, decodeLinkedSteps, encodeLinkedSteps, LINKED_FILE, provisionalDealsSteps, type DecodedLinked, type LinkedNote } from './linkedCache';
import type { Steps } from '../steps';

/** The cache's folder, by file name. Every call may reject (missing folder, read-only or full storage). */
export interface CacheStorage {
  /** Where the cache is, for messages. */
  readonly location: string;
  list(): Promise<string[]>;
  size(name: string): Promise<number>;
  read(name: string): Promise<Uint8Array>;
  /** Writes `name` atomically: a temporary file, then a rename over the old one. */
  write(name: string, bytes: Uint8Array): Promise<void>;
  delete(name: string): Promise<void>;
}

export interface CacheLog {
  appendLine(line: string): void;
}

const SHARD_NAME = /^notes-(\d{1,5})-(\d{1,5})\.json$/;
/** A linked deals file larger than this is not read. */
const MAX_LINKED_BYTES = 4 * MAX_SHARD_BYTES;
/** Notes put in their shard's bucket between two pauses of a save. */
const NOTES_PER_PAUSE = 500;
/** Wait after the last change before saving. */
const SAVE_DELAY_MS = 2000;

export interface CacheLoad {
  restored: number;
  /** True when the deals and entity summaries came from the cache too (nothing was linked again). */
  linked: boolean;
  /** Files that were not used, with the reason. */
  ignored: string[];
}

export class IndexCache {
  private shards = 0;
  private readonly dirty = new Set<number>();
  private allDirty = true;
  private savedKey: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private broken = false;
  private readonly sub: { dispose(): void };
  /** The analysis the cache holds for each note (the same objects as the index's while they are current). */
  private readonly saved = new Map<string, object>();
  /** The linked deals file (linkedCache.ts) no longer matches the index: written at the next save. */
  private linkedDirty = true;
  /** The linked deals file as preload() read it (or why it was not used), for load() to adopt. */
  private preloadedLinked: DecodedLinked | string | undefined;
  /** Between preload() and the end of load(): the index's changes are the cache's own. */
  private loading = false;

  constructor(
    private readonly dir: CacheStorage | undefined,
    private readonly index: NoteIndex,
    private readonly stamps: Map<string, Stamp>,
    private readonly output: CacheLog,
    /** The current cache key (engine and user lexicon). */
    private readonly key: () => string,
    /** Resolves when no scan is running: saving waits for it. */
    private readonly idle: () => Promise<void> = () => Promise.resolve(),
  ) {
    this.sub = index.onDidChange((e) => {
      if (this.loading) return;
      // An event naming no note (new deal corrections, a new lexicon) changes no stored analysis: a new
      // lexicon changes the key, which rewrites everything anyway.
      // Notes restored from the cache (or saved since) are what it holds already.
      for (const uri of e.uris) {
        if (this.saved.get(uri) === index.get(uri)) continue;
        this.dirty.add(shardOf(uri, this.shards));
        this.linkedDirty = true;
      }
      if (this.allDirty || this.dirty.size || this.linkedDirty) this.scheduleSave();
    });
  }

  get enabled(): boolean {
    return !!this.dir && !this.broken;
  }

  /** Where the cache lives (for tests and messages), or undefined without storage. */
  get location(): string | undefined {
    return this.dir?.location;
  }

  /**
   * The first part of a warm start: reads the linked deals file and, when it is valid for this engine and
   * lexicon, shows its deals and entity summaries in the (empty) index at once (NoteIndex.preload), before any
   * shard is read. load() then restores the notes and adopts the deals made from them, or links them again
   * when they do not match. Returns true when the snapshot is shown.
   */
  async preload(updater: SlicedUpdater): Promise<boolean> {
    if (!this.dir || this.index.size) return false;
    let names: string[];
    try {
      names = await this.dir.list();
    } catch {
      return false; // no cache yet
    }
    if (!names.includes(LINKED_FILE)) return false;
    const linked = await this.readLinked(this.dir, this.key(), updater);
    this.preloadedLinked = linked;
    if (typeof linked !== 'object') return false;
    this.loading = true; // until load() has adopted or dropped it
    const deals = await this.run(provisionalDealsSteps(linked, (uri) => this.index.get(uri)?.text), updater);
    return this.index.preload(deals, linked.entities);
  }

  /**
   * Puts every valid cached note back into the index, a note per step. `accept` says which URIs may be notes
   * (inside the workspace's folders): a record naming anything else is not restored.
   */
  async load(updater: SlicedUpdater, accept: (uri: string) => boolean = () => true): Promise<CacheLoad> {
    this.loading = true;
    try {
      return await this.loadAll(updater, accept);
    } finally {
      this.loading = false;
      this.preloadedLinked = undefined;
      // A snapshot that was not adopted is not shown any longer: the deals are linked from the notes.
      this.index.dropPreloaded();
    }
  }

  private async loadAll(updater: SlicedUpdater, accept: (uri: string) => boolean): Promise<CacheLoad> {
    const result: CacheLoad = { restored: 0, linked: false, ignored: [] };
    if (!this.dir) return result;
    let names: string[];
    try {
      names = await this.dir.list();
    } catch {
      return result; // no cache yet
    }
    const files = names.filter((name) => SHARD_NAME.test(name));
    // The newest layout is the one with the most shards; files of other layouts are left for save() to delete.
    const counts = files.map((f) => Number(SHARD_NAME.exec(f)![1]));
    this.shards = counts.length ? Math.max(...counts) : 0;
    const key = this.key();
    // The linked deals first (a file that fails is ignored): they are only taken if they fit the notes restored.
    const linked = this.preloadedLinked ?? (names.includes(LINKED_FILE) ? await this.readLinked(this.dir, key, updater) : undefined);
    if (typeof linked === 'string') result.ignored.push(`${LINKED_FILE}: ${linked}`);
    const seen = new Set<number>();
    for (const name of files) {
      const [, count, i] = SHARD_NAME.exec(name)!;
      if (Number(count) !== this.shards) continue;
      const why = await this.restoreShard(this.dir, name, key, updater, result, accept);
      if (why) result.ignored.push(`${name}: ${why}`);
      else seen.add(Number(i));
      await updater.tick();
    }
    if (typeof linked === 'object') {
      result.linked = this.restoredExactly(linked.notes) && await this.run(adoptLinkedSteps(linked, this.index), updater);
      if (!result.linked) result.ignored.push(`${LINKED_FILE}: made from other notes than the ones restored`);
    }
    this.linkedDirty = !result.linked;
    // Shards that were missing or unusable are written again; the others are current.
    this.allDirty = false;
    for (let i = 0; i < this.shards; i++) if (!seen.has(i)) this.dirty.add(i);
    if (!this.shards) this.allDirty = true;
    this.savedKey = key;
    for (const line of result.ignored) this.output.appendLine(`Index cache: ignored ${line}; it will be rebuilt.`);
    return result;
  }

  private async readLinked(dir: CacheStorage, key: string, updater: SlicedUpdater): Promise<DecodedLinked | string> {
    try {
      const size = await dir.size(LINKED_FILE);
      if (size > MAX_LINKED_BYTES) return `too large (${size} bytes)`;
      const text = new TextDecoder('utf-8').decode(await dir.read(LINKED_FILE));
      await updater.tick();
      return await this.run(decodeLinkedSteps(text, key), updater);
    } catch (e) {
      return `cannot read (${(e as Error).message})`;
    }
  }

  /** True when the index holds exactly these notes, each restored from this cache with this stamp. */
  private restoredExactly(notes: readonly LinkedNote[]): boolean {
    return this.index.size === notes.length && notes.every((n) => {
      const analysis = this.index.get(n.uri);
      return !!analysis && this.saved.get(n.uri) === analysis && sameStamp(this.stamps.get(n.uri), n.stamp);
    });
  }

  /** Runs steps, pausing (updater.tick) between them. */
  private async run<T>(steps: Steps<T>, updater: SlicedUpdater): Promise<T> {
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      await updater.tick();
    }
  }

  private async restoreShard(dir: CacheStorage, name: string, key: string, updater: SlicedUpdater, result: CacheLoad, accept: (uri: string) => boolean): Promise<string | undefined> {
    try {
      const size = await dir.size(name);
      if (size > MAX_SHARD_BYTES) return `too large (${size} bytes)`;
      const bytes = await dir.read(name);
      const decoded = decodeShard(new TextDecoder('utf-8').decode(bytes), key);
      if (!decoded.ok) return decoded.reason;
      await updater.tick();
      for (const note of decoded.notes) {
        // A note the scan already read (or an edit) is newer than the cache.
        if (this.index.get(note.analysis.uri) || !accept(note.analysis.uri)) continue;
        const kept = this.index.restore(note.analysis, note.candidates);
        this.stamps.set(kept.uri, note.stamp);
        this.saved.set(kept.uri, kept);
        result.restored++;
        await updater.tick();
      }
      return decoded.dropped ? `${decoded.dropped} invalid record(s)` : undefined;
    } catch (e) {
      return `cannot read (${(e as Error).message})`;
    }
  }

  /** Saves soon, after the current scan. */
  scheduleSave(): void {
    if (!this.enabled) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  /** Writes the shards whose notes changed (once no scan runs), one per slice; resolves when written. */
  save(): Promise<void> {
    const run = this.saving.then(async () => {
      await this.idle();
      await this.write();
    });
    this.saving = run.catch((e: unknown) => this.fail(e));
    return this.saving;
  }

  /**
   * Forgets what it knows of the index (after a flush, before the index is emptied to be filled again from
   * the files): emptying the index then marks nothing to write, and load() starts afresh. A storage that could
   * not be written is tried again, as a new window would.
   */
  reset(): void {
    this.broken = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.saved.clear();
    this.dirty.clear();
    this.allDirty = false;
    this.linkedDirty = true;
  }

  /** Writes pending changes now (tests, the CLI, the benchmarks). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.save();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.sub.dispose();
  }

  private async write(): Promise<void> {
    const dir = this.dir;
    if (!dir || this.broken) return;
    const key = this.key();
    const notes = this.index.size;
    const wanted = shardCountFor(notes);
    // A new layout when the workspace grew or shrank a lot, or the engine or lexicon changed: everything.
    if (!this.shards || wanted > this.shards * 2 || wanted * 4 < this.shards || key !== this.savedKey) {
      this.shards = wanted;
      this.allDirty = true;
    }
    if (!this.allDirty && !this.dirty.size) return this.writeLinked(dir, key);
    const targets = this.allDirty ? new Set([...Array(this.shards).keys()]) : new Set(this.dirty);
    this.allDirty = false;
    this.dirty.clear();
    this.savedKey = key;
    const buckets = new Map<number, CachedNote[]>([...targets].map((i) => [i, []]));
    for (const uri of [...this.saved.keys()]) if (targets.has(shardOf(uri, this.shards))) this.saved.delete(uri);
    // In slices: a change of a note meanwhile marks its shard to be written again (the listener above).
    let n = 0;
    for (const { uri } of this.index.notes()) {
      if (++n % NOTES_PER_PAUSE === 0) await pause();
      const stamp = this.stamps.get(uri);
      const entry = stamp && this.index.entry(uri);
      if (!entry) continue; // unsaved edits, or read before stamps were known: analysed again next time
      const bucket = buckets.get(shardOf(uri, this.shards));
      if (!bucket) continue;
      bucket.push({ stamp, analysis: entry.analysis, candidates: [...entry.candidates] });
      this.saved.set(uri, entry.analysis);
    }
    for (const [i, list] of buckets) {
      let text: string | undefined;
      for (const steps = encodeShardSteps(key, list); ;) {
        const r = steps.next();
        if (r.done) {
          text = r.value;
          break;
        }
        await pause();
      }
      await dir.write(`notes-${this.shards}-${i}.json`, new TextEncoder().encode(text));
      await pause();
    }
    // Files of other layouts, and temporary files left by a crash.
    for (const name of await dir.list()) {
      const m = SHARD_NAME.exec(name);
      if ((m && Number(m[1]) !== this.shards) || name.endsWith('.tmp')) await dir.delete(name).then(undefined, () => undefined);
    }
    await this.writeLinked(dir, key);
  }

  /**
   * Writes the linked deals and entity summaries once every note of the index is saved in the shards and
   * settled (linking what is left first, a step per pause); deletes the old file when they cannot be written,
   * so that it is never taken for notes it was not made from. Gives up if the index changes meanwhile (that
   * change schedules another save).
   */
  private async writeLinked(dir: CacheStorage, key: string): Promise<void> {
    if (!this.linkedDirty) return;
    let changed = false;
    const sub = this.index.onDidChange(() => (changed = true));
    try {
      for (const steps = this.index.settleSteps(); !steps.next().done;) await pause();
      const notes: LinkedNote[] = [];
      for (const analysis of this.index.notes()) {
        const stamp = this.stamps.get(analysis.uri);
        if (!stamp || this.saved.get(analysis.uri) !== analysis) {
          // A note with unsaved edits, or one the shards do not hold yet: no linked deals to keep.
          await dir.delete(LINKED_FILE).then(undefined, () => undefined);
          return;
        }
        notes.push({ uri: analysis.uri, stamp });
      }
      notes.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
      let text: string | undefined;
      for (const steps = encodeLinkedSteps(key, notes, this.index); ;) {
        if (changed || !this.index.settled) return;
        const r = steps.next();
        if (r.done) {
          text = r.value;
          break;
        }
        await pause();
      }
      if (text === undefined) await dir.delete(LINKED_FILE).then(undefined, () => undefined);
      else await dir.write(LINKED_FILE, new TextEncoder().encode(text));
      if (!changed) this.linkedDirty = false;
    } finally {
      sub.dispose();
    }
  }

  private fail(e: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.output.appendLine(`Index cache: cannot write to ${this.dir?.location} (${(e as Error)?.message ?? String(e)}); going on without a cache.`);
  }
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
