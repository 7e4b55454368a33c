/**
 * The facts of a deal, from its sentence: the amount, power, chips and date closest to the relation, and the
 * source it is shown with.
 */
import type { DealValue, Mention } from '../types';
import type { NoteAnalysis } from '../analyze';
import type { Lexicon } from '../lexicon/lexicon';
import type { Span } from '../text/sentences';
import type { DealCandidate } from './extract';
import type { Relation } from './relationTypes';
import { NOT_DEAL_VALUE_BEFORE, PER_SHARE_AFTER } from './cues';
import { CONTRAST, DEAL_VALUED, EQUIVALENT_OPENS, RESPECTIVELY, SHARE_GAP, STORY_VALUE_AFTER, STORY_VALUE_BEFORE } from './patterns';

/**
 * A sentence as a deal's source shows it: a sentence of hard-wrapped text spans lines, and is shown and compared on
 * one line. Every relation of a sentence asks for the same text: the last answer is kept.
 */
export function sourceSentence(text: string): string {
  if (text !== lastSentence.text) lastSentence = { text, line: /[\r\n]/.test(text) ? text.replace(/\s*[\r\n]+\s*/g, ' ') : text };
  return lastSentence.line;
}
let lastSentence = { text: '', line: '' };

/** From a company to a figure in the bracketed aside that follows it: " (hébergement à ". */
const ASIDE_OPEN = /^\s*\([^()]{0,60}$/u;

/**
 * What every relation of a sentence asks about its figures, answered once per sentence (keyed by the sentence's
 * list of relations): where the next relation starting later than each one starts, how many relations hold a
 * figure in their span, and which company was written last before each figure.
 */
interface SentenceFigures {
  nextStarts: number[];
  holders: Map<Mention, number>;
  /** The company written last before each figure (what a figure is about, and whose bracketed aside holds it). */
  companyBefore: Map<Mention, Mention | undefined>;
}
/**
 * The last sentence's: its relations are made candidates one after the other (extract.ts). Not a WeakMap keyed by
 * every sentence's relations: the collector's young generation keeps a weak map's values alive, so each sentence's
 * two maps, and the mentions they hold, outlived their note into the old generation (a fifth of what a scan of
 * the bench notes promoted there, collected only by the next full collection).
 */
let lastRelations: readonly Relation[] | undefined;
let lastFigures: SentenceFigures | undefined;

function sentenceFigures(all: readonly Relation[], end: number): SentenceFigures {
  let known = all === lastRelations ? lastFigures : undefined;
  if (!known) {
    // For each relation, the first later one in the list that starts after it: from the last back, with a stack.
    const nextStarts = new Array<number>(all.length);
    const later: number[] = [];
    for (let i = all.length - 1; i >= 0; i--) {
      const start = all[i]!.start;
      while (later.length && later[later.length - 1]! <= start) later.pop();
      nextStarts[i] = later.length ? later[later.length - 1]! : end;
      later.push(start);
    }
    known = { nextStarts, holders: new Map(), companyBefore: new Map() };
    lastRelations = all;
    lastFigures = known;
  }
  return known;
}

/** How many of the sentence's relations hold the figure in their span. */
function holdersOf(figures: SentenceFigures, all: readonly Relation[], m: Mention): number {
  let n = figures.holders.get(m);
  if (n === undefined) {
    n = 0;
    for (const r of all) if (m.start >= r.start && m.end <= r.end) n++;
    figures.holders.set(m, n);
  }
  return n;
}

/** The first of `mentions` at the least finite distance by `near` (what a stable sort by distance puts first), without sorting. */
function nearest(mentions: readonly Mention[], near: (m: Mention) => number): Mention | undefined {
  let best: Mention | undefined;
  let bestD = Infinity;
  for (const m of mentions) {
    const d = near(m);
    if (Number.isFinite(d) && (best === undefined || d < bestD)) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

/** The company written last before the figure, looked for once per figure. */
function companyBeforeOf(figures: SentenceFigures, companies: readonly Mention[], m: Mention): Mention | undefined {
  if (figures.companyBefore.has(m)) return figures.companyBefore.get(m);
  const before = companies.filter((c) => c.end <= m.start).pop();
  figures.companyBefore.set(m, before);
  return before;
}

export function toCandidate(note: NoteAnalysis, folded: string, sentence: Span, text: string, r: Relation, all: readonly Relation[], index: number, inSentence: readonly Mention[]): DealCandidate {
  // The next relation that starts after this one (one starting where it does is no boundary of it, but a figure
  // inside another relation is that one's).
  const figures = sentenceFigures(all, sentence.end);
  const nextStart = figures.nextStarts[index]!;
  // How far an amount or a power figure is from this relation: inside it is best, then after it (before the
  // next relation of the sentence), then before it when it is the sentence's first relation.
  // Outside the relation, a figure separated from it by a semicolon or a contrast ("…, while Tencent …")
  // belongs elsewhere, and so does one about a company that is not a party ("H Company lève 220 M$, Mistral
  // AI s'associe à Nvidia").
  const companies = inSentence.filter((m) => m.kind === 'company');
  const between = (a: number, b: number) => folded.slice(Math.min(a, b), Math.max(a, b));
  const detached = (m: Mention) => {
    const gap = m.start >= r.end ? between(r.end, m.start) : between(m.end, r.start);
    // A colon elaborates the deal ("un accord avec OpenAI : … 10 gigawatts"); a semicolon or a contrast
    // starts another matter.
    if (gap.includes(';') || CONTRAST.test(gap)) return true;
    // The company an amount is about is the one written before it ("H Company lève 220 M$"), else after it.
    const governing = companyBeforeOf(figures, companies, m) ?? companies.find((c) => c.start >= m.end);
    return governing !== undefined && !r.parties.includes(governing.canonical);
  };
  // "avec Nvidia (10 gigawatts), Oracle (hébergement à 300 milliards $ US)": a figure in the aside right after a
  // company is that company's deal's.
  const othersAside = (m: Mention) => {
    const owner = companyBeforeOf(figures, companies, m);
    return owner !== undefined && ASIDE_OPEN.test(folded.slice(owner.end, m.start)) && !r.parties.includes(owner.canonical);
  };
  const near = (m: Mention) => (othersAside(m) ? Infinity
    : m.start >= r.start && m.end <= r.end ? 0
    : detached(m) ? Infinity
      : m.start >= r.end && m.start < nextStart && holdersOf(figures, all, m) === 0 ? m.start - r.end
        : index === 0 && m.end <= r.start ? r.start - m.end + 1000 : Infinity);
  const amounts = inSentence.filter((m) => {
    if (m.kind !== 'money' || m.value === undefined || isPerShare(folded, m)) return false;
    const before = folded.slice(Math.max(sentence.start, m.start - 50), m.start);
    // "valued at $300 billion" is a company's worth, but "a deal valued at $9 billion" is the deal's.
    return !NOT_DEAL_VALUE_BEFORE.test(before) || DEAL_VALUED.test(before);
  });
  const respective = r.ordinal !== undefined && RESPECTIVELY.test(text) ? amounts.filter((m) => m.start >= r.start && m.end <= r.end)[r.ordinal] : undefined;
  const money = r.shareOf !== undefined ? amounts.find((m) => m.start >= r.shareOf! && SHARE_GAP.test(folded.slice(r.shareOf!, m.start))) : respective ?? nearest(amounts, near);
  const power = nearest(inSentence.filter((m) => m.kind === 'power' && m.gw !== undefined), near);
  const chips = [...new Set(inSentence.filter((m) => m.kind === 'chip').map((m) => m.canonical))];
  const date = inSentence.find((m) => m.kind === 'date' && m.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date))?.date;
  const kind = r.kind ?? r.cue.def.kind;

  const source = { uri: note.uri, start: sentence.start, end: sentence.end, sentence: sourceSentence(text) };
  // With its value in the literal when it has one: the same fields in the same order, in a smaller object.
  const candidate: DealCandidate = money ? { parties: r.parties, kind, chips, source, value: dealValueOf(money) } : { parties: r.parties, kind, chips, source };
  if (money) {
    // "1.3 billion euros ($1.5 billion)": the dollar figure the text states beats our conversion.
    const stated = money.currency && money.currency !== 'USD' ? statedDollars(folded, money, inSentence) : undefined;
    if (stated !== undefined) candidate.value!.usd = stated;
  }
  if (power?.gw !== undefined) candidate.powerGw = power.gw;
  if (date) candidate.sentenceDate = date;
  if (note.noteDate) candidate.noteDate = note.noteDate;
  return candidate;
}

/**
 * Facts stated in a sentence that goes on with a deal's story, where no other deal is reported: "The first
 * gigawatt will run on the Vera Rubin platform", "AWS will cluster Nvidia GB300 accelerators …". A chip joins
 * a recent deal (of `stories`, deals of a few sentences before, the latest last) when its vendor is one of the
 * deal's parties, or when the companies the sentence names are all the deal's (a chip's vendor naming the
 * chip does not count); in a sentence naming no company, the chip and a power figure the deal lacks join the
 * latest deals. Returns where the walk over the note's mentions (sorted by start) stopped, so that the next
 * sentence resumes from there.
 */
export function addStoryFacts(folded: string, mentions: readonly Mention[], cursor: number, sentence: Span, stories: readonly (readonly DealCandidate[])[], lexicon: Lexicon): number {
  while (cursor < mentions.length && mentions[cursor]!.start < sentence.start) cursor++;
  const inSentence: Mention[] = [];
  for (let i = cursor; i < mentions.length && mentions[i]!.start < sentence.end; i++) inSentence.push(mentions[i]!);
  // The vendor of a chip the sentence names ("Nvidia GB200 systems") describes the chip: it is no outsider.
  const vendors = new Set(inSentence.filter((m) => m.kind === 'chip' && m.entityId).map((m) => lexicon.get(m.entityId!)?.vendor));
  const companies = [...new Set(inSentence.filter((m) => m.kind === 'company' && !vendors.has(m.canonical)).map((m) => m.canonical))];
  const latest = stories[stories.length - 1] ?? [];
  for (const deals of stories) {
    for (const deal of deals) {
      const told = companies.length > 0 ? companies.every((c) => deal.parties.includes(c)) : deals === latest;
      for (const m of inSentence) {
        if (m.kind === 'chip') {
          const vendor = m.entityId ? lexicon.get(m.entityId)?.vendor : undefined;
          if ((told || (vendor !== undefined && deal.parties.includes(vendor))) && !deal.chips.includes(m.canonical)) deal.chips.push(m.canonical);
        } else if (m.kind === 'power' && m.gw !== undefined && deal.powerGw === undefined && told && companies.length === 0) {
          deal.powerGw = m.gw;
        } else if (m.kind === 'money' && m.value !== undefined && !deal.value && told && deals === latest && isStoryDealValue(folded, sentence, m)) {
          // "The … jeopardizes the $700 million acquisition", "L'acquisition … est estimée à 700 millions".
          deal.value = dealValueOf(m);
        }
      }
    }
  }
  return cursor;
}


function isStoryDealValue(folded: string, sentence: Span, m: Mention): boolean {
  if (isPerShare(folded, m)) return false;
  return STORY_VALUE_BEFORE.test(folded.slice(Math.max(sentence.start, m.start - 100), m.start)) || STORY_VALUE_AFTER.test(folded.slice(m.end, Math.min(sentence.end, m.end + 20)));
}



/** "$157 per share", "0,76 dollar par action": a price per share, not a deal's value. */
function isPerShare(folded: string, m: Mention): boolean {
  return PER_SHARE_AFTER.test(folded.slice(m.end, m.end + 40))
    // "all of the outstanding ordinary shares of Sequans for $0.7575 each"
    || (EACH_AFTER.test(folded.slice(m.end, m.end + 8)) && SHARES_BEFORE.test(folded.slice(Math.max(0, m.start - 80), m.start)));
}
const EACH_AFTER = /^\s*(?:each|chacune?)(?![\p{L}])/iu;
const SHARES_BEFORE = /(?<![\p{L}])(?:shares|actions|titres)(?![\p{L}])/iu;

/** The dollar amount a text gives in brackets right after an amount in another currency. */
function statedDollars(folded: string, money: Mention, inSentence: readonly Mention[]): number | undefined {
  const next = inSentence.find((m) => m.kind === 'money' && m.start >= money.end);
  if (!next || next.currency !== 'USD' || next.value === undefined || next.valueMax !== undefined) return undefined;
  return EQUIVALENT_OPENS.test(folded.slice(money.end, next.start)) ? next.value : undefined;
}

/** A deal's value from the money mention that states it (`money.value` set). */
export function dealValueOf(money: Mention): DealValue {
  // Made whole when it has its usual fields (a field added later goes to a list of its own: 40 bytes more).
  const value: DealValue = money.usd !== undefined
    ? { amount: money.value!, currency: money.currency ?? 'USD', text: money.text, usd: money.usd }
    : { amount: money.value!, currency: money.currency ?? 'USD', text: money.text };
  if (money.qualifier) value.qualifier = money.qualifier;
  if (money.valueMax !== undefined) value.amountMax = money.valueMax;
  if (money.ambiguous && money.alternative) {
    value.ambiguous = true;
    value.alternative = { amount: money.alternative.value };
    if (money.alternative.valueMax !== undefined) value.alternative.amountMax = money.alternative.valueMax;
  }
  if (money.dollarInDoubt) value.dollarInDoubt = true;
  return value;
}
