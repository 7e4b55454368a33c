/**
 * Joint ventures and consortiums named by their name: "a joint venture called Stargate", "le projet
 * « Stargate »", then "Stargate réunit Oracle, SoftBank et OpenAI", "the project's equity funders are …".
 * The members named in the sentences about the venture make one deal, which keeps the venture's name; the
 * fragments the sentence rules found there between some of its members give way to it.
 */
import type { Mention } from '../types';
import type { NoteAnalysis } from '../analyze';
import type { Span } from '../text/sentences';
import type { DealCandidate } from './extract';
import { NOT_DEAL_VALUE_BEFORE, PARTIES_NOUNS_EN, PARTIES_NOUNS_FR } from './cues';
import { parseNumberWords } from '../recognize/numbers';
import { dealValueOf, sourceSentence } from './attributes';
import { PEOPLE_AFTER, words } from './patterns';
import { extendListBack } from './partyGroups';
import type { Steps } from '../steps';
import { matchesOf } from '../text/keptRegExps';

/**
 * A venture introduced by name. The name is a capitalised word of 3 to 30 letters, digits or hyphens. The fourth
 * branch is a name set off by an apposition that says what it is: "Stargate, a private sector investment of up to
 * $500 billion …", "Stargate, the $500 billion infrastructure venture".
 */
const VENTURE_NAMED = /(?<![\p{L}])(?:joint[- ]ventures?|coentreprises?|ventures?|projets?|projects?|initiatives?|consortiums?)\s+(?:(?:called|named|dubbed|baptisée?|nommée?|appelée?|intitulée?|dénommée?)\s+)?["«“]?\s?(\p{Lu}[\p{L}\p{N}-]{2,29})["»”]?|(?<![\p{L}])(?:called|named|dubbed|baptisée?|nommée?|appelée?)\s+["«“]?\s?(\p{Lu}[\p{L}\p{N}-]{2,29})["»”]?\s?,?\s+(?:\S+\s+){0,2}?(?:joint[- ]venture|coentreprise|venture|projet|project|consortium)|(?<![\p{L}])(?:[Tt]he|[Ll]e|[Ll]a|du|au)\s+["«“]?(\p{Lu}[\p{L}\p{N}-]{2,29})["»”]?\s+(?:joint[- ]venture|venture|project|consortium)(?![\p{L}])|(?<![\p{L}])(\p{Lu}[\p{L}\p{N}-]{2,29})["»”]?,\s+(?:an?|une?|the|l[ae])\s+(?:[\p{L}\p{N}$€.,'-]+\s+){0,6}?(?:investment|investissement|joint[- ]venture|coentreprise|venture|project|projet|initiative|consortium)(?![\p{L}])/gu;
/**
 * A word every match of VENTURE_NAMED holds (each of its four branches has one): a note without any has no
 * venture, and is not read with VENTURE_NAMED, whose leading lookbehind V8 tries at every character.
 */
const VENTURE_WORD = /venture|coentreprise|proje[ct]|initiative|consortium|investment|investissement/u;
/** Words that point back at a venture just named. */
const VENTURE_ANAPHORA = /(?<![\p{L}])(?:the (?:project|venture|joint venture|consortium|initiative)|(?:le|ce) (?:projet|consortium)|(?:la|cette) (?:coentreprise|initiative|co-entreprise))(?![\p{L}])/iu;
/**
 * The venture, then a word that lists its members after it: "Stargate réunit Oracle, SoftBank et OpenAI", "the
 * project's key equity funders are SoftBank, OpenAI, Oracle and MGX", "est soutenu financièrement par MGX".
 */
const MEMBERS_AFTER = /^[^;:]{0,160}?(?:réuni\p{L}*|rassembl\p{L}*|associe\p{L}*|comprend\p{L}*|inclu\p{L}*|includ\p{L}*|brings? together|backed by|soutenue? (?:\p{L}+ )?par|financée? (?:\p{L}+ )?par|funded by|funders (?:\p{L}+ )?are|partners (?:\p{L}+ )?are|members (?:\p{L}+ )?are|membres sont|partenaires sont|formed by|formée? par|créée? par|created by|launched by|lancée? par)(?![\p{L}])/iu;
/**
 * Members listed before the venture they form: "OpenAI, SoftBank and Oracle will form a joint venture called
 * Stargate", "la participation de SoftBank au projet Stargate", "Aux côtés d'OpenAI, Oracle et MGX, le groupe
 * a été à l'initiative du projet Stargate".
 */
const MEMBERS_BEFORE = /(?:form\p{L}*|launch\p{L}*|lanc\p{L}*|cré\p{L}*|creat\p{L}*|found\p{L}*|fond\p{L}*|participation (?:de \S+ )?(?:au|à)|à l'initiative|unveil\p{L}*|annonc\p{L}*|announc\p{L}*)[^;:]{0,50}$/iu;
/**
 * The members counted instead of named, before a verb of MEMBERS_BEFORE: "The three firms will form a joint venture
 * called Stargate", "les deux groupes lancent le projet X". They are the companies named last before the sentence.
 */
const COUNTED_MEMBERS = new RegExp(`(?<![\\p{L}])(?:the|these|those|les|ces)\\s+(two|three|four|five|deux|trois|quatre|cinq)\\s+(?:\\p{L}+\\s+)?(?:${PARTIES_NOUNS_EN}|${PARTIES_NOUNS_FR})(?![\\p{L}])`, 'iu');
/** A note names a few ventures at most; past this many, the rest are read as any other deal. */
const MAX_VENTURES = 12;
/** How many sentences after its last mention a venture may still be pointed at with "the project". */
const ANAPHORA_WINDOW = 3;
/** Sentences read between two pauses of namedVenturesSteps. */
const SENTENCES_PER_STEP = 200;

interface Venture {
  name: string;
  members: string[];
  sentences: Span[];
  /** Where its sentences start. */
  starts: Set<number>;
  value?: Mention;
}

/**
 * `candidates` (the note's deals, in order) with one deal per named venture of two members or more, and
 * without the deals the sentence rules found between its members in the sentences about it.
 */
export function* namedVenturesSteps(note: NoteAnalysis, folded: string, eligible: readonly Mention[], candidates: DealCandidate[]): Steps<DealCandidate[]> {
  const names = ventureNames(folded, eligible);
  if (!names.size) return candidates;
  yield;
  const eligibleSet = new Set(eligible);
  const namePattern = new RegExp(`(?<![\\p{L}])(?:${[...names].map(escapeRegExp).join('|')})(?![\\p{L}])`, 'u');
  const ventures = new Map<string, Venture>();
  let current: { venture: Venture; sentenceIndex: number } | undefined;
  let cursor = 0;
  for (let sentenceIndex = 0; sentenceIndex < note.sentences.length; sentenceIndex++) {
    if (sentenceIndex % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    const sentence = note.sentences[sentenceIndex]!;
    while (cursor < note.mentions.length && note.mentions[cursor]!.start < sentence.start) cursor++;
    const inSentence: Mention[] = [];
    for (let i = cursor; i < note.mentions.length && note.mentions[i]!.start < sentence.end; i++) inSentence.push(note.mentions[i]!);
    const text = folded.slice(sentence.start, sentence.end);
    const named = namePattern.exec(text)?.[0];
    let venture: Venture | undefined;
    if (named) {
      venture = ventures.get(named) ?? { name: named, members: [], sentences: [], starts: new Set() };
      ventures.set(named, venture);
    } else if (current && sentenceIndex - current.sentenceIndex <= ANAPHORA_WINDOW && VENTURE_ANAPHORA.test(text)) {
      venture = current.venture;
    }
    if (!venture) continue;
    current = { venture, sentenceIndex };
    const at = named ? text.search(namePattern) : text.search(VENTURE_ANAPHORA);
    const atEnd = sentence.start + at + (named ?? '').length;
    // "founded by the Netflix engineers who created Iceberg": a company naming whose people they are is no member.
    const here = inSentence.filter((m) => eligibleSet.has(m) && !PEOPLE_AFTER.test(folded.slice(m.end, m.end + 16)));
    const after = MEMBERS_AFTER.test(folded.slice(atEnd, sentence.end)) ? here.filter((m) => m.start >= atEnd) : [];
    const before = membersBefore(folded, sentence.start, sentence.start + at, here);
    const members = [...after, ...before].map((m) => m.canonical);
    if (!members.length && !after.length) members.push(...countedMembers(folded.slice(sentence.start, sentence.start + at), eligibleSet, note.mentions, cursor,
      note.sentences[Math.max(0, sentenceIndex - ANAPHORA_WINDOW)]!.start));
    // The venture's value may stand in a sentence that names it without its members ("a new project called
    // Stargate, with at least $500 billion of investment").
    venture.value ??= inSentence.find((m) => m.kind === 'money' && m.value !== undefined
      && !NOT_DEAL_VALUE_BEFORE.test(folded.slice(Math.max(sentence.start, m.start - 50), m.start)));
    if (!members.length) continue;
    for (const m of members) if (!venture.members.includes(m)) venture.members.push(m);
    venture.sentences.push(sentence);
    venture.starts.add(sentence.start);
  }
  let out = candidates;
  for (const v of ventures.values()) {
    if (v.members.length < 2) continue;
    const inside = (c: DealCandidate) => v.starts.has(c.source.start) && c.parties.every((p) => v.members.includes(p));
    const first = v.sentences[0]!;
    const deal: DealCandidate = {
      parties: [...v.members],
      kind: 'joint-venture',
      chips: [],
      venture: v.name,
      source: { uri: note.uri, start: first.start, end: first.end, sentence: sourceSentence(note.text.slice(first.start, first.end)) },
    };
    if (v.value) deal.value = dealValueOf(v.value);
    if (note.noteDate) deal.noteDate = note.noteDate;
    out = [...out.filter((c) => !inside(c)), deal];
  }
  return out;
}

/** At most this many words between the last member listed before the verb and the verb ("OpenAI and Oracle will form"). */
const VERB_GAP_WORDS = 5;

/**
 * The members named before the venture's name at `nameAt`, when a verb of MEMBERS_BEFORE leads to it: the companies
 * inside that phrase ("la participation de SoftBank au projet"), and the list that is the verb's subject, right before
 * it ("OpenAI, SoftBank and Oracle will form"), not every company of the sentence ("SoftBank is acquiring Foxconn's
 * plant … to launch its Stargate project": Foxconn is what is bought).
 */
function membersBefore(folded: string, sentenceStart: number, nameAt: number, here: readonly Mention[]): Mention[] {
  const verb = MEMBERS_BEFORE.exec(folded.slice(sentenceStart, nameAt));
  if (!verb) return [];
  const verbAt = sentenceStart + verb.index;
  const inPhrase = here.filter((m) => m.start >= verbAt && m.end <= nameAt);
  const earlier = here.filter((m) => m.end <= verbAt).map((m) => ({ mention: m, name: m.canonical }));
  const last = earlier[earlier.length - 1];
  // The verb's subject: the company right before it, and the list it ends, read back as a round's investors are.
  const list = last && words(folded.slice(last.mention.end, verbAt)) <= VERB_GAP_WORDS
    ? extendListBack(folded, { start: sentenceStart, end: verbAt }, earlier, [last]).map((p) => p.mention) : [];
  return [...list, ...inPhrase];
}

/**
 * "The three firms will form …": the `n` companies the text before the venture's name counts, taken as the last
 * distinct companies named before the sentence (from `mentions[cursor - 1]` back to `from`); none unless there
 * are exactly that many to take.
 */
function countedMembers(lead: string, eligible: ReadonlySet<Mention>, mentions: readonly Mention[], cursor: number, from: number): string[] {
  const counted = COUNTED_MEMBERS.exec(lead);
  if (!counted || !MEMBERS_BEFORE.test(lead.slice(counted.index))) return [];
  const n = parseNumberWords(counted[1]!)!;
  const names: string[] = [];
  for (let i = cursor - 1; i >= 0 && mentions[i]!.start >= from && names.length < n; i--) {
    const m = mentions[i]!;
    if (eligible.has(m) && !names.includes(m.canonical)) names.push(m.canonical);
  }
  return names.length === n ? names.reverse() : [];
}

/** The names of the ventures the note introduces; a name that is also a company's is not a venture's. */
function ventureNames(folded: string, eligible: readonly Mention[]): Set<string> {
  if (!VENTURE_WORD.test(folded)) return new Set();
  const companies = new Set(eligible.map((m) => m.text));
  const names = new Set<string>();
  for (const m of matchesOf(VENTURE_NAMED, folded)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (name && !companies.has(name)) names.add(name);
    if (names.size >= MAX_VENTURES) break;
  }
  return names;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
