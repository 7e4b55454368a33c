/**
 * Workspace symbols (companies, chips and deals) and mention lookups for navigation, written over the
 * NoteIndex's public queries. Pure: src/features/navigation.ts converts the results to VS Code types.
 */
import type { Deal, Mention } from '../types';
import type { NoteIndex } from '../index/noteIndex';
import { dealLabel } from '../report/format';
import { looseKey } from '../text/chars';

export type SymbolIndex = Pick<NoteIndex, 'entities' | 'deals' | 'notes'>;

export interface NoteSymbol {
  kind: 'company' | 'chip' | 'deal';
  name: string;
  /** Shown beside the name: the vendor of a chip, the number of mentions, the kind of a deal. */
  detail: string;
  /** Where the symbol leads: the first mention of an entity, the first source of a deal. */
  uri: string;
  start: number;
  end: number;
  /** Entity name or deal id, for follow-up commands. */
  key: string;
}

/**
 * True when every character of `query` appears in `text` in order, ignoring case and accents
 * ("nvda" matches "Nvidia"). VS Code filters and ranks symbols again; this only keeps the list short.
 */
export function fuzzyMatches(query: string, text: string): boolean {
  const q = looseKey(query).replace(/\s+/g, '');
  if (!q) return true;
  const t = looseKey(text);
  let i = 0;
  for (let j = 0; j < t.length && i < q.length; j++) if (t[j] === q[i]) i++;
  return i === q.length;
}

/** The first mention of every entity, in one pass over the notes (ordered by URI, then offset). */
export function firstMentions(index: Pick<NoteIndex, 'notes'>): Map<string, { uri: string; mention: Mention }> {
  const first = new Map<string, { uri: string; mention: Mention }>();
  const notes = [...index.notes()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  for (const note of notes) {
    for (const mention of note.mentions) {
      if (mention.kind !== 'company' && mention.kind !== 'chip') continue;
      const key = looseKey(mention.canonical);
      if (!first.has(key)) first.set(key, { uri: note.uri, mention });
    }
  }
  return first;
}

export interface SymbolLabels {
  mentions(count: number): string;
  dealKind(deal: Deal): string;
}

const defaultLabels: SymbolLabels = {
  mentions: (n) => `${n} mention${n === 1 ? '' : 's'}`,
  dealKind: (d) => d.kind,
};

/** Companies, chips and deals whose name fuzzily matches `query`, at most `limit` of them. */
export function workspaceSymbols(index: SymbolIndex, query: string, limit = 500, labels: SymbolLabels = defaultLabels): NoteSymbol[] {
  const out: NoteSymbol[] = [];
  const first = firstMentions(index);
  const entities = index.entities().filter((e) => fuzzyMatches(query, e.name)).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
  for (const e of entities) {
    const at = first.get(e.key);
    if (!at) continue;
    const detail = [e.kind === 'chip' ? e.vendor : undefined, labels.mentions(e.mentionCount)].filter(Boolean).join(' · ');
    out.push({ kind: e.kind, name: e.name, detail, uri: at.uri, start: at.mention.start, end: at.mention.end, key: e.name });
  }
  for (const d of index.deals()) {
    const label = dealLabel(d);
    const source = d.sources[0];
    if (!source || !fuzzyMatches(query, label)) continue;
    out.push({ kind: 'deal', name: label, detail: labels.dealKind(d), uri: source.uri, start: source.start, end: source.end, key: d.id });
  }
  return out.slice(0, limit);
}
