/**
 * The extension's side of the workspace index: finds the notes (include/exclude settings, files.exclude,
 * search.exclude), reads them with workspace.fs so it runs as a web extension too, and keeps the core's
 * NoteIndex current on edits (debounced), saves, creates, deletes and renames. The first fill comes from the
 * persistent cache (indexCache.ts) for every unchanged note; the scan itself is core/index/workspaceScan.ts
 * (bounded concurrent reads, slices of ~25 ms, views refreshed at most every 500 ms), with its counts in the
 * window's progress.
 */
import * as vscode from 'vscode';
import type { Core } from '../core/createCore';
import { NoteIndex } from '../core/index/noteIndex';
import type { NoteDocument } from '../core/types';
import { decodeNote } from '../core/text/decode';
import { SlicedUpdater } from '../core/index/slicedUpdater';
import { scanWorkspace, type ScanRead, type ScanStats } from '../core/index/workspaceScan';
import { cacheKey, type Stamp } from '../core/index/noteCache';
import { ENGINE_VERSION } from '../core/engine';
import { IndexCache } from '../core/index/cacheStore';
import { workspaceCacheStorage } from './cacheStorage';
import { debounceMs, excludeGlob, fileSettings, globOf } from './settings';
import { fileCount } from './counts';

/** What the last full scan did (the integration tests read it: a warm start analyses nothing unchanged). */
export interface ScanReport extends ScanStats {
  /** Notes taken back from the persistent cache before the scan. */
  restored: number;
  /** Cache files that were not used, with the reason. */
  ignoredCacheFiles: string[];
  /** The saved deals and entities were shown before any note was restored (the snapshot in linked.json). */
  preloaded: boolean;
}

export interface SkippedFile {
  uri: string;
  reason: string;
}

export class WorkspaceNotes implements vscode.Disposable {
  readonly index: NoteIndex;
  readonly skipped = new Map<string, string>();
  /** The last thing said in the output about each file: said again only when it changes (not at every read). */
  private readonly said = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Reads, edits and deletions of each note so far: a read that a newer one of these overtook is dropped. */
  private readonly generations = new Map<string, number>();
  private readonly output: vscode.OutputChannel;
  private scanning: Promise<void> = Promise.resolve();
  private started = false;
  private readonly firstScan: Promise<void>;
  private startFirstScan!: () => void;
  private readonly updater: SlicedUpdater;
  private watcher: vscode.Disposable | undefined;
  private readonly scanned = new vscode.EventEmitter<void>();
  /** Fires after every full scan. */
  readonly onDidScan = this.scanned.event;
  /** The file version each indexed note was read from (none for unsaved edits). */
  private readonly stamps = new Map<string, Stamp>();
  readonly cache: IndexCache;
  private restoreFromCache = true;
  /** What the last full scan did. */
  lastScan: ScanReport | undefined;

  /** `storage`: the workspace storage folder for the persistent cache (none: no cache). */
  constructor(private readonly core: Core, output: vscode.OutputChannel, storage?: vscode.Uri) {
    this.output = output;
    this.index = new NoteIndex(() => core.recognizer, { lexicon: () => core.lexicon });
    this.updater = new SlicedUpdater(this.index);
    this.firstScan = new Promise<void>((resolve) => (this.startFirstScan = resolve)).then(() => this.scanning);
    this.cache = new IndexCache(storage && workspaceCacheStorage(vscode.Uri.joinPath(storage, 'index-cache')), this.index, this.stamps, output,
      () => cacheKey(ENGINE_VERSION, core.userLexiconKey), () => this.scanning);
    this.disposables.push(
      { dispose: () => this.cache.dispose() },
      this.scanned,
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleDocument(e.document)),
      vscode.workspace.onDidSaveTextDocument((d) => this.updateFromDocument(d)),
      vscode.workspace.onDidOpenTextDocument((d) => this.updateFromDocument(d)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // Unsaved edits are gone: the file on disk is the truth again.
        if (this.isNote(d.uri)) void this.readOne(d.uri);
      }),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) {
          this.overtakeReads(f.oldUri.toString());
          this.index.removeUnder(f.oldUri.toString());
          if (this.isNote(f.newUri)) void this.readOne(f.newUri);
          else void this.scan();
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('dealNotes.files.include')) this.watch();
        if (e.affectsConfiguration('dealNotes.files') || e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) void this.scan();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.scan()),
    );
    this.watch();
  }

  /** Resolves when the current scan is done (before the first one starts: when it is done). */
  get ready(): Promise<void> {
    return this.started ? this.scanning : this.firstScan;
  }

  /**
   * The first fill, once `before` (the user's lexicon) is settled: unchanged notes from the persistent cache,
   * then a scan for what changed. Called after `activate` returned.
   */
  start(before: Promise<unknown> = Promise.resolve()): Promise<void> {
    void before.then(undefined, () => undefined).then(() => {
      void this.scan();
      this.startFirstScan();
    });
    return this.firstScan;
  }

  /** Scans the whole workspace again; concurrent calls share one scan. `reread` reads even unchanged files. */
  scan(options: { reread?: boolean } = {}): Promise<void> {
    this.started = true;
    const run = this.scanning.then(() => {
      if (options.reread) this.stamps.clear();
      return this.scanAll();
    });
    this.scanning = run.catch((e: unknown) => this.output.appendLine(`Scan failed: ${String(e)}`));
    return this.scanning;
  }

  /**
   * Forgets the index and fills it again as a new window would: from the persistent cache, then a scan of
   * what changed (the integration tests use it for a warm start without reloading the window).
   */
  async reopen(): Promise<ScanReport | undefined> {
    await this.scanning;
    await this.cache.flush();
    this.cache.reset();
    this.index.batch(() => {
      for (const n of this.index.notes()) this.index.remove(n.uri);
    });
    this.stamps.clear();
    this.restoreFromCache = true;
    await this.scan();
    return this.lastScan;
  }

  /** The user's lexicon changed: analyse every note again with the new recogniser. */
  async relearn(): Promise<void> {
    await this.scanning;
    const uris = this.index.replaceRecognizer(this.core.recognizer);
    await this.index.batchAsync(async () => {
      for (const uri of uris) {
        const text = this.index.get(uri)?.text;
        // Every note was analysed with the old recogniser: the same text is analysed again.
        if (text !== undefined) await this.apply({ uri, text });
      }
      await this.updater.settle();
    });
  }

  isNote(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return false;
    const { include, exclude } = fileSettings();
    const rel = vscode.workspace.asRelativePath(uri, false);
    if (rel.split('/').some((seg) => seg === 'node_modules' || (seg.startsWith('.') && seg.length > 1))) return false;
    const doc = { uri, languageId: '' } as unknown as vscode.TextDocument;
    const matches = (globs: readonly string[]) => globs.some((g) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, g) }, doc) > 0);
    return matches(include) && !matches(exclude);
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    for (const d of this.disposables) d.dispose();
    this.index.dispose();
  }

  /** Watches the files the include setting names; called again when the setting changes. */
  private watch(): void {
    this.watcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(globOf(fileSettings().include) ?? '**/*.md');
    this.watcher = vscode.Disposable.from(
      watcher,
      watcher.onDidCreate((u) => void this.readOne(u)),
      watcher.onDidChange((u) => {
        if (!this.openDocument(u)?.isDirty) void this.readOne(u);
      }),
      watcher.onDidDelete((u) => {
        this.overtakeReads(u.toString());
        this.index.removeUnder(u.toString());
        for (const key of [...this.stamps.keys()]) if (key === u.toString() || key.startsWith(`${u.toString()}/`)) this.stamps.delete(key);
        this.skipped.delete(u.toString());
        this.said.delete(u.toString());
      }),
    );
  }

  private async scanAll(): Promise<void> {
    const { include, exclude } = fileSettings();
    const includeGlob = globOf(include);
    if (!includeGlob || !vscode.workspace.workspaceFolders?.length) return;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Deal Notes: reading notes') },
      async (progress) => {
        const found = vscode.workspace.findFiles(includeGlob, excludeGlob(exclude));
        // Unchanged notes first, from the cache, while the files are listed: the views fill at once.
        let restored = 0;
        let ignoredCacheFiles: string[] = [];
        let preloaded = false;
        if (this.restoreFromCache) {
          this.restoreFromCache = false;
          // The deals and entities as last saved, shown at once; then the notes, in the background.
          preloaded = await this.cache.preload(this.updater);
          // Linked before the views hear of it: they then query settled deals.
          const load = await this.index.batchAsync(async () => {
            const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.toString().replace(/\/?$/, '/'));
            const loaded = await this.cache.load(this.updater, (uri) => folders.some((f) => uri.startsWith(f)));
            if (loaded.restored) await this.updater.settle();
            return loaded;
          });
          restored = load.restored;
          ignoredCacheFiles = load.ignored;
        }
        const uris = (await found).filter((u) => this.isNote(u));
        const byKey = new Map(uris.map((u) => [u.toString(), u]));
        const stats = await scanWorkspace(this.index, this.updater, this.stamps, [...byKey.keys()], {
          stat: (key) => this.stat(byKey.get(key)!),
          read: (key) => this.readLatest(byKey.get(key)!),
          progress: (done, total) => progress.report({ message: `${done}/${total}` }),
        });
        this.lastScan = { ...stats, restored, ignoredCacheFiles, preloaded };
        if (this.skipped.size) this.reportSkipped();
      },
    );
    this.cache.scheduleSave();
    this.scanned.fire();
  }

  /** The version of a note's file; none for a document with unsaved edits (its text is not the file's). */
  private async stat(uri: vscode.Uri): Promise<Stamp | undefined> {
    if (this.openDocument(uri)?.isDirty) return undefined;
    try {
      const s = await vscode.workspace.fs.stat(uri);
      return { mtime: s.mtime, size: s.size };
    } catch {
      return undefined;
    }
  }

  /**
   * Reads a note, with a `current()` that turns false once a newer read, an edit, a deletion or a rename of
   * it begins (the note changed while it was read): the newer change then decides what the index holds.
   */
  private async readLatest(uri: vscode.Uri): Promise<ScanRead | undefined> {
    const key = uri.toString();
    const generation = this.overtake(key);
    const read = await this.read(uri);
    const current = () => this.generations.get(key) === generation;
    return read && current() ? { ...read, current } : undefined;
  }

  /** A change of the note `key` begins: reads of it in flight are overtaken. Returns the change's generation. */
  private overtake(key: string): number {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    return generation;
  }

  /** A note (or a folder of notes) deleted or renamed away: its reads in flight, and their updates not begun, are dropped. */
  private overtakeReads(prefix: string): void {
    const folder = `${prefix.replace(/\/$/, '')}/`;
    for (const key of [...this.generations.keys()]) if (key === prefix || key.startsWith(folder)) this.overtake(key);
  }

  private async read(uri: vscode.Uri): Promise<{ doc: NoteDocument; stamp?: Stamp } | undefined> {
    const open = this.openDocument(uri);
    if (open) {
      const doc = { uri: uri.toString(), text: open.getText(), version: open.version };
      const stamp = open.isDirty ? undefined : await this.stat(uri);
      return stamp ? { doc, stamp } : { doc };
    }
    try {
      const { maxFileSizeKB } = fileSettings();
      for (let attempt = 1; ; attempt++) {
        const stat = await vscode.workspace.fs.stat(uri);
        // A FIFO, socket or device would block or never end; a folder named like a note is not one.
        if (stat.type & vscode.FileType.Directory) return this.skip(uri, 'a folder, not a file');
        if (!(stat.type & vscode.FileType.File)) return this.skip(uri, 'not a regular file (a pipe, socket or device)');
        if (stat.size > maxFileSizeKB * 1024) return this.skip(uri, `too large (${Math.round(stat.size / 1024)} KB, limit ${maxFileSizeKB} KB: dealNotes.files.maxFileSizeKB)`);
        const bytes = await vscode.workspace.fs.readFile(uri);
        // Written to while it was read (the bytes are not the version stat saw): read again, a few times at most;
        // after that the text is kept without a stamp, so the next scan reads it again (and the watcher will).
        const after = await vscode.workspace.fs.stat(uri);
        const torn = bytes.length !== stat.size || after.mtime !== stat.mtime || after.size !== stat.size;
        if (torn && attempt < 3) continue;
        const decoded = decodeNote(bytes, maxFileSizeKB * 1024);
        if (!decoded.ok) return this.skip(uri, decoded.reason);
        this.skipped.delete(uri.toString());
        const rel = vscode.workspace.asRelativePath(uri);
        if (torn) this.say(uri, `${rel} kept changing while it was read: it is read again at its next change.`);
        else if (decoded.encoding === 'windows-1252') this.say(uri, `Read ${rel} as Windows-1252: it is not valid UTF-8.`);
        else this.said.delete(uri.toString());
        const doc = { uri: uri.toString(), text: decoded.text };
        return torn ? { doc } : { doc, stamp: { mtime: stat.mtime, size: stat.size } };
      }
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') {
        // Deleted or renamed during the scan (or a broken link): nothing to read, nothing to keep.
        this.skipped.delete(uri.toString());
        this.index.remove(uri.toString());
        this.stamps.delete(uri.toString());
        this.say(uri, `Gone before it could be read: ${vscode.workspace.asRelativePath(uri)} (deleted, renamed, or a broken link).`);
        return undefined;
      }
      return this.skip(uri, `cannot read: ${(e as Error).message}`);
    }
  }

  private skip(uri: vscode.Uri, reason: string): undefined {
    this.skipped.set(uri.toString(), reason);
    this.index.remove(uri.toString());
    this.stamps.delete(uri.toString());
    this.say(uri, `Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
    return undefined;
  }

  /** A line in the output about `uri`, unless it is what was last said about it. */
  private say(uri: vscode.Uri, line: string): void {
    if (this.said.get(uri.toString()) === line) return;
    this.said.set(uri.toString(), line);
    this.output.appendLine(line);
  }

  private reportSkipped(): void {
    const n = this.skipped.size;
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Deal Notes skipped {0} it could not read as notes.', fileCount(n)), vscode.l10n.t('Show Details'))
      .then((choice) => {
        if (choice) this.output.show(true);
      });
  }

  private apply(doc: NoteDocument): Promise<void> {
    return this.updater.apply(doc);
  }

  private async readOne(uri: vscode.Uri): Promise<void> {
    if (!this.isNote(uri)) return;
    const read = await this.readLatest(uri);
    if (read?.current) {
      const current = read.current;
      await this.updater.apply(read.doc, current);
      if (!current()) return;
      if (read.stamp) this.stamps.set(read.doc.uri, read.stamp);
      else this.stamps.delete(read.doc.uri);
      await this.updater.settle();
    }
  }

  private openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
    const key = uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  private scheduleDocument(doc: vscode.TextDocument): void {
    if (!this.isNote(doc.uri)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.updateFromDocument(doc);
    }, debounceMs()));
  }

  private updateFromDocument(doc: vscode.TextDocument): void {
    if (doc.isClosed || !this.isNote(doc.uri)) return;
    // Its text may differ from the file's now: the cache keeps it only once the file is read again.
    if (doc.isDirty) this.stamps.delete(doc.uri.toString());
    // The editor's text is newer than any read of the file still in flight.
    this.overtake(doc.uri.toString());
    void this.apply({ uri: doc.uri.toString(), text: doc.getText(), version: doc.version }).then(() => this.updater.settle());
  }
}
