/**
 * Notes related to a note, ranked: the ones that report the same deals first, then the ones that talk
 * about the same companies and chips (a name few notes share counts more than one every note mentions),
 * with a bonus for a wikilink between the two.
 */
import type { Deal } from '../types';

export interface RelatedInput {
  uri: string;
  /** Loose keys (or names) of the companies and chips the note mentions. */
  entities: readonly string[];
  /** URIs of the notes this note links to with wikilinks. */
  links?: readonly string[];
}

export interface RelatedNote {
  uri: string;
  score: number;
  /** Deals both notes report. */
  sharedDeals: Deal[];
  /** Companies and chips both notes mention (as given in `entities`), rarest first. */
  sharedEntities: string[];
  /** A wikilink joins the two notes (either way). */
  linked: boolean;
}

export const DEAL_WEIGHT = 3;
export const LINK_WEIGHT = 2;

export function relatedNotes(target: string, notes: readonly RelatedInput[], deals: readonly Deal[], limit = 50): RelatedNote[] {
  const self = notes.find((n) => n.uri === target);
  if (!self) return [];
  const df = new Map<string, number>();
  for (const n of notes) for (const e of new Set(n.entities)) df.set(e, (df.get(e) ?? 0) + 1);
  const total = notes.length;
  const idf = (e: string) => Math.log((total + 1) / (df.get(e) ?? 1));
  const mine = new Set(self.entities);
  const myLinks = new Set(self.links ?? []);
  const dealsOf = new Map<string, Deal[]>();
  for (const d of deals) {
    const uris = new Set(d.sources.map((s) => s.uri));
    if (!uris.has(target)) continue;
    for (const u of uris) {
      if (u === target) continue;
      const list = dealsOf.get(u);
      if (list) list.push(d);
      else dealsOf.set(u, [d]);
    }
  }
  const out: RelatedNote[] = [];
  for (const n of notes) {
    if (n.uri === target) continue;
    const sharedDeals = dealsOf.get(n.uri) ?? [];
    const sharedEntities = [...new Set(n.entities)].filter((e) => mine.has(e)).sort((a, b) => idf(b) - idf(a) || a.localeCompare(b));
    const linked = myLinks.has(n.uri) || (n.links ?? []).includes(target);
    const score = sharedDeals.length * DEAL_WEIGHT + sharedEntities.reduce((s, e) => s + idf(e), 0) + (linked ? LINK_WEIGHT : 0);
    if (score <= 0 && !sharedDeals.length && !linked && !sharedEntities.length) continue;
    out.push({ uri: n.uri, score: Math.round(score * 1000) / 1000, sharedDeals, sharedEntities, linked });
  }
  return out.sort((a, b) => b.score - a.score || a.uri.localeCompare(b.uri)).slice(0, limit);
}

/** The other notes that report a deal reported in `uri` (for "also reported in N notes"). */
export function otherReports(deal: Deal, uri: string): string[] {
  return [...new Set(deal.sources.map((s) => s.uri))].filter((u) => u !== uri);
}
