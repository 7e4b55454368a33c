/**
 * The scan JSON contract (design.md): what `deal-notes scan --json` prints and the evaluation reads.
 * Lines are 1-based, as editors and grep show them; offsets are UTF-16 offsets into the note.
 */
import type { Deal, Mention } from '../types';
import type { NoteAnalysis } from '../analyze';
import { mentionsReadOnce } from '../index/compactMentions';
import type { LazyArray } from './prettyJsonChunks';

export interface ScanJsonMention extends Mention {
  line: number;
}

export interface ScanJsonDeal {
  id: string;
  parties: string[];
  kind: string;
  valueUsd?: number;
  value?: {
    amount: number; amountMax?: number; currency: string; qualifier?: string; text: string;
    /** The number format stays in doubt; `alternative` is the other reading. */
    ambiguous?: boolean; alternative?: { amount: number; amountMax?: number };
  };
  chips: string[];
  powerGw?: number;
  date?: string;
  /** The name a joint venture or consortium goes by ("Stargate"). */
  venture?: string;
  sources: { path: string; line: number; start: number; end: number; text: string }[];
  /** What the user's corrections changed in this deal. */
  corrected?: string[];
}

export interface ScanJson {
  documents: { path: string; mentions: ScanJsonMention[] }[];
  deals: ScanJsonDeal[];
  skipped?: { path: string; reason: string }[];
}

export function toScanJson(notes: readonly NoteAnalysis[], deals: readonly Deal[], pathOf: (uri: string) => string = (u) => u): ScanJson {
  const lines = linesOf(notes);
  return {
    documents: notes.map((n) => documentToJson(n, pathOf)),
    deals: deals.map((d) => dealToJson(d, lines, pathOf)),
  };
}

/**
 * The same scan JSON with its documents and deals made one at a time as they are read (see
 * prettyJsonChunks.ts): the CLI writes a large scan without holding a second copy of every mention.
 */
export function lazyScanJson(notes: readonly NoteAnalysis[], deals: readonly Deal[], pathOf: (uri: string) => string = (u) => u) {
  const lines = linesOf(notes);
  return {
    // A note's mentions too: each made, given its line and written, then dropped (see mentionsReadOnce).
    documents: lazyMap(notes, (n) => ({ path: pathOf(n.uri), mentions: lazyMap(mentionsReadOnce(n), (m) => withLine(n, m), true) })),
    deals: lazyMap(deals, (d) => dealToJson(d, lines, pathOf)),
  };
}

/** `items` mapped by `fn` as each is read (`flat`: the results hold no long array, see LazyArray). */
function lazyMap<T, U>(items: { length: number; [Symbol.iterator](): Iterator<T> }, fn: (item: T) => U, flat = false): LazyArray<U> {
  return {
    length: items.length,
    flat,
    *[Symbol.iterator]() {
      for (const item of items) yield fn(item);
    },
  };
}

function linesOf(notes: readonly NoteAnalysis[]): (uri: string, offset: number) => number {
  const lines = new Map(notes.map((n) => [n.uri, n.lines]));
  return (uri, offset) => (lines.get(uri)?.positionAt(offset).line ?? 0) + 1;
}

function documentToJson(n: NoteAnalysis, pathOf: (uri: string) => string): ScanJson['documents'][number] {
  return {
    path: pathOf(n.uri),
    mentions: n.mentions.map((m) => withLine(n, m)),
  };
}

const withLine = (n: NoteAnalysis, m: Mention): ScanJsonMention => ({ ...m, line: n.lines.positionAt(m.start).line + 1 });

export function dealToJson(d: Deal, lineOf: (uri: string, offset: number) => number, pathOf: (uri: string) => string): ScanJsonDeal {
  const json: ScanJsonDeal = {
    id: d.id,
    parties: d.parties,
    kind: d.kind,
    chips: d.chips,
    sources: d.sources.map((s) => ({ path: pathOf(s.uri), line: lineOf(s.uri, s.start), start: s.start, end: s.end, text: s.sentence })),
  };
  if (d.value) {
    if (d.value.usd !== undefined) json.valueUsd = d.value.usd;
    json.value = { amount: d.value.amount, currency: d.value.currency, text: d.value.text };
    if (d.value.amountMax !== undefined) json.value.amountMax = d.value.amountMax;
    if (d.value.qualifier) json.value.qualifier = d.value.qualifier;
    if (d.value.ambiguous && d.value.alternative) {
      json.value.ambiguous = true;
      json.value.alternative = { ...d.value.alternative };
    }
  }
  if (d.powerGw !== undefined) json.powerGw = d.powerGw;
  if (d.date) json.date = d.date;
  if (d.venture) json.venture = d.venture;
  if (d.corrected?.length) json.corrected = d.corrected;
  return json;
}
