/**
 * A note's mentions (and its sentences' spans) kept compact in the index: three numbers each (start, end, a template's number) in one
 * typed array, instead of an object of 70–110 bytes. A template is what mentions share apart from where they
 * stand: kind, canonical name, lexicon id, confidence, an amount's currency and value, … and the order of their
 * fields. Templates are interned by the index (the bench's 1.2 million mentions have a few thousand), and a
 * mention's text is the note's text between its offsets, as `Mention.text` says it is.
 *
 * Readers still see `NoteAnalysis.mentions`, an array of ordinary mention objects with the same fields in the
 * same order (so the scan JSON is the same bytes): it is made again when read, and the arrays of the last few
 * notes read are kept, so a reader going through one note's mentions, or indexing into them in a loop, makes
 * them once. A mention that does not fit (a text that is not the note's, a field that is not a string, a finite
 * number, a boolean or a flat object of those) is kept as it is.
 */
import type { Mention } from '../types';
import type { NoteAnalysis } from '../analyze';
import type { Span } from '../text/sentences';
import { runToEnd, type Steps } from '../steps';

interface Template {
  /** Every field of the mention, in its order. */
  readonly keys: readonly string[];
  /** The value of each field of `keys` (unused for text, start and end). */
  readonly values: readonly unknown[];
}

const POSITIONAL = new Set(['text', 'start', 'end']);

/** The templates of an index's mentions, interned, at most `limit` of them (past it, mentions stay objects). */
export class MentionTemplates {
  private readonly list: Template[] = [];
  private readonly byKey = new Map<string, number>();
  /** Scratch lists reused for every mention (no allocation unless the template is new). */
  private readonly keys: string[] = [];
  private readonly values: unknown[] = [];

  constructor(private readonly limit = 200_000) {}

  get size(): number {
    return this.list.length;
  }

  /** The number of `m`'s template in a note of text `text`, or -1 when `m` does not fit one. */
  idOf(m: Mention, text: string): number {
    const { start, end } = m;
    if (typeof m.text !== 'string' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length
      || end - start !== m.text.length || start > 2_147_483_647 || !text.startsWith(m.text, start)) return -1;
    const keys = this.keys;
    const values = this.values;
    keys.length = 0;
    values.length = 0;
    let key = '';
    for (const k in m) {
      if (!Object.prototype.hasOwnProperty.call(m, k)) return -1;
      const v = (m as unknown as Record<string, unknown>)[k];
      keys.push(k);
      values.push(v);
      if (POSITIONAL.has(k)) {
        key += `\u0000${k}`;
        continue;
      }
      const part = valueKey(v);
      if (part === undefined) return -1;
      key += `\u0000${k}\u0001${part}`;
    }
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    if (this.list.length >= this.limit) return -1;
    this.list.push({ keys: [...keys], values: values.map((v, i) => (POSITIONAL.has(keys[i]!) ? undefined : v)) });
    this.byKey.set(key, this.list.length - 1);
    return this.list.length - 1;
  }

  /** The mention of template `id` at `start`–`end` of `text`: its fields in the template's order. */
  make(id: number, text: string, start: number, end: number): Mention {
    const t = this.list[id]!;
    const m: Record<string, unknown> = {};
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i]!;
      m[k] = k === 'text' ? text.slice(start, end) : k === 'start' ? start : k === 'end' ? end : t.values[i];
    }
    return m as unknown as Mention;
  }
}

/**
 * A value's part of a template's key; undefined for a value a template does not keep (it would not be told
 * apart from another, or is not plain data): a template's values are shared by every mention made from it.
 */
function valueKey(v: unknown): string | undefined {
  if (typeof v === 'string') return `s${v.length}:${v}`;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0) ? `n${v}` : undefined;
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype) {
    let key = 'o';
    for (const [k, inner] of Object.entries(v)) {
      if (typeof inner === 'object') return undefined;
      const part = valueKey(inner);
      if (part === undefined) return undefined;
      key += `${k.length}:${k}${part.length}:${part}`;
    }
    return key;
  }
  return undefined;
}

/** How many notes' mention arrays are kept made (the last ones read). */
const RECENT_NOTES = 8;
interface Made {
  mentions: Mention[] | undefined;
  sentences: Span[] | undefined;
}
const recent: Made[] = [];

function remember(made: Made): void {
  if (recent.includes(made)) return;
  if (recent.length >= RECENT_NOTES) {
    const old = recent.shift()!;
    old.mentions = undefined;
    old.sentences = undefined;
  }
  recent.push(made);
}

/** How many mentions are made compact between two pauses (see compactAnalysisSteps). */
const MENTIONS_PER_STEP = 5_000;

export function compactAnalysis(analysis: NoteAnalysis, templates: MentionTemplates): NoteAnalysis {
  return runToEnd(compactAnalysisSteps(analysis, templates));
}

/**
 * The analysis with its mentions compact (see above), in steps of a few thousand mentions. The result is a
 * plain object with the analysis's fields in their order, its `mentions` a getter.
 */
export function* compactAnalysisSteps(analysis: NoteAnalysis, templates: MentionTemplates): Steps<NoteAnalysis> {
  const { text } = analysis;
  const source = analysis.mentions;
  const packed = new Int32Array(source.length * 3);
  let loose: Mention[] | undefined;
  for (let i = 0; i < source.length; i++) {
    if (i % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
    const m = source[i]!;
    let id = templates.idOf(m, text);
    if (id < 0) {
      // Kept as it is: its place in the note's own list is told by a negative number.
      loose ??= [];
      loose.push(m);
      id = -loose.length;
    }
    packed[i * 3] = m.start;
    packed[i * 3 + 1] = m.end;
    packed[i * 3 + 2] = id;
  }
  const spans = new Int32Array(analysis.sentences.length * 2);
  analysis.sentences.forEach((sp, i) => {
    spans[i * 2] = sp.start;
    spans[i * 2 + 1] = sp.end;
  });
  const made: Made = { mentions: undefined, sentences: undefined };
  const sentences = (): Span[] => {
    if (made.sentences) return made.sentences;
    const out: Span[] = new Array<Span>(spans.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = { start: spans[i * 2]!, end: spans[i * 2 + 1]! };
    made.sentences = out;
    remember(made);
    return out;
  };
  const mentions = (): Mention[] => {
    if (made.mentions) return made.mentions;
    const out: Mention[] = new Array<Mention>(packed.length / 3);
    for (let i = 0; i < out.length; i++) {
      const id = packed[i * 3 + 2]!;
      out[i] = id >= 0 ? templates.make(id, text, packed[i * 3]!, packed[i * 3 + 1]!) : loose![-id - 1]!;
    }
    made.mentions = out;
    remember(made);
    return out;
  };
  // An object literal with its getter (fields defined one by one with a getter among them made each note's
  // analysis a dictionary of 300 bytes), its fields in analyzeNote's order, then the optional ones in theirs.
  const keys = Object.keys(analysis);
  if (keys.slice(0, LITERAL_KEYS.length).join() !== LITERAL_KEYS.join()) return withGetters(analysis, keys, { mentions, sentences });
  const compact: NoteAnalysis = {
    uri: analysis.uri,
    text,
    get mentions() {
      return mentions();
    },
    get sentences() {
      return sentences();
    },
    lines: analysis.lines,
    title: analysis.title,
  };
  for (let i = LITERAL_KEYS.length; i < keys.length; i++) {
    (compact as unknown as Record<string, unknown>)[keys[i]!] = (analysis as unknown as Record<string, unknown>)[keys[i]!];
  }
  return compact;
}

const LITERAL_KEYS = ['uri', 'text', 'mentions', 'sentences', 'lines', 'title'];

/** The analysis with `mentions` and `sentences` getters, for an analysis whose fields come in another order. */
function withGetters(analysis: NoteAnalysis, keys: readonly string[], getters: Record<'mentions' | 'sentences', () => unknown>): NoteAnalysis {
  const compact: Record<string, unknown> = {};
  for (const k of keys) {
    if (k === 'mentions' || k === 'sentences') Object.defineProperty(compact, k, { get: getters[k], enumerable: true, configurable: true });
    else compact[k] = (analysis as unknown as Record<string, unknown>)[k];
  }
  return compact as unknown as NoteAnalysis;
}
