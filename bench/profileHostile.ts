/**
 * Analyses one hostile shape in steps and settles the index, as bench/hostile.bench.ts does, for profiling:
 * `node --cpu-prof --import tsx bench/profileHostile.ts "<shape name filter>"`. Prints the time and the longest
 * step, in wall time and in CPU time (the process's, collector threads included: on a loaded machine wall time
 * also counts the time the process was not running).
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
  let longestCpu = 0;
  let longestCpuAt = 0;
  let count = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (;; count++) {
    const s0 = performance.now();
    const c0 = process.cpuUsage();
    const r = steps.next();
    const c = process.cpuUsage(c0);
    longest = Math.max(longest, performance.now() - s0);
    const cpu = (c.user + c.system) / 1000;
    if (cpu > longestCpu) [longestCpu, longestCpuAt] = [cpu, count];
    if (r.done) break;
  }
  const cpu = process.cpuUsage(cpu0);
  console.log(`${shape.name}: ${(performance.now() - t0).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms), ${count + 1} steps, longest step ${longest.toFixed(0)} ms, in CPU ${longestCpu.toFixed(0)} ms (step ${longestCpuAt})`);
}
