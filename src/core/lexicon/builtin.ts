/** The built-in gazetteer, kept as data files beside this module and bundled with the extension. */
import companies from './data/companies.json';
import chips from './data/chips.json';
import nonCompanies from './data/nonCompanies.json';
import { Lexicon, toEntities, withSpellingVariants, type EntityData } from './lexicon';
import { looseKey } from '../text/chars';

let cached: Lexicon | undefined;

export function builtinLexicon(): Lexicon {
  cached ??= new Lexicon(withSpellingVariants([
    ...toEntities('company', companies as EntityData[], 'builtin'),
    ...toEntities('chip', chips as EntityData[], 'builtin'),
  ]));
  return cached;
}

/**
 * Capitalised words that are never companies even when a company-like cue stands next to them: products,
 * projects, places, months, weekdays, first names, well-known people's surnames, titles and common sentence-initial words.
 */
export interface StopWords {
  /** Exact match, loose (case- and accent-insensitive). */
  has(word: string): boolean;
  /** True when `word` is a common first name (to reject people: "Sam Altman a signé"). */
  isFirstName(word: string): boolean;
  /** True when `word` is a place ("Atlanta", "Paris"): the end of a name as often as a word around it. */
  isPlace(word: string): boolean;
}

let stopCached: StopWords | undefined;

export function builtinStopWords(): StopWords {
  if (stopCached) return stopCached;
  const lists = nonCompanies as Record<string, string[]>;
  const all = new Set<string>();
  for (const list of Object.values(lists)) for (const w of list) all.add(looseKey(w));
  const first = new Set((lists.firstNames ?? []).map(looseKey));
  const places = new Set((lists.places ?? []).map(looseKey));
  stopCached = { has: (w) => all.has(looseKey(w)), isFirstName: (w) => first.has(looseKey(w)), isPlace: (w) => places.has(looseKey(w)) };
  return stopCached;
}
