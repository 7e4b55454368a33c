/**
 * A consortium that buys or invests as one: "A consortium led by BlackRock, MGX, Microsoft and Nvidia will acquire
 * Aligned Data Centers for $40 billion", "un consortium réunissant A, B et C va racheter X". Its named members and
 * the company it buys make one deal: not a deal of each member alone, nor a round that the members lead.
 */
import type { DealKind } from '../types';
import type { Span } from '../text/sentences';
import type { Cue } from './cueSearch';
import type { Party } from './relationTypes';
import { CLAUSE_TURN, words } from './patterns';

/** The words that open a consortium's list of members, right before its first member. */
export const CONSORTIUM_LEAD = new RegExp(
  `(?<![\\p{L}])(?:consortiums?|coalition|groupe d'investisseurs|investor group|group of (?:investors|companies|firms)|syndicate)(?![\\p{L}])` +
    `[^;:.!?]{0,70}?(?<![\\p{L}])(?:led by|including|comprising|made up of|composed of|consisting of|of|formed by|` +
    `mené par|menée par|emmené par|emmenée par|dirigé par|composé de|réunissant|comprenant|incluant|formé par|avec)[\\s—–-]*$`,
  'iu',
);
/** A word every match of CONSORTIUM_LEAD holds (same flags), looked for first. */
export const CONSORTIUM_WORD = /consorti|coalition|syndicate|group/iu;
/** How far before its first member a consortium's lead words may stand. */
const LEAD_CHARS = 120;
/** The most words between the list of members and the verb of what the consortium does. */
const VERB_GAP_WORDS = 14;
/** The most words between that verb and the company bought ("to acquire a majority of X"). */
const OBJECT_GAP_WORDS = 4;
/** What a consortium does to a company that makes it a party. */
const BUYING: ReadonlySet<DealKind> = new Set(['acquisition', 'investment', 'stake', 'purchase']);

/** A consortium's deal: its members and the company it buys, with the cue that says so. */
export interface ConsortiumDeal {
  members: string[];
  target: Party;
  start: number;
  cue: Cue;
  kind: DealKind;
}

/**
 * The consortium deal of a sentence, if one is told: `grouped` gives the sentence's lists of parties, `listed` the
 * whole list a group opens (the caller's list reading); the first group that a consortium's lead words open is read.
 */
export function consortiumDeal(folded: string, sentence: Span, parties: readonly Party[], cues: readonly Cue[],
  grouped: () => Party[][], listed: (group: readonly Party[]) => Party[]): ConsortiumDeal | undefined {
  if (!CONSORTIUM_WORD.test(folded.slice(sentence.start, sentence.end))) return undefined;
  // Every group, those after "including" too (elsewhere an example list).
  for (const group of grouped()) {
    const first = group[0]!.mention;
    if (!CONSORTIUM_LEAD.test(folded.slice(Math.max(sentence.start, first.start - LEAD_CHARS), first.start))) continue;
    const groupEnd = group[group.length - 1]!.mention.end;
    const cue = cues.find((c) => c.start >= groupEnd && BUYING.has(c.def.kind) && c.def.role === 'verb'
      && words(folded.slice(groupEnd, c.start)) <= VERB_GAP_WORDS && !CLAUSE_TURN.test(folded.slice(groupEnd, c.start)));
    if (!cue) return undefined;
    // The list may go on past what breaks a group ("Elon Musk's xAI"), never past the verb.
    const list = listed(group).filter((p) => p.mention.end <= cue.start);
    const target = parties.find((p) => p.mention.start >= cue.end && words(folded.slice(cue.end, p.mention.start)) <= OBJECT_GAP_WORDS);
    const members = [...new Set(list.map((p) => p.name))];
    if (!target || members.includes(target.name) || members.length < 2) return undefined;
    return { members, target, start: first.start, cue, kind: cue.def.kind === 'acquisition' ? 'acquisition' : 'investment' };
  }
  return undefined;
}
