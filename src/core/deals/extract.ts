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
import type { CompanyCategory, DealKind, DealSource, DealValue, Mention } from '../types';
import type { NoteAnalysis } from '../analyze';
import type { Lexicon } from '../lexicon/lexicon';
import { foldText, looseKey } from '../text/chars';
import type { Span } from '../text/sentences';
import { runToEnd, type Steps } from '../steps';
import { ANAPHORA, BYSTANDER_BEFORE, CUES, LINKERS, NEGATED, NOT_DEAL_VALUE_BEFORE, type CueDef } from './cues';

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
}

interface Cue {
  start: number;
  end: number;
  def: CueDef;
}

interface Party {
  mention: Mention;
  name: string;
}

interface Relation {
  parties: string[];
  start: number;
  end: number;
  cue: Cue;
  kind?: DealKind;
  /** The i-th of several companies on one side: with "respectively", it gets the i-th amount. */
  ordinal?: number;
  /** Start of the object group, when the relation has one ("rachète Intel": where "Intel" starts). */
  objectStart?: number;
}

/** Inferred companies below this confidence are highlighted but not taken as deal parties. */
const MIN_PARTY_CONFIDENCE = 0.6;
const MAX_SUBJECT_GAP = 14;
const MAX_OBJECT_GAP = 10;
/** How many sentences back the implied subject of a deal may have been named. */
const FOCUS_WINDOW = 4;

const CUE_RES = CUES.map((def) => ({ def, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${def.pattern})(?![\\p{L}\\p{N}])`, 'giu') }));
const LINKER_END = new RegExp(`(?:^|[\\s(«"])(?:${LINKERS})\\s*$|d'\\s*$|l'\\s*$`, 'iu');
/** Before an object, a linker may carry a short description: "avec le néocloud CoreWeave", "du spécialiste des serveurs ZT Systems". */
const OBJECT_LINKED = new RegExp(`(?:^|[\\s(«"])(?:${LINKERS}|d'|l')\\s*(?:(?:le|la|les|l'|the|a|an|un|une|son|sa|ses|its|their|leur|leurs)\\s+)?(?:\\p{Ll}[\\p{Ll}\\p{Pd}']*\\s+){0,3}$`, 'iu');
const BYSTANDER_END = new RegExp(`(?<![\\p{L}])(?:${BYSTANDER_BEFORE.join('|')})(?:\\s*|\\s+(?:(?!avec|with|entre|between)\\S+\\s+){1,2})$`, 'iu');
const GROUP_JOIN = /^\s*(?:,|et|and|&|ainsi que|as well as|, et|, and|-|–|\/)\s*(?:the|le|la|les|l')?\s*$/iu;
const HYPHEN_PAIR = /^\s*(?:[-–/×]|\s[xX]\s)\s*$/u;
const BETWEEN_AFTER = /^\s*(?:\S+\s+){0,3}?(?:entre|between)\s*$/iu;
const CLAUSE_BREAK = /[;!?]|:\s|\s[—–]\s/u;
/** Two clauses set against each other: what one says is not about the other. */
const CONTRAST = /(?<![\p{L}])(?:while|whereas|but|however|meanwhile|tandis que|alors que|mais|cependant|pendant que|quant à)(?![\p{L}])/iu;
/** "the Intel announcement", "Enfabrica CEO", "Intel shares": a company used to describe something else. */
const COPULA = /(?<![\p{L}])(?:is|was|remains|remained|becomes|became|stays|est|était|reste|demeure|devient|devenu)\s+(?:\S+\s+){0,2}$/iu;
const NOUN_MODIFIER = /(?:^|\s)(?:the|a|an|this|that)\s+\uE000\s+\p{Ll}|\p{Ll}\s+\uE000\s+(?:CEO|chief|PDG|président|founder|fondateur|co-founder|cofondateur|spokes\p{L}*|porte-parole)|\uE000\s+(?:shares|stock|action|titre)/u;
/** A company describing something else, or owning it: not who the next sentences are about. */
const MODIFIER_USE = new RegExp(`${NOUN_MODIFIER.source}|\\uE000's\\s`, 'u');
/** A sentence that opens on its topic: "Pour OpenAI, …", "For Microsoft, …". */
const TOPIC_BEFORE = /^\s*(?:pour|for|quant à|as for)\s*$/iu;
/** A sentence that opens on a participial clause: "Après avoir dépensé …, Meta …". */
const FRONTED = /^\s*(?:après avoir|après|avant de|en|after|having|before)\s/iu;
/** A linker and a description standing for a company: "dans le fondeur", "into the startup", "to the ChatGPT maker". */
const DESCRIBED_OBJECT = /(?:^|\s)(?:dans|à|au|avec|auprès de|in|into|with|to|from)\s+(?:le|la|l'|the)\s*(?:fondeur|groupe|société|entreprise|start-up|startup|jeune pousse|fabricant|concepteur|laboratoire|géant|company|firm|group|chipmaker|lab|giant|maker|\S+ maker|créateur de \S+|développeur de \S+)(?![\p{L}])/iu;
const CHIP_WORDS = /fondeur|chipmaker|fabricant|concepteur/iu;
const CHIP_CATEGORIES: ReadonlySet<CompanyCategory> = new Set(['chipmaker', 'foundry']);
const LAB_WORDS = /start-?up|jeune pousse|laboratoire|lab\b|maker|créateur|développeur/iu;
const LAB_CATEGORIES: ReadonlySet<CompanyCategory> = new Set(['ai-lab']);
/** How many sentences back a description ("le fondeur") may point. */
const DESCRIBED_WINDOW = 10;
const AMONG_ITS = /^\s*(?:\S+\s+){0,2}(?:parmi ses|among its)\s+(?:\S+\s+)?$/iu;
const INVESTOR_ROLE = /^(?:investors?|investisseurs?|backers?|actionnaires?|shareholders?)$/iu;
/** A pronoun or a generic noun standing for the company just named, right before a verb. */
const PRONOUN_SUBJECT = /(?<![\p{L}])(?:it|they|il|elle|ils|elles|the company|the group|the firm|the startup|l'entreprise|le groupe|la société|la start-up|la firme)(?:\s+\S+){0,6}\s*$/iu;
const CLAUSE_SEPARATOR = new RegExp(`;|${CONTRAST.source}`, 'giu');
const NEGATED_ALL = new RegExp(NEGATED.source, 'giu');
/** Words one of which every negation contains: the negation pattern only runs on sentences that have one. */
const NEGATION_HINTS = ['pas', 'jamais', 'not', "n't", 'never', 'dément', 'denie', 'deny', 'renon', 'abandon', 'off', 'scrap', 'plutôt', 'au lieu',
  'rather', 'instead', 'succès', 'vain', 'without', 'unsuccess', 'failed', 'échoué', 'rejet', 'refus', 'reject', 'declin', 'turned down',
  'tenté', 'tried', 'attempted', 'sought'];
const DEAL_VALUED = /(?:deal|transaction|acquisition|offer|accord|opération|contrat|offre|rachat)\s+(?:\S+\s+){0,2}(?:valued at|worth|valorisée? à|d'une valeur de)\s*(?:\S+\s+){0,2}$/iu;
const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivement)(?![\p{L}])/iu;
/** "two of OpenAI's closest partners": a company whose partners or customers are spoken of is not a party. */
const OWNER_OF_MANY = /^'s\s+(?:\S+\s+){0,2}(?:partners|customers|clients|rivals|competitors|suppliers|investors|backers|shareholders)(?![\p{L}])/iu;
/** "Nvidia-backed", "Google-owned": a company used as a modifier is not a party. */
const MODIFIER_AFTER = /^-\p{Ll}/u;
const STAKE_WORDS = /(?<![\p{L}])(?:stakes?|participations?|capital|equity|actionnaire|shareholder)(?![\p{L}])/iu;

export function extractDeals(note: NoteAnalysis, lexicon: Lexicon): DealCandidate[] {
  return runToEnd(extractDealsSteps(note, lexicon));
}

/** Sentences examined between two pauses when the host asks for steps. */
const SENTENCES_PER_STEP = 200;

/** `extractDeals` in steps (see steps.ts): a pause every few hundred sentences of a long note. */
export function* extractDealsSteps(note: NoteAnalysis, lexicon: Lexicon): Steps<DealCandidate[]> {
  const folded = foldText(note.text);
  const eligible = note.mentions.filter((m) => isEligibleParty(m, lexicon));
  const noteCounts = companyCounts(eligible);
  // Cue words are looked for one block of sentences at a time, so that a long note pauses in between.
  let blockCues: Cue[] = [];
  const out: DealCandidate[] = [];
  let previous: { parties: string[]; sentenceIndex: number } | undefined;
  // Mentions are sorted by start: cursors walk them along the sentences instead of filtering per sentence.
  let partyCursor = 0;
  let windowCursor = 0;
  let mentionCursor = 0;
  let leadBefore: string | undefined;

  for (let sentenceIndex = 0; sentenceIndex < note.sentences.length; sentenceIndex++) {
    if (sentenceIndex % SENTENCES_PER_STEP === 0) {
      if (sentenceIndex > 0) yield;
      const last = note.sentences[Math.min(note.sentences.length, sentenceIndex + SENTENCES_PER_STEP) - 1]!;
      blockCues = eligible.length ? findAllCues(folded, note.sentences[sentenceIndex]!.start, last.end) : [];
    }
    const sentence = note.sentences[sentenceIndex]!;
    while (partyCursor < eligible.length && eligible[partyCursor]!.start < sentence.start) partyCursor++;
    const parties: Party[] = [];
    for (let i = partyCursor; i < eligible.length && eligible[i]!.start < sentence.end; i++) {
      if (eligible[i]!.end <= sentence.end) parties.push({ mention: eligible[i]!, name: eligible[i]!.canonical });
    }
    const recent = previous && sentenceIndex - previous.sentenceIndex <= 3 ? previous.parties : undefined;
    // A sentence without a company can still add to the deal just reported ("The contract … 4.5 GW").
    if (!parties.length && !recent) continue;
    // The company this passage is about, for deals whose subject is implied: named in this sentence or the
    // few before it (not anywhere in a long note that covers several stories).
    const windowStart = note.sentences[Math.max(0, sentenceIndex - FOCUS_WINDOW)]!.start;
    while (windowCursor < eligible.length && eligible[windowCursor]!.start < windowStart) windowCursor++;
    const inWindow: Mention[] = [];
    for (let i = windowCursor; i < eligible.length && eligible[i]!.end <= sentence.end; i++) inWindow.push(eligible[i]!);
    const local = companyCounts(inWindow);
    const focus: Focus = {
      counts: new Map([...local].map(([name, n]) => [name, n * 1000 + (noteCounts.get(name) ?? 0)])),
      main: [...noteCounts].sort((a, b) => b[1] - a[1]).map(([name]) => name),
      lead: leadBefore,
      categoryOf: (m) => (m.entityId ? lexicon.get(m.entityId)?.category : undefined),
      recent: recentBefore(eligible, partyCursor - 1, sentence.start, note.sentences[Math.max(0, sentenceIndex - DESCRIBED_WINDOW)]!.start, lexicon),
    };
    const relations = findRelations(folded, sentence, blockCues, parties, focus, recent);
    // "OpenAI CEO Sam Altman said … The company also has deals with Nvidia": the first company a sentence
    // names outside a prepositional phrase is the one the next sentences go on about.
    const around = (p: Party) => folded.slice(Math.max(sentence.start, p.mention.start - 12), Math.min(sentence.end, p.mention.end + 20)).replace(p.mention.text, '\uE000');
    const subjectLike = parties.find((p) => !LINKER_END.test(folded.slice(Math.max(sentence.start, p.mention.start - 30), p.mention.start)) && !MODIFIER_USE.test(around(p)));
    // Else a possessor: "It has been a busy month for Nvidia's checkbook."
    const possessor = subjectLike ?? parties.find((p) => /\uE000's\s/u.test(around(p)));
    if (possessor) leadBefore = possessor.name;
    if (!relations.length) continue;
    while (mentionCursor < note.mentions.length && note.mentions[mentionCursor]!.start < sentence.start) mentionCursor++;
    const inSentence: Mention[] = [];
    for (let i = mentionCursor; i < note.mentions.length && note.mentions[i]!.start < sentence.end; i++) {
      if (note.mentions[i]!.end <= sentence.end) inSentence.push(note.mentions[i]!);
    }
    const text = note.text.slice(sentence.start, sentence.end);
    relations.forEach((r, i) => {
      out.push(toCandidate(note, folded, sentence, text, r, relations, i, inSentence));
      previous = { parties: r.parties, sentenceIndex };
    });
  }
  return out;
}

function isEligibleParty(m: Mention, lexicon: Lexicon): boolean {
  if (m.kind !== 'company') return false;
  if ((m.confidence ?? 1) < MIN_PARTY_CONFIDENCE) return false;
  const entity = m.entityId ? lexicon.get(m.entityId) : undefined;
  return entity ? lexicon.canBeDealParty(entity) : true;
}

/** How often each company is named in the note: the most named one is what the note is about. */
function companyCounts(parties: readonly Mention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of parties) counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  return counts;
}

/** Who an implied subject may be: the company the previous sentence opened with, else the passage's most named. */
interface Focus {
  counts: Map<string, number>;
  lead: string | undefined;
  /** The note's companies, most named first: what "le groupe", "the company" stand for. */
  main: string[];
  /** Companies named in the sentences just before, most recent first, with what the lexicon says they are. */
  recent: { name: string; category?: CompanyCategory }[];
  /** What the lexicon says a company is. */
  categoryOf(m: Mention): CompanyCategory | undefined;
}

/** Companies named in [from, before), most recent first, each once; the walk back starts at index `startAt`. */
function recentBefore(eligible: readonly Mention[], startAt: number, before: number, from: number, lexicon: Lexicon): { name: string; category?: CompanyCategory }[] {
  const seen = new Set<string>();
  const out: { name: string; category?: CompanyCategory }[] = [];
  for (let i = Math.min(startAt, eligible.length - 1); i >= 0; i--) {
    const m = eligible[i]!;
    if (m.end > before) continue;
    if (m.start < from) break;
    if (seen.has(m.canonical)) continue;
    seen.add(m.canonical);
    const category = m.entityId ? lexicon.get(m.entityId)?.category : undefined;
    out.push(category ? { name: m.canonical, category } : { name: m.canonical });
  }
  return out;
}

/** The implied subject of a deal: not one of its objects. */
function pickFocus(focus: Focus, exclude: readonly string[]): string | undefined {
  if (focus.lead && !exclude.includes(focus.lead)) return focus.lead;
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

/** Every cue of [from, to), each pattern run once over that stretch; sentences then take their share. */
function findAllCues(folded: string, from: number, to: number): Cue[] {
  const found: Cue[] = [];
  const stretch = folded.slice(from, to);
  for (const { def, re } of CUE_RES) {
    re.lastIndex = 0;
    for (const m of stretch.matchAll(re)) found.push({ start: from + m.index, end: from + m.index + m[0].length, def });
  }
  return found.sort((a, b) => a.start - b.start);
}

function cuesIn(all: readonly Cue[], sentence: Span): Cue[] {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const found: Cue[] = [];
  for (let i = lo; i < all.length && all[i]!.start < sentence.end; i++) if (all[i]!.end <= sentence.end) found.push(all[i]!);
  // Longest first, then drop cues inside a longer one.
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Cue[] = [];
  for (const c of found) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Coordinated parties: "Microsoft, Oracle et SoftBank" is one group. */
function groupParties(folded: string, parties: readonly Party[]): Party[][] {
  const groups: Party[][] = [];
  let closed = false;
  for (const p of parties) {
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const join = prev ? folded.slice(prev.mention.end, p.mention.start) : '';
    // After "… et SoftBank" the enumeration is over: "Oracle et SoftBank, OpenAI se tourne …".
    const comma = /^\s*,\s*$/.test(join);
    if (last && prev && GROUP_JOIN.test(join) && !(comma && closed)) {
      last.push(p);
      if (!comma) closed = true;
    } else {
      groups.push([p]);
      closed = false;
    }
  }
  return groups;
}

const words = (s: string) => (s.match(/[^\s]+/gu) ?? []).length;
const names = (g: readonly Party[]) => [...new Set(g.map((p) => p.name))];

function parenRanges(folded: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let open = -1;
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = folded[i];
    if (ch === '(' || ch === '[') open = i;
    else if ((ch === ')' || ch === ']') && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

function findRelations(folded: string, sentence: Span, allCues: readonly Cue[], parties: readonly Party[], focus: Focus, recent: string[] | undefined): Relation[] {
  const candidates = cuesIn(allCues, sentence);
  if (!candidates.length) return [];
  // Negations of the sentence, found once: a cue with one in the 40 characters before it is negated.
  const sentenceText = folded.slice(sentence.start, sentence.end);
  const lower = sentenceText.toLowerCase();
  const negations = NEGATION_HINTS.some((h) => lower.includes(h))
    ? [...sentenceText.matchAll(NEGATED_ALL)].map((m) => sentence.start + m.index + m[0].length)
    : [];
  const cues = negations.length ? candidates.filter((c) => !negations.some((end) => end <= c.start && end > c.start - 40)) : candidates;
  if (!cues.length) return [];
  const before = (pos: number) => folded.slice(Math.max(sentence.start, pos - 60), pos);
  const groups = groupParties(folded, parties.filter((p) => !MODIFIER_AFTER.test(folded.slice(p.mention.end, p.mention.end + 2))
    && !OWNER_OF_MANY.test(folded.slice(p.mention.end, p.mention.end + 40))))
    .filter((g) => !BYSTANDER_END.test(before(g[0]!.mention.start)));
  const bystanders = parties.length - groups.reduce((n, g) => n + g.length, 0);
  const kindOf = (r: Relation) => relationKind(folded, r, cues);
  const parens = parenRanges(folded, sentence);
  const inParen = (pos: number) => parens.find((p) => pos > p.start && pos < p.end);
  const visibleFrom = (cuePos: number) => (g: Party[]) => {
    const pg = inParen(g[0]!.mention.start);
    return !pg || (cuePos > pg.start && cuePos < pg.end);
  };
  const gapText = (a: number, b: number) => {
    let s = folded.slice(a, b);
    for (const p of parens) if (p.start >= a && p.end <= b) s = s.replace(folded.slice(p.start, p.end), ' ');
    return s;
  };
  const relations: Relation[] = [];
  const add = (ps: string[], start: number, end: number, cue: Cue, objectStart?: number, ordinal?: number) => {
    const unique = [...new Set(ps)];
    if (unique.length < 2) return;
    const key = unique.map(looseKey).sort().join('+');
    const same = relations.find((r) => r.parties.map(looseKey).sort().join('+') === key);
    if (same) {
      same.start = Math.min(same.start, start);
      same.end = Math.max(same.end, end);
    } else relations.push({ parties: unique, start, end, cue, ...(objectStart !== undefined ? { objectStart } : {}), ...(ordinal !== undefined ? { ordinal } : {}) });
  };

  for (const cue of cues) {
    const visible = groups.filter(visibleFrom(cue.start));
    // cue entre A et B / between A and B
    const after = visible.filter((g) => g[0]!.mention.start >= cue.end);
    const firstAfter = after[0];
    if (firstAfter && firstAfter.length >= 2 && BETWEEN_AFTER.test(folded.slice(cue.end, firstAfter[0]!.mention.start))) {
      add(names(firstAfter), cue.start, firstAfter[firstAfter.length - 1]!.mention.end, cue);
      continue;
    }
    // subject: the nearest group before the cue in the same clause that no linker introduces; a linked
    // group between it and the cue is the object ("AMD accorde à OpenAI des bons de souscription").
    let subject: string[] | undefined;
    let subjectGroup: Party[] | undefined;
    let linkedBetween: Party[] | undefined;
    let possessorBetween: Party[] | undefined;
    let subjectStart = cue.start;
    for (const g of [...visible].reverse()) {
      if (g[g.length - 1]!.mention.end > cue.start) continue;
      const gap = gapText(g[g.length - 1]!.mention.end, cue.start);
      if (CLAUSE_BREAK.test(gap) || words(gap) > MAX_SUBJECT_GAP) break;
      const lead = before(g[0]!.mention.start);
      // "Amazon remains Anthropic's primary cloud provider" (a role after a copula): the possessor is the other side.
      const possessor = cue.def.role === 'role' && /^'s\b/u.test(folded.slice(g[g.length - 1]!.mention.end, g[g.length - 1]!.mention.end + 3))
        && COPULA.test(folded.slice(sentence.start, g[0]!.mention.start));
      const g0 = g[0]!.mention;
      // "before the Intel announcement, the company spent …": a company describing a noun is no subject.
      if (g.length === 1 && NOUN_MODIFIER.test(folded.slice(Math.max(sentence.start, g0.start - 12), Math.min(sentence.end, g0.end + 20)).replace(g0.text, '\uE000'))) continue;
      if (possessor) {
        possessorBetween ??= g;
        continue;
      }
      // "Amazon remains Anthropic's partner, having invested …": a possessor far from the cue is not its subject
      // ("Nvidia's investment in OpenAI" keeps Nvidia: the cue follows the possessive).
      const afterGroup = folded.slice(g[g.length - 1]!.mention.end, cue.start);
      if (/^'s\b/u.test(afterGroup) && words(afterGroup) > 3) {
        linkedBetween ??= g;
        continue;
      }
      if (LINKER_END.test(lead) && !/(?:^|\s)(?:entre|between)\s*$/iu.test(lead)) {
        linkedBetween ??= g;
        continue;
      }
      subject = names(g);
      subjectGroup = g;
      subjectStart = g[0]!.mention.start;
      break;
    }
    // "Les deux géants ont officialisé un accord …", "The contract will require 4.5 GW": the deal just
    // reported, when the sentence names no other company.
    // "Pour OpenAI, l'accord …": a company set as the sentence's topic is its subject.
    if (!subject) {
      const topic = visible.find((g) => g[g.length - 1]!.mention.end <= cue.start && TOPIC_BEFORE.test(folded.slice(sentence.start, g[0]!.mention.start)));
      if (topic) {
        subject = names(topic);
        subjectStart = topic[0]!.mention.start;
        if (linkedBetween === topic) linkedBetween = undefined;
      }
    }
    // "Après avoir dépensé … pour s'offrir 49 % de Scale AI, Meta …": a fronted clause's subject follows its comma.
    if (!subject && FRONTED.test(folded.slice(sentence.start, cue.start))) {
      const comma = folded.indexOf(',', cue.end);
      const after = comma >= 0 && comma < sentence.end ? visible.find((g) => g[0]!.mention.start > comma && words(folded.slice(comma, g[0]!.mention.start)) <= 2) : undefined;
      if (after) {
        subject = names(after);
        subjectStart = cue.start;
      }
    }
    if (!subject && recent && parties.every((p) => recent.includes(p.name))) {
      const clause = folded.slice(sentence.start, cue.end);
      if (ANAPHORA.test(clause) && !CLAUSE_BREAK.test(clause)) {
        add(recent, sentence.start, sentence.end, cue);
        continue;
      }
    }
    // object: the nearest group after the cue in the same clause, introduced by a linker (or directly
    // after a transitive verb: "rachète Intel")
    let object: Party[] | undefined;
    if (firstAfter) {
      const gap = gapText(cue.end, firstAfter[0]!.mention.start);
      const n = words(gap);
      const lead = folded.slice(Math.max(cue.end, firstAfter[0]!.mention.start - 60), firstAfter[0]!.mention.start);
      const linked = cue.def.linkers
        ? new RegExp(`(?:^|\\s)(?:${cue.def.linkers})\\s*$`, 'iu').test(lead)
        : OBJECT_LINKED.test(lead) || (n === 0 && /^\s*(?:'s)?\s*$/.test(gap));
      // "rachète Intel", "to buy server builder ZT Systems", "to buy bitcoin miner turned data center operator Core Scientific"
      const direct = cue.def.transitive === true && (n <= 3 || (n <= 7 && /^[\s\p{Ll}\p{Pd}']*$/u.test(gap)));
      if (!CLAUSE_BREAK.test(gap) && n <= MAX_OBJECT_GAP && (linked || direct)) object = firstAfter;
    }
    if (subject && !object && linkedBetween && cue.def.role === 'noun') object = linkedBetween;
    // "Le groupe compte Nvidia parmi ses actionnaires", "counts Nvidia among its investors".
    if (subject && !object && linkedBetween && cue.def.role === 'role' && AMONG_ITS.test(folded.slice(linkedBetween[linkedBetween.length - 1]!.mention.end, cue.start))) object = linkedBetween;
    if (subject && !object && possessorBetween) object = possessorBetween;
    // "en injectant 2 milliards de dollars dans le fondeur", "put $8 billion into the startup": a description
    // after a linker stands for the company the passage just named.
    let described: string | undefined;
    if (subject && !object) {
      const rest = folded.slice(cue.end, Math.min(sentence.end, cue.end + 120));
      const m = DESCRIBED_OBJECT.exec(rest);
      if (m && !CLAUSE_BREAK.test(rest.slice(0, m.index)) && words(rest.slice(0, m.index)) <= MAX_OBJECT_GAP) {
        // "le fondeur", "the chipmaker" name a chip company; "the startup", "le laboratoire" an AI lab.
        // Only when the passage leaves no doubt: a single company of that kind named just before.
        const wanted = CHIP_WORDS.test(m[0]) ? CHIP_CATEGORIES : LAB_WORDS.test(m[0]) ? LAB_CATEGORIES : undefined;
        // Companies of this sentence first ("Microsoft, OpenAI's biggest backer, has invested … in the startup").
        const here = parties.filter((p) => !subject!.includes(p.name)).map((p) => ({ name: p.name, category: focus.categoryOf(p.mention) }));
        const pool = [...new Map([...here, ...focus.recent].map((r) => [r.name, r])).values()];
        const candidates = pool.filter((r) => !subject!.includes(r.name) && (!wanted || (r.category !== undefined && wanted.has(r.category))));
        if (candidates.length === 1) described = candidates[0]!.name;
        // "invested $8 billion in the company": the company the note is about, when it is not the investor.
        else if (!wanted && /(?:company|société|entreprise|groupe|group|firm)/iu.test(m[0])) described = focus.main.find((n) => !subject!.includes(n));
      }
    }
    if (subject && !object && described) {
      add([...subject, described], subjectStart, cue.end, cue);
    } else if (subject && subject.length >= 2 && !object && !linkedBetween && cue.def.role === 'role' && INVESTOR_ROLE.test(folded.slice(cue.start, cue.end)) && focus.lead && !subject.includes(focus.lead)) {
      // "Nvidia and Cisco joined as strategic investors": co-investors in the company the passage is about.
      const lead = focus.lead;
      subject.forEach((name, i) => add([name, lead], subjectStart, cue.end, cue, undefined, subject!.length > 1 ? i : undefined));
    } else if (subject && object) {
      const objectNames = names(object);
      const end = object[object.length - 1]!.mention.end;
      if (!cue.def.mutual && (subject.length === 1) !== (objectNames.length === 1)) {
        // One side is several companies and the deal is not made together: "backed by Amazon and Google",
        // "Microsoft and Nvidia will invest … in Anthropic" are one deal per company.
        const [one, many] = subject.length === 1 ? [subject, objectNames] : [objectNames, subject];
        many.forEach((m, i) => add([...one, m], subjectStart, end, cue, object[0]!.mention.start, many.length > 1 ? i : undefined));
      } else {
        add([...subject, ...objectNames], subjectStart, end, cue, object[0]!.mention.start);
      }
    } else if (!subject && object && (cue.def.role === 'noun' || PRONOUN_SUBJECT.test(folded.slice(Math.max(sentence.start, cue.start - 40), cue.start)))) {
      // "Après un accord avec CoreWeave", "it committed to spend $300 billion with Oracle": a deal noun, or a
      // verb after a pronoun, whose subject is the company the passage is about.
      const objectNames = names(object);
      const implied = pickFocus(focus, objectNames);
      const end = object[object.length - 1]!.mention.end;
      // "deals with Nvidia and Broadcom" (plural) are one deal each; "une collaboration avec Oracle et SoftBank" is one.
      const plural = /s$/iu.test(folded.slice(cue.start, cue.end));
      const objectStart = object[0]!.mention.start;
      if (implied && (!cue.def.mutual || plural) && objectNames.length > 1) objectNames.forEach((m, i) => add([implied, m], cue.start, end, cue, objectStart, i));
      else if (implied) add([implied, ...objectNames], cue.start, end, cue, objectStart);
    } else if (subject && subject.length >= 2 && subject.length <= 4 && !object && cue.def.mutual) {
      // "AMD et OpenAI annoncent un partenariat" — but not "Nvidia, Microsoft et Bpifrance participent au tour de table".
      const gap = subjectGroup ? gapText(subjectGroup[subjectGroup.length - 1]!.mention.end, cue.start) : '';
      if (words(gap) <= 8) add(subject, subjectStart, cue.end, cue);
    }
  }

  // "le duo Google-Meta", "the Nvidia–OpenAI deal"
  for (let i = 0; i + 1 < parties.length; i++) {
    const a = parties[i]!;
    const b = parties[i + 1]!;
    if (HYPHEN_PAIR.test(folded.slice(a.mention.end, b.mention.start))) add([a.name, b.name], a.mention.start, b.mention.end, cues[0]!);
  }

  // Two companies, one strong cue, nothing else to go on.
  if (!relations.length) {
    const named = [...new Set(groups.flat().map((p) => p.name))];
    // Two companies named together as one subject ("Samsung and SK Hynix signed letters of intent to
    // supply …") made a deal with each other only if the cue says so ("… announced a partnership").
    const together = groups.length === 1;
    const strong = cues.find((c) => c.def.strong && (!together || c.def.mutual));
    const ps = groups.flat();
    const contrasted = ps.length === 2 && CONTRAST.test(folded.slice(ps[0]!.mention.end, ps[1]!.mention.start));
    if (named.length === 2 && strong && bystanders === 0 && !contrasted) {
      add(named, Math.min(ps[0]!.mention.start, strong.start), Math.max(ps[ps.length - 1]!.mention.end, strong.end), strong);
    }
  }
  // With one relation in the sentence, every cue of the sentence describes it ("Microsoft, OpenAI's biggest
  // backer, has invested $13 billion"); with several, each takes the cues inside its own span.
  for (const r of relations) r.kind = relations.length === 1 ? relationKind(folded, { ...r, ...clauseAround(folded, sentence, r) }, cues) : kindOf(r);
  return relations;
}

/** The stretch of the sentence around a relation, up to a semicolon or a contrast ("…, while …"). */
function clauseAround(folded: string, sentence: Span, r: Relation): Span {
  const text = folded.slice(sentence.start, sentence.end);
  const breaks = [...text.matchAll(CLAUSE_SEPARATOR)].map((m) => sentence.start + m.index);
  const start = Math.max(sentence.start, ...breaks.filter((b) => b <= r.start));
  const end = Math.min(sentence.end, ...breaks.filter((b) => b >= r.end));
  return { start, end };
}

/**
 * What kind of deal a relation is, from every cue inside it: a stake when a share of the capital is named;
 * an acquisition only when the company bought directly follows the verb ("rachète Intel"), otherwise the
 * verb buys something ("agreed to buy $300 billion of computing power"); then the most specific kind.
 */
function relationKind(folded: string, r: Relation, cues: readonly Cue[]): DealKind {
  const inside = cues.filter((c) => c.start >= r.start - 2 && c.end <= r.end + 2);
  const kinds = new Set<DealKind>([r.cue.def.kind, ...inside.map((c) => c.def.kind)]);
  const span = folded.slice(r.start, r.end);
  if (kinds.has('stake') || (/\d\s*%/u.test(span) && STAKE_WORDS.test(span))) return 'stake';
  if (kinds.has('acquisition')) {
    const acquisition = inside.find((c) => c.def.kind === 'acquisition') ?? r.cue;
    const gap = r.objectStart !== undefined && r.objectStart >= acquisition.end ? folded.slice(acquisition.end, r.objectStart) : undefined;
    // "racheter 4 % d'Intel", "buy a 4% stake in Intel"
    if (gap !== undefined && /\d\s*%/u.test(gap) && words(gap) <= 6) return 'stake';
    if (gap !== undefined && (words(gap) <= 2 || /^[\s\p{Ll}\p{Pd}']*$/u.test(gap)) && !/\d/u.test(gap)) return 'acquisition';
    kinds.delete('acquisition');
    kinds.add('purchase');
  }
  for (const k of ['investment', 'joint-venture', 'purchase', 'supply', 'cloud', 'lease', 'licensing'] as const) if (kinds.has(k)) return k;
  return 'partnership';
}

function toCandidate(note: NoteAnalysis, folded: string, sentence: Span, text: string, r: Relation, all: readonly Relation[], index: number, inSentence: readonly Mention[]): DealCandidate {
  const nextStart = index + 1 < all.length ? all[index + 1]!.start : sentence.end;
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
    const before = companies.filter((c) => c.end <= m.start).pop();
    const governing = before ?? companies.find((c) => c.start >= m.end);
    return governing !== undefined && !r.parties.includes(governing.canonical);
  };
  const near = (m: Mention) => (m.start >= r.start && m.end <= r.end ? 0
    : detached(m) ? Infinity
      : m.start >= r.end && m.start < nextStart ? m.start - r.end
        : index === 0 && m.end <= r.start ? r.start - m.end + 1000 : Infinity);
  const amounts = inSentence.filter((m) => {
    if (m.kind !== 'money' || m.value === undefined) return false;
    const before = folded.slice(Math.max(sentence.start, m.start - 50), m.start);
    // "valued at $300 billion" is a company's worth, but "a deal valued at $9 billion" is the deal's.
    return !NOT_DEAL_VALUE_BEFORE.test(before) || DEAL_VALUED.test(before);
  });
  const respective = r.ordinal !== undefined && RESPECTIVELY.test(text) ? amounts.filter((m) => m.start >= r.start && m.end <= r.end)[r.ordinal] : undefined;
  const money = respective ?? amounts
    .map((m) => ({ m, d: near(m) }))
    .filter((x) => Number.isFinite(x.d))
    .sort((a, b) => a.d - b.d)[0]?.m;
  const power = inSentence.filter((m) => m.kind === 'power' && m.gw !== undefined).map((m) => ({ m, d: near(m) })).filter((x) => Number.isFinite(x.d)).sort((a, b) => a.d - b.d)[0]?.m;
  const chips = [...new Set(inSentence.filter((m) => m.kind === 'chip').map((m) => m.canonical))];
  const date = inSentence.find((m) => m.kind === 'date' && m.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date))?.date;
  const kind = r.kind ?? r.cue.def.kind;

  const candidate: DealCandidate = {
    parties: r.parties,
    kind,
    chips,
    // A sentence of hard-wrapped text spans lines: shown and compared on one line.
    source: { uri: note.uri, start: sentence.start, end: sentence.end, sentence: text.replace(/\s*[\r\n]+\s*/g, ' ') },
  };
  if (money) {
    const value: DealValue = { amount: money.value!, currency: money.currency ?? 'USD', text: money.text };
    if (money.usd !== undefined) value.usd = money.usd;
    if (money.qualifier) value.qualifier = money.qualifier;
    if (money.valueMax !== undefined) value.amountMax = money.valueMax;
    candidate.value = value;
  }
  if (power?.gw !== undefined) candidate.powerGw = power.gw;
  if (date) candidate.sentenceDate = date;
  if (note.noteDate) candidate.noteDate = note.noteDate;
  return candidate;
}
