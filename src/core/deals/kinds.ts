/** What kind of deal a relation is, from the cue words around it. */
import type { DealKind } from '../types';
import type { Span } from '../text/sentences';
import type { Cue } from './cueSearch';
import type { Relation } from './relationTypes';
import { CLAUSE_SEPARATOR, STAKE_WORDS, words } from './patterns';
import { matchesOf } from '../text/keptRegExps';

/** The stretch of the sentence around a relation, up to a semicolon or a contrast ("…, while …"). */
export function clauseAround(folded: string, sentence: Span, r: Relation): Span {
  const text = folded.slice(sentence.start, sentence.end);
  const breaks = [...matchesOf(CLAUSE_SEPARATOR, text)].map((m) => sentence.start + m.index);
  const start = Math.max(sentence.start, ...breaks.filter((b) => b <= r.start));
  const end = Math.min(sentence.end, ...breaks.filter((b) => b >= r.end));
  return { start, end };
}

/**
 * What kind of deal a relation is, from every cue inside it: a stake when a share of the capital is named;
 * an acquisition only when the company bought directly follows the verb ("rachète Intel"), otherwise the
 * verb buys something ("agreed to buy $300 billion of computing power"); then the most specific kind.
 */
export function relationKind(folded: string, r: Relation, cues: readonly Cue[]): DealKind {
  const inside = cues.filter((c) => c.start >= r.start - 2 && c.end <= r.end + 2);
  const kinds = new Set<DealKind>([r.cue.def.kind, ...inside.map((c) => c.def.kind)]);
  const span = folded.slice(r.start, r.end);
  if (kinds.has('stake') || (/\d\s*%/u.test(span) && STAKE_WORDS.test(span))) return 'stake';
  if (kinds.has('acquisition')) {
    const acquisition = inside.find((c) => c.def.kind === 'acquisition') ?? r.cue;
    // "A and B agreed to merge": two companies become one, with no object to check.
    if (acquisition.def.mutual) return 'acquisition';
    const gap = r.objectStart !== undefined && r.objectStart >= acquisition.end ? folded.slice(acquisition.end, r.objectStart) : undefined;
    // "racheter 4 % d'Intel", "buy a 4% stake in Intel"
    if (gap !== undefined && /\d\s*%/u.test(gap) && words(gap) <= 6) return 'stake';
    if (gap !== undefined && (words(gap) <= 2 || /^[\s\p{Ll}\p{Pd}']*$/u.test(gap)) && !/\d/u.test(gap)) return 'acquisition';
    kinds.delete('acquisition');
    kinds.add('purchase');
  }
  for (const k of ['investment', 'joint-venture', 'purchase', 'supply', 'cloud', 'lease', 'licensing'] as const) if (kinds.has(k)) return k;
  // "X, an investor in Y", "Y's main supplier X", "actionnaire minoritaire d'Intersect": what the role says
  // (not a role word that names a meeting: "l'appel investisseurs", "an investor call").
  if (!r.cue.def.names || MEETING_BEFORE.test(folded.slice(Math.max(0, r.cue.start - 16), r.cue.start))
    || MEETING_AFTER.test(folded.slice(r.cue.end, r.cue.end + 16))) return 'partnership';
  return r.cue.def.names;
}

const MEETING_BEFORE = /(?<![\p{L}])(?:appel|journée|réunion|conférence|présentation|lettre)\s+(?:aux\s+|des\s+)?$/iu;
const MEETING_AFTER = /^\s+(?:call|day|relations|presentation|conference|meeting|update|letter)(?![\p{L}])/iu;
