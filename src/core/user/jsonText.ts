/**
 * JSON with comments and trailing commas for the user's files (.dealnotes/lexicon.json, corrections.json), on
 * Microsoft's jsonc-parser (VS Code's own). Parse trees keep offsets, so problems point at the exact text. Edits
 * change only the entry they add, replace or remove, laid out like the file (indentation, line ends), so the
 * rest stays as the user wrote it and adding then removing an entry gives back the same text.
 */
import { applyEdits, findNodeAtLocation, format, getNodePath, modify, parseTree, printParseErrorCode, type FormattingOptions, type JSONPath, type Node, type ParseError } from 'jsonc-parser';

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
  root?: Node;
  /** Syntax errors: when there is one, `root` is undefined. */
  problems: Problem[];
}

type ErrorName = ReturnType<typeof printParseErrorCode>;

const MESSAGES: Partial<Record<ErrorName, string>> = {
  InvalidSymbol: 'strings and property names need double quotes; a value is a string, a number, true, false, null, an object or an array.',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'Expected a property name in double quotes.',
  ValueExpected: 'Expected a value (a string in double quotes, a number, true, false, null, an object or an array).',
  ColonExpected: 'Expected ":".',
  CommaExpected: 'Expected a comma.',
  CloseBraceExpected: 'Expected "}".',
  CloseBracketExpected: 'Expected "]".',
  EndOfFileExpected: 'Unexpected text after the end of the JSON value.',
  InvalidCommentToken: 'Invalid comment.',
  UnexpectedEndOfComment: 'Unterminated comment.',
  UnexpectedEndOfString: 'Unterminated string.',
  UnexpectedEndOfNumber: 'Incomplete number.',
  InvalidUnicode: 'Invalid \\u escape in a string.',
  InvalidEscapeCharacter: 'Invalid escape in a string.',
  InvalidCharacter: 'Invalid character in a string: control characters must be escaped.',
};

const EMPTY = 'The file is empty: expected a JSON object.';

function message(text: string, e: ParseError, root: Node | undefined): string {
  const name = printParseErrorCode(e.error);
  if (name === 'ValueExpected' && !root) return EMPTY;
  if (name === 'InvalidSymbol') return `Unexpected ${JSON.stringify(text.slice(e.offset, e.offset + e.length))}: ${MESSAGES.InvalidSymbol}`;
  const m = MESSAGES[name] ?? `Syntax error (${name}).`;
  return e.offset >= text.length && m.startsWith('Expected') ? `Unexpected end of file: ${m.replace(/^E/, 'e')}` : m;
}

/** Parses JSON (with comments and trailing commas) into jsonc-parser nodes with offsets. */
export function parseJson(text: string): ParseResult {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  // The first error only: the parser recovers and goes on, but later errors mostly follow from the first.
  const e = errors[0];
  if (e) return { problems: [{ message: message(text, e, root), offset: e.offset, length: e.length, severity: 'error' }] };
  if (!root) return { problems: [{ message: EMPTY, offset: 0, length: 0, severity: 'error' }] };
  return { root, problems: [] };
}

/** The value of property `key` of an object node. */
export function propertyValue(node: Node | undefined, key: string): Node | undefined {
  return node && findNodeAtLocation(node, [key]);
}

/** The key nodes of an object node (their `value` is the key). */
export function propertyKeys(node: Node): Node[] {
  return (node.children ?? []).flatMap((p) => p.children?.[0] ?? []);
}

/** Indentation and line ends of the file (two spaces and "\n" when it cannot tell). */
function layout(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const ws = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return ws.startsWith('\t') ? { insertSpaces: false, tabSize: 4, eol } : { insertSpaces: true, tabSize: Math.min(ws.length, 4), eol };
}

/** Whether the children of an array or object stand on lines of their own. */
function multiline(text: string, node: Node): boolean {
  const last = node.children?.at(-1);
  return last !== undefined && /[\r\n]/.test(text.slice(node.offset, last.offset));
}

/**
 * `modify`'s edit for `path` and `value`, with only the new text formatted: on one line when `inline`, else one
 * value per line. (modify's own formatting option re-formats every line the edit touches, neighbours included.)
 */
function change(text: string, path: JSONPath, value: unknown, inline: boolean): TextEdit {
  const raw = modify(text, path, value, {})[0]!;
  const changed = applyEdits(text, [raw]);
  const edits = format(changed, { offset: raw.offset, length: raw.content.length }, { ...layout(text), keepLines: inline });
  const begin = Math.min(raw.offset, ...edits.map((e) => e.offset));
  const tail = changed.length - Math.max(raw.offset + raw.content.length, ...edits.map((e) => e.offset + e.length));
  const after = applyEdits(changed, edits);
  return { offset: begin, length: text.length - tail - begin, newText: after.slice(begin, after.length - tail) };
}

/** The edit that appends `value` to `array`: on a line of its own when the elements are one per line, inline otherwise. */
export function appendToArray(text: string, array: Node, value: unknown): TextEdit {
  const path = getNodePath(array);
  if (!array.children?.length) return change(text, path, [value], false);
  return change(text, [...path, -1], value, !multiline(text, array));
}

/** The edit that replaces element `index` of `array` by `value`, in the array's layout. */
export function replaceInArray(text: string, array: Node, index: number, value: unknown): TextEdit {
  return change(text, [...getNodePath(array), index], value, !multiline(text, array));
}

/**
 * The edit that removes element `index` of `array` with one comma, keeping comments and line breaks around it
 * (modify's removal of a last element leaves that to its formatter, which re-formats the line).
 */
export function removeFromArray(array: Node, index: number): TextEdit {
  const items = array.children ?? [];
  const item = items[index]!;
  const prev = items[index - 1];
  const next = items[index + 1];
  const [from, to] = prev ? [prev.offset + prev.length, item.offset + item.length] : next ? [item.offset, next.offset] : [array.offset + 1, array.offset + array.length - 1];
  return { offset: from, length: to - from, newText: '' };
}

/** The edit that adds property `key: value` to an object node (at its end). */
export function addProperty(text: string, obj: Node, key: string, value: unknown): TextEdit {
  const path = getNodePath(obj);
  if (!obj.children?.length) return change(text, path, { [key]: value }, false);
  return change(text, [...path, key], value, !multiline(text, obj));
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.offset) + edit.newText + text.slice(edit.offset + edit.length);
}

/**
 * Bounds on a user file: it may come from a stranger's repository (Deal Notes runs in untrusted workspaces),
 * so its size, nesting, number of entries and number of problems shown are capped, and what is refused is said.
 */
export const USER_FILE_LIMITS = {
  /** Characters of the whole file. */
  maxChars: 256 * 1024,
  /** Nesting of arrays and objects (the files need 4). */
  maxDepth: 32,
  /** Entries of the list that are read. */
  maxItems: 2000,
  /** Problems reported; one more says how many were left out. */
  maxProblems: 100,
};

/** The problem of a user file over the size limit (`size` in characters or bytes): nothing in it is used. */
export function tooLargeProblem(what: string, size: number, limits = USER_FILE_LIMITS): Problem {
  return { message: `${what} is too large to read (${Math.ceil(size / 1024)} KB, at most ${limits.maxChars / 1024} KB); nothing in it is used.`, offset: 0, length: 0, severity: 'error' };
}

/** The offset where nesting first goes deeper than `max` (strings and comments skipped), or -1. Linear. */
export function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '[' || c === '{') {
      if (++depth > max) return i;
    } else if (c === ']' || c === '}') depth--;
  }
  return -1;
}

/** A workspace file shaped `{ "<key>": [ … ] }`, opened: its list's items, and what is wrong with its shape. */
export interface ListDocument {
  items: Node[];
  problems: Problem[];
  /** False when the text is not JSON at all: the caller keeps its last good version. */
  ok: boolean;
  /** Adds a problem at a node. */
  report(node: { offset: number; length: number }, message: string, severity?: Problem['severity']): void;
}

/**
 * Opens the text of a `{ "<key>": [ … ] }` file: a blank file is an empty list; a wrong shape, a non-array
 * list and unknown properties are problems (`what` names the file in messages: "The lexicon").
 */
export function openListDocument(text: string, key: string, what: string, limits = USER_FILE_LIMITS): ListDocument {
  const problems: Problem[] = [];
  let more: Problem | undefined;
  let left = 0;
  const report: ListDocument['report'] = (node, message, severity = 'error') => {
    if (problems.length < limits.maxProblems) {
      problems.push({ message, offset: node.offset, length: node.length, severity });
      return;
    }
    left++;
    more ??= { message: '', offset: node.offset, length: 0, severity: 'warning' };
    more.message = `${left} more ${left === 1 ? 'problem' : 'problems'} from here on ${left === 1 ? 'is' : 'are'} not shown.`;
    if (left === 1) problems.push(more);
  };
  if (text.length > limits.maxChars) {
    problems.push(tooLargeProblem(what, text.length, limits));
    return { items: [], problems, ok: false, report };
  }
  if (text.trim() === '') return { items: [], problems, ok: true, report };
  const deep = tooDeepAt(text, limits.maxDepth);
  if (deep >= 0) {
    report({ offset: deep, length: 1 }, `${what} is nested too deeply (more than ${limits.maxDepth} levels); nothing in it is used.`);
    return { items: [], problems, ok: false, report };
  }
  const parsed = parseJson(text);
  if (!parsed.root) return { items: [], problems: parsed.problems, ok: false, report };
  const root = parsed.root;
  if (root.type !== 'object') {
    report(root, `${what} must be an object: { "${key}": [ … ] }.`);
    return { items: [], problems, ok: true, report };
  }
  for (const k of propertyKeys(root)) {
    if (k.value !== key && k.value !== '$schema') report(k, `Unknown property "${k.value}": ${what.toLowerCase()} has "${key}".`, 'warning');
  }
  const list = propertyValue(root, key);
  if (list && list.type !== 'array') report(list, `"${key}" must be an array.`);
  let items = list?.type === 'array' ? list.children ?? [] : [];
  if (items.length > limits.maxItems) {
    report(items[limits.maxItems]!, `Only the first ${limits.maxItems} entries are read; this one and the ${items.length - limits.maxItems - 1} after it are ignored.`, 'warning');
    items = items.slice(0, limits.maxItems);
  }
  return { items, problems, ok: true, report };
}
