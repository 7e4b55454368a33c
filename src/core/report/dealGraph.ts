/**
 * The Deal Map's data: companies as nodes, deals as edges, built from the index's deals, plus the filters
 * the map and the timeline share (kind, date range, minimum value, search). Pure and serialisable: the
 * extension builds the graph and posts it to the webview, which filters it with the same functions.
 */
import type { CompanyCategory, Deal, DealKind } from '../types';
import type { DealMagnitude } from './dealMagnitude';
import { formatDealAlternative, formatMarkedDealValue } from './format';
import { foldForSearch, queryTokens } from '../search/fold';

/** What an edge's style says: the five kinds an analyst tells apart, and the rest. */
export type MapKind = 'investment' | 'cloud' | 'chips' | 'partnership' | 'acquisition' | 'other';
export const MAP_KINDS: readonly MapKind[] = ['investment', 'cloud', 'chips', 'partnership', 'acquisition', 'other'];

const MAP_KIND_OF: Record<DealKind, MapKind> = {
  investment: 'investment', stake: 'investment',
  cloud: 'cloud', lease: 'cloud',
  supply: 'chips', purchase: 'chips',
  partnership: 'partnership', 'joint-venture': 'partnership', licensing: 'partnership',
  acquisition: 'acquisition',
  other: 'other',
};

export function mapKindOf(kind: DealKind): MapKind {
  return MAP_KIND_OF[kind] ?? 'other';
}

/** What a node's colour says: the lexicon's categories, folded into the groups a legend can show. */
export type NodeGroup = 'ai-lab' | 'chipmaker' | 'cloud' | 'investor' | 'tech' | 'industrial' | 'other';
export const NODE_GROUPS: readonly NodeGroup[] = ['ai-lab', 'chipmaker', 'cloud', 'investor', 'tech', 'industrial', 'other'];

const GROUP_OF: Record<CompanyCategory, NodeGroup> = {
  'ai-lab': 'ai-lab', chipmaker: 'chipmaker', foundry: 'chipmaker', cloud: 'cloud', hyperscaler: 'cloud', datacenter: 'cloud',
  investor: 'investor', finance: 'investor', tech: 'tech', telecom: 'tech', media: 'tech', platform: 'tech',
  industrial: 'industrial', energy: 'industrial', other: 'other',
};

export function nodeGroupOf(category: CompanyCategory | undefined): NodeGroup {
  return category ? GROUP_OF[category] ?? 'other' : 'other';
}

export interface GraphNode {
  /** The company's canonical name: unique among nodes. */
  id: string;
  category?: CompanyCategory;
  group: NodeGroup;
  /** Deals this company is a party to (in the graph given to `filterGraph`, in the filtered one after). */
  deals: number;
}

export interface GraphSource {
  uri: string;
  /** Index into the deal's `sources` in the index: what the extension opens. */
  index: number;
  title: string;
  sentence: string;
}

export interface GraphDeal {
  id: string;
  parties: string[];
  kind: DealKind;
  mapKind: MapKind;
  /** US dollars: the value, or a vague amount's lower bound (`vague`). */
  usd?: number;
  vague?: boolean;
  /** As the Deals view shows it: "up to $100B", "$10B+", or empty; "≈? €1.25K" when its number format is in doubt. */
  valueText: string;
  /** The other reading of a value whose number format stays in doubt ("€1.25"). */
  ambiguousAlternative?: string;
  date?: string;
  /** The name of a joint venture or consortium ("Stargate"). */
  venture?: string;
  chips: string[];
  /** Sentences that report it, and the notes they are in. */
  sourceCount: number;
  noteCount: number;
  sources: GraphSource[];
}

export interface DealGraph {
  nodes: GraphNode[];
  deals: GraphDeal[];
}

/** One line of the map: a deal between two of its parties (a deal of three parties draws three). */
export interface GraphEdge {
  id: string;
  deal: GraphDeal;
  source: string;
  target: string;
  /** Among the edges between the same two companies: its rank and their number (to bend them apart). */
  rank: number;
  parallel: number;
}

export interface GraphInput {
  deals: readonly Deal[];
  categoryOf(company: string): CompanyCategory | undefined;
  magnitudeOf(deal: Deal): DealMagnitude | undefined;
  titleOf(uri: string): string;
}

/** Longest sentence sent to the map: enough to recognise it. */
const SENTENCE_CHARS = 300;

export function buildDealGraph(input: GraphInput): DealGraph {
  const nodes = new Map<string, GraphNode>();
  const deals: GraphDeal[] = [];
  for (const d of input.deals) {
    const parties = [...new Set(d.parties)];
    if (parties.length < 2) continue;
    const magnitude = input.magnitudeOf(d);
    const g: GraphDeal = {
      id: d.id,
      parties,
      kind: d.kind,
      mapKind: mapKindOf(d.kind),
      valueText: formatMarkedDealValue(d.value) || (magnitude?.vague ? magnitude.text ?? '' : ''),
      chips: [...d.chips],
      sourceCount: d.sources.length,
      noteCount: new Set(d.sources.map((s) => s.uri)).size,
      sources: d.sources.map((s, index) => ({
        uri: s.uri, index, title: input.titleOf(s.uri),
        sentence: s.sentence.length > SENTENCE_CHARS ? `${s.sentence.slice(0, SENTENCE_CHARS - 1)}…` : s.sentence,
      })),
    };
    const alternative = formatDealAlternative(d.value);
    if (alternative) g.ambiguousAlternative = alternative;
    if (magnitude) g.usd = magnitude.usd;
    if (magnitude?.vague) g.vague = true;
    if (d.date) g.date = d.date;
    if (d.venture) g.venture = d.venture;
    deals.push(g);
    for (const p of parties) {
      let node = nodes.get(p);
      if (!node) {
        const category = input.categoryOf(p);
        node = { id: p, group: nodeGroupOf(category), deals: 0 };
        if (category) node.category = category;
        nodes.set(p, node);
      }
      node.deals++;
    }
  }
  return { nodes: [...nodes.values()].sort((a, b) => b.deals - a.deals || a.id.localeCompare(b.id)), deals };
}

export interface DealFilter {
  /** Kinds shown; all when absent. */
  kinds?: MapKind[];
  /** ISO dates (or prefixes), inclusive; a deal without a date is hidden once either is set. */
  from?: string;
  to?: string;
  /** US dollars; a deal without any amount is hidden once it is above 0. */
  minUsd?: number;
  /** Words that must all appear in the parties, chips, kind or value. */
  query?: string;
}

export function dealMatches(d: GraphDeal, f: DealFilter, tokens: readonly string[] = queryTokens(f.query ?? '')): boolean {
  if (f.kinds && !f.kinds.includes(d.mapKind)) return false;
  if (f.from || f.to) {
    if (!d.date) return false;
    if (f.from && d.date < f.from) return false;
    // "2025-10" as an end includes every day of October.
    if (f.to && d.date.slice(0, f.to.length) > f.to) return false;
  }
  if (f.minUsd && f.minUsd > 0 && (d.usd === undefined || d.usd < f.minUsd)) return false;
  if (tokens.length) {
    const hay = foldForSearch([...d.parties, d.venture ?? '', ...d.chips, d.kind, d.valueText].join(' '));
    if (!tokens.every((t) => hay.includes(t))) return false;
  }
  return true;
}

export interface FilteredGraph {
  nodes: GraphNode[];
  deals: GraphDeal[];
  edges: GraphEdge[];
}

/** The deals the filter keeps, the companies they join (counted again) and one edge per pair of parties. */
export function filterGraph(graph: DealGraph, filter: DealFilter): FilteredGraph {
  const tokens = queryTokens(filter.query ?? '');
  const deals = graph.deals.filter((d) => dealMatches(d, filter, tokens));
  const counts = new Map<string, number>();
  const edges: GraphEdge[] = [];
  const pairs = new Map<string, GraphEdge[]>();
  for (const d of deals) {
    for (const p of d.parties) counts.set(p, (counts.get(p) ?? 0) + 1);
    for (let i = 0; i < d.parties.length; i++) {
      for (let j = i + 1; j < d.parties.length; j++) {
        const [source, target] = [d.parties[i]!, d.parties[j]!];
        const edge: GraphEdge = { id: `${d.id}#${i}-${j}`, deal: d, source, target, rank: 0, parallel: 1 };
        const key = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
        let list = pairs.get(key);
        if (!list) pairs.set(key, (list = []));
        list.push(edge);
        edges.push(edge);
      }
    }
  }
  for (const list of pairs.values()) list.forEach((e, i) => Object.assign(e, { rank: i, parallel: list.length }));
  const nodes = graph.nodes.filter((n) => counts.has(n.id)).map((n) => ({ ...n, deals: counts.get(n.id)! }));
  return { nodes, deals, edges };
}

/** The date range of the graph's deals, for the filter's inputs. */
export function dateExtent(deals: readonly GraphDeal[]): [string, string] | undefined {
  let min: string | undefined;
  let max: string | undefined;
  for (const d of deals) {
    if (!d.date) continue;
    if (min === undefined || d.date < min) min = d.date;
    if (max === undefined || d.date > max) max = d.date;
  }
  return min !== undefined && max !== undefined ? [min, max] : undefined;
}
