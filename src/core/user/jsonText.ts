/**
 * A small JSON reader that keeps offsets, for the user's files (.dealnotes/lexicon.json, corrections.json):
 * problems point at the exact text, and edits touch only the characters they must (adding an entry inserts
 * it before the array's closing bracket; removing one deletes it and one comma), so the rest of the file —
 * its indentation, key order, other entries — stays as the user wrote it. Comments and trailing commas are
 * accepted (people hand-edit these files), as VS Code's JSON editing does.
 */

export type JsonNode = JsonObject | JsonArray | JsonScalar;

interface NodeBase {
  offset: number;
  length: number;
}

export interface JsonObject extends NodeBase {
  type: 'object';
  properties: JsonProperty[];
}

export interface JsonProperty extends NodeBase {
  key: string;
  keyOffset: number;
  keyLength: number;
  value: JsonNode;
}

export interface JsonArray extends NodeBase {
  type: 'array';
  items: JsonNode[];
}

export interface JsonScalar extends NodeBase {
  type: 'string' | 'number' | 'boolean' | 'null';
  value: string | number | boolean | null;
}

/** Something wrong in a user file, at `offset` for `length` UTF-16 units. */
export interface Problem {
  message: string;
  offset: number;
  length: number;
  severity?: 'error' | 'warning';
}

/** A text replacement: `text.slice(0, offset) + newText + text.slice(offset + length)`. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

export interface ParseResult {
  root?: JsonNode;
  /** Syntax errors: when there is one, `root` is undefined. */
  problems: Problem[];
}

class SyntaxProblem extends Error {
  constructor(message: string, readonly offset: number, readonly length: number) {
    super(message);
  }
}

/** Parses JSON (with comments and trailing commas) into nodes with offsets. */
export function parseJson(text: string): ParseResult {
  const p = new Parser(text);
  try {
    p.skip();
    if (p.pos >= text.length) return { problems: [{ message: 'The file is empty: expected a JSON object.', offset: 0, length: 0, severity: 'error' }] };
    const root = p.value();
    p.skip();
    if (p.pos < text.length) throw new SyntaxProblem('Unexpected text after the end of the JSON value.', p.pos, 1);
    return { root, problems: [] };
  } catch (e) {
    if (e instanceof SyntaxProblem) return { problems: [{ message: e.message, offset: e.offset, length: e.length, severity: 'error' }] };
    throw e;
  }
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  skip(): void {
    const t = this.text;
    for (;;) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\ufeff') this.pos++;
      else if (c === '/' && t[this.pos + 1] === '/') {
        while (this.pos < t.length && t[this.pos] !== '\n') this.pos++;
      } else if (c === '/' && t[this.pos + 1] === '*') {
        const end = t.indexOf('*/', this.pos + 2);
        if (end < 0) throw new SyntaxProblem('Unterminated comment.', this.pos, 2);
        this.pos = end + 2;
      } else return;
    }
  }

  value(): JsonNode {
    this.skip();
    const t = this.text;
    const c = t[this.pos];
    const start = this.pos;
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') {
      const value = this.string();
      return { type: 'string', value, offset: start, length: this.pos - start };
    }
    const word = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(t.slice(start, start + 64));
    if (word && !/[\w$]/.test(t[start + word[0].length] ?? '')) {
      this.pos += word[0].length;
      const w = word[0];
      if (w === 'true' || w === 'false') return { type: 'boolean', value: w === 'true', offset: start, length: w.length };
      if (w === 'null') return { type: 'null', value: null, offset: start, length: 4 };
      return { type: 'number', value: Number(w), offset: start, length: w.length };
    }
    if (start >= t.length) throw new SyntaxProblem('Unexpected end of file: a value is missing.', t.length, 0);
    const bad = /^[^\s,:\]}]+/.exec(t.slice(start, start + 64));
    throw new SyntaxProblem('Expected a value (a string in double quotes, a number, true, false, null, an object or an array).', start, bad ? bad[0].length : 1);
  }

  private object(): JsonObject {
    const t = this.text;
    const start = this.pos++;
    const properties: JsonProperty[] = [];
    for (;;) {
      this.skip();
      if (t[this.pos] === '}') break;
      if (properties.length) {
        if (t[this.pos] !== ',') throw this.expected('a comma or "}"');
        this.pos++;
        this.skip();
        if (t[this.pos] === '}') break; // trailing comma
      }
      if (t[this.pos] !== '"') throw this.expected('a property name in double quotes');
      const keyOffset = this.pos;
      const key = this.string();
      const keyLength = this.pos - keyOffset;
      this.skip();
      if (t[this.pos] !== ':') throw this.expected('":"');
      this.pos++;
      const value = this.value();
      properties.push({ key, keyOffset, keyLength, value, offset: keyOffset, length: value.offset + value.length - keyOffset });
    }
    this.pos++;
    return { type: 'object', properties, offset: start, length: this.pos - start };
  }

  private array(): JsonArray {
    const t = this.text;
    const start = this.pos++;
    const items: JsonNode[] = [];
    for (;;) {
      this.skip();
      if (t[this.pos] === ']') break;
      if (items.length) {
        if (t[this.pos] !== ',') throw this.expected('a comma or "]"');
        this.pos++;
        this.skip();
        if (t[this.pos] === ']') break;
      }
      items.push(this.value());
    }
    this.pos++;
    return { type: 'array', items, offset: start, length: this.pos - start };
  }

  private string(): string {
    const t = this.text;
    const start = this.pos++;
    let out = '';
    for (;;) {
      const c = t[this.pos];
      if (c === undefined || c === '\n') throw new SyntaxProblem('Unterminated string.', start, Math.max(1, this.pos - start));
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '\\') {
        const e = t[this.pos + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          this.pos += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) {
          out += String.fromCharCode(parseInt(t.slice(this.pos + 2, this.pos + 6), 16));
          this.pos += 6;
        } else throw new SyntaxProblem('Invalid escape in a string.', this.pos, 2);
      } else {
        out += c;
        this.pos++;
      }
    }
  }

  private expected(what: string): SyntaxProblem {
    if (this.pos >= this.text.length) return new SyntaxProblem(`Unexpected end of file: expected ${what}.`, this.text.length, 0);
    return new SyntaxProblem(`Expected ${what}.`, this.pos, 1);
  }
}

/** The property `key` of an object node. */
export function property(node: JsonNode | undefined, key: string): JsonProperty | undefined {
  return node?.type === 'object' ? node.properties.find((p) => p.key === key) : undefined;
}

/** Plain JavaScript value of a node. */
export function toValue(node: JsonNode): unknown {
  if (node.type === 'object') return Object.fromEntries(node.properties.map((p) => [p.key, toValue(p.value)]));
  if (node.type === 'array') return node.items.map(toValue);
  return node.value;
}

/** JSON text of `value`, indented like a nested element at `indent` (the element's own line indentation). */
export function stringifyAt(value: unknown, indent: string, unit: string, nl = '\n'): string {
  return JSON.stringify(value, null, unit).split('\n').join(`${nl}${indent}`);
}

/** The indentation unit the file uses (two spaces when it cannot tell). */
export function indentUnit(text: string): string {
  const m = /\n([ \t]+)\S/.exec(text);
  if (!m) return '  ';
  const ws = m[1]!;
  return ws.startsWith('\t') ? '\t' : ws.length >= 4 ? ' '.repeat(Math.min(4, ws.length)) : ws;
}

function lineIndent(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * The edit that appends `value` to `array` in `text`, in the layout of the existing elements: on a line of
 * its own with their indentation when they are one per line, inline otherwise.
 */
export function appendToArray(text: string, array: JsonArray, value: unknown): TextEdit {
  const nl = eol(text);
  const unit = indentUnit(text);
  const close = array.offset + array.length - 1; // the "]"
  const last = array.items[array.items.length - 1];
  if (!last) {
    // Empty array: "[]" or "[\n  ]" becomes a one-element array on its own lines.
    const outer = lineIndent(text, array.offset);
    const inner = outer + unit;
    return { offset: array.offset + 1, length: close - array.offset - 1, newText: `${nl}${inner}${stringifyAt(value, inner, unit, nl)}${nl}${outer}` };
  }
  const multiline = text.slice(array.offset, last.offset).includes('\n');
  const afterLast = last.offset + last.length;
  if (!multiline) return { offset: afterLast, length: 0, newText: `, ${JSON.stringify(value)}` };
  const indent = lineIndent(text, last.offset);
  return { offset: afterLast, length: 0, newText: `,${nl}${indent}${stringifyAt(value, indent, unit, nl)}` };
}

/** The edit that replaces element `index` of `array` by `value`, keeping its indentation. */
export function replaceInArray(text: string, array: JsonArray, index: number, value: unknown): TextEdit {
  const item = array.items[index]!;
  const indent = lineIndent(text, item.offset);
  const multiline = text.slice(array.offset, item.offset).includes('\n');
  return { offset: item.offset, length: item.length, newText: multiline ? stringifyAt(value, indent, indentUnit(text), eol(text)) : JSON.stringify(value) };
}

/** The edit that removes element `index` of `array`, with one comma and the line it stood on. */
export function removeFromArray(_text: string, array: JsonArray, index: number): TextEdit {
  const item = array.items[index]!;
  const prev = array.items[index - 1];
  const next = array.items[index + 1];
  if (prev) {
    // From the end of the previous element to the end of this one: ",\n    {…}".
    const from = prev.offset + prev.length;
    return { offset: from, length: item.offset + item.length - from, newText: '' };
  }
  if (next) {
    // The first of several: from this element to the start of the next one.
    return { offset: item.offset, length: next.offset - item.offset, newText: '' };
  }
  // The only element: the array becomes empty, its brackets where they were.
  const close = array.offset + array.length - 1;
  return { offset: array.offset + 1, length: close - array.offset - 1, newText: '' };
}

/** The edit that adds property `key: value` to an object node (at its end). */
export function addProperty(text: string, obj: JsonObject, key: string, value: unknown): TextEdit {
  const nl = eol(text);
  const unit = indentUnit(text);
  const last = obj.properties[obj.properties.length - 1];
  const close = obj.offset + obj.length - 1;
  if (!last) {
    const outer = lineIndent(text, obj.offset);
    const inner = outer + unit;
    return { offset: obj.offset + 1, length: close - obj.offset - 1, newText: `${nl}${inner}${JSON.stringify(key)}: ${stringifyAt(value, inner, unit, nl)}${nl}${outer}` };
  }
  const indent = lineIndent(text, last.offset);
  return { offset: last.offset + last.length, length: 0, newText: `,${nl}${indent}${JSON.stringify(key)}: ${stringifyAt(value, indent, unit, nl)}` };
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);
}
