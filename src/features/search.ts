/**
 * "Deal Notes: Search Notes…": a QuickPick over the fuzzy search of the core (deals, companies and chips,
 * note titles, sentences), typo- and accent-tolerant; Enter opens the note with the match selected.
 *
 * The search index follows the workspace index: changed notes are re-indexed in small slices in the
 * background (never one long task on the extension host), and whatever is left is applied on the next query.
 */
import * as vscode from 'vscode';
import { plainText } from './labels';
import { WorkspaceSearch, type SearchHit, type SearchItem, type SearchItemKind } from '../core/search/searchIndex';
import { asUri, openAt } from './convert';
import type { Feature } from './index';

/** Notes re-indexed per slice in the background (about 0.2 ms each with 30-sentence notes). */
const NOTES_PER_SLICE = 100;
const QUERY_DEBOUNCE_MS = 60;

const ICONS: Record<SearchItemKind, string> = { deal: 'graph', entity: 'organization', note: 'file-text', sentence: 'quote' };

function kindLabel(kind: SearchItemKind, entityIsChip = false): string {
  switch (kind) {
    case 'deal':
      return vscode.l10n.t('Deal');
    case 'entity':
      return entityIsChip ? vscode.l10n.t('Chip') : vscode.l10n.t('Company');
    case 'note':
      return vscode.l10n.t('Note');
    case 'sentence':
      return vscode.l10n.t('Sentence');
  }
}

/** A search result as the command returns it to callers (tests, other extensions): plain data. */
export type SearchResultData = Pick<SearchItem, 'kind' | 'label' | 'detail' | 'uri' | 'start' | 'end' | 'dealId'>;

interface HitPick extends vscode.QuickPickItem {
  hit: SearchHit;
}

function maxResults(): number {
  const n = vscode.workspace.getConfiguration('dealNotes.search').get<number>('maxResults', 50);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 500) : 50;
}

export const registerSearch: Feature = (context, { notes }) => {
  const index = notes.index;
  let search: WorkspaceSearch | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const getSearch = () => (search ??= new WorkspaceSearch(index, { maxResults: maxResults() }));

  // Re-index changed notes in slices, yielding to the host between them.
  const pump = () => {
    timer = undefined;
    if (!search) return;
    const left = search.flush(NOTES_PER_SLICE);
    if (left > 0 || search.pending > 0) timer = setTimeout(pump, 0);
  };
  const schedule = () => {
    if (!timer) timer = setTimeout(pump, 50);
  };

  context.subscriptions.push(
    index.onDidChange((e) => {
      if (!search) return; // built on first use
      search.invalidate(e.uris);
      schedule();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('dealNotes.search')) search = undefined;
    }),
    { dispose: () => clearTimeout(timer) },
    vscode.commands.registerCommand('dealNotes.search', async (query?: unknown): Promise<SearchResultData[] | undefined> => {
      if (query !== undefined) {
        // Programmatic use: return the results without any UI.
        if (typeof query !== 'string' || query.length > 500) return [];
        await notes.ready;
        return getSearch().search(query).map(toData);
      }
      await showSearch(getSearch, notes.ready);
      return undefined;
    }),
  );

  // Build the search index in the background once the first scan is done, so the first query is quick.
  void notes.ready.then(() => {
    getSearch().invalidate([]);
    schedule();
  });
};

function toData(h: SearchHit): SearchResultData {
  const data: SearchResultData = { kind: h.item.kind, label: h.item.label, detail: h.item.detail, uri: h.item.uri, start: h.item.start, end: h.item.end };
  if (h.item.dealId) data.dealId = h.item.dealId;
  return data;
}

function toPick(hit: SearchHit): HitPick {
  const { item } = hit;
  const where = vscode.workspace.asRelativePath(vscode.Uri.parse(item.uri), false);
  const icon = item.entityKind === 'chip' ? 'chip' : ICONS[item.kind];
  return {
    label: `$(${icon}) ${plainText(item.label)}`,
    description: plainText([kindLabel(item.kind, item.entityKind === 'chip'), item.kind === 'deal' || item.kind === 'entity' ? item.detail : where].filter(Boolean).join(' · ')),
    alwaysShow: true, // our fuzzy search already chose these; the QuickPick's own filter would drop typos
    hit,
  };
}

async function showSearch(getSearch: () => WorkspaceSearch, ready: Promise<void>): Promise<void> {
  const pick = vscode.window.createQuickPick<HitPick>();
  pick.title = vscode.l10n.t('Search Notes');
  pick.placeholder = vscode.l10n.t('Search deals, companies, chips, notes and sentences (typos and accents are fine)');
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  pick.busy = true;
  let queryTimer: ReturnType<typeof setTimeout> | undefined;
  let isReady = false;
  const update = () => {
    queryTimer = undefined;
    if (!isReady) return;
    const value = pick.value.trim();
    pick.items = value ? getSearch().search(value).map(toPick) : [];
    pick.busy = false;
  };
  const disposables: vscode.Disposable[] = [
    pick,
    pick.onDidChangeValue(() => {
      clearTimeout(queryTimer);
      queryTimer = setTimeout(update, QUERY_DEBOUNCE_MS);
    }),
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0] ?? pick.activeItems[0];
      pick.hide();
      if (!chosen) return;
      const uri = asUri(chosen.hit.item.uri);
      if (uri) void openAt(uri, chosen.hit.item.start, chosen.hit.item.end).then(undefined, (e: unknown) => void vscode.window.showErrorMessage(String(e)));
    }),
  ];
  pick.onDidHide(() => {
    clearTimeout(queryTimer);
    for (const d of disposables) d.dispose();
  });
  pick.show();
  await ready;
  isReady = true;
  update();
}
