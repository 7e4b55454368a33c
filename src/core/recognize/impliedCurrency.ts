/**
 * The currency an amount without one borrows from a neighbour: "8 milliards et 2 milliards de dollars" (the
 * first takes the second's), "3 milliards de dollars, portant le total à 12 milliards" (the second takes the
 * first's). Bounded: the same sentence, a few words apart. An amount followed by what it counts ("700
 * millions d'utilisateurs", "700 million users") never borrows one. A bare "centime" is a hundredth of the
 * currency the text was just speaking of, or of the euro.
 */
import type { Qualifier } from '../types';

const SP = '[ \\u00a0\\u202f\\u2009]';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Connectors between an amount without currency and the amount right after it that gives it one. */
const SHARED_CONNECTOR_RE = new RegExp(`^${SP}{0,2}(?:,|et|and|ou|or|puis|then|plus)?${SP}{1,3}$|^${SP}?,${SP}?$`, 'iu');
/** What may follow an amount that borrows a currency: an end of clause or a word that cannot be the counted thing. */
const BARE_FOLLOW_RE = new RegExp(
  `^(?:${SP}*(?:$|[.,;:!?)\\]»”"–—-])|${SP}+(?:et|and|ou|or|en|in|par|per|a|an|sur|over|pour|for|au|aux|à|to|from|d['’]ici|by|this|cette|ce|cet|chacun|each|annually|annuellement|contre|versus|vs)${NOT_WORD_AFTER})`,
  'iu',
);
/** The most characters between an amount and the following one it borrows from. */
const CONNECTOR_WINDOW = 12;
/** How far back, in the same sentence, an amount may find the currency it shares with a previous one. */
const IMPLIED_WINDOW = 90;
/** "un centime" takes the currency of an amount up to this far before it, in any sentence; else the euro's. */
const MINOR_WINDOW = 600;

/** An amount read with its currency. */
export interface PlacedAmount {
  start: number;
  end: number;
  currency: string;
  qualifier?: Qualifier;
}

/** An amount with a magnitude word ("12 milliards") or a bare "centime", and no currency. */
export interface BareAmount {
  start: number;
  end: number;
  /** Hundredths ("un centime"): borrows from further away, and falls back to the euro. */
  minor: boolean;
}

/** No sentence end between the two offsets (".", "!" or "?" before a space, or a line break). */
function sameSentence(text: string, from: number, to: number): boolean {
  return !/[.!?](?:[ \u00a0\u202f]|$)|\n/u.test(text.slice(from, to));
}

/** Each bare amount that borrows a currency, with that currency. Both lists are sorted by start. */
export function impliedCurrencies<B extends BareAmount>(text: string, found: readonly PlacedAmount[], bare: readonly B[]): Array<[B, string]> {
  const out: Array<[B, string]> = [];
  let j = 0;
  for (const a of bare) {
    while (j < found.length && found[j]!.end <= a.start) j++;
    if (j < found.length && found[j]!.start < a.end) continue; // inside an amount already read
    if (!a.minor && !BARE_FOLLOW_RE.test(text.slice(a.end, a.end + 16))) continue;
    const after = found[j];
    const before = j > 0 ? found[j - 1] : undefined;
    let from: Pick<PlacedAmount, 'currency' | 'qualifier'> | undefined;
    if (a.minor) from = before && a.start - before.end <= MINOR_WINDOW ? before : { currency: 'EUR' };
    else if (after && after.start - a.end <= CONNECTOR_WINDOW && SHARED_CONNECTOR_RE.test(text.slice(a.end, after.start))) from = after;
    else if (before && a.start - before.end <= IMPLIED_WINDOW && sameSentence(text, before.end, a.start)) from = before;
    // A vague amount ("des dizaines de milliards") is no figure to share with a precise one.
    if (!from || (from.qualifier === 'several' && !a.minor)) continue;
    out.push([a, from.currency]);
  }
  return out;
}
