/**
 * Analyses one hostile shape in steps and settles the index, as bench/hostile.bench.ts does, for profiling:
 * `node --cpu-prof --import tsx bench/profileHostile.ts "<shape name filter>"`. Prints the time and the longest
 * step of each phase (analysis; the note's share of the deal groups and entity totals; settling), in wall time and
 * in CPU time (the process's, collector threads included: on a loaded machine wall time also counts the time
 * the process was not running), and in wall time less the collector's pauses within the step.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { createCore } from '../src/core/createCore';
import { NoteIndex } from '../src/core/index/noteIndex';
import { HOSTILE_SHAPES } from '../test/support/hostileNotes';

const filter = (process.argv[2] ?? '').toLowerCase();
const size = Number(process.env.BENCH_HOSTILE_KB ?? 1024) * 1024;
const core = createCore();
for (const shape of HOSTILE_SHAPES) new NoteIndex(core.recognizer).upsert({ uri: 'warm-up.md', text: shape.make(4096) });
// Garbage collection pauses (of the main thread), to tell a step's own work from the collector's.
const pauses: { start: number; end: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration });
});
observer.observe({ entryTypes: ['gc'] });
void (async () => {
  for (const shape of HOSTILE_SHAPES.filter((s) => s.name.toLowerCase().includes(filter))) {
    const text = shape.make(size);
    const index = new NoteIndex(core.recognizer);
    // The phase of each step: analysis (the note not in the index yet), its share of the deal groups and entity
    // totals (in the index, its update not ended), then settling (linking, entity summaries, the views' lists).
    let phase: Phase = 'analysis';
    const steps = (function* () {
      yield* index.upsertSteps({ uri: 'hostile.md', text });
      phase = 'settle';
      yield* index.settleSteps();
    })();
    const longest = { analysis: 0, share: 0, settle: 0 };
    const longestCpu = { analysis: 0, share: 0, settle: 0 };
    const cpuSteps: number[] = [];
    const spans: { start: number; end: number; at: Phase }[] = [];
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    for (;;) {
      const at = phase === 'analysis' && index.size ? 'share' : phase;
      const s0 = performance.now();
      const c0 = process.cpuUsage();
      const r = steps.next();
      const c = process.cpuUsage(c0);
      const ms = performance.now() - s0;
      spans.push({ start: s0, end: s0 + ms, at });
      const cpu = (c.user + c.system) / 1000;
      cpuSteps.push(cpu);
      longest[at] = Math.max(longest[at], ms);
      longestCpu[at] = Math.max(longestCpu[at], cpu);
      if (r.done) break;
    }
    const cpu = process.cpuUsage(cpu0);
    if (process.env.BENCH_VERBOSE) {
      const top = cpuSteps.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 6);
      console.log(`  longest steps in CPU: ${top.map(([t, i]) => `#${i} ${t.toFixed(0)} ms`).join(', ')}`);
    }
    // The collector's entries come after the steps' loop (they are delivered between tasks).
    await new Promise((resolve) => setTimeout(resolve, 10));
    const own = { analysis: 0, share: 0, settle: 0 };
    let g = 0;
    for (const sp of spans) {
      while (g < pauses.length && pauses[g]!.end <= sp.start) g++;
      let gc = 0;
      for (let k = g; k < pauses.length && pauses[k]!.start < sp.end; k++) gc += Math.min(sp.end, pauses[k]!.end) - Math.max(sp.start, pauses[k]!.start);
      own[sp.at] = Math.max(own[sp.at], sp.end - sp.start - gc);
    }
    pauses.length = 0;
    const phases = (['analysis', 'share', 'settle'] as const).map((p) => `${p} ${longest[p].toFixed(0)} ms (CPU ${longestCpu[p].toFixed(0)}, without collector pauses ${own[p].toFixed(0)})`).join(', ');
    console.log(`${shape.name}: ${(performance.now() - t0).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms), ${cpuSteps.length} steps; longest step: ${phases}`);
  }
  observer.disconnect();
})();

type Phase = 'analysis' | 'share' | 'settle';
