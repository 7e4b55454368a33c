/**
 * Relations in one sentence: which named companies a deal word (cue) ties together, and as what (subject,
 * object, co-parties of a mutual deal, an implied subject, a described object). See extract.ts for the
 * shapes of sentence this reads.
 */
import type { DealKind, Mention } from '../types';
import { looseKey } from '../text/chars';
import type { Span } from '../text/sentences';
import { ANAPHORA, type CueDef } from './cues';
import { pickFocus, type Focus } from './focus';
import { countryOfAdjective } from './nationality';
import { relationKind, clauseAround } from './kinds';
import { CONSORTIUM_LEAD, consortiumDeal } from './consortiumBuyers';
import { apposedRoles } from './apposedRoles';
import {
  AMONG_ITS, AMOUNT_THEN_COMMA, BETWEEN_AFTER, BOUGHT_AFTER, BYSTANDER_END, CHIP_CATEGORIES, CHIP_WORDS, CLAUSE_BREAK, CLAUSE_TURN, COPULA, ANY_CUE_AT, CUE_RES,
  DESCRIBED_OBJECT, FRONTED, GROUP_JOIN, HYPHEN_PAIR, INVESTOR_ROLE, LAB_CATEGORIES, LAB_WORDS, LINKER_END,
  MAX_OBJECT_GAP, MAX_SUBJECT_GAP, MODIFIER_AFTER, NEGATED_ALL, NEGATION_HINTS, NOUN_MODIFIER, OBJECT_LINKED,
  BACKED_BY_MODIFIER, CLAUSE_OPENER, ELIDED_AMOUNT, ELIDED_OBJECT, OWNER_AFTER_NOUN, PARTNER_AFTER_OWNER, ELIDED_CONJUNCTION, LINKED_NOT_BETWEEN, OPENING_PRONOUN, LATTER_OPENING, OWNER_OF_MANY, OWNER_OF_NEXT, PRONOUN_SUBJECT, PRONOUN_OPENING, ROUND_LED_BY, INVESTOR_LIST, INVESTORS_BEFORE, LIST_GAP_WORDS, ROUND_NAMED, LIST_BACK_GAP, ROUND_OWNER_BEFORE, ROUND_OF_BEFORE, CO_INVESTORS_AFTER, ROUND_MEMBERS, ROLE_OWNER_AFTER, ROLE_OF_DESCRIBED, LIST_LEAD_CHARS, MEMBERS_INTRO, MEMBERS_OWNED, OWNER_BEFORE_ROLE, PERSON_OWNS_AFTER, CONTINUED_LIST, INVESTOR_NOUN, DEFINITE_BEFORE,
  CAPITAL_OF_FOCUS, CO_SUBJECTS, BRAND_OF_HARDWARE, BACKED_BETWEEN, BACKED_WINDOW, LED_BY_PEOPLE, SAME_OBJECT_TOO, RELATIVE_ASIDE, RAISE_BY_LINK, EXAMPLES_FOLLOW, ROUND_RELATIVE_BEFORE, LEGAL_SUFFIX_DOT, EXAMPLE_INTRO, PLURAL_DEALS_WITH, PAIR_JOIN, PARTNER_JOIN, TOPIC_BEFORE, words,
} from './patterns';

export interface Cue {
  start: number;
  end: number;
  def: CueDef;
}

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

/**
 * Every cue of [from, to); sentences then take their share. One pass finds where cues start; each cue's
 * pattern is then tried at those positions only, left to right, a match hiding the next ones it overlaps:
 * what running each pattern over the whole stretch finds, at a fraction of the cost.
 */
export function findAllCues(folded: string, from: number, to: number): Cue[] {
  const found: Cue[] = [];
  const stretch = folded.slice(from, to);
  const starts: number[] = [];
  ANY_CUE_AT.lastIndex = 0;
  for (const m of stretch.matchAll(ANY_CUE_AT)) starts.push(m.index);
  if (!starts.length) return found;
  for (const { def, re } of CUE_RES) {
    let free = 0;
    for (const at of starts) {
      if (at < free) continue;
      re.lastIndex = at;
      const m = re.exec(stretch);
      if (!m) continue;
      found.push({ start: from + at, end: from + at + m[0].length, def });
      free = at + Math.max(1, m[0].length);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether `cuesIn(all, sentence)` would find any cue: the cheap test that gates the deal rules. */
export function anyCueIn(all: readonly Cue[], sentence: Span): boolean {
  for (let i = firstCueFrom(all, sentence.start); i < all.length && all[i]!.start < sentence.end; i++) if (all[i]!.end <= sentence.end) return true;
  return false;
}

/** Index of the first cue starting at or after `start` (binary search over cues sorted by start). */
function firstCueFrom(all: readonly Cue[], start: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function cuesIn(all: readonly Cue[], sentence: Span): Cue[] {
  const found: Cue[] = [];
  for (let i = firstCueFrom(all, sentence.start); i < all.length && all[i]!.start < sentence.end; i++) if (all[i]!.end <= sentence.end) found.push(all[i]!);
  // Longest first, then drop cues inside a longer one.
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Cue[] = [];
  for (const c of found) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Coordinated parties: "Microsoft, Oracle et SoftBank" is one group. */
export function groupParties(folded: string, parties: readonly Party[]): Party[][] {
  const groups: Party[][] = [];
  let closed = false;
  for (let index = 0; index < parties.length; index++) {
    const p = parties[index]!;
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    const join = prev ? folded.slice(prev.mention.end, p.mention.start) : '';
    // After "… et SoftBank" the enumeration is over: "Oracle et SoftBank, OpenAI se tourne …".
    const comma = /^\s*,\s*$/.test(join);
    // "… dans Intel et Microsoft a signé …", "… in Anthropic and Microsoft up to $5 billion": a company after
    // an object that opens a clause of its own (a verb, or an amount standing for an elided verb) is no
    // part of that object.
    const opensClause = last !== undefined && !comma && LINKED_NOT_BETWEEN.test(folded.slice(Math.max(0, last[0]!.mention.start - 30), last[0]!.mention.start))
      && (CLAUSE_OPENER.test(folded.slice(p.mention.end, p.mention.end + 40)) || ELIDED_AMOUNT.test(folded.slice(p.mention.end, p.mention.end + 60)));
    // "… racheté InflectionAI et Google ceux de Character.ai": a company followed by its own object is the
    // subject of an elided clause, not one more object.
    const next = parties[index + 1];
    const subjectOfElided = !comma && next !== undefined && ELIDED_OBJECT.test(folded.slice(p.mention.end, next.mention.start));
    if (last && prev && GROUP_JOIN.test(join) && !(comma && closed) && !opensClause && !subjectOfElided) {
      last.push(p);
      if (!comma) closed = true;
    } else {
      groups.push([p]);
      closed = false;
    }
  }
  return groups;
}

export const names = (g: readonly Party[]) => [...new Set(g.map((p) => p.name))];

export function parenRanges(folded: string, sentence: Span): Span[] {
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

export function findRelations(folded: string, sentence: Span, allCues: readonly Cue[], parties: readonly Party[], focus: Focus, recent: string[] | undefined): Relation[] {
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
  // "Alphabet's Google": only the next company can stand right after an owner's "'s" (parties are in order).
  const ownsNext = (p: Party) => {
    let i = parties.indexOf(p) + 1;
    while (i < parties.length && parties[i]!.mention.start <= p.mention.end) i++;
    return i < parties.length && OWNER_OF_NEXT.test(folded.slice(p.mention.end, parties[i]!.mention.start));
  };
  const groups = groupParties(folded, parties.filter((p) => !MODIFIER_AFTER.test(folded.slice(p.mention.end, p.mention.end + 2))
    && !OWNER_OF_MANY.test(folded.slice(p.mention.end, p.mention.end + 40))
    && !ownsNext(p)))
    // Named in passing, unless what follows says it was bought: "un ancien de DeepMind, racheté par Google".
    .filter((g) => !BYSTANDER_END.test(before(g[0]!.mention.start)) || BOUGHT_AFTER.test(folded.slice(g[g.length - 1]!.mention.end, g[g.length - 1]!.mention.end + 40)));
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
  // Whether a company describes a noun ("the Intel announcement"): asked for each cue, answered once.
  const modifierOf = new Map<Mention, boolean>();
  const modifiesNoun = (m: Mention) => {
    let known = modifierOf.get(m);
    if (known === undefined) {
      known = NOUN_MODIFIER.test(folded.slice(Math.max(sentence.start, m.start - 12), Math.min(sentence.end, m.end + 20)).replace(m.text, '\uE000'));
      modifierOf.set(m, known);
    }
    return known;
  };
  const relationByKey = new Map<string, Relation>();
  const add = (ps: string[], start: number, end: number, cue: Cue, objectStart?: number, ordinal?: number) => {
    const unique = [...new Set(ps)];
    const key = unique.map(looseKey).sort().join('+');
    // One relation per set of parties, found by its key (a sentence listing many companies adds many).
    const same = relationByKey.get(key);
    if (same) {
      same.start = Math.min(same.start, start);
      same.end = Math.max(same.end, end);
      return same;
    }
    const relation: Relation = { parties: unique, start, end, cue, ...(objectStart !== undefined ? { objectStart } : {}), ...(ordinal !== undefined ? { ordinal } : {}) };
    // A single company is no deal: the relation is kept aside, never returned.
    if (unique.length >= 2) {
      relations.push(relation);
      relationByKey.set(key, relation);
    }
    return relation;
  };

  // A consortium buying as one is one deal of its members and what it buys; its list is no round's.
  const consortium = consortiumDeal(folded, sentence, parties, cues, () => groupParties(folded, parties), (g) => extendList(folded, parties, g));
  if (consortium) add([...consortium.members, consortium.target.name], consortium.start, consortium.target.mention.end, consortium.cue, consortium.target.mention.start).kind = consortium.kind;
  // The investors of one round are each tied to the company raising, never to each other.
  const coInvestors = investorLists(folded, sentence, parties, cues, focus, recent, add);
  examplePairs(folded, sentence, parties, cues, add);
  memberLists(folded, sentence, parties, cues, focus, add);

  for (const cue of cues) {
    if (cue.def.role === 'members' || cue.def.role === 'continued') continue;
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
      // A relative clause between the subject and its verb is stepped over: "SoftBank, which has pledged …, made an investment".
      const gap = gapText(g[g.length - 1]!.mention.end, cue.start).replace(RELATIVE_ASIDE, ' ');
      if (CLAUSE_BREAK.test(gap) || CLAUSE_TURN.test(gap) || words(gap) > MAX_SUBJECT_GAP) break;
      const lead = before(g[0]!.mention.start);
      // "Amazon remains Anthropic's primary cloud provider" (a role after a copula): the possessor is the other side.
      const possessor = cue.def.role === 'role' && /^'s\b/u.test(folded.slice(g[g.length - 1]!.mention.end, g[g.length - 1]!.mention.end + 3))
        && COPULA.test(folded.slice(sentence.start, g[0]!.mention.start));
      const g0 = g[0]!.mention;
      // "before the Intel announcement, the company spent …": a company describing a noun is no subject.
      if (g.length === 1 && modifiesNoun(g0)) continue;
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
      if (LINKER_END.test(lead) && !/(?:^|\s)(?:entre|between)\s*$/iu.test(lead) && !BOUGHT_AFTER.test(folded.slice(g[g.length - 1]!.mention.end, g[g.length - 1]!.mention.end + 40))) {
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
    // "… : Microsoft. Ce dernier, déjà partenaire d'OpenAI, a investi 16 millions …": "ce dernier", "the latter"
    // opening the sentence stand for the company named last before it.
    if (!subject && focus.recent[0] && LATTER_OPENING.test(folded.slice(sentence.start, cue.start)) && words(folded.slice(sentence.start, cue.start)) <= MAX_SUBJECT_GAP) {
      subject = [focus.recent[0].name];
      subjectStart = sentence.start;
      if (linkedBetween && names(linkedBetween).includes(subject[0]!)) linkedBetween = undefined;
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
    let coSubjects: Party[] | undefined;
    // "was contracting 24,000 Nvidia chips from Oracle": a chip's maker named as its brand is stepped over.
    const objectGroup = firstAfter && firstAfter.length === 1 && after[1] && cue.def.linkers
      && BRAND_OF_HARDWARE.test(folded.slice(firstAfter[0]!.mention.end, firstAfter[0]!.mention.end + 25)) ? after[1] : firstAfter;
    if (objectGroup) {
      const gap = gapText(cue.end, objectGroup[0]!.mention.start);
      const n = words(gap);
      const lead = folded.slice(Math.max(cue.end, objectGroup[0]!.mention.start - 60), objectGroup[0]!.mention.start);
      const linked = cue.def.linkers
        ? new RegExp(`(?:^|\\s)(?:${cue.def.linkers})\\s*$`, 'iu').test(lead)
        : OBJECT_LINKED.test(lead) || (n === 0 && /^\s*(?:'s)?\s*$/.test(gap));
      // "rachète Intel", "to buy server builder ZT Systems", "to buy bitcoin miner turned data center operator Core Scientific"
      const direct = cue.def.transitive === true && (n <= 3 || (n <= 7 && /^[\s\p{Ll}\p{Pd}']*$/u.test(gap)));
      // "Microsoft a investi 88 millions d'euros, Nvidia 46 millions": after an amount and a comma, a company
      // followed by its own amount is the subject of a clause whose verb is left out, not an object.
      const elidedSubject = sideBySide(folded, gap, objectGroup[objectGroup.length - 1]!.mention.end, sentence.end);
      const personOwned = objectGroup.length === 1 && PERSON_OWNS_AFTER.test(folded.slice(objectGroup[0]!.mention.end, Math.min(sentence.end, objectGroup[0]!.mention.end + 30)));
      if (!CLAUSE_BREAK.test(gap) && n <= MAX_OBJECT_GAP && (linked || direct) && !elidedSubject && !personOwned) object = objectGroup;
      // "Nvidia will invest up to $10 billion and Microsoft up to $5 billion in Anthropic": the company of the
      // elided clause invests too, in the object that follows its own amount.
      if (elidedSubject && cue.def.kind === 'investment' && !CLAUSE_BREAK.test(gap)) {
        coSubjects = objectGroup;
        const next = after[1];
        const from = objectGroup[objectGroup.length - 1]!.mention.end;
        if (next && !CLAUSE_BREAK.test(gapText(from, next[0]!.mention.start)) && words(gapText(from, next[0]!.mention.start)) <= MAX_OBJECT_GAP + 6
          && OBJECT_LINKED.test(folded.slice(Math.max(from, next[0]!.mention.start - 60), next[0]!.mention.start))) object = next;
      }
    }
    // "les coopérations existantes d'OpenAI avec Microsoft, Oracle et SoftBank": a deal noun whose owner
    // follows it ("de"/"d'") and whose other side follows that ("avec", "with").
    if (!subject && object && cue.def.role === 'noun' && OWNER_AFTER_NOUN.test(gapText(cue.end, object[0]!.mention.start))) {
      const others = after[1];
      if (others && PARTNER_AFTER_OWNER.test(gapText(object[object.length - 1]!.mention.end, others[0]!.mention.start))) {
        subject = names(object);
        subjectStart = object[0]!.mention.start;
        object = others;
      }
    }
    if (subject && !object && linkedBetween && cue.def.role === 'noun') object = linkedBetween;
    // "Le groupe compte Nvidia parmi ses actionnaires", "counts Nvidia among its investors".
    if (subject && !object && linkedBetween && cue.def.role === 'role' && AMONG_ITS.test(folded.slice(linkedBetween[linkedBetween.length - 1]!.mention.end, cue.start))) object = linkedBetween;
    if (subject && !object && possessorBetween) object = possessorBetween;
    // "en injectant 2 milliards de dollars dans le fondeur", "put $8 billion into the startup": a description
    // after a linker stands for the company the passage just named.
    let described: string | undefined;
    // Where the description ends: the deal runs through it ("a investi 16 millions d'euros dans la start-up").
    let describedEnd = cue.end;
    if (subject && !object) {
      const rest = folded.slice(cue.end, Math.min(sentence.end, cue.end + 120));
      const m = DESCRIBED_OBJECT.exec(rest);
      if (m && !CLAUSE_BREAK.test(rest.slice(0, m.index)) && words(rest.slice(0, m.index)) <= MAX_OBJECT_GAP) {
        // "le fondeur", "the chipmaker" name a chip company; "the startup", "le laboratoire" an AI lab.
        // Only when the passage leaves no doubt: a single company of that kind named just before.
        const wanted = CHIP_WORDS.test(m[0]) ? CHIP_CATEGORIES : LAB_WORDS.test(m[0]) ? LAB_CATEGORIES : undefined;
        // Companies of this sentence first ("Microsoft, OpenAI's biggest backer, has invested … in the startup").
        const here = parties.filter((p) => !subject!.includes(p.name)).map((p) => ({ ...focus.describe(p.mention), name: p.name }));
        const pool = [...new Map([...here, ...focus.recent].map((r) => [r.name, r])).values()];
        // "la start-up française", "the French startup": a company known to be from elsewhere is not the one meant.
        const nationality = m.groups?.['before'] ?? m.groups?.['after'];
        const country = nationality ? countryOfAdjective(nationality) : undefined;
        const candidates = pool.filter((r) => !subject!.includes(r.name) && (!wanted || (r.category !== undefined && wanted.has(r.category)))
          && (!country || r.country === undefined || r.country === country));
        if (candidates.length === 1) described = candidates[0]!.name;
        // "invested $8 billion in the company": the company the note is about, when it is not the investor.
        else if (!wanted && /(?:company|société|entreprise|groupe|group|firm)/iu.test(m[0])) described = focus.main.find((n) => !subject!.includes(n));
        describedEnd = cue.end + m.index + m[0].length;
      }
    }
    // "Bezos avait engagé 100 millions … et Microsoft investissait 95 millions": in a passage about a company
    // raising money, an investment with an amount and no object goes to that company.
    const intoRound = subject && !object && !described && !linkedBetween && cue.def.kind === 'investment' && focus.fundraiser && !subject.includes(focus.fundraiser)
      && ELIDED_AMOUNT.test(folded.slice(cue.end, Math.min(sentence.end, cue.end + 50))) ? focus.fundraiser : undefined;
    // "Meta était déjà entré au capital à cette occasion, de même qu'Amazon, Intel ou Nvidia": a stake with no
    // object is in the company the note is about, and the companies after "de même que" took one too.
    const intoCapital = subject && !object && !described && !intoRound && cue.def.kind === 'stake' && CAPITAL_OF_FOCUS.test(folded.slice(cue.start, Math.min(sentence.end, cue.end + 12)))
      ? focus.main.find((n) => !subject.includes(n)) : undefined;
    if (subject && coSubjects && (object || intoRound)) {
      // Each takes its own amount: the subject the first, each company of the elided clause the one after it.
      const target = object ? names(object)[0]! : intoRound!;
      const end = object ? object[object.length - 1]!.mention.end : coSubjects[coSubjects.length - 1]!.mention.end;
      for (const name of subject) if (name !== target) add([name, target], subjectStart, end, cue);
      for (const p of coSubjects) if (p.name !== target) add([p.name, target], subjectStart, end, cue).shareOf ??= p.mention.end;
    } else if (subject && intoCapital) {
      const alike = visible.find((g) => g[0]!.mention.start >= cue.end && CO_SUBJECTS.test(gapText(cue.end, g[0]!.mention.start)));
      const takers = [...subject, ...(alike ? names(alike).filter((n) => n !== intoCapital) : [])];
      takers.forEach((name, i) => add([name, intoCapital], subjectStart, alike ? alike[alike.length - 1]!.mention.end : cue.end, cue, undefined, takers.length > 1 ? i : undefined));
    } else if (subject && intoRound) {
      subject.forEach((name, i) => add([name, intoRound], subjectStart, cue.end, cue, undefined, subject!.length > 1 ? i : undefined));
    } else if (subject && !object && described) {
      add([...subject, described], subjectStart, describedEnd, cue);
    } else if (subject && !object && cue.def.kind === 'investment' && recent && SAME_OBJECT_TOO.test(folded.slice(cue.end, Math.min(sentence.end, cue.end + 30)))
      && !subject.includes(recent[recent.length - 1]!)) {
      // "SoftBank, which …, made a surprise $2 billion investment too": in the company of the deal just reported.
      add([...subject, recent[recent.length - 1]!], subjectStart, cue.end, cue);
    } else if (subject && subject.length >= 2 && !object && !linkedBetween && cue.def.role === 'role' && INVESTOR_ROLE.test(folded.slice(cue.start, cue.end)) && focus.lead && !subject.includes(focus.lead)) {
      // "Nvidia and Cisco joined as strategic investors": co-investors in the company the passage is about.
      const lead = focus.lead;
      subject.forEach((name, i) => add([name, lead], subjectStart, cue.end, cue, undefined, subject!.length > 1 ? i : undefined));
    } else if (subject && object) {
      const objectNames = names(object);
      const end = object[object.length - 1]!.mention.end;
      // A plural deal noun ("les coopérations d'OpenAI avec Microsoft, Oracle et SoftBank") is one deal each too.
      const plural = isPluralNoun(folded, cue);
      if ((!cue.def.mutual || plural) && (subject.length === 1) !== (objectNames.length === 1)) {
        // One side is several companies and the deal is not made together: "backed by Amazon and Google",
        // "Microsoft and Nvidia will invest … in Anthropic" are one deal per company.
        const [one, many] = subject.length === 1 ? [subject, objectNames] : [objectNames, subject];
        many.forEach((m, i) => {
          const relation = add([...one, m], subjectStart, end, cue, object[0]!.mention.start, many.length > 1 ? i : undefined);
          // "a levé 600 millions auprès de A, B et C": the round's size is no investor's share.
          if (cue.def.raise && one === subject) relation.shareOf ??= endOf(object, m);
        });
      } else {
        add([...subject, ...objectNames], subjectStart, end, cue, object[0]!.mention.start);
      }
    } else if (!subject && object && (cue.def.role === 'noun' || PRONOUN_SUBJECT.test(folded.slice(Math.max(sentence.start, cue.start - 40), cue.start)) || PRONOUN_OPENING.test(folded.slice(sentence.start, Math.min(cue.start, sentence.start + 120))))) {
      // "Après un accord avec CoreWeave", "it committed to spend $300 billion with Oracle": a deal noun, or a
      // verb after a pronoun, whose subject is the company the passage is about.
      const objectNames = names(object);
      // "la levée de 6 milliards de dollars par xAI": the company after "par" raised the money; no one implied invested.
      if (cue.def.raise && cue.def.role === 'noun' && RAISE_BY_LINK.test(folded.slice(cue.end, object[0]!.mention.start))) continue;
      // "Meta signe avec Google … l'accord avec Meta porte sur …": the deal already reported with that company.
      // (Only "with": "the deal to sell SSI chips" may be another of SSI's deals than its latest.)
      const reported = objectNames.length === 1 && cue.def.role === 'noun' && DEFINITE_BEFORE.test(folded.slice(Math.max(sentence.start, cue.start - 6), cue.start))
        && /^\s*(?:avec|with)\s*$/iu.test(folded.slice(cue.end, object[0]!.mention.start)) ? focus.partnerOf(objectNames[0]!) : undefined;
      // "Elle a aussi mis la main sur Mipsology": a company the note said was bought is not the buyer.
      const implied = reported ?? pickFocus(focus, cue.def.kind === 'acquisition' && focus.bought?.size ? [...objectNames, ...focus.bought] : objectNames);
      const end = object[object.length - 1]!.mention.end;
      // "deals with Nvidia and Broadcom" (plural) are one deal each; "une collaboration avec Oracle et SoftBank" is one.
      const plural = isPluralWord(folded, cue);
      const objectStart = object[0]!.mention.start;
      if (implied && (!cue.def.mutual || plural) && objectNames.length > 1) {
        objectNames.forEach((m, i) => {
          const relation = add([implied, m], cue.start, end, cue, objectStart, i);
          if (cue.def.raise) relation.shareOf ??= endOf(object, m);
        });
      } else if (implied) add([implied, ...objectNames], cue.start, end, cue, objectStart);
    } else if (subject && subject.length >= 2 && subject.length <= 4 && !object && cue.def.mutual) {
      // "AMD et OpenAI annoncent un partenariat" — but not "Nvidia, Microsoft et Bpifrance participent au tour de
      // table", nor a topic ("Pour Microsoft et Nvidia, l'accord …"), nor deals each made with others ("Nvidia &
      // AMD score deals in Saudi Arabia").
      const plural = isPluralNoun(folded, cue);
      const gap = subjectGroup ? gapText(subjectGroup[subjectGroup.length - 1]!.mention.end, cue.start) : undefined;
      if (gap !== undefined && words(gap) <= 8 && !plural) add(subject, subjectStart, cue.end, cue);
    }
  }

  elidedDeals(folded, sentence, parties, relations, add, kindOf);

  // "sa dépendance à Microsoft Azure, son partenaire historique", "Amazon, its main cloud provider".
  for (const r of apposedRoles(folded, sentence, parties, (exclude) => pickFocus(focus, exclude))) {
    const cue = cues.find((c) => c.start >= r.party.mention.end && c.end <= r.end) ?? cues[0]!;
    add([r.owner, r.party.name], r.party.mention.start, r.end, cue).kind ??= r.kind;
  }

  // "Nvidia-backed CoreWeave", "SoftBank-funded OpenAI": an investment told by a modifier.
  for (let i = 0; i + 1 < parties.length; i++) {
    const a = parties[i]!;
    const b = parties[i + 1]!;
    if (BACKED_BY_MODIFIER.test(folded.slice(a.mention.end, b.mention.start))) add([a.name, b.name], a.mention.start, b.mention.end, cues[0]!).kind ??= 'investment';
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
    // … but not as a topic ("Pour Microsoft et Nvidia, l'accord …") or with deals each made with others
    // ("Nvidia & AMD score deals").
    const topic = together && TOPIC_BEFORE.test(folded.slice(sentence.start, groups[0]![0]!.mention.start));
    const strong = topic ? undefined : cues.find((c) => c.def.strong && (!together || (c.def.mutual && !isPluralNoun(folded, c))));
    const ps = groups.flat();
    // "A investit 88 millions, B 46 millions": two investors side by side, not a deal between them.
    const parallel = ps.length === 2 && sideBySide(folded, folded.slice(ps[0]!.mention.end, ps[1]!.mention.start), ps[1]!.mention.end, sentence.end);
    const contrasted = ps.length === 2 && (parallel || CLAUSE_TURN.test(folded.slice(ps[0]!.mention.end, ps[1]!.mention.start)));
    if (named.length === 2 && strong && bystanders === 0 && !contrasted) {
      add(named, Math.min(ps[0]!.mention.start, strong.start), Math.max(ps[ps.length - 1]!.mention.end, strong.end), strong);
    }
  }
  // With one relation in the sentence, every cue of the sentence describes it ("Microsoft, OpenAI's biggest
  // backer, has invested $13 billion"); with several, each takes the cues inside its own span.
  // A round's investor is tied to the company raising it: not to a co-investor, nor to a company only implied
  // here ("It also saw participation from Nvidia": "it" is the round, not the company named before).
  const namedHere = new Set(parties.map((p) => p.name));
  const inConsortium = consortium ? new Set([...consortium.members, consortium.target.name]) : undefined;
  const kept = relations.filter((r) => !coInvestors.some(({ investors, recipient }) => !r.parties.includes(recipient)
    && r.parties.some((p) => investors.has(p)) && r.parties.every((p) => investors.has(p) || !namedHere.has(p)))
    // The consortium's deal stands for the parts of it the other rules found.
    && !(inConsortium && r.parties.length < inConsortium.size && r.parties.every((p) => inConsortium.has(p))));
  for (const r of kept) r.kind ??= kept.length === 1 ? relationKind(folded, { ...r, ...clauseAround(folded, sentence, r) }, cues) : kindOf(r);
  return kept;
}

/**
 * The investors of a funding round, listed: "versés par des investisseurs existants : DST Global, Bpifrance
 * et Nvidia", "led by General Catalyst", "with participation from Lightspeed and Index Ventures". Each
 * investor makes one deal with the company raising the money, the one the passage is most about (a list
 * after "including" or "comme" is an example list elsewhere, so it is read here before bystanders are set
 * aside).
 */
function investorLists(folded: string, sentence: Span, parties: readonly Party[], cues: readonly Cue[],
  focus: Focus, recent: readonly string[] | undefined, add: (ps: string[], start: number, end: number, cue: Cue) => Relation): { investors: Set<string>; recipient: string }[] {
  const rounds: { investors: Set<string>; recipient: string }[] = [];
  const groups = groupParties(folded, parties);
  const partyIndex = new Map(parties.map((p, i) => [p, i]));
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const first = group[0]!.mention;
    const leadStart = Math.max(sentence.start, first.start - LIST_LEAD_CHARS);
    const lead = folded.slice(leadStart, first.start);
    // "Cohere, led by former top AI researchers at Google": people lead it, no round is told.
    if (CONSORTIUM_LEAD.test(lead) || LED_BY_PEOPLE.test(lead)) continue;
    const list = INVESTOR_LIST.exec(lead) ?? ROUND_MEMBERS.exec(lead);
    // "… figurent Andreessen Horowitz et Sequoia. Viennent ensuite Valor, Vy Capital …": more of the round's investors.
    // Without a round told, only a list of investors named as such ("On retrouve aussi les fonds … A et B").
    const opening = folded.slice(sentence.start, first.start);
    const continued = !list && CONTINUED_LIST.test(opening) && (focus.fundraiser !== undefined || INVESTOR_NOUN.test(opening));
    const trailing = !list && !continued && !ROUND_LED_BY.test(lead);
    let listed = [...group];
    let roundOwner: Party | undefined;
    if (trailing) {
      const read = listBeforeVerb(folded, sentence, parties, group);
      if (!read) continue;
      listed = read.listed;
      roundOwner = read.roundOwner;
    } else {
      // A list goes on past what breaks a group ("Jeff Bezos (through Bezos Expeditions)", "NVIDIA Corp. and
      // Advanced Micro Devices, Inc., alongside financial giants BlackRock"): each company a few words after the
      // last, unless it owns what comes next ("OpenAI's biggest corporate backer Microsoft").
      listed = extendList(folded, parties, listed);
      while (groups[g + 1] && listed.includes(groups[g + 1]![0]!)) g++;
      listed = listed.filter((p, i) => i === listed.length - 1 || !/^'s\s/u.test(folded.slice(p.mention.end, p.mention.end + 3)));
      // "soutiens déjà connus de Mistral comme A, B": the company whose backers the list names is none of them.
      listed = listed.filter((p) => !EXAMPLES_FOLLOW.test(folded.slice(p.mention.end, p.mention.end + 16)));
      if (!listed.length) continue;
    }
    const investors = names(listed);
    // "Core Scientific shareholders, including …", "OpenAI's investors include …": the owner named before the
    // role is the company they invested in.
    const roleAt = list ? leadStart + list.index : -1;
    const owner = list ? roleOwner(folded, parties, roleAt, roleAt + /^\S+/u.exec(list[0])![0].length, first.start) : undefined;
    // The company raising the money: the one a pronoun opening the sentence stands for ("It raised … led by
    // X"), else what the note is about, even where a lead investor is named more.
    const pronoun = OPENING_PRONOUN.test(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)));
    // "Microsoft investit dans G42. Les autres actionnaires de l'entreprise sont …": the company the last deal
    // was made in (its last party), else the one the passage goes on about.
    const lastObject = recent?.[recent.length - 1];
    const described = list && ROLE_OF_DESCRIBED.test(folded.slice(roleAt, roleAt + 60))
      ? (lastObject && !investors.includes(lastObject) ? lastObject : pickFocus(focus, investors)) : undefined;
    // "Moveworks has received backing from investors including …", "Mistral, backed by investors including …":
    // the company the sentence says was backed.
    const backed = backedBefore(folded, sentence, parties, partyIndex.get(group[0]!)!, investors);
    const recipient = roundOwner && !investors.includes(roundOwner.name) ? roundOwner.name
      : owner && !investors.includes(owner.name) ? owner.name
      : backed ? backed.name
      : described ? described
      : focus.fundraiser && !investors.includes(focus.fundraiser) ? focus.fundraiser
        : pronoun && focus.lead && !investors.includes(focus.lead) ? focus.lead
          : focus.main.find((n) => !investors.includes(n));
    const cue = cues.find((c) => c.start < first.start) ?? cues[0];
    if (!recipient || !cue) continue;
    // One investor alone before its verb ("and Nvidia also participated in the round") needs the round's company
    // named or told: not merely the company the note is most about.
    if (trailing && investors.length < 2 && recipient !== roundOwner?.name && recipient !== focus.fundraiser) continue;
    rounds.push({ investors: new Set(investors), recipient });
    for (const investor of investors) {
      if (investor === recipient) continue;
      const relation = add([investor, recipient], first.start, listed[listed.length - 1]!.mention.end, cue);
      relation.kind = 'investment';
      relation.shareOf ??= endOf(listed, investor);
    }
  }
  return rounds;
}





/**
 * The company a sentence says was backed, right before the investors listed from `firstIndex`: "Moveworks has
 * received backing from investors including …", "Mistral, backed by investors including …". Only the few companies
 * within BACKED_WINDOW characters are tried, nearest first.
 */
function backedBefore(folded: string, sentence: Span, parties: readonly Party[], firstIndex: number, investors: readonly string[]): Party | undefined {
  const listStart = parties[firstIndex]!.mention.start;
  for (let i = firstIndex - 1; i >= 0; i--) {
    const p = parties[i]!;
    if (listStart - p.mention.end > BACKED_WINDOW) break;
    if (investors.includes(p.name) || !BACKED_BETWEEN.test(folded.slice(p.mention.end, listStart))) continue;
    if (!LINKER_END.test(folded.slice(Math.max(sentence.start, p.mention.start - 30), p.mention.start))) return p;
  }
  return undefined;
}

/** Where the company `name` of a group ends: an investor's own amount is looked for after it (`shareOf`). */
function endOf(group: readonly Party[], name: string): number {
  return group.find((p) => p.name === name)!.mention.end;
}

/**
 * The company a role or list noun at [nounStart, nounEnd) belongs to: written before it ("MosaicML's customers",
 * "Core Scientific shareholders") or right after it, before `limit` ("les investisseurs d'Inflection").
 */
function roleOwner(folded: string, parties: readonly Party[], nounStart: number, nounEnd: number, limit: number): Party | undefined {
  return parties.find((p) => p.mention.end <= nounStart && OWNER_BEFORE_ROLE.test(folded.slice(p.mention.end, nounStart)))
    ?? parties.find((p) => p.mention.start >= nounEnd && p.mention.end <= limit && ROLE_OWNER_AFTER.test(folded.slice(nounEnd, p.mention.start)));
}

/**
 * A list goes on past what breaks a group ("Jeff Bezos (through Bezos Expeditions)", "NVIDIA Corp. and Advanced
 * Micro Devices, Inc., alongside financial giants BlackRock"): each company a few words after the last, but not
 * past a clause break, a sentence's dot or a linker ("… NFDG, a partnership co-run by SSI executive …").
 */
function extendList(folded: string, parties: readonly Party[], group: readonly Party[]): Party[] {
  const listed = [...group];
  for (let i = parties.indexOf(group[group.length - 1]!) + 1; i < parties.length; i++) {
    const gap = gapBetween(folded, listed[listed.length - 1]!.mention.end, parties[i]!.mention.start);
    // The "et" before the last item is no word of the gap: ", Prince Alwaleed Bin Talal et Kingdom Holding".
    if (CLAUSE_BREAK.test(gap) || words(gap.replace(/\s(?:et|and|&)\s*$/iu, ' ')) > LIST_GAP_WORDS || /[.]\s/u.test(gap.replace(LEGAL_SUFFIX_DOT, '')) || (/\p{L}/u.test(gap) && LINKER_END.test(gap))) break;
    listed.push(parties[i]!);
  }
  return listed;
}

/**
 * Customers a list names: "Some of MosaicML's customers include A, B and C", "les clients de Nvidia
 * comprennent des laboratoires comme A et B". Each is one supply deal with the company whose customers they
 * are: named right after the noun ("de Nvidia") or owning it ("MosaicML's customers"), else the last company
 * before it that no linker introduces, else the company the passage is about.
 */
function memberLists(folded: string, sentence: Span, parties: readonly Party[], cues: readonly Cue[], focus: Focus,
  add: (ps: string[], start: number, end: number, cue: Cue) => Relation): void {
  for (const cue of cues) {
    if (cue.def.role !== 'members') continue;
    const after = parties.filter((p) => p.mention.start >= cue.end);
    const ownerAfter = after[0] && ROLE_OWNER_AFTER.test(folded.slice(cue.end, after[0].mention.start)) ? after[0] : undefined;
    const firstMember = after[ownerAfter ? 1 : 0];
    if (!firstMember || !MEMBERS_INTRO.test(folded.slice(ownerAfter?.mention.end ?? cue.end, firstMember.mention.start))) continue;
    // "L'entreprise cherche à séduire des clients comme Anthropic": customers sought, given as examples.
    const ownedCue = /^(?:its|their|sa|son|ses|leurs?)\s/iu.test(folded.slice(cue.start, cue.end));
    if (!ownerAfter && !ownedCue && !MEMBERS_OWNED.test(folded.slice(Math.max(sentence.start, cue.start - 30), cue.start))) continue;
    const members = extendList(folded, parties, [firstMember]);
    const memberNames = names(members);
    const before = parties.filter((p) => p.mention.end <= cue.start && !LINKER_END.test(folded.slice(Math.max(sentence.start, p.mention.start - 30), p.mention.start)));
    const owner = ownerAfter?.name ?? roleOwner(folded, parties, cue.start, cue.end, cue.start)?.name ?? before[before.length - 1]?.name ?? pickFocus(focus, memberNames);
    if (!owner) continue;
    for (const member of memberNames) {
      if (member === owner) continue;
      add([owner, member], cue.start, members[members.length - 1]!.mention.end, cue).kind = 'supply';
    }
  }
}

/**
 * "A, B, … and Abu Dhabi's investment firm MGX also participated in the round": a list that ends on its verb
 * (`group` is the group right before it) is read backwards from it, through commas, "and" and short
 * descriptions, never into an object. After the verb may come the company whose round it is ("in Hugging
 * Face's latest round") and more investors ("… à ce tour de table avec Microsoft et Nvidia"). Undefined when no
 * verb follows, or when one investor stands alone with no round named.
 */
function listBeforeVerb(folded: string, sentence: Span, parties: readonly Party[], group: readonly Party[]): { listed: Party[]; roundOwner?: Party } | undefined {
  const afterList = group[group.length - 1]!.mention.end;
  const verb = INVESTORS_BEFORE.exec(folded.slice(afterList, sentence.end));
  if (!verb) return undefined;
  const listed = [...group];
  for (let i = parties.indexOf(group[0]!) - 1; i >= 0; i--) {
    const prev = parties[i]!;
    if (!LIST_BACK_GAP.test(folded.slice(prev.mention.end, listed[0]!.mention.start)) || LINKER_END.test(folded.slice(Math.max(sentence.start, prev.mention.start - 30), prev.mention.start))) break;
    listed.unshift(prev);
  }
  const verbEnd = afterList + verb.index + verb[0].length;
  const rest = parties.filter((p) => p.mention.start >= verbEnd && p.mention.start - verbEnd <= 80);
  const roundOwner = rest.find((p) => ROUND_OWNER_BEFORE.test(folded.slice(verbEnd, p.mention.start))
    && (/^'s\b/u.test(folded.slice(p.mention.end, p.mention.end + 3)) || ROUND_OF_BEFORE.test(folded.slice(verbEnd, p.mention.start))));
  const co = rest.find((p) => p !== roundOwner && CO_INVESTORS_AFTER.test(folded.slice(verbEnd, p.mention.start)));
  if (co) for (let i = parties.indexOf(co); i < parties.length && (parties[i] === co || GROUP_JOIN.test(folded.slice(parties[i - 1]!.mention.end, parties[i]!.mention.start))); i++) listed.push(parties[i]!);
  // The round named after the verb, or a pronoun that stands for it: "Nvidia y a participé", "à laquelle Nvidia a participé".
  const roundPronoun = /^\s*(?:y|in it)\s/iu.test(verb[0]) || ROUND_RELATIVE_BEFORE.test(folded.slice(Math.max(sentence.start, listed[0]!.mention.start - 20), listed[0]!.mention.start));
  if (listed.length < 2 && !roundOwner && !roundPronoun && !ROUND_NAMED.test(verb[0] + folded.slice(verbEnd, verbEnd + 40))) return undefined;
  return roundOwner ? { listed, roundOwner } : { listed };
}

/**
 * "Les créateurs de modèles ont signé des contrats avec les géants des puces, à l'instar d'OpenAI et Nvidia,
 * Broadcom ou encore Arm": an example of the deals just spoken of, the first company with each of the others.
 */
function examplePairs(folded: string, sentence: Span, parties: readonly Party[], cues: readonly Cue[],
  add: (ps: string[], start: number, end: number, cue: Cue) => Relation): void {
  const first = parties.findIndex((p) => EXAMPLE_INTRO.test(folded.slice(Math.max(sentence.start, p.mention.start - 20), p.mention.start)));
  if (first < 0 || first + 1 >= parties.length) return;
  const lead = parties[first]!;
  const before = folded.slice(sentence.start, lead.mention.start);
  const cue = cues.find((c) => c.end <= lead.mention.start && c.def.role === 'noun');
  if (!cue || !PLURAL_DEALS_WITH.test(before) || parties.slice(0, first).length) return;
  if (!PAIR_JOIN.test(folded.slice(lead.mention.end, parties[first + 1]!.mention.start))) return;
  const partners = [parties[first + 1]!];
  for (let i = first + 2; i < parties.length && PARTNER_JOIN.test(folded.slice(partners[partners.length - 1]!.mention.end, parties[i]!.mention.start)); i++) partners.push(parties[i]!);
  for (const partner of partners) if (partner.name !== lead.name) add([lead.name, partner.name], lead.mention.start, partner.mention.end, cue);
}

/** The text between two offsets, with the brackets opened in it left out ("Jeff Bezos (through "). */
function gapBetween(folded: string, a: number, b: number): string {
  return folded.slice(a, b).replace(/[()]/gu, ' ');
}

/**
 * A second subject whose verb and object are left out: "Nvidia investira jusqu'à 10 milliards de dollars dans
 * Anthropic, tandis que Microsoft apportera jusqu'à 5 milliards", "Nvidia will invest up to $10 billion in
 * Anthropic and Microsoft up to $5 billion". The company after the conjunction makes the same kind of deal
 * with the same object, for the amount that follows it.
 */
function elidedDeals(folded: string, sentence: Span, parties: readonly Party[], relations: readonly Relation[],
  add: (ps: string[], start: number, end: number, cue: Cue, objectStart?: number) => Relation, kindOf: (r: Relation) => DealKind): void {
  for (const r of [...relations]) {
    if (r.parties.length !== 2 || r.objectStart === undefined) continue;
    const objectName = parties.find((p) => p.mention.start === r.objectStart)?.name;
    if (!objectName) continue;
    const next = parties.findIndex((p) => p.mention.start >= r.end);
    if (next < 0) continue;
    const second = parties[next]!;
    if (r.parties.includes(second.name)) continue;
    const tailEnd = parties[next + 1]?.mention.start ?? sentence.end;
    const tail = folded.slice(second.mention.end, tailEnd);
    if (!ELIDED_CONJUNCTION.test(folded.slice(r.end, second.mention.start))) continue;
    const third = parties[next + 1];
    if (third && !r.parties.includes(third.name) && third.name !== second.name && ELIDED_OBJECT.test(tail)) {
      // "… et Google ceux de Character.ai": the second subject's own object.
      add([second.name, third.name], second.mention.start, third.mention.end, r.cue, third.mention.start).kind ??= r.kind ?? kindOf(r);
      continue;
    }
    const amount = ELIDED_AMOUNT.exec(tail);
    if (!amount) continue;
    const elided = add([second.name, objectName], second.mention.start, second.mention.end + amount.index + amount[0].length, r.cue, r.objectStart);
    elided.kind ??= r.kind;
  }
}

/**
 * "A a investi 88 millions d'euros, B 46 millions": `between` (the text before B) ends on an amount and a comma,
 * and B, whose name ends at `after`, has an amount of its own: B stands beside A, it is no object of A's.
 */
function sideBySide(folded: string, between: string, after: number, end: number): boolean {
  return AMOUNT_THEN_COMMA.test(between) && ELIDED_AMOUNT.test(folded.slice(after, end));
}

/** A cue written in the plural ("deals", "coopérations"): one deal per company on the other side. */
function isPluralWord(folded: string, cue: Cue): boolean {
  return /s$/iu.test(folded.slice(cue.start, cue.end));
}

/** A deal noun in the plural ("deals", "accords"), as opposed to a verb that ends in s ("invests"). */
function isPluralNoun(folded: string, cue: Cue): boolean {
  return cue.def.role === 'noun' && isPluralWord(folded, cue);
}
