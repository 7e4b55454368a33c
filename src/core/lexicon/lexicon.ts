/**
 * The lexicon: every company and chip the engine knows by name, built-in or taught by the user, with
 * lookups by id and by loose name. Immutable: adding user entries makes a new lexicon.
 */
import type { CompanyCategory, Entity } from '../types';
import { looseKey } from '../text/chars';
import { boundedMemo } from '../text/boundedMemo';

/** The shape of an entry in the data files and in a user's lexicon file. */
export interface EntityData {
  id?: string;
  name: string;
  aliases?: string[];
  category?: string;
  vendor?: string;
  family?: string;
  parent?: string;
  description?: string;
  ambiguousAliases?: string[];
}

export class Lexicon {
  private readonly ids = new Map<string, Entity>();
  private readonly names = new Map<string, Entity>();

  constructor(readonly entities: readonly Entity[]) {
    for (const e of entities) {
      this.ids.set(e.id, e);
      for (const n of [e.name, ...e.aliases]) {
        const k = looseKey(n);
        // A user's entry overrides a built-in one of the same name.
        if (!this.names.has(k) || e.source === 'user') this.names.set(k, e);
      }
    }
  }

  get(id: string): Entity | undefined {
    return this.ids.get(id);
  }

  /** Finds an entity by its name or any alias, ignoring case, accents and typographic apostrophes. */
  find(name: string): Entity | undefined {
    return this.names.get(looseKey(name));
  }

  /**
   * Platforms (X, LinkedIn, YouTube) are where things are posted; they take part in a deal only as what is
   * bought or invested in ("xAI has acquired X").
   */
  isPlatform(entity: Entity): boolean {
    return entity.category === 'platform';
  }

  /** A new lexicon with the user's entries added; a user entry with the id of a built-in one replaces it. */
  withUserEntities(user: readonly Entity[]): Lexicon {
    const userIds = new Set(user.map((e) => e.id));
    return new Lexicon([...this.entities.filter((e) => !userIds.has(e.id)), ...user]);
  }
}

/**
 * News outlets and research firms cited as sources: known, so that their names are never taken for an
 * unknown company nor cut into shorter names, but not reported as companies (annotation conventions) except
 * where a deal is made with them (recognize/outletParties.ts).
 */
export function isOutlet(entity: Pick<Entity, 'kind' | 'category'>): boolean {
  return entity.kind === 'company' && entity.category === 'media';
}

/** Turns data-file entries into entities, giving each an id when it has none. */
export function toEntities(kind: Entity['kind'], data: readonly EntityData[], source: Entity['source']): Entity[] {
  return data.map((d) => {
    const entity: Entity = {
      id: d.id ?? slug(d.name),
      kind,
      name: d.name,
      aliases: d.aliases ?? [],
      source,
    };
    if (d.category) entity.category = d.category as CompanyCategory;
    if (d.vendor) entity.vendor = d.vendor;
    if (d.parent) entity.parent = d.parent;
    if (d.family) entity.family = d.family;
    if (d.description) entity.description = d.description;
    if (d.ambiguousAliases?.length) entity.ambiguousAliases = d.ambiguousAliases;
    return entity;
  });
}

/** Last words of company names that writers often put in the other number: "Index Venture", "Thinking Machines Labs". */
const NUMBER_VARIANTS: Readonly<Record<string, string>> = {
  Ventures: 'Venture', Venture: 'Ventures', Partners: 'Partner', Labs: 'Lab', Lab: 'Labs',
};
/** Last words of two-word names that writers also glue to the first: "SakanaAI", "MistralAI". */
const GLUED_LAST_WORDS: ReadonlySet<string> = new Set(['AI', 'Labs']);

/**
 * Companies with the spellings writers also use as extra aliases, unless some entity already has that spelling:
 * the other number of their last word ("Index Ventures" is also found as "Index Venture"), and a two-word name
 * ending in "AI" or "Labs" written as one word ("SakanaAI", "MistralAI").
 */
export function withSpellingVariants(entities: readonly Entity[]): Entity[] {
  const taken = new Set(entities.flatMap((e) => [e.name, ...e.aliases].map(looseKey)));
  return entities.map((e) => {
    if (e.kind !== 'company') return e;
    const extra: string[] = [];
    for (const form of [e.name, ...e.aliases]) {
      const words = form.split(' ');
      const last = words[words.length - 1]!;
      const other = words.length > 1 ? NUMBER_VARIANTS[last] : undefined;
      const glued = words.length === 2 && GLUED_LAST_WORDS.has(last) && words[0]!.length >= 3 ? words.join('') : undefined;
      for (const variant of [other ? [...words.slice(0, -1), other].join(' ') : undefined, glued]) {
        if (!variant || taken.has(looseKey(variant))) continue;
        taken.add(looseKey(variant));
        extra.push(variant);
      }
    }
    return extra.length ? { ...e, aliases: [...e.aliases, ...extra] } : e;
  });
}

/** A name's identifier ("Mistral AI" → "mistral-ai"). Party names repeat in every deal of every note: kept (bounded). */
export const slug = boundedMemo(50_000, (name) => looseKey(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity');
