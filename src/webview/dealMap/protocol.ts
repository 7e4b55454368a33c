/**
 * The messages between the extension and the Deal Map webview, both ways. Types only: the extension and
 * the webview bundle both import them, and each side checks what it receives (see `isMessageToExtension`).
 */
import type { DealFilter, DealGraph, MapKind, NodeGroup } from '../../core/report/dealGraph';

export type DealMapTab = 'map' | 'timeline';

/** What the webview keeps across reloads (`setState`) and the serializer hands back. */
export interface DealMapState {
  tab: DealMapTab;
  filter: DealFilter;
}

/** Every text the webview shows, localised by the extension. */
export interface DealMapStrings {
  map: string;
  timeline: string;
  kinds: Record<MapKind, string>;
  groups: Record<NodeGroup, string>;
  dealKinds: Record<string, string>;
  from: string;
  to: string;
  minValue: string;
  any: string;
  search: string;
  searchPlaceholder: string;
  exportSvg: string;
  exportPng: string;
  openSources: string;
  revealCompany: string;
  sourcesTitle: string;
  noValue: string;
  noDate: string;
  /** "{0} deals, {1} companies" style counts, already in both plural forms. */
  dealCount: [one: string, many: string];
  companyCount: [one: string, many: string];
  sourceCount: [one: string, many: string];
  noteCount: [one: string, many: string];
  notShown: string;
  empty: string;
  mapLabel: string;
  timelineLabel: string;
  listLabel: string;
  legend: string;
  /** Headings of the legend's two parts. */
  companies: string;
  dealKindsTitle: string;
  vague: string;
  /** "Ambiguous number format: could also be read as {0}". */
  ambiguous: string;
}

export type ToWebview =
  | { type: 'init'; strings: DealMapStrings; state: DealMapState | undefined }
  | { type: 'graph'; graph: DealGraph }
  /** Asks the webview to export what it shows (from the command palette). */
  | { type: 'export'; format: 'svg' | 'png' };

export type ToExtension =
  | { type: 'ready' }
  | { type: 'openSource'; dealId: string; index: number }
  | { type: 'openSources'; dealId: string }
  | { type: 'revealCompany'; name: string }
  | { type: 'exported'; format: 'svg' | 'png'; data: string };

const short = (x: unknown, max = 500): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;

/** Checks a message from the webview: its shape and the size of every field. */
export function isMessageToExtension(m: unknown): m is ToExtension {
  if (!m || typeof m !== 'object') return false;
  const o = m as Record<string, unknown>;
  switch (o.type) {
    case 'ready': return true;
    case 'openSource': return short(o.dealId) && typeof o.index === 'number' && Number.isInteger(o.index) && o.index >= 0;
    case 'openSources': return short(o.dealId);
    case 'revealCompany': return short(o.name, 200);
    case 'exported': return (o.format === 'svg' || o.format === 'png') && short(o.data, 50_000_000);
    default: return false;
  }
}
