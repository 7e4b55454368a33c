/**
 * What the heap holds after a scan of the bench notes: writes a heap snapshot of the process holding the scan's
 * result (`core.scan`, the CLI's path) and ranks what it holds by kind of object (V8's own names: a class or an
 * object's shape, strings, arrays, typed arrays' stores). `BENCH_NOTES` notes (2,000 by default); `--live` takes
 * the extension's index instead (entity totals kept, no scan result); `--linked` takes the snapshot inside the
 * scan, once its index has linked the deals (its candidates still held: near the scan's peak). Run with
 * `node --expose-gc --import tsx`.
 */
import { writeHeapSnapshot } from 'node:v8';
import { readFileSync, unlinkSync } from 'node:fs';
import { createCore } from '../src/core/createCore';
import { NoteIndex } from '../src/core/index/noteIndex';
import { syntheticWorkspace } from './corpus';

const NOTES = Number(process.env.BENCH_NOTES ?? 2_000);
const live = process.argv.includes('--live');
const linked = process.argv.includes('--linked');
const core = createCore();
let notes: { uri: string; text: string }[] | undefined = syntheticWorkspace(NOTES);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
let kept: unknown;
let inside: string | undefined;
if (linked) {
  const deals = NoteIndex.prototype.deals;
  NoteIndex.prototype.deals = function (this: NoteIndex) {
    const out = deals.call(this);
    gc?.();
    if (!inside) {
      console.log(`inside the scan, deals linked: heap ${((process.memoryUsage().heapUsed - before) / 1048576).toFixed(1)} MB above the process before it`);
      inside = writeHeapSnapshot();
    }
    return out;
  };
}
if (live) {
  const index = new NoteIndex(core.recognizer);
  index.batch(() => notes!.forEach((n) => index.upsert(n)));
  index.deals();
  index.entities();
  kept = index;
} else {
  kept = core.scan(notes);
}
notes = undefined;
gc?.();
console.log(`${NOTES} notes (${live ? 'live index' : 'scan result'}): heap ${((process.memoryUsage().heapUsed - before) / 1048576).toFixed(1)} MB above the process before it`);

const file = inside ?? writeHeapSnapshot();
const snap = JSON.parse(readFileSync(file, 'utf8')) as {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
};
unlinkSync(file);
const f = snap.snapshot.meta.node_fields;
const width = f.length;
const [TYPE, NAME, SIZE] = ['type', 'name', 'self_size'].map((n) => f.indexOf(n));
const types = snap.snapshot.meta.node_types[0];
const EDGES = f.indexOf('edge_count');
const ef = snap.snapshot.meta.edge_fields;
const [ETYPE, ENAME] = ['type', 'name_or_index'].map((n) => ef.indexOf(n));
const PROPERTY = snap.snapshot.meta.edge_types[0].indexOf('property');
const totals = new Map<string, { size: number; count: number }>();
let edge = 0;
for (let i = 0; i < snap.nodes.length; i += width) {
  const type = types[snap.nodes[i + TYPE!]!]!;
  let name = type === 'object' || type === 'closure' || type === 'native' || type === 'array' ? `${type} ${snap.strings[snap.nodes[i + NAME!]!]}` : type;
  const edges = snap.nodes[i + EDGES]!;
  // Plain objects are told apart by their properties' names (a mention, a candidate, a source).
  if (name === 'object Object') {
    const keys: string[] = [];
    for (let e = 0; e < edges && keys.length < 8; e++) {
      const at = (edge + e) * ef.length;
      if (snap.edges[at + ETYPE!] === PROPERTY) keys.push(snap.strings[snap.edges[at + ENAME!]!]!);
    }
    name = `{${keys.join(',')}}`;
  }
  edge += edges;
  const t = totals.get(name) ?? { size: 0, count: 0 };
  t.size += snap.nodes[i + SIZE!]!;
  t.count++;
  totals.set(name, t);
}
const ranked = [...totals].sort((a, b) => b[1].size - a[1].size).slice(0, Number(process.env.TOP ?? 25));
for (const [name, t] of ranked) console.log(`${(t.size / 1048576).toFixed(1).padStart(8)} MB ${String(t.count).padStart(9)}  ${name.slice(0, 100)}`);
void kept;
