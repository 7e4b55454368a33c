/**
 * The workspace index: every note's analysis and deal candidates, kept up to date one note at a time, and
 * the answers the features need (deals, entities, mentions) computed lazily from it. Pure: the extension
 * feeds it documents; tests feed it strings.
 */
import type { Deal, EntityKind, Mention, NoteDocument } from '../types';
import type { Recognizer } from '../recognize/recognizer';
import { analyzeNote, type NoteAnalysis } from '../analyze';
import { extractDeals, type DealCandidate } from '../deals/extract';
import { mergeDeals } from '../deals/merge';
import { Emitter } from '../events';
import { looseKey } from '../text/chars';

export interface EntitySummary {
  /** Loose key of the canonical name: the entity's identity in the index. */
  key: string;
  name: string;
  kind: EntityKind;
  entityId?: string;
  /** Chips: vendor and family from the lexicon. */
  vendor?: string;
  family?: string;
  description?: string;
  /** Lower than 1 when the company was only recognised from context. */
  confidence: number;
  mentionCount: number;
  noteUris: string[];
  /** Spellings seen in the notes ("NVIDIA", "Nvidia"). */
  aliasesSeen: string[];
  dealIds: string[];
}

export interface MentionRef {
  uri: string;
  mention: Mention;
}

export interface IndexChange {
  /** Notes added, changed or removed; empty when everything changed (a new lexicon). */
  uris: string[];
}

interface Entry {
  analysis: NoteAnalysis;
  candidates: DealCandidate[];
}

export class NoteIndex {
  private readonly entries = new Map<string, Entry>();
  private dealsCache: Deal[] | undefined;
  private dealTransform: (deals: Deal[]) => Deal[] = (d) => d;
  private entitiesCache: Map<string, EntitySummary> | undefined;
  private readonly changed = new Emitter<IndexChange>();
  private batchDepth = 0;
  private pending: string[] = [];

  readonly onDidChange = this.changed.event;

  constructor(private recognizer: Recognizer) {}

  get size(): number {
    return this.entries.size;
  }

  /** Analyses a note (or re-analyses it when its text changed) and returns the analysis. */
  upsert(doc: NoteDocument): NoteAnalysis {
    const old = this.entries.get(doc.uri);
    if (old && old.analysis.text === doc.text) return old.analysis;
    const analysis = analyzeNote(doc, this.recognizer);
    this.entries.set(doc.uri, { analysis, candidates: extractDeals(analysis, this.recognizer.lexicon) });
    this.invalidate([doc.uri]);
    return analysis;
  }

  remove(uri: string): boolean {
    const had = this.entries.delete(uri);
    if (had) this.invalidate([uri]);
    return had;
  }

  /** Removes every note whose URI starts with `prefix` (a deleted folder). */
  removeUnder(prefix: string): number {
    const uris = [...this.entries.keys()].filter((u) => u === prefix || u.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
    for (const u of uris) this.entries.delete(u);
    if (uris.length) this.invalidate(uris);
    return uris.length;
  }

  rename(from: string, to: string): void {
    const entry = this.entries.get(from);
    if (!entry) return;
    this.entries.delete(from);
    this.upsert({ uri: to, text: entry.analysis.text });
    this.invalidate([from, to]);
  }

  /** A new recogniser (the user taught a name): every note is analysed again, at once. */
  setRecognizer(recognizer: Recognizer): void {
    const uris = this.replaceRecognizer(recognizer);
    this.batch(() => uris.forEach((u) => this.refresh(u)));
  }

  /**
   * Like `setRecognizer`, but returns the notes to analyse again instead of doing it: the extension
   * re-analyses them with `refresh`, in slices, so a large workspace never blocks its host.
   */
  replaceRecognizer(recognizer: Recognizer): string[] {
    this.recognizer = recognizer;
    return [...this.entries.keys()];
  }

  /** Analyses a note again with the current recogniser, even if its text did not change. */
  refresh(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    this.entries.delete(uri);
    this.upsert({ uri, text: entry.analysis.text, ...(entry.analysis.version !== undefined ? { version: entry.analysis.version } : {}) });
  }

  /** Runs `fn` and fires one change event at the end instead of one per note. */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    try {
      return fn();
    } finally {
      this.endBatch();
    }
  }

  /** Like `batch`, for work that yields to its host between slices. */
  async batchAsync<T>(fn: () => Promise<T>): Promise<T> {
    this.batchDepth++;
    try {
      return await fn();
    } finally {
      this.endBatch();
    }
  }

  private endBatch(): void {
    this.batchDepth--;
    if (this.batchDepth === 0 && this.pending.length) {
      const uris = [...new Set(this.pending)];
      this.pending = [];
      this.changed.fire({ uris });
    }
  }

  get(uri: string): NoteAnalysis | undefined {
    return this.entries.get(uri)?.analysis;
  }

  notes(): NoteAnalysis[] {
    return [...this.entries.values()].map((e) => e.analysis);
  }

  deals(): Deal[] {
    this.dealsCache ??= this.dealTransform(mergeDeals([...this.entries.values()].flatMap((e) => e.candidates)));
    return this.dealsCache;
  }

  /**
   * Sets the step applied to the merged deals before anyone sees them (the user's deal corrections:
   * hide, merge, split, fix a value or a party). Fires a change so every view refreshes.
   */
  setDealTransform(transform: (deals: Deal[]) => Deal[]): void {
    this.dealTransform = transform;
    this.invalidate([]);
  }

  deal(id: string): Deal | undefined {
    return this.deals().find((d) => d.id === id);
  }

  entities(): EntitySummary[] {
    return [...this.entityMap().values()];
  }

  entity(name: string): EntitySummary | undefined {
    return this.entityMap().get(looseKey(name));
  }

  /** Every mention of an entity across the workspace, by canonical name. */
  mentionsOf(name: string): MentionRef[] {
    const key = looseKey(name);
    const out: MentionRef[] = [];
    for (const { analysis } of this.entries.values()) {
      for (const mention of analysis.mentions) {
        if ((mention.kind === 'company' || mention.kind === 'chip') && looseKey(mention.canonical) === key) out.push({ uri: analysis.uri, mention });
      }
    }
    return out;
  }

  /** The mention under an offset of a note, if any. */
  mentionAt(uri: string, offset: number): Mention | undefined {
    const mentions = this.entries.get(uri)?.analysis.mentions ?? [];
    return mentions.find((m) => m.start <= offset && offset <= m.end);
  }

  dealsOf(name: string): Deal[] {
    const key = looseKey(name);
    return this.deals().filter((d) => d.parties.some((p) => looseKey(p) === key) || d.chips.some((c) => looseKey(c) === key));
  }

  /** The deals a note reports (it is one of their sources). */
  dealsInNote(uri: string): Deal[] {
    return this.deals().filter((d) => d.sources.some((s) => s.uri === uri));
  }

  dispose(): void {
    this.changed.dispose();
  }

  private invalidate(uris: string[]): void {
    this.dealsCache = undefined;
    this.entitiesCache = undefined;
    if (this.batchDepth > 0) this.pending.push(...uris);
    else this.changed.fire({ uris });
  }

  private entityMap(): Map<string, EntitySummary> {
    if (this.entitiesCache) return this.entitiesCache;
    const map = new Map<string, EntitySummary>();
    const notes = new Map<string, Set<string>>();
    const aliases = new Map<string, Set<string>>();
    for (const { analysis } of this.entries.values()) {
      for (const m of analysis.mentions) {
        if (m.kind !== 'company' && m.kind !== 'chip') continue;
        const key = looseKey(m.canonical);
        let s = map.get(key);
        if (!s) {
          const entity = m.entityId ? this.recognizer.lexicon.get(m.entityId) : undefined;
          s = { key, name: m.canonical, kind: m.kind, confidence: m.confidence ?? 1, mentionCount: 0, noteUris: [], aliasesSeen: [], dealIds: [] };
          if (m.entityId) s.entityId = m.entityId;
          if (entity?.vendor) s.vendor = entity.vendor;
          if (entity?.family) s.family = entity.family;
          if (entity?.description) s.description = entity.description;
          map.set(key, s);
          notes.set(key, new Set());
          aliases.set(key, new Set());
        }
        s.mentionCount++;
        s.confidence = Math.max(s.confidence, m.confidence ?? 1);
        notes.get(key)!.add(analysis.uri);
        aliases.get(key)!.add(m.text);
      }
    }
    for (const d of this.deals()) {
      for (const n of [...d.parties, ...d.chips]) map.get(looseKey(n))?.dealIds.push(d.id);
    }
    for (const [key, s] of map) {
      s.noteUris = [...notes.get(key)!].sort();
      s.aliasesSeen = [...aliases.get(key)!].sort();
    }
    this.entitiesCache = map;
    return map;
  }
}
