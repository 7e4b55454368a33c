/**
 * Where an entity a user added is defined: its entry in the workspace lexicon file
 * (`.dealnotes/lexicon.json`), for Go to Definition.
 */
import { parseJson, propertyValue } from '../user/jsonText';
import { looseKey } from '../text/chars';

/** The span of the `"name": "…"` value of the entry named `name` (loosely), if the file has one. */
export function lexiconEntrySpan(text: string, name: string): { start: number; end: number } | undefined {
  const root = parseJson(text).root;
  const list = propertyValue(root, 'entities');
  if (list?.type !== 'array') return undefined;
  const key = looseKey(name);
  for (const item of list.children ?? []) {
    const value = propertyValue(item, 'name');
    if (value?.type === 'string' && typeof value.value === 'string' && looseKey(value.value) === key) {
      return { start: value.offset, end: value.offset + value.length };
    }
  }
  return undefined;
}
