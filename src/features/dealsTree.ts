/**
 * The Deals view: every deal of the workspace as "parties · value · date", its chips and power in the
 * description and its evidence sentence in the tooltip (made when hovered: resolveTreeItem); its children are
 * its source notes, and a click on one opens the note with the sentence selected. A flat list, largest value first, by default; group by
 * company or kind and sort by value, date or name from the view's title bar.
 */
import * as vscode from 'vscode';
import type { Deal, DealKind } from '../core/types';
import type { NoteIndex } from '../core/index/noteIndex';
import { dealLabel, dealsMarkdown, formatDealAlternative, formatDealValue } from '../core/report/format';
import { asDeal, asOffset, asUri, openAt } from './convert';
import { groupDeals, isGroupBy, isSortBy, orderDeals, sourcesByNote, type DealGroupBy, type DealSortBy, type SourceNote } from '../core/report/dealGrouping';
import { dealMagnitude, vagueMagnitude, type MentionLookup } from '../core/report/dealMagnitude';
import { dealCount, noteCount, sentenceCount } from './counts';
import { onIndexSettled } from './throttle';
import type { Feature } from './index';
import { dealKindLabel } from './labels';

export const DEALS_VIEW = 'dealNotes.deals';
export const OPEN_LOCATION = 'dealNotes.openLocation';

export type DealsElement = GroupElement | DealElement | SourceElement;

export interface GroupElement {
  type: 'group';
  by: Exclude<DealGroupBy, 'none'>;
  key: string;
  deals: Deal[];
}

export interface DealElement {
  type: 'deal';
  deal: Deal;
  /** Unique among the view's items (a deal shows under each of its companies when grouped). */
  id: string;
  /** A group of this view, or an element of another view that shows deals (Companies & Chips). */
  parent?: object | undefined;
}

export interface SourceElement {
  type: 'source';
  deal: Deal;
  note: SourceNote;
  id: string;
  parent: DealElement;
}

const KIND_ICONS: Record<DealKind, string> = {
  investment: 'graph', acquisition: 'briefcase', stake: 'pie-chart', partnership: 'link', supply: 'package',
  purchase: 'credit-card', cloud: 'cloud', 'joint-venture': 'git-merge', lease: 'key', licensing: 'law', other: 'circle-outline',
};


/** "Vera Rubin · 10 GW": what a deal's row shows after its label. */
export function dealDescription(deal: Deal): string {
  return [deal.chips.join(', '), deal.powerGw !== undefined ? `${deal.powerGw} GW` : ''].filter(Boolean).join(' · ');
}

/** The tooltip of a deal: label, kind, value as written, notes, and the evidence sentence (escaped). */
export function dealTooltip(deal: Deal, index: MentionLookup): vscode.MarkdownString {
  const vague = deal.value ? undefined : vagueMagnitude(deal, index);
  const md = new vscode.MarkdownString();
  md.appendMarkdown('**');
  md.appendText(dealLabel(deal, vague?.text));
  md.appendMarkdown('**\n\n');
  const facts = [dealKindLabel(deal.kind)];
  if (deal.value) facts.push(`${formatDealValue(deal.value)} (“${deal.value.text}”)`);
  if (vague?.text) facts.push(vscode.l10n.t('{0}: an order of magnitude, not a figure', vague.text));
  if (deal.chips.length) facts.push(deal.chips.join(', '));
  if (deal.powerGw !== undefined) facts.push(`${deal.powerGw} GW`);
  md.appendText(facts.join(' · '));
  md.appendMarkdown('\n\n');
  const alternative = formatDealAlternative(deal.value);
  if (alternative) {
    md.appendText(`⚠ ${vscode.l10n.t('Ambiguous number format')}: ${vscode.l10n.t('could also be read as {0}', alternative)}`);
    md.appendMarkdown('\n\n');
  }
  const notes = sourcesByNote(deal).length;
  md.appendText(vscode.l10n.t('Reported by {0}.', noteCount(notes)));
  const evidence = deal.sources[0]?.sentence;
  if (evidence) {
    md.appendMarkdown('\n\n---\n\n> ');
    md.appendText(evidence.replace(/\s+/g, ' '));
  }
  if (deal.corrected?.length) {
    md.appendMarkdown('\n\n');
    md.appendText(vscode.l10n.t('Corrected: {0}', deal.corrected.join(', ')));
  }
  return md;
}

/**
 * A deal's row; `notes` gives the mentions of its sentences, for a vague amount ("$10B+") when it has no value.
 * Its tooltip is left to resolveDealTooltip: it counts every note that reports the deal, and VS Code makes a
 * row for every deal of the list at once (a warm start shows thousands, whose sources are made only when read).
 */
export function dealTreeItem(element: DealElement, notes: MentionLookup): vscode.TreeItem {
  const { deal } = element;
  const label = dealLabel(deal, deal.value ? undefined : vagueMagnitude(deal, notes)?.text);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = element.id;
  item.description = dealDescription(deal);
  // A value whose number format stays in doubt, then a deal corrected by the user: said after the description.
  if (formatDealAlternative(deal.value)) item.description = [item.description, `⚠ ${vscode.l10n.t('ambiguous amount')}`].filter(Boolean).join(' · ');
  if (deal.corrected?.length) item.description = [item.description, `✎ ${vscode.l10n.t('corrected')}`].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon(KIND_ICONS[deal.kind] ?? 'circle-outline');
  item.contextValue = 'dealNotes.deal';
  item.accessibilityInformation = { label: `${label}, ${dealKindLabel(deal.kind)}, ${dealDescription(deal)}` };
  return item;
}

/** The tooltip of a deal's row, when VS Code asks for it (TreeDataProvider.resolveTreeItem: the row is hovered). */
export function resolveDealTooltip(item: vscode.TreeItem, element: { type: string; deal?: Deal }, notes: MentionLookup): vscode.TreeItem {
  if (element.type === 'deal' && element.deal) item.tooltip = dealTooltip(element.deal, notes);
  return item;
}

export function sourceChildren(parent: DealElement): SourceElement[] {
  return sourcesByNote(parent.deal).map((note) => ({ type: 'source', deal: parent.deal, note, id: `${parent.id}/${note.uri}`, parent }));
}

export function sourceTreeItem(element: SourceElement, index: NoteIndex): vscode.TreeItem {
  const { note } = element;
  const analysis = index.get(note.uri);
  const first = note.primary;
  const uri = vscode.Uri.parse(note.uri);
  const item = new vscode.TreeItem(analysis?.title ?? uri.path.split('/').pop() ?? note.uri, vscode.TreeItemCollapsibleState.None);
  item.id = element.id;
  item.resourceUri = uri;
  item.iconPath = vscode.ThemeIcon.File;
  const line = analysis ? analysis.lines.positionAt(first.start).line + 1 : undefined;
  const where = vscode.workspace.asRelativePath(uri, false);
  item.description = [line !== undefined ? `${where}:${line}` : where, note.sources.length > 1 ? sentenceCount(note.sources.length) : ''].filter(Boolean).join(' · ');
  const md = new vscode.MarkdownString();
  md.appendText(where);
  for (const s of note.sources) {
    md.appendMarkdown('\n\n> ');
    md.appendText(s.sentence.replace(/\s+/g, ' '));
  }
  item.tooltip = md;
  item.contextValue = 'dealNotes.source';
  item.command = { command: OPEN_LOCATION, title: vscode.l10n.t('Open Source'), arguments: [note.uri, first.start, first.end] };
  return item;
}

export class DealsTreeProvider implements vscode.TreeDataProvider<DealsElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DealsElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: DealsElement[] | undefined;

  constructor(private readonly index: NoteIndex, public groupBy: DealGroupBy, public sortBy: DealSortBy) {}

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  setOrder(groupBy: DealGroupBy, sortBy: DealSortBy): void {
    this.groupBy = groupBy;
    this.sortBy = sortBy;
    this.refresh();
  }

  getTreeItem(element: DealsElement): vscode.TreeItem {
    if (element.type === 'deal') return dealTreeItem(element, this.index);
    if (element.type === 'source') return sourceTreeItem(element, this.index);
    const label = element.by === 'kind' ? dealKindLabel(element.key as DealKind) : element.key;
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
    item.id = `group:${element.by}:${element.key}`;
    item.description = dealCount(element.deals.length);
    item.iconPath = new vscode.ThemeIcon(element.by === 'kind' ? KIND_ICONS[element.key as DealKind] ?? 'folder' : 'organization');
    item.contextValue = 'dealNotes.dealGroup';
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, element: DealsElement): vscode.TreeItem {
    return resolveDealTooltip(item, element, this.index);
  }

  getChildren(element?: DealsElement): DealsElement[] {
    if (!element) return (this.roots ??= this.buildRoots());
    if (element.type === 'group') return element.deals.map((deal) => ({ type: 'deal', deal, id: `group:${element.by}:${element.key}/deal:${deal.id}`, parent: element }));
    if (element.type === 'deal') return sourceChildren(element);
    return [];
  }

  getParent(element: DealsElement): DealsElement | undefined {
    return element.type === 'group' ? undefined : (element.parent as DealsElement | undefined);
  }

  /** The element of a deal: at the top of the flat list, or under its first group when grouped. */
  findDeal(id: string): DealElement | undefined {
    for (const e of this.getChildren()) {
      if (e.type === 'deal' && e.deal.id === id) return e;
      if (e.type === 'group') {
        const inGroup = this.getChildren(e).find((c): c is DealElement => c.type === 'deal' && c.deal.id === id);
        if (inGroup) return inGroup;
      }
    }
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private buildRoots(): DealsElement[] {
    const deals = this.index.deals();
    const magnitude = (deal: Deal) => dealMagnitude(deal, this.index);
    if (this.groupBy === 'none') return orderDeals(deals, this.sortBy, magnitude).map((deal) => ({ type: 'deal', deal, id: `deal:${deal.id}` }));
    return groupDeals(deals, this.groupBy, this.sortBy, magnitude).map((g) => ({ type: 'group', by: this.groupBy as Exclude<DealGroupBy, 'none'>, key: g.key, deals: g.deals }));
  }
}

/** One Markdown table row for a deal (the columns of the export). */
export function dealMarkdownRow(deal: Deal): string {
  return dealsMarkdown([deal]).trimEnd().split('\n').pop()!;
}

function configuredOrder(): { groupBy: DealGroupBy; sortBy: DealSortBy } {
  const c = vscode.workspace.getConfiguration('dealNotes.deals');
  const groupBy = c.get<string>('groupBy');
  const sortBy = c.get<string>('sortBy');
  return { groupBy: isGroupBy(groupBy) ? groupBy : 'none', sortBy: isSortBy(sortBy) ? sortBy : 'value' };
}

const STATE_KEY = 'dealNotes.deals.order';

/** The Deals view, its commands and the click-to-open command shared with the other views. */
export const registerDealsTree: Feature = (context, { notes }) => {
  const index = notes.index;
  // The order chosen from the title bar persists per workspace; the settings give the default.
  const saved = context.workspaceState.get<{ groupBy?: unknown; sortBy?: unknown }>(STATE_KEY);
  const initial = configuredOrder();
  const provider = new DealsTreeProvider(index, isGroupBy(saved?.groupBy) ? saved.groupBy : initial.groupBy, isSortBy(saved?.sortBy) ? saved.sortBy : initial.sortBy);
  const view = vscode.window.createTreeView(DEALS_VIEW, { treeDataProvider: provider, showCollapseAll: true });

  const setOrder = (groupBy: DealGroupBy, sortBy: DealSortBy) => {
    provider.setOrder(groupBy, sortBy);
    void context.workspaceState.update(STATE_KEY, { groupBy, sortBy });
    void vscode.commands.executeCommand('setContext', 'dealNotes.deals.groupBy', groupBy);
    void vscode.commands.executeCommand('setContext', 'dealNotes.deals.sortBy', sortBy);
  };
  setOrder(provider.groupBy, provider.sortBy);

  const updateTitle = () => {
    const deals = index.deals().length;
    const notes = index.size;
    view.description = vscode.l10n.t('{0} in {1}', dealCount(deals), noteCount(notes));
    void vscode.commands.executeCommand('setContext', 'dealNotes.hasNotes', notes > 0);
  };


  const groupLabels = (): Record<DealGroupBy, string> => ({ none: vscode.l10n.t('No grouping'), company: vscode.l10n.t('Company'), kind: vscode.l10n.t('Kind of deal') });
  const sortLabels = (): Record<DealSortBy, string> => ({ value: vscode.l10n.t('Value (largest first)'), date: vscode.l10n.t('Date (newest first)'), name: vscode.l10n.t('Name (A to Z)') });

  context.subscriptions.push(
    provider,
    view,
    // Index changes come one per note during a scan and on every debounced edit.
    onIndexSettled(index, () => {
      provider.refresh();
      updateTitle();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dealNotes.deals')) {
        const o = configuredOrder();
        setOrder(o.groupBy, o.sortBy);
      }
    }),
    vscode.commands.registerCommand(OPEN_LOCATION, async (uriArg: unknown, startArg: unknown, endArg: unknown) => {
      const uri = asUri(uriArg);
      const start = asOffset(startArg) ?? 0;
      const end = asOffset(endArg) ?? start;
      if (!uri || !index.get(uri.toString())) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Deal Notes: this note is no longer in the workspace.'));
        return false;
      }
      await openAt(uri, start, Math.max(start, end));
      return true;
    }),
    vscode.commands.registerCommand('dealNotes.groupDealsBy', async (arg?: unknown) => {
      let by: DealGroupBy | undefined = isGroupBy(arg) ? arg : undefined;
      if (!by) {
        const labels = groupLabels();
        const pick = await vscode.window.showQuickPick(
          (Object.keys(labels) as DealGroupBy[]).map((k) => ({ label: labels[k], description: k === provider.groupBy ? vscode.l10n.t('current') : '', key: k })),
          { title: vscode.l10n.t('Group Deals By') },
        );
        by = pick?.key;
      }
      if (by) setOrder(by, provider.sortBy);
      return provider.groupBy;
    }),
    vscode.commands.registerCommand('dealNotes.sortDealsBy', async (arg?: unknown) => {
      let by: DealSortBy | undefined = isSortBy(arg) ? arg : undefined;
      if (!by) {
        const labels = sortLabels();
        const pick = await vscode.window.showQuickPick(
          (Object.keys(labels) as DealSortBy[]).map((k) => ({ label: labels[k], description: k === provider.sortBy ? vscode.l10n.t('current') : '', key: k })),
          { title: vscode.l10n.t('Sort Deals By') },
        );
        by = pick?.key;
      }
      if (by) setOrder(provider.groupBy, by);
      return provider.sortBy;
    }),
    vscode.commands.registerCommand('dealNotes.openAllSources', async (arg?: unknown) => {
      const deal = asDeal(index, arg ?? view.selection[0]);
      if (!deal) return 0;
      const notesOfDeal = sourcesByNote(deal).filter((n) => index.get(n.uri));
      for (const n of notesOfDeal) {
        const s = n.primary;
        await openAt(vscode.Uri.parse(n.uri), s.start, s.end, { preview: false, preserveFocus: true });
      }
      return notesOfDeal.length;
    }),
    // Selects a deal in the view: for hovers ("Reveal in Deals") and the other views.
    vscode.commands.registerCommand('dealNotes.deals.reveal', async (arg?: unknown) => {
      const element = typeof arg === 'string' && arg.length <= 500 ? provider.findDeal(arg) : undefined;
      if (!element) return false;
      await view.reveal(element, { select: true, focus: true, expand: true });
      return true;
    }),
    vscode.commands.registerCommand('dealNotes.copyDealAsMarkdown', async (arg?: unknown) => {
      const deal = asDeal(index, arg ?? view.selection[0]);
      if (!deal) return undefined;
      const row = dealMarkdownRow(deal);
      await vscode.env.clipboard.writeText(row);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Deal copied as a Markdown row'), 3000);
      return row;
    }),
  );
  updateTitle();
  void notes.ready.then(() => {
    provider.refresh();
    updateTitle();
    void vscode.commands.executeCommand('setContext', 'dealNotes.ready', true);
  });
};

/** The tree view of the Deals, for tests and for the other views (reveal). */
export type DealsTreeView = vscode.TreeView<DealsElement>;
