/**
 * How the Deals view orders and groups deals: pure functions (no `vscode`), so unit tests cover them.
 */
import type { Deal, DealSource } from '../types';
import { orderOfMagnitude, type DealMagnitude } from './dealMagnitude';
import { sourceCount } from '../deals/lazySources';

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

/** A deal's size for ordering: its value, or a vague amount's lower bound (see dealMagnitude.ts). */
export type MagnitudeOf = (deal: Deal) => DealMagnitude | undefined;

const valueOnly: MagnitudeOf = (d) => (d.value?.usd !== undefined ? { usd: d.value.usd, vague: false } : undefined);

/**
 * By value: largest order of magnitude first (a vague "tens of billions" sits with the $10B–$99B deals),
 * within one the deal with the most sources, then the larger amount; deals with no amount at all last, most
 * sources first. By date: newest first. By name: parties A→Z. Ties fall back on the parties, then the id,
 * so the order is stable.
 */
export function orderDeals(deals: readonly Deal[], by: DealSortBy, magnitudeOf: MagnitudeOf = valueOnly): Deal[] {
  const byName = (a: Deal, b: Deal) => nameOf(a).localeCompare(nameOf(b)) || a.id.localeCompare(b.id);
  if (by === 'value') {
    // Each deal's keys, its name too, made once: not in every comparison.
    const keyed = deals.map((deal) => {
      const usd = magnitudeOf(deal)?.usd;
      return { deal, usd: usd ?? -1, order: usd !== undefined && usd > 0 ? orderOfMagnitude(usd) : Number.MIN_SAFE_INTEGER, sources: sourceCount(deal), name: nameOf(deal) };
    });
    keyed.sort((a, b) => b.order - a.order || b.sources - a.sources || b.usd - a.usd || a.name.localeCompare(b.name) || a.deal.id.localeCompare(b.deal.id));
    return keyed.map((k) => k.deal);
  }
  const cmp: Record<Exclude<DealSortBy, 'value'>, (a: Deal, b: Deal) => number> = {
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
export function groupDeals(deals: readonly Deal[], by: Exclude<DealGroupBy, 'none'>, sortBy: DealSortBy, magnitudeOf: MagnitudeOf = valueOnly): DealGroup[] {
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
    .map(([key, list]) => ({ key, deals: orderDeals(list, sortBy, magnitudeOf) }));
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
