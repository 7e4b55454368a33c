/**
 * Fuzzy search over the workspace: note titles, entities, deals and a few sentences per note (short
 * items, see items.ts), ranked by fuse.js. A word index (wordIndex.ts) picks at most `maxCandidates`
 * items that can match every query word, and Fuse scores only those: running Fuse over every item of
 * 10,000 notes takes hundreds of milliseconds a query, the filter keeps it to a few.
 *
 * Work is incremental and lazy: `invalidate` records the notes that changed, `flush` (or the next
 * `search`) re-reads only those notes' items, then rebuilds the deal and entity items (they depend on
 * every note, and are few); `flush(budget)` lets a host apply a large change in slices.
 *
 * A multi-word query is an AND of its words, each matched fuzzily in any field, so "nvdia opnai" finds
 * the Nvidia–OpenAI deal; folding makes "societe generale" find "Société Générale".
 */
import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import type { Deal } from '../types';
import { dealLabel } from '../report/format';
import type { NoteAnalysis } from '../analyze';
import type { EntitySummary } from '../index/noteIndex';
import { looseKey } from '../text/chars';
import { queryTokens } from './fold';
import { WordIndex, wordsOf } from './wordIndex';
import { DEFAULT_LIMITS, dealItem, entityItem, noteItems, type ItemLimits, type SearchItem, type SearchItemKind } from './items';

export type { SearchItem, SearchItemKind } from './items';

/** What the search reads: NoteIndex has this shape. */
export interface SearchSource {
  get(uri: string): NoteAnalysis | undefined;
  notes(): NoteAnalysis[];
  deals(): Deal[];
  entities(): EntitySummary[];
}

export interface SearchOptions extends Partial<ItemLimits> {
  /** Results returned at most (default 50). */
  maxResults?: number;
  /** Fuse threshold: 0 exact, 1 anything (default 0.4). */
  threshold?: number;
  /** Candidates Fuse scores per query at most, the best of the word filter (default 400). */
  maxCandidates?: number;
}

export interface SearchHit {
  item: SearchItem;
  /** 0 best; Fuse's score plus a small bias by kind (deals first, then entities, notes, sentences). */
  score: number;
}

/** Kind bias added to Fuse's score: on a tie, a deal beats an entity, which beats a title, then a sentence. */
const KIND_BIAS: Record<SearchItemKind, number> = { deal: 0, entity: 0.02, note: 0.04, sentence: 0.08 };
/** Bitap's pattern limit. */
const MAX_TOKEN = 32;

const KEYS = ['label', 'keywords'] as const;

function fuseOptions(threshold: number): IFuseOptions<SearchItem> {
  return {
    keys: [
      { name: 'label', weight: 2, getFn: (i: SearchItem) => i.f.label },
      { name: 'keywords', weight: 1, getFn: (i: SearchItem) => i.f.keywords },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold,
    isCaseSensitive: true, // fields and queries are already folded to lower case
  };
}

export class WorkspaceSearch {
  private readonly limits: ItemLimits;
  private readonly maxResults: number;
  private readonly maxCandidates: number;
  /** Scores the capped candidates of one query (its collection is replaced each time). */
  private readonly fuse: Fuse<SearchItem>;
  private readonly words = new WordIndex();
  private readonly items = new Map<number, SearchItem>();
  private nextId = 1;
  /** Item ids of each indexed note. */
  private readonly noteIds = new Map<string, number[]>();
  /** Deal and entity items by key, with the signature they were built from. */
  private readonly globalItems = new Map<string, { id: number; signature: string }>();
  /** Deal and entity items still to build (see planGlobal). */
  private globalQueue: { key: string; signature: string; make: () => SearchItem | undefined }[] = [];
  /** Notes whose items are stale (re-read from the source on flush). */
  private readonly dirty = new Set<string>();
  private globalDirty = true;
  private everything = true;

  constructor(private readonly source: SearchSource, options: SearchOptions = {}) {
    this.limits = {
      maxSentencesPerNote: options.maxSentencesPerNote ?? DEFAULT_LIMITS.maxSentencesPerNote,
      sentenceChars: options.sentenceChars ?? DEFAULT_LIMITS.sentenceChars,
      maxAliases: options.maxAliases ?? DEFAULT_LIMITS.maxAliases,
    };
    this.maxResults = options.maxResults ?? 50;
    this.maxCandidates = options.maxCandidates ?? 400;
    this.fuse = new Fuse<SearchItem>([], fuseOptions(options.threshold ?? 0.4));
  }

  /** Records changed notes (from NoteIndex.onDidChange); an empty list means everything changed. */
  invalidate(uris: readonly string[]): void {
    this.globalDirty = true;
    if (!uris.length) this.everything = true;
    for (const u of uris) this.dirty.add(u);
  }

  /** Notes waiting to be (re)indexed (1 when everything is, before the first flush counts them). */
  get pending(): number {
    return this.everything ? 1 : this.dirty.size + (this.globalDirty || this.globalQueue.length ? 1 : 0);
  }

  /** Items in the index now. */
  get size(): number {
    return this.items.size;
  }

  /**
   * Applies recorded changes: at most `maxNotes` notes per call (the rest stay pending), then, once no
   * note is pending, the deals and entities (up to ten per note of budget). Returns the number of notes
   * still pending; `pending` says whether deal and entity work is left.
   */
  flush(maxNotes = Number.POSITIVE_INFINITY): number {
    if (this.everything) {
      this.everything = false;
      for (const n of this.source.notes()) this.dirty.add(n.uri);
      for (const u of this.noteIds.keys()) this.dirty.add(u);
    }
    let budget = maxNotes;
    for (const u of this.dirty) {
      if (budget-- <= 0) break;
      this.dirty.delete(u);
      this.reindexNote(u);
    }
    if (!this.dirty.size && this.globalDirty) this.planGlobal();
    // Deal and entity items are about ten times cheaper than a note's items.
    if (!this.dirty.size && this.globalQueue.length) this.applyGlobal(Math.max(1, budget) * 10);
    return this.dirty.size;
  }

  search(query: string, limit = this.maxResults): SearchHit[] {
    this.flush();
    const tokens = queryTokens(query).map((t) => t.slice(0, MAX_TOKEN));
    if (!tokens.length || limit <= 0) return [];
    const ids = this.words.candidates(tokens, Math.max(this.maxCandidates, limit), (id) => KIND_BIAS[this.items.get(id)!.kind]);
    if (!ids.length) return [];
    this.fuse.setCollection(ids.map((id) => this.items.get(id)!));
    const expression: Expression = { $and: tokens.map((t) => ({ $or: KEYS.map((k) => ({ [k]: t })) })) };
    const hits = this.fuse.search(expression).map((r) => ({ item: r.item, score: (r.score ?? 1) + KIND_BIAS[r.item.kind] }));
    this.fuse.setCollection([]);
    hits.sort((a, b) => a.score - b.score || a.item.label.length - b.item.label.length);
    return hits.slice(0, limit);
  }

  private addItem(item: SearchItem): number {
    const id = this.nextId++;
    this.items.set(id, item);
    this.words.add(id, [...wordsOf(item.f.label), ...item.f.keywords.flatMap(wordsOf)]);
    return id;
  }

  private removeItems(ids: readonly number[]): void {
    for (const id of ids) {
      this.items.delete(id);
      this.words.remove(id);
    }
  }

  private reindexNote(uri: string): void {
    const old = this.noteIds.get(uri);
    if (old) this.removeItems(old);
    this.noteIds.delete(uri);
    const note = this.source.get(uri);
    if (note) this.noteIds.set(uri, noteItems(note, this.limits).map((it) => this.addItem(it)));
  }

  /**
   * Brings the deal and entity items up to date. Deals and entities are rebuilt by the workspace index on
   * every change, but few of them change: items are compared by a cheap signature and only the changed
   * ones are replaced.
   */
  /** Compares the index's deals and entities with the items; queues the changed ones. */
  private planGlobal(): void {
    this.globalDirty = false;
    const wanted = new Map<string, { signature: string; make: () => SearchItem | undefined }>();
    for (const d of this.source.deals()) {
      const s = d.sources[0];
      const signature = `${dealLabel(d)}|${d.kind}|${d.chips.join(',')}|${d.powerGw ?? ''}|${d.value?.text ?? ''}|${s?.uri}:${s?.start}:${s?.end}`;
      wanted.set(`deal:${d.id}`, { signature, make: () => dealItem(d) });
    }
    for (const e of this.source.entities()) {
      const signature = `${e.name}|${e.kind}|${e.mentionCount}|${e.vendor ?? ''}|${e.aliasesSeen.join(',')}|${e.noteUris[0] ?? ''}`;
      wanted.set(`entity:${e.key}`, { signature, make: () => entityItem(e, (x) => this.firstMention(x), this.limits) });
    }
    for (const [key, have] of this.globalItems) {
      if (wanted.get(key)?.signature === have.signature) continue;
      this.removeItems([have.id]);
      this.globalItems.delete(key);
    }
    this.globalQueue = [...wanted].filter(([key]) => !this.globalItems.has(key)).map(([key, want]) => ({ key, ...want }));
  }

  private applyGlobal(budget: number): void {
    const batch = this.globalQueue.splice(0, budget);
    for (const want of batch) {
      const it = want.make();
      if (it) this.globalItems.set(want.key, { id: this.addItem(it), signature: want.signature });
    }
  }

  private firstMention(e: EntitySummary): { uri: string; start: number; end: number } | undefined {
    for (const uri of e.noteUris) {
      const mentions = this.source.get(uri)?.mentions ?? [];
      const m = mentions.find((x) => x.canonical === e.name) ?? mentions.find((x) => (x.kind === 'company' || x.kind === 'chip') && looseKey(x.canonical) === e.key);
      if (m) return { uri, start: m.start, end: m.end };
    }
    return undefined;
  }
}

