/**
 * How the companies of a sentence stand together: coordinated into groups ("Microsoft, Oracle et SoftBank"),
 * lists that go on past what breaks a group, brackets, and companies side by side each with its own amount.
 */
import type { Span } from '../text/sentences';
import type { Party } from './relationTypes';
import { AMOUNT_THEN_COMMA, APPOSED_ITEM, APPOSED_ITEM_WORDS, CLAUSE_BREAK, EXAMPLE_BEFORE, CLAUSE_OPENER, DESCRIBED_ITEM, DESCRIBED_ITEM_WORDS, ELIDED_AMOUNT, ELIDED_OBJECT, GROUP_JOIN, LEGAL_SUFFIX_DOT, LINKED_NOT_BETWEEN, LINKER_END, LIST_BACK_GAP, LIST_GAP_WORDS, words } from './patterns';

/** A short bracketed aside right after a list's item: " (10 gigawatts)", " (hébergement à 300 milliards $ US)". */
const ITEM_ASIDE = /^\s*\([^()]{1,60}\)/u;

/** Coordinated parties: "Microsoft, Oracle et SoftBank" is one group. */
export function groupParties(folded: string, parties: readonly Party[]): Party[][] {
  const groups: Party[][] = [];
  let closed = false;
  for (let index = 0; index < parties.length; index++) {
    const p = parties[index]!;
    const last = groups[groups.length - 1];
    const prev = last?.[last.length - 1];
    // "avec Nvidia (10 gigawatts), Oracle (…) et Broadcom": a short aside after an item does not end the list.
    const join = prev ? folded.slice(prev.mention.end, p.mention.start).replace(ITEM_ASIDE, '') : '';
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

/**
 * A list goes on past what breaks a group ("Jeff Bezos (through Bezos Expeditions)", "NVIDIA Corp. and Advanced
 * Micro Devices, Inc., alongside financial giants BlackRock"): each company a few words after the last, but not
 * past a clause break, a sentence's dot or a linker ("… NFDG, a partnership co-run by SSI executive …").
 */
export function extendList(folded: string, parties: readonly Party[], group: readonly Party[]): Party[] {
  const cut = group.findIndex((p) => inSourceAside(folded, p));
  const listed = cut < 0 ? [...group] : group.slice(0, cut);
  if (cut >= 0) return listed;
  for (let i = parties.indexOf(group[group.length - 1]!) + 1; i < parties.length; i++) {
    const gap = gapBetween(folded, listed[listed.length - 1]!.mention.end, parties[i]!.mention.start);
    // The "et" before the last item is no word of the gap: ", Prince Alwaleed Bin Talal et Kingdom Holding"; nor is
    // an "as well as" that adds one: ", and Saab, as well as new backer BDT & MSD Partners".
    // A description in lower case after the comma may be longer: ", le géant des puces électroniques Nvidia".
    // So may the last item's own description: "Quantonation, fonds spécialisé dans l'amorçage, Bpifrance".
    const limit = DESCRIBED_ITEM.test(gap) ? DESCRIBED_ITEM_WORDS : APPOSED_ITEM.test(gap) ? APPOSED_ITEM_WORDS : LIST_GAP_WORDS;
    // "mené par A, aux côtés de B et d'C": the co-investors' "de" and the "d'" repeated after "et" link no object.
    const joined = gap.replace(ALONGSIDE, ' ').replace(/\s(?:et|ou)\s+d'\s*$/iu, ' et ');
    if (CLAUSE_BREAK.test(gap) || words(joined.replace(/\s(?:et|and|&)\s*$/iu, ' ').replace(LIST_ADDITION, ' ')) > limit || /[.]\s/u.test(gap.replace(LEGAL_SUFFIX_DOT, '')) || (/\p{L}/u.test(joined) && LINKER_END.test(joined))) break;
    if (inSourceAside(folded, parties[i]!)) break;
    listed.push(parties[i]!);
  }
  return listed;
}

/**
 * A list that ends at `listed` (its first item at `parties[firstIndex]`), read backwards through commas, "and" and short
 * descriptions ("A, B, … and Abu Dhabi's investment firm MGX"), never into a company a linker introduces.
 */
export function extendListBack(folded: string, sentence: Span, parties: readonly Party[], listed: readonly Party[]): Party[] {
  const out = [...listed];
  for (let i = parties.indexOf(listed[0]!) - 1; i >= 0; i--) {
    const prev = parties[i]!;
    // "à l'image de A, B et C": the "de" of an examples' intro links no object.
    const lead = folded.slice(Math.max(sentence.start, prev.mention.start - 30), prev.mention.start);
    if (!LIST_BACK_GAP.test(folded.slice(prev.mention.end, out[0]!.mention.start)) || (LINKER_END.test(lead) && !EXAMPLE_BEFORE.test(lead))) break;
    out.unshift(prev);
  }
  return out;
}

/** Between two items of a list, what adds the next as a peer of the last: ", alongside", ", aux côtés de", ", rejoint par". */
const ALONGSIDE_WORDS = String.raw`\s*,?\s*(?:alongside|along with|aux côtés d(?:e\s|')|(?:renforcée?s?|rejointe?s?|suivie?s?) par|joined by)\s*`;
const ALONGSIDE = new RegExp(`^${ALONGSIDE_WORDS}`, 'iu');
/** The whole gap between an object and co-investors named after it: ", aux côtés de", ", joined by". */
export const CO_INVESTORS_BETWEEN = new RegExp(`^${ALONGSIDE_WORDS}$`, 'iu');

/** What adds one more item to a list: ", as well as", ", ainsi que". */
export const LIST_ADDITION = /^\s*,?\s*(?:as well as|ainsi que|along with)\s/iu;

/** After a company in brackets, lower-case words before the bracket closes: " press release)", " selon Reuters)". */
const SOURCE_ASIDE = /^[^()]{0,50}?(?<![\p{L}])(?!(?:et|and|ou|or)(?![\p{L}]))\p{Ll}{2,}[^()]{0,50}\)/u;

/**
 * "…, as well as new backer BDT & MSD Partners (Helsing press release)": a company in brackets that lower-case words
 * go on after names a source or a description, not one more item of a list.
 */
function inSourceAside(folded: string, party: Party): boolean {
  return /\(\s*$/u.test(folded.slice(Math.max(0, party.mention.start - 3), party.mention.start))
    && SOURCE_ASIDE.test(folded.slice(party.mention.end, party.mention.end + 60));
}

/** The text between two offsets, with the brackets opened in it left out ("Jeff Bezos (through "). */
function gapBetween(folded: string, a: number, b: number): string {
  return folded.slice(a, b).replace(/[()]/gu, ' ');
}

/** Where the company `name` of a group ends: an investor's own amount is looked for after it (`shareOf`). */
export function endOf(group: readonly Party[], name: string): number {
  return group.find((p) => p.name === name)!.mention.end;
}

/**
 * "A a investi 88 millions d'euros, B 46 millions": `between` (the text before B) ends on an amount and a comma,
 * and B, whose name ends at `after`, has an amount of its own: B stands beside A, it is no object of A's.
 */
export function sideBySide(folded: string, between: string, after: number, end: number): boolean {
  return AMOUNT_THEN_COMMA.test(between) && ELIDED_AMOUNT.test(folded.slice(after, end));
}
