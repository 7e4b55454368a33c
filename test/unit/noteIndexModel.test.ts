import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { toEntities } from '../../src/core/lexicon/lexicon';
import type { Recognizer } from '../../src/core/recognize/recognizer';
import { applyCorrections, type Correction, type CorrectionAction } from '../../src/core/user/corrections';
import type { Deal } from '../../src/core/types';
import type { Steps } from '../../src/core/steps';
import { decodeShard, encodeShard, type CachedNote } from '../../src/core/index/noteCache';
import { noteText } from '../support/noteArbitraries';

/**
 * A model-based test of the live NoteIndex: random sequences of creates, edits, renames, deletes (of notes and
 * folders), workspace-lexicon and corrections changes, sliced updates left half done while other changes come in,
 * and half-finished settling, applied to one index that lives through all of them. After every command that leaves
 * nothing half done, its notes, mentions, deals and entities must equal those of a new NoteIndex built from
 * scratch from the final notes (the model): the index never drifts, whatever the order of events. A reopen
 * (warm start) takes the notes back through the persistent cache's format, and the sequence goes on with the
 * index it gives.
 */

const URIS = ['a.md', 'b.md', 'dir/c.md', 'dir/d.txt', 'dir/sub/e.note', 'f.md'];
const FOLDERS = ['dir', 'dir/sub'];

/** The recognisers a workspace lexicon can give: built-in only, or with names taught. */
const RECOGNIZERS: Recognizer[] = [
  createCore().recognizer,
  createCore({ userEntities: [
    ...toEntities('company', [{ name: 'Quantaflux', aliases: ['QFX'] }, { name: 'Etchwell Inc', aliases: ['Etchwell'] }], 'user'),
    ...toEntities('chip', [{ name: 'Nimbus X1', vendor: 'Quantaflux' }], 'user'),
  ] }).recognizer,
  createCore({ userEntities: [
    ...toEntities('company', [{ name: 'Lumora', aliases: ['Véloce AI'] }, { id: 'nvidia', name: 'Nvidia', aliases: ['NVDA', 'Nvidia Corp'] }], 'user'),
    ...toEntities('chip', [{ name: 'Kestrel', vendor: 'Lumora' }], 'user'),
  ] }).recognizer,
];

interface Pending {
  uri: string;
  text: string;
  /** The model's count of changes to `uri` when the update began: a later change wins over it. */
  ticket: number;
}

interface Model {
  notes: Map<string, string>;
  touched: Map<string, number>;
  pending: Pending[];
  recognizer: number;
  corrections: Correction[];
}

interface Real {
  index: NoteIndex;
  pending: Array<Steps<unknown>>;
  settle?: Steps<void>;
}

type Cmd = fc.Command<Model, Real>;

function touch(m: Model, uri: string): number {
  const n = (m.touched.get(uri) ?? 0) + 1;
  m.touched.set(uri, n);
  return n;
}

function transformFor(corrections: readonly Correction[]): (deals: Deal[]) => Deal[] {
  return (deals) => applyCorrections(deals, corrections, { notePath: (uri) => uri });
}

/** The index a fresh scan of the model's notes gives. */
function freshIndex(m: Model): NoteIndex {
  const fresh = new NoteIndex(RECOGNIZERS[m.recognizer]!);
  fresh.setDealTransform(transformFor(m.corrections));
  for (const uri of [...m.notes.keys()].sort()) fresh.upsert({ uri, text: m.notes.get(uri)! });
  return fresh;
}

function assertSameAsFresh(m: Model, r: Real): void {
  if (m.pending.length) return; // half-done updates: the index shows the notes as they were, by design
  const live = r.index;
  const fresh = freshIndex(m);
  const byUri = <T extends { uri: string }>(xs: T[]) => [...xs].sort((a, b) => a.uri.localeCompare(b.uri));
  assert.deepEqual(byUri(live.notes()).map((n) => [n.uri, n.text]), byUri(fresh.notes()).map((n) => [n.uri, n.text]), 'the same notes');
  for (const n of fresh.notes()) {
    const l = live.get(n.uri)!;
    assert.deepEqual(l.mentions, n.mentions, `the same mentions in ${n.uri}`);
    assert.deepEqual([l.title, l.noteDate, l.sentences], [n.title, n.noteDate, n.sentences], `the same title, date and sentences in ${n.uri}`);
  }
  assert.deepEqual(live.deals(), fresh.deals(), 'the same deals, in the same order');
  const byKey = (xs: ReturnType<NoteIndex['entities']>) => [...xs].sort((a, b) => a.key.localeCompare(b.key));
  assert.deepEqual(byKey(live.entities()), byKey(fresh.entities()), 'the same entities');
  for (const e of fresh.entities()) {
    const refs = (i: NoteIndex) => i.mentionsOf(e.name).map((x) => `${x.uri}@${x.mention.start}`).sort();
    assert.deepEqual(refs(live), refs(fresh), `the same mentions of ${e.name}`);
  }
  fresh.dispose();
}

class Upsert implements Cmd {
  constructor(readonly uri: string, readonly text: string) {}
  check = () => true;
  run(m: Model, r: Real): void {
    r.index.upsert({ uri: this.uri, text: this.text });
    touch(m, this.uri);
    m.notes.set(this.uri, this.text);
    assertSameAsFresh(m, r);
  }
  toString = () => `upsert(${this.uri}, ${JSON.stringify(this.text)})`;
}

class Remove implements Cmd {
  constructor(readonly uri: string) {}
  check = () => true;
  run(m: Model, r: Real): void {
    assert.equal(r.index.remove(this.uri), m.notes.has(this.uri));
    touch(m, this.uri);
    m.notes.delete(this.uri);
    assertSameAsFresh(m, r);
  }
  toString = () => `remove(${this.uri})`;
}

class RemoveFolder implements Cmd {
  constructor(readonly folder: string) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const under = [...new Set([...m.notes.keys(), ...URIS])].filter((u) => u.startsWith(`${this.folder}/`));
    const removed = r.index.removeUnder(this.folder);
    assert.equal(removed, under.filter((u) => m.notes.has(u)).length);
    for (const u of under) {
      touch(m, u);
      m.notes.delete(u);
    }
    assertSameAsFresh(m, r);
  }
  toString = () => `removeUnder(${this.folder})`;
}

class Rename implements Cmd {
  constructor(readonly from: string, readonly to: string) {}
  check = () => true;
  run(m: Model, r: Real): void {
    r.index.rename(this.from, this.to);
    const text = m.notes.get(this.from);
    if (text !== undefined && this.from !== this.to) {
      touch(m, this.from);
      touch(m, this.to);
      m.notes.delete(this.from);
      m.notes.set(this.to, text);
    }
    assertSameAsFresh(m, r);
  }
  toString = () => `rename(${this.from}, ${this.to})`;
}

/** A new workspace lexicon, applied at once or the extension's way: replaceRecognizer, then each note refreshed. */
class SetLexicon implements Cmd {
  constructor(readonly recognizer: number, readonly sliced: boolean) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const rec = RECOGNIZERS[this.recognizer]!;
    if (this.sliced) {
      const uris = r.index.replaceRecognizer(rec);
      r.index.batch(() => uris.forEach((u) => r.index.refresh(u)));
    } else r.index.setRecognizer(rec);
    m.recognizer = this.recognizer;
    assertSameAsFresh(m, r);
  }
  toString = () => `setLexicon(${this.recognizer}${this.sliced ? ', sliced' : ''})`;
}

/** New corrections, naming deals by one sentence of a note (as the Correct Deal commands write them). */
class SetCorrections implements Cmd {
  constructor(readonly picks: Array<{ action: CorrectionAction; note: number; sentence: number; other: number }>) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const fresh = freshIndex({ ...m, corrections: [] });
    const notes = fresh.notes().sort((a, b) => a.uri.localeCompare(b.uri));
    const corrections: Correction[] = [];
    const ref = (noteIdx: number, sentenceIdx: number) => {
      const n = notes[noteIdx % Math.max(1, notes.length)];
      const s = n?.sentences[sentenceIdx % Math.max(1, n.sentences.length)];
      return n && s ? { note: n.uri, sentence: n.text.slice(s.start, s.end) } : undefined;
    };
    for (const p of this.picks) {
      const source = ref(p.note, p.sentence);
      if (!source || !source.sentence.trim()) continue;
      const c: Correction = { action: p.action, source };
      if (p.action === 'merge') {
        const w = ref(p.other, p.sentence + p.other);
        if (!w || !w.sentence.trim()) continue;
        c.with = w;
      } else if (p.action === 'setValue') c.value = { amount: 1e9 * (1 + p.other), currency: 'EUR' };
      else if (p.action === 'setParties') c.parties = ['Quantaflux', 'Mistral AI'];
      corrections.push(c);
    }
    fresh.dispose();
    r.index.setDealTransform(transformFor(corrections));
    m.corrections = corrections;
    assertSameAsFresh(m, r);
  }
  toString = () => `setCorrections(${JSON.stringify(this.picks)})`;
}

/** An update started in slices (the extension's SlicedUpdater) and left half done. */
class BeginSliced implements Cmd {
  constructor(readonly uri: string, readonly text: string, readonly steps: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const steps = r.index.upsertSteps({ uri: this.uri, text: this.text });
    const ticket = touch(m, this.uri);
    let done = false;
    for (let i = 0; i < this.steps && !done; i++) done = steps.next().done === true;
    if (done) {
      m.notes.set(this.uri, this.text);
      assertSameAsFresh(m, r);
      return;
    }
    m.pending.push({ uri: this.uri, text: this.text, ticket });
    r.pending.push(steps);
  }
  toString = () => `beginSliced(${this.uri}, ${JSON.stringify(this.text)}, ${this.steps})`;
}

/** The oldest half-done update runs to its end: its text counts unless a later change of the note came first. */
class FinishSliced implements Cmd {
  check = (m: Readonly<Model>) => m.pending.length > 0;
  run(m: Model, r: Real): void {
    const p = m.pending.shift()!;
    const steps = r.pending.shift()!;
    for (let s = steps.next(); !s.done; s = steps.next());
    if (m.touched.get(p.uri) === p.ticket) m.notes.set(p.uri, p.text);
    assertSameAsFresh(m, r);
  }
  toString = () => 'finishSliced()';
}

/**
 * The window reopened: a new index takes back, through the cache's bytes, every note the live one would save
 * (its analysis current), and analyses the others as the scan would; it must equal a fresh scan, and it is the
 * live index from now on.
 */
class ReopenFromCache implements Cmd {
  check = (m: Readonly<Model>) => m.pending.length === 0;
  run(m: Model, r: Real): void {
    const key = 'engine|lexicon';
    const saved: CachedNote[] = [];
    for (const n of r.index.notes()) {
      const e = r.index.entry(n.uri);
      if (e) saved.push({ stamp: { mtime: 1, size: n.text.length }, analysis: e.analysis, candidates: [...e.candidates] });
    }
    const decoded = decodeShard(encodeShard(key, saved), key);
    assert.ok(decoded.ok && decoded.dropped === 0, 'the cache takes back every record it wrote');
    const warm = new NoteIndex(RECOGNIZERS[m.recognizer]!);
    warm.setDealTransform(transformFor(m.corrections));
    for (const note of decoded.notes) warm.restore(note.analysis, note.candidates);
    for (const [uri, text] of m.notes) if (!warm.get(uri)) warm.upsert({ uri, text });
    r.index.dispose();
    r.index = warm;
    r.settle = undefined;
    assertSameAsFresh(m, r);
  }
  toString = () => 'reopenFromCache()';
}

/** Settling (re-linking, summarising) advanced by a few steps and left open while other changes come. */
class SettleSome implements Cmd {
  constructor(readonly steps: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    r.settle ??= r.index.settleSteps();
    for (let i = 0; i < this.steps; i++) {
      if (r.settle.next().done) {
        r.settle = undefined;
        break;
      }
    }
    assertSameAsFresh(m, r);
  }
  toString = () => `settleSome(${this.steps})`;
}

const uri = fc.constantFrom(...URIS);
/** Notes small enough for hundreds of runs, with deal sentences often enough to make groups. */
const text = fc.oneof(
  noteText,
  fc.constantFrom(
    'Nvidia will invest up to $100 billion in OpenAI.',
    'Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI.',
    'AMD and OpenAI announced a partnership on MI450 chips.',
    'CoreWeave signed an $11.9 billion contract with OpenAI.\r\nOpenAI expanded its contract with CoreWeave by $6.5 billion.',
    'La start-up Quantaflux a signé avec Mistral AI un contrat de 1,3 Md€.',
    'QUANTAFLUX a levé 200 millions d’euros auprès de Nvidia.',
    'Lumora signed a deal with Nvidia Corp for Kestrel chips.\rNVDA and Lumora: $2 billion.',
    'The chipmaker Etchwell sold Nimbus X1 racks to Oracle for $3 billion.',
    '',
  ),
);

const commandArbs = [
  fc.tuple(uri, text).map(([u, t]) => new Upsert(u, t)),
  uri.map((u) => new Remove(u)),
  fc.constantFrom(...FOLDERS).map((f) => new RemoveFolder(f)),
  fc.tuple(uri, uri).map(([a, b]) => new Rename(a, b)),
  fc.tuple(fc.nat(RECOGNIZERS.length - 1), fc.boolean()).map(([k, s]) => new SetLexicon(k, s)),
  fc.array(fc.record({ action: fc.constantFrom<CorrectionAction>('hide', 'merge', 'split', 'setValue', 'setParties'), note: fc.nat(9), sentence: fc.nat(9), other: fc.nat(9) }), { maxLength: 3 })
    .map((picks) => new SetCorrections(picks)),
  fc.tuple(uri, text, fc.integer({ min: 1, max: 4 })).map(([u, t, n]) => new BeginSliced(u, t, n)),
  fc.constant(new FinishSliced()),
  fc.constant(new ReopenFromCache()),
  fc.integer({ min: 1, max: 3 }).map((n) => new SettleSome(n)),
];

describe('note index: model-based (fast-check)', () => {
  it('equals a fresh scan of the final notes after any sequence of changes', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.commands(commandArbs, { maxCommands: 30 }), (cmds) => {
        const setup = () => ({
          model: { notes: new Map(), touched: new Map(), pending: [], recognizer: 0, corrections: [] } as Model,
          real: { index: new NoteIndex(RECOGNIZERS[0]!), pending: [] } as Real,
        });
        fc.modelRun(setup, cmds);
      }),
      // A fixed seed, so a run in CI is repeatable; FC_SEED and FC_RUNS explore further.
      { numRuns: Number(process.env.FC_RUNS ?? 150), seed: Number(process.env.FC_SEED ?? 20261129) },
    );
  });
});
