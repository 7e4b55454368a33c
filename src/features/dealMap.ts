/**
 * The Deal Map panel: a webview that draws the workspace's deals as a graph of companies and on a
 * timeline. This file is the VS Code side only: it builds the graph from the index (src/core/report), posts
 * it to the webview (src/webview/dealMap, its own bundle), follows the index, answers the webview's
 * messages with the extension's own commands, saves exports where the user chooses, and restores the panel
 * after a reload.
 */
import * as vscode from 'vscode';
import type { NoteIndex } from '../core/index/noteIndex';
import type { Lexicon } from '../core/lexicon/lexicon';
import { buildDealGraph, MAP_KINDS, type DealGraph, type MapKind, type NodeGroup } from '../core/report/dealGraph';
import { dealMagnitude } from '../core/report/dealMagnitude';
import type { DealKind } from '../core/types';
import { isMessageToExtension, type DealMapState, type DealMapStrings, type ToExtension, type ToWebview } from '../webview/dealMap/protocol';
import { asDeal } from './convert';
import { OPEN_LOCATION } from './dealsTree';
import type { Feature, Services } from './index';
import { dealKindLabel } from './labels';
import { onIndexSettled } from './throttle';

export const DEAL_MAP_VIEW_TYPE = 'dealNotes.dealMap';
const DEAL_KINDS: DealKind[] = ['investment', 'acquisition', 'stake', 'partnership', 'supply', 'purchase', 'cloud', 'joint-venture', 'lease', 'licensing', 'other'];

export function dealGraphOf(index: NoteIndex, lexicon: Lexicon): DealGraph {
  return buildDealGraph({
    deals: index.deals(),
    categoryOf: (name) => lexicon.find(name)?.category,
    magnitudeOf: (d) => dealMagnitude(d, index),
    titleOf: (uri) => index.get(uri)?.title ?? uri.split('/').pop() ?? uri,
  });
}

function strings(): DealMapStrings {
  const kinds: Record<MapKind, string> = {
    investment: vscode.l10n.t('Investment'), cloud: vscode.l10n.t('Cloud & compute'), chips: vscode.l10n.t('Chips'),
    partnership: vscode.l10n.t('Partnership'), acquisition: vscode.l10n.t('Acquisition'), other: vscode.l10n.t('Other'),
  };
  const groups: Record<NodeGroup, string> = {
    'ai-lab': vscode.l10n.t('AI labs'), chipmaker: vscode.l10n.t('Chipmakers & foundries'), cloud: vscode.l10n.t('Clouds & data centres'),
    investor: vscode.l10n.t('Investors & finance'), tech: vscode.l10n.t('Tech & telecom'), industrial: vscode.l10n.t('Industry & energy'),
    other: vscode.l10n.t('Other companies'),
  };
  return {
    map: vscode.l10n.t('Map'),
    timeline: vscode.l10n.t('Timeline'),
    kinds,
    groups,
    dealKinds: Object.fromEntries(DEAL_KINDS.map((k) => [k, dealKindLabel(k)])),
    from: vscode.l10n.t('From'),
    to: vscode.l10n.t('To'),
    minValue: vscode.l10n.t('Minimum value'),
    any: vscode.l10n.t('Any'),
    search: vscode.l10n.t('Search'),
    searchPlaceholder: vscode.l10n.t('Company, chip…'),
    exportSvg: vscode.l10n.t('Export SVG'),
    exportPng: vscode.l10n.t('Export PNG'),
    openSources: vscode.l10n.t('Open sources…'),
    revealCompany: vscode.l10n.t('Reveal in Companies'),
    sourcesTitle: vscode.l10n.t('Sources'),
    noValue: vscode.l10n.t('no amount stated'),
    noDate: vscode.l10n.t('no date'),
    dealCount: [vscode.l10n.t('1 deal'), vscode.l10n.t('{0} deals')],
    companyCount: [vscode.l10n.t('1 company'), vscode.l10n.t('{0} companies')],
    sourceCount: [vscode.l10n.t('1 source'), vscode.l10n.t('{0} sources')],
    noteCount: [vscode.l10n.t('1 note'), vscode.l10n.t('{0} notes')],
    notShown: vscode.l10n.t('Not on the timeline: {0} without a date, {1} without an amount.'),
    empty: vscode.l10n.t('No deal matches these filters.'),
    mapLabel: vscode.l10n.t('Deal map: companies joined by their deals'),
    timelineLabel: vscode.l10n.t('Deal timeline: amounts on a log scale'),
    listLabel: vscode.l10n.t('Deals shown'),
    legend: vscode.l10n.t('Legend'),
    companies: vscode.l10n.t('Companies'),
    dealKindsTitle: vscode.l10n.t('Kinds of deal'),
    vague: vscode.l10n.t('order of magnitude'),
    ambiguous: `${vscode.l10n.t('Ambiguous number format')}: ${vscode.l10n.t('could also be read as {0}', '{0}')}`,
  };
}

/** A random nonce for the Content-Security-Policy (crypto.getRandomValues exists in Node 20 and browsers). */
function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function html(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const n = nonce();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'dealMap.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', 'dealMap.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
    `img-src ${webview.cspSource} data: blob:`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${vscode.env.language.startsWith('fr') ? 'fr' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Deal Map</title>
</head>
<body>
<div id="app"></div>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}

/** One open Deal Map panel: its webview, its subscriptions to the index, its messages. */
class DealMapPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private stale = true;

  constructor(readonly panel: vscode.WebviewPanel, private readonly services: Services, extensionUri: vscode.Uri, private readonly state: DealMapState | undefined, onDispose: () => void) {
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')] };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'deal-notes.svg');
    panel.webview.html = html(panel.webview, extensionUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((m: unknown) => {
        if (isMessageToExtension(m)) void this.receive(m);
      }),
      // The index changes note by note during a scan and after each edit: the graph follows, throttled.
      onIndexSettled(services.notes.index, () => {
        this.stale = true;
        this.pushGraph();
      }, 400),
      panel.onDidChangeViewState(() => this.pushGraph()),
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
  }

  private post(message: ToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  /** Sends the graph when the webview is ready and visible and the index changed since the last one. */
  private pushGraph(): void {
    if (!this.ready || !this.stale || !this.panel.visible) return;
    this.stale = false;
    this.post({ type: 'graph', graph: dealGraphOf(this.services.notes.index, this.services.core.lexicon) });
  }

  exportView(format: 'svg' | 'png'): void {
    this.post({ type: 'export', format });
  }

  private async receive(m: ToExtension): Promise<void> {
    const index = this.services.notes.index;
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.stale = true;
        this.post({ type: 'init', strings: strings(), state: this.state });
        this.pushGraph();
        return;
      case 'openSource': {
        const deal = asDeal(index, m.dealId);
        const source = deal?.sources[m.index];
        if (!source) {
          void vscode.window.showWarningMessage(vscode.l10n.t('Deal Notes: this deal is no longer in the workspace.'));
          return;
        }
        await vscode.commands.executeCommand(OPEN_LOCATION, source.uri, source.start, source.end);
        return;
      }
      case 'openSources':
        await vscode.commands.executeCommand('dealNotes.openDealSources', m.dealId);
        return;
      case 'revealCompany':
        await vscode.commands.executeCommand('dealNotes.revealInCompanies', m.name);
        return;
      case 'exported':
        await saveExport(m.format, m.data);
        return;
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Writes an export to a file the user picks (never a note). */
async function saveExport(format: 'svg' | 'png', data: string): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const name = `deal-map.${format}`;
  const target = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export Deal Map'),
    filters: format === 'svg' ? { SVG: ['svg'] } : { PNG: ['png'] },
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
  });
  if (!target) return;
  let bytes: Uint8Array;
  if (format === 'svg') bytes = new TextEncoder().encode(data);
  else {
    const b64 = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(data)?.[1];
    if (!b64) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Deal Notes: the image could not be made.'));
      return;
    }
    bytes = fromBase64(b64);
  }
  await vscode.workspace.fs.writeFile(target, bytes);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Deal map saved to {0}', vscode.workspace.asRelativePath(target)), 5000);
}

function asState(x: unknown): DealMapState | undefined {
  if (!x || typeof x !== 'object') return undefined;
  const o = x as { tab?: unknown; filter?: unknown };
  const tab = o.tab === 'timeline' ? 'timeline' : 'map';
  const f = (o.filter && typeof o.filter === 'object' ? o.filter : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.length <= 200 ? v : undefined);
  const filter: DealMapState['filter'] = {};
  if (Array.isArray(f.kinds)) filter.kinds = f.kinds.filter((k): k is MapKind => (MAP_KINDS as readonly unknown[]).includes(k));
  if (str(f.from)) filter.from = str(f.from)!;
  if (str(f.to)) filter.to = str(f.to)!;
  if (typeof f.minUsd === 'number' && Number.isFinite(f.minUsd)) filter.minUsd = f.minUsd;
  if (str(f.query)) filter.query = str(f.query)!;
  return { tab, filter };
}

/** The Deal Map: its command, its export command, its serializer. */
export const registerDealMap: Feature = (context, services) => {
  let current: DealMapPanel | undefined;
  const open = (panel: vscode.WebviewPanel, state: DealMapState | undefined) => {
    current = new DealMapPanel(panel, services, context.extensionUri, state, () => {
      if (current?.panel === panel) current = undefined;
    });
    return current;
  };
  context.subscriptions.push(
    { dispose: () => current?.dispose() },
    vscode.commands.registerCommand('dealNotes.showDealMap', (tab?: unknown) => {
      if (current) {
        current.panel.reveal();
        return true;
      }
      const panel = vscode.window.createWebviewPanel(DEAL_MAP_VIEW_TYPE, vscode.l10n.t('Deal Map'), vscode.ViewColumn.Active, { enableScripts: true, retainContextWhenHidden: false });
      open(panel, tab === 'timeline' ? { tab: 'timeline', filter: {} } : undefined);
      return true;
    }),
    vscode.commands.registerCommand('dealNotes.exportDealMap', async (format?: unknown) => {
      let f: 'svg' | 'png' | undefined = format === 'svg' || format === 'png' ? format : undefined;
      if (!current) return false;
      f ??= (await vscode.window.showQuickPick([{ label: 'SVG', f: 'svg' as const }, { label: 'PNG', f: 'png' as const }], { title: vscode.l10n.t('Export Deal Map') }))?.f;
      if (!f) return false;
      current.exportView(f);
      return true;
    }),
    vscode.window.registerWebviewPanelSerializer(DEAL_MAP_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => {
        current?.dispose();
        open(panel, asState(state));
      },
    }),
  );
};
