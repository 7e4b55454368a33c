/**
 * The workspace index: every note's analysis and deal candidates, kept up to date one note at a time, and
 * the answers the features need (deals, entities, mentions) computed lazily from it. Pure: the extension
 * feeds it documents; tests feed it strings.
 */
import type { Deal, DealValue, EntityKind, Mention, NoteDocument } from '../types';
import type { Recognizer } from '../recognize/recognizer';
import type { Lexicon } from '../lexicon/lexicon';
import { analyzeNoteSteps, type NoteAnalysis } from '../analyze';
import { extractDealsSteps, type DealCandidate } from '../deals/extract';
import { runToEnd, type Steps } from '../steps';
import { dealGroupKey, dealsOfGroup, dealsOfGroupSteps, orderCandidates, sortDeals, SourcesRead } from '../deals/merge';
import { Emitter } from '../events';
import { valueKey } from '../deals/shareParts';
import { looseKey } from '../text/chars';
import { compactAnalysis, compactAnalysisSteps, mentionsOfSteps, MentionTemplates } from './compactMentions';

export interface EntitySummary {
  /** Loose key of the canonical name: the entity's identity in the index. */
  key: string;
  name: string;
  kind: EntityKind;
  entityId?: string;
  /** Chips: vendor and family from the lexicon. */
  vendor?: string;
  family?: string;
  description?: string;
  /** Lower than 1 when the company was only recognised from context. */
  confidence: number;
  mentionCount: number;
  noteUris: string[];
  /** Spellings seen in the notes ("NVIDIA", "Nvidia"). */
  aliasesSeen: string[];
  dealIds: string[];
}

export interface MentionRef {
  uri: string;
  mention: Mention;
}

export interface IndexChange {
  /** Notes added, changed or removed; empty when everything changed (a new lexicon). */
  uris: string[];
}

interface Entry {
  analysis: NoteAnalysis;
  /** The recogniser the note was analysed with: a note analysed with an older one is analysed again. */
  recognizer: Recognizer;
  candidates: DealCandidate[];
}

interface EntityContribution {
  name: string;
  kind: EntityKind;
  entityId?: string;
  count: number;
  confidence: number;
  /** The first spelling seen, and the others when there are (most entities have one in a note). */
  spelling: string;
  spellings?: Set<string>;
}

/**
 * An entity's summary, kept up to date note by note as counts, so that no per-note object is kept (ten
 * thousand notes naming a hundred entities each would keep a million): a note's share is computed again from
 * its analysis when it is replaced or removed.
 */
interface EntityTotals {
  entityId?: string;
  mentions: number;
  /** Notes that name it. */
  notes: number;
  /**
   * One map of counts for everything counted (one per kind of value made 380,000 maps for a note of 76,000
   * companies): mentions per note, keyed by the note's URI itself; and, under keys tagged by what they count
   * (see TAG), how many notes give each name (`kind:name`: the summary's name is the one most mentions give,
   * counted in mentions), spelling, confidence and lexicon id.
   */
  counts: Map<string, number>;
}

/**
 * The tags of an entity's counted values (a URI never begins with NUL, so a note's key is its URI as it is).
 */
const TAG = { name: '\u0000n', spelling: '\u0000s', confidence: '\u0000c', id: '\u0000i' } as const;
const TAG_LENGTH = 2;

/**
 * Sets of parties re-linked (or entities summarised) between two steps of settleSteps: the host decides by
 * time when a step ends a slice, so steps are small (an entity named in 10,000 notes takes milliseconds).
 */
const GROUPS_PER_STEP = 10;
/**
 * A set of parties with this many candidates or more is linked in steps of its own (dealsOfGroupSteps): a
 * hostile note gives one pair tens of thousands of candidates, whose linking was one step of 0.3 s.
 */
const STEPPED_GROUP = 1000;
const ENTITIES_PER_STEP = 1;
/** Passes of re-linking (or summarising) over what changed during the previous pass's pauses. */
const SETTLE_ROUNDS = 3;
/** Deals whose parties are attached to the entity map between two steps. */
const DEALS_PER_STEP = 500;
/**
 * A note's share of the deal groups and entity totals is added (or taken away) in steps of this many candidates,
 * mentions read or entities counted: a note of 76,000 distinct companies was one step of 0.5–1 s.
 */
const CANDIDATES_PER_STEP = 1000;
const MENTIONS_PER_STEP = 2000;
const CONTRIBUTIONS_PER_STEP = 500;
/** Entity summaries copied into the entity map between two steps. */
const SUMMARIES_PER_STEP = 2000;

export class NoteIndex {
  private readonly entries = new Map<string, Entry>();
  /**
   * Updates in flight (upsertSteps begun, not ended), per note, and the clock of the latest change of that
   * note: an update that a later change (another update, a removal, a rename) overtook is dropped at its end.
   */
  private readonly inFlight = new Map<string, number>();
  private readonly lastChange = new Map<string, number>();
  private clock = 0;
  private dealsCache: Deal[] | undefined;
  /**
   * Deal candidates by set of parties and note (a note's one candidate as it is, several in a list), and the
   * deals each set makes: an edit re-links only its sets.
   */
  private readonly groups = new Map<string, Map<string, DealCandidate | DealCandidate[]>>();
  private readonly groupDeals = new Map<string, Deal[]>();
  /** Per set of parties, the lists of parties and chips and the values its candidates share (see shareLists). */
  private readonly groupLists = new Map<string, Map<string, string[] | DealValue>>();
  private readonly dirtyGroups = new Set<string>();
  /** Sets of parties being linked in steps, each with the token of the relinkSteps linking it (see there). */
  private readonly linking = new Map<string, object>();
  private readonly totals = new Map<string, EntityTotals>();
  private readonly summaries = new Map<string, EntitySummary>();
  private readonly dirtyEntities = new Set<string>();
  /**
   * Notes' shares of the deal groups and entity totals still to be added or taken away, in order (see
   * setEntry): each is a generator, so whoever runs the queue (the update that queued it, a settle, a query)
   * goes on where the last one paused. Everything that reads the groups or the totals runs it to its end first.
   */
  private readonly shares: Array<Steps<void>> = [];
  private dealTransform: (deals: Deal[]) => Deal[] = (d) => d;
  private entitiesCache: Map<string, EntitySummary> | undefined;
  /**
   * The deals and summaries are a snapshot taken before the notes (preload): nothing is linked or summarised
   * until they are adopted (adoptLinked) or dropped (dropPreloaded).
   */
  private preloaded = false;
  /** What the notes' mentions share, interned: a note keeps only offsets and template numbers (see compactMentions.ts). */
  private readonly templates = new MentionTemplates();
  private readonly changed = new Emitter<IndexChange>();
  private batchDepth = 0;
  private pending: string[] = [];

  readonly onDidChange = this.changed.event;

  private current: Recognizer | (() => Recognizer);

  /** False for an index that is only asked for notes and deals (a one-off scan): it keeps no entity totals. */
  private readonly keepsEntities: boolean;

  /** The lexicon the recogniser will be made with, for what needs only it before any note is analysed. */
  private readonly lexiconOf: (() => Lexicon) | undefined;

  /**
   * `recognizer` may be a function: it is then called (once) when the first note is analysed, not before.
   * `entities: false` makes an index that cannot summarise entities, for a scan that only wants the deals: the
   * totals of every entity per note are a sixth of a live index's memory. `lexicon`, with a recogniser given as
   * a function, gives the lexicon it will be made with: a warm start's snapshot (preload) then shows the
   * entities' lexicon fields without compiling the recogniser's matcher first (0.1 s and more).
   */
  constructor(recognizer: Recognizer | (() => Recognizer), options: { entities?: boolean; lexicon?: () => Lexicon } = {}) {
    this.current = recognizer;
    this.keepsEntities = options.entities ?? true;
    this.lexiconOf = options.lexicon;
  }

  private get recognizer(): Recognizer {
    if (typeof this.current === 'function') this.current = this.current();
    return this.current;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Analyses a note (or re-analyses it when its text changed) and returns the analysis. */
  upsert(doc: NoteDocument): NoteAnalysis {
    return runToEnd(this.upsertSteps(doc));
  }

  /**
   * `upsert` in steps (see steps.ts), for hosts that must not be blocked by a long note. The index only
   * changes at the last step, so queries in between see the previous version of the note.
   */
  *upsertSteps(doc: NoteDocument): Steps<NoteAnalysis> {
    const started = this.changeOf(doc.uri);
    this.inFlight.set(doc.uri, (this.inFlight.get(doc.uri) ?? 0) + 1);
    try {
      return yield* this.analyzeIntoSteps(doc, () => this.lastChange.get(doc.uri) === started);
    } finally {
      const n = this.inFlight.get(doc.uri)! - 1;
      if (n > 0) this.inFlight.set(doc.uri, n);
      else {
        this.inFlight.delete(doc.uri);
        this.lastChange.delete(doc.uri);
      }
    }
  }

  /**
   * Analyses `doc` with the current recogniser and stores it, unless `current()` says at the end that a later
   * change of the note overtook this one (then the index keeps what that change left). A new recogniser set
   * between two steps (the user taught a name) starts the analysis again with it.
   */
  private *analyzeIntoSteps(doc: NoteDocument, current: () => boolean): Steps<NoteAnalysis> {
    for (;;) {
      const old = this.entries.get(doc.uri);
      const recognizer = this.recognizer;
      if (old && old.analysis.text === doc.text && old.recognizer === recognizer) return old.analysis;
      const analysis = yield* analyzeNoteSteps(doc, recognizer);
      const candidates = yield* extractDealsSteps(analysis, recognizer.lexicon);
      // The index keeps the mentions compact (the deal rules above read them as objects).
      const kept = yield* compactAnalysisSteps(analysis, this.templates);
      if (!current()) return this.entries.get(doc.uri)?.analysis ?? kept;
      if (recognizer !== this.recognizer) continue;
      this.setEntry(doc.uri, { analysis: kept, recognizer, candidates });
      this.invalidate([doc.uri]);
      yield* this.shareSteps();
      return kept;
    }
  }

  /** Records a change of `uri` for the updates in flight, and returns its clock. */
  private changeOf(uri: string): number {
    const t = ++this.clock;
    this.lastChange.set(uri, t);
    return t;
  }

  /** A note removed or renamed away: any update of it still in flight is overtaken. */
  private overtake(uri: string): void {
    if (this.inFlight.has(uri)) this.lastChange.set(uri, ++this.clock);
  }

  /** A note's analysis and deal candidates as the index holds them (for the persistent cache). */
  entry(uri: string): { analysis: NoteAnalysis; candidates: readonly DealCandidate[] } | undefined {
    const e = this.entries.get(uri);
    return e && e.recognizer === this.recognizer ? e : undefined;
  }

  /**
   * Takes back a note analysed earlier with the current recogniser (from the persistent cache, whose key
   * names the lexicon) without analysing it again. An update of the note in flight is newer and still wins.
   * Returns the analysis the index keeps (its mentions compact: another object than `analysis`).
   */
  restore(analysis: NoteAnalysis, candidates: DealCandidate[]): NoteAnalysis {
    const kept = compactAnalysis(analysis, this.templates);
    this.setEntry(analysis.uri, { analysis: kept, recognizer: this.recognizer, candidates });
    this.invalidate([analysis.uri]);
    // A warm start restores notes one at a time, between pauses: each note's share is added with it.
    runToEnd(this.shareSteps());
    return kept;
  }

  remove(uri: string): boolean {
    this.overtake(uri);
    const had = this.setEntry(uri, undefined);
    if (had) this.invalidate([uri]);
    return had;
  }

  /** Removes every note whose URI starts with `prefix` (a deleted folder). */
  removeUnder(prefix: string): number {
    const under = (u: string) => u === prefix || u.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
    for (const u of this.inFlight.keys()) if (under(u)) this.overtake(u);
    const uris = [...this.entries.keys()].filter(under);
    for (const u of uris) this.setEntry(u, undefined);
    if (uris.length) this.invalidate(uris);
    return uris.length;
  }

  rename(from: string, to: string): void {
    const entry = this.entries.get(from);
    if (!entry || from === to) return;
    // One change event for both names.
    this.batch(() => {
      this.overtake(from);
      this.setEntry(from, undefined);
      this.invalidate([from]);
      this.upsert({ uri: to, text: entry.analysis.text });
    });
  }

  /** A new recogniser (the user taught a name): every note is analysed again, at once. */
  setRecognizer(recognizer: Recognizer): void {
    const uris = this.replaceRecognizer(recognizer);
    this.batch(() => uris.forEach((u) => this.refresh(u)));
  }

  /**
   * Like `setRecognizer`, but returns the notes to analyse again instead of doing it: the extension
   * re-analyses them (upsert or `refresh`), in slices, so a large workspace never blocks its host. Until
   * then they keep their old analysis; any update of them analyses with the new recogniser.
   */
  replaceRecognizer(recognizer: Recognizer): string[] {
    this.current = recognizer;
    return [...this.entries.keys()];
  }

  /**
   * Analyses a note again with the current recogniser if it was analysed with an older one. Not a change of
   * the note: an update of it in flight still ends with its newer text.
   */
  refresh(uri: string): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    const { text, version } = entry.analysis;
    runToEnd(this.analyzeIntoSteps({ uri, text, ...(version !== undefined ? { version } : {}) }, () => true));
  }

  /** Runs `fn` and fires one change event at the end instead of one per note. */
  batch<T>(fn: () => T): T {
    this.batchDepth++;
    try {
      return fn();
    } finally {
      this.endBatch();
    }
  }

  /** Like `batch`, for work that yields to its host between slices. */
  async batchAsync<T>(fn: () => Promise<T>): Promise<T> {
    this.batchDepth++;
    try {
      return await fn();
    } finally {
      this.endBatch();
    }
  }

  private endBatch(): void {
    this.batchDepth--;
    if (this.batchDepth === 0 && this.pending.length) {
      const uris = [...new Set(this.pending)];
      this.pending = [];
      this.changed.fire({ uris });
    }
  }

  get(uri: string): NoteAnalysis | undefined {
    return this.entries.get(uri)?.analysis;
  }

  notes(): NoteAnalysis[] {
    return [...this.entries.values()].map((e) => e.analysis);
  }

  deals(): Deal[] {
    if (!this.dealsCache) {
      runToEnd(this.relinkSteps());
      this.dealsCache = this.dealTransform(sortDeals([...this.groupDeals.values()].flat()));
    }
    return this.dealsCache;
  }

  /**
   * Does now, in steps, the re-linking and summarising that edits left for later, so that the next
   * deals() and entities() are cheap: a host runs it in slices after a batch of notes (see steps.ts).
   */
  *settleSteps(): Steps<void> {
    yield* this.shareSteps();
    yield* this.relinkSteps();
    yield* this.summarizeSteps();
    // The lists the views read, each made in a step of its own: their next query then only reads. A host
    // that pauses between steps may change notes meanwhile (a scan goes on): what that left is linked and
    // summarised again in steps first, so the list's own step only does what the last pause left.
    if (!this.dealsCache) {
      yield;
      yield* this.relinkSteps();
      this.deals();
    }
    // A note changed during its steps leaves it unkept: tried again a few times (a scan may go on meanwhile).
    for (let tries = 0; !this.entitiesCache && tries < 3; tries++) {
      yield;
      yield* this.entityMapSteps();
    }
  }

  /** Re-links the deals of every set of parties an edit touched. */
  private *relinkSteps(): Steps<void> {
    if (this.preloaded) return;
    let done = 0;
    // What each sentence says, read once for all the sets it names pairs of.
    const read = new SourcesRead();
    // Sets dirtied while it paused (a scan goes on) are taken too, for a few rounds: what is left after
    // them is at most what the last pause changed (deals() links it at once).
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      yield* this.shareSteps();
      if (!this.dirtyGroups.size) break;
      for (const key of [...this.dirtyGroups]) {
        if (!this.dirtyGroups.has(key)) continue;
        const members = this.groups.get(key);
        const group = members?.size ? [...members.values()].flat() : [];
        if (group.length < STEPPED_GROUP) {
          this.dirtyGroups.delete(key);
          if (group.length) this.groupDeals.set(key, dealsOfGroup(key, group, read));
          else this.groupDeals.delete(key);
        } else {
          // Linked in steps of its own. The set stays dirty until its deals are in: a query meanwhile links it
          // at once, and a change of its candidates meanwhile (or that query) takes the token, so what these
          // steps made is dropped.
          const token = {};
          this.linking.set(key, token);
          const deals = yield* dealsOfGroupSteps(key, group, read);
          if (this.linking.get(key) === token) {
            this.linking.delete(key);
            if (this.dirtyGroups.delete(key)) this.groupDeals.set(key, deals);
          }
        }
        if (++done % GROUPS_PER_STEP === 0) yield;
      }
    }
  }

  /** True when no edit left deals to re-link or entities to summarise (settleSteps has nothing to do). */
  get settled(): boolean {
    return !this.preloaded && !this.shares.length && !this.dirtyGroups.size && !this.dirtyEntities.size;
  }

  /** True while the deals and summaries shown are a snapshot taken before the notes were restored (preload). */
  get isPreloaded(): boolean {
    return this.preloaded;
  }

  /**
   * Shows deals and entity summaries saved earlier (the persistent cache's snapshot) before any note is back:
   * deals(), entities() and their queries answer from them, and nothing is linked, until adoptLinked takes the
   * deals made from the notes restored since, or dropPreloaded links them again. Only into an empty index;
   * returns false (and takes nothing) otherwise. Fires a change, so the views fill at once.
   */
  preload(groups: ReadonlyMap<string, Deal[]>, entities: ReadonlyMap<string, EntitySummary>): boolean {
    if (this.entries.size || this.preloaded) return false;
    this.groupDeals.clear();
    for (const [key, deals] of groups) this.groupDeals.set(key, deals);
    this.summaries.clear();
    for (const [key, summary] of entities) this.summaries.set(key, this.withLexiconFields({ ...summary }));
    this.preloaded = true;
    this.invalidate([]);
    return true;
  }

  /**
   * The snapshot did not match the notes restored: forgets it, and every set of parties and entity of the
   * notes the index holds is linked and summarised again (at the next settle or query).
   */
  dropPreloaded(): void {
    if (!this.preloaded) return;
    this.preloaded = false;
    this.groupDeals.clear();
    this.summaries.clear();
    for (const key of this.groups.keys()) this.dirtyGroups.add(key);
    for (const key of this.totals.keys()) this.dirtyEntities.add(key);
    this.invalidate([]);
  }

  /**
   * The linked deals of every set of parties and the entity summaries (their deal ids left empty), as they
   * are now: the persistent cache keeps them so that reopening a workspace links nothing again.
   */
  linked(): { groups: ReadonlyMap<string, readonly Deal[]>; entities: ReadonlyMap<string, EntitySummary> } {
    return { groups: this.groupDeals, entities: this.summaries };
  }

  /** The candidates of one set of parties, in the order its deals are built from (see dealsOfGroup). */
  groupCandidates(key: string): DealCandidate[] | undefined {
    runToEnd(this.shareSteps());
    const members = this.groups.get(key);
    return members?.size ? orderCandidates([...members.values()].flat()) : undefined;
  }

  /**
   * Takes back deals linked and entities summarised earlier from the notes the index holds now (the
   * persistent cache), instead of linking and summarising them again. They must cover exactly the sets of
   * parties and the entities of these notes; else nothing is taken and false is returned. The lexicon's
   * fields of each summary (vendor, family, description) are filled from the current lexicon.
   */
  adoptLinked(groups: ReadonlyMap<string, Deal[]>, entities: ReadonlyMap<string, EntitySummary>): boolean {
    runToEnd(this.shareSteps());
    let groupCount = 0;
    for (const members of this.groups.values()) if (members.size) groupCount++;
    if (groups.size !== groupCount || entities.size !== this.totals.size) return false;
    for (const key of groups.keys()) if (!this.groups.get(key)?.size) return false;
    for (const key of entities.keys()) if (!this.totals.has(key)) return false;
    this.groupDeals.clear();
    for (const [key, deals] of groups) this.groupDeals.set(key, deals);
    this.summaries.clear();
    for (const [key, summary] of entities) this.summaries.set(key, this.withLexiconFields(summary));
    this.dirtyGroups.clear();
    this.dirtyEntities.clear();
    this.preloaded = false;
    this.invalidate([]);
    return true;
  }

  /**
   * Sets the step applied to the merged deals before anyone sees them (the user's deal corrections:
   * hide, merge, split, fix a value or a party). Fires a change so every view refreshes.
   */
  setDealTransform(transform: (deals: Deal[]) => Deal[]): void {
    this.dealTransform = transform;
    this.invalidate([]);
  }

  deal(id: string): Deal | undefined {
    return this.deals().find((d) => d.id === id);
  }

  entities(): EntitySummary[] {
    return [...this.entityMap().values()];
  }

  entity(name: string): EntitySummary | undefined {
    return this.entityMap().get(looseKey(name));
  }

  /** Every mention of an entity across the workspace, by canonical name. */
  mentionsOf(name: string): MentionRef[] {
    const key = looseKey(name);
    const out: MentionRef[] = [];
    for (const { analysis } of this.entries.values()) {
      for (const mention of analysis.mentions) {
        if ((mention.kind === 'company' || mention.kind === 'chip') && looseKey(mention.canonical) === key) out.push({ uri: analysis.uri, mention });
      }
    }
    return out;
  }

  /** The mention under an offset of a note, if any. */
  mentionAt(uri: string, offset: number): Mention | undefined {
    const mentions = this.entries.get(uri)?.analysis.mentions ?? [];
    return mentions.find((m) => m.start <= offset && offset <= m.end);
  }

  dealsOf(name: string): Deal[] {
    const key = looseKey(name);
    return this.deals().filter((d) => d.parties.some((p) => looseKey(p) === key) || d.chips.some((c) => looseKey(c) === key));
  }

  /** The deals a note reports (it is one of their sources). */
  dealsInNote(uri: string): Deal[] {
    return this.deals().filter((d) => d.sources.some((s) => s.uri === uri));
  }

  dispose(): void {
    this.changed.dispose();
  }

  private invalidate(uris: string[]): void {
    this.dealsCache = undefined;
    this.entitiesCache = undefined;
    if (this.batchDepth > 0) this.pending.push(...uris);
    else this.changed.fire({ uris });
  }

  /** Summarises again every entity an edit touched (deal ids are attached to all later: cheap). */
  private *summarizeSteps(): Steps<void> {
    if (this.preloaded) return;
    let done = 0;
    for (let round = 0; round < SETTLE_ROUNDS; round++) {
      yield* this.shareSteps();
      if (!this.dirtyEntities.size) break;
      for (const key of [...this.dirtyEntities]) {
        if (!this.dirtyEntities.delete(key)) continue;
        this.summarize(key);
        // An entity named in thousands of notes takes a few milliseconds to summarise: pause often.
        if (++done % ENTITIES_PER_STEP === 0) yield;
      }
    }
  }

  private summarize(key: string): void {
    const t = this.totals.get(key);
    if (!t) {
      this.summaries.delete(key);
      return;
    }
    // Every choice here depends on the notes only, never on the order they were read or edited in. A lexicon
    // id (built-in or taught) wins over an id inferred from context; between two, the first in code-unit order.
    let confidence = 0;
    let entityId: string | undefined;
    const names: [string, number][] = [];
    const noteUris: string[] = [];
    const spellings: string[] = [];
    for (const [k, n] of t.counts) {
      if (k.charCodeAt(0) !== 0) {
        noteUris.push(k);
        continue;
      }
      const value = k.slice(TAG_LENGTH);
      const tag = k.slice(0, TAG_LENGTH);
      if (tag === TAG.name) names.push([value, n]);
      else if (tag === TAG.spelling) spellings.push(value);
      else if (tag === TAG.confidence) confidence = Math.max(confidence, Number(value));
      else if (!entityId || rankId(value) < rankId(entityId) || (rankId(value) === rankId(entityId) && value < entityId)) entityId = value;
    }
    if (entityId) t.entityId = entityId;
    else delete t.entityId;
    const entity = t.entityId ? this.recognizer.lexicon.get(t.entityId) : undefined;
    // The lexicon's name, else the name most mentions give ("Quantaflux" over one "QUANTAFLUX"; ties: the
    // first in code-unit order).
    let top: [string, number] | undefined;
    let named: string | undefined;
    for (const e of names) {
      if (!top || e[1] > top[1] || (e[1] === top[1] && e[0] < top[0])) top = e;
      if (entity && nameOf(e[0]) === entity.name && (!named || e[0] < named)) named = e[0];
    }
    const chosen = named ?? top![0];
    const summary: EntitySummary = {
      key, name: nameOf(chosen), kind: kindOf(chosen), confidence, mentionCount: t.mentions,
      noteUris: noteUris.sort(), aliasesSeen: spellings.sort(), dealIds: [],
    };
    if (t.entityId) summary.entityId = t.entityId;
    this.summaries.set(key, this.withLexiconFields(summary));
  }

  /** A summary with what the lexicon says of its entity: a chip's vendor and family, a description. */
  private withLexiconFields(summary: EntitySummary): EntitySummary {
    const lexicon = typeof this.current === 'function' && this.lexiconOf ? this.lexiconOf() : this.recognizer.lexicon;
    const entity = summary.entityId ? lexicon.get(summary.entityId) : undefined;
    if (entity?.vendor) summary.vendor = entity.vendor;
    if (entity?.family) summary.family = entity.family;
    if (entity?.description) summary.description = entity.description;
    return summary;
  }

  private entityMap(): Map<string, EntitySummary> {
    if (!this.keepsEntities) throw new Error('This index was made without entity summaries ({ entities: false }).');
    return this.entitiesCache ?? runToEnd(this.entityMapSteps());
  }

  /**
   * The entity map the views read (summaries with their deal ids), in steps of a few thousand summaries and a
   * few hundred deals; it is kept only if no note changed meanwhile (else the next query makes it again).
   */
  private *entityMapSteps(): Steps<Map<string, EntitySummary>> {
    yield* this.summarizeSteps();
    yield* this.relinkSteps();
    const deals = this.deals();
    const map = new Map<string, EntitySummary>();
    let copied = 0;
    for (const [key, summary] of this.summaries) {
      map.set(key, { ...summary, dealIds: [] });
      if (++copied % SUMMARIES_PER_STEP === 0) yield;
    }
    for (let i = 0; i < deals.length; i++) {
      const d = deals[i]!;
      for (const n of new Set([...d.parties, ...d.chips].map(looseKey))) map.get(n)?.dealIds.push(d.id);
      if (i % DEALS_PER_STEP === DEALS_PER_STEP - 1) yield;
    }
    if (this.dealsCache === deals) this.entitiesCache = map;
    return map;
  }

  /**
   * A candidate's parties and chips become the lists its set of parties already holds when equal: notes
   * reporting the same deal held a copy each (two lists for every candidate of the workspace).
   */
  private shareLists(key: string, c: DealCandidate): void {
    let lists = this.groupLists.get(key);
    if (!lists) {
      lists = new Map();
      this.groupLists.set(key, lists);
    }
    c.parties = sharedList(lists, 'p', c.parties);
    c.chips = sharedList(lists, 'c', c.chips);
    // Notes reporting the same deal give it the same value ("$100 billion"): one object for all.
    if (c.value) c.value = sharedPart(lists, `v\u0000${valueKey(c.value)}`, c.value);
  }

  /**
   * Replaces (or removes, with undefined) a note's entry at once, and queues taking its old share of the deal
   * groups and entity totals away and adding its new one (see shareSteps). Returns whether it had an entry.
   */
  private setEntry(uri: string, entry: Entry | undefined): boolean {
    const old = this.entries.get(uri);
    if (old) {
      this.entries.delete(uri);
      this.shares.push(this.removeShareSteps(uri, old));
    }
    if (entry) {
      this.entries.set(uri, entry);
      this.shares.push(this.addShareSteps(uri, entry));
    }
    return old !== undefined;
  }

  /** Runs the queued shares of notes (see setEntry), in order, in steps. */
  private *shareSteps(): Steps<void> {
    while (this.shares.length) {
      if (this.shares[0]!.next().done) this.shares.shift();
      else yield;
    }
  }

  /** Takes a note's candidates out of their deal groups and its mentions out of the entity totals. */
  private *removeShareSteps(uri: string, old: Entry): Steps<void> {
    for (let i = 0; i < old.candidates.length; i++) {
      const key = dealGroupKey(old.candidates[i]!);
      const members = this.groups.get(key);
      members?.delete(uri);
      if (!members?.size) {
        this.groups.delete(key);
        this.groupLists.delete(key);
      }
      this.dirtyGroups.add(key);
      if (this.linking.size) this.linking.delete(key);
      if (i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield;
    }
    if (!this.keepsEntities) return;
    let n = 0;
    for (const [key, c] of yield* entityContributionsSteps(old.analysis)) {
      const t = this.totals.get(key);
      if (t && t.counts.delete(uri)) {
        t.mentions -= c.count;
        t.notes--;
        countShare(t.counts, c, -1);
        this.dirtyEntities.add(key);
        if (!t.notes) this.totals.delete(key);
      }
      if (++n % CONTRIBUTIONS_PER_STEP === 0) yield;
    }
  }

  /** Puts a note's candidates in their deal groups and counts its mentions in the entity totals. */
  private *addShareSteps(uri: string, entry: Entry): Steps<void> {
    for (let i = 0; i < entry.candidates.length; i++) {
      const c = entry.candidates[i]!;
      const key = dealGroupKey(c);
      let members = this.groups.get(key);
      if (!members) {
        members = new Map();
        this.groups.set(key, members);
      }
      this.shareLists(key, c);
      // Most notes give a set of parties one candidate: a list for it cost 56 bytes (a sixth of the candidates' memory).
      const had = members.get(uri);
      if (!had) members.set(uri, c);
      else if (Array.isArray(had)) had.push(c);
      else members.set(uri, [had, c]);
      this.dirtyGroups.add(key);
      if (this.linking.size) this.linking.delete(key);
      if (i % CANDIDATES_PER_STEP === CANDIDATES_PER_STEP - 1) yield;
    }
    if (!this.keepsEntities) return;
    let n = 0;
    for (const [key, c] of yield* entityContributionsSteps(entry.analysis)) {
      let t = this.totals.get(key);
      if (!t) {
        t = { mentions: 0, notes: 0, counts: new Map() };
        this.totals.set(key, t);
      }
      t.mentions += c.count;
      if (!t.counts.has(uri)) t.notes++;
      t.counts.set(uri, c.count);
      countShare(t.counts, c, 1);
      this.dirtyEntities.add(key);
      if (++n % CONTRIBUTIONS_PER_STEP === 0) yield;
    }
  }
}

/** What one note adds to the entity summaries: mentions, spellings and confidence per entity. */
function* entityContributionsSteps(analysis: NoteAnalysis): Steps<Map<string, EntityContribution>> {
  const out = new Map<string, EntityContribution>();
  const mentions = yield* mentionsOfSteps(analysis);
  for (let i = 0; i < mentions.length; i++) {
    if (i % MENTIONS_PER_STEP === MENTIONS_PER_STEP - 1) yield;
    const m = mentions[i]!;
    if (m.kind !== 'company' && m.kind !== 'chip') continue;
    const key = looseKey(m.canonical);
    let c = out.get(key);
    if (!c) {
      c = { name: m.canonical, kind: m.kind, count: 0, confidence: 0, spelling: m.text };
      if (m.entityId) c.entityId = m.entityId;
      out.set(key, c);
    }
    c.count++;
    c.confidence = Math.max(c.confidence, m.confidence ?? 1);
    if (m.text !== c.spelling) (c.spellings ??= new Set([c.spelling])).add(m.text);
  }
  return out;
}

/** The list equal to `list` that `lists` holds (frozen), else `list` itself, frozen and kept there. */
function sharedList(lists: Map<string, string[] | DealValue>, tag: string, list: string[]): string[] {
  if (!list.length) return list;
  return sharedPart(lists, `${tag}\u0000${list.join('\u0000')}`, list);
}

/** The part kept under `key` in `parts` (frozen), else `part` itself, frozen and kept there. */
function sharedPart<T extends string[] | DealValue>(parts: Map<string, string[] | DealValue>, key: string, part: T): T {
  const known = parts.get(key);
  if (known) return known as T;
  parts.set(key, Object.isFrozen(part) ? part : (Object.freeze(part) as T));
  return part;
}

/** Counts a note's share of an entity's names, spellings, confidence and id (one note each), or with -1 uncounts it. */
function countShare(counts: Map<string, number>, c: EntityContribution, sign: 1 | -1): void {
  count(counts, TAG.name + nameKey(c), sign * c.count);
  count(counts, TAG.confidence + String(c.confidence), sign);
  if (c.entityId) count(counts, TAG.id + c.entityId, sign);
  if (c.spellings) for (const sp of c.spellings) count(counts, TAG.spelling + sp, sign);
  else count(counts, TAG.spelling + c.spelling, sign);
}

/** Adds `by` (which may be negative) to the count of `key`; a count that falls to zero is deleted. */
function count(counts: Map<string, number>, key: string, by: number): void {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
}

/** Lexicon ids (built-in or taught) before ids inferred from context. */
function rankId(id: string): number {
  return id.startsWith('inferred:') ? 1 : 0;
}

/** An entity's name and kind as one key of its counted names: `kind:name`. */
function nameKey(c: { kind: EntityKind; name: string }): string {
  return `${c.kind}:${c.name}`;
}

function kindOf(key: string): EntityKind {
  return key.slice(0, key.indexOf(':')) as EntityKind;
}

function nameOf(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}
