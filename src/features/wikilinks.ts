/**
 * `[[note name]]` links between notes: completion after "[[", Ctrl+click and Go to Definition on a link,
 * and the Backlinks view (dealNotes.backlinks): the notes that link to the active note.
 */
import * as vscode from 'vscode';
import type { NoteAnalysis } from '../core/analyze';
import { findWikilinks, linkKey, NoteNames, noteName, openWikilinkAt, wikilinkAt, type Wikilink } from '../core/links/wikilinks';
import { toRange, toUri } from './convert';
import type { Feature, Services } from './index';
import { NOTE_SELECTOR } from './hover';
import { analysisOf } from './ranges';
import { OPEN_LOCATION } from './dealsTree';
import { followActiveNote } from './activeNote';

export const BACKLINKS_VIEW = 'dealNotes.backlinks';

/** Wikilinks of each analysis (analyses are replaced, never changed, when a note changes). */
const linkCache = new WeakMap<NoteAnalysis, Wikilink[]>();
export function linksOf(analysis: NoteAnalysis): Wikilink[] {
  let links = linkCache.get(analysis);
  if (!links) {
    links = findWikilinks(analysis.text);
    linkCache.set(analysis, links);
  }
  return links;
}

/** The workspace's notes by name, rebuilt after index changes. */
export class LinkIndex implements vscode.Disposable {
  private names: NoteNames | undefined;
  private readonly sub: { dispose(): void };

  constructor(private readonly services: Services) {
    this.sub = services.notes.index.onDidChange(() => {
      this.names = undefined;
    });
  }

  get noteNames(): NoteNames {
    this.names ??= new NoteNames(this.services.notes.index.notes().map((n) => ({ uri: n.uri, title: n.title })));
    return this.names;
  }

  resolve(name: string): string[] {
    return this.noteNames.resolve(name).map((t) => t.uri);
  }

  /** The notes linking to `uri`, with each link. */
  backlinks(uri: string): Array<{ analysis: NoteAnalysis; link: Wikilink }> {
    const out: Array<{ analysis: NoteAnalysis; link: Wikilink }> = [];
    for (const analysis of this.services.notes.index.notes()) {
      if (!analysis.text.includes('[[')) continue;
      for (const link of linksOf(analysis)) if (this.resolve(link.target).includes(uri)) out.push({ analysis, link });
    }
    return out.sort((a, b) => a.analysis.title.localeCompare(b.analysis.title) || a.link.start - b.link.start);
  }

  /** The notes `analysis` links to. */
  linksFrom(analysis: NoteAnalysis): string[] {
    return [...new Set(linksOf(analysis).flatMap((l) => this.resolve(l.target)))];
  }

  dispose(): void {
    this.sub.dispose();
  }
}

export class WikilinkCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly services: Services, private readonly links: LinkIndex) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    if (!this.services.notes.isNote(document.uri)) return undefined;
    const line = document.lineAt(position.line).text;
    const open = openWikilinkAt(line, position.character);
    if (!open) return undefined;
    const closed = line.slice(position.character).startsWith(']]');
    const range = new vscode.Range(position.line, open.start, position.line, position.character);
    const self = document.uri.toString();
    const byName = new Map<string, string[]>();
    for (const n of this.links.noteNames.notes) {
      const k = linkKey(noteName(n.uri));
      byName.set(k, [...(byName.get(k) ?? []), n.uri]);
    }
    return this.links.noteNames.notes.filter((n) => n.uri !== self).map((n) => {
      const name = noteName(n.uri);
      const uri = toUri(n.uri);
      const item = new vscode.CompletionItem({ label: name, description: n.title }, vscode.CompletionItemKind.File);
      // Two notes with the same file name: the link needs the folder to tell them apart.
      const ambiguous = (byName.get(linkKey(name))?.length ?? 0) > 1;
      const text = ambiguous ? vscode.workspace.asRelativePath(uri, false).replace(/\.[^./]+$/, '') : name;
      item.insertText = closed ? text : `${text}]]`;
      item.filterText = `${name} ${n.title ?? ''}`;
      item.range = range;
      item.detail = vscode.workspace.asRelativePath(uri, false);
      item.sortText = name.toLowerCase();
      return item;
    });
  }
}

export class WikilinkProvider implements vscode.DocumentLinkProvider, vscode.DefinitionProvider {
  constructor(private readonly services: Services, private readonly links: LinkIndex) {}

  provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
    const analysis = analysisOf(this.services.notes, document);
    if (!analysis || !analysis.text.includes('[[')) return [];
    const out: vscode.DocumentLink[] = [];
    for (const link of linksOf(analysis)) {
      const target = this.links.resolve(link.target)[0];
      if (!target) continue;
      const dl = new vscode.DocumentLink(toRange(analysis.lines, link.targetStart, link.targetEnd), toUri(target));
      dl.tooltip = vscode.l10n.t('Open {0}', this.services.notes.index.get(target)?.title ?? noteName(target));
      out.push(dl);
    }
    return out;
  }

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const analysis = analysisOf(this.services.notes, document);
    if (!analysis) return undefined;
    const link = wikilinkAt(analysis.text, analysis.lines.offsetAt({ line: position.line, character: position.character }));
    if (!link) return undefined;
    return this.links.resolve(link.target).map((u) => new vscode.Location(toUri(u), new vscode.Position(0, 0)));
  }
}

interface BacklinkItem {
  analysis: NoteAnalysis;
  link: Wikilink;
}

export class BacklinksProvider implements vscode.TreeDataProvider<BacklinkItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  target: string | undefined;

  constructor(private readonly links: LinkIndex) {}

  setTarget(uri: string | undefined): void {
    this.target = uri;
    this.changed.fire();
  }

  refresh(): void {
    this.changed.fire();
  }

  getChildren(element?: BacklinkItem): BacklinkItem[] {
    if (element || !this.target) return [];
    return this.links.backlinks(this.target);
  }

  getTreeItem({ analysis, link }: BacklinkItem): vscode.TreeItem {
    const item = new vscode.TreeItem(analysis.title, vscode.TreeItemCollapsibleState.None);
    const uri = toUri(analysis.uri);
    const pos = analysis.lines.positionAt(link.start);
    const lineStart = analysis.lines.offsetAt({ line: pos.line, character: 0 });
    const lineEnd = analysis.text.indexOf('\n', link.end);
    item.description = `${vscode.workspace.asRelativePath(uri, false)}:${pos.line + 1}`;
    item.tooltip = analysis.text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
    item.resourceUri = uri;
    item.iconPath = new vscode.ThemeIcon('references');
    item.contextValue = 'dealNotes.backlink';
    item.command = { command: OPEN_LOCATION, title: vscode.l10n.t('Open'), arguments: [analysis.uri, link.start, link.end] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const linkIndexes = new WeakMap<Services, LinkIndex>();
export function linkIndexOf(services: Services): LinkIndex {
  let li = linkIndexes.get(services);
  if (!li) {
    li = new LinkIndex(services);
    linkIndexes.set(services, li);
  }
  return li;
}

export const registerWikilinks: Feature = (context, services) => {
  const links = linkIndexOf(services);
  const provider = new WikilinkProvider(services, links);
  const backlinks = new BacklinksProvider(links);
  const view = vscode.window.createTreeView(BACKLINKS_VIEW, { treeDataProvider: backlinks });
  context.subscriptions.push(
    links,
    backlinks,
    view,
    vscode.languages.registerCompletionItemProvider(NOTE_SELECTOR, new WikilinkCompletionProvider(services, links), '['),
    vscode.languages.registerDocumentLinkProvider(NOTE_SELECTOR, provider),
    vscode.languages.registerDefinitionProvider(NOTE_SELECTOR, provider),
    followActiveNote(services, view as vscode.TreeView<unknown>, backlinks, () => vscode.l10n.t('Open a note to see the notes that link to it.')),
  );
};
