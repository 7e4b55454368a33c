/**
 * Who a passage is about: the company an implied subject ("Après un accord avec CoreWeave", "it committed
 * …") stands for, and the companies named just before a description ("le fondeur", "the startup").
 */
import type { CompanyCategory, Mention } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import { ATTRIBUTION } from './patterns';
import { countryOfDescription } from './nationality';

/** A company a passage named, with what the lexicon says it is and where it is from. */
export interface Named {
  name: string;
  category?: CompanyCategory;
  country?: string;
}

/** How often each company is named in the note: the most named one is what the note is about. */
export function companyCounts(parties: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of parties) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  return counts;
}

/** Who an implied subject may be: the company the previous sentence opened with, else the passage's most named. */
export interface Focus {
  counts: Map<string, number>;
  lead: string | undefined;
  /** The note's companies, most named first: what "le groupe", "the company" stand for. */
  main: string[];
  /** Companies named in the sentences just before, most recent first, with what the lexicon says they are. */
  recent: Named[];
  /** The company the passage says is raising money ("Mistral AI a bouclé un tour de table"): a round's investors invest in it. */
  fundraiser?: string;
  /** What the lexicon says a company is, and where it is from. */
  describe(m: Mention): Named;
  /** The company the note's latest earlier deal with `name` was made with, if any ("l'accord avec Meta": Google's). */
  partnerOf(name: string): string | undefined;
  /** Companies the note has said were bought so far ("le rachat de Silo AI"): none is the buyer an "elle" stands for. */
  bought?: ReadonlySet<string>;
}

/** Companies named in [from, before), most recent first, each once; the walk back starts at index `startAt`. */
export function recentBefore(eligible: readonly Mention[], startAt: number, before: number, from: number, lexicon: Lexicon): Named[] {
  const seen = new Set<string>();
  const out: Named[] = [];
  for (let i = Math.min(startAt, eligible.length - 1); i >= 0; i--) {
    const m = eligible[i]!;
    if (m.end > before) continue;
    if (m.start < from) break;
    if (seen.has(m.canonical)) continue;
    seen.add(m.canonical);
    out.push(describeMention(m, lexicon));
  }
  return out;
}

/** A mention as a named company: its lexicon category and country, where the lexicon knows them. */
export function describeMention(m: Mention, lexicon: Lexicon): Named {
  const entity = m.entityId ? lexicon.get(m.entityId) : undefined;
  const country = countryOfDescription(entity?.description);
  return { name: m.canonical, ...(entity?.category ? { category: entity.category } : {}), ...(country ? { country } : {}) };
}

/** The implied subject of a deal: not one of its objects. */
export function pickFocus(focus: Focus, exclude: readonly string[]): string | undefined {
  if (focus.lead && !exclude.includes(focus.lead)) return focus.lead;
  return mostNamed(focus, exclude);
}

/** The company the passage names most (this sentence and the few before it weigh most), not one of `exclude`. */
export function mostNamed(focus: Focus, exclude: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const [name, n] of focus.counts) {
    if (exclude.includes(name)) continue;
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  return best;
}


/**
 * The company a quote speaks for: "Our partnership with OpenAI …," said AMD CFO Jean Hu — "our" is AMD, the
 * first company named after the closing quote of an attributed quote.
 */
export function speakerIn(folded: string, sentence: { start: number; end: number }, parties: readonly { mention: Mention; name: string }[]): string | undefined {
  const m = ATTRIBUTION.exec(folded.slice(sentence.start, sentence.end));
  if (!m) return undefined;
  // The speaker's company is named after the closing quote: before the verb ("Dario Amodei, chief executive of
  // Anthropic, said") or after it ("said AMD CFO Jean Hu").
  const quoteEnd = sentence.start + m.index + 1;
  return parties.find((p) => p.mention.start >= quoteEnd)?.name;
}
