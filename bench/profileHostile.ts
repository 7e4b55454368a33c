/**
 * Analyses one hostile shape in steps and settles the index, as bench/hostile.bench.ts does, for profiling:
 * `node --cpu-prof --import tsx bench/profileHostile.ts "<shape name filter>"`. Prints the time and longest step.
 */
import { createCore } from '../src/core/createCore';
import { NoteIndex } from '../src/core/index/noteIndex';
import { HOSTILE_SHAPES } from '../test/support/hostileNotes';

const filter = (process.argv[2] ?? '').toLowerCase();
const size = Number(process.env.BENCH_HOSTILE_KB ?? 1024) * 1024;
const core = createCore();
for (const shape of HOSTILE_SHAPES) new NoteIndex(core.recognizer).upsert({ uri: 'warm-up.md', text: shape.make(4096) });
for (const shape of HOSTILE_SHAPES.filter((s) => s.name.toLowerCase().includes(filter))) {
  const text = shape.make(size);
  const index = new NoteIndex(core.recognizer);
  const steps = (function* () {
    yield* index.upsertSteps({ uri: 'hostile.md', text });
    yield* index.settleSteps();
  })();
  let longest = 0;
  const t0 = performance.now();
  for (;;) {
    const s0 = performance.now();
    const r = steps.next();
    longest = Math.max(longest, performance.now() - s0);
    if (r.done) break;
  }
  console.log(`${shape.name}: ${(performance.now() - t0).toFixed(0)} ms, longest step ${longest.toFixed(0)} ms`);
}
