/**
 * The extension's side of the workspace index: finds the notes (include/exclude settings, files.exclude,
 * search.exclude), reads them with workspace.fs so it runs as a web extension too, and keeps the core's
 * NoteIndex current on edits (debounced), saves, creates, deletes and renames. Long scans show progress
 * and yield to the extension host between small batches.
 */
import * as vscode from 'vscode';
import type { Core } from '../core/createCore';
import { NoteIndex } from '../core/index/noteIndex';
import type { NoteDocument } from '../core/types';
import type { Steps } from '../core/steps';
import { decodeNote } from '../core/text/decode';
import { debounceMs, excludeGlob, fileSettings, globOf } from './settings';
import { fileCount } from './counts';

/** Work done between two yields to the extension host, in milliseconds. */
const SLICE_MS = 25;
const READ_CONCURRENCY = 8;
/** During a long scan, deals are re-linked (in slices) at most this often, so the views fill in as it goes. */
const SETTLE_DURING_SCAN_MS = 1000;

export interface SkippedFile {
  uri: string;
  reason: string;
}

export class WorkspaceNotes implements vscode.Disposable {
  readonly index: NoteIndex;
  readonly skipped = new Map<string, string>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly output: vscode.OutputChannel;
  private scanning: Promise<void> = Promise.resolve();
  private readonly updater: SlicedUpdater;
  private watcher: vscode.Disposable | undefined;
  private readonly scanned = new vscode.EventEmitter<void>();
  /** Fires after every full scan. */
  readonly onDidScan = this.scanned.event;

  constructor(private readonly core: Core, output: vscode.OutputChannel) {
    this.output = output;
    this.index = new NoteIndex(core.recognizer);
    this.updater = new SlicedUpdater(this.index);
    this.disposables.push(
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

  /** Resolves when the current scan is done. */
  get ready(): Promise<void> {
    return this.scanning;
  }

  /** Scans the whole workspace again; concurrent calls share one scan. */
  scan(): Promise<void> {
    const run = this.scanning.then(() => this.scanAll());
    this.scanning = run.catch((e: unknown) => this.output.appendLine(`Scan failed: ${String(e)}`));
    return this.scanning;
  }

  /** The user's lexicon changed: analyse every note again with the new recogniser. */
  async relearn(): Promise<void> {
    await this.scanning;
    const uris = this.index.replaceRecognizer(this.core.recognizer);
    await this.index.batchAsync(async () => {
      for (const uri of uris) {
        const text = this.index.get(uri)?.text;
        // replaceRecognizer marked every note stale: the same text is analysed again.
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
        this.index.removeUnder(u.toString());
        this.skipped.delete(u.toString());
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
        const uris = await vscode.workspace.findFiles(includeGlob, excludeGlob(exclude));
        const notes = uris.filter((u) => this.isNote(u));
        const known = new Set(notes.map((u) => u.toString()));
        this.index.batch(() => {
          for (const n of this.index.notes()) if (!known.has(n.uri)) this.index.remove(n.uri);
        });
        let done = 0;
        for (let i = 0; i < notes.length; i += READ_CONCURRENCY) {
          const chunk = notes.slice(i, i + READ_CONCURRENCY);
          const docs = await Promise.all(chunk.map((u) => this.read(u)));
          // One change event per chunk of notes, and a yield to the host whenever a slice is used up.
          await this.index.batchAsync(async () => {
            for (const doc of docs) if (doc) await this.apply(doc);
            await this.updater.settleEvery(SETTLE_DURING_SCAN_MS);
          });
          done += chunk.length;
          progress.report({ message: `${done}/${notes.length}` });
        }
        await this.index.batchAsync(() => this.updater.settle());
        if (this.skipped.size) this.reportSkipped();
      },
    );
    this.scanned.fire();
  }

  private async read(uri: vscode.Uri): Promise<{ uri: string; text: string; version?: number } | undefined> {
    const open = this.openDocument(uri);
    if (open) return { uri: uri.toString(), text: open.getText(), version: open.version };
    try {
      const { maxFileSizeKB } = fileSettings();
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > maxFileSizeKB * 1024) return this.skip(uri, `too large (${Math.round(stat.size / 1024)} KB, limit ${maxFileSizeKB} KB: dealNotes.files.maxFileSizeKB)`);
      const decoded = decodeNote(await vscode.workspace.fs.readFile(uri), maxFileSizeKB * 1024);
      if (!decoded.ok) return this.skip(uri, decoded.reason);
      this.skipped.delete(uri.toString());
      return { uri: uri.toString(), text: decoded.text };
    } catch (e) {
      return this.skip(uri, `cannot read: ${(e as Error).message}`);
    }
  }

  private skip(uri: vscode.Uri, reason: string): undefined {
    this.skipped.set(uri.toString(), reason);
    this.index.remove(uri.toString());
    this.output.appendLine(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
    return undefined;
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
    const doc = await this.read(uri);
    if (doc) {
      await this.apply(doc);
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
    void this.apply({ uri: doc.uri.toString(), text: doc.getText(), version: doc.version }).then(() => this.updater.settle());
  }
}

/**
 * Analyses a note into the index a slice at a time (see core/steps.ts), pausing whenever the current
 * slice of work has used its budget, so the extension host stays responsive however long the note.
 * Updates are applied in order, one at a time: the last edit of a note always wins.
 */
export class SlicedUpdater {
  private sliceStart = Date.now();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly index: NoteIndex, private readonly budgetMs = SLICE_MS) {}

  apply(doc: NoteDocument): Promise<void> {
    return this.enqueue(this.index.upsertSteps(doc));
  }

  /** Re-links deals and summarises entities now, in slices, so that the views' next queries are cheap. */
  settle(): Promise<void> {
    this.lastSettle = Date.now();
    return this.enqueue(this.index.settleSteps());
  }

  /** Settles when the last settle is older than `ms` (during a long scan). */
  settleEvery(ms: number): Promise<void> {
    return Date.now() - this.lastSettle >= ms ? this.settle() : Promise.resolve();
  }

  private lastSettle = 0;

  private enqueue(steps: Steps<unknown>): Promise<void> {
    const run = this.queue.then(async () => {
      for (let r = steps.next(); !r.done; r = steps.next()) await this.tick();
      await this.tick();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async tick(): Promise<void> {
    if (Date.now() - this.sliceStart < this.budgetMs) return;
    await yieldToHost();
    this.sliceStart = Date.now();
  }
}

function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
