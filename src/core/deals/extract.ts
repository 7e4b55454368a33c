/**
 * Deals in one note. A sentence reports a deal when a deal word (cue) ties named companies together:
 *   subject … cue … linker object   "Nvidia investira jusqu'à 100 milliards de dollars dans OpenAI"
 *   cue entre A et B                "un partenariat stratégique entre OpenAI et NVIDIA"
 *   A et B … cue                    "AMD and OpenAI announced a partnership"
 *   A (role de B)                   "Microsoft (partenaire cloud d'OpenAI)"
 *   A-B with a cue                  "le duo Google-Meta", "the Nvidia–OpenAI deal"
 *   cue linker B, subject implied   "Après un accord avec CoreWeave, …" (the company the note is about)
 *   the two companies … cue         "Les deux géants ont officialisé un accord …" (the deal just reported)
 * and, failing those, when exactly two companies stand in a sentence with a strong cue. Companies named as
 * rivals, comparisons or examples ("face à Nvidia", "des clients comme Anthropic") are bystanders.
 * The amount, power, chips and date of the sentence are attached to the deal closest to them.
 */
import type { DealKind, DealSource, DealValue, Mention } from '../types';
import type { NoteAnalysis } from '../analyze';
import type { Lexicon } from '../lexicon/lexicon';
import { foldTextSteps } from '../text/chars';
import { MAX_SENTENCE_CHARS, type Span } from '../text/sentences';
import { runToEnd, type Steps } from '../steps';
import { addStoryFacts, toCandidate } from './attributes';
import { namedVenturesSteps } from './ventures';
import { renamesIn, underNewNames } from './renames';
import { shareCandidatePartsSteps } from './shareParts';
import { companyCounts, describeMention, recentBefore, speakerIn, type Focus, type Named } from './focus';
import { anyCueIn, findAllCues, type Cue } from './cueSearch';
import { findRelations } from './relations';
import { countryOfAdjective } from './nationality';
import type { Party } from './relationTypes';
import { DESCRIBED_WINDOW, FOCUS_WINDOW, STORY_WINDOW, LINKER_END, MIN_PARTY_CONFIDENCE, MODIFIER_USE, NATIONAL_SUBJECT, RAISES_MONEY, RAISES_MONEY_WORDS, ROUND_WINDOW, VALUED_AFTER, VALUED_BEFORE, RAISED_FOR_BEFORE, RAISED_FOR_BEFORE_WORDS, RAISED_BY_BEFORE, RAISE_INFINITIVE, BOUGHT_BEFORE, BOUGHT_AFTER, POSTED_ON_BEFORE, EXAMPLE_BEFORE } from './patterns';

export interface DealCandidate {
  parties: string[];
  kind: DealKind;
  value?: DealValue;
  chips: string[];
  powerGw?: number;
  /** A full date written in the sentence itself. */
  sentenceDate?: string;
  /** The note's own date, the fallback. */
  noteDate?: string;
  source: DealSource;
  /** The name of the joint venture or consortium this deal is ("Stargate"): it links the deal across notes. */
  venture?: string;
}

export function extractDeals(note: NoteAnalysis, lexicon: Lexicon): DealCandidate[] {
  return runToEnd(extractDealsSteps(note, lexicon));
}

/** Sentences whose cue words are looked for at once (a block), and their most characters. */
const SENTENCES_PER_STEP = 200;
const BLOCK_CHARS = 32_000;
/**
 * Characters of sentences examined between two pauses when the host asks for steps: one sentence at its longest
 * (MAX_SENTENCE_CHARS). A piece of 1,000 characters full of names and deal words costs a few milliseconds of deal
 * rules, four of them (the bound was 4,000) up to 60-120 ms in one step; a pause costs a generator's resume.
 */
const CHARS_PER_STEP = MAX_SENTENCE_CHARS;

/** `extractDeals` in steps (see steps.ts): a pause every few hundred sentences of a long note. */
export function* extractDealsSteps(note: NoteAnalysis, lexicon: Lexicon): Steps<DealCandidate[]> {
  // Each pass over a whole note (a megabyte, a hundred thousand names) is a step of its own, or several.
  const folded = yield* foldTextSteps(note.text);
  yield;
  const { eligible, noteCounts, platforms } = yield* notePartiesSteps(note.mentions, folded, lexicon);
  // The note's companies, most named first: the same for every sentence, so sorted once.
  const mainCompanies = yield* mostNamedFirstSteps(noteCounts);
  yield;
  // Cue words are looked for one block of sentences at a time, so that a long note pauses in between.
  let blockCues: Cue[] = [];
  let blockEnd = 0;
  let pauseAt = 0;
  const out: DealCandidate[] = [];
  let previous: { parties: string[]; sentenceIndex: number } | undefined;
  // Mentions are sorted by start: cursors walk them along the sentences instead of filtering per sentence.
  let partyCursor = 0;
  let windowCursor = 0;
  let mentionCursor = 0;
  let leadBefore: string | undefined;
  let fundraiser: { name: string; sentenceIndex: number } | undefined;
  // The companies said to be bought so far (see Focus.bought).
  const bought = new Set<string>();
  // The deals of the last few sentences that reported any, oldest first: the sentences after them may go on
  // with their story.
  const stories: { candidates: DealCandidate[]; sentenceIndex: number }[] = [];
  let storyCursor = 0;

  for (let sentenceIndex = 0; sentenceIndex < note.sentences.length; sentenceIndex++) {
    if (sentenceIndex === blockEnd) {
      if (sentenceIndex > 0) yield;
      // A block is SENTENCES_PER_STEP sentences, fewer when they are long (a note whose sentences never end).
      const first = note.sentences[sentenceIndex]!.start;
      blockEnd = sentenceIndex + 1;
      while (blockEnd < note.sentences.length && blockEnd - sentenceIndex < SENTENCES_PER_STEP && note.sentences[blockEnd]!.end - first <= BLOCK_CHARS) blockEnd++;
      blockCues = eligible.length ? findAllCues(folded, first, note.sentences[blockEnd - 1]!.end) : [];
      pauseAt = first + CHARS_PER_STEP;
    } else if (note.sentences[sentenceIndex]!.start >= pauseAt) {
      // Within a block, a pause every CHARS_PER_STEP characters: a block of long sentences full of names is slow.
      yield;
      pauseAt = note.sentences[sentenceIndex]!.start + CHARS_PER_STEP;
    }
    const sentence = note.sentences[sentenceIndex]!;
    // A sentence that reports no other deal may go on with the story of the last one.
    const goOnWithStory = () => {
      dropOldStories(stories, sentenceIndex);
      if (stories.length) storyCursor = addStoryFacts(folded, note.mentions, storyCursor, sentence, stories.map((st) => st.candidates), lexicon);
    };
    while (partyCursor < eligible.length && eligible[partyCursor]!.start < sentence.start) partyCursor++;
    const parties: Party[] = [];
    for (let i = partyCursor; i < eligible.length && eligible[i]!.start < sentence.end; i++) {
      if (eligible[i]!.end <= sentence.end) parties.push({ mention: eligible[i]!, name: eligible[i]!.canonical });
    }
    // The company this passage says raises money: named here or in the last few sentences.
    // The company said to raise money, or to be valued (what a round does), here.
    // Not a company named as an object ("backed by Nvidia and raised …": the subject raised).
    // Not a company given as an example ("a startup drawing attention from players like Meta, xAI and Adobe, is on
    // track to raise": the startup raises).
    // (A pattern none of whose words the sentence holds is not tried after every company.)
    const sentenceText = parties.length ? folded.slice(sentence.start, sentence.end) : '';
    const mayRaise = parties.length > 0 && RAISES_MONEY_WORDS.test(sentenceText);
    const mayBeRaisedFor = parties.length > 0 && RAISED_FOR_BEFORE_WORDS.test(sentenceText);
    const raising = parties.find((p) => mayRaise && RAISES_MONEY.test(folded.slice(p.mention.end, Math.min(sentence.end, p.mention.end + 140)))
      && !EXAMPLE_BEFORE.test(folded.slice(Math.max(sentence.start, p.mention.start - 16), p.mention.start))
      && (!LINKER_END.test(folded.slice(Math.max(sentence.start, p.mention.start - 20), p.mention.start))
        // "permettre à la start-up Mistral AI de lever 600 millions", "allowing Mistral to raise": the infinitive's subject.
        || RAISE_INFINITIVE.test(folded.slice(p.mention.end, Math.min(sentence.end, p.mention.end + 20)))))
      ?? parties.find((p) => (mayBeRaisedFor && RAISED_FOR_BEFORE.test(folded.slice(Math.max(sentence.start, p.mention.start - 200), p.mention.start)))
        || RAISED_BY_BEFORE.test(folded.slice(Math.max(sentence.start, p.mention.start - 80), p.mention.start)))
      ?? parties.find((p) => VALUED_BEFORE.test(folded.slice(Math.max(sentence.start, p.mention.start - 20), p.mention.start)) || VALUED_AFTER.test(folded.slice(p.mention.end, Math.min(sentence.end, p.mention.end + 120))));
    for (const p of parties) {
      if (BOUGHT_BEFORE.test(folded.slice(Math.max(sentence.start, p.mention.start - 60), p.mention.start))
        || BOUGHT_AFTER.test(folded.slice(p.mention.end, Math.min(sentence.end, p.mention.end + 40)))
        || NAMED_A_PURCHASE_AFTER.test(folded.slice(p.mention.end, Math.min(sentence.end, p.mention.end + 60)))) bought.add(p.name);
    }
    if (raising) fundraiser = { name: raising.name, sentenceIndex };
    else if (fundraiser && sentenceIndex - fundraiser.sentenceIndex > ROUND_WINDOW) fundraiser = undefined;
    const recent = previous && sentenceIndex - previous.sentenceIndex <= 3 ? previous.parties : undefined;
    // "Le groupe japonais investit également …", "The Japanese group …": a sentence whose subject is a company
    // described by its country stands for the company of that country just named; the next sentences go on about it.
    if (!parties.length) {
      const described = NATIONAL_SUBJECT.exec(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
      const country = described ? countryOfAdjective(described[1] ?? described[2]!) : undefined;
      const who = country ? recentBefore(eligible, partyCursor - 1, sentence.start, note.sentences[Math.max(0, sentenceIndex - DESCRIBED_WINDOW)]!.start, lexicon).filter((r) => r.country === country) : [];
      if (who.length && who.every((r) => r.name === who[0]!.name)) leadBefore = who[0]!.name;
    }
    // A sentence without a company can still add to the deal just reported ("The contract … 4.5 GW").
    if (!parties.length && !recent) {
      goOnWithStory();
      continue;
    }
    // The company this passage is about, for deals whose subject is implied: named in this sentence or the
    // few before it (not anywhere in a long note that covers several stories).
    const focus = (): Focus => {
      const windowStart = note.sentences[Math.max(0, sentenceIndex - FOCUS_WINDOW)]!.start;
      while (windowCursor < eligible.length && eligible[windowCursor]!.start < windowStart) windowCursor++;
      return new SentenceFocus({
        note, folded, sentence, parties, eligible, noteCounts, lexicon, out, bought,
        main: mainCompanies,
        windowFrom: windowCursor,
        leadBefore,
        recentFrom: partyCursor - 1,
        recentSince: note.sentences[Math.max(0, sentenceIndex - DESCRIBED_WINDOW)]!.start,
        fundraiser: fundraiser?.name,
      });
    };
    // The deal rules read only the sentences that hold a cue word; the others do not even build the focus.
    const relations = anyCueIn(blockCues, sentence) ? findRelations(folded, sentence, blockCues, parties, focus(), recent) : [];
    // "OpenAI CEO Sam Altman said … The company also has deals with Nvidia": the first company a sentence
    // names outside a prepositional phrase is the one the next sentences go on about.
    const around = (p: Party) => folded.slice(Math.max(sentence.start, p.mention.start - 12), Math.min(sentence.end, p.mention.end + 20)).replace(p.mention.text, '\uE000');
    const subjectLike = parties.find((p) => !LINKER_END.test(folded.slice(Math.max(sentence.start, p.mention.start - 30), p.mention.start)) && !MODIFIER_USE.test(around(p)));
    // Else a possessor: "It has been a busy month for Nvidia's checkbook."
    const possessor = subjectLike ?? parties.find((p) => /\uE000's\s/u.test(around(p)));
    if (possessor) leadBefore = possessor.name;
    if (!relations.length) {
      goOnWithStory();
      continue;
    }
    while (mentionCursor < note.mentions.length && note.mentions[mentionCursor]!.start < sentence.start) mentionCursor++;
    const inSentence: Mention[] = [];
    for (let i = mentionCursor; i < note.mentions.length && note.mentions[i]!.start < sentence.end; i++) {
      if (note.mentions[i]!.end <= sentence.end) inSentence.push(note.mentions[i]!);
    }
    const text = note.text.slice(sentence.start, sentence.end);
    const candidates = relations.map((r, i) => toCandidate(note, folded, sentence, text, r, relations, i, inSentence)).filter((c) => platformMayTakePart(c, platforms));
    if (!candidates.length) {
      goOnWithStory();
      continue;
    }
    out.push(...candidates);
    previous = { parties: relations[relations.length - 1]!.parties, sentenceIndex };
    // Dropped here too: in a note where every sentence reports a deal, they were only dropped at its end, one at a
    // time from the front of a list of tens of thousands (a step of 0.2 s).
    dropOldStories(stories, sentenceIndex);
    stories.push({ candidates, sentenceIndex });
  }
  // The named ventures read the whole note again, and a note may hold tens of thousands of candidates to share.
  yield;
  const shared = yield* shareCandidatePartsSteps(yield* namedVenturesSteps(note, folded, eligible, out));
  // "SiQuance change de nom pour devenir Quobly": the note's deals under the company's new name.
  return underNewNames(shared, renamesIn(folded, eligible));
}

/**
 * The focus of one sentence (see Focus). Its counts, lead and recent companies are made when first read: most
 * sentences read few of them, and they read only what stays fixed while the sentence is examined.
 */
class SentenceFocus implements Focus {
  readonly main: string[];
  readonly fundraiser?: string;
  readonly bought: ReadonlySet<string>;
  private countsMade: Map<string, number> | undefined;
  private leadMade = false;
  private leadName: string | undefined;
  private recentMade: Named[] | undefined;

  constructor(private readonly at: {
    note: NoteAnalysis; folded: string; sentence: Span; parties: readonly Party[]; eligible: readonly Mention[];
    noteCounts: ReadonlyMap<string, number>; lexicon: Lexicon; out: readonly DealCandidate[]; bought: ReadonlySet<string>;
    main: string[]; windowFrom: number; leadBefore: string | undefined; recentFrom: number; recentSince: number; fundraiser: string | undefined;
  }) {
    this.main = at.main;
    if (at.fundraiser !== undefined) this.fundraiser = at.fundraiser;
    this.bought = at.bought;
  }

  /** The companies of this sentence and the few before it, weighted first, then the note's counts. */
  get counts(): Map<string, number> {
    if (!this.countsMade) {
      const { eligible, sentence, noteCounts, windowFrom } = this.at;
      const inWindow: Mention[] = [];
      for (let i = windowFrom; i < eligible.length && eligible[i]!.end <= sentence.end; i++) inWindow.push(eligible[i]!);
      const local = companyCounts(inWindow);
      this.countsMade = new Map([...local].map(([name, n]) => [name, n * 1000 + (noteCounts.get(name) ?? 0)]));
    }
    return this.countsMade;
  }

  get lead(): string | undefined {
    if (!this.leadMade) {
      this.leadName = speakerIn(this.at.folded, this.at.sentence, this.at.parties) ?? this.at.leadBefore;
      this.leadMade = true;
    }
    return this.leadName;
  }

  get recent(): Named[] {
    const { eligible, recentFrom, sentence, recentSince, lexicon } = this.at;
    return (this.recentMade ??= recentBefore(eligible, recentFrom, sentence.start, recentSince, lexicon));
  }

  describe(m: Mention): Named {
    return describeMention(m, this.at.lexicon);
  }

  partnerOf(name: string): string | undefined {
    return latestPartner(this.at.out, name);
  }
}

/** After a company, words that call it a purchase: "Altium is the third multi-billion purchase for Renesas", "est le plus gros rachat de". */
const NAMED_A_PURCHASE_AFTER = /^\s+(?:is|was|est|était|marks|marque)\s+(?:the|its|la|le|l'|sa|son)\s*(?:\S+\s+){0,3}?(?:purchase|acquisition|rachat|achat)(?![\p{L}])/iu;

/** Mentions read between two pauses of notePartiesSteps (a note may name a hundred thousand companies). */
const MENTIONS_PER_STEP = 5000;

/**
 * The note's possible deal parties, how often each is named, and the platforms among them named by a letter or two
 * ("X"), which take part only in the deals PLATFORM_KINDS lists.
 */
function* notePartiesSteps(mentions: readonly Mention[], folded: string, lexicon: Lexicon): Steps<{ eligible: Mention[]; noteCounts: Map<string, number>; platforms: Set<string> }> {
  const eligible: Mention[] = [];
  const noteCounts = new Map<string, number>();
  const platforms = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    if (i % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
    const m = mentions[i]!;
    if (!isEligibleParty(m, lexicon)) continue;
    const platform = isPlatform(m, lexicon);
    // "a déclaré jeudi sur X", "said in a post on X": a platform named as the place something was posted is no party.
    if (platform && POSTED_ON_BEFORE.test(folded.slice(Math.max(0, m.start - 40), m.start))) continue;
    eligible.push(m);
    noteCounts.set(m.canonical, (noteCounts.get(m.canonical) ?? 0) + 1);
    // "X's Grok chatbot", "xAI, which develops X's Grok": a one-letter name is a party only when bought or invested
    // in; "Google et Reddit ont conclu un accord", "Twitter signed a deal with …" are deals like any other.
    if (platform && m.end - m.start <= 2) platforms.add(m.canonical);
  }
  return { eligible, noteCounts, platforms };
}

/**
 * The names of `counts`, most counted first, ties in the order of `counts`: what a stable sort by count gives,
 * in steps and in linear time (names are put in one list per count, and there are few distinct counts).
 */
function* mostNamedFirstSteps(counts: ReadonlyMap<string, number>): Steps<string[]> {
  const byCount = new Map<number, string[]>();
  let n = 0;
  for (const [name, count] of counts) {
    const names = byCount.get(count);
    if (names) names.push(name);
    else byCount.set(count, [name]);
    if (++n % MENTIONS_PER_STEP === 0) yield;
  }
  const out: string[] = [];
  for (const count of [...byCount.keys()].sort((a, b) => b - a)) {
    for (const name of byCount.get(count)!) {
      out.push(name);
      if (out.length % MENTIONS_PER_STEP === 0) yield;
    }
  }
  return out;
}

/** Drops the stories too far back for the sentence at `sentenceIndex` (and so for every later one) to go on with. */
function dropOldStories(stories: { sentenceIndex: number }[], sentenceIndex: number): void {
  while (stories.length && sentenceIndex - stories[0]!.sentenceIndex > STORY_WINDOW) stories.shift();
}

/** The other party of the latest two-party candidate with `name` among `earlier`. */
function latestPartner(earlier: readonly DealCandidate[], name: string): string | undefined {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const ps = earlier[i]!.parties;
    if (ps.length === 2 && ps.includes(name)) return ps[0] === name ? ps[1] : ps[0];
  }
  return undefined;
}

/** Kinds of deal in which a platform named by a letter or two ("X") can be a party: it is what is bought or invested in. */
const PLATFORM_KINDS: ReadonlySet<DealKind> = new Set(['acquisition', 'investment', 'stake']);

function platformMayTakePart(c: DealCandidate, platforms: ReadonlySet<string>): boolean {
  return PLATFORM_KINDS.has(c.kind) || !c.parties.some((p) => platforms.has(p));
}

function isPlatform(m: Mention, lexicon: Lexicon): boolean {
  const entity = m.entityId ? lexicon.get(m.entityId) : undefined;
  return entity !== undefined && lexicon.isPlatform(entity);
}

function isEligibleParty(m: Mention, lexicon: Lexicon): boolean {
  if (m.kind !== 'company') return false;
  if ((m.confidence ?? 1) < MIN_PARTY_CONFIDENCE) return false;
  // An outlet reaches here only where a deal is made with it (recognize/outletParties.ts).
  const entity = m.entityId ? lexicon.get(m.entityId) : undefined;
  return entity ? entity.kind === 'company' : true;
}
