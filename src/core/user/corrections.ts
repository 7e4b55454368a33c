/**
 * The user's deal corrections, `.dealnotes/corrections.json`, kept beside the notes and never in them:
 *
 *   { "corrections": [
 *     { "action": "hide",       "source": { "note": "a.md", "sentence": "…" } },
 *     { "action": "merge",      "source": { … }, "with": { "note": "b.md", "sentence": "…" } },
 *     { "action": "split",      "source": { … } },
 *     { "action": "setValue",   "source": { … }, "value": { "amount": 1.3e9, "currency": "EUR" } },
 *     { "action": "setParties", "source": { … }, "parties": ["Quantaflux", "Mistral AI"] } ] }
 *
 * A correction names its deal by one of the deal's sources: the note's workspace-relative path and the
 * sentence's text. Sentences are compared loosely (case, accents, punctuation and spacing do not count, and a
 * sentence that changed by a few words still matches), so corrections survive small edits of the notes.
 * `dealId` is optional: it picks among several deals reported by one sentence.
 */
import { getNodeValue, type Node } from 'jsonc-parser';
import type { Deal, DealSource, DealValue, Qualifier } from '../types';
import { looseKey } from '../text/chars';
import { toUsd } from '../recognize/rates';
import { findMoney } from '../recognize/money';
import { addProperty, appendToArray, openListDocument, parseJson, propertyKeys, propertyValue, removeFromArray, type ListDocument, type Problem } from './jsonText';
import type { FileEdit } from './lexiconFile';

export const CORRECTIONS_FILE = '.dealnotes/corrections.json';

export type CorrectionAction = 'hide' | 'merge' | 'split' | 'setValue' | 'setParties';
export const CORRECTION_ACTIONS: readonly CorrectionAction[] = ['hide', 'merge', 'split', 'setValue', 'setParties'];

export interface SourceRef {
  /** Workspace-relative path of the note, with forward slashes. */
  note: string;
  /** The sentence's text. */
  sentence: string;
}

export interface CorrectionValue {
  amount: number;
  currency: string;
  usd?: number;
  amountMax?: number;
  qualifier?: Qualifier;
  text?: string;
}

export interface Correction {
  action: CorrectionAction;
  source: SourceRef;
  dealId?: string;
  /** merge: a source of the other deal. */
  with?: SourceRef;
  /** setValue */
  value?: CorrectionValue;
  /** setParties */
  parties?: string[];
  /** Where the entry is in the file, for diagnostics. */
  at?: { offset: number; length: number };
}

export interface CorrectionsFile {
  corrections: Correction[];
  problems: Problem[];
  ok: boolean;
}

/** What `corrected` says for each action. */
export const CORRECTED_LABELS: Record<Exclude<CorrectionAction, 'hide'>, string> = {
  merge: 'merged',
  split: 'split',
  setValue: 'value',
  setParties: 'parties',
};

/** Sentences at least this similar (Dice coefficient over words) are the same sentence, lightly edited. */
export const SENTENCE_SIMILARITY = 0.75;

/** Bounds on what a correction may hold (the file may come from a stranger's repository). */
const MAX_SENTENCE = 4000;
const MAX_PATH = 1000;
const MAX_PARTY = 120;
const MAX_PARTIES = 10;
const MAX_VALUE_TEXT = 200;

const QUALIFIERS: readonly Qualifier[] = ['up to', 'at most', 'about', 'more than', 'at least', 'less than', 'several'];
/** Written by earlier versions: a range was a qualifier; `amountMax` alone says it now, so it is read as no hedge. */
const LEGACY_RANGE = 'range';

export function parseCorrections(text: string): CorrectionsFile {
  const doc = openListDocument(text, 'corrections', 'The corrections file');
  const corrections: Correction[] = [];
  for (const item of doc.items) {
    const c = readCorrection(item, doc.report);
    if (c) corrections.push(c);
  }
  return { corrections, problems: doc.problems, ok: doc.ok };
}

type At = ListDocument['report'];

function readCorrection(item: Node, at: At): Correction | undefined {
  if (item.type !== 'object') {
    at(item, 'Each correction must be an object with "action" and "source".');
    return undefined;
  }
  const head = { offset: item.offset, length: 1 };
  const action = propertyValue(item, 'action');
  if (!action) {
    at(head, 'This correction has no "action".');
    return undefined;
  }
  if (action.type !== 'string' || !(CORRECTION_ACTIONS as readonly string[]).includes(action.value as string)) {
    at(action, `"action" must be one of ${CORRECTION_ACTIONS.map((a) => `"${a}"`).join(', ')}.`);
    return undefined;
  }
  const c: Correction = { action: action.value as CorrectionAction, source: { note: '', sentence: '' }, at: { offset: item.offset, length: item.length } };
  const source = readSource(propertyValue(item, 'source'), 'source', head, at);
  if (!source) return undefined;
  c.source = source;
  const dealId = propertyValue(item, 'dealId');
  if (dealId) {
    if (dealId.type === 'string' && dealId.value) c.dealId = dealId.value as string;
    else at(dealId, '"dealId" must be a string; it is ignored.', 'warning');
  }
  const known = new Set(['action', 'source', 'dealId', 'with', 'value', 'parties', 'note']);
  for (const key of propertyKeys(item)) if (!known.has(key.value as string)) at(key, `Unknown property "${key.value}"; it is ignored.`, 'warning');
  if (c.action === 'merge') {
    const w = readSource(propertyValue(item, 'with'), 'with', head, at);
    if (!w) return undefined;
    c.with = w;
  } else if (c.action === 'setValue') {
    const v = propertyValue(item, 'value');
    if (!v) {
      at(head, 'A "setValue" correction needs a "value": { "amount": …, "currency": "USD" }.');
      return undefined;
    }
    const value = readValue(v, at);
    if (!value) return undefined;
    c.value = value;
  } else if (c.action === 'setParties') {
    const p = propertyValue(item, 'parties');
    const items = p?.type === 'array' ? (p.children ?? []) : [];
    const parties = items.map((n) => (n.type === 'string' ? String(n.value).trim() : '')).filter(Boolean);
    if (!p || p.type !== 'array' || parties.length !== items.length || parties.length < 2) {
      at(p ?? head, 'A "setParties" correction needs "parties": at least two company names.');
      return undefined;
    }
    if (parties.length > MAX_PARTIES || parties.some((n) => n.length > MAX_PARTY)) {
      at(p, `"parties" holds at most ${MAX_PARTIES} names of at most ${MAX_PARTY} characters; this correction is ignored.`);
      return undefined;
    }
    c.parties = parties;
  }
  return c;
}

function readSource(node: Node | undefined, key: string, head: { offset: number; length: number }, at: At): SourceRef | undefined {
  if (!node) {
    at(head, `This correction has no "${key}": { "note": "path/of/note.md", "sentence": "…" }.`);
    return undefined;
  }
  const v = getNodeValue(node) as Partial<SourceRef> | null;
  if (node.type !== 'object' || typeof v?.note !== 'string' || !v.note.trim() || typeof v.sentence !== 'string' || !v.sentence.trim()) {
    at(node, `"${key}" must be { "note": "path/of/note.md", "sentence": "…" } with both non-empty.`);
    return undefined;
  }
  if (v.note.length > MAX_PATH || v.sentence.length > MAX_SENTENCE) {
    at(node, `"${key}" is too long (a note path of at most ${MAX_PATH} characters, a sentence of at most ${MAX_SENTENCE}); this correction is ignored.`);
    return undefined;
  }
  return { note: normalisePath(v.note), sentence: v.sentence };
}

function readValue(node: Node, at: At): CorrectionValue | undefined {
  const v = getNodeValue(node) as Partial<CorrectionValue> | null;
  if (node.type !== 'object' || typeof v?.amount !== 'number' || !Number.isFinite(v.amount) || v.amount < 0 || typeof v.currency !== 'string' || !/^[A-Z]{3}$/.test(v.currency)) {
    at(node, '"value" must be { "amount": a number ≥ 0, "currency": an ISO code such as "USD" or "EUR" }.');
    return undefined;
  }
  const out: CorrectionValue = { amount: v.amount, currency: v.currency };
  if (typeof v.usd === 'number' && Number.isFinite(v.usd)) out.usd = v.usd;
  if (typeof v.amountMax === 'number' && Number.isFinite(v.amountMax)) out.amountMax = v.amountMax;
  if (typeof v.qualifier === 'string' && (v.qualifier as string) !== LEGACY_RANGE) {
    if ((QUALIFIERS as readonly string[]).includes(v.qualifier)) out.qualifier = v.qualifier as Qualifier;
    else at(propertyValue(node, 'qualifier')!, `Unknown qualifier; expected one of ${QUALIFIERS.join(', ')}. It is ignored.`, 'warning');
  }
  if (typeof v.text === 'string' && v.text.trim()) {
    if (v.text.trim().length <= MAX_VALUE_TEXT) out.text = v.text.trim();
    else at(propertyValue(node, 'text')!, `"text" is at most ${MAX_VALUE_TEXT} characters; it is ignored.`, 'warning');
  }
  return out;
}

export function normalisePath(p: string): string {
  return p.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
}

/** A sentence reduced to its words: lower case, no accents, no punctuation. */
export function sentenceKey(s: string): string {
  return looseKey(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** How alike two sentences are, from 0 to 1 (Dice coefficient over their words, 1 when their keys are equal). */
export function sentenceSimilarity(a: string, b: string): number {
  const ka = sentenceKey(a);
  const kb = sentenceKey(b);
  if (ka === kb) return 1;
  const wa = ka.split(' ').filter(Boolean);
  const wb = kb.split(' ').filter(Boolean);
  if (!wa.length || !wb.length) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

export interface ApplyOptions {
  /** The workspace-relative path of a deal source's document (undefined: not in this workspace folder). */
  notePath?: (uri: string) => string | undefined;
  /** Called with each correction that no deal matches (the note or the sentence is gone). */
  unmatched?: (c: Correction) => void;
}

interface Hit {
  deal: Deal;
  sources: DealSource[];
  score: number;
}

/**
 * The deals as corrected: hidden ones dropped; merged, split, re-valued or re-partied ones marked in
 * `corrected`. Corrections apply in file order; one that matches no deal changes nothing.
 */
export function applyCorrections(deals: readonly Deal[], corrections: readonly Correction[], options: ApplyOptions = {}): Deal[] {
  if (!corrections.length) return [...deals];
  const notePath = options.notePath ?? ((uri: string) => normalisePath(uri));
  // Work on copies: the index's merged deals are shared.
  let out: Deal[] = deals.map((d) => ({ ...d, sources: [...d.sources], chips: [...d.chips], parties: [...d.parties], ...(d.corrected ? { corrected: [...d.corrected] } : {}) }));
  const pathCache = new Map<string, string | undefined>();
  const pathOf = (uri: string) => {
    if (!pathCache.has(uri)) {
      const p = notePath(uri);
      pathCache.set(uri, p === undefined ? undefined : normalisePath(p));
    }
    return pathCache.get(uri);
  };
  // Sources by note, so a correction only compares the sentences of its own note.
  const byNote = new Map<string, Array<{ deal: Deal; source: DealSource }>>();
  for (const deal of out) {
    for (const source of deal.sources) {
      const note = pathOf(source.uri);
      if (note === undefined) continue;
      const list = byNote.get(note);
      if (list) list.push({ deal, source });
      else byNote.set(note, [{ deal, source }]);
    }
  }
  // Where a source went after merges and splits; hidden deals are dropped from `live`.
  const owner = new Map<DealSource, Deal>();
  const live = new Set(out);
  const find = (ref: SourceRef, dealId?: string): Hit | undefined => {
    const hits = new Map<Deal, Hit>();
    for (const { deal: first, source } of byNote.get(normalisePath(ref.note)) ?? []) {
      const deal = owner.get(source) ?? first;
      if (!live.has(deal)) continue;
      const sim = sentenceSimilarity(source.sentence, ref.sentence);
      if (sim < SENTENCE_SIMILARITY) continue;
      let hit = hits.get(deal);
      if (!hit) hits.set(deal, (hit = { deal, sources: [], score: 0 }));
      hit.sources.push(source);
      hit.score = Math.max(hit.score, sim + (dealId !== undefined && deal.id === dealId ? 1 : 0));
    }
    let best: Hit | undefined;
    for (const hit of hits.values()) if (!best || hit.score > best.score) best = hit;
    return best;
  };
  const mark = (deal: Deal, label: string) => {
    deal.corrected = [...new Set([...(deal.corrected ?? []), label])];
  };
  for (const c of corrections) {
    const hit = find(c.source, c.dealId);
    if (!hit) {
      options.unmatched?.(c);
      continue;
    }
    const { deal } = hit;
    switch (c.action) {
      case 'hide':
        out = out.filter((d) => d !== deal);
        live.delete(deal);
        break;
      case 'merge': {
        const other = find(c.with!);
        if (!other) {
          options.unmatched?.(c);
          break;
        }
        if (other.deal === deal) break;
        for (const src of other.deal.sources) owner.set(src, deal);
        mergeInto(deal, other.deal);
        mark(deal, CORRECTED_LABELS.merge);
        out = out.filter((d) => d !== other.deal);
        live.delete(other.deal);
        break;
      }
      case 'split': {
        if (hit.sources.length === deal.sources.length) break; // nothing left to split from
        const part = splitOff(deal, hit.sources);
        for (const src of part.sources) owner.set(src, part);
        live.add(part);
        mark(deal, CORRECTED_LABELS.split);
        mark(part, CORRECTED_LABELS.split);
        out.splice(out.indexOf(deal) + 1, 0, part);
        break;
      }
      case 'setValue': {
        const v = c.value!;
        const value: DealValue = { amount: v.amount, currency: v.currency, text: v.text ?? '' };
        const usd = v.usd ?? toUsd(v.amount, v.currency);
        if (usd !== undefined) value.usd = usd;
        if (v.amountMax !== undefined) value.amountMax = v.amountMax;
        if (v.qualifier) value.qualifier = v.qualifier;
        deal.value = value;
        mark(deal, CORRECTED_LABELS.setValue);
        break;
      }
      case 'setParties':
        deal.parties = [...c.parties!];
        mark(deal, CORRECTED_LABELS.setParties);
        break;
    }
  }
  return out;
}

function mergeInto(target: Deal, other: Deal): void {
  const seen = new Set(target.sources.map((s) => `${s.uri}\u0000${s.start}`));
  for (const s of other.sources) if (!seen.has(`${s.uri}\u0000${s.start}`)) target.sources.push(s);
  target.parties = [...new Map([...target.parties, ...other.parties].map((p) => [looseKey(p), p])).values()];
  target.chips = [...new Set([...target.chips, ...other.chips])];
  if (!target.value && other.value) target.value = other.value;
  if (other.powerGw !== undefined) target.powerGw = Math.max(target.powerGw ?? 0, other.powerGw);
  if (!target.date && other.date) target.date = other.date;
  if (other.corrected?.length) target.corrected = [...new Set([...(target.corrected ?? []), ...other.corrected])];
}

/** Takes `sources` out of `deal` into a deal of their own; the value goes with the sentence that states it. */
function splitOff(deal: Deal, sources: readonly DealSource[]): Deal {
  const taken = new Set(sources);
  deal.sources = deal.sources.filter((s) => !taken.has(s));
  const first = sources[0]!;
  const part: Deal = {
    id: `${deal.id}~${shortHash(`${first.uri}\u0000${sentenceKey(first.sentence)}`)}`,
    parties: [...deal.parties],
    kind: deal.kind,
    chips: deal.chips.filter((c) => sources.some((s) => looseKey(s.sentence).includes(looseKey(c)))),
    sources: [...sources],
  };
  if (deal.date) part.date = deal.date;
  const v = deal.value;
  if (v?.text) {
    const inPart = sources.some((s) => s.sentence.includes(v.text));
    const inRest = deal.sources.some((s) => s.sentence.includes(v.text));
    if (inPart) part.value = v;
    if (inPart && !inRest) delete deal.value;
  }
  return part;
}

/** A short, stable hash (FNV-1a, base 36) for derived ids. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A correction in its written form (no offsets). */
export function correctionEntry(c: Correction): Record<string, unknown> {
  const out: Record<string, unknown> = { action: c.action };
  if (c.dealId) out.dealId = c.dealId;
  out.source = { note: c.source.note, sentence: c.source.sentence };
  if (c.with) out.with = { note: c.with.note, sentence: c.with.sentence };
  if (c.value) out.value = c.value;
  if (c.parties) out.parties = c.parties;
  return out;
}

/** The edit that appends a correction to the corrections file `text` (a blank text is a new file). */
export function addCorrectionEdit(text: string, c: Correction): FileEdit {
  const entry = correctionEntry(c);
  if (text.trim() === '') return { edit: { offset: 0, length: text.length, newText: `${JSON.stringify({ corrections: [entry] }, null, 2)}\n` } };
  const parsed = parseJson(text);
  if (!parsed.root) return { error: `The corrections file is not valid JSON (${parsed.problems[0]?.message ?? 'syntax error'}): fix it first.` };
  if (parsed.root.type !== 'object') return { error: 'The corrections file must hold an object: { "corrections": [ … ] }.' };
  const list = propertyValue(parsed.root, 'corrections');
  if (!list) return { edit: addProperty(text, parsed.root, 'corrections', [entry]) };
  if (list.type !== 'array') return { error: '"corrections" in the corrections file is not an array: fix it first.' };
  return { edit: appendToArray(text, list, entry) };
}

/** The edit that removes the `index`-th correction of the file. */
export function removeCorrectionEdit(text: string, index: number): FileEdit {
  const parsed = parseJson(text);
  const list = propertyValue(parsed.root, 'corrections');
  if (list?.type !== 'array' || index < 0 || index >= (list.children?.length ?? 0)) return { error: 'No such correction.' };
  return { edit: removeFromArray(list, index) };
}

/** A source reference for a deal's source, given the note's workspace-relative path. */
export function sourceRef(source: DealSource, notePath: string): SourceRef {
  return { note: normalisePath(notePath), sentence: source.sentence.replace(/\s+/g, ' ').trim() };
}

/**
 * A value typed by the user ("$1.5bn", "1,3 Md€", "up to 100 milliards de dollars") as a correction value;
 * undefined when no amount of money is recognised in it.
 */
export function parseValueInput(input: string): CorrectionValue | undefined {
  const text = input.trim();
  const m = findMoney(text)[0];
  if (!m || m.value === undefined || !m.currency) return undefined;
  const out: CorrectionValue = { amount: m.value, currency: m.currency, text: m.text };
  if (m.usd !== undefined) out.usd = m.usd;
  if (m.valueMax !== undefined) out.amountMax = m.valueMax;
  if (m.qualifier) out.qualifier = m.qualifier;
  return out;
}
