/**
 * How the Deals view orders and groups deals: pure functions (no `vscode`), so unit tests cover them.
 */
import type { Deal, DealSource } from '../types';

export type DealGroupBy = 'none' | 'company' | 'kind';
export type DealSortBy = 'value' | 'date' | 'name';

export const GROUP_BY: readonly DealGroupBy[] = ['none', 'company', 'kind'];
export const SORT_BY: readonly DealSortBy[] = ['value', 'date', 'name'];

export function isGroupBy(x: unknown): x is DealGroupBy {
  return typeof x === 'string' && (GROUP_BY as readonly string[]).includes(x);
}

export function isSortBy(x: unknown): x is DealSortBy {
  return typeof x === 'string' && (SORT_BY as readonly string[]).includes(x);
}

const nameOf = (d: Deal) => d.parties.join(' ').toLocaleLowerCase();

/**
 * Largest value first (deals without a US-dollar value last), newest first, or by parties A→Z; ties fall
 * back on the parties, then the id, so the order is stable.
 */
export function orderDeals(deals: readonly Deal[], by: DealSortBy): Deal[] {
  const byName = (a: Deal, b: Deal) => nameOf(a).localeCompare(nameOf(b)) || a.id.localeCompare(b.id);
  const cmp: Record<DealSortBy, (a: Deal, b: Deal) => number> = {
    value: (a, b) => (b.value?.usd ?? -1) - (a.value?.usd ?? -1) || byName(a, b),
    date: (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || byName(a, b),
    name: byName,
  };
  return [...deals].sort(cmp[by]);
}

export interface DealGroup {
  /** Company name or deal kind. */
  key: string;
  deals: Deal[];
}

/** Deals under each of their parties (a deal shows under both), or under their kind; groups A→Z. */
export function groupDeals(deals: readonly Deal[], by: Exclude<DealGroupBy, 'none'>, sortBy: DealSortBy): DealGroup[] {
  const groups = new Map<string, Deal[]>();
  for (const d of deals) {
    const keys = by === 'company' ? [...new Set(d.parties)] : [d.kind];
    for (const k of keys) {
      let list = groups.get(k);
      if (!list) groups.set(k, (list = []));
      list.push(d);
    }
  }
  return [...groups]
    .sort(([a], [b]) => a.toLocaleLowerCase().localeCompare(b.toLocaleLowerCase()))
    .map(([key, list]) => ({ key, deals: orderDeals(list, sortBy) }));
}

export interface SourceNote {
  uri: string;
  /** The deal's sentences in this note, in text order. */
  sources: DealSource[];
  /** The one to show and select: the first that is not a Markdown heading, else the first. */
  primary: DealSource;
}

/** A deal's sources, one entry per note (a note can state a deal in several sentences), in first-seen order. */
export function sourcesByNote(deal: Deal): SourceNote[] {
  const byNote = new Map<string, DealSource[]>();
  for (const s of deal.sources) {
    let list = byNote.get(s.uri);
    if (!list) byNote.set(s.uri, (list = []));
    list.push(s);
  }
  return [...byNote].map(([uri, list]) => {
    const sources = [...list].sort((a, b) => a.start - b.start);
    return { uri, sources, primary: sources.find((s) => !/^\s*#/.test(s.sentence)) ?? sources[0]! };
  });
}
