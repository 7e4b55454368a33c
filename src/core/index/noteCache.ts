/**
 * The persistent index cache's format: each note's analysis and deal candidates, with the version of the file
 * they came from (modification time and size), so that reopening a workspace analyses only what changed.
 * Pure (no storage access: the extension and the CLI read and write the bytes).
 *
 * A cache file is data from disk, never trusted: its format, version and engine key must match, and every
 * record is checked field by field (types, offsets inside the text, known kinds); a record that fails is
 * dropped (its note is analysed again), a file that fails is ignored as a whole.
 *
 * Records are compact: mentions as small arrays, a mention's text and a deal source's sentence left out when
 * they are the note's text between their offsets (they nearly always are), the source's URI left out.
 */
import type { DealKind, DealValue, Mention, MentionKind, Qualifier } from '../types';
import type { NoteAnalysis } from '../analyze';
import type { DealCandidate } from '../deals/extract';
import { shareCandidateParts } from '../deals/shareParts';
import type { Span } from '../text/sentences';
import { LineIndex } from '../text/lineIndex';
import { runToEnd, type Steps } from '../steps';

export const CACHE_FORMAT = 'deal-notes-index-cache';
/** Bumped when the layout of a record changes. */
export const CACHE_LAYOUT = 1;
/** A shard larger than this is not read (a foreign or runaway file). */
export const MAX_SHARD_BYTES = 64 * 1024 * 1024;
/** Notes per shard when a cache is laid out: one shard is parsed in one slice of work. */
export const NOTES_PER_SHARD = 100;

/** The version of a note's file: a changed time or size means the note is read and analysed again. */
export interface Stamp {
  mtime: number;
  size: number;
}

export function sameStamp(a: Stamp | undefined, b: Stamp | undefined): boolean {
  return !!a && !!b && a.mtime === b.mtime && a.size === b.size;
}

/** What the index needs to take a note back without analysing it. */
export interface CachedNote {
  stamp: Stamp;
  analysis: NoteAnalysis;
  candidates: DealCandidate[];
}

export interface CacheShard {
  format: typeof CACHE_FORMAT;
  layout: number;
  /** Engine and lexicon the analyses were made with (see cacheKey). */
  key: string;
  notes: unknown[];
}

/**
 * The key every shard carries: the engine (a hash of the analysis code and built-in data, fixed at build time)
 * and the user's lexicon. Any change to either makes the whole cache stale.
 */
export function cacheKey(engine: string, userLexicon: string): string {
  return `${engine}|${hashText(userLexicon)}`;
}

/** FNV-1a, 32 bits, as hex: a cheap content hash (not a security measure). */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Which shard a note goes to, out of `shards` (a stable hash of its URI). */
export function shardOf(uri: string, shards: number): number {
  return parseInt(hashText(uri), 16) % Math.max(1, shards);
}

/** How many shards a cache of `notes` notes is laid out in. */
export function shardCountFor(notes: number): number {
  let n = 1;
  while (n * NOTES_PER_SHARD < notes) n *= 2;
  return n;
}

// ---- encoding -----------------------------------------------------------------------------------------------

const MENTION_KINDS: Record<MentionKind, true> = { company: true, chip: true, money: true, power: true, percent: true, date: true };
const DEAL_KINDS: Record<DealKind, true> = {
  investment: true, acquisition: true, stake: true, partnership: true, supply: true, purchase: true, cloud: true,
  'joint-venture': true, lease: true, licensing: true, other: true,
};
const QUALIFIERS: Record<Qualifier, true> = { 'up to': true, 'at most': true, about: true, 'more than': true, 'at least': true, 'less than': true, several: true };
/** A mention's optional fields and their types. */
const MENTION_EXTRAS = {
  entityId: 'string', confidence: 'number', value: 'number', valueMax: 'number', currency: 'string', usd: 'number',
  qualifier: 'qualifier', gw: 'number', percent: 'number', date: 'string', ambiguous: 'boolean', currencyImplied: 'boolean', dollarInDoubt: 'boolean',
  alternative: 'alternative',
} as const;

/** The other reading of an ambiguous amount: `{ value, valueMax?, canonical }` and nothing else. */
function isAlternative(v: unknown): boolean {
  if (!isObject(v)) return false;
  const keys = Object.keys(v);
  return keys.every((k) => k === 'value' || k === 'valueMax' || k === 'canonical') && typeof v.value === 'number'
    && typeof v.canonical === 'string' && (v.valueMax === undefined || typeof v.valueMax === 'number');
}

type EncodedMention = [kind: MentionKind, start: number, end: number, canonical: string, extras?: Record<string, unknown>, text?: string];

export function encodeNote(note: CachedNote): unknown[] {
  const { analysis, stamp } = note;
  const text = analysis.text;
  const mentions = analysis.mentions.map((m): EncodedMention => {
    // The extras in the mention's own order, so a restored mention writes the same JSON as a fresh one.
    const extras: Record<string, unknown> = {};
    let any = false;
    for (const k of Object.keys(m)) {
      if (Object.hasOwn(MENTION_EXTRAS, k) && m[k as keyof typeof MENTION_EXTRAS] !== undefined) {
        extras[k] = m[k as keyof typeof MENTION_EXTRAS];
        any = true;
      }
    }
    const e: EncodedMention = [m.kind, m.start, m.end, m.canonical];
    const sliced = text.slice(m.start, m.end) === m.text;
    if (any || !sliced) e.push(any ? extras : 0 as never);
    if (!sliced) e.push(m.text);
    return e;
  });
  const sentences = analysis.sentences.flatMap((s) => [s.start, s.end]);
  const candidates = note.candidates.map((c) => {
    const { source, ...rest } = c;
    const s: Record<string, unknown> = { start: source.start, end: source.end };
    if (text.slice(source.start, source.end) !== source.sentence) s['sentence'] = source.sentence;
    if (source.uri !== analysis.uri) s['uri'] = source.uri;
    return { ...rest, source: s };
  });
  return [analysis.uri, stamp.mtime, stamp.size, text, analysis.title, analysis.noteDate ?? 0, mentions, sentences, candidates];
}

export function encodeShard(key: string, notes: readonly CachedNote[]): string {
  return runToEnd(encodeShardSteps(key, notes));
}

/** Records encoded between two steps of encodeShardSteps. */
const NOTES_PER_STEP = 10;

/**
 * `encodeShard` in steps of a few notes (a shard of a hundred dense notes is over a megabyte of JSON): the
 * same text as `JSON.stringify` of the whole shard.
 */
export function* encodeShardSteps(key: string, notes: readonly CachedNote[]): Steps<string> {
  const head: Omit<CacheShard, 'notes'> = { format: CACHE_FORMAT, layout: CACHE_LAYOUT, key };
  const records: string[] = [];
  for (const note of notes) {
    records.push(JSON.stringify(encodeNote(note)));
    if (records.length % NOTES_PER_STEP === 0) yield;
  }
  return `${JSON.stringify(head).slice(0, -1)},"notes":[${records.join(',')}]}`;
}

// ---- decoding -----------------------------------------------------------------------------------------------

/** The notes of a shard, or why it is not used as a whole. Records that fail a check are left out. */
export type DecodedShard = { ok: true; notes: CachedNote[]; dropped: number } | { ok: false; reason: string };

export function decodeShard(json: string, key: string): DecodedShard {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not JSON (a partial or corrupt write)' };
  }
  if (!isObject(raw) || raw['format'] !== CACHE_FORMAT) return { ok: false, reason: 'not a Deal Notes cache file' };
  if (raw['layout'] !== CACHE_LAYOUT) return { ok: false, reason: `layout ${String(raw['layout'])}, expected ${CACHE_LAYOUT}` };
  if (raw['key'] !== key) return { ok: false, reason: 'made by another version of the engine or another lexicon' };
  if (!Array.isArray(raw['notes'])) return { ok: false, reason: 'no notes array' };
  const notes: CachedNote[] = [];
  let dropped = 0;
  for (const record of raw['notes']) {
    const note = decodeNote(record);
    if (note) notes.push(note);
    else dropped++;
  }
  return { ok: true, notes, dropped };
}

/** One record back into a note, or undefined when any part of it is not what encodeNote writes. */
export function decodeNote(record: unknown): CachedNote | undefined {
  if (!Array.isArray(record) || record.length !== 9) return undefined;
  const [uri, mtime, size, text, title, noteDate, rawMentions, rawSentences, rawCandidates] = record as unknown[];
  if (typeof uri !== 'string' || !uri || typeof mtime !== 'number' || !Number.isFinite(mtime) || !isCount(size) || typeof text !== 'string' || typeof title !== 'string') return undefined;
  if (noteDate !== 0 && typeof noteDate !== 'string') return undefined;
  if (!Array.isArray(rawMentions) || !Array.isArray(rawSentences) || !Array.isArray(rawCandidates) || rawSentences.length % 2) return undefined;
  const inText = (start: unknown, end: unknown): boolean => isCount(start) && isCount(end) && start <= end && end <= text.length;
  const mentions: Mention[] = [];
  for (const m of rawMentions) {
    const mention = decodeMention(m, text, inText);
    if (!mention) return undefined;
    mentions.push(mention);
  }
  const sentences: Span[] = [];
  for (let i = 0; i < rawSentences.length; i += 2) {
    if (!inText(rawSentences[i], rawSentences[i + 1])) return undefined;
    sentences.push({ start: rawSentences[i] as number, end: rawSentences[i + 1] as number });
  }
  const candidates: DealCandidate[] = [];
  for (const c of rawCandidates) {
    const candidate = decodeCandidate(c, uri, text, inText);
    if (!candidate) return undefined;
    candidates.push(candidate);
  }
  const analysis: NoteAnalysis = { uri, text, mentions, sentences, lines: new LineIndex(text), title };
  if (typeof noteDate === 'string') analysis.noteDate = noteDate;
  return { stamp: { mtime, size }, analysis, candidates: shareCandidateParts(candidates) };
}

function decodeMention(raw: unknown, text: string, inText: (a: unknown, b: unknown) => boolean): Mention | undefined {
  if (!Array.isArray(raw) || raw.length < 4 || raw.length > 6) return undefined;
  const [kind, start, end, canonical, extras, own] = raw as unknown[];
  if (typeof kind !== 'string' || !Object.hasOwn(MENTION_KINDS, kind) || !inText(start, end) || typeof canonical !== 'string') return undefined;
  if (own !== undefined && typeof own !== 'string') return undefined;
  const mention: Mention = { kind: kind as MentionKind, text: own ?? text.slice(start as number, end as number), canonical, start: start as number, end: end as number };
  if (extras !== undefined && extras !== 0) {
    if (!isObject(extras)) return undefined;
    for (const [k, v] of Object.entries(extras)) {
      const type = Object.hasOwn(MENTION_EXTRAS, k) ? MENTION_EXTRAS[k as keyof typeof MENTION_EXTRAS] : undefined;
      if (!type) return undefined;
      const valid = type === 'qualifier' ? typeof v === 'string' && Object.hasOwn(QUALIFIERS, v) : type === 'alternative' ? isAlternative(v) : typeof v === type;
      if (!valid) return undefined;
      (mention as unknown as Record<string, unknown>)[k] = v;
    }
  }
  return mention;
}

export function isDealKind(x: unknown): x is DealKind {
  return typeof x === 'string' && Object.hasOwn(DEAL_KINDS, x);
}

function decodeCandidate(raw: unknown, uri: string, text: string, inText: (a: unknown, b: unknown) => boolean): DealCandidate | undefined {
  if (!isObject(raw)) return undefined;
  const { parties, kind, value, chips, powerGw, sentenceDate, noteDate, source, venture } = raw;
  if (!isStrings(parties) || !isDealKind(kind) || !isStrings(chips)) return undefined;
  if (!optional(powerGw, 'number') || !optional(sentenceDate, 'string') || !optional(noteDate, 'string') || !optional(venture, 'string')) return undefined;
  if (!isObject(source) || !inText(source['start'], source['end']) || !optional(source['sentence'], 'string') || !optional(source['uri'], 'string')) return undefined;
  const start = source['start'] as number;
  const end = source['end'] as number;
  const candidate: DealCandidate = {
    parties, kind: kind as DealKind, chips,
    source: { uri: (source['uri'] as string | undefined) ?? uri, start, end, sentence: (source['sentence'] as string | undefined) ?? text.slice(start, end) },
  };
  if (value !== undefined) {
    const v = decodeValue(value);
    if (!v) return undefined;
    candidate.value = v;
  }
  if (powerGw !== undefined) candidate.powerGw = powerGw as number;
  if (sentenceDate !== undefined) candidate.sentenceDate = sentenceDate as string;
  if (noteDate !== undefined) candidate.noteDate = noteDate as string;
  if (venture !== undefined) candidate.venture = venture as string;
  if (Object.keys(raw).some((k) => !CANDIDATE_KEYS.has(k))) return undefined;
  return candidate;
}

/** Every field of a DealCandidate: a field the engine adds must be added here (a unit test checks it). */
const CANDIDATE_KEYS = new Set(['parties', 'kind', 'value', 'chips', 'powerGw', 'sentenceDate', 'noteDate', 'source', 'venture']);

export function decodeValue(raw: unknown): DealValue | undefined {
  if (!isObject(raw)) return undefined;
  const { amount, currency, usd, qualifier, amountMax, text, ambiguous, alternative, dollarInDoubt } = raw;
  if (typeof amount !== 'number' || typeof currency !== 'string' || typeof text !== 'string') return undefined;
  if (!optional(usd, 'number') || !optional(amountMax, 'number') || !optional(ambiguous, 'boolean') || !optional(dollarInDoubt, 'boolean')) return undefined;
  if (alternative !== undefined && !isValueAlternative(alternative)) return undefined;
  if (qualifier !== undefined && !(typeof qualifier === 'string' && Object.hasOwn(QUALIFIERS, qualifier))) return undefined;
  const v: DealValue = usd !== undefined ? { amount, currency, text, usd: usd as number } : { amount, currency, text };
  if (qualifier !== undefined) v.qualifier = qualifier as Qualifier;
  if (amountMax !== undefined) v.amountMax = amountMax as number;
  if (ambiguous === true && isValueAlternative(alternative)) {
    v.ambiguous = true;
    v.alternative = { amount: alternative.amount };
    if (alternative.amountMax !== undefined) v.alternative.amountMax = alternative.amountMax;
  }
  if (dollarInDoubt === true) v.dollarInDoubt = true;
  return v;
}

/** The other reading of a deal value: `{ amount, amountMax? }` and nothing else. */
function isValueAlternative(v: unknown): v is { amount: number; amountMax?: number } {
  return isObject(v) && Object.keys(v).every((k) => k === 'amount' || k === 'amountMax') && typeof v.amount === 'number'
    && (v.amountMax === undefined || typeof v.amountMax === 'number');
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

export function isStrings(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

function optional(x: unknown, type: 'string' | 'number' | 'boolean'): boolean {
  return x === undefined || typeof x === type;
}
