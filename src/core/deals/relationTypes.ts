/**
 * What the relation rules of one sentence work with: the companies it names (parties) and the relations found
 * between them, added through one function that keeps a single relation per set of parties.
 */
import type { DealKind, Mention } from '../types';
import type { Cue } from './cueSearch';

export interface Party {
  mention: Mention;
  name: string;
}

export interface Relation {
  parties: string[];
  start: number;
  end: number;
  cue: Cue;
  kind?: DealKind;
  /** The i-th of several companies on one side: with "respectively", it gets the i-th amount. */
  ordinal?: number;
  /** Start of the object group, when the relation has one ("rachète Intel": where "Intel" starts). */
  objectStart?: number;
  /**
   * One investor of a round's list: where its name ends. Its amount is only one written right after it
   * ("Microsoft (95 millions)"), never the round's size.
   */
  shareOf?: number;
}

/** Adds (or widens) the relation of a set of parties and returns it; see findRelations. */
export type AddRelation = (parties: string[], start: number, end: number, cue: Cue, objectStart?: number, ordinal?: number) => Relation;
