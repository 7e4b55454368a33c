/**
 * Links deal candidates across sentences and notes: the same parties make the same deal, in any language,
 * unless their values clearly differ (a $6.5B extension is not the $11.9B original contract). Candidates
 * without a value join the deal of their parties that most sources report. The NoteIndex groups candidates by
 * partiesKey and asks dealsOfGroup for each group an edit touched.
 */
import type { Deal, DealKind, DealSource, DealValue } from '../types';
import { looseKey } from '../text/chars';
import { slug } from '../lexicon/lexicon';
import type { DealCandidate } from './extract';
import { sourceCount } from './lazySources';
import { DEAL_OPENING_WORDS } from './cues';
import { runToEnd, type Steps } from '../steps';

/** Two values within this ratio are the same deal reported with rounding ("près de 12", "$11.9B"). */
const SAME_VALUE_TOLERANCE = 0.1;

/** When kinds disagree, the more specific one names the deal. */
const KIND_PRIORITY: DealKind[] = ['acquisition', 'stake', 'investment', 'joint-venture', 'purchase', 'supply', 'cloud', 'lease', 'licensing', 'partnership', 'other'];

export function partiesKey(parties: readonly string[]): string {
  if (parties.length === 2) {
    // Two parties, the most common, without a set and an array sorted.
    const a = slug(parties[0]!);
    const b = slug(parties[1]!);
    return a === b ? a : a < b ? `${a}+${b}` : `${b}+${a}`;
  }
  return [...new Set(parties.map((p) => slug(p)))].sort().join('+');
}

/**
 * What links candidates into one deal: a named venture ("Stargate") by its name, whichever of its members
 * each note lists; any other deal by its parties.
 */
export function dealGroupKey(c: Pick<DealCandidate, 'parties' | 'venture'>): string {
  return c.venture ? `venture-${slug(c.venture)}` : partiesKey(c.parties);
}

/**
 * The deals of one set of parties (`key` is their partiesKey). Candidates are taken in a fixed order
 * (note, then position), so the result does not depend on the order notes were read in.
 */
export function dealsOfGroup(key: string, group: readonly DealCandidate[], read?: SourcesRead): Deal[] {
  return runToEnd(dealsOfGroupSteps(key, group, read));
}

/** How many candidates each pass of dealsOfGroupSteps reads between two steps (sentences tested: a tenth). */
const CANDIDATES_PER_STEP = 5000;
const SOURCES_PER_STEP = 500;

/**
 * `dealsOfGroup` in steps: every pass over the candidates pauses every few thousand of them (what a sentence
 * says, whether it goes on with the last deal or announces a new one, is read first, a few hundred sentences a
 * step, and cached per source). A hostile note gives one pair tens of thousands of candidates: linking them was
 * one step of 0.3 s.
 */
export function* dealsOfGroupSteps(key: string, group: readonly DealCandidate[], read = new SourcesRead()): Steps<Deal[]> {
  // One candidate is one deal of the group's key, whatever it says (one value is one cluster, one relation none to
  // split by): what the passes below give it. A note of tens of thousands of pairs told once each has as many groups.
  if (group.length === 1) return [yield* buildDealSteps(key, group)];
  const ordered = orderCandidates(group);
  const said: SourcesSay = new Map();
  for (let i = 0; i < ordered.length; i++) {
    const source = ordered[i]!.source;
    if (!said.has(source)) said.set(source, read.says(source));
    if (i % SOURCES_PER_STEP === SOURCES_PER_STEP - 1) yield;
  }
  // A named venture is one deal whatever figures its notes give (an initial $100 billion, $500 billion in all).
  const clusters = key.startsWith('venture-') ? [ordered] : yield* clusterByValueSteps(ordered, yield* relationsStatedSteps(ordered, said), said);
  const deals: Deal[] = [];
  for (const cluster of clusters) {
    const id = clusters.length > 1 ? `${key}:${yield* valueTagSteps(cluster)}` : key;
    deals.push(yield* buildDealSteps(id, cluster));
  }
  return deals;
}

/** Yields every CANDIDATES_PER_STEP-th time it is asked (`i` counts from 0): the pause of a pass over candidates. */
const pauseAt = (i: number) => i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1;

/** `into.push(...items)` for lists of any length (a spread of 130,000 arguments overflows the stack). */
function pushAll<T>(into: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) into.push(items[i]!);
}

/**
 * What a candidate's kind says of the relation, for telling two relations of one pair apart: a partnership
 * is a relation of its own here (a stake and a partnership are two deals), a bare "deal" ('other') none.
 */
type StatedRelation = Relation | 'partnership';
const statedRelation = (c: DealCandidate): StatedRelation | undefined =>
  c.kind === 'other' ? undefined : c.kind === 'partnership' ? 'partnership' : RELATION_OF_KIND[c.kind];

/**
 * A sentence that goes on with the deal just told: one that opens on it ("Les deux géants ont officialisé …", "The
 * deal …", "Today's announcement …"; what the list rules read as DEAL_OPENING), on what one side gives for it ("In return AMD granted OpenAI a warrant", "En contrepartie …"), or that
 * follows its money ("OpenAI will spend it on Nvidia hardware", "the money flows back").
 */
const GOES_ON = new RegExp(`^[\\s*•–—-]*(?:${DEAL_OPENING_WORDS}|(?:in return|in exchange|en échange|en contrepartie|en retour)(?![\\p{L}]))|(?<![\\p{L}])(?:the money|the funds|the cash|l'argent|cet argent|ces fonds|spend it|spends it|dépensera cet argent)(?![\\p{L}])`, 'iu');
/**
 * What each source's sentence says, read once per source at the start of a set's linking (dealsOfGroupSteps): that
 * it goes on with the last deal (GOES_ON_BIT), that it announces a new one (NEW_DEAL_BIT). A note's candidates share
 * one source per sentence (shareParts.ts), and a hostile note gives one pair tens of thousands of candidates. Kept
 * for that linking only: weak maps of every source, kept as long as the deals, were 16 MB of the CLI's heap for the
 * 10,000 bench notes (two tables of 280,000 entries), and each of their growths left the last table as garbage.
 */
type SourcesSay = Map<DealSource, number>;
const GOES_ON_BIT = 1;
const NEW_DEAL_BIT = 2;

/**
 * What the sources' sentences say (GOES_ON_BIT, NEW_DEAL_BIT), kept across the sets one re-linking reads: a sentence
 * naming many pairs is read by the linking of each of their sets (names and deal words with no full stop: 84,000
 * readings of 1,000 characters by two patterns that open with a lookbehind, tried at every character; 1.1 s of 4 s).
 * Emptied at a few thousand sources, and dropped with the re-linking: no table of every source is kept.
 */
export class SourcesRead {
  private readonly known = new Map<DealSource, number>();

  says(source: DealSource): number {
    let says = this.known.get(source);
    if (says === undefined) {
      says = (GOES_ON.test(source.sentence) ? GOES_ON_BIT : 0) | (NEW_DEAL.test(source.sentence) ? NEW_DEAL_BIT : 0);
      if (this.known.size >= 4096) this.known.clear();
      this.known.set(source, says);
    }
    return says;
  }
}
/** The relation a candidate states as a deal of its own: not one of a sentence that goes on with the last deal. */
const ownRelation = (c: DealCandidate, said: SourcesSay): StatedRelation | undefined => {
  const r = statedRelation(c);
  return r && !(said.get(c.source)! & GOES_ON_BIT) ? r : undefined;
};

/**
 * The relation of each candidate whose note states two relations of its pair ("Nvidia invests $1 billion in
 * Nokia … Under the partnership, Nokia will use …": a stake and a partnership, two deals); a note that states
 * one relation says nothing of how many deals there are. A partnership beside a contract or an acquisition is
 * usually that deal's own name ("un partenariat stratégique avec Nvidia pour acquérir des millions de GPU"):
 * only beside money for equity alone is it a relation of its own.
 */
function* relationsStatedSteps(ordered: readonly DealCandidate[], said: SourcesSay): Steps<(c: DealCandidate) => StatedRelation | undefined> {
  const byNote = new Map<string, Set<StatedRelation>>();
  for (let i = 0; i < ordered.length; i++) {
    if (pauseAt(i)) yield;
    const c = ordered[i]!;
    const r = ownRelation(c, said);
    if (!r) continue;
    let stated = byNote.get(c.source.uri);
    if (!stated) byNote.set(c.source.uri, (stated = new Set()));
    stated.add(r);
  }
  for (const stated of byNote.values()) if (!stated.has('equity') || stated.size > 2) stated.delete('partnership');
  return (c) => {
    const r = ownRelation(c, said);
    const stated = byNote.get(c.source.uri);
    return r && stated && stated.size > 1 && stated.has(r) ? r : undefined;
  };
}

/** The relation a cluster's candidates state most often (a partnership only when nothing else is stated). */
function* statedRelationOfSteps(cluster: readonly DealCandidate[]): Steps<StatedRelation | undefined> {
  const counts = new Counts<StatedRelation>();
  let partnership = false;
  for (let i = 0; i < cluster.length; i++) {
    if (pauseAt(i)) yield;
    const c = cluster[i]!;
    const r = statedRelation(c);
    if (r !== undefined && r !== 'partnership') counts.add(r);
    if (c.kind === 'partnership') partnership = true;
  }
  return counts.most() ?? (partnership ? 'partnership' : undefined);
}

/** A group's candidates in the fixed order deals are built from: note, then position. */
export function orderCandidates(group: readonly DealCandidate[]): DealCandidate[] {
  return [...group].sort((a, b) => (a.source.uri < b.source.uri ? -1 : a.source.uri > b.source.uri ? 1 : a.source.start - b.source.start));
}

/**
 * Largest value first, then the most reported, then by id. Each deal's keys are read once (a comparison
 * reading them from deals of many shapes cost 40 ms for 5,200 deals, a tenth of a warm start).
 */
export function sortDeals(deals: Deal[]): Deal[] {
  const keyed = deals.map((deal) => ({ deal, value: deal.value?.usd ?? deal.value?.amount ?? 0, sources: sourceCount(deal) }));
  keyed.sort((a, b) => b.value - a.value || b.sources - a.sources || a.deal.id.localeCompare(b.deal.id));
  for (let i = 0; i < keyed.length; i++) deals[i] = keyed[i]!.deal;
  return deals;
}

function usdOf(v: DealValue): number {
  return v.usd ?? v.amount;
}

function sameValue(a: DealValue, b: DealValue): boolean {
  const x = usdOf(a);
  const y = usdOf(b);
  if (Math.abs(x - y) <= SAME_VALUE_TOLERANCE * Math.max(x, y)) return true;
  // A range contains the other value: "$7-8B" and "$7.5B".
  const within = (v: DealValue, n: number) => v.amountMax !== undefined && n >= usdOf(v) && n <= (v.usd !== undefined ? (v.amountMax * v.usd) / v.amount : v.amountMax);
  return within(a, y) || within(b, x);
}

/**
 * How many different values of one set of parties are compared with each other. Real notes give a handful;
 * past this bound (a note that repeats one deal with ten thousand amounts) the other values neither split the
 * deal nor name its value: comparing every value with every other would grow with the square of their number.
 */
const MAX_VALUES_COMPARED = 256;

/** The value's fields `sameValue` reads. */
const amountKey = (v: DealValue) => `${v.amount}|${v.amountMax ?? ''}|${v.usd ?? ''}`;

function* clusterByValueSteps(group: readonly DealCandidate[], relationOfSplit: (c: DealCandidate) => StatedRelation | undefined, said: SourcesSay): Steps<DealCandidate[][]> {
  // Each cluster's distinct values, and their amountKeys.
  const valued: { members: DealCandidate[]; values: DealValue[]; keys: Set<string> }[] = [];
  const unvalued: DealCandidate[] = [];
  // Unvalued candidates of a note that states two relations of the pair, by relation.
  const unvaluedByRelation = new Map<StatedRelation, DealCandidate[]>();
  // Each cluster's distinct values are what a new value is compared with; a value seen before goes where it
  // went then, unless a value was added to some cluster since (it may now match an earlier cluster).
  const placed = new Map<string, { cluster: number; version: number }>();
  let version = 0;
  // The work done since the last pause: a candidate, and each value it is compared with.
  let work = 0;
  for (let i = 0; i < group.length; i++) {
    if (++work >= CANDIDATES_PER_STEP) {
      work = 0;
      yield;
    }
    const c = group[i]!;
    if (!c.value || c.value.qualifier === 'several') {
      const r = relationOfSplit(c);
      if (!r) unvalued.push(c);
      else if (unvaluedByRelation.has(r)) unvaluedByRelation.get(r)!.push(c);
      else unvaluedByRelation.set(r, [c]);
      continue;
    }
    const key = amountKey(c.value);
    const known = placed.get(key);
    if (known && known.version === version) {
      valued[known.cluster]!.members.push(c);
      continue;
    }
    if (!known && placed.size >= MAX_VALUES_COMPARED) {
      unvalued.push(c);
      continue;
    }
    work += placed.size;
    let at = valued.findIndex((cl) => cl.values.some((v) => sameValue(v, c.value!)));
    if (at < 0) {
      at = valued.length;
      valued.push({ members: [], values: [], keys: new Set() });
    }
    const cluster = valued[at]!;
    cluster.members.push(c);
    if (!cluster.keys.has(key)) {
      cluster.values.push(c.value);
      cluster.keys.add(key);
      version++;
    }
    placed.set(key, { cluster: at, version });
  }
  const clusters = valued.map((cl) => cl.members);
  yield* mergeTranchesSteps(clusters, said);
  // Unvalued reports of one of two relations a note states join the deal of that relation, or make it.
  const relations: (StatedRelation | undefined)[] = [];
  for (const cluster of clusters) relations.push(yield* statedRelationOfSteps(cluster));
  for (const [r, members] of unvaluedByRelation) {
    const at = relations.indexOf(r);
    if (at >= 0) pushAll(clusters[at]!, members);
    else {
      clusters.push(members);
      relations.push(r);
    }
  }
  if (!clusters.length) return [unvalued];
  // Other unvalued reports join the deal most reported (a partnership of its own last); vague amounts
  // ("plusieurs milliards") go with them.
  const weights: number[] = [];
  for (let i = 0; i < clusters.length; i++) weights.push(relations[i] === 'partnership' && clusters.length > 1 ? 0 : yield* sourcesSteps(clusters[i]!));
  let main = 0;
  for (let i = 1; i < clusters.length; i++) if (weights[i]! > weights[main]!) main = i;
  pushAll(clusters[main]!, unvalued);
  return clusters;
}

/** Words that make an amount a new deal of the same parties rather than a part of the first one. */
const NEW_DEAL = /(?<![\p{L}])(?:extension|expan\p{L}*|additional|new|second|another|further|supplémentaire|nouve(?:l|au|lle)|second|deuxième|étend\p{L}*|élargi\p{L}*|renouvel\p{L}*|renew\p{L}*)(?![\p{L}])/iu;

/**
 * Two values of the same parties in one note are usually one deal and its part ("up to $100 billion …, the
 * first $10 billion on signing"), unless the note says the second is a new deal ("an additional $6.5 billion
 * contract"). Clusters that share a note are merged in place unless one of them is announced as new.
 */
function* mergeTranchesSteps(clusters: DealCandidate[][], said: SourcesSay): Steps<void> {
  // What each pair looks at, made once per cluster: its notes, whether it is announced as new, the relations its
  // valued candidates state (counted: a cluster that takes another adds the other's counts to its own).
  const facts: { notes: Set<string>; announcedNew: boolean; relations: Counts<Relation> }[] = [];
  for (const cl of clusters) {
    const fact = { notes: new Set<string>(), announcedNew: false, relations: new Counts<Relation>() };
    for (let i = 0; i < cl.length; i++) {
      if (pauseAt(i)) yield;
      const c = cl[i]!;
      fact.notes.add(c.source.uri);
      if (!fact.announcedNew && said.get(c.source)! & NEW_DEAL_BIT) fact.announcedNew = true;
      if (c.value && RELATION_OF_KIND[c.kind] !== 'generic') fact.relations.add(RELATION_OF_KIND[c.kind]);
    }
    facts.push(fact);
  }
  const relationOf = (f: { relations: Counts<Relation> }): Relation => f.relations.most() ?? 'generic';
  for (let i = 0; i < clusters.length; i++) {
    for (let j = clusters.length - 1; j > i; j--) {
      const a = clusters[i]!;
      const b = clusters[j]!;
      const fa = facts[i]!;
      const fb = facts[j]!;
      const shared = [...fb.notes].some((uri) => fa.notes.has(uri));
      if (shared && !fa.announcedNew && !fb.announcedNew && sameRelation(relationOf(fa), relationOf(fb))) {
        pushAll(a, b);
        for (const uri of fb.notes) fa.notes.add(uri);
        fa.relations.addAll(fb.relations);
        clusters.splice(j, 1);
        facts.splice(j, 1);
      }
    }
    yield;
  }
}

/**
 * What a deal does between its parties: money for equity, an acquisition, a commercial contract (cloud,
 * chips, leases, licences), or an unspecified tie. One note's $5 billion investment and $30 billion cloud
 * commitment of the same pair are two deals, not a deal and its tranche.
 */
type Relation = 'equity' | 'acquisition' | 'commerce' | 'venture' | 'generic';

const RELATION_OF_KIND: Record<DealKind, Relation> = {
  investment: 'equity', stake: 'equity', acquisition: 'acquisition', 'joint-venture': 'venture',
  purchase: 'commerce', supply: 'commerce', cloud: 'commerce', lease: 'commerce', licensing: 'commerce',
  partnership: 'generic', other: 'generic',
};


/** Values counted in the order first seen: `most()` is the one counted most often, on a tie the one seen first. */
class Counts<T> {
  private readonly n = new Map<T, number>();
  add(x: T, by = 1): void {
    this.n.set(x, (this.n.get(x) ?? 0) + by);
  }
  /** Adds another's counts (what counting its values after these would have given). */
  addAll(other: Counts<T>): void {
    for (const [x, k] of other.n) this.add(x, k);
  }
  most(): T | undefined {
    let best: T | undefined;
    let bestN = 0;
    for (const [x, k] of this.n) {
      if (k > bestN) {
        best = x;
        bestN = k;
      }
    }
    return best;
  }
}

/** An unspecified tie ("a partnership worth …") may be any of the others. */
const sameRelation = (x: Relation, y: Relation) => x === y || x === 'generic' || y === 'generic';

/** How widely a cluster is reported: its notes first, then its candidates. */
function* sourcesSteps(cl: readonly DealCandidate[]): Steps<number> {
  const notes = new Set<string>();
  for (let i = 0; i < cl.length; i++) {
    if (pauseAt(i)) yield;
    notes.add(cl[i]!.source.uri);
  }
  return notes.size * 100 + cl.length;
}

function* valueTagSteps(cluster: readonly DealCandidate[]): Steps<string> {
  const v = yield* pickValueSteps(cluster);
  if (!v) return (yield* statedRelationOfSteps(cluster)) ?? 'nv';
  const usd = usdOf(v);
  const scaled = usd >= 1e9 ? `${+(usd / 1e9).toPrecision(3)}b` : `${+(usd / 1e6).toPrecision(3)}m`;
  return scaled.replace('.', '_');
}

function* pickValueSteps(cluster: readonly DealCandidate[]): Steps<DealValue | undefined> {
  // The value most sources agree on; precise beats vague; a settled number format beats one in doubt ("1,250
  // euros" in a French note that says nothing else of its numbers); a dollar figure the text states (round,
  // "$1.5 billion") beats one converted from another currency (1.3 billion euros, $1.521 billion); then the larger,
  // then the first. Agreement is counted over distinct amounts (at most MAX_VALUES_COMPARED of them), each
  // weighed by how often it is reported.
  const counts = new Map<string, { value: DealValue; n: number }>();
  for (let i = 0; i < cluster.length; i++) {
    if (pauseAt(i)) yield;
    const c = cluster[i]!;
    if (!c.value) continue;
    const key = amountKey(c.value);
    const seen = counts.get(key);
    if (seen) seen.n++;
    else if (counts.size < MAX_VALUES_COMPARED) counts.set(key, { value: c.value, n: 1 });
  }
  const agreement = new Map<string, number>();
  for (const [key, { value }] of counts) {
    let n = 0;
    for (const other of counts.values()) if (sameValue(other.value, value)) n += other.n;
    agreement.set(key, n);
  }
  let best: DealValue | undefined;
  let bestScore = -1;
  for (let i = 0; i < cluster.length; i++) {
    if (pauseAt(i)) yield;
    const v = cluster[i]!.value;
    const agreed = v && agreement.get(amountKey(v));
    if (!v || agreed === undefined) continue;
    const score = agreed * 10 + (v.qualifier === 'several' ? 0 : 5) + (v.ambiguous || v.dollarInDoubt ? 0 : 2) + (isRound(usdOf(v)) ? 1 : 0);
    if (score > bestScore || (score === bestScore && usdOf(v) > usdOf(best!))) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}

/** At most three significant digits: how texts write amounts, unlike currency conversions. */
function isRound(n: number): boolean {
  return n > 0 && Number(n.toPrecision(3)) === n;
}

/** The deal a cluster of candidates makes, read in one pass over them (in steps). */
function* buildDealSteps(id: string, cluster: readonly DealCandidate[]): Steps<Deal> {
  // Parties by loose key, each spelled as its last mention (a key's place: its first mention).
  const partyByKey = new Map<string, string>();
  const keyOf = new Map<string, string>();
  let lastParties: readonly string[] | undefined;
  // One source per sentence of a note. The sentences are looked up as they are, not joined to the note's URI
  // into a new key: a string keeps its hash, and a note of long sentences of names spent 0.3 s hashing keys.
  const seen = new Map<string, Set<string>>();
  const srcs: DealSource[] = [];
  const kinds = new Map<DealKind, number>();
  const valuedKinds = new Set<DealKind>();
  const chips = new Set<string>();
  let venture: string | undefined;
  // The largest power reported is the deal's: "10 GW, the first gigawatt in 2026" is a 10 GW deal.
  let power: number | undefined;
  let firstDate: string | undefined;
  // The note date most reported (the first to reach the highest count).
  const noteDates = new Map<string, number>();
  let noteDate: string | undefined;
  let noteDateN = 0;
  for (let i = 0; i < cluster.length; i++) {
    if (pauseAt(i)) yield;
    const c = cluster[i]!;
    // Candidates of one set of parties mostly share one list of them (see NoteIndex.shareLists).
    if (c.parties !== lastParties) {
      for (const p of c.parties) {
        let key = keyOf.get(p);
        if (key === undefined) keyOf.set(p, (key = looseKey(p)));
        partyByKey.set(key, p);
      }
      lastParties = c.parties;
    }
    let sentences = seen.get(c.source.uri);
    if (!sentences) seen.set(c.source.uri, (sentences = new Set()));
    if (!sentences.has(c.source.sentence)) {
      sentences.add(c.source.sentence);
      srcs.push(c.source);
    }
    kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    if (c.value) valuedKinds.add(c.kind);
    for (const chip of c.chips) chips.add(chip);
    if (venture === undefined && c.venture) venture = c.venture;
    if (c.powerGw !== undefined) power = power === undefined ? c.powerGw : Math.max(power, c.powerGw);
    if (c.sentenceDate && (firstDate === undefined || c.sentenceDate < firstDate)) firstDate = c.sentenceDate;
    if (c.noteDate) {
      const n = (noteDates.get(c.noteDate) ?? 0) + 1;
      noteDates.set(c.noteDate, n);
      if (n > noteDateN) {
        noteDate = c.noteDate;
        noteDateN = n;
      }
    }
  }
  const parties = [...partyByKey.values()].sort((a, b) => a.localeCompare(b));
  const kind = KIND_PRIORITY.find((k) => valuedKinds.has(k)) ?? mostSpecific(kinds);
  const deal: Deal = { id, parties, kind, chips: [...chips], sources: srcs };
  if (venture) deal.venture = venture;
  const value = yield* pickValueSteps(cluster);
  if (value) deal.value = value;
  if (power !== undefined) deal.powerGw = power;
  const date = firstDate ?? noteDate;
  if (date) deal.date = date;
  return deal;
}

/** The kind most candidates give, a partnership only when no other is given (on a tie, the more specific). */
function mostSpecific(counts: ReadonlyMap<DealKind, number>): DealKind {
  const specific = [...counts].filter(([k]) => k !== 'partnership').sort((a, b) => b[1] - a[1] || KIND_PRIORITY.indexOf(a[0]) - KIND_PRIORITY.indexOf(b[0]));
  return specific[0]?.[0] ?? 'partnership';
}
