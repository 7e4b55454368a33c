/**
 * Companies a note says were renamed: "SiQuance change de nom pour devenir Quobly", "Facebook renamed itself Meta",
 * "Quobly, anciennement SiQuance", "Meta, formerly known as Facebook". The note's deals are told under the new
 * name, the one readers and other notes use.
 */
import type { Mention } from '../types';
import type { DealCandidate } from './extract';

/** Words without which a note renames no company (most notes: the pairs are not even looked at). */
const RENAME_WORDS = /renam|rebapt|rebrand|change de nom|changé de nom|changera de nom|formerly|previously known|anciennement|renomm/iu;
/** Between the old name and the new one. */
const OLD_THEN_NEW = /^\s*,?\s*(?:(?:a|has|have|was|has been|had been|est|a été|s'est)\s+)?(?:change de nom pour devenir|changé de nom pour devenir|changera de nom pour devenir|se rebaptise|rebaptisée?|renommée?|renamed(?: itself)?|rebrand(?:s|ed)?(?: itself)? as|(?:is |was )?now (?:called|known as|named))\s*$/iu;
/** Between the new name and the old one. */
const NEW_THEN_OLD = /^\s*(?:,|\()\s*(?:formerly|previously|anciennement|ex-)\s*(?:(?:known as|called|named|appelée?|connue? sous le nom d(?:e\s|'))\s*)?$/iu;
/** The longest gap between two names that may tell a rename. */
const MAX_GAP = 60;

/** Old name → new name, from the note's company mentions in order (`folded` is the note's folded text). */
export function renamesIn(folded: string, companies: readonly Mention[]): Map<string, string> {
  const renames = new Map<string, string>();
  if (!RENAME_WORDS.test(folded)) return renames;
  for (let i = 0; i + 1 < companies.length; i++) {
    const a = companies[i]!;
    const b = companies[i + 1]!;
    if (a.canonical === b.canonical || b.start - a.end > MAX_GAP || b.start < a.end) continue;
    const gap = folded.slice(a.end, b.start);
    if (OLD_THEN_NEW.test(gap)) renames.set(a.canonical, b.canonical);
    else if (NEW_THEN_OLD.test(gap)) renames.set(b.canonical, a.canonical);
  }
  return renames;
}

/** The deals told under a company's new name; a deal left with one party is dropped. */
export function underNewNames(candidates: DealCandidate[], renames: ReadonlyMap<string, string>): DealCandidate[] {
  if (!renames.size) return candidates;
  const out: DealCandidate[] = [];
  for (const c of candidates) {
    const parties = [...new Set(c.parties.map((p) => renames.get(p) ?? p))];
    if (parties.length >= 2) out.push(parties.length === c.parties.length && parties.every((p, i) => p === c.parties[i]) ? c : { ...c, parties });
  }
  return out;
}
