/**
 * The scan JSON contract (design.md): what `deal-notes scan --json` prints and the evaluation reads.
 * Lines are 1-based, as editors and grep show them; offsets are UTF-16 offsets into the note.
 */
import type { Deal, Mention } from '../types';
import type { NoteAnalysis } from '../analyze';
import { mentionsReadOnce, packedMentions, type PackedMentions } from '../index/compactMentions';
import { elementsAt, type LazyArray } from './prettyJsonChunks';

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
    documents: lazyMap(notes, (n) => ({ path: pathOf(n.uri), mentions: mentionsJson(n) })),
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

/**
 * A note's mentions with their lines, as a lazy array: a compact note's (see compactMentions.ts) are written from
 * their templates' JSON, made once per template, with each mention's text, offsets and line put in (half a million
 * mentions made as objects, then stringified, cost a second of the CLI's time and most of its garbage).
 */
function mentionsJson(n: NoteAnalysis): LazyArray<ScanJsonMention> {
  const lazy = lazyMap(mentionsReadOnce(n), (m) => withLine(n, m), true);
  const packed = packedMentions(n);
  return packed ? { length: lazy.length, flat: true, [Symbol.iterator]: () => lazy[Symbol.iterator](), json: (inner) => packedJson(n, packed, inner) } : lazy;
}

/** How many characters of mentions' JSON are given out together. */
const JSON_PIECE = 1 << 16;

/** The JSON of a compact note's mentions with their lines at indentation `inner` (see LazyArray.json). */
function* packedJson(n: NoteAnalysis, packed: PackedMentions, inner: string): Generator<string> {
  const { text, lines } = n;
  const compiled = compiledTemplates(inner);
  let piece = '';
  let kept: ScanJsonMention[] = [];
  const flushKept = () => {
    if (!kept.length) return;
    const json = elementsAt(kept, inner);
    piece = piece ? `${piece},\n${json}` : json;
    kept = [];
  };
  let line = 0;
  for (let i = 0; i < packed.length; i++) {
    const start = packed.start(i);
    line = lines.lineAt(start, line);
    const template = packed.template(i);
    const parts = template && compiledTemplate(compiled, template, inner);
    if (parts) {
      flushKept();
      const end = packed.end(i);
      let json = parts[0] as string;
      for (let k = 1; k < parts.length; k += 2) {
        const field = parts[k] as Field;
        json += `${field === 'text' ? JSON.stringify(text.slice(start, end)) : field === 'start' ? start : field === 'end' ? end : line + 1}${parts[k + 1] as string}`;
      }
      piece = piece ? `${piece},\n${json}` : json;
    } else {
      // Kept as it is (or its template's JSON cannot be cut around its fields): stringified as before, in batches.
      kept.push({ ...packed.mention(i), line: line + 1 });
      if (kept.length >= KEPT_BATCH) flushKept();
    }
    if (piece.length >= JSON_PIECE) {
      yield i < packed.length - 1 ? `${piece},\n` : piece;
      piece = '';
    }
  }
  flushKept();
  if (piece) yield piece;
}

/** How many mentions kept as they are are stringified together. */
const KEPT_BATCH = 128;

type Field = 'text' | 'start' | 'end' | 'line';
const FIELDS: readonly Field[] = ['text', 'start', 'end', 'line'];
/** What stands for each field in a template's JSON while it is cut (a string no template value writes: checked). */
const SENTINEL: Record<Field, string> = { text: '\u0000\u0001text', start: '\u0000\u0001start', end: '\u0000\u0001end', line: '\u0000\u0001line' };
const SENTINEL_JSON = FIELDS.map((f) => JSON.stringify(SENTINEL[f]));

/**
 * A template's JSON at an indentation, cut around its text, offsets and line: [text, field, text, field, …, text],
 * or null when it cannot be (a mention's own "line" field, a missing position field, a value writing a sentinel).
 */
type Compiled = (string | Field)[] | null;
const compiledByIndent = new Map<string, WeakMap<object, Compiled>>();
const compiledTemplates = (inner: string) => {
  let byTemplate = compiledByIndent.get(inner);
  if (!byTemplate) compiledByIndent.set(inner, (byTemplate = new WeakMap()));
  return byTemplate;
};

function compiledTemplate(compiled: WeakMap<object, Compiled>, template: object, inner: string): Compiled {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = compileTemplate(template, inner);
    compiled.set(template, parts);
  }
  return parts;
}

function compileTemplate(template: object, inner: string): Compiled {
  if (Object.hasOwn(template, 'line') || !FIELDS.every((f) => f === 'line' || Object.hasOwn(template, f))) return null;
  // The made mention with its line, as withLine writes it: the template's fields in order, then "line".
  const probe: Record<string, unknown> = { ...template, line: 0 };
  for (const f of FIELDS) probe[f] = SENTINEL[f];
  const json = elementsAt([probe], inner);
  const at = FIELDS.map((f, k) => ({ f, k, i: json.indexOf(SENTINEL_JSON[k]!) }));
  if (at.some(({ k, i }) => i < 0 || json.indexOf(SENTINEL_JSON[k]!, i + 1) >= 0)) return null;
  at.sort((a, b) => a.i - b.i);
  const parts: (string | Field)[] = [];
  let from = 0;
  for (const { f, k, i } of at) {
    parts.push(json.slice(from, i), f);
    from = i + SENTINEL_JSON[k]!.length;
  }
  parts.push(json.slice(from));
  return parts;
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
