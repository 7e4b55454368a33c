/**
 * The text of `JSON.stringify(value, null, 2)` for an object whose values may be long arrays, produced a
 * piece at a time, so that a scan of ten thousand notes is written without ever holding its whole JSON text
 * (hundreds of megabytes) in memory. Long arrays are written element by element at any depth (a note of a
 * megabyte may hold a hundred thousand mentions: its document alone would be a 30 MB string). Array elements
 * may be given lazily (any iterable with a length), so each is built only when it is written.
 */

/** An array whose elements are made when they are read: its length must be known up front. */
export interface LazyArray<T> extends Iterable<T> {
  readonly length: number;
  /** Its elements hold no long array (a note's mentions): they are batched as they are, not looked into. */
  readonly flat?: boolean;
  /**
   * Its elements' text, written by the array itself (the scan JSON's mentions, from their templates): what
   * JSON.stringify writes for them inside an array whose elements stand at indentation `inner`, from the first
   * element's indentation to the end of the last, elements separated by ",\n". Used instead of its elements when given.
   */
  json?(inner: string): Iterable<string>;
}

/** An array or a lazy array. */
const isIterable = (v: unknown): v is LazyArray<unknown> => Array.isArray(v) || (typeof v === 'object' && v !== null && Symbol.iterator in v);

/** Arrays longer than this are written an element at a time; shorter values are stringified whole. */
const STREAMED_LENGTH = 64;

/** How many array elements are stringified together, at most. */
const BATCH_ELEMENTS = 128;

/**
 * About how many characters of JSON a batch is made into: the next batch takes as many elements as the last one's
 * gave this many characters. 128 deals of fifty sources each made strings of two million characters, which the
 * collector keeps in its large-object space (the old generation) until a full collection: the 10,000 bench notes'
 * deals added 60 MB to the CLI's peak that way.
 */
const BATCH_CHARS = 1 << 14;
/** The first batch's elements, before any has been measured. */
const FIRST_BATCH = 8;

/** Re-indents a JSON text by `pad` (JSON strings never hold a raw line break, so every "\n" is structure). */
const indent = (json: string, pad: string) => (pad ? json.replace(/\n/g, `\n${pad}`) : json);

/**
 * The elements of `batch` as `JSON.stringify(…, null, 2)` writes them inside an array whose elements stand at
 * indentation `inner` (two spaces a level), from the first element's indentation to the end of the last, without
 * the commas' line after it. JSON.stringify indents them itself when the batch is wrapped in as many arrays as
 * it is deep: re-indenting its text afterwards (a regex over every line of a hundred thousand mentions) cost
 * more than writing them.
 */
export function elementsAt(batch: readonly unknown[], inner: string): string {
  const depth = inner.length / 2 - 1;
  let wrapped: unknown = batch;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const json = JSON.stringify(wrapped, null, 2);
  const { head, tail } = wrapping(depth);
  return json.slice(head, json.length - tail);
}

/** How many characters the wrapping arrays of `elementsAt` put before the first element's indentation and after the last element. */
const wrappings: { head: number; tail: number }[] = [];
function wrapping(depth: number): { head: number; tail: number } {
  let w = wrappings[depth];
  if (!w) {
    let probe: unknown = [0];
    for (let i = 0; i < depth; i++) probe = [probe];
    const json = JSON.stringify(probe, null, 2);
    const at = json.indexOf('0');
    w = { head: at - 2 * (depth + 1), tail: json.length - at - 1 };
    wrappings[depth] = w;
  }
  return w;
}

/** Yields pieces that, joined, are exactly `JSON.stringify(value, null, 2)` (values that are arrays or lazy arrays are written element by element). */
export function* prettyJsonChunks(value: Record<string, unknown | LazyArray<unknown>>): Generator<string> {
  yield* objectChunks(value, '');
}

/** An object's pieces at indentation `pad`, each property through `valueChunks`. */
function* objectChunks(value: Record<string, unknown>, pad: string): Generator<string> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined && typeof value[k] !== 'function');
  if (!keys.length) {
    yield '{}';
    return;
  }
  const inner = `${pad}  `;
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    yield `${inner}${JSON.stringify(keys[i])}: `;
    yield* valueChunks(value[keys[i]!], inner);
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield `${pad}}`;
}

/**
 * A value's pieces at indentation `pad`: a long (or lazy) array element by element, an object holding one
 * property by property, anything else stringified whole.
 */
function* valueChunks(v: unknown, pad: string): Generator<string> {
  if (!streams(v)) {
    yield indent(JSON.stringify(v, null, 2) ?? 'null', pad);
  } else if (isIterable(v)) {
    if (v.length === 0) {
      yield '[]';
      return;
    }
    const inner = `${pad}  `;
    if (!Array.isArray(v) && typeof v.json === 'function') {
      yield '[\n';
      yield* v.json(inner);
      yield `\n${pad}]`;
      return;
    }
    // Elements that need no streaming of their own are stringified together, a batch at a time (one call per
    // element and a re-indent each cost more than the analysis on a note of a hundred thousand mentions).
    yield '[\n';
    let batch: unknown[] = [];
    let n = 0;
    let limit = FIRST_BATCH;
    const flush = function* () {
      if (!batch.length) return;
      const json = elementsAt(batch, inner);
      limit = Math.max(1, Math.min(BATCH_ELEMENTS, Math.floor((BATCH_CHARS * batch.length) / Math.max(1, json.length))));
      batch = [];
      yield `${json}${n < v.length ? ',\n' : '\n'}`;
    };
    // The elements of a long plain array or a flat lazy one (a note's mentions) are taken as they are; those of
    // another lazy or a short one (the documents) may hold long arrays of their own.
    const look = Array.isArray(v) ? v.length <= STREAMED_LENGTH : !v.flat;
    for (const raw of v) {
      n++;
      // JSON.stringify writes null for undefined and functions in arrays.
      const element = raw === undefined || typeof raw === 'function' ? null : raw;
      if (look && streams(element)) {
        n--;
        yield* flush();
        n++;
        yield inner;
        yield* valueChunks(element, inner);
        yield n < v.length ? ',\n' : '\n';
      } else {
        batch.push(element);
        if (batch.length >= limit) yield* flush();
      }
    }
    yield* flush();
    yield `${pad}]`;
  } else {
    yield* objectChunks(v as Record<string, unknown>, pad);
  }
}

/** How deep `streams` looks for a long array: the scan JSON's are two levels down (documents, mentions). */
const LOOK_DEPTH = 6;

/** A lazy array, or an array or plain object (no toJSON) that holds a long array within LOOK_DEPTH levels. */
function streams(v: unknown, depth = 0): boolean {
  if (typeof v !== 'object' || v === null || depth > LOOK_DEPTH) return false;
  if (Array.isArray(v)) return v.length > STREAMED_LENGTH || v.some((e) => streams(e, depth + 1));
  if (typeof (v as LazyArray<unknown>).length === 'number' && Symbol.iterator in v) return true;
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return false;
  for (const k in v) {
    const e = (v as Record<string, unknown>)[k];
    // Only containers can hold a long array: most properties are numbers and strings.
    if (typeof e === 'object' && e !== null && Object.hasOwn(v, k) && streams(e, depth + 1)) return true;
  }
  return false;
}
