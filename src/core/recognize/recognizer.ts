/**
 * Text → mentions: companies and chips (lexicon, then context), money, power, percentages and dates.
 * One Recognizer per lexicon: it owns the compiled name matcher.
 */
import type { Mention } from '../types';
import { isOutlet, type Lexicon } from '../lexicon/lexicon';
import type { StopWords } from '../lexicon/builtin';
import { NameMatcher } from '../lexicon/matcher';
import { splitSentencesSteps, type Span } from '../text/sentences';
import { findEntities } from './entities';
import { inferCompanyNames, InferredMatcher, listMates, mergeInferredNames, type InferredName } from './inferCompanies';
import { runToEnd, type Steps } from '../steps';
import { findQuantities } from './quantities';
import { isBoilerplate } from '../text/boilerplate';
import { StringPool } from '../text/stringPool';
import { isOutletParty } from './outletParties';
import { addEvidence, emptyEvidence, hasDoubtfulNumeral, US_DOLLAR_SIGN } from './numberFormat';

/** Characters recognised between two pauses when the host asks for steps. */
const CHUNK_CHARS = 16_000;
/** Mentions whose strings are shared (see StringPool) between two pauses. */
const INTERNED_PER_STEP = 20_000;
/** Inferred names checked against the lexicon between two pauses. */
const NAMES_PER_STEP = 2000;

export interface Recognition {
  mentions: Mention[];
  sentences: Span[];
}

export class Recognizer {
  private readonly matcher: NameMatcher;
  /** The mentions' texts and canonical forms, kept once for every note this recogniser reads. */
  private readonly strings = new StringPool();

  constructor(readonly lexicon: Lexicon, private readonly stop: StopWords) {
    this.matcher = new NameMatcher(lexicon.entities);
  }

  private isOutletMention(m: Mention): boolean {
    const entity = m.entityId ? this.lexicon.get(m.entityId) : undefined;
    return entity !== undefined && isOutlet(entity);
  }

  recognize(text: string): Recognition {
    return runToEnd(this.recognizeSteps(text));
  }

  /**
   * The same recognition in steps, one slice of the note (about CHUNK_CHARS, cut between sentences) at a
   * time: lexicon names, inferred names and quantities per slice; then the inferred names of the whole note
   * are looked for in every slice, so a start-up named in the first paragraph is found in the last. How the
   * note writes its numbers ("4,5 %" or "1.5 GW") is gathered first when it has a numeral in doubt, so every
   * slice reads "1,500" alike.
   */
  *recognizeSteps(text: string): Steps<Recognition> {
    const sentences = yield* splitSentencesSteps(text);
    const chunks = chunkSpans(text, sentences, CHUNK_CHARS);
    const known: Mention[][] = [];
    const quantities: Mention[] = [];
    const inferredNames = new Map<string, InferredName>();
    const evidence = emptyEvidence();
    evidence.usDollarSign = US_DOLLAR_SIGN.test(text);
    if (hasDoubtfulNumeral(text)) {
      for (const c of chunks) {
        addEvidence(evidence, text.slice(c.start, c.end));
        if (chunks.length > 1) yield;
      }
    }
    // Site furniture, sentence by sentence with the slices they belong to (over a whole megabyte at once it was
    // one step of 200 ms).
    const furniture: Span[] = [];
    let sentence = 0;
    for (const c of chunks) {
      for (; sentence < sentences.length && sentences[sentence]!.end <= c.end; sentence++) {
        const s = sentences[sentence]!;
        if (isBoilerplate(text.slice(s.start, s.end))) furniture.push(s);
      }
      const found = findEntities(text, sentences, this.lexicon, this.matcher, c.start, c.end);
      known.push(found);
      const slice = text.slice(c.start, c.end);
      mergeInferredNames(inferredNames, inferCompanyNames(slice, this.stop, listMates(text, found.filter((m) => m.kind === 'company'), this.stop)));
      for (const q of findQuantities(slice, evidence)) quantities.push({ ...q, start: q.start + c.start, end: q.end + c.start });
      yield;
    }
    // A note may infer tens of thousands of names (a list of unknown companies): they are checked against the
    // lexicon and put in their matcher a share at a time.
    const unknown: InferredName[] = [];
    // The leading words of the companies the lexicon finds in the note: "Bloom" in a note about Bloom Energy, "Cipher"
    // in one about Cipher Mining, is that company by its short name, not a new one.
    // Made when first needed (most notes infer nothing), from each company's name once.
    let knownLeads: Map<string, Mention> | undefined;
    const leadsOfKnown = () => {
      const leads = new Map<string, Mention>();
      const seen = new Set<string>();
      for (const own of known) {
        for (const m of own) {
          if (m.kind !== 'company' || seen.has(m.canonical)) continue;
          seen.add(m.canonical);
          for (let space = m.canonical.indexOf(' '), n = 1; space > 0 && n <= 3; space = m.canonical.indexOf(' ', space + 1), n++) {
            const lead = m.canonical.slice(0, space);
            if (!leads.has(lead)) leads.set(lead, m);
          }
        }
      }
      return leads;
    };
    const asKnown = (m: Mention): Mention => {
      const lead = (knownLeads ??= leadsOfKnown()).get(m.canonical);
      return lead ? { ...m, canonical: lead.canonical, ...(lead.entityId !== undefined ? { entityId: lead.entityId } : {}) } : m;
    };
    let checked = 0;
    for (const n of inferredNames.values()) {
      if (this.lexicon.find(n.name) === undefined) unknown.push(n);
      if (++checked % NAMES_PER_STEP === 0) yield;
    }
    const inferredMatcher = yield* InferredMatcher.buildSteps(unknown);
    const names: Mention[] = [];
    let outletSentence = 0;
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i]!;
      const own = known[i]!;
      const merged = [...own, ...inferredMatcher.find(text, own, c.start, c.end).map(asKnown)].sort((a, b) => a.start - b.start);
      // Outlets stay in `own` until here so that no inferred name is found inside "The Wall Street Journal"; then
      // only those a deal is made with are kept ("un accord avec l'AFP"), not those cited as sources.
      for (const m of merged) {
        if (!this.isOutletMention(m)) {
          names.push(m);
          continue;
        }
        while (outletSentence < sentences.length - 1 && sentences[outletSentence]!.end <= m.start) outletSentence++;
        if (isOutletParty(text, sentences[outletSentence]!, m.start, m.end)) names.push(m);
      }
      yield;
    }
    const kept = furniture.length ? withoutCompaniesIn(names, furniture) : names;
    yield;
    const mentions = mergeSorted(kept, quantities);
    // Names and amounts repeat across notes: each kept once (a step of its own, paused on a note of many).
    for (let i = 0; i < mentions.length; i++) {
      if (i % INTERNED_PER_STEP === 0) yield;
      const m = mentions[i]!;
      m.text = this.strings.intern(m.text);
      m.canonical = this.strings.intern(m.canonical);
    }
    return { mentions, sentences };
  }
}

/** Sentence-aligned slices of about `size` characters. */
function chunkSpans(text: string, sentences: readonly Span[], size: number): Span[] {
  const chunks: Span[] = [];
  let current: Span | undefined;
  // What the chunk's sentences of figures weigh beyond their length.
  let extra = 0;
  for (const s of sentences) {
    const more = figuresWeight(text, s);
    if (current && s.end - current.start + extra + more <= size) {
      current.end = s.end;
      extra += more;
    } else {
      current = { start: s.start, end: s.end };
      chunks.push(current);
      extra = more;
    }
  }
  return chunks;
}

/** How much more than its length a digit weighs in a sentence of figures (see figuresWeight). */
const DIGIT_WEIGHT = 6;

/**
 * What a sentence that is more than a quarter digits weighs beyond its length: a mention every few characters
 * ('%1%1…', a run of dates or numbers) costs several times what prose of its length does, and a slice of 16,000
 * such characters was one step of 140–280 ms. Prose weighs nothing more (its slices are as they were).
 */
function figuresWeight(text: string, s: Span): number {
  let digits = 0;
  for (let i = s.start; i < s.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  return digits * 4 > s.end - s.start ? digits * DIGIT_WEIGHT : 0;
}

/**
 * The names minus the companies inside one of the spans (site furniture). Both lists are sorted by start
 * and the spans do not overlap, so one walk along both does it, however many there are of each.
 */
function withoutCompaniesIn(names: readonly Mention[], spans: readonly Span[]): Mention[] {
  const out: Mention[] = [];
  let k = 0;
  for (const m of names) {
    while (k < spans.length && spans[k]!.end < m.end) k++;
    const inside = k < spans.length && m.start >= spans[k]!.start && m.end <= spans[k]!.end;
    if (m.kind !== 'company' || !inside) out.push(m);
  }
  return out;
}

/** Names and quantities in one list by start; a quantity overlapping a name is dropped. */
function mergeSorted(names: readonly Mention[], quantities: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  let n = 0;
  for (const q of quantities) {
    while (n < names.length && names[n]!.start < q.start) out.push(names[n++]!);
    const prev = out[out.length - 1];
    const overlapsPrev = prev !== undefined && prev.kind !== q.kind && (prev.kind === 'company' || prev.kind === 'chip') && prev.end > q.start;
    const overlapsNext = n < names.length && names[n]!.start < q.end;
    if (!overlapsPrev && !overlapsNext) out.push(q);
  }
  while (n < names.length) out.push(names[n++]!);
  return out;
}
