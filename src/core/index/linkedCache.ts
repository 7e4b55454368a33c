/**
 * The persistent cache's second part: the deals as linked across notes and the entity summaries, so that
 * reopening a workspace whose notes did not change links and summarises nothing again (the notes' own
 * analyses are in the shards, noteCache.ts). Pure: cacheStore.ts reads and writes the bytes.
 *
 * It holds the list of notes it was made from (URI, modification time, size) and is used only when the
 * index holds exactly these notes, restored from the same cache: any difference and the deals are linked
 * again as before. Like the shards it is data from disk, never trusted: format, layout and key must match,
 * every line is checked field by field, a deal's sources are references into its set of parties' candidates
 * (checked against the candidates the index holds), and any failure drops the whole file.
 *
 * It is also the snapshot a warm start shows at once, before the shards are read: every deal carries its
 * sources' places (note, start, end) and its evidence sentence, so the views can list the deals from this file
 * alone (provisionalDeals, whose deals make their sources when first read); the deals are then replaced by the
 * ones adopted from the shards' candidates, or linked again when the shards do not match.
 *
 * One JSON value per line, read and written a bounded number of lines per step (see steps.ts), so that
 * neither blocks the host: a header, the notes, the sets of parties with their deals, the entities, "end".
 */
import type { Deal, DealSource, DealValue, EntityKind } from '../types';
import type { EntitySummary, NoteIndex } from './noteIndex';
import type { Steps } from '../steps';
import { decodeValue, isCount, isDealKind, isObject, isStrings, type Stamp } from './noteCache';
import { packCounts, unpackCounts } from './packedCounts';
import { withLazySources } from '../deals/lazySources';

export const LINKED_FORMAT = 'deal-notes-linked-cache';
export const LINKED_LAYOUT = 4;
export const LINKED_FILE = 'linked.json';
/** Lines encoded or decoded between two pauses. */
const LINES_PER_STEP = 200;

export interface LinkedNote {
  uri: string;
  stamp: Stamp;
}

/**
 * A deal as stored: its sources are positions in its set of parties' candidates, in dealsOfGroup's order, and
 * their places and the first one's sentence (what the views show before the candidates are read).
 */
export interface StoredDeal {
  deal: Omit<Deal, 'sources' | 'corrected'>;
  /** Undefined when the sources are the set's first candidates in order (the common case). */
  sourceRefs: number[] | undefined;
  /**
   * Each source's place, three numbers a source: its note (a position in the file's notes), start, end
   * (stored as one packed string, packedCounts.ts: a warm start reads hundreds of thousands of them).
   */
  spans: Uint32Array;
  evidence: string;
}

export interface DecodedLinked {
  notes: LinkedNote[];
  groups: Map<string, StoredDeal[]>;
  entities: Map<string, EntitySummary>;
}

/**
 * The linked deals and summaries of `index`, made from `notes` (every note it holds, sorted by URI), as
 * the file's text; undefined when a deal's source is not among its candidates (nothing to trust then).
 */
export function* encodeLinkedSteps(key: string, notes: readonly LinkedNote[], index: NoteIndex): Steps<string | undefined> {
  const { groups, entities } = index.linked();
  const lines: string[] = [JSON.stringify({ format: LINKED_FORMAT, layout: LINKED_LAYOUT, key, notes: notes.length, groups: groups.size, entities: entities.size })];
  const noteRef = new Map<string, number>();
  for (const n of notes) {
    noteRef.set(n.uri, noteRef.size);
    lines.push(asciiJson([n.uri, n.stamp.mtime, n.stamp.size]));
    if (lines.length % LINES_PER_STEP === 0) yield;
  }
  for (const [groupKey, deals] of groups) {
    const candidates = index.groupCandidates(groupKey) ?? [];
    const ref = new Map(candidates.map((c, i) => [c.source, i]));
    const stored: unknown[] = [];
    for (const d of deals) {
      // A field this file does not know (added to Deal later) would be lost: then nothing is written.
      if (Object.keys(d).some((k) => !DEAL_KEYS.has(k))) return undefined;
      const refs = d.sources.map((s) => ref.get(s));
      if (!refs.length || refs.some((r) => r === undefined)) return undefined;
      const places: number[] = [];
      for (const s of d.sources) {
        const note = noteRef.get(s.uri);
        if (note === undefined) return undefined;
        places.push(note, s.start, s.end);
      }
      const spans = packCounts(places);
      if (spans === undefined) return undefined;
      const extras: Record<string, unknown> = {};
      if (d.value) extras['value'] = d.value;
      if (d.powerGw !== undefined) extras['powerGw'] = d.powerGw;
      if (d.date !== undefined) extras['date'] = d.date;
      if (d.venture !== undefined) extras['venture'] = d.venture;
      // Sources that are the set's candidates in order (the common case) are stored as their count.
      const identity = refs.every((r, i) => r === i);
      stored.push([d.id, d.parties, d.kind, d.chips, identity ? refs.length : refs, Object.keys(extras).length ? extras : 0, spans, d.sources[0]!.sentence]);
    }
    lines.push(asciiJson([groupKey, stored]));
    if (lines.length % LINES_PER_STEP === 0) yield;
  }
  for (const e of entities.values()) {
    const refs = e.noteUris.map((u) => noteRef.get(u));
    if (refs.some((r) => r === undefined)) return undefined;
    // Its notes as differences between positions in the sorted notes (short numbers): each after the last.
    const steps = (refs as number[]).map((r, i) => (i ? r - refs[i - 1]! : r));
    if (steps.some((d, i) => i > 0 && d <= 0)) return undefined;
    const packed = packCounts(steps);
    if (packed === undefined) return undefined;
    lines.push(asciiJson([e.key, e.name, e.kind, e.confidence, e.mentionCount, packed, e.aliasesSeen, e.entityId ?? 0]));
    if (lines.length % LINES_PER_STEP === 0) yield;
  }
  lines.push('"end"');
  return lines.join('\n');
}

/** The file's content, checked line by line; a string says why it is not used. */
export function* decodeLinkedSteps(text: string, key: string): Steps<DecodedLinked | string> {
  const lines = text.split('\n');
  const head = parse(lines[0] ?? '');
  if (!isObject(head) || head['format'] !== LINKED_FORMAT) return 'not a Deal Notes linked-deals file';
  if (head['layout'] !== LINKED_LAYOUT) return `layout ${String(head['layout'])}, expected ${LINKED_LAYOUT}`;
  if (head['key'] !== key) return 'made by another version of the engine or another lexicon';
  const { notes: noteCount, groups: groupCount, entities: entityCount } = head;
  if (!isCount(noteCount) || !isCount(groupCount) || !isCount(entityCount)) return 'a header without counts';
  if (lines.length !== 1 + noteCount + groupCount + entityCount + 1 || lines[lines.length - 1] !== '"end"') return 'incomplete';
  const out: DecodedLinked = { notes: [], groups: new Map(), entities: new Map() };
  let at = 1;
  for (let i = 0; i < noteCount; i++, at++) {
    const n = parse(lines[at]!);
    if (!Array.isArray(n) || n.length !== 3 || typeof n[0] !== 'string' || typeof n[1] !== 'number' || !Number.isFinite(n[1]) || !isCount(n[2])) return `line ${at + 1}: not a note`;
    if (out.notes.length && out.notes[out.notes.length - 1]!.uri >= n[0]) return `line ${at + 1}: notes out of order`;
    out.notes.push({ uri: n[0], stamp: { mtime: n[1], size: n[2] } });
    if (at % LINES_PER_STEP === 0) yield;
  }
  for (let i = 0; i < groupCount; i++, at++) {
    const g = parse(lines[at]!);
    const deals = Array.isArray(g) && g.length === 2 && typeof g[0] === 'string' && !out.groups.has(g[0]) && Array.isArray(g[1]) ? g[1].map((d) => decodeDeal(d, out.notes)) : undefined;
    if (!deals?.length || deals.some((d) => !d)) return `line ${at + 1}: not a set of deals`;
    out.groups.set((g as [string])[0], deals as StoredDeal[]);
    if (at % LINES_PER_STEP === 0) yield;
  }
  for (let i = 0; i < entityCount; i++, at++) {
    const e = decodeEntity(parse(lines[at]!), out.notes);
    if (!e || out.entities.has(e.key)) return `line ${at + 1}: not an entity`;
    out.entities.set(e.key, e);
    if (at % LINES_PER_STEP === 0) yield;
  }
  return out;
}

/**
 * Gives `index` the decoded deals and summaries, a set of parties per step: false (and nothing given) when a
 * source reference is not one of the index's candidates or the sets and entities are not exactly the index's.
 */
export function* adoptLinkedSteps(decoded: DecodedLinked, index: NoteIndex): Steps<boolean> {
  const groups = new Map<string, Deal[]>();
  for (const [key, stored] of decoded.groups) {
    const candidates = index.groupCandidates(key);
    if (!candidates) return false;
    const deals: Deal[] = [];
    for (const { deal, sourceRefs, spans } of stored) {
      const sources: DealSource[] = [];
      for (let i = 0; i < spans.length / 3; i++) {
        const s = candidates[sourceRefs ? sourceRefs[i]! : i]?.source;
        // Each reference must name a candidate in the place the file says (else the file is not about these notes).
        if (!s || s.uri !== decoded.notes[spans[3 * i]!]!.uri || s.start !== spans[3 * i + 1] || s.end !== spans[3 * i + 2]) return false;
        sources.push(s);
      }
      deals.push({ ...deal, sources });
    }
    groups.set(key, deals);
    if (groups.size % LINES_PER_STEP === 0) yield;
  }
  return index.adoptLinked(groups, decoded.entities);
}

/**
 * The deals of a decoded file as the views can show them before the notes are restored: each source's place
 * comes from the file, its sentence from `textOf` (the note's text once the index holds it) or, for the first
 * source, the evidence sentence the file keeps; until then the others' sentences are empty. A deal's sources
 * are made when first read (lazySources.ts), and their sentences when read, so that taking the snapshot costs
 * nothing per source. In steps of a few hundred sets of parties.
 */
export function* provisionalDealsSteps(decoded: DecodedLinked, textOf: (uri: string) => string | undefined): Steps<Map<string, Deal[]>> {
  const groups = new Map<string, Deal[]>();
  for (const [key, stored] of decoded.groups) {
    if (groups.size % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
    groups.set(key, stored.map(({ deal, spans, evidence }) => withLazySources({ ...deal }, spans.length / 3, () => {
      const sources: DealSource[] = [];
      for (let i = 0; i < spans.length; i += 3) {
        sources.push(new ProvisionalSource(decoded.notes[spans[i]!]!.uri, spans[i + 1]!, spans[i + 2]!, i === 0 ? evidence : '', textOf));
      }
      return sources;
    })));
  }
  return groups;
}

/** A source of a snapshot's deal: its sentence is read from the note once the index holds it. */
class ProvisionalSource implements DealSource {
  constructor(
    readonly uri: string, readonly start: number, readonly end: number,
    private readonly fallback: string, private readonly textOf: (uri: string) => string | undefined,
  ) {}

  get sentence(): string {
    return this.textOf(this.uri)?.slice(this.start, this.end) ?? this.fallback;
  }

  /** As a plain source (what a webview or an export receives). */
  toJSON(): DealSource {
    return { uri: this.uri, start: this.start, end: this.end, sentence: this.sentence };
  }
}

/**
 * JSON with every character beyond ASCII written as an escape ("\u2019"): one such character (an apostrophe
 * of a French sentence) made the whole file's text two bytes a character, and decoding, splitting and parsing
 * it took twice as long (decode and parse of the 10,000 bench notes' file: 105 -> 41 ms at best).
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function parse(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

const EXTRA_KEYS = new Set(['value', 'powerGw', 'date', 'venture']);
/** Every field of a linked Deal this file stores (`corrected` is only set after linking, by the user's corrections). */
const DEAL_KEYS = new Set(['id', 'parties', 'kind', 'chips', 'sources', ...EXTRA_KEYS]);

function decodeDeal(raw: unknown, notes: readonly LinkedNote[]): StoredDeal | undefined {
  if (!Array.isArray(raw) || raw.length !== 8) return undefined;
  const [id, parties, kind, chips, refs, extras, rawSpans, evidence] = raw as unknown[];
  if (typeof id !== 'string' || !isStrings(parties) || !isDealKind(kind) || !isStrings(chips) || typeof evidence !== 'string') return undefined;
  const sourceRefs = isCount(refs) ? undefined : refs;
  const count = isCount(refs) ? refs : Array.isArray(refs) && refs.every(isCount) ? refs.length : 0;
  if (!count) return undefined;
  const spans = unpackCounts(rawSpans, count * 3);
  if (!spans) return undefined;
  for (let i = 0; i < spans.length; i += 3) {
    if (spans[i]! >= notes.length || spans[i + 1]! > spans[i + 2]!) return undefined;
  }
  const deal: StoredDeal['deal'] = { id, parties, kind, chips };
  const stored: StoredDeal = { deal, sourceRefs: sourceRefs as number[] | undefined, spans, evidence };
  if (extras === 0) return stored;
  if (!isObject(extras) || Object.keys(extras).some((k) => !EXTRA_KEYS.has(k))) return undefined;
  const { value, powerGw, date, venture } = extras;
  let v: DealValue | undefined;
  if (value !== undefined && !(v = decodeValue(value))) return undefined;
  if (v) deal.value = v;
  if (powerGw !== undefined) {
    if (typeof powerGw !== 'number') return undefined;
    deal.powerGw = powerGw;
  }
  if (date !== undefined) {
    if (typeof date !== 'string') return undefined;
    deal.date = date;
  }
  if (venture !== undefined) {
    if (typeof venture !== 'string') return undefined;
    deal.venture = venture;
  }
  return stored;
}

const ENTITY_KINDS: Record<EntityKind, true> = { company: true, chip: true };

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

function decodeEntity(raw: unknown, notes: readonly LinkedNote[]): EntitySummary | undefined {
  if (!Array.isArray(raw) || raw.length !== 8) return undefined;
  const [key, name, kind, confidence, mentionCount, refs, aliasesSeen, entityId] = raw as unknown[];
  if (typeof key !== 'string' || typeof name !== 'string' || typeof kind !== 'string' || !Object.hasOwn(ENTITY_KINDS, kind)) return undefined;
  if (typeof confidence !== 'number' || !isCount(mentionCount) || !isStrings(aliasesSeen) || (entityId !== 0 && typeof entityId !== 'string')) return undefined;
  // Differences between positions in the notes, packed (packedCounts.ts): the first a position, the others at least 1.
  if (typeof refs !== 'string') return undefined;
  const steps = unpackCounts(refs, refs ? countOf(refs, ',') + 1 : 0);
  if (!steps) return undefined;
  const noteUris = new Array<string>(steps.length);
  let at = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i]!;
    if (i > 0 && step === 0) return undefined;
    at += step;
    if (at >= notes.length) return undefined;
    noteUris[i] = notes[at]!.uri;
  }
  const summary: EntitySummary = {
    key, name, kind: kind as EntityKind, confidence, mentionCount, noteUris, aliasesSeen, dealIds: [],
  };
  if (typeof entityId === 'string') summary.entityId = entityId;
  return summary;
}
