/**
 * What the search indexes: short items built from the workspace index. A note gives its title and a few of
 * its sentences (those naming companies, chips or amounts, trimmed); deals and entities give their labels
 * and names. Long bodies never reach Fuse.
 */
import type { Deal, EntityKind, Mention } from '../types';
import type { NoteAnalysis } from '../analyze';
import type { EntitySummary } from '../index/noteIndex';
import { dealLabel, formatDealValue } from '../report/format';
import { looseKey } from '../text/chars';
import { foldForSearch } from './fold';

export type SearchItemKind = 'deal' | 'entity' | 'note' | 'sentence';

export interface SearchItem {
  /** Unique within the search: kind plus identity. */
  key: string;
  kind: SearchItemKind;
  /** What a result list shows first. */
  label: string;
  /** Secondary text for display (parties, counts, a file name). */
  detail: string;
  /** Where Enter goes: the note and the UTF-16 range to select. */
  uri: string;
  start: number;
  end: number;
  dealId?: string;
  entityKey?: string;
  entityKind?: EntityKind;
  /** Folded search fields (see foldForSearch). */
  f: { label: string; keywords: string[] };
}

export interface ItemLimits {
  /** Sentences indexed per note at most (those with the most mentions). */
  maxSentencesPerNote: number;
  /** Characters kept of a sentence. */
  sentenceChars: number;
  /** Aliases kept per entity. */
  maxAliases: number;
}

export const DEFAULT_LIMITS: ItemLimits = { maxSentencesPerNote: 10, sentenceChars: 200, maxAliases: 8 };

/** The last path segment of a URI or path, decoded. */
export function baseName(uri: string): string {
  const last = uri.replace(/[?#].*$/, '').split('/').pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Cuts `text` to at most `max` characters at a word boundary, with an ellipsis. */
export function trimText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

function item(partial: Omit<SearchItem, 'f'>, keywords: readonly string[]): SearchItem {
  const label = foldForSearch(partial.label);
  return { ...partial, f: { label, keywords: [...new Set(keywords.map(foldForSearch))].filter((k) => k && k !== label) } };
}

/** The items of one note: its title and its most informative sentences. */
export function noteItems(note: NoteAnalysis, limits: ItemLimits = DEFAULT_LIMITS): SearchItem[] {
  const file = baseName(note.uri);
  const firstLine = note.sentences[0];
  const out: SearchItem[] = [
    item({ key: `note:${note.uri}`, kind: 'note', label: note.title, detail: file, uri: note.uri, start: firstLine?.start ?? 0, end: firstLine?.end ?? 0 }, [file]),
  ];
  const title = foldForSearch(note.title);
  for (const s of informativeSentences(note, limits.maxSentencesPerNote)) {
    const sentence = note.text.slice(s.start, s.end).replace(/^(?:#+|[-*+>]|\d+[.)])\s+/, '');
    // The heading that gave the title is already the note's own item.
    if (foldForSearch(sentence) === title) continue;
    const shown = trimText(sentence, limits.sentenceChars);
    out.push(item({ key: `sentence:${note.uri}#${s.start}`, kind: 'sentence', label: shown, detail: file, uri: note.uri, start: s.start, end: s.end }, []));
  }
  return out;
}

/** Sentences with the most company, chip and money mentions, at most `max`, in text order. */
export function informativeSentences(note: NoteAnalysis, max: number): { start: number; end: number; weight: number }[] {
  if (max <= 0) return [];
  const mentions: Mention[] = note.mentions.filter((m) => m.kind === 'company' || m.kind === 'chip' || m.kind === 'money' || m.kind === 'power');
  if (!mentions.length) return [];
  mentions.sort((a, b) => a.start - b.start);
  const scored: { start: number; end: number; weight: number }[] = [];
  let m = 0;
  for (const s of note.sentences) {
    while (m < mentions.length && mentions[m]!.start < s.start) m++;
    let weight = 0;
    const names = new Set<string>();
    for (let k = m; k < mentions.length && mentions[k]!.start < s.end; k++) {
      const mention = mentions[k]!;
      if (mention.kind === 'company' || mention.kind === 'chip') names.add(mention.canonical);
      else weight += 1;
    }
    if (!names.size) continue;
    weight += names.size * 2;
    scored.push({ start: s.start, end: s.end, weight });
  }
  return scored
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.weight - a.s.weight || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.s);
}

export function dealItem(deal: Deal): SearchItem | undefined {
  const source = deal.sources[0];
  if (!source) return undefined;
  const detail = [deal.chips.join(', '), deal.powerGw !== undefined ? `${deal.powerGw} GW` : ''].filter(Boolean).join(' · ');
  return item(
    { key: `deal:${deal.id}`, kind: 'deal', label: dealLabel(deal), detail, uri: source.uri, start: source.start, end: source.end, dealId: deal.id },
    [...deal.parties, ...deal.chips, deal.kind, formatDealValue(deal.value), deal.value?.text ?? '', deal.powerGw !== undefined ? `${deal.powerGw} GW` : ''],
  );
}

/** An entity goes to its first mention in its first note (`firstMention` finds it). */
export function entityItem(entity: EntitySummary, firstMention: (e: EntitySummary) => { uri: string; start: number; end: number } | undefined, limits: ItemLimits = DEFAULT_LIMITS): SearchItem | undefined {
  const at = firstMention(entity);
  if (!at) return undefined;
  const detail = [entity.vendor ?? '', `${entity.mentionCount}×`].filter(Boolean).join(' · ');
  const aliases = entity.aliasesSeen.filter((a) => looseKey(a) !== entity.key).slice(0, limits.maxAliases);
  return item(
    { key: `entity:${entity.key}`, kind: 'entity', label: entity.name, detail, uri: at.uri, start: at.start, end: at.end, entityKey: entity.key, entityKind: entity.kind },
    aliases,
  );
}
