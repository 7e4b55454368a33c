/**
 * Benchmark: notes of hostile shapes (test/support/hostileNotes.ts), each analysed in steps as the extension
 * does (recognition, deals, the note's share of the index), then settled in steps as the extension does before its
 * views read the index (deals linked, entities summarised). For each shape: total time, MB/s and the longest step, beside a baseline
 * measured in the same run on the same text: one plain regex scan for words. Numbers, not assertions.
 * BENCH_HOSTILE_KB sets the size of each note (default 1024); BENCH_HOSTILE_ONLY a shape name filter.
 * Then the command line as a user runs it: `node dist/cli.js scan <folder> --json` on a folder holding that one
 * note (wall time of the whole process: start-up, reading, analysis, linking and the JSON written to a pipe),
 * beside `node -e ""` started the same way. BENCH_HOSTILE_CLI=0 leaves it out; it needs `npm run build`.
 */
import { createCore } from '../src/core/createCore';
import { NoteIndex } from '../src/core/index/noteIndex';
import { HOSTILE_SHAPES } from '../test/support/hostileNotes';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SIZE = Number(process.env.BENCH_HOSTILE_KB ?? 1024) * 1024;
const only = process.env.BENCH_HOSTILE_ONLY?.toLowerCase();
const core = createCore();
const WORD = /[\p{L}\p{N}]+/gu;

const mbps = (chars: number, ms: number) => (chars / 1024 / 1024) / (ms / 1000);
console.log(`hostile shapes: one note of ${(SIZE / 1024).toFixed(0)} KB per shape, analysed in steps (names, quantities, deals)\n`);
console.log(`${'shape'.padEnd(46)} ${'baseline'.padStart(16)} ${'deal-notes'.padStart(18)} ${'longest step'.padStart(13)} ${'CPU'.padStart(9)}`);

// Warm up (regex compilation, lexicon caches, JIT) so that the first shape is not charged for it.
for (const shape of HOSTILE_SHAPES) new NoteIndex(core.recognizer).upsert({ uri: 'warm-up.md', text: shape.make(4096) });

let worstStep = 0;
let slowest = Infinity;
for (const shape of HOSTILE_SHAPES) {
  if (only && !shape.name.toLowerCase().includes(only)) continue;
  const text = shape.make(SIZE);
  const b0 = performance.now();
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) words++;
  const baselineMs = performance.now() - b0;

  const index = new NoteIndex(core.recognizer);
  const steps = (function* () {
    yield* index.upsertSteps({ uri: 'hostile.md', text });
    yield* index.settleSteps();
  })();
  let longest = 0;
  let total = 0;
  // CPU time too: on a shared, loaded machine it moves less than wall time.
  const cpu0 = process.cpuUsage();
  for (;;) {
    const t0 = performance.now();
    const r = steps.next();
    const ms = performance.now() - t0;
    total += ms;
    longest = Math.max(longest, ms);
    if (r.done) break;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const mentions = index.get('hostile.md')!.mentions.length;
  worstStep = Math.max(worstStep, longest);
  slowest = Math.min(slowest, mbps(text.length, total));
  console.log(`${shape.name.padEnd(46)} ${`${baselineMs.toFixed(0)} ms`.padStart(7)} ${`${mbps(text.length, baselineMs).toFixed(0)} MB/s`.padStart(8)} ${`${total.toFixed(0)} ms`.padStart(8)} ${`${mbps(text.length, total).toFixed(1)} MB/s`.padStart(9)} ${`${longest.toFixed(0)} ms`.padStart(13)} ${`${cpuMs.toFixed(0)} ms`.padStart(9)}   (${words} words, ${mentions} mentions)`);
}
console.log(`\nslowest shape: ${slowest.toFixed(1)} MB/s; longest single step over all shapes: ${worstStep.toFixed(0)} ms`);

const CLI = join(__dirname, '..', 'dist', 'cli.js');
if (process.env.BENCH_HOSTILE_CLI !== '0' && existsSync(CLI)) {
  const timed = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
    return performance.now() - t0;
  };
  const start = timed(['-e', '']);
  console.log(`\nthe CLI, \`scan <folder> --json\` on each note alone (${(SIZE / 1024).toFixed(0)} KB); baseline: node starting and exiting, ${start.toFixed(0)} ms\n`);
  let slowestCli = 0;
  for (const shape of HOSTILE_SHAPES) {
    if (only && !shape.name.toLowerCase().includes(only)) continue;
    const dir = mkdtempSync(join(tmpdir(), 'deal-notes-hostile-'));
    try {
      writeFileSync(join(dir, 'hostile.md'), shape.make(SIZE));
      const ms = timed([CLI, 'scan', dir, '--json']);
      slowestCli = Math.max(slowestCli, ms);
      console.log(`${shape.name.padEnd(46)} ${`${ms.toFixed(0)} ms`.padStart(9)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log(`\nslowest CLI scan: ${(slowestCli / 1000).toFixed(1)} s`);
}
