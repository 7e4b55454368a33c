/**
 * One note's deal candidates made compact: the index keeps every candidate of the workspace for as long as
 * the note is open (an edit re-links its sets of parties from them), about 28 a note on dense notes. Candidates
 * of one sentence had each their own copy of the same source, the same list of parties and often the same
 * value; now they share one object for what is equal, and a candidate without chips shares one empty list.
 * Shared parts are frozen: nothing changes a candidate once its note is analysed, and a change would throw
 * rather than alter another candidate's deal.
 */
import type { DealSource, DealValue } from '../types';
import type { DealCandidate } from './extract';
import { runToEnd, type Steps } from '../steps';

const NO_CHIPS: string[] = Object.freeze([]) as unknown as string[];

/** Candidates shared between two pauses of `shareCandidatePartsSteps` (a note may have tens of thousands). */
const CANDIDATES_PER_STEP = 2000;

/** Shares the equal parts of a note's candidates (in place) and returns them. */
export function shareCandidateParts(candidates: DealCandidate[]): DealCandidate[] {
  return runToEnd(shareCandidatePartsSteps(candidates));
}

/** `shareCandidateParts` in steps (see steps.ts). */
export function* shareCandidatePartsSteps(candidates: DealCandidate[]): Steps<DealCandidate[]> {
  const parties = new Map<string, string[]>();
  const sources = new Map<number, DealSource>();
  const values = new Map<string, DealValue>();
  for (let i = 0; i < candidates.length; i++) {
    if (i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield;
    const c = candidates[i]!;
    c.parties = shared(parties, c.parties.join('\u0000'), c.parties);
    c.source = sharedSource(sources, c.source);
    if (c.value) c.value = shared(values, valueKey(c.value), c.value);
    if (!c.chips.length) c.chips = NO_CHIPS;
  }
  return candidates;
}

function shared<T extends object>(seen: Map<string, T>, key: string, value: T): T {
  const known = seen.get(key);
  if (known) return known;
  seen.set(key, Object.freeze(value));
  return value;
}

/** The note's source at the same place, when it is equal in every field (the same sentence). */
function sharedSource(seen: Map<number, DealSource>, source: DealSource): DealSource {
  const known = seen.get(source.start);
  if (known && known.end === source.end && known.uri === source.uri && known.sentence === source.sentence) return known;
  if (!known) seen.set(source.start, source);
  return Object.freeze(source);
}

/** Every field of a value, so that two values with the same key are equal in all of them. */
export function valueKey(v: DealValue): string {
  return `${v.amount}|${v.amountMax}|${v.currency}|${v.usd}|${v.qualifier}|${v.ambiguous}|${v.alternative?.amount}|${v.alternative?.amountMax}|${v.dollarInDoubt}|${Object.keys(v).length}|${v.text}`;
}
