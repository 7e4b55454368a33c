/**
 * Relations in one sentence: which named companies a deal word (cue) ties together, and as what (subject,
 * object, co-parties of a mutual deal, an implied subject, a described object). See extract.ts for the
 * shapes of sentence this reads.
 */
import type { Mention } from '../types';
import { looseKey } from '../text/chars';
import type { Span } from '../text/sentences';
import { ANAPHORA } from './cues';
import { pickFocus, type Focus } from './focus';
import { countryOfAdjective } from './nationality';
import { relationKind, clauseAround } from './kinds';
import { consortiumDeal } from './consortiumBuyers';
import { apposedRoles } from './apposedRoles';
import { cuesIn, isPluralNoun, isPluralWord, type Cue } from './cueSearch';
import type { Party, Relation } from './relationTypes';
import { CO_INVESTORS_BETWEEN, endOf, extendList, groupParties, LIST_ADDITION, names, parenRanges, sideBySide } from './partyGroups';
import { elidedDeals, examplePairs, frontedBackers, investorLists, readFronted, memberLists, portfolioLists, pricedObjects } from './listRelations';
import {
  AMONG_ITS, ANALYST_AFTER, ROLE_MEMBERS_BETWEEN, BETWEEN_AFTER, BOUGHT_AFTER, BYSTANDER_END, CHIP_CATEGORIES, CHIP_WORDS, CLAUSE_BREAK, CLAUSE_TURN, COPULA,
  DESCRIBED_OBJECT, FRONTED, HYPHEN_PAIR, INVESTOR_ROLE, LAB_CATEGORIES, LAB_WORDS, LINKER_END,
  MAX_OBJECT_GAP, MAX_SUBJECT_GAP, MODIFIER_AFTER, NEGATED_ALL, NEGATION_HINT, NOUN_MODIFIER, OBJECT_LINKED,
  BACKED_BY_MODIFIER, BOUGHT_OF_NOUN, BUYER_BY, FOUNDER_NAMED_AFTER, SUPPLIER_MODIFIER, SUPPLIER_OF_BEFORE, ELIDED_AMOUNT, INTO_THE_ROUND, OWNERS_UNIT_NAMED, EXAMPLES_AS_SUBJECT, QUANTIFIED_ROLE, POSSESSIVE_PRONOUN_BEFORE, OWNER_AFTER_NOUN, AGENT_AFTER_PARTICIPLE, PARTNER_AFTER_OWNER, LATTER_OPENING, OWNER_OF_MANY, OWNER_OF_NEXT, PRONOUN_SUBJECT, PRONOUN_OPENING, DEFINITE_BEFORE, PERSON_OWNS_AFTER,
  CAPITAL_OF_FOCUS, CO_SUBJECTS, COORDINATED_PREDICATE, PRICE_BEFORE_COMMA, FRONTED_CIRCUMSTANCE, FRONTED_COMPARISON, POSSESSIVE_COORDINATED, ROLE_OWNED_BEFORE, COUNT_BEFORE_BRAND, COUNT_HARDWARE_BEFORE_BRAND, BRANDED_HARDWARE, PUBLIC_SUBJECT, RELATIVE_OPENING, MAX_RELATIVE_GAP, ALONG_WITH_END, ALONG_WITH_BETWEEN, ROUND_LED_BY, JOINT_PROJECT, EXAMPLES_OF_LINKED, EXAMPLES_INTRO_AT, EXAMPLES_AFTER_VERB, PEOPLE_AFTER, FOUNDER_OPENING, AMOUNT_WORDS, PAIR_JOIN, PAIRS_BETWEEN, SAME_OBJECT_TOO, RELATIVE_ASIDE, RAISE_BY_LINK, TOPIC_BEFORE, words,
} from './patterns';
import { matchesOf } from '../text/keptRegExps';

/** A past participle among the deal words: "signés", "conclu", "signed", "agreed". */
const PARTICIPLE = /(?:é|ée|és|ées|u|us|ue|ues|ed)$/iu;
/** Between a sale's word and what is sold, when it is a whole company: "cède", "la vente de sa filiale", "sells its unit". */
const WHOLE_SOLD_BEFORE = /^\s*(?:(?:de|d'|of)\s*)?(?:(?:sa|son|ses|its|their|leur|la|le|l')\s*)?(?:(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:filiale|subsidiary|unit|unité|division|branche)(?:\s+\p{Ll}+){0,2}\s+)?$/iu;
/** Between a company sold and its buyer: only the sale's linker ("Worldgrid à Alten", "Altera to Silver Lake"). */
const SOLD_TO_NEXT = /^\s*(?:à|au|aux|to)\s+(?:(?:la|le|l'|the)\s*)?(?:\p{Ll}[\p{Ll}-]*\s+)?$/iu;
/** A company's own partnering, told by a verb: "partners with", "is partnering with", "collaborates with". */
const PARTNERS_WITH_VERB = /^(?:partner(?:s|ed|ing)? with|team(?:s|ed|ing)? up|collaborat(?:es?|ed|ing) with)$/iu;
/** Before "partnership"/"partenariat": "in partnership with", "en partenariat avec", a company's own way of working with each. */
const IN_PARTNERSHIP_BEFORE = /(?<![\p{L}])(?:in|en)\s$/iu;

/** A cue's own linkers ending a text (the object they introduce comes next), made once per cue. */
const linkersAtEnd = new Map<string, RegExp>();
function linkerAtEnd(linkers: string): RegExp {
  let re = linkersAtEnd.get(linkers);
  if (!re) linkersAtEnd.set(linkers, (re = new RegExp(`(?:^|\\s)(?:${linkers})\\s*$`, 'iu')));
  return re;
}

/** A relative clause opened and not yet closed: ", which competes with ", ", qui concurrence ". */
const INSIDE_RELATIVE = /,\s*(?:which|who|qui)\s[^,;:]*$/iu;
/** How far back from a company its relative clause's opening is looked for. */
const RELATIVE_LOOKBACK = 300;

/** Where a fronted circumstance ("En plus de …,", "After …,") ends in the sentence, or -1. */
function frontedEnd(folded: string, sentence: Span): number {
  const m = FRONTED_CIRCUMSTANCE.exec(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 120)));
  return m ? sentence.start + m[0].length : -1;
}

/** A group cut in two where a position falls between two of its companies. */
const splitAt = (at: number) => (g: Party[]): Party[][] => {
  const cut = at < 0 ? -1 : g.findIndex((p) => p.mention.start >= at);
  return cut > 0 ? [g.slice(0, cut), g.slice(cut)] : [g];
};

export function findRelations(folded: string, sentence: Span, allCues: readonly Cue[], parties: readonly Party[], focus: Focus, recent: string[] | undefined): Relation[] {
  const candidates = outsideNames(cuesIn(allCues, sentence), parties);
  if (!candidates.length) return [];
  // Negations of the sentence, found once: a cue with one in the 40 characters before it is negated.
  const sentenceText = folded.slice(sentence.start, sentence.end);
  const negations = NEGATION_HINT.test(sentenceText)
    ? [...matchesOf(NEGATED_ALL, sentenceText)].map((m) => sentence.start + m.index + m[0].length)
    : [];
  const cues = (negations.length ? candidates.filter((c) => !negations.some((end) => end <= c.start && end > c.start - 40)) : candidates)
    // "tous les investisseurs d'Inflection", "all its suppliers": a role everyone holds names no company's tie.
    .filter((c) => (c.def.role !== 'role' || !QUANTIFIED_ROLE.test(folded.slice(Math.max(sentence.start, c.start - 16), c.start)))
      // "L'opération a été menée par A": a round's leaders only when the passage has just told a round.
      && (c.def.afterRound !== true || focus.fundraiser !== undefined));
  if (!cues.length) return [];
  const before = (pos: number) => folded.slice(Math.max(sentence.start, pos - 60), pos);
  // A bystander word right before a company, or a word or two before it ("sa filiale Altera"), but not before
  // another company and a linker: in "sa filiale Altera à Silver Lake" the word is Altera's, not Silver Lake's.
  // Only the company right before can stand between the word and this one, with the linker right after it.
  const partyIndex = new Map(parties.map((p, i) => [p, i]));
  const bystanderWordBefore = (p: Party) => {
    const lead = before(p.mention.start);
    const m = BYSTANDER_END.exec(lead);
    if (!m) return false;
    // "avec des opérateurs comme A, B et C": examples of what a linker introduces are its objects.
    // (Not a round's investors: "saw participation from prominent VCs including A, B" are read by investorLists.)
    // The test reads the lead up to the intro word, so that the later examples ("notamment A, B") are objects too.
    const intro = EXAMPLES_INTRO_AT.exec(m[0]);
    if (intro && EXAMPLES_OF_LINKED.test(lead.slice(0, m.index + intro[0].length)) && !ROUND_LED_BY.test(lead)) return false;
    // "alimentant notamment Mistral, Poolside", "supplies key chipmakers such as TSMC": examples right after a
    // transitive verb, or after its plural object noun, are its objects.
    if (EXAMPLES_INTRO_AT.test(m[0]) && cues.some((c) => c.def.transitive === true && c.end <= p.mention.start && p.mention.start - c.end <= 60
      && EXAMPLES_AFTER_VERB.test(folded.slice(c.end, p.mention.start)))) return false;
    // "its suppliers, including AMD and Nvidia", "ses partenaires, comme A": the examples of an owned role are its
    // holders ("several of these providers, including CoreWeave", "séduire des clients comme Anthropic" own none).
    if (EXAMPLES_INTRO_AT.test(m[0]) && cues.some((c) => c.def.role === 'role' && c.end <= p.mention.start && ROLE_MEMBERS_BETWEEN.test(folded.slice(c.end, p.mention.start))
      && ROLE_OWNED_BEFORE.test(folded.slice(Math.max(sentence.start, c.start - 40), c.start)))) return false;
    const from = p.mention.start - lead.length + m.index;
    const q = parties[partyIndex.get(p)! - 1];
    // "a levé 100 millions auprès de Bpifrance, aux côtés de Sequoia": co-investors of an investment's object.
    if (q && CO_INVESTORS_BETWEEN.test(folded.slice(q.mention.end, p.mention.start)) && cues.some((c) => c.def.raise && c.end <= q.mention.start)) return false;
    return !(q && q.mention.start >= from && q.mention.end <= p.mention.start
      && /^\s*(?:à|au|aux|to|pour|for|par|by)\s+$/iu.test(folded.slice(q.mention.end, p.mention.start)));
  };
  // "Alphabet's Google": only the next company can stand right after an owner's "'s" (parties are in order).
  const ownsNext = (p: Party) => {
    let i = partyIndex.get(p)! + 1;
    while (i < parties.length && parties[i]!.mention.start <= p.mention.end) i++;
    return i < parties.length && OWNER_OF_NEXT.test(folded.slice(p.mention.end, parties[i]!.mention.start));
  };
  const groups = (groupParties(folded, parties.filter((p) => !MODIFIER_AFTER.test(folded.slice(p.mention.end, p.mention.end + 2))
    // "founded by the Netflix engineers who created Iceberg": a company naming whose people they are is no party.
    && !PEOPLE_AFTER.test(folded.slice(p.mention.end, p.mention.end + 16))
    // "Jefferies downgraded Vistra's stock": an analyst rates a company, it is no party of a deal with it.
    && !ANALYST_AFTER.test(folded.slice(p.mention.end, p.mention.end + 80))
    // "Le fondateur de Spotify investit 600 millions dans Helsing": the founder invests, not the company.
    && !(p.mention.start - sentence.start < 40 && FOUNDER_OPENING.test(folded.slice(sentence.start, p.mention.start)))
    && !OWNER_OF_MANY.test(folded.slice(p.mention.end, p.mention.end + 40))
    && !ownsNext(p)))
    // Named in passing, unless what follows says it was bought: "un ancien de DeepMind, racheté par Google".
    .filter((g) => !bystanderWordBefore(g[0]!) || BOUGHT_AFTER.test(folded.slice(g[g.length - 1]!.mention.end, g[g.length - 1]!.mention.end + 40))))
    // "En plus de la vente de sa participation dans Nvidia, SoftBank s'est retiré de T-Mobile": the comma that closes
    // a fronted circumstance ends a list there; the company before it is no co-subject of the main clause.
    .flatMap(splitAt(frontedEnd(folded, sentence)));
  // A company a fronted comparison names ("Comme Mandiant avant elle, Wiz sera incorporée à Google Cloud", "Like
  // Mandiant before it, …") stands outside the sentence's deal and does not count as a bystander of it.
  const compared = FRONTED_COMPARISON.exec(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 80)));
  const outside = compared ? parties.filter((p) => p.mention.end <= sentence.start + compared[0].length).length : 0;
  const bystanders = parties.length - outside - groups.reduce((n, g) => n + g.length, 0);
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
  // "Atos cède sa filiale Worldgrid à Alten": the one company between a sale's word and its buyer, when it is sold
  // whole (not "51 % d'Altera", nor "ZT Systems' manufacturing business").
  const wholeCompanySold = (from: number, buyerStart: number): Party | undefined => {
    let sold: Party | undefined;
    for (const p of parties) {
      if (p.mention.start < from || p.mention.end > buyerStart) continue;
      if (sold) return undefined;
      sold = p;
    }
    return sold && WHOLE_SOLD_BEFORE.test(gapText(from, sold.mention.start)) && SOLD_TO_NEXT.test(gapText(sold.mention.end, buyerStart)) ? sold : undefined;
  };
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
  // Sales whose object is the buyer, and the companies the sale is about (what was sold and its buyer).
  const sales: { relation: Relation; sold: Set<string> }[] = [];
  const add = (ps: string[], start: number, end: number, cue: Cue, objectStart?: number, ordinal?: number) => {
    const unique = [...new Set(ps)];
    const key = relationKey(unique);
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
  // The investors of each company's round in this sentence, however many lists named them ("led by A with
  // participation from B": A and B are co-investors, not a deal of their own).
  // "With $100 million in funding from A, B, and others, C plans …": read once, for both rules.
  const fronted = readFronted(folded, sentence, parties, cues, focus);
  const coInvestors = [...[...investorLists(folded, sentence, parties, cues, focus, recent, add, fronted), ...frontedBackers(fronted, add)].reduce((byRecipient, { investors, recipient }) => {
    const known = byRecipient.get(recipient);
    if (known) for (const i of investors) known.add(i);
    else byRecipient.set(recipient, new Set(investors));
    return byRecipient;
  }, new Map<string, Set<string>>())].map(([recipient, investors]) => ({ investors, recipient }));
  examplePairs(folded, sentence, parties, cues, add);
  portfolioLists(folded, sentence, parties, cues, focus, add);
  memberLists(folded, sentence, parties, cues, focus, add);

  for (const cue of cues) {
    if (cue.def.role === 'members' || cue.def.role === 'continued') continue;
    // Every group is visible from a cue when the sentence has no parenthesis (most sentences): no copy is made.
    const visible = parens.length ? groups.filter(visibleFrom(cue.start)) : groups;
    // cue entre A et B / between A and B
    // Made by pushes, not `filter`: an empty result then has the map of a full one (one shape for the optimiser).
    const after: Party[][] = [];
    for (const g of visible) if (g[0]!.mention.start >= cue.end) after.push(g);
    const firstAfter = after.length ? after[0] : undefined;
    if (firstAfter && firstAfter.length >= 2 && BETWEEN_AFTER.test(folded.slice(cue.end, firstAfter[0]!.mention.start))) {
      // "noués entre Microsoft et OpenAI, Amazon et Anthropic, Google et Anthropic": pairs, one deal each.
      const pairs = pairsListed(folded, after);
      if (pairs.length > 1) for (const [a, b] of pairs) add([a.name, b.name], a.mention.start, b.mention.end, cue);
      else add(names(firstAfter), cue.start, firstAfter[firstAfter.length - 1]!.mention.end, cue);
      continue;
    }
    // subject: the nearest group before the cue in the same clause that no linker introduces; a linked
    // group between it and the cue is the object ("AMD accorde à OpenAI des bons de souscription").
    let subject: string[] | undefined;
    let subjectGroup: Party[] | undefined;
    let linkedBetween: Party[] | undefined;
    let possessorBetween: Party[] | undefined;
    let subjectStart = cue.start;
    for (let gi = visible.length - 1; gi >= 0; gi--) {
      const g = visible[gi]!;
      if (g[g.length - 1]!.mention.end > cue.start) continue;
      // A relative clause between the subject and its verb is stepped over: "SoftBank, which has pledged …, made an investment".
      const rawGap = gapText(g[g.length - 1]!.mention.end, cue.start);
      const gap = rawGap.replace(RELATIVE_ASIDE, ' ');
      // "Deutsche Telekom, which already operates more than 180 data centres and provides cloud services in partnership
      // with …": a cue inside a relative clause has the clause's antecedent for subject, however long the clause.
      const inRelative = RELATIVE_OPENING.test(rawGap);
      // "… and Hotwire Communications, as well as a landmark agreement": what a list adds is no verb of its items.
      if (LIST_ADDITION.test(rawGap)) break;
      if (CLAUSE_BREAK.test(gap) || (!inRelative && CLAUSE_TURN.test(gap)) || words(gap) > (inRelative ? MAX_RELATIVE_GAP : MAX_SUBJECT_GAP)) break;
      // "son intérêt pour Wayve ou sa participation au capital d'Intel": the owner of a deal noun coordinated after a
      // company is not that company.
      if (cue.def.role === 'noun' && POSSESSIVE_COORDINATED.test(gap)) continue;
      // "Google a déboursé 500 millions pour s'offrir Siemplify, qui …, et 5,4 milliards pour acheter Mandiant": the
      // object of the deal before, followed by "et"/"and", is no subject; the second deal has the first one's.
      const objectBefore = COORDINATED_PREDICATE.test(gap) ? relations.find((r) => r.objectStart === g[0]!.mention.start) : undefined;
      if (objectBefore) {
        const firstSubject = objectBefore.parties.filter((n) => !names(g).includes(n));
        if (firstSubject.length) {
          subject = firstSubject;
          // The first deal's price, right after its object, is not the second's: "Intersil for $3.2bn, going on to acquire IDT".
          subjectStart = objectBefore.end + (PRICE_BEFORE_COMMA.exec(folded.slice(objectBefore.end, cue.start))?.[0].length ?? 0);
        }
        break;
      }
      const lead = before(g[0]!.mention.start);
      // "Amazon remains Anthropic's primary cloud provider" (a role after a copula): the possessor is the other side.
      const possessor = cue.def.role === 'role' && /^'s\b/u.test(folded.slice(g[g.length - 1]!.mention.end, g[g.length - 1]!.mention.end + 3))
        && COPULA.test(folded.slice(sentence.start, g[0]!.mention.start));
      const g0 = g[0]!.mention;
      // "before the Intel announcement, the company spent …": a company describing a noun is no subject.
      if (g.length === 1 && modifiesNoun(g0)) continue;
      // "Amazon founder Jeff Bezos has participated in the round": the founder invests, not the company.
      if (cue.def.kind === 'investment' && g.length === 1 && FOUNDER_NAMED_AFTER.test(folded.slice(g0.end, Math.min(sentence.end, g0.end + 40)))) continue;
      if (possessor) {
        possessorBetween ??= g;
        continue;
      }
      // "SK Hynix, which competes with Micron and Samsung in the HBM market, was Nvidia's supplier": a company inside
      // a relative clause that closes before the cue is no subject of it (the clause's antecedent is).
      // (The comma first, then a bounded look back: this runs for every group before every cue.)
      if (gapText(g[g.length - 1]!.mention.end, cue.start).includes(',') && INSIDE_RELATIVE.test(folded.slice(Math.max(sentence.start, g0.start - RELATIVE_LOOKBACK), g0.start))) continue;
      // "Amazon remains Anthropic's partner, having invested …": a possessor far from the cue is not its subject
      // ("Nvidia's investment in OpenAI" keeps Nvidia: the cue follows the possessive).
      const afterGroup = folded.slice(g[g.length - 1]!.mention.end, cue.start);
      // An amount between them does not count ("OpenAI's reported $300 billion contract with Oracle").
      if (/^'s\b/u.test(afterGroup) && words(afterGroup.replace(AMOUNT_WORDS, ' ')) > 3) {
        linkedBetween ??= g;
        continue;
      }
      // "Mubadala Capital, along with US investment firm Valor Equity Partners, took the lead": both are subjects.
      const alongWith = ALONG_WITH_END.test(lead);
      if (LINKER_END.test(lead) && !/(?:^|\s)(?:entre|between)\s*$/iu.test(lead) && !alongWith && !BOUGHT_AFTER.test(folded.slice(g[g.length - 1]!.mention.end, g[g.length - 1]!.mention.end + 40))) {
        linkedBetween ??= g;
        continue;
      }
      subject = names(g);
      subjectGroup = g;
      subjectStart = g[0]!.mention.start;
      const along = alongWith ? visible.find((h) => h !== g && h[h.length - 1]!.mention.end <= g[0]!.mention.start
        && ALONG_WITH_BETWEEN.test(folded.slice(h[h.length - 1]!.mention.end, g[0]!.mention.start))) : undefined;
      if (along) {
        subject = [...names(along), ...subject];
        subjectStart = along[0]!.mention.start;
      }
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
    // "les géants du cloud (Google, Microsoft, Oracle, xAI) achètent des GPU Nvidia": the companies a parenthesis
    // lists right before the verb are its subject.
    if (!subject) {
      const listing = parens.find((p) => p.end <= cue.start && cue.start - p.end <= 40 && words(folded.slice(p.end, cue.start)) <= 2 && !CLAUSE_BREAK.test(folded.slice(p.end, cue.start)));
      const listed = listing ? parties.filter((p) => p.mention.start > listing.start && p.mention.end < listing.end) : [];
      if (listed.length >= 2) ({ subject, subjectStart } = listedSubject(listed));
    }
    // "Arm customers, including Apple, Google and Samsung, have all said they would invest": the examples of a kind
    // of company the subject names are the ones who invest (they replace the subject found, "Arm").
    if (cue.def.kind === 'investment') {
      const lookFrom = Math.max(sentence.start, cue.start - 200);
      const examples = EXAMPLES_AS_SUBJECT.exec(folded.slice(lookFrom, cue.start));
      const from = examples ? lookFrom + examples.index + examples[0].length : cue.start;
      const listed = examples ? parties.filter((p) => p.mention.start >= from && p.mention.end <= cue.start) : [];
      const last = listed[listed.length - 1];
      if (last && words(folded.slice(last.mention.end, cue.start)) <= MAX_SUBJECT_GAP) ({ subject, subjectStart } = listedSubject(listed));
    }
    // "… : Microsoft. Ce dernier, déjà partenaire d'OpenAI, a investi 16 millions …": "ce dernier", "the latter"
    // opening the sentence stand for the company named last before it.
    // (The opening first: the companies named before are looked up only for it.)
    if (!subject && LATTER_OPENING.test(folded.slice(sentence.start, cue.start)) && focus.recent[0] && words(folded.slice(sentence.start, cue.start)) <= MAX_SUBJECT_GAP) {
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
    // "la cession de sa filiale Altera à Silver Lake": what is sold stands between a sale and its buyer, who is the object.
    const objectGroup = firstAfter && firstAfter.length === 1 && after[1] && cue.def.linkers
      && (BRANDED_HARDWARE.test(folded.slice(firstAfter[0]!.mention.end, firstAfter[0]!.mention.end + 60))
        || (cue.def.sold === true && !CLAUSE_BREAK.test(gapText(firstAfter[0]!.mention.end, after[1][0]!.mention.start)))) ? after[1] : firstAfter;
    // "to rent Nvidia chips": what is rented is branded by its maker, who is not the lessor.
    const brandRented = cue.def.kind === 'cloud' && objectGroup === firstAfter && objectGroup !== undefined && objectGroup.length === 1
      && BRANDED_HARDWARE.test(folded.slice(objectGroup[0]!.mention.end, objectGroup[0]!.mention.end + 60));
    if (objectGroup && !brandRented) {
      // The buyer's distance from a sale is counted from what is sold.
      const gapFrom = cue.def.sold === true && objectGroup !== firstAfter ? firstAfter![firstAfter!.length - 1]!.mention.end : cue.end;
      const gap = gapText(gapFrom, objectGroup[0]!.mention.start);
      const n = words(gap);
      const lead = folded.slice(Math.max(cue.end, objectGroup[0]!.mention.start - 60), objectGroup[0]!.mention.start);
      const objectEnd = objectGroup[objectGroup.length - 1]!.mention.end;
      const linked = (cue.def.linkers
        ? linkerAtEnd(cue.def.linkers).test(lead)
        : OBJECT_LINKED.test(lead) || (n === 0 && /^\s*(?:'s)?\s*$/.test(gap)))
        // "signed contracts with several large companies, among them A, B": the examples of a linked plural noun.
        || EXAMPLES_OF_LINKED.test(lead)
        // "ses partenaires que sont A, B et C", "its suppliers, including A and B": the companies that hold the role.
        || (cue.def.role === 'role' && gapFrom === cue.end && ROLE_MEMBERS_BETWEEN.test(gap) && ROLE_OWNED_BEFORE.test(folded.slice(Math.max(sentence.start, cue.start - 40), cue.start)))
        // "will deploy 50,000 Nvidia GPUs": hardware counted and branded by its maker, bought from it.
        || (cue.def.kind === 'purchase' && COUNT_BEFORE_BRAND.test(gap) && BRANDED_HARDWARE.test(folded.slice(objectEnd, objectEnd + 60)))
        // "va déployer jusqu'à 50 000 GPU Nvidia Blackwell": the same in French order.
        || (cue.def.kind === 'purchase' && COUNT_HARDWARE_BEFORE_BRAND.test(gap));
      // "rachète Intel", "to buy server builder ZT Systems", "to buy bitcoin miner turned data center operator Core Scientific"
      const direct = cue.def.transitive === true && gapFrom === cue.end && (n <= 3 || (n <= 7 && /^[\s\p{Ll}\p{Pd}']*$/u.test(gap)));
      // "Microsoft a investi 88 millions d'euros, Nvidia 46 millions": after an amount and a comma, a company
      // followed by its own amount is the subject of a clause whose verb is left out, not an object.
      const elidedSubject = sideBySide(folded, gap, objectEnd, sentence.end);
      const personOwned = objectGroup.length === 1 && PERSON_OWNS_AFTER.test(folded.slice(objectGroup[0]!.mention.end, Math.min(sentence.end, objectGroup[0]!.mention.end + 30)));
      // "…, as well as new backer Sequoia": a role noun with no owner before it, right before a company, is that
      // company's title (Sequoia is the backer), not a link to it ("Nvidia's partner Nokia", "son partenaire X" keep theirs).
      const titled = cue.def.role === 'role' && n === 0 && !ROLE_OWNED_BEFORE.test(folded.slice(Math.max(sentence.start, cue.start - 40), cue.start));
      // An amount in the gap is one fact, not words that set the object apart: "un tour de table de 105 millions
      // d'euros auprès du fonds de capital risque américain Lightspeed".
      const farWords = n > MAX_OBJECT_GAP ? words(gap.replace(AMOUNT_WORDS, ' ')) : n;
      if (!CLAUSE_BREAK.test(gap) && farWords <= MAX_OBJECT_GAP && (linked || direct) && !elidedSubject && !personOwned && !titled) object = objectGroup;
      // "invest in SoftBank Group's British chip design unit, Arm": the owner's unit, named after it, is the object.
      if (object === firstAfter && object?.length === 1 && after[1] && OWNERS_UNIT_NAMED.test(gapText(object[0]!.mention.end, after[1][0]!.mention.start))) object = after[1];
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
    // "a levé 50 millions auprès de Sequoia, rejoint par Accel et Bpifrance": co-investors named after a round's
    // investor invest the same way (only after words that say so, never after a bare comma).
    if (object && cue.def.raise) {
      for (let k = after.indexOf(object); k >= 0 && after[k + 1] && CO_INVESTORS_BETWEEN.test(gapText(after[k]![after[k]!.length - 1]!.mention.end, after[k + 1]![0]!.mention.start)); k++) {
        object = [...object, ...after[k + 1]!];
      }
    }
    // "les coopérations existantes d'OpenAI avec Microsoft, Oracle et SoftBank": a deal noun whose owner
    // follows it ("de"/"d'") and whose other side follows that ("avec", "with").
    // "ceux signés par TotalEnergies avec A, B": a participle's agent is the owner too.
    if (!subject && object && cue.def.role === 'noun' && (OWNER_AFTER_NOUN.test(gapText(cue.end, object[0]!.mention.start))
      || (PARTICIPLE.test(folded.slice(cue.start, cue.end)) && AGENT_AFTER_PARTICIPLE.test(gapText(cue.end, object[0]!.mention.start))))) {
      const others = after[1];
      const between = others ? gapText(object[object.length - 1]!.mention.end, others[0]!.mention.start) : '';
      // "… avec plusieurs autres grandes entreprises, parmi lesquelles A, B": the examples of the other side.
      if (others && (PARTNER_AFTER_OWNER.test(between) || EXAMPLES_OF_LINKED.test(between))) {
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
    // Not a verb of raising: who raises money is no investor in the round ("…, is on track to raise $300 million").
    const intoRound = subject && !object && !described && !linkedBetween && cue.def.kind === 'investment' && !cue.def.raise && focus.fundraiser && !subject.includes(focus.fundraiser)
      && (ELIDED_AMOUNT.test(folded.slice(cue.end, Math.min(sentence.end, cue.end + 50))) || INTO_THE_ROUND.test(folded.slice(cue.end, Math.min(sentence.end, cue.end + 60)))) ? focus.fundraiser : undefined;
    // "Meta était déjà entré au capital à cette occasion, de même qu'Amazon, Intel ou Nvidia": a stake with no
    // object is in the company the note is about, and the companies after "de même que" took one too.
    const intoCapital = subject && !object && !described && !intoRound && cue.def.kind === 'stake' && CAPITAL_OF_FOCUS.test(folded.slice(cue.start, Math.min(sentence.end, cue.end + 12)))
      ? focus.main.find((n) => !subject.includes(n)) : undefined;
    // "collabore avec des opérateurs comme A, B et C" (examples), "in partnership with A, B and C": one deal each.
    const examplesOfObject = object !== undefined
      && EXAMPLES_OF_LINKED.test(folded.slice(Math.max(cue.start, object[0]!.mention.start - 80), object[0]!.mention.start));
    const inPartnership = IN_PARTNERSHIP_BEFORE.test(folded.slice(Math.max(sentence.start, cue.start - 4), cue.start));
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
      // "A, B et C avaient injecté 15 millions dans l'entreprise": several companies not acting together, one deal each.
      if (!cue.def.mutual && subject.length > 1) subject.forEach((name, i) => add([name, described], subjectStart, describedEnd, cue, undefined, i));
      else add([...subject, described], subjectStart, describedEnd, cue);
    } else if (subject && !object && cue.def.kind === 'investment' && recent && SAME_OBJECT_TOO.test(folded.slice(cue.end, Math.min(sentence.end, cue.end + 30)))
      && !subject.includes(recent[recent.length - 1]!)) {
      // "SoftBank, which …, made a surprise $2 billion investment too": in the company of the deal just reported.
      add([...subject, recent[recent.length - 1]!], subjectStart, cue.end, cue);
    } else if (subject && !object && !linkedBetween && cue.def.role === 'role' && INVESTOR_ROLE.test(folded.slice(cue.start, cue.end)) && focus.fundraiser
      && !subject.includes(focus.fundraiser) && COPULA.test(folded.slice(Math.max(sentence.start, cue.start - 40), cue.start).replace(/[«»"“”]/gu, ' '))) {
      // "Verkor lève 2 milliards. Macquarie est le principal investisseur": an investor of the round just told.
      const raiser = focus.fundraiser;
      subject.forEach((name, i) => add([name, raiser], subjectStart, cue.end, cue, undefined, subject!.length > 1 ? i : undefined));
    } else if (subject && subject.length >= 2 && !object && !linkedBetween && cue.def.role === 'role' && INVESTOR_ROLE.test(folded.slice(cue.start, cue.end)) && focus.lead && !subject.includes(focus.lead)) {
      // "Nvidia and Cisco joined as strategic investors": co-investors in the company the passage is about.
      const lead = focus.lead;
      subject.forEach((name, i) => add([name, lead], subjectStart, cue.end, cue, undefined, subject!.length > 1 ? i : undefined));
    } else if (subject && object) {
      const objectNames = names(object);
      const end = object[object.length - 1]!.mention.end;
      // A plural deal noun ("les coopérations d'OpenAI avec Microsoft, Oracle et SoftBank") is one deal each too.
      const plural = isPluralNoun(folded, cue);
      // "Nvidia was partnering with Palantir, Eli Lilly, CrowdStrike and Uber": one company partnering with three or
      // more is a partnership with each, not one of all.
      const eachPartner = subject.length === 1 && objectNames.length >= 3 && (PARTNERS_WITH_VERB.test(folded.slice(cue.start, cue.end)) || inPartnership);
      if ((!cue.def.mutual || plural || eachPartner || examplesOfObject) && (subject.length === 1) !== (objectNames.length === 1)) {
        // One side is several companies and the deal is not made together: "backed by Amazon and Google",
        // "Microsoft and Nvidia will invest … in Anthropic" are one deal per company.
        const [one, many] = subject.length === 1 ? [subject, objectNames] : [objectNames, subject];
        many.forEach((m, i) => {
          const relation = add([...one, m], subjectStart, end, cue, object[0]!.mention.start, many.length > 1 ? i : undefined);
          // "a levé 600 millions auprès de A, B et C": the round's size is no investor's share.
          if (cue.def.raise && one === subject) relation.shareOf ??= endOf(object, m);
        });
      } else {
        // "Atos cède sa filiale Worldgrid à Alten": a whole company sold is the deal of its buyer and itself (not a
        // stake of it, "51 % d'Altera", nor a part of it, "ZT Systems' manufacturing business").
        const sold = cue.def.sold === true ? wholeCompanySold(cue.end, object[0]!.mention.start) : undefined;
        const relation = add(sold ? [sold.name, ...objectNames] : [...subject, ...objectNames], subjectStart, end, cue, object[0]!.mention.start);
        if (sold) relation.kind = 'acquisition';
        // "sell the business of ZT Systems to Sanmina": what was sold, stepped over to reach the buyer.
        if (cue.def.sold === true && object !== firstAfter && firstAfter) sales.push({ relation, sold: new Set([...names(firstAfter), ...objectNames]) });
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
      // "Le gouvernement français a signé un accord avec Fluidstack": a public body is the subject, not a company of the note.
      if (!reported && PUBLIC_SUBJECT.test(folded.slice(sentence.start, cue.start))) continue;
      // "Included in the transaction are Intersect's team and projects from its partnership with Google": a possessive
      // pronoun before the deal word stands for the company the sentence named last before it.
      const antecedent = POSSESSIVE_PRONOUN_BEFORE.test(folded.slice(Math.max(sentence.start, cue.start - 40), cue.start))
        // Not a company the pronoun's noun is coordinated after ("son intérêt pour Wayve ou sa participation au capital d'Intel").
        ? [...parties].reverse().find((p) => p.mention.end <= cue.start && !objectNames.includes(p.name) && !POSSESSIVE_COORDINATED.test(gapText(p.mention.end, cue.start))) : undefined;
      const implied = reported ?? antecedent?.name ?? pickFocus(focus, (cue.def.kind === 'acquisition' || cue.def.kind === 'purchase') && focus.bought?.size ? [...objectNames, ...focus.bought] : objectNames);
      const end = object[object.length - 1]!.mention.end;
      // "deals with Nvidia and Broadcom" (plural) are one deal each; "une collaboration avec Oracle et SoftBank" is one.
      const plural = isPluralWord(folded, cue);
      const objectStart = object[0]!.mention.start;
      if (implied && (!cue.def.mutual || plural || examplesOfObject || (inPartnership && objectNames.length >= 3)) && objectNames.length > 1) {
        objectNames.forEach((m, i) => {
          const relation = add([implied, m], cue.start, end, cue, objectStart, i);
          if (cue.def.raise) relation.shareOf ??= endOf(object, m);
        });
      } else if (implied) add([implied, ...objectNames], cue.start, end, cue, objectStart);
    } else if (subject && subject.length >= 2 && subject.length <= 4 && !object && !linkedBetween && (cue.def.kind === 'investment' || cue.def.linkers !== undefined)
      && subjectGroup && words(gapText(subjectGroup[subjectGroup.length - 1]!.mention.end, cue.start)) <= 4
      && JOINT_PROJECT.test(folded.slice(subjectGroup[subjectGroup.length - 1]!.mention.end, Math.min(sentence.end, cue.end + 100)))) {
      // "NVIDIA et Deutsche Telekom investissent 1 Md€ dans un centre de données", "A and B will jointly invest":
      // companies that invest in or build one thing together make one deal.
      add(subject, subjectStart, cue.end, cue).kind ??= 'partnership';
    } else if (subject && subject.length >= 2 && !object && cue.def.mutual
      // More than four companies make one deal only when the deal is said to be theirs ("A, B, … and F announced their partnership").
      && (subject.length <= 4 || /(?:^|\s)(?:their|leur)\s+(?:[\p{Ll}-]+\s+)?$/iu.test(folded.slice(Math.max(sentence.start, cue.start - 30), cue.start)))) {
      // "AMD et OpenAI annoncent un partenariat" — but not "Nvidia, Microsoft et Bpifrance participent au tour de
      // table", nor a topic ("Pour Microsoft et Nvidia, l'accord …"), nor deals each made with others ("Nvidia &
      // AMD score deals in Saudi Arabia").
      const plural = isPluralNoun(folded, cue);
      const gap = subjectGroup ? gapText(subjectGroup[subjectGroup.length - 1]!.mention.end, cue.start) : undefined;
      if (gap !== undefined && words(gap) <= 8 && !plural) add(subject, subjectStart, cue.end, cue);
    }
  }

  elidedDeals(folded, sentence, parties, relations, add, kindOf);
  pricedObjects(folded, parties, relations, add, kindOf);

  // "sa dépendance à Microsoft Azure, son partenaire historique", "Amazon, its main cloud provider".
  for (const r of apposedRoles(folded, sentence, parties, (exclude) => pickFocus(focus, exclude))) {
    const cue = cues.find((c) => c.start >= r.party.mention.end && c.end <= r.end) ?? cues[0]!;
    add([r.owner, r.party.name], r.party.mention.start, r.end, cue).kind ??= r.kind;
  }

  // "Nvidia-backed CoreWeave", "SoftBank-funded OpenAI": an investment told by a modifier.
  for (let i = 0; i + 1 < parties.length; i++) {
    const a = parties[i]!;
    const b = parties[i + 1]!;
    const gap = folded.slice(a.mention.end, b.mention.start);
    if (BACKED_BY_MODIFIER.test(gap)) add([a.name, b.name], a.mention.start, b.mention.end, cues[0]!).kind ??= 'investment';
    // "Nvidia supplier SK Hynix", "le fournisseur de Nvidia SK Hynix": a supplier named by its customer; "Apple
    // suppliers Skyworks, Qorvo": each of the list.
    const supplier = SUPPLIER_MODIFIER.exec(gap);
    if (supplier || (/^,?\s+$/u.test(gap) && SUPPLIER_OF_BEFORE.test(folded.slice(Math.max(sentence.start, a.mention.start - 40), a.mention.start)))) {
      add([a.name, b.name], a.mention.start, b.mention.end, cues[0]!).kind ??= 'supply';
      // The list's other items are the rest of the group b opens.
      const listed = supplier?.[1] ? groups.find((g) => g[0] === b) : undefined;
      for (const p of listed?.slice(1) ?? []) add([a.name, p.name], a.mention.start, p.mention.end, cues[0]!).kind ??= 'supply';
    }
  }

  // "le duo Google-Meta", "the Nvidia–OpenAI deal"
  for (let i = 0; i + 1 < parties.length; i++) {
    const a = parties[i]!;
    const b = parties[i + 1]!;
    if (HYPHEN_PAIR.test(folded.slice(a.mention.end, b.mention.start))) add([a.name, b.name], a.mention.start, b.mention.end, cues[0]!);
  }

  // "L'acquisition de Deepomatic par le britannique IQGeo, soutenu par KKR", "the purchase of A by B": a noun of buying,
  // what was bought right after it ("de", "of") and the buyer after "par", "by" (an article, a nationality, a word or
  // two between), whatever other companies the sentence names.
  for (const cue of cues) {
    if (cue.def.kind !== 'acquisition' || !cue.def.transitive) continue;
    const bought = parties.find((p) => p.mention.start >= cue.end && p.mention.start - cue.end <= 12 && BOUGHT_OF_NOUN.test(folded.slice(cue.end, p.mention.start)));
    if (!bought) continue;
    const buyer = parties.find((p) => p.mention.start > bought.mention.end && p.mention.start - bought.mention.end <= 50 && BUYER_BY.test(folded.slice(bought.mention.end, p.mention.start)));
    if (buyer && buyer.name !== bought.name) add([buyer.name, bought.name], cue.start, buyer.mention.end, cue, bought.mention.start).kind = 'acquisition';
  }

  // Two companies, one strong cue, nothing else to go on.
  if (!relations.length) {
    const named = [...new Set(groups.flat().map((p) => p.name))];
    // Two companies named together as one subject ("Samsung and SK Hynix signed letters of intent to
    // supply …") made a deal with each other only if the cue says so ("… announced a partnership").
    const together = groups.length === 1;
    // … but not as a topic ("Pour Microsoft et Nvidia, l'accord …") or with deals each made with others
    // ("Nvidia & AMD score deals").
    // … nor as examples of the kind of company a deal is sought with ("encourage la collaboration avec des géants
    // comme NTT et Sony").
    const topic = together && (TOPIC_BEFORE.test(folded.slice(sentence.start, groups[0]![0]!.mention.start))
      || EXAMPLES_OF_LINKED.test(folded.slice(Math.max(sentence.start, groups[0]![0]!.mention.start - 80), groups[0]![0]!.mention.start)));
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
  // "… sell the business of ZT Systems to Sanmina in a $3 billion deal": a deal of what was sold and its buyer is
  // the sale itself, which takes its span (and so its amount).
  const partOfSale = (r: Relation) => sales.find((s) => s.relation !== r && r.parties.every((p) => s.sold.has(p)));
  for (const r of relations) {
    const sale = partOfSale(r);
    if (sale) sale.relation.end = Math.max(sale.relation.end, r.end);
  }
  const kept = relations.filter((r) => !partOfSale(r) && !coInvestors.some(({ investors, recipient }) => !r.parties.includes(recipient)
    && r.parties.some((p) => investors.has(p)) && r.parties.every((p) => investors.has(p) || !namedHere.has(p)))
    // The consortium's deal stands for the parts of it the other rules found.
    && !(inConsortium && r.parties.length < inConsortium.size && r.parties.every((p) => inConsortium.has(p))));
  for (const r of kept) r.kind ??= kept.length === 1 ? relationKind(folded, { ...r, ...clauseAround(folded, sentence, r) }, cues) : kindOf(r);
  return kept;
}

/** The parties' loose keys in order, joined by "+" (two parties, the most common, without an array sorted). */
function relationKey(parties: readonly string[]): string {
  if (parties.length === 2) {
    const a = looseKey(parties[0]!);
    const b = looseKey(parties[1]!);
    return a <= b ? `${a}+${b}` : `${b}+${a}`;
  }
  return parties.map(looseKey).sort().join('+');
}

/**
 * The cues that are no part of a company's name ("Commonwealth Fusion Systems" holds no merger). Cues and parties
 * are both in order of start: one pass over each.
 */
function outsideNames(cues: Cue[], parties: readonly Party[]): Cue[] {
  if (!parties.length) return cues;
  const kept: Cue[] = [];
  let p = 0;
  for (const c of cues) {
    while (p < parties.length && parties[p]!.mention.end <= c.start) p++;
    const party = p < parties.length ? parties[p] : undefined;
    if (!party || c.end <= party.mention.start || c.start < party.mention.start || c.end > party.mention.end) kept.push(c);
  }
  return kept;
}

/**
 * Companies listed as pairs after "between", "A et B, C et D, E et F", "A and B, and C and D": "et"/"and" inside each
 * pair, a comma between one pair and the next, across the groups the list was cut into.
 */
function pairsListed(folded: string, groups: readonly Party[][]): [Party, Party][] {
  const pairs: [Party, Party][] = [];
  const listed: Party[] = [];
  for (const g of groups) {
    const last = listed[listed.length - 1];
    if (last && !PAIRS_BETWEEN.test(folded.slice(last.mention.end, g[0]!.mention.start))) break;
    listed.push(...g);
  }
  for (let i = 0; i + 1 < listed.length; i += 2) {
    const a = listed[i]!;
    const b = listed[i + 1]!;
    if (!PAIR_JOIN.test(folded.slice(a.mention.end, b.mention.start))) break;
    if (i > 0 && !PAIRS_BETWEEN.test(folded.slice(listed[i - 1]!.mention.end, a.mention.start))) break;
    pairs.push([a, b]);
  }
  return pairs;
}

/** Companies listed together as a verb's subject: their names, once each, and where the list starts. */
function listedSubject(listed: readonly Party[]): { subject: string[]; subjectStart: number } {
  return { subject: [...new Set(listed.map((p) => p.name))], subjectStart: listed[0]!.mention.start };
}
