/**
 * The Companies & Chips view: every company and chip the notes mention, with its mention and deal counts;
 * under each, its deals (with their sources) and the notes that mention it (a click opens the note at the
 * first mention).
 */
import * as vscode from 'vscode';
import type { EntityKind } from '../core/types';
import type { EntitySummary, NoteIndex } from '../core/index/noteIndex';
import { looseKey } from '../core/text/chars';
import { dealTreeItem, OPEN_LOCATION, resolveDealTooltip, sourceChildren, sourceTreeItem, type DealElement, type SourceElement } from './dealsTree';
import { asDeal } from './convert';
import { chipCount, companyCount, dealCount, mentionCount, noteCount } from './counts';
import { onIndexSettled } from './throttle';
import type { Feature } from './index';

export const ENTITIES_VIEW = 'dealNotes.entities';

export type EntitiesElement = CategoryElement | EntityElement | EntityDealElement | EntitySourceElement | EntityNoteElement;

export interface CategoryElement {
  type: 'category';
  kind: EntityKind;
}

export interface EntityElement {
  type: 'entity';
  key: string;
  parent: CategoryElement;
}

export interface EntityDealElement extends DealElement {
  parent: EntityElement;
}

export interface EntitySourceElement extends SourceElement {
  parent: EntityDealElement;
}

export interface EntityNoteElement {
  type: 'note';
  uri: string;
  entity: EntityElement;
}

/** Most mentioned first, then A→Z. */
export function sortEntities(entities: readonly EntitySummary[]): EntitySummary[] {
  return [...entities].sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}

export class EntitiesTreeProvider implements vscode.TreeDataProvider<EntitiesElement>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntitiesElement | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly categories: Record<EntityKind, CategoryElement> = { company: { type: 'category', kind: 'company' }, chip: { type: 'category', kind: 'chip' } };
  /** Elements handed out since the last refresh, by key: reveal() needs the same objects. */
  private entityElements = new Map<string, EntityElement>();

  constructor(private readonly index: NoteIndex) {}

  refresh(): void {
    this.entityElements = new Map();
    this.changed.fire(undefined);
  }

  getTreeItem(element: EntitiesElement): vscode.TreeItem {
    switch (element.type) {
      case 'category': {
        const count = this.index.entities().filter((e) => e.kind === element.kind).length;
        const item = new vscode.TreeItem(element.kind === 'company' ? vscode.l10n.t('Companies') : vscode.l10n.t('Chips'), vscode.TreeItemCollapsibleState.Expanded);
        item.id = `category:${element.kind}`;
        item.description = String(count);
        item.iconPath = new vscode.ThemeIcon(element.kind === 'company' ? 'organization' : 'chip');
        return item;
      }
      case 'entity':
        return this.entityItem(element);
      case 'deal':
        return dealTreeItem(element, this.index);
      case 'source':
        return sourceTreeItem(element, this.index);
      case 'note': {
        const analysis = this.index.get(element.uri);
        const uri = vscode.Uri.parse(element.uri);
        const item = new vscode.TreeItem(analysis?.title ?? uri.path.split('/').pop() ?? element.uri, vscode.TreeItemCollapsibleState.None);
        item.id = `entity:${element.entity.key}/note:${element.uri}`;
        item.resourceUri = uri;
        item.iconPath = vscode.ThemeIcon.File;
        const mentions = analysis?.mentions.filter((m) => (m.kind === 'company' || m.kind === 'chip') && looseKey(m.canonical) === element.entity.key) ?? [];
        item.description = [vscode.workspace.asRelativePath(uri, false), mentionCount(mentions.length)].join(' · ');
        const first = mentions[0];
        item.command = { command: OPEN_LOCATION, title: vscode.l10n.t('Open Note'), arguments: [element.uri, first?.start ?? 0, first?.end ?? 0] };
        item.contextValue = 'dealNotes.note';
        return item;
      }
    }
  }

  resolveTreeItem(item: vscode.TreeItem, element: EntitiesElement): vscode.TreeItem {
    return resolveDealTooltip(item, element, this.index);
  }

  getChildren(element?: EntitiesElement): EntitiesElement[] {
    if (!element) {
      const kinds = new Set(this.index.entities().map((e) => e.kind));
      return (['company', 'chip'] as const).filter((k) => kinds.has(k)).map((k) => this.categories[k]);
    }
    switch (element.type) {
      case 'category':
        return sortEntities(this.index.entities().filter((e) => e.kind === element.kind)).map((e) => this.entityElement(e.key, e.kind));
      case 'entity': {
        const summary = this.index.entity(element.key);
        if (!summary) return [];
        const deals: EntitiesElement[] = this.index.dealsOf(summary.name).map((deal) => ({ type: 'deal', deal, id: `entity:${element.key}/deal:${deal.id}`, parent: element }));
        const notes: EntitiesElement[] = summary.noteUris.map((uri) => ({ type: 'note', uri, entity: element }));
        return [...deals, ...notes];
      }
      case 'deal':
        return sourceChildren(element).map((s) => ({ ...s, parent: element as EntityDealElement }));
      default:
        return [];
    }
  }

  getParent(element: EntitiesElement): EntitiesElement | undefined {
    switch (element.type) {
      case 'category':
        return undefined;
      case 'entity':
        return element.parent;
      case 'note':
        return element.entity;
      default:
        return element.parent as EntitiesElement | undefined;
    }
  }

  /** The element of an entity by name, for reveal(). */
  elementFor(name: string): EntityElement | undefined {
    const summary = this.index.entity(name);
    return summary ? this.entityElement(summary.key, summary.kind) : undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }

  private entityElement(key: string, kind: EntityKind): EntityElement {
    let e = this.entityElements.get(key);
    if (!e) this.entityElements.set(key, (e = { type: 'entity', key, parent: this.categories[kind] }));
    return e;
  }

  private entityItem(element: EntityElement): vscode.TreeItem {
    const s = this.index.entity(element.key);
    const item = new vscode.TreeItem(s?.name ?? element.key, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `entity:${element.key}`;
    if (!s) return item;
    const counts = [mentionCount(s.mentionCount), s.dealIds.length ? dealCount(new Set(s.dealIds).size) : ''].filter(Boolean).join(' · ');
    item.description = counts;
    item.iconPath = new vscode.ThemeIcon(s.kind === 'chip' ? 'chip' : s.confidence < 1 ? 'question' : 'organization');
    const md = new vscode.MarkdownString();
    md.appendMarkdown('**');
    md.appendText(s.name);
    md.appendMarkdown('**');
    if (s.kind === 'chip' && s.vendor) md.appendText(` (${s.vendor}${s.family ? `, ${s.family}` : ''})`);
    if (s.description) {
      md.appendMarkdown('\n\n');
      md.appendText(s.description);
    }
    md.appendMarkdown('\n\n');
    md.appendText(`${counts} · ${noteCount(s.noteUris.length)}`);
    if (s.aliasesSeen.length > 1) {
      md.appendMarkdown('\n\n');
      md.appendText(vscode.l10n.t('Written as: {0}', s.aliasesSeen.join(', ')));
    }
    if (s.confidence < 1) {
      md.appendMarkdown('\n\n');
      md.appendText(vscode.l10n.t('Recognised from context, not from the lexicon.'));
    }
    item.tooltip = md;
    item.contextValue = 'dealNotes.entity';
    return item;
  }
}

export const registerEntitiesTree: Feature = (context, { notes }) => {
  const index = notes.index;
  const provider = new EntitiesTreeProvider(index);
  const view = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const updateTitle = () => {
    const entities = index.entities();
    const chips = entities.filter((e) => e.kind === 'chip').length;
    view.description = `${companyCount(entities.length - chips)}, ${chipCount(chips)}`;
  };
  context.subscriptions.push(
    provider,
    view,
    onIndexSettled(index, () => {
      provider.refresh();
      updateTitle();
    }),
    vscode.commands.registerCommand('dealNotes.revealInCompanies', async (arg?: unknown) => {
      // A deal (from the Deals view) reveals its first party; a name reveals that entity.
      const deal = asDeal(index, arg);
      const name = deal ? deal.parties[0] : typeof arg === 'string' ? arg : undefined;
      const element = name ? provider.elementFor(name) : undefined;
      if (!element) return false;
      await view.reveal(element, { select: true, focus: true, expand: true });
      return true;
    }),
  );
  updateTitle();
  void notes.ready.then(() => {
    provider.refresh();
    updateTitle();
  });
};
