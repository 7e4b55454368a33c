/**
 * Teaching names: "Add Selection as Company…" / "…as Chip…" (palette, editor context menu, and a quick fix
 * on a capitalised name the lexicon does not know) and "Remove from Workspace Lexicon". Each writes the
 * workspace lexicon file through a WorkspaceEdit, so Undo in that file takes it back; the user-files watcher
 * then gives the names to the core and every note is analysed again.
 */
import * as vscode from 'vscode';
import type { EntityKind } from '../core/types';
import { addEntityEdit, removeEntityEdit, validateNewName, type UserEntityEntry } from '../core/user/lexiconFile';
import { looseKey } from '../core/text/chars';
import { asUri } from './convert';
import type { Feature, Services } from './index';
import { NOTE_SELECTOR } from './hover';
import { analysisOf, mentionAtOffset } from './ranges';
import { editUserFile, folderFor, readUserFile, userFileUri, userFilesOf } from './userFiles';

export const ADD_COMPANY = 'dealNotes.addCompany';
export const ADD_CHIP = 'dealNotes.addChip';
export const REMOVE_ENTITY = 'dealNotes.removeEntity';

/** What the commands accept from a caller (a quick fix, a test, another extension). */
interface TeachArgs {
  name?: unknown;
  aliases?: unknown;
  uri?: unknown;
}

function kindLabel(kind: EntityKind): string {
  return kind === 'company' ? vscode.l10n.t('company') : vscode.l10n.t('chip');
}

/** A capitalised word or run of capitalised words ("Quantaflux", "Lumora Systems", "X-Corp"). */
const NAME_AT = /\p{Lu}(?:[\p{L}\p{N}&-]|['’.](?=\p{L}))*(?:[ \t]+\p{Lu}(?:[\p{L}\p{N}&-]|['’.](?=\p{L}))*)*/u;

/** The name the command should teach: its argument, else the selection, else the name under the cursor. */
function nameFromEditor(editor: vscode.TextEditor | undefined): string | undefined {
  if (!editor) return undefined;
  const sel = editor.selection;
  if (!sel.isEmpty) return editor.document.getText(sel);
  const range = editor.document.getWordRangeAtPosition(sel.active, new RegExp(NAME_AT.source, 'gu'));
  return range ? editor.document.getText(range) : undefined;
}

function stringList(x: unknown): string[] | undefined {
  if (x === undefined) return [];
  if (!Array.isArray(x) || x.length > 50 || !x.every((a) => typeof a === 'string' && a.length <= 120)) return undefined;
  return x as string[];
}

async function teach(services: Services, kind: EntityKind, arg: unknown): Promise<boolean> {
  const args: TeachArgs = typeof arg === 'string' ? { name: arg } : arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? (arg as TeachArgs) : {};
  if (args.name !== undefined && typeof args.name !== 'string') return false;
  const aliases = stringList(args.aliases);
  if (!aliases) return false;
  const editor = vscode.window.activeTextEditor;
  let name = (args.name as string | undefined) ?? nameFromEditor(editor);
  const problem = name !== undefined ? validateNewName(name) : undefined;
  if (name === undefined || problem) {
    // Nothing usable selected: ask.
    name = await vscode.window.showInputBox({
      title: kind === 'company' ? vscode.l10n.t('Deal Notes: Add a Company') : vscode.l10n.t('Deal Notes: Add a Chip'),
      prompt: vscode.l10n.t('The name as it should appear; add other spellings after commas (e.g. "Lumora, Lumora AI").'),
      value: name?.trim().slice(0, 60) ?? '',
      validateInput: (v) => (v.trim() ? validateNewName(v.split(',')[0] ?? '') : vscode.l10n.t('Type a name.')),
    });
    if (name === undefined) return false;
    const [first, ...more] = name.split(',').map((s) => s.trim()).filter(Boolean);
    if (!first) return false;
    name = first;
    aliases.push(...more);
  }
  // A selection often catches the full stop or comma after a name.
  name = name.trim().replace(/\s+/g, ' ').replace(/[\s.,;:!?)»”"]+$/u, '').replace(/^[\s(«“"]+/u, '');
  const err = validateNewName(name);
  if (err) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Deal Notes: {0}', err));
    return false;
  }
  const uri = asUri(args.uri);
  const folder = folderFor(uri);
  if (!folder) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Deal Notes: open a folder to keep a workspace lexicon.'));
    return false;
  }
  const known = services.core.lexicon.find(name);
  if (known && known.kind === kind && known.source === 'user' && aliases.every((a) => services.core.lexicon.find(a) === known)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is already in the workspace lexicon as a {1}.', name, kindLabel(kind)));
    return true;
  }
  const entry: UserEntityEntry = { kind, name };
  if (aliases.length) entry.aliases = aliases;
  const fileUri = userFileUri(folder, 'lexicon');
  const label = vscode.l10n.t('Add “{0}” as a {1}', name, kindLabel(kind));
  const ok = await editUserFile(fileUri, (text) => addEntityEdit(text, entry), label);
  if (!ok) return false;
  // Apply now rather than after the watcher's debounce, so the caller sees the result at once.
  await userFilesOf(services)?.reload(folder, 'lexicon');
  const undo = vscode.l10n.t('Undo');
  const open = vscode.l10n.t('Open Lexicon');
  void vscode.window.showInformationMessage(vscode.l10n.t('Added “{0}” as a {1} to {2}.', name, kindLabel(kind), vscode.workspace.asRelativePath(fileUri)), undo, open).then(async (choice) => {
    if (choice === undo) await undoIn(fileUri);
    else if (choice === open) await vscode.window.showTextDocument(fileUri, { preview: false });
  });
  return true;
}

/** Undo in the lexicon document, as Ctrl+Z there would: its editor is shown for the command to reach it. */
export async function undoIn(uri: vscode.Uri): Promise<void> {
  const back = vscode.window.activeTextEditor;
  await vscode.window.showTextDocument(uri, { preview: false, preserveFocus: false });
  await vscode.commands.executeCommand('undo');
  if (back && !back.document.isClosed) await vscode.window.showTextDocument(back.document, { viewColumn: back.viewColumn, selection: back.selection });
}

async function removeEntity(services: Services, arg: unknown): Promise<boolean> {
  const args: TeachArgs = typeof arg === 'string' ? { name: arg } : arg && typeof arg === 'object' && !(arg instanceof vscode.Uri) ? { ...(arg as TeachArgs) } : {};
  // An item of the Companies & Chips view: { type: 'entity', key }.
  const key = (arg as { key?: unknown } | undefined)?.key;
  if (args.name === undefined && typeof key === 'string' && key.length < 200) args.name = services.notes.index.entity(key)?.name ?? key;
  if (args.name !== undefined && (typeof args.name !== 'string' || !args.name.trim() || args.name.length > 200)) return false;
  const folder = folderFor(asUri(args.uri));
  if (!folder) return false;
  const fileUri = userFileUri(folder, 'lexicon');
  const user = userFilesOf(services)?.entities() ?? [];
  let name = args.name as string | undefined;
  if (name === undefined) {
    // The user entity under the cursor, else a pick among the user's entries.
    const editor = vscode.window.activeTextEditor;
    const analysis = editor ? analysisOf(services.notes, editor.document) : undefined;
    const mention = editor && analysis ? mentionAtOffset(analysis, editor.document.offsetAt(editor.selection.active)) : undefined;
    const underCursor = mention && user.find((e) => looseKey(e.name) === looseKey(mention.canonical));
    if (underCursor) name = underCursor.name;
    else {
      if (!user.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The workspace lexicon is empty: there is nothing to remove.'));
        return false;
      }
      const pick = await vscode.window.showQuickPick(user.map((e) => ({ label: e.name, description: [kindLabel(e.kind), ...e.aliases].join(' · ') })), {
        title: vscode.l10n.t('Deal Notes: Remove from Workspace Lexicon'),
        placeHolder: vscode.l10n.t('Pick the name to forget'),
      });
      if (!pick) return false;
      name = pick.label;
    }
  }
  if ((await readUserFile(fileUri)) === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('“{0}” is not in the workspace lexicon.', name));
    return false;
  }
  const ok = await editUserFile(fileUri, (text) => removeEntityEdit(text, name!), vscode.l10n.t('Remove “{0}”', name));
  if (ok) await userFilesOf(services)?.reload(folder, 'lexicon');
  return ok;
}

/** Quick fixes on a capitalised name the lexicon does not know (or only guessed from context). */
export class TeachCodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly services: Services) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection): vscode.CodeAction[] {
    if (!this.services.notes.isNote(document.uri)) return [];
    let name: string | undefined;
    if (!range.isEmpty && range.isSingleLine) name = document.getText(range).trim();
    else {
      const analysis = analysisOf(this.services.notes, document);
      const mention = analysis ? mentionAtOffset(analysis, document.offsetAt(range.start)) : undefined;
      if (mention && (mention.kind === 'company' || mention.kind === 'chip')) name = mention.confidence !== undefined && mention.confidence < 1 ? mention.text : undefined;
      else {
        const word = document.getWordRangeAtPosition(range.start, new RegExp(NAME_AT.source, 'gu'));
        name = word ? document.getText(word) : undefined;
      }
    }
    name = name?.replace(/[.’']+$/, '').trim();
    if (!name || validateNewName(name) || !/^\p{Lu}/u.test(name) || name.length < 2) return [];
    const known = this.services.core.lexicon.find(name);
    if (known) return [];
    return (['company', 'chip'] as const).map((kind) => {
      const action = new vscode.CodeAction(
        kind === 'company' ? vscode.l10n.t('Add “{0}” as a company (workspace lexicon)', name) : vscode.l10n.t('Add “{0}” as a chip (workspace lexicon)', name),
        vscode.CodeActionKind.QuickFix,
      );
      action.command = { command: kind === 'company' ? ADD_COMPANY : ADD_CHIP, title: action.title, arguments: [{ name, uri: document.uri.toString() }] };
      return action;
    });
  }
}

export const registerTeach: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(ADD_COMPANY, (arg?: unknown) => teach(services, 'company', arg)),
    vscode.commands.registerCommand(ADD_CHIP, (arg?: unknown) => teach(services, 'chip', arg)),
    vscode.commands.registerCommand(REMOVE_ENTITY, (arg?: unknown) => removeEntity(services, arg)),
    vscode.languages.registerCodeActionsProvider(NOTE_SELECTOR, new TeachCodeActionProvider(services), { providedCodeActionKinds: TeachCodeActionProvider.kinds }),
  );
};
