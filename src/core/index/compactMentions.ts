/**
 * A note's mentions (and its sentences' spans) kept compact in the index: three numbers each (start, end, a template's number) in one
 * typed array, instead of an object of 70–110 bytes. A template is what mentions share apart from where they
 * stand: kind, canonical name, lexicon id, confidence, an amount's currency and value, … and the order of their
 * fields. Templates are interned by the index (the bench's 1.2 million mentions have a few thousand), and a
 * mention's text is the note's text between its offsets, as `Mention.text` says it is.
 *
 * Readers still see `NoteAnalysis.mentions`, an array of ordinary mention objects with the same fields in the
 * same order (so the scan JSON is the same bytes): it is made again when read (a getter of the note's class;
 * `toJSON` gives the plain analysis), and the arrays of the last few notes read are kept, so a reader going through one note's mentions, or indexing into them in a loop, makes
 * them once. A mention that does not fit (a text that is not the note's, a field that is not a string, a finite
 * number, a boolean or a flat object of those) is kept as it is.
 */
import type { Mention } from '../types';
import type { NoteAnalysis } from '../analyze';
import type { Span } from '../text/sentences';
import { runToEnd, type Steps } from '../steps';

interface Template {
  /** A mention with every field in its order and the template's values (text and offsets to be set). */
  readonly base: Mention;
}

const POSITIONAL = new Set(['text', 'start', 'end']);

/** The templates of an index's mentions, interned, at most `limit` of them (past it, mentions stay objects). */
export class MentionTemplates {
  private readonly list: Template[] = [];
  /**
   * The templates' numbers by their fields, in order: a path of (field name, value) from the root, where a value
   * stands for itself (a string, number or boolean; a position field for POSITION; a flat object for the sentinel
   * of its key). Walking it hashes the recogniser's own strings, whose hashes are kept, where a key made of every
   * field was a new string to flatten and hash for every mention (the largest self time of the index in a scan).
   */
  private readonly root: KeyNode = newKeyNode();
  /** One sentinel per distinct flat object value, by its key: told apart from every string, number and boolean. */
  private readonly objectSlots = new Map<string, object>();
  /** Scratch lists reused for every mention (no allocation unless the template is new). */
  private readonly keys: string[] = [];
  private readonly values: unknown[] = [];
  private readonly slots: unknown[] = [];

  constructor(private readonly limit = 200_000) {}

  get size(): number {
    return this.list.length;
  }

  /**
   * The number of `m`'s template in a note of text `text`, or -1 when `m` does not fit one, or when it needs a new
   * template and `mayAdd` is false.
   */
  idOf(m: Mention, text: string, mayAdd = true): number {
    const { start, end } = m;
    if (typeof m.text !== 'string' || !Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length
      || end - start !== m.text.length || start > 2_147_483_647 || !text.startsWith(m.text, start)) return -1;
    const keys = this.keys;
    const values = this.values;
    const slots = this.slots;
    keys.length = 0;
    values.length = 0;
    slots.length = 0;
    let node: KeyNode | undefined = this.root;
    for (const k in m) {
      if (!Object.prototype.hasOwnProperty.call(m, k)) return -1;
      const v = (m as unknown as Record<string, unknown>)[k];
      const slot = POSITIONAL.has(k) ? POSITION : valueSlot(v, this.objectSlots);
      if (slot === undefined) return -1;
      keys.push(k);
      values.push(v);
      slots.push(slot);
      node = node?.next.get(k)?.get(slot);
    }
    if (node && node.id >= 0) return node.id;
    if (!mayAdd || this.list.length >= this.limit) return -1;
    const base: Record<string, unknown> = {};
    keys.forEach((k, i) => (base[k] = values[i]));
    this.list.push({ base: base as unknown as Mention });
    let at = this.root;
    keys.forEach((k, i) => {
      let byValue = at.next.get(k);
      if (!byValue) at.next.set(k, (byValue = new Map()));
      let child = byValue.get(slots[i]);
      if (!child) byValue.set(slots[i], (child = newKeyNode()));
      at = child;
    });
    at.id = this.list.length - 1;
    return at.id;
  }

  /** The mention of template `id` with its template's values: read it, never change it (every mention made from it is a copy). */
  base(id: number): Mention {
    return this.list[id]!.base;
  }

  /** The mention of template `id` at `start`–`end` of `text`: its fields in the template's order. */
  make(id: number, text: string, start: number, end: number): Mention {
    // A copy of the template's mention keeps its fields' order; setting fields it has does not change it.
    const m = { ...this.list[id]!.base };
    m.text = text.slice(start, end);
    m.start = start;
    m.end = end;
    return m;
  }
}

/** A step of the templates' paths: by field name, then by what the field's value stands for (valueSlot). */
interface KeyNode {
  next: Map<string, Map<unknown, KeyNode>>;
  /** The number of the template whose fields end here, or -1. */
  id: number;
}

const newKeyNode = (): KeyNode => ({ next: new Map(), id: -1 });

/** What a position field (text, start, end) stands for in a template's path: only its name counts. */
const POSITION = Object.freeze({});

/**
 * What a value stands for in a template's path, or undefined for a value a template does not keep: a string, a
 * boolean or a finite number but -0 stands for itself (a Map tells them apart by type and value, as the key's
 * prefixes did), a flat object for the sentinel of its key in `objectSlots`.
 */
function valueSlot(v: unknown, objectSlots: Map<string, object>): unknown {
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) && !Object.is(v, -0) ? v : undefined;
  const key = valueKey(v);
  if (key === undefined) return undefined;
  let slot = objectSlots.get(key);
  if (!slot) objectSlots.set(key, (slot = Object.freeze({})));
  return slot;
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

/** How many notes keep their mentions and sentences made (the last ones read). */
const RECENT_NOTES = 8;
const recent: CompactNote[] = [];

/**
 * New templates one note may add: a note of 76,000 distinct unknown companies would add one a mention, which
 * saves nothing and costs time (0.5 s of CPU); past this many, its mentions that need a new one stay objects.
 */
const NEW_TEMPLATES_PER_NOTE = 2_000;

/** How many mentions are made compact (or made again from it) between two pauses. */
const MENTIONS_PER_STEP = 5_000;

/**
 * A note's analysis as the index keeps it: its fields as they were, its mentions and sentences made when read.
 * A class, not an object with getters of its own: those were three closures a note (another 1.5 KB).
 */
class CompactNote implements NoteAnalysis {
  readonly uri: string;
  readonly text: string;
  readonly lines: NoteAnalysis['lines'];
  readonly title: string;
  declare version?: number;
  declare noteDate?: string;
  /**
   * Start, end and template of each mention (a negative template: the `loose` mention it names), then start and
   * end of each sentence: one array (each typed array costs about 250 bytes besides its numbers).
   */
  readonly #packed: Int32Array;
  readonly #mentionCount: number;
  readonly #loose: Mention[] | undefined;
  readonly #templates: MentionTemplates;
  #mentions: Mention[] | undefined;
  #sentences: Span[] | undefined;

  constructor(analysis: NoteAnalysis, packed: Int32Array, loose: Mention[] | undefined, templates: MentionTemplates) {
    this.uri = analysis.uri;
    this.text = analysis.text;
    this.lines = analysis.lines;
    this.title = analysis.title;
    if (analysis.version !== undefined) this.version = analysis.version;
    if (analysis.noteDate !== undefined) this.noteDate = analysis.noteDate;
    this.#packed = packed;
    this.#mentionCount = analysis.mentions.length;
    this.#loose = loose;
    this.#templates = templates;
    const at = this.#mentionCount * 3;
    analysis.sentences.forEach((sp, i) => {
      packed[at + i * 2] = sp.start;
      packed[at + i * 2 + 1] = sp.end;
    });
  }

  get mentions(): Mention[] {
    return this.#mentions ?? runToEnd(this.mentionsSteps());
  }

  get sentences(): Span[] {
    if (this.#sentences) return this.#sentences;
    const packed = this.#packed;
    const at = this.#mentionCount * 3;
    const out: Span[] = new Array<Span>((packed.length - at) / 2);
    for (let i = 0; i < out.length; i++) out[i] = { start: packed[at + i * 2]!, end: packed[at + i * 2 + 1]! };
    this.#sentences = out;
    this.remember();
    return out;
  }

  /** The mentions, made in steps of a few thousand when they are not made yet (see mentionsOfSteps). */
  *mentionsSteps(): Steps<Mention[]> {
    if (this.#mentions) return this.#mentions;
    const packed = this.#packed;
    const out: Mention[] = new Array<Mention>(this.#mentionCount);
    for (let i = 0; i < out.length; i++) {
      if (i % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
      const id = packed[i * 3 + 2]!;
      out[i] = id >= 0 ? this.#templates.make(id, this.text, packed[i * 3]!, packed[i * 3 + 1]!) : this.#loose![-id - 1]!;
    }
    this.#mentions = out;
    this.remember();
    return out;
  }

  /**
   * The mentions one at a time, each made when it is read and kept by no one (what the CLI writes as JSON): a note
   * of half a million mentions made them all as objects at once, and most of the CLI's time went to collecting them.
   */
  eachMention(): { length: number; [Symbol.iterator](): Iterator<Mention> } {
    const made = this.#mentions;
    if (made) return made;
    const packed = this.#packed;
    const templates = this.#templates;
    const loose = this.#loose;
    const text = this.text;
    return {
      length: this.#mentionCount,
      *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++) {
          const id = packed[i * 3 + 2]!;
          yield id >= 0 ? templates.make(id, text, packed[i * 3]!, packed[i * 3 + 1]!) : loose![-id - 1]!;
        }
      },
    };
  }

  /**
   * The mentions as they are kept, for a writer that needs no objects of them (the scan JSON), or undefined once
   * they are made (a reader may have changed a made mention: it is what they are then).
   */
  packed(): PackedMentions | undefined {
    if (this.#mentions) return undefined;
    const packed = this.#packed;
    const templates = this.#templates;
    const loose = this.#loose;
    return {
      length: this.#mentionCount,
      start: (i) => packed[i * 3]!,
      end: (i) => packed[i * 3 + 1]!,
      template: (i) => {
        const id = packed[i * 3 + 2]!;
        return id >= 0 ? templates.base(id) : undefined;
      },
      mention: (i) => {
        const id = packed[i * 3 + 2]!;
        return id >= 0 ? templates.make(id, this.text, packed[i * 3]!, packed[i * 3 + 1]!) : loose![-id - 1]!;
      },
    };
  }

  /** As a plain analysis (what JSON, a webview or a copy receives), its fields in analyzeNote's order. */
  toJSON(): NoteAnalysis {
    const plain: NoteAnalysis = { uri: this.uri, text: this.text, mentions: this.mentions, sentences: this.sentences, lines: this.lines, title: this.title };
    if (this.version !== undefined) plain.version = this.version;
    if (this.noteDate !== undefined) plain.noteDate = this.noteDate;
    return plain;
  }

  private remember(): void {
    if (recent.includes(this)) return;
    if (recent.length >= RECENT_NOTES) recent.shift()!.forget();
    recent.push(this);
  }

  private forget(): void {
    this.#mentions = undefined;
    this.#sentences = undefined;
  }
}

/**
 * A note's mentions, made in steps of a few thousand when the note is compact and they are not made yet (a note
 * of 76,000 companies took one step of 80 ms to make them all): for readers that go through every mention in
 * steps (the entity totals).
 */
export function* mentionsOfSteps(analysis: NoteAnalysis): Steps<readonly Mention[]> {
  return analysis instanceof CompactNote ? yield* analysis.mentionsSteps() : analysis.mentions;
}

/**
 * A compact note's mentions as kept: the i-th one's offsets and its template (the mention it is a copy of, with
 * its text and offsets set to its own), or, for a mention kept as it is (no template), the mention itself.
 */
export interface PackedMentions {
  readonly length: number;
  start(i: number): number;
  end(i: number): number;
  /** The i-th mention's template, or undefined when it is kept as it is. */
  template(i: number): Mention | undefined;
  /** The i-th mention, made (as `mentions` gives it). */
  mention(i: number): Mention;
}

/** A note's mentions as kept, when the note is compact and they are not made (see CompactNote.packed). */
export function packedMentions(analysis: NoteAnalysis): PackedMentions | undefined {
  return analysis instanceof CompactNote ? analysis.packed() : undefined;
}

/** A note's mentions as a list read once, in order: made one at a time when the note is compact (see eachMention). */
export function mentionsReadOnce(analysis: NoteAnalysis): { length: number; [Symbol.iterator](): Iterator<Mention> } {
  return analysis instanceof CompactNote ? analysis.eachMention() : analysis.mentions;
}

export function compactAnalysis(analysis: NoteAnalysis, templates: MentionTemplates): NoteAnalysis {
  return runToEnd(compactAnalysisSteps(analysis, templates));
}

/** The analysis with its mentions and sentences compact (see above), in steps of a few thousand mentions. */
export function* compactAnalysisSteps(analysis: NoteAnalysis, templates: MentionTemplates): Steps<NoteAnalysis> {
  if (analysis instanceof CompactNote) return analysis;
  const { text } = analysis;
  const source = analysis.mentions;
  const packed = new Int32Array(source.length * 3 + analysis.sentences.length * 2);
  let loose: Mention[] | undefined;
  const known = templates.size;
  for (let i = 0; i < source.length; i++) {
    if (i % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
    const m = source[i]!;
    let id = templates.idOf(m, text, templates.size - known < NEW_TEMPLATES_PER_NOTE);
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
  return new CompactNote(analysis, packed, loose, templates);
}
