/**
 * Navigation between notes: Go to Definition on a company or chip (its entry in the user's lexicon file
 * when the user added it, otherwise a peek of its mentions), Find All References (every mention in the
 * workspace), Go to Symbol in Workspace (companies, chips, deals), and the commands hover links run:
 * find mentions, open a deal's sources, reveal a deal in the Deals view. Command arguments are checked
 * against the index: they can come from anywhere (a link, a keybinding, another extension).
 */
import * as vscode from 'vscode';
import type { Feature } from './index';
import type { WorkspaceNotes } from './workspaceNotes';
import type { Core } from '../core/createCore';
import type { Deal } from '../core/types';
import { dealLabel } from '../core/report/format';
import { workspaceSymbols } from '../core/navigation/symbols';
import { lexiconEntrySpan } from '../core/navigation/lexiconEntry';
import { LEXICON_FILE } from '../core/user/lexiconFile';
import { LineIndex } from '../core/text/lineIndex';
import { asDeal, openAt, toRange, toUri } from './convert';
import { NOTE_SELECTOR } from './hover';
import { dealKindLabel, entityKindLabel, plainText } from './labels';
import { analysisOf, mentionAtOffset } from './ranges';
import { mentionCount, noteCount } from './counts';

/** The Deals view's own commands: focus it, and select a deal in it (registered by dealsTree.ts). */
const DEALS_VIEW_FOCUS = 'dealNotes.deals.focus';
const DEALS_VIEW_REVEAL = 'dealNotes.deals.reveal';

/** Every mention of an entity as VS Code locations, in note order. */
export function mentionLocations(notes: WorkspaceNotes, name: string): vscode.Location[] {
  const out: vscode.Location[] = [];
  for (const { uri, mention } of notes.index.mentionsOf(name)) {
    const analysis = notes.index.get(uri);
    if (analysis) out.push(new vscode.Location(toUri(uri), toRange(analysis.lines, mention.start, mention.end)));
  }
  return out.sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()) || a.range.start.compareTo(b.range.start));
}

/** An entity name argument: a string the index knows; undefined otherwise. */
function entityArg(notes: WorkspaceNotes, arg: unknown): string | undefined {
  if (typeof arg !== 'string' || arg.length === 0 || arg.length > 200) return undefined;
  return notes.index.entity(arg)?.name;
}

/** A deal picked from the list, for the palette (no argument). */
async function pickDeal(notes: WorkspaceNotes): Promise<Deal | undefined> {
  const items = notes.index.deals().map((deal) => ({ label: plainText(dealLabel(deal)), description: dealKindLabel(deal.kind), deal }));
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Pick a deal'), matchOnDescription: true }))?.deal;
}

/** The entity under the cursor of a note, if any. */
function entityAt(notes: WorkspaceNotes, document: vscode.TextDocument, position: vscode.Position): string | undefined {
  const analysis = analysisOf(notes, document);
  if (!analysis) return undefined;
  const mention = mentionAtOffset(analysis, document.offsetAt(position));
  return mention && (mention.kind === 'company' || mention.kind === 'chip') ? mention.canonical : undefined;
}

/** The entry of a user-added entity in the workspace lexicon file of one of the workspace folders. */
async function lexiconEntry(name: string): Promise<vscode.Location | undefined> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const file = vscode.Uri.joinPath(folder.uri, LEXICON_FILE);
    // The open editor's text when there is one: a name just taught may not be saved yet.
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.toString());
    let text: string;
    try {
      text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
    } catch {
      continue;
    }
    const span = lexiconEntrySpan(text, name);
    if (!span) continue;
    return new vscode.Location(file, toRange(new LineIndex(text), span.start, span.end));
  }
  return undefined;
}

export class NoteDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly notes: WorkspaceNotes, private readonly core: Core) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[] | undefined> {
    const name = entityAt(this.notes, document, position);
    if (!name) return undefined;
    const entity = this.core.lexicon.find(name);
    if (entity?.source === 'user') {
      const entry = await lexiconEntry(entity.name);
      if (entry) return [entry];
    }
    return mentionLocations(this.notes, name);
  }
}

export class NoteReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly notes: WorkspaceNotes) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const name = entityAt(this.notes, document, position);
    return name ? mentionLocations(this.notes, name) : undefined;
  }
}

export class NoteWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly notes: WorkspaceNotes) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const labels = {
      mentions: mentionCount,
      dealKind: (d: Deal) => vscode.l10n.t('deal: {0}', dealKindLabel(d.kind)),
    };
    return workspaceSymbols(this.notes.index, query, 500, labels).flatMap((s) => {
      const analysis = this.notes.index.get(s.uri);
      if (!analysis) return [];
      const kind = s.kind === 'company' ? vscode.SymbolKind.Class : s.kind === 'chip' ? vscode.SymbolKind.Constant : vscode.SymbolKind.Event;
      return [new vscode.SymbolInformation(s.name, kind, s.detail, new vscode.Location(toUri(s.uri), toRange(analysis.lines, s.start, s.end)))];
    });
  }
}

/** Shows every mention of an entity in the references peek (or the References view when no editor is open). */
async function findMentions(notes: WorkspaceNotes, arg: unknown): Promise<number> {
  let name = entityArg(notes, arg);
  if (arg !== undefined && !name) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Deal Notes: no company or chip named “{0}” in this workspace.', String(arg).slice(0, 80)));
    return 0;
  }
  if (!name) {
    const editor = vscode.window.activeTextEditor;
    name = editor ? entityAt(notes, editor.document, editor.selection.active) : undefined;
  }
  if (!name) {
    const items = notes.index.entities()
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name))
      .map((e) => ({ label: plainText(e.name), name: e.name, description: entityKindLabel(e.kind), detail: vscode.l10n.t('{0} in {1}', mentionCount(e.mentionCount), noteCount(e.noteUris.length)) }));
    name = (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Find Mentions of a Company or Chip'), matchOnDescription: true }))?.name;
  }
  if (!name) return 0;
  const locations = mentionLocations(notes, name);
  if (!locations.length) return 0;
  const editor = vscode.window.activeTextEditor;
  const here = editor && locations.find((l) => l.uri.toString() === editor.document.uri.toString());
  const anchor = here ?? locations[0]!;
  if (!here) await vscode.window.showTextDocument(anchor.uri, { selection: anchor.range, preview: true });
  const position = here && editor ? (locations.find((l) => l.range.contains(editor.selection.active))?.range.start ?? anchor.range.start) : anchor.range.start;
  await vscode.commands.executeCommand('editor.action.showReferences', anchor.uri, position, locations);
  return locations.length;
}

/** Opens a deal's source: directly when it has one, through a pick of its sentences otherwise. */
async function openDealSources(notes: WorkspaceNotes, arg: unknown): Promise<number> {
  const deal = arg === undefined ? await pickDeal(notes) : asDeal(notes.index, arg);
  if (!deal) {
    if (arg !== undefined) void vscode.window.showWarningMessage(vscode.l10n.t('Deal Notes: this deal is no longer in the workspace.'));
    return 0;
  }
  const sources = deal.sources.filter((s) => notes.index.get(s.uri));
  if (!sources.length) return 0;
  let chosen = sources[0]!;
  if (sources.length > 1) {
    const pick = await vscode.window.showQuickPick(
      sources.map((s) => ({
        label: plainText(notes.index.get(s.uri)?.title ?? s.uri),
        description: plainText(vscode.workspace.asRelativePath(toUri(s.uri))),
        detail: plainText(s.sentence.replace(/\s+/g, ' ').slice(0, 200)),
        source: s,
      })),
      { title: vscode.l10n.t('Sources of {0}', dealLabel(deal)), matchOnDetail: true },
    );
    if (!pick) return 0;
    chosen = pick.source;
  }
  await openAt(toUri(chosen.uri), chosen.start, chosen.end);
  return sources.length;
}

/** Focuses the Deals view and selects the deal there. */
async function revealDeal(notes: WorkspaceNotes, arg: unknown): Promise<boolean> {
  const deal = arg === undefined ? await pickDeal(notes) : asDeal(notes.index, arg);
  if (!deal) {
    if (arg !== undefined) void vscode.window.showWarningMessage(vscode.l10n.t('Deal Notes: this deal is no longer in the workspace.'));
    return false;
  }
  await vscode.commands.executeCommand(DEALS_VIEW_FOCUS);
  return (await vscode.commands.executeCommand<boolean>(DEALS_VIEW_REVEAL, deal.id)) === true;
}

export const registerNavigation: Feature = (context, { notes, core }) => {
  context.subscriptions.push(
    vscode.languages.registerDefinitionProvider(NOTE_SELECTOR, new NoteDefinitionProvider(notes, core)),
    vscode.languages.registerReferenceProvider(NOTE_SELECTOR, new NoteReferenceProvider(notes)),
    vscode.languages.registerWorkspaceSymbolProvider(new NoteWorkspaceSymbolProvider(notes)),
    vscode.commands.registerCommand('dealNotes.findMentions', (arg?: unknown) => findMentions(notes, arg)),
    vscode.commands.registerCommand('dealNotes.openDealSources', (arg?: unknown) => openDealSources(notes, arg)),
    vscode.commands.registerCommand('dealNotes.revealDeal', (arg?: unknown) => revealDeal(notes, arg)),
  );
};
