/**
 * How big a deal is, for ordering and drawing: its value in US dollars, or, when its sentence only gives a
 * vague amount ("des dizaines de milliards de dollars", "tens of billions"), that amount's lower bound. A
 * vague amount is never a deal's value (it must not count in totals), but it says the order of magnitude.
 */
import type { Deal, Mention } from '../types';
import { toUsd } from '../recognize/rates';

/** What the magnitude needs from the index: a note's mentions, sorted by start. */
export interface MentionLookup {
  get(uri: string): { readonly mentions: readonly Mention[] } | undefined;
}

export interface DealMagnitude {
  /** US dollars: the deal's value, or the vague amount's lower bound. */
  usd: number;
  /** True when only a vague amount was found; `text` is its canonical form ("$10B+"). */
  vague: boolean;
  text?: string;
}

const SCALE: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };

/** The lower bound of a vague amount's canonical form ("$10B+" → 10e9, "€2B+" → 2e9), in its currency. */
export function vagueLowerBound(canonical: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)([KMBT]?)\+$/.exec(canonical);
  return m ? Number(m[1]) * SCALE[m[2]!]! : undefined;
}

/** The first vague amount inside one of the deal's sentences, as a magnitude; undefined when there is none. */
export function vagueMagnitude(deal: Deal, notes: MentionLookup): DealMagnitude | undefined {
  for (const s of deal.sources) {
    const mentions = notes.get(s.uri)?.mentions;
    if (!mentions) continue;
    for (let i = firstAtOrAfter(mentions, s.start); i < mentions.length && mentions[i]!.start < s.end; i++) {
      const m = mentions[i]!;
      if (m.kind !== 'money' || m.qualifier !== 'several' || m.end > s.end) continue;
      const amount = vagueLowerBound(m.canonical);
      const usd = amount !== undefined ? toUsd(amount, m.currency ?? 'USD') : undefined;
      if (usd !== undefined) return { usd, vague: true, text: m.canonical };
    }
  }
  return undefined;
}

/** The deal's value in US dollars, else the lower bound of a vague amount in its sentences. */
export function dealMagnitude(deal: Deal, notes: MentionLookup): DealMagnitude | undefined {
  if (deal.value?.usd !== undefined) return { usd: deal.value.usd, vague: false };
  return vagueMagnitude(deal, notes);
}

/** The order of magnitude of a positive amount: 9 for $1B–$9.99B, 10 for $10B–$99.9B. */
export function orderOfMagnitude(usd: number): number {
  return Math.floor(Math.log10(usd) + 1e-9);
}

function firstAtOrAfter(mentions: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
