/**
 * The user's files beside the notes: `.dealnotes/lexicon.json` (names taught) and `.dealnotes/corrections.json`
 * (deal corrections), in each workspace folder. Watches them on disk and while they are edited (the open
 * document's text counts, saved or not), hands the names to the core and the corrections to the index, and
 * shows their problems as diagnostics in the file. A broken file keeps the last good version in force, so
 * nothing is lost while the user fixes a typo. Also the one place that edits these files, through a
 * WorkspaceEdit, so every change can be undone.
 */
import * as vscode from 'vscode';
import type { Entity } from '../core/types';
import { LineIndex } from '../core/text/lineIndex';
import { LEXICON_FILE, parseUserLexicon, type FileEdit, type Problem } from '../core/user/lexiconFile';
import { applyCorrections, CORRECTIONS_FILE, parseCorrections, type Correction } from '../core/user/corrections';
import { tooLargeProblem, USER_FILE_LIMITS } from '../core/user/jsonText';
import type { Feature, Services } from './index';

export type UserFileKind = 'lexicon' | 'corrections';
const FILES: Record<UserFileKind, string> = { lexicon: LEXICON_FILE, corrections: CORRECTIONS_FILE };
const DEBOUNCE_MS = 250;
/** The folder both user files live in. */
const USER_FOLDER = LEXICON_FILE.split('/')[0]!;

/** The user file of a kind in a workspace folder. */
export function userFileUri(folder: vscode.WorkspaceFolder, kind: UserFileKind): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...FILES[kind].split('/'));
}

/** Which user file `uri` is, if any, and its folder. */
export function userFileOf(uri: vscode.Uri): { kind: UserFileKind; folder: vscode.WorkspaceFolder } | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return undefined;
  for (const kind of Object.keys(FILES) as UserFileKind[]) if (userFileUri(folder, kind).toString() === uri.toString()) return { kind, folder };
  return undefined;
}

/** The folder a command works in: the one of `uri` (or of the active editor), else the first. */
export function folderFor(uri?: vscode.Uri): vscode.WorkspaceFolder | undefined {
  const u = uri ?? vscode.window.activeTextEditor?.document.uri;
  return (u && vscode.workspace.getWorkspaceFolder(u)) ?? vscode.workspace.workspaceFolders?.[0];
}

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
}

/** The file's current text: the open document's when it has unsaved edits, else the disk's; undefined when missing. */
export async function readUserFile(uri: vscode.Uri): Promise<string | undefined> {
  const open = openDocument(uri);
  // An open document that is not dirty may be stale: the file can have been deleted or rewritten on disk.
  if (open?.isDirty) return open.getText();
  return diskText(uri);
}

/**
 * Applies a core edit (offsets into the file's current text) to a user file as a WorkspaceEdit, so Undo in
 * that file takes it back. A missing file is created first (its own, earlier step: Undo once leaves it
 * empty, which is an empty lexicon). Not saved: the unsaved text already counts. Returns false (after
 * telling the user) when the edit cannot be made.
 */
export async function editUserFile(uri: vscode.Uri, make: (text: string) => FileEdit, label: string): Promise<boolean> {
  const metadata: vscode.WorkspaceEditEntryMetadata = { label, needsConfirmation: false };
  let onDisk = await diskText(uri);
  if (onDisk === undefined) {
    const create = new vscode.WorkspaceEdit();
    create.createFile(uri, { ignoreIfExists: true }, metadata);
    if (!(await vscode.workspace.applyEdit(create))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0}: VS Code could not create {1}.', label, vscode.workspace.asRelativePath(uri)));
      return false;
    }
    onDisk = '';
  }
  const doc = await vscode.workspace.openTextDocument(uri);
  // A document left open while its file was deleted or rewritten on disk catches up with the disk shortly.
  if (!doc.isDirty && doc.getText() !== onDisk) await documentSettles(doc, onDisk);
  const text = doc.getText();
  const result = make(text);
  if (!result.edit) {
    const open = vscode.l10n.t('Open File');
    void vscode.window.showErrorMessage(`${label}: ${result.error}`, open).then((c) => {
      if (c === open) void vscode.window.showTextDocument(uri);
    });
    return false;
  }
  const { offset, length, newText } = result.edit;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(uri, new vscode.Range(doc.positionAt(offset), doc.positionAt(offset + length)), newText, metadata);
  const ok = await vscode.workspace.applyEdit(edit);
  if (!ok) void vscode.window.showErrorMessage(vscode.l10n.t('{0}: VS Code could not edit {1}.', label, vscode.workspace.asRelativePath(uri)));
  return ok;
}

async function diskSize(uri: vscode.Uri): Promise<number> {
  try {
    return (await vscode.workspace.fs.stat(uri)).size;
  } catch {
    return 0;
  }
}

async function diskText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\ufeff/, '');
  } catch {
    return undefined;
  }
}

function documentSettles(doc: vscode.TextDocument, text: string, ms = 3000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      sub.dispose();
      resolve();
    };
    const timer = setTimeout(done, ms);
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === doc && doc.getText() === text) done();
    });
  });
}

/** Problems (core offsets) as diagnostics of a file. */
function toDiagnostics(text: string, problems: readonly Problem[]): vscode.Diagnostic[] {
  const lines = new LineIndex(text);
  return problems.map((p) => {
    const a = lines.positionAt(p.offset);
    const b = lines.positionAt(p.offset + Math.max(p.length, 0));
    const d = new vscode.Diagnostic(new vscode.Range(a.line, a.character, b.line, b.character), p.message,
      p.severity === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Error);
    d.source = 'Deal Notes';
    return d;
  });
}

interface FolderState {
  entities: Entity[];
  corrections: Correction[];
  /** Diagnostics of each file from parsing, and the texts they came from (for unmatched corrections). */
  problems: Map<UserFileKind, vscode.Diagnostic[]>;
  correctionsText: string;
}

export class UserFiles implements vscode.Disposable {
  private readonly folders = new Map<string, FolderState>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('dealNotes.userFiles');
  private readonly disposables: vscode.Disposable[] = [this.diagnostics];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private appliedLexicon = '[]';
  private unmatched = new Map<string, Set<Correction>>();
  private unmatchedTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<UserFileKind>();
  /** Fires after a user file was read and applied. */
  readonly onDidApply = this.changed.event;
  /** Resolves when the files of every folder were read once. */
  readonly ready: Promise<void>;

  constructor(private readonly services: Services) {
    const onDoc = (doc: vscode.TextDocument) => {
      const f = userFileOf(doc.uri);
      if (f) this.schedule(f.folder, f.kind);
    };
    const watcher = vscode.workspace.createFileSystemWatcher('**/.dealnotes/{lexicon,corrections}.json');
    const onDisk = (uri: vscode.Uri) => {
      const f = userFileOf(uri);
      if (f && !openDocument(uri)?.isDirty) this.schedule(f.folder, f.kind);
    };
    // Deleting or creating the whole folder is one event for the folder, none for the files in it.
    const folderWatcher = vscode.workspace.createFileSystemWatcher(`**/${USER_FOLDER}`, false, true, false);
    const onFolder = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (!folder || vscode.Uri.joinPath(folder.uri, USER_FOLDER).toString() !== uri.toString()) return;
      for (const kind of Object.keys(FILES) as UserFileKind[]) if (!openDocument(userFileUri(folder, kind))?.isDirty) this.schedule(folder, kind);
    };
    this.disposables.push(
      this.changed,
      watcher,
      folderWatcher,
      folderWatcher.onDidCreate(onFolder),
      folderWatcher.onDidDelete(onFolder),
      watcher.onDidCreate(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidDelete(onDisk),
      vscode.workspace.onDidOpenTextDocument(onDoc),
      vscode.workspace.onDidChangeTextDocument((e) => onDoc(e.document)),
      vscode.workspace.onDidSaveTextDocument(onDoc),
      // Closed without saving: the disk's text is the truth again.
      vscode.workspace.onDidCloseTextDocument(onDoc),
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach((u) => { onDisk(u); onFolder(u); })),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((u) => { onDisk(u); onFolder(u); })),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.loadAll()),
    );
    services.notes.index.setDealTransform((deals) => this.transform(deals));
    this.ready = this.loadAll();
  }

  /** Every user entity of every folder. */
  entities(): Entity[] {
    return [...this.folders.values()].flatMap((f) => f.entities);
  }

  /** Reads both files of every folder now (tests and commands call this to be sure they are current). */
  async loadAll(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const keys = new Set(folders.map((f) => f.uri.toString()));
    for (const k of [...this.folders.keys()]) if (!keys.has(k)) this.folders.delete(k);
    await Promise.all(folders.flatMap((f) => [this.load(f, 'lexicon', false), this.load(f, 'corrections', false)]));
    await this.applyLexicon();
    this.services.notes.index.setDealTransform((deals) => this.transform(deals));
  }

  /** Reads one file now and applies it. */
  async reload(folder: vscode.WorkspaceFolder, kind: UserFileKind): Promise<void> {
    await this.load(folder, kind, true);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    clearTimeout(this.unmatchedTimer);
    for (const d of this.disposables) d.dispose();
  }

  private schedule(folder: vscode.WorkspaceFolder, kind: UserFileKind): void {
    const key = `${folder.uri.toString()}#${kind}`;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      void this.reload(folder, kind).catch((e: unknown) => this.services.output.appendLine(`Could not read ${FILES[kind]}: ${String(e)}`));
    }, DEBOUNCE_MS));
  }

  private state(folder: vscode.WorkspaceFolder): FolderState {
    const key = folder.uri.toString();
    let s = this.folders.get(key);
    if (!s) {
      s = { entities: [], corrections: [], problems: new Map(), correctionsText: '' };
      this.folders.set(key, s);
    }
    return s;
  }

  private async load(folder: vscode.WorkspaceFolder, kind: UserFileKind, apply: boolean): Promise<void> {
    const uri = userFileUri(folder, kind);
    const s = this.state(folder);
    // Not even read when far over the limit (a stranger's repository may hold anything): the last good version stays.
    const size = await diskSize(uri);
    if (size > USER_FILE_LIMITS.maxChars * 4 && !openDocument(uri)?.isDirty) {
      s.problems.set(kind, toDiagnostics('', [tooLargeProblem(kind === 'lexicon' ? 'The lexicon' : 'The corrections file', size)]));
      this.publish(folder, kind);
      this.services.output.appendLine(`Not read: ${vscode.workspace.asRelativePath(uri)} is too large (${Math.ceil(size / 1024)} KB).`);
      return;
    }
    const text = (await readUserFile(uri)) ?? '';
    if (kind === 'lexicon') {
      const parsed = parseUserLexicon(text);
      // A file that is not JSON at all keeps the last good names in force.
      if (parsed.ok) s.entities = parsed.entities;
      s.problems.set(kind, toDiagnostics(text, parsed.problems));
      this.publish(folder, kind);
      if (apply) await this.applyLexicon();
    } else {
      const parsed = parseCorrections(text);
      if (parsed.ok) {
        s.corrections = parsed.corrections;
        s.correctionsText = text;
      }
      s.problems.set(kind, toDiagnostics(text, parsed.problems));
      this.unmatched.delete(folder.uri.toString());
      this.publish(folder, kind);
      if (apply) this.services.notes.index.setDealTransform((deals) => this.transform(deals));
    }
    this.changed.fire(kind);
  }

  private async applyLexicon(): Promise<void> {
    const entities = this.entities();
    const key = JSON.stringify(entities);
    if (key === this.appliedLexicon) return;
    this.appliedLexicon = key;
    this.services.core.setUserEntities(entities);
    await this.services.notes.relearn();
  }

  private publish(folder: vscode.WorkspaceFolder, kind: UserFileKind): void {
    const s = this.state(folder);
    const list = [...(s.problems.get(kind) ?? [])];
    if (kind === 'corrections') {
      const lines = new LineIndex(s.correctionsText);
      for (const c of this.unmatched.get(folder.uri.toString()) ?? []) {
        if (!c.at) continue;
        const a = lines.positionAt(c.at.offset);
        const b = lines.positionAt(c.at.offset + 1);
        const d = new vscode.Diagnostic(new vscode.Range(a.line, a.character, b.line, b.character),
          vscode.l10n.t('No deal matches this correction: the note or its sentence changed too much, or the note is gone.'), vscode.DiagnosticSeverity.Warning);
        d.source = 'Deal Notes';
        list.push(d);
      }
    }
    this.diagnostics.set(userFileUri(folder, kind), list);
  }

  /** The index's deal transform: each folder's corrections, on the deals of its notes. */
  private transform(deals: import('../core/types').Deal[]): import('../core/types').Deal[] {
    let out = deals;
    const unmatched = new Map<string, Set<Correction>>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const s = this.folders.get(folder.uri.toString());
      if (!s?.corrections.length) continue;
      const prefix = folder.uri.toString().replace(/\/?$/, '/');
      const missed = new Set<Correction>();
      out = applyCorrections(out, s.corrections, {
        notePath: (uri) => (uri.startsWith(prefix) ? decodeURIComponent(uri.slice(prefix.length)) : undefined),
        unmatched: (c) => missed.add(c),
      });
      unmatched.set(folder.uri.toString(), missed);
    }
    // Report corrections that match nothing, once the notes are read (during a scan, most notes are not).
    clearTimeout(this.unmatchedTimer);
    this.unmatchedTimer = setTimeout(() => {
      void this.services.notes.ready.then(() => {
        this.unmatched = unmatched;
        for (const folder of vscode.workspace.workspaceFolders ?? []) this.publish(folder, 'corrections');
      });
    }, 500);
    return out;
  }
}

/** Registered first: the other features find it in `userFilesOf(services)`. */
const instances = new WeakMap<Services, UserFiles>();

export function userFilesOf(services: Services): UserFiles | undefined {
  return instances.get(services);
}

export const registerUserFiles: Feature = (context, services) => {
  const files = new UserFiles(services);
  instances.set(services, files);
  context.subscriptions.push(files);
};
