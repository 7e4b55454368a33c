/**
 * Relations told by lists and elisions rather than by one subject and one object: the investors of a round,
 * the customers a company lists, examples of deals just spoken of, and a second subject whose verb is left out.
 */
import type { DealKind } from '../types';
import type { Span } from '../text/sentences';
import type { Cue } from './cueSearch';
import type { AddRelation, Party, Relation } from './relationTypes';
import { pickFocus, type Focus } from './focus';
import { CONSORTIUM_LEAD, CONSORTIUM_WORD } from './consortiumBuyers';
import { DEAL_OPENING_WORDS, SERVES_MEMBERS } from './cues';
import { endOf, extendList, extendListBack, groupParties, names } from './partyGroups';
import {
  BACKED_BETWEEN, BACKED_WINDOW, CO_INVESTORS_AFTER, CONTINUED_LIST, ELIDED_AMOUNT, ELIDED_CONJUNCTION, ELIDED_OBJECT, EXAMPLE_INTRO, EXAMPLES_FOLLOW,
  GROUP_JOIN, INVESTOR_LIST, INVESTORS_AFTER_DASH, INVESTORS_AFTER_DASH_END, EXAMPLES_LEAD_END, CAREER_BEFORE, PORTFOLIO_LIST, PORTFOLIO_LEAD_CHARS, DEALS_EXAMPLES, STAKE_EXAMPLES, INVESTOR_NOUN, INVESTORS_BEFORE, LED_BY_PEOPLE, LINKER_END, LIST_LEAD_CHARS, MEMBERS_BEFORE, MEMBERS_INTRO, MEMBERS_OWNED,
  OPENING_PRONOUN, OWNER_BEFORE_ROLE, PAIR_JOIN, PERSON_NAMED_AFTER, PARTNER_JOIN, PLURAL_DEALS_WITH, ROLE_OF_DESCRIBED, ROLE_OWNER_AFTER, ROUND_LED_BY, ROUND_LED_BY_WORDS, ROUND_MEMBERS, ROUND_MEMBERS_WORDS, INVESTOR_LIST_WORDS,
  ROUND_NAMED, ROUND_OF_BEFORE, ROUND_OWNER_BEFORE, ROUND_RELATIVE_BEFORE,
} from './patterns';

const SERVES_MEMBERS_RE = new RegExp(`^${SERVES_MEMBERS}$`, 'iu');
/** Role nouns whose members a list may name too ("Early partners include A, B", "ses fournisseurs comprennent", "les clients de Nvidia comprennent"): partners, or suppliers and customers. */
const LISTED_ROLE = /^(?:(partners|partenaires)|(suppliers|providers|fournisseurs)|(customers?|clients?|clientes?)|(investors|backers|shareholders|investisseurs|actionnaires))$/iu;
/** Investors are listed in brackets after their role here ("les actionnaires de X (A, B et C)", "X's investors (A, B)"); other lists of them are investorLists'. */
const BRACKETED_MEMBERS = /^\s*\(\s*(?:[^,()]{1,40},\s*)?$/u;
/** A customers cue ending on the word that introduces them: "… sont utilisés par", "… are used by". */
const USED_BY_END = /(?:by|par)$/iu;
/** A list's noun that opens its sentence, at most one word before it ("Early partners include", "Customers include"): the passage's company's. */
const OPENS_SENTENCE = /^\s*(?:[\p{L}-]+\s+)?$/u;

/**
 * The investors of a funding round, listed: "versés par des investisseurs existants : DST Global, Bpifrance
 * et Nvidia", "led by General Catalyst", "with participation from Lightspeed and Index Ventures". Each
 * investor makes one deal with the company raising the money, the one the passage is most about (a list
 * after "including" or "comme" is an example list elsewhere, so it is read here before bystanders are set
 * aside).
 */
export function investorLists(folded: string, sentence: Span, parties: readonly Party[], cues: readonly Cue[],
  focus: Focus, recent: readonly string[] | undefined, add: AddRelation, fronted?: FrontedBackers): { investors: Set<string>; recipient: string }[] {
  const rounds: { investors: Set<string>; recipient: string }[] = [];
  const groups = groupParties(folded, parties);
  const partyIndex = new Map(parties.map((p, i) => [p, i]));
  // A list's lead is read back from each group (160 characters, by patterns tried at every place of it): a pattern
  // none of whose words the sentence holds is not tried at all.
  const text = folded.slice(sentence.start, sentence.end);
  const mayName = INVESTOR_LIST_WORDS.test(text);
  const mayHaveMembers = ROUND_MEMBERS_WORDS.test(text);
  const mayBeLed = ROUND_LED_BY_WORDS.test(text);
  const mayNameConsortium = CONSORTIUM_WORD.test(text);
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    const first = group[0]!.mention;
    // "With funding from A, B, and others, C plans …": the fronted backers' rule reads that list and whom it backs.
    if (fronted && first.start >= fronted.backers[0]!.mention.start && first.end <= fronted.end) continue;
    const leadStart = Math.max(sentence.start, first.start - LIST_LEAD_CHARS);
    const lead = folded.slice(leadStart, first.start);
    // "Cohere, led by former top AI researchers at Google": people lead it, no round is told.
    if ((mayNameConsortium && CONSORTIUM_LEAD.test(lead)) || ledByPeople(lead, leadStart, parties)) continue;
    const named = (mayName ? INVESTOR_LIST.exec(lead) : null) ?? (mayHaveMembers ? ROUND_MEMBERS.exec(lead) : null);
    // "The list of backers reads like a hall of fame—A, B": the backers of the company named just before.
    const dashed = named || !INVESTORS_AFTER_DASH_END.test(lead.trimEnd()) ? null : INVESTORS_AFTER_DASH.exec(lead);
    const list = named ?? dashed;
    // "… figurent Andreessen Horowitz et Sequoia. Viennent ensuite Valor, Vy Capital …": more of the round's investors.
    // Without a round told, only a list of investors named as such ("On retrouve aussi les fonds … A et B").
    const opening = folded.slice(sentence.start, first.start);
    const continued = !list && CONTINUED_LIST.test(opening) && (focus.fundraiser !== undefined || INVESTOR_NOUN.test(opening));
    const trailing = !list && !continued && !(mayBeLed && ROUND_LED_BY.test(lead));
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
      // "des investisseurs déjà présents (A, B et C), qui …": a list opened by a bracket ends with it.
      if (list && list[0].includes('(')) {
        const close = folded.indexOf(')', first.start);
        if (close >= 0 && close < sentence.end) listed = listed.filter((p) => p.mention.end <= close);
      }
      while (groups[g + 1] && listed.includes(groups[g + 1]![0]!)) g++;
      // "…, former Google CEO Eric Schmidt, and Citigroup": a company named for a person's career is no investor.
      listed = listed.filter((p) => !CAREER_BEFORE.test(folded.slice(Math.max(sentence.start, p.mention.start - 12), p.mention.start)));
      // "Oculus co-founder Brendan Iribe, Y Combinator CEO Garry Tan": the person invests, not the company.
      listed = listed.filter((p) => !PERSON_NAMED_AFTER.test(folded.slice(p.mention.end, p.mention.end + 30)));
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
      : dashed && focus.recent[0] && !investors.includes(focus.recent[0].name) ? focus.recent[0].name
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
 * "led by former researchers at …": people lead the company. Not when the people's word begins a company's name
 * ("mené par le Founders Fund de Peter Thiel", "led by Peter Thiel's Founders Fund").
 */
function ledByPeople(lead: string, leadStart: number, parties: readonly Party[]): boolean {
  const m = LED_BY_PEOPLE.exec(lead);
  if (!m) return false;
  const wordEnd = leadStart + m.index + m[0].length;
  return !parties.some((p) => p.mention.start < wordEnd && p.mention.end >= wordEnd);
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
    // The first company of its group ("co-led by Mubadala and Valor, and attracted backing from …": Valor is led by "by" too).
    let head = i;
    while (head > 0 && GROUP_JOIN.test(folded.slice(parties[head - 1]!.mention.end, parties[head]!.mention.start))) head--;
    const headStart = parties[head]!.mention.start;
    if (!LINKER_END.test(folded.slice(Math.max(sentence.start, headStart - 30), headStart))) return p;
  }
  return undefined;
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
 * Customers a list names: "Some of MosaicML's customers include A, B and C", "les clients de Nvidia
 * comprennent des laboratoires comme A et B". Each is one supply deal with the company whose customers they
 * are: named right after the noun ("de Nvidia") or owning it ("MosaicML's customers"), else the last company
 * before it that no linker introduces, else the company the passage is about.
 */
export function memberLists(folded: string, sentence: Span, parties: readonly Party[], cues: readonly Cue[], focus: Focus,
  add: AddRelation): void {
  for (const cue of cues) {
    const listedRole = cue.def.role === 'role' ? LISTED_ROLE.exec(folded.slice(cue.start, cue.end)) : null;
    if (cue.def.role !== 'members' && !listedRole) continue;
    const kind: DealKind = listedRole?.[1] ? 'partnership' : listedRole?.[4] ? 'investment' : 'supply';
    const after = parties.filter((p) => p.mention.start >= cue.end);
    const ownerAfter = after[0] && ROLE_OWNER_AFTER.test(folded.slice(cue.end, after[0].mention.start)) ? after[0] : undefined;
    const firstMember = after[ownerAfter ? 1 : 0];
    const intro = firstMember ? folded.slice(ownerAfter?.mention.end ?? cue.end, firstMember.mention.start) : '';
    // "… sont déjà utilisés par Adobe, Picsart": a cue ending on "by"/"par" needs no word before the list.
    const bracketed = listedRole?.[4] !== undefined;
    if (bracketed ? !firstMember || !BRACKETED_MEMBERS.test(intro) : false) continue;
    if (!firstMember || !(bracketed || MEMBERS_INTRO.test(intro) || (!ownerAfter && USED_BY_END.test(folded.slice(cue.start, cue.end)) && /^\s*$/u.test(intro)))) {
      // Customers may be named before their role too ("… font partie de ses clients"); partners and suppliers are not.
      if (!listedRole || listedRole[3]) membersBefore(folded, sentence, parties, cue, ownerAfter, focus, add);
      continue;
    }
    // "L'entreprise cherche à séduire des clients comme Anthropic": customers sought, given as examples.
    // "ses clients", "its customers", "serves major clients": customers the cue says are someone's.
    const ownedCue = /^(?:its|their|sa|son|ses|leurs?)\s/iu.test(folded.slice(cue.start, cue.end)) || SERVES_MEMBERS_RE.test(folded.slice(cue.start, cue.end));
    if (!ownerAfter && !ownedCue && !MEMBERS_OWNED.test(folded.slice(Math.max(sentence.start, cue.start - 30), cue.start))
      && !OPENS_SENTENCE.test(folded.slice(sentence.start, cue.start))) continue;
    // Bracketed members end where the bracket closes.
    const closing = bracketed ? folded.indexOf(')', firstMember.mention.end) : -1;
    const members = extendList(folded, parties, [firstMember]).filter((p) => closing < 0 || p.mention.end <= closing);
    const memberNames = names(members);
    const before = parties.filter((p) => p.mention.end <= cue.start && !LINKER_END.test(folded.slice(Math.max(sentence.start, p.mention.start - 30), p.mention.start)));
    // "Ses modèles sont utilisés par …" with no company before: whose models the passage is about, the company it names most.
    const implied = USED_BY_END.test(folded.slice(cue.start, cue.end)) ? focus.main.find((n) => !memberNames.includes(n)) : pickFocus(focus, memberNames);
    const owner = ownerAfter?.name ?? roleOwner(folded, parties, cue.start, cue.end, cue.start)?.name ?? before[before.length - 1]?.name ?? implied;
    if (!owner) continue;
    for (const member of memberNames) {
      if (member === owner) continue;
      add([owner, member], cue.start, members[members.length - 1]!.mention.end, cue).kind = kind;
    }
  }
}

/**
 * Customers listed before the cue: "Microsoft, Amazon and OpenAI are among its customers", "Microsoft et Amazon
 * figurent parmi ses clients", "… font partie des clients de Lightmatter". The list is read backwards from the
 * company right before the verb; its owner is the company named after the cue, else the one the passage is about.
 */
function membersBefore(folded: string, sentence: Span, parties: readonly Party[], cue: Cue, ownerAfter: Party | undefined,
  focus: Focus, add: AddRelation): void {
  // The last company ending before the cue (parties are in text order), found by halving: a sentence may hold many
  // cues and many companies.
  let lo = 0;
  let hi = parties.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (parties[mid]!.mention.end <= cue.start) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  if (last < 0 || !MEMBERS_BEFORE.test(folded.slice(parties[last]!.mention.end, cue.start))) return;
  const members = extendListBack(folded, sentence, parties, [parties[last]!]);
  const memberNames = names(members);
  const owner = ownerAfter?.name ?? pickFocus(focus, memberNames);
  if (!owner) return;
  for (const member of memberNames) {
    if (member !== owner) add([owner, member], members[0]!.mention.start, cue.end, cue).kind = 'supply';
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
  const listed = extendListBack(folded, sentence, parties, group);
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

/** A sentence that opens on the deal just reported: "The deal, …", "L'accord …", "Today's announcement follows …". */
const DEAL_OPENING = new RegExp(`^\\s*(?:${DEAL_OPENING_WORDS})`, 'iu');

/**
 * "Nvidia has invested in 59 AI startups this year, including Perplexity AI and Figure AI", "Nvidia a investi dans
 * une dizaine de start-up, dont Mistral AI et Poolside", "It has expanded its services with acquisitions like
 * Kipi.ai": the companies a portfolio's examples name are each a deal of its owner, the company named last before
 * the verb that no linker introduces, or the one an opening pronoun stands for.
 */
export function portfolioLists(folded: string, sentence: Span, parties: readonly Party[], cues: readonly Cue[], focus: Focus, add: AddRelation): void {
  for (let i = 0; i < parties.length; i++) {
    const first = parties[i]!;
    const lead = folded.slice(Math.max(sentence.start, first.mention.start - PORTFOLIO_LEAD_CHARS), first.mention.start);
    const portfolio = EXAMPLES_LEAD_END.test(lead.trimEnd()) ? PORTFOLIO_LIST.exec(lead) ?? DEALS_EXAMPLES.exec(lead) ?? STAKE_EXAMPLES.exec(lead) : null;
    if (!portfolio) continue;
    const verbAt = first.mention.start - lead.length + portfolio.index;
    const named = parties.slice(0, i).reverse().find((p) => p.mention.end <= verbAt
      && !LINKER_END.test(folded.slice(Math.max(sentence.start, p.mention.start - 30), p.mention.start)));
    const listed = extendList(folded, parties, [first]);
    // "two other acquisitions, Paradox and Flowise, announced …": a list set off by a comma is closed by one; "After the
    // acquisitions, Nvidia said" names no acquisition.
    if (/,\s*$/u.test(portfolio[0]) && !/^\s*(?:[,.;)]|$)/u.test(folded.slice(listed[listed.length - 1]!.mention.end, sentence.end))) continue;
    const listedNames = names(listed);
    // "It has expanded its services with acquisitions like Kipi.ai", "The deal, expected to close in Workday's fiscal 2026,
    // follows two other acquisitions, Paradox and Flowise", "the acquisitions of Sana, Paradox": the company the
    // passage is about (not after another subject: "Rivals have made acquisitions like …").
    const opening = folded.slice(sentence.start, Math.min(sentence.end, sentence.start + 40));
    const owner = named?.name ?? (OPENING_PRONOUN.test(opening) || DEAL_OPENING.test(opening) || /(?:of|de|d')\s*$/iu.test(portfolio[0])
      ? pickFocus(focus, listedNames) : undefined);
    const cue = cues.find((c) => c.start >= verbAt && c.end <= first.mention.start);
    if (!owner || !cue) continue;
    const kind = /acqui|rachat/iu.test(portfolio[0]) ? 'acquisition' : /parts|participations|stakes|shares/iu.test(portfolio[0]) ? 'stake' : 'investment';
    for (const name of listedNames) if (name !== owner) add([owner, name], named?.mention.start ?? verbAt, listed[listed.length - 1]!.mention.end, cue).kind = kind;
    i = parties.indexOf(listed[listed.length - 1]!);
  }
}

/**
 * "Les créateurs de modèles ont signé des contrats avec les géants des puces, à l'instar d'OpenAI et Nvidia,
 * Broadcom ou encore Arm": an example of the deals just spoken of, the first company with each of the others.
 */
export function examplePairs(folded: string, sentence: Span, parties: readonly Party[], cues: readonly Cue[],
  add: AddRelation): void {
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

/**
 * A second subject whose verb and object are left out: "Nvidia investira jusqu'à 10 milliards de dollars dans
 * Anthropic, tandis que Microsoft apportera jusqu'à 5 milliards", "Nvidia will invest up to $10 billion in
 * Anthropic and Microsoft up to $5 billion". The company after the conjunction makes the same kind of deal
 * with the same object, for the amount that follows it.
 */
export function elidedDeals(folded: string, sentence: Span, parties: readonly Party[], relations: readonly Relation[],
  add: AddRelation, kindOf: (r: Relation) => DealKind): void {
  for (const r of [...relations]) {
    if (r.parties.length !== 2 || r.objectStart === undefined) continue;
    const objectParty = parties.find((p) => p.mention.start === r.objectStart);
    if (!objectParty) continue;
    const objectName = objectParty.name;
    const next = parties.findIndex((p) => p.mention.start >= r.end);
    if (next < 0) continue;
    const second = parties[next]!;
    if (r.parties.includes(second.name)) continue;
    const tailEnd = parties[next + 1]?.mention.start ?? sentence.end;
    const tail = folded.slice(second.mention.end, tailEnd);
    if (!ELIDED_CONJUNCTION.test(folded.slice(r.end, second.mention.start))) continue;
    // "racheté A pour 7 milliards en 2005, B pour 4,5 milliards": a second company bought, not a second buyer (pricedObjects).
    if (PRICED_ITEM_GAP.test(folded.slice(objectParty.mention.end, second.mention.start)) && PRICED_ITEM_TAIL.test(tail)) continue;
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

/** The words that join two items of a list of companies bought. */
const PRICED_ITEM_JOIN = String.raw`(?:et|and|ou encore|ou|or|as well as|ainsi que|puis|then)`;
/** After a bought company, its price (and year): " pour 7 milliards de dollars en 2005, ", " for $3.2bn in 2016, and ". */
const PRICED_ITEM_GAP = new RegExp(String.raw`^\s+(?:pour|for)\s+[^,;:.()]{0,50}?\d(?:[^,;:()]|,(?=\d)){0,40}?(?:\s*,\s*(?:${PRICED_ITEM_JOIN}\s+)?|\s+${PRICED_ITEM_JOIN}\s+)$`, 'iu');
/** After a company in such a list, its own price: " pour 4,5 milliards", " for $6.7bn". */
const PRICED_ITEM_TAIL = /^\s+(?:pour|for)\s+(?:(?:about|around|some|près de|environ|quelque)\s+)?(?:US\$|[$€£])?\s?\d[\d.,\s]*(?:\s*(?:billion|million|milliards?|millions?|bn|mn|Md|M|B)\b)?(?:\s*(?:de dollars|d'euros|dollars|euros))?/iu;
/** At most this many companies bought are read after the first. */
const MAX_PRICED_ITEMS = 8;

/**
 * Companies bought one after another, each with its price: "a déjà racheté A pour 7 milliards de dollars en 2005, B
 * pour 4,5 milliards en 2021 ou encore C pour 2,3 milliards", "bought A for $3.2bn in 2016, B for $6.7bn in 2018". Each
 * company after the first is bought by the same buyer, for the price that follows it.
 */
export function pricedObjects(folded: string, parties: readonly Party[], relations: readonly Relation[], add: AddRelation, kindOf: (r: Relation) => DealKind): void {
  for (const r of [...relations]) {
    if (r.parties.length !== 2 || r.objectStart === undefined) continue;
    const kind = r.kind ?? kindOf(r);
    if (kind !== 'acquisition' && kind !== 'investment' && kind !== 'stake' && kind !== 'purchase') continue;
    let at = parties.findIndex((p) => p.mention.start === r.objectStart);
    if (at < 0) continue;
    const objectName = parties[at]!.name;
    const buyer = r.parties.find((n) => n !== objectName);
    if (!buyer) continue;
    for (let n = 0; n < MAX_PRICED_ITEMS && at + 1 < parties.length; n++, at++) {
      const item = parties[at]!;
      const next = parties[at + 1]!;
      if (!PRICED_ITEM_GAP.test(folded.slice(item.mention.end, next.mention.start))) break;
      const price = PRICED_ITEM_TAIL.exec(folded.slice(next.mention.end, next.mention.end + 80));
      if (!price || next.name === buyer) break;
      add([buyer, next.name], next.mention.start, next.mention.end + price[0].length, r.cue, next.mention.start).kind ??= kind;
    }
  }
}

/**
 * A sentence opened by its backers: "Soutenue par A, B et C, la start-up …", "Backed by A and B, Quorvane …", "With $100
 * million in new series-B funding from A, B, and others, Quorvane plans …".
 */
const FRONTED_BACKED = /^\s*[«"“]?\s*(?:(?:soutenue?s?|financée?s?|backed|funded|financed)\s+(?:notamment\s+|mainly\s+|notably\s+)?(?:par|by)|with\s+(?:[^\s;:]+\s+){0,7}?(?:funding|financing|investment|backing)\s+from)\s/iu;
/** How far into a sentence its fronted backers' words may end. */
const FRONTED_BACKED_CHARS = 80;
/**
 * From the last backer to the comma that closes the fronted phrase (one or two backers no list knows may stand there,
 * and unnamed others: ", RTX, and others,").
 */
const FRONTED_CLOSE = /^(?:,\s*\p{Lu}[\p{L}\p{N}&'-]{0,20}(?:\s\p{Lu}[\p{L}\p{N}&'-]{0,20}){0,2}(?=,)){0,2}(?:,?\s*(?:and|et)\s+(?:others|other investors|d'autres)\s*(?=,))?[^,;:.()]{0,80}(?:\([^()]{0,40}\))?[^,;:.()]{0,20},\s*/u;
/** After that comma, the company backed, with at most a description: "la start-up française Vsora", "Quorvane". */
const BACKED_NAMED_NEXT = /^(?:(?:la|le|l'|les|the)\s*)?(?:[\p{L}-]+\s+){0,3}$/iu;

/** What a fronted phrase of backers holds: its deal word, its backers and the company the main clause names. */
export interface FrontedBackers {
  /** The sentence's start, where the deals it makes begin. */
  start: number;
  cue: Cue;
  backers: Party[];
  /** The company backed: named after the comma, or the one a description there stands for ("la start-up"). */
  recipient: string;
  end: number;
}

/**
 * "With $100 million in funding from A, B, and others, C plans …": the fronted backers and the company they back, read
 * once per sentence for `investorLists` (which leaves that list alone) and `frontedBackers`.
 */
export function readFronted(folded: string, sentence: Span, parties: readonly Party[], cues: readonly Cue[], focus: Focus): FrontedBackers | undefined {
  const opening = FRONTED_BACKED.exec(folded.slice(sentence.start, Math.min(sentence.end, sentence.start + FRONTED_BACKED_CHARS)));
  if (!opening) return undefined;
  const cue = cues.find((c) => c.start >= sentence.start && c.start < sentence.start + opening[0].length);
  if (!cue) return undefined;
  const groups = groupParties(folded, parties.filter((p) => p.mention.start >= sentence.start + opening[0].length));
  if (!groups[0]) return undefined;
  // "With backing from A, B plans …": the comma that closes the phrase may join the main clause's subject to the
  // backers as a list's; a list goes on after its last item ("A, B and C, …"), the main clause does not.
  const joined = groups[0];
  const last = joined[joined.length - 1]!;
  const joinedSubject = joined.length >= 2 && /^,\s*$/u.test(folded.slice(joined[joined.length - 2]!.mention.end, last.mention.start))
    && /^\s+(?!(?:et|and|ou|or|nor|ni)\s)\p{Ll}/u.test(folded.slice(last.mention.end, Math.min(sentence.end, last.mention.end + 6)));
  const backers = joinedSubject ? joined.slice(0, -1) : joined;
  const backersEnd = backers[backers.length - 1]!.mention.end;
  const close = FRONTED_CLOSE.exec(folded.slice(backersEnd, Math.min(sentence.end, backersEnd + 160)));
  if (!close) return undefined;
  const mainStart = backersEnd + close[0].length;
  const next = joinedSubject ? [last] : groups[1];
  if (!next || next.length !== 1 || !BACKED_NAMED_NEXT.test(folded.slice(mainStart, next[0]!.mention.start))) {
    // "Soutenue par A, B et C, la start-up ambitionne …": the description stands for the company the passage says is
    // raising money, else the one it is about.
    const described = DESCRIBED_SUBJECT.exec(folded.slice(mainStart, Math.min(sentence.end, mainStart + 40)));
    const names = backers.map((b) => b.name);
    const recipient = described ? focus.fundraiser ?? pickFocus(focus, names) : undefined;
    if (!recipient || names.includes(recipient)) return undefined;
    return { start: sentence.start, cue, backers, recipient, end: mainStart + described![0].length };
  }
  if (backers.some((b) => b.name === next[0]!.name)) return undefined;
  return { start: sentence.start, cue, backers, recipient: next[0]!.name, end: next[0]!.mention.end };
}

/** A main clause opened by a description of the company backed, not by its name: "la start-up", "the company", "elle". */
const DESCRIBED_SUBJECT = /^(?:(?:la|le|l')\s*(?:start-?up|jeune pousse|société|entreprise|firme|pépite|licorne|scale-?up)|the\s+(?:company|start-?up|firm)|elle|it)(?![\p{L}-])/iu;

/**
 * "Soutenue par A, B et C, la start-up Vsora ambitionne …": the backers of a fronted participle (`readFronted`) invest
 * in the company the main clause opens with.
 */
export function frontedBackers(fronted: FrontedBackers | undefined, add: AddRelation): { investors: Set<string>; recipient: string }[] {
  if (!fronted) return [];
  const { cue, backers, recipient, end } = fronted;
  const investors = names(backers);
  investors.forEach((name, i) => {
    add([name, recipient], fronted.start, end, cue, backers[0]!.mention.start, investors.length > 1 ? i : undefined).kind ??= 'investment';
  });
  return [{ investors: new Set(investors), recipient }];
}
