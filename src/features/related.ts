/**
 * The Related Notes view (dealNotes.related): for the active note, the other notes that report the same
 * deals or name the same companies and chips, ranked (core/links/related). And on each deal sentence a
 * CodeLens "also reported in N notes" that lists those notes and opens the chosen one at its sentence.
 */
import * as vscode from 'vscode';
import { plainText } from './labels';
import type { Deal } from '../core/types';
import { otherReports, relatedNotes, type RelatedInput, type RelatedNote } from '../core/links/related';
import { dealLabel } from '../core/report/format';
import { looseKey } from '../core/text/chars';
import { asUri, openAt, toRange, toUri } from './convert';
import { sharedDealCount } from './counts';
import type { Feature, Services } from './index';
import { NOTE_SELECTOR } from './hover';
import { OPEN_LOCATION } from './dealsTree';
import { linkIndexOf } from './wikilinks';
import { activeNoteUri, followActiveNote } from './activeNote';

export const RELATED_VIEW = 'dealNotes.related';
export const SHOW_OTHER_REPORTS = 'dealNotes.showOtherReports';

export class RelatedNotesProvider implements vscode.TreeDataProvider<RelatedNote>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  target: string | undefined;
  private inputs: RelatedInput[] | undefined;

  constructor(private readonly services: Services) {}

  setTarget(uri: string | undefined): void {
    this.target = uri;
    this.changed.fire();
  }

  /** The index changed: inputs are computed again when next asked. */
  refresh(): void {
    this.inputs = undefined;
    this.changed.fire();
  }

  related(): RelatedNote[] {
    if (!this.target) return [];
    const links = linkIndexOf(this.services);
    this.inputs ??= this.services.notes.index.notes().map((n) => ({
      uri: n.uri,
      entities: [...new Set(n.mentions.filter((m) => m.kind === 'company' || m.kind === 'chip').map((m) => looseKey(m.canonical)))],
      links: n.text.includes('[[') ? links.linksFrom(n) : [],
    }));
    return relatedNotes(this.target, this.inputs, this.services.notes.index.deals());
  }

  getChildren(element?: RelatedNote): RelatedNote[] {
    return element ? [] : this.related();
  }

  getTreeItem(r: RelatedNote): vscode.TreeItem {
    const index = this.services.notes.index;
    const analysis = index.get(r.uri);
    const uri = toUri(r.uri);
    const item = new vscode.TreeItem(analysis?.title ?? vscode.workspace.asRelativePath(uri, false), vscode.TreeItemCollapsibleState.None);
    item.id = r.uri;
    item.resourceUri = uri;
    item.iconPath = new vscode.ThemeIcon(r.sharedDeals.length ? 'link' : r.linked ? 'references' : 'note');
    const names = r.sharedEntities.map((k) => index.entity(k)?.name ?? k);
    const parts: string[] = [];
    if (r.sharedDeals.length) parts.push(sharedDealCount(r.sharedDeals.length));
    if (r.linked) parts.push(vscode.l10n.t('linked'));
    if (names.length) parts.push(names.slice(0, 3).join(', ') + (names.length > 3 ? '…' : ''));
    item.description = parts.join(' · ');
    const md = new vscode.MarkdownString();
    md.appendText(vscode.workspace.asRelativePath(uri, false));
    for (const d of r.sharedDeals) {
      md.appendMarkdown('\n\n- ');
      md.appendText(dealLabel(d));
    }
    if (names.length) {
      md.appendMarkdown('\n\n');
      md.appendText(vscode.l10n.t('Also names: {0}', names.join(', ')));
    }
    item.tooltip = md;
    item.contextValue = 'dealNotes.relatedNote';
    // Open at the first sentence of a shared deal, else at the top.
    const src = r.sharedDeals.flatMap((d) => d.sources).find((s) => s.uri === r.uri);
    item.command = { command: OPEN_LOCATION, title: vscode.l10n.t('Open'), arguments: [r.uri, src?.start ?? 0, src?.end ?? 0] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** "Also reported in N notes" above each deal sentence that other notes report too. */
export class OtherReportsCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly sub: { dispose(): void };

  constructor(private readonly services: Services) {
    this.sub = services.notes.index.onDidChange(() => {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.changed.fire();
      }, 300);
    });
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration('dealNotes').get<boolean>('codeLens.otherReports', true)) return [];
    const uri = document.uri.toString();
    const analysis = this.services.notes.index.get(uri);
    if (!analysis || analysis.text !== document.getText()) return [];
    const lenses: vscode.CodeLens[] = [];
    const seen = new Set<string>();
    for (const deal of this.services.notes.index.dealsInNote(uri)) {
      const others = otherReports(deal, uri);
      if (!others.length) continue;
      for (const s of deal.sources) {
        if (s.uri !== uri) continue;
        const key = `${deal.id}@${analysis.lines.positionAt(s.start).line}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const title = others.length === 1 ? vscode.l10n.t('Also reported in 1 other note') : vscode.l10n.t('Also reported in {0} other notes', others.length);
        lenses.push(new vscode.CodeLens(toRange(analysis.lines, s.start, s.start), {
          title: `${title} · ${plainText(deal.parties.join(' – '))}`,
          command: SHOW_OTHER_REPORTS,
          arguments: [deal.id, uri],
          tooltip: vscode.l10n.t('Open the other notes that report this deal'),
        }));
      }
    }
    return lenses;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.sub.dispose();
    this.changed.dispose();
  }
}

async function showOtherReports(services: Services, idArg: unknown, uriArg: unknown): Promise<boolean> {
  if (typeof idArg !== 'string' || idArg.length > 1000) return false;
  const deal: Deal | undefined = services.notes.index.deal(idArg);
  const from = asUri(uriArg)?.toString();
  if (!deal) return false;
  // One entry per note: its first sentence reporting the deal.
  const firstByNote = new Map<string, (typeof deal.sources)[number]>();
  for (const s of deal.sources) if (s.uri !== from && !firstByNote.has(s.uri)) firstByNote.set(s.uri, s);
  const sources = [...firstByNote.values()];
  if (!sources.length) return false;
  const items = sources.map((s) => ({
    label: plainText(services.notes.index.get(s.uri)?.title ?? vscode.workspace.asRelativePath(toUri(s.uri), false)),
    description: plainText(vscode.workspace.asRelativePath(toUri(s.uri), false)),
    detail: plainText(s.sentence.replace(/\s+/g, ' ').slice(0, 240)),
    source: s,
  }));
  const pick = items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: dealLabel(deal), placeHolder: vscode.l10n.t('Open a note that reports this deal'), matchOnDetail: true });
  if (!pick) return false;
  await openAt(toUri(pick.source.uri), pick.source.start, pick.source.end);
  return true;
}

export const registerRelated: Feature = (context, services) => {
  const provider = new RelatedNotesProvider(services);
  const view = vscode.window.createTreeView(RELATED_VIEW, { treeDataProvider: provider });
  const lenses = new OtherReportsCodeLensProvider(services);
  context.subscriptions.push(
    provider,
    view,
    lenses,
    vscode.languages.registerCodeLensProvider(NOTE_SELECTOR, lenses),
    vscode.commands.registerCommand(SHOW_OTHER_REPORTS, (id?: unknown, uri?: unknown) => showOtherReports(services, id, uri)),
    vscode.commands.registerCommand('dealNotes.relatedNotes', () => {
      const active = activeNoteUri(services);
      if (active && active !== provider.target) provider.setTarget(active);
      // For tests and other extensions: the ranked related notes of the active note.
      return provider.related().map((r) => ({ uri: r.uri, score: r.score, sharedDeals: r.sharedDeals.map((d) => d.id), sharedEntities: r.sharedEntities, linked: r.linked }));
    }),
    followActiveNote(services, view as vscode.TreeView<unknown>, provider, () => vscode.l10n.t('Open a note to see the notes that share its deals and companies.')),
  );
};
