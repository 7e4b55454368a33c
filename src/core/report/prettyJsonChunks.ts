/**
 * The text of `JSON.stringify(value, null, 2)` for an object whose values may be long arrays, produced one
 * array element at a time, so that a scan of ten thousand notes is written without ever holding its whole
 * JSON text (hundreds of megabytes) in memory. Array elements may be given lazily (any iterable with a
 * length), so each is built only when it is written.
 */

/** An array whose elements are made when they are read: its length must be known up front. */
export interface LazyArray<T> extends Iterable<T> {
  readonly length: number;
}

/** Re-indents a JSON text by `pad` (JSON strings never hold a raw line break, so every "\n" is structure). */
const indent = (json: string, pad: string) => json.replace(/\n/g, `\n${pad}`);

/** Yields pieces that, joined, are exactly `JSON.stringify(value, null, 2)` (values that are arrays or lazy arrays are written element by element). */
export function* prettyJsonChunks(value: Record<string, unknown | LazyArray<unknown>>): Generator<string> {
  const keys = Object.keys(value).filter((k) => value[k] !== undefined && typeof value[k] !== 'function');
  if (!keys.length) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (let i = 0; i < keys.length; i++) {
    const v = value[keys[i]!];
    yield `  ${JSON.stringify(keys[i])}: `;
    if (isLazyArray(v) && v.length > 0) {
      yield '[\n';
      let n = 0;
      for (const element of v) {
        n++;
        yield `    ${indent(JSON.stringify(element ?? null, null, 2) ?? 'null', '    ')}${n < v.length ? ',' : ''}\n`;
      }
      yield '  ]';
    } else {
      yield indent(JSON.stringify(isLazyArray(v) ? [] : v, null, 2), '  ');
    }
    yield i < keys.length - 1 ? ',\n' : '\n';
  }
  yield '}';
}

function isLazyArray(v: unknown): v is LazyArray<unknown> {
  return Array.isArray(v) || (typeof v === 'object' && v !== null && typeof (v as LazyArray<unknown>).length === 'number' && Symbol.iterator in v);
}
