/**
 * The user's workspace lexicon, `.dealnotes/lexicon.json`: companies and chips the user taught Deal Notes.
 *
 *   { "entities": [ { "kind": "company", "name": "Lumora", "aliases": ["Lumora AI"] },
 *                   { "kind": "chip", "name": "Nimbus X1", "vendor": "Lumora" } ] }
 *
 * Reading is tolerant: a bad entry is reported and skipped, the others still count. Writing returns one
 * minimal text edit, so the rest of the file stays as the user wrote it and Undo restores it exactly.
 */
import { getNodeValue, type Node } from 'jsonc-parser';
import type { CompanyCategory, Entity, EntityKind } from '../types';
import { toEntities, type EntityData } from '../lexicon/lexicon';
import { looseKey } from '../text/chars';
import { addProperty, appendToArray, openListDocument, parseJson, propertyKeys, propertyValue, removeFromArray, replaceInArray, type ListDocument, type Problem, type TextEdit } from './jsonText';

export type { Problem, TextEdit } from './jsonText';

export const LEXICON_FILE = '.dealnotes/lexicon.json';

/** One entry of the file, as written there. */
export interface UserEntityEntry {
  kind: EntityKind;
  name: string;
  aliases?: string[];
  id?: string;
  category?: CompanyCategory;
  vendor?: string;
  family?: string;
  description?: string;
}

export interface UserLexicon {
  entities: Entity[];
  problems: Problem[];
  /** False when the file is not valid JSON (nothing could be read; keep the last good version). */
  ok: boolean;
}

export const CATEGORIES: readonly CompanyCategory[] = [
  'ai-lab', 'chipmaker', 'foundry', 'cloud', 'hyperscaler', 'datacenter', 'investor', 'tech', 'telecom',
  'industrial', 'energy', 'finance', 'media', 'platform', 'other',
];
const KNOWN_KEYS = new Set(['kind', 'name', 'aliases', 'id', 'category', 'vendor', 'family', 'description']);
const MAX_NAME = 120;
const MAX_DESCRIPTION = 500;
const MAX_ALIASES = 20;

/** Parses and validates the lexicon file's text. A missing or blank file is an empty, valid lexicon. */
export function parseUserLexicon(text: string): UserLexicon {
  const doc = openListDocument(text, 'entities', 'The lexicon');
  const at = doc.report;
  const entities: Entity[] = [];
  const seen = new Map<string, string>();
  for (const item of doc.items) {
    const entry = readEntry(item, at);
    if (!entry) continue;
    const key = looseKey(entry.name);
    if (seen.has(key)) {
      at(item, `"${entry.name}" is already in the lexicon above; this entry is ignored.`, 'warning');
      continue;
    }
    seen.set(key, entry.name);
    entities.push(toUserEntity(entry));
  }
  return { entities, problems: doc.problems, ok: doc.ok };
}

function readEntry(item: Node, at: ListDocument['report']): UserEntityEntry | undefined {
  if (item.type !== 'object') {
    at(item, 'Each entry must be an object with "kind" and "name".');
    return undefined;
  }
  let ok = true;
  const str = (key: string, required: boolean): string | undefined => {
    const node = propertyValue(item, key);
    if (!node) {
      if (required) {
        at({ offset: item.offset, length: 1 }, `This entry has no "${key}".`);
        ok = false;
      }
      return undefined;
    }
    if (node.type !== 'string' || (node.value as string).trim() === '') {
      at(node, `"${key}" must be a non-empty string.`);
      ok = false;
      return undefined;
    }
    const v = (node.value as string).trim();
    const max = key === 'description' ? MAX_DESCRIPTION : MAX_NAME;
    if (v.length > max) {
      at(node, `"${key}" is too long (${v.length} characters, at most ${max}); this entry is ignored.`);
      ok = false;
      return undefined;
    }
    return v;
  };
  const kind = str('kind', true);
  if (kind !== undefined && kind !== 'company' && kind !== 'chip') {
    at(propertyValue(item, 'kind')!, '"kind" must be "company" or "chip".');
    ok = false;
  }
  const name = str('name', true);
  const entry: Partial<UserEntityEntry> = { kind: kind as EntityKind, name: name ?? '' };
  const aliasList = propertyValue(item, 'aliases');
  if (aliasList) {
    if (aliasList.type !== 'array') {
      at(aliasList, '"aliases" must be an array of strings.');
      ok = false;
    } else {
      const aliases: string[] = [];
      for (const a of aliasList.children ?? []) {
        if (a.type !== 'string' || (a.value as string).trim() === '') at(a, 'An alias must be a non-empty string; this one is ignored.', 'warning');
        else if ((a.value as string).trim().length > MAX_NAME) at(a, `An alias is at most ${MAX_NAME} characters; this one is ignored.`, 'warning');
        else if (aliases.length === MAX_ALIASES) {
          at(a, `An entry has at most ${MAX_ALIASES} aliases; this one and those after it are ignored.`, 'warning');
          break;
        } else aliases.push((a.value as string).trim());
      }
      entry.aliases = aliases;
    }
  }
  const id = str('id', false);
  if (id !== undefined) entry.id = id;
  const category = str('category', false);
  if (category !== undefined) {
    if ((CATEGORIES as readonly string[]).includes(category)) entry.category = category as CompanyCategory;
    else at(propertyValue(item, 'category')!, `Unknown category "${category}"; expected one of ${CATEGORIES.join(', ')}. It is ignored.`, 'warning');
  }
  for (const key of ['vendor', 'family', 'description'] as const) {
    const v = str(key, false);
    if (v !== undefined) entry[key] = v;
  }
  for (const key of propertyKeys(item)) {
    if (!KNOWN_KEYS.has(key.value as string)) at(key, `Unknown property "${key.value}"; it is ignored.`, 'warning');
  }
  return ok && name !== undefined ? (entry as UserEntityEntry) : undefined;
}

function toUserEntity(entry: UserEntityEntry): Entity {
  const data: EntityData = { name: entry.name, aliases: (entry.aliases ?? []).filter((a) => looseKey(a) !== looseKey(entry.name)) };
  if (entry.id) data.id = entry.id;
  for (const key of ['category', 'vendor', 'family', 'description'] as const) if (entry[key]) data[key] = entry[key];
  return toEntities(entry.kind, [data], 'user')[0]!;
}

/** What an edit to the file gives: the edit, or why the file cannot be edited safely. */
export type FileEdit = { edit: TextEdit; error?: undefined } | { edit?: undefined; error: string };

/** A new lexicon file holding one entry. */
export function newLexiconText(entry: UserEntityEntry): string {
  return `${JSON.stringify({ entities: [cleanEntry(entry)] }, null, 2)}\n`;
}

/**
 * The edit that adds `entry` to the lexicon file `text` (a blank text is a new file). An entry of the same
 * name is replaced (its aliases kept), so teaching a name twice does not duplicate it.
 */
export function addEntityEdit(text: string, entry: UserEntityEntry): FileEdit {
  const clean = cleanEntry(entry);
  if (!clean.name) return { error: 'The name is empty.' };
  if (text.trim() === '') return { edit: { offset: 0, length: text.length, newText: newLexiconText(entry) } };
  const parsed = parseJson(text);
  if (!parsed.root) return { error: `The lexicon file is not valid JSON (${parsed.problems[0]?.message ?? 'syntax error'}): fix it first.` };
  if (parsed.root.type !== 'object') return { error: 'The lexicon file must hold an object: { "entities": [ … ] }.' };
  const list = propertyValue(parsed.root, 'entities');
  if (!list) return { edit: addProperty(text, parsed.root, 'entities', [clean]) };
  if (list.type !== 'array') return { error: '"entities" in the lexicon file is not an array: fix it first.' };
  const key = looseKey(clean.name);
  const items = list.children ?? [];
  const index = items.findIndex((n) => {
    const v: unknown = propertyValue(n, 'name')?.value;
    return typeof v === 'string' && looseKey(v) === key;
  });
  if (index >= 0) {
    const old = getNodeValue(items[index]!) as Partial<UserEntityEntry>;
    const aliases = [...new Set([...(Array.isArray(old.aliases) ? old.aliases.filter((a) => typeof a === 'string') : []), ...(clean.aliases ?? [])])];
    const merged: UserEntityEntry = { ...old, ...clean } as UserEntityEntry;
    if (aliases.length) merged.aliases = aliases;
    return { edit: replaceInArray(text, list, index, cleanEntry(merged)) };
  }
  return { edit: appendToArray(text, list, clean) };
}

/**
 * The edit that removes the entry named `name` (or, failing that, the one that has it as an alias or id)
 * from the lexicon file `text`.
 */
export function removeEntityEdit(text: string, name: string): FileEdit {
  const parsed = parseJson(text);
  if (!parsed.root) return { error: 'The lexicon file is not valid JSON: fix it first.' };
  const list = propertyValue(parsed.root, 'entities');
  if (list?.type !== 'array') return { error: `"${name}" is not in the workspace lexicon.` };
  const key = looseKey(name);
  const values = (list.children ?? []).map((n) => getNodeValue(n) as Partial<UserEntityEntry> | null);
  const isName = (v: Partial<UserEntityEntry> | null) => typeof v?.name === 'string' && looseKey(v.name) === key;
  const isOther = (v: Partial<UserEntityEntry> | null) =>
    (typeof v?.id === 'string' && v.id === name) || (Array.isArray(v?.aliases) && v.aliases.some((a) => typeof a === 'string' && looseKey(a) === key));
  let index = values.findIndex(isName);
  if (index < 0) index = values.findIndex(isOther);
  if (index < 0) return { error: `"${name}" is not in the workspace lexicon.` };
  return { edit: removeFromArray(list, index) };
}

/** The entry in its written form: trimmed strings, no empty fields, keys in a stable order. */
function cleanEntry(entry: UserEntityEntry): UserEntityEntry {
  const out: UserEntityEntry = { kind: entry.kind, name: entry.name.trim().replace(/\s+/g, ' ') };
  const aliases = [...new Set((entry.aliases ?? []).map((a) => a.trim()).filter((a) => a && looseKey(a) !== looseKey(out.name)))];
  if (aliases.length) out.aliases = aliases;
  for (const key of ['id', 'category', 'vendor', 'family', 'description'] as const) {
    const v = entry[key];
    if (typeof v === 'string' && v.trim()) (out as unknown as Record<string, string>)[key] = v.trim();
  }
  return out;
}

/** A selection is worth teaching when it is one short line with a letter in it. */
export function validateNewName(text: string): string | undefined {
  const name = text.trim().replace(/\s+/g, ' ');
  if (!name) return 'Select a name first.';
  if (/[\r\n]/.test(text.trim())) return 'Select a name on one line.';
  if (name.length > 60) return 'The selection is too long for a name (60 characters at most).';
  if (!/\p{L}/u.test(name)) return 'A name needs at least one letter.';
  return undefined;
}
