/**
 * What a hover says about a mention, decided here (pure, unit-tested); src/features/hover.ts only renders
 * it as Markdown. Strings taken from notes (aliases, sentences, inferred names) stay plain data: the
 * renderer escapes every one of them.
 */
import type { Deal, Mention, Qualifier } from '../types';
import type { EntitySummary, NoteIndex } from '../index/noteIndex';
import type { Lexicon } from '../lexicon/lexicon';
import { dealLabel, formatDealAlternative, formatDealValue } from '../report/format';

/** The queries a hover needs, as NoteIndex answers them. */
export type HoverIndex = Pick<NoteIndex, 'entity' | 'dealsOf' | 'deals' | 'deal'>;

/** At most this many deals are listed; the rest are counted. */
export const MAX_HOVER_DEALS = 5;
/** At most this many spellings are listed. */
export const MAX_HOVER_ALIASES = 8;

export interface HoverDeal {
  id: string;
  parties: string[];
  kind: Deal['kind'];
  /** "up to $100B", empty when the deal has no value. */
  value: string;
  /** The value as written in the note, when it differs from `value`. */
  valueText?: string;
  /** The value's number format stays in doubt: its other reading ("€1.5"). */
  ambiguousAlternative?: string;
  date?: string;
  chips: string[];
  powerGw?: number;
  sourceCount: number;
  /** One-line label: "Nvidia – OpenAI · up to $100B · 2025-09-22". */
  label: string;
}

export interface EntityHover {
  type: 'entity';
  kind: 'company' | 'chip';
  name: string;
  /** Where the name comes from: the built-in lexicon, the user's lexicon, or context (an inferred company). */
  origin: 'builtin' | 'user' | 'inferred';
  category?: string;
  vendor?: string;
  family?: string;
  description?: string;
  /** Spellings seen in the notes, as written (note text). */
  aliasesSeen: string[];
  moreAliases: number;
  mentionCount: number;
  noteCount: number;
  deals: HoverDeal[];
  moreDeals: number;
}

export interface QuantityHover {
  type: 'quantity';
  kind: 'money' | 'power' | 'percent' | 'date';
  /** The text of the note (note text). */
  text: string;
  /** Normalised: "$100B", "10 GW", "10 %", "2026-H2". */
  normalized: string;
  /** Money: the value in US dollars when the currency is not USD, formatted ("$2.4B"). */
  usd?: string;
  /** Money: ISO currency code. */
  currency?: string;
  qualifier?: Qualifier;
  /** Money: the number format is ambiguous; the other reading, normalised ("€1.5B"). */
  ambiguousAlternative?: string;
  /** Money: the currency is taken from a neighbouring amount of the sentence. */
  currencyImplied?: boolean;
  /** Money: a bare "$" in a note that writes "US$" elsewhere, read as US dollars but maybe a local dollar. */
  dollarInDoubt?: boolean;
  /** Power in gigawatts; percent value; ISO date. */
  gw?: number;
  percent?: number;
  date?: string;
  /** The deal this amount belongs to, when the note reports one around it. */
  deal?: HoverDeal;
}

export type HoverContent = EntityHover | QuantityHover;

export function toHoverDeal(d: Deal): HoverDeal {
  const h: HoverDeal = {
    id: d.id,
    parties: d.parties,
    kind: d.kind,
    value: formatDealValue(d.value),
    chips: d.chips,
    sourceCount: d.sources.length,
    label: dealLabel(d),
  };
  if (d.value && d.value.text && d.value.text !== h.value) h.valueText = d.value.text;
  const alternative = formatDealAlternative(d.value);
  if (alternative) h.ambiguousAlternative = alternative;
  if (d.date) h.date = d.date;
  if (d.powerGw !== undefined) h.powerGw = d.powerGw;
  return h;
}

/** Largest known value first, then the most recent, then by label: the deals a reader wants first. */
function byImportance(a: Deal, b: Deal): number {
  const va = a.value?.usd ?? a.value?.amount ?? -1;
  const vb = b.value?.usd ?? b.value?.amount ?? -1;
  if (va !== vb) return vb - va;
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return dealLabel(a).localeCompare(dealLabel(b));
}

function entityHover(summary: EntitySummary | undefined, mention: Mention, index: HoverIndex, lexicon: Lexicon): EntityHover {
  const name = summary?.name ?? mention.canonical;
  const entity = mention.entityId ? lexicon.get(mention.entityId) : lexicon.find(name);
  const deals = [...index.dealsOf(name)].sort(byImportance);
  const aliases = summary?.aliasesSeen ?? [mention.text];
  const h: EntityHover = {
    type: 'entity',
    kind: mention.kind === 'chip' ? 'chip' : 'company',
    name,
    origin: (mention.confidence ?? 1) < 1 && !entity ? 'inferred' : entity?.source === 'user' ? 'user' : entity ? 'builtin' : 'inferred',
    aliasesSeen: aliases.slice(0, MAX_HOVER_ALIASES),
    moreAliases: Math.max(0, aliases.length - MAX_HOVER_ALIASES),
    mentionCount: summary?.mentionCount ?? 1,
    noteCount: summary?.noteUris.length ?? 1,
    deals: deals.slice(0, MAX_HOVER_DEALS).map(toHoverDeal),
    moreDeals: Math.max(0, deals.length - MAX_HOVER_DEALS),
  };
  if (entity?.category) h.category = entity.category;
  const vendor = summary?.vendor ?? entity?.vendor;
  if (vendor) h.vendor = vendor;
  const family = summary?.family ?? entity?.family;
  if (family) h.family = family;
  const description = summary?.description ?? entity?.description;
  if (description) h.description = description;
  return h;
}

/**
 * The deal a quantity belongs to: among the deals with a source sentence around the mention in this note,
 * the one whose value (or power) is this quantity; else the only such deal; else none.
 */
export function dealOfQuantity(deals: readonly Deal[], uri: string, mention: Mention): Deal | undefined {
  const around = deals.filter((d) => d.sources.some((s) => s.uri === uri && s.start <= mention.start && mention.end <= s.end));
  if (around.length === 0) return undefined;
  const own = around.find((d) => {
    if (mention.kind === 'money') return d.value !== undefined && (d.value.text === mention.text || (d.value.amount === mention.value && d.value.currency === mention.currency));
    if (mention.kind === 'power') return d.powerGw !== undefined && d.powerGw === mention.gw;
    if (mention.kind === 'date') return d.date !== undefined && d.date === mention.date;
    return false;
  });
  if (own) return own;
  // A percentage or a second amount in a deal's sentence is context, not the deal's value: only a lone
  // deal whose value is this amount's kind of figure claims it.
  return around.length === 1 && mention.kind !== 'money' ? around[0] : undefined;
}

function formatUsd(usd: number): string {
  const abs = Math.abs(usd);
  const [scale, suffix] = abs >= 1e12 ? [1e12, 'T'] : abs >= 1e9 ? [1e9, 'B'] : abs >= 1e6 ? [1e6, 'M'] : abs >= 1e3 ? [1e3, 'K'] : [1, ''];
  return `$${Math.round((usd / scale) * 100) / 100}${suffix}`;
}

function quantityHover(mention: Mention, uri: string, index: HoverIndex): QuantityHover {
  const h: QuantityHover = {
    type: 'quantity',
    kind: mention.kind as QuantityHover['kind'],
    text: mention.text,
    normalized: mention.canonical,
  };
  if (mention.currency) h.currency = mention.currency;
  if (mention.usd !== undefined && mention.currency !== 'USD') h.usd = formatUsd(mention.usd);
  if (mention.qualifier) h.qualifier = mention.qualifier;
  if (mention.ambiguous && mention.alternative) h.ambiguousAlternative = mention.alternative.canonical;
  if (mention.currencyImplied) h.currencyImplied = true;
  if (mention.dollarInDoubt) h.dollarInDoubt = true;
  if (mention.gw !== undefined) h.gw = mention.gw;
  if (mention.percent !== undefined) h.percent = mention.percent;
  if (mention.date) h.date = mention.date;
  const deal = dealOfQuantity(index.deals(), uri, mention);
  if (deal) h.deal = toHoverDeal(deal);
  return h;
}

/** What to show when hovering `mention` in the note `uri`. */
export function hoverContent(mention: Mention, uri: string, index: HoverIndex, lexicon: Lexicon): HoverContent {
  if (mention.kind === 'company' || mention.kind === 'chip') return entityHover(index.entity(mention.canonical), mention, index, lexicon);
  return quantityHover(mention, uri, index);
}
