/**
 * Benchmark: analysing a workspace of 10,000 notes (names, amounts, power, dates, deals, cross-note
 * linking), side by side in the same run with a baseline: the hand-made regex highlighter many people
 * use, one big alternation of every alias, which only finds names. Numbers, not assertions.
 */
import { createCore } from '../src/core/createCore';
import { builtinLexicon } from '../src/core/lexicon/builtin';
import { NoteIndex } from '../src/core/index/noteIndex';
import { syntheticWorkspace } from './corpus';

const NOTES = Number(process.env.BENCH_NOTES ?? 10_000);
const notes = syntheticWorkspace(NOTES);
const chars = notes.reduce((n, d) => n + d.text.length, 0);

function time<T>(label: string, fn: () => T): T {
  const t0 = performance.now();
  const result = fn();
  const ms = performance.now() - t0;
  console.log(`${label.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms   ${((chars / 1024 / 1024) / (ms / 1000)).toFixed(1).padStart(6)} MB/s`);
  return result;
}

console.log(`scan benchmark: ${NOTES} notes, ${(chars / 1024 / 1024).toFixed(1)} MB\n`);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const aliases = builtinLexicon().entities.flatMap((e) => [e.name, ...e.aliases]).sort((a, b) => b.length - a.length);
const naive = new RegExp(`\\b(?:${aliases.map(escape).join('|')})\\b`, 'g');
const naiveCount = time('baseline: one regex alternation of all aliases (names only)', () => notes.reduce((n, d) => n + (d.text.match(naive)?.length ?? 0), 0));

const core = createCore();
const rssBefore = process.resourceUsage().maxRSS / 1024;
const result = time('deal-notes: full scan (names, quantities, deals, linking)', () => core.scan(notes));
// Peak resident memory of this process so far (the notes' text, the baseline, then the scan), and the heap the result keeps.
(globalThis as { gc?: () => void }).gc?.();
console.log(`${'deal-notes: peak resident memory of the scan (before it)'.padEnd(58)} ${(process.resourceUsage().maxRSS / 1024).toFixed(0).padStart(7)} MB   (${rssBefore.toFixed(0)} MB; heap in use after it ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB)`);
const mentions = result.notes.reduce((n, a) => n + a.mentions.length, 0);
const perNote = time('deal-notes: re-analyse one note 1,000 times (an edit)', () => {
  for (let i = 0; i < 1000; i++) core.analyze(notes[i % notes.length]!);
  return 1000;
});

// What the sidebar pays after an edit: the index re-links the deals of the whole workspace.
const workspace = new NoteIndex(core.recognizer);
workspace.batch(() => notes.forEach((n) => workspace.upsert(n)));
workspace.deals();
workspace.entities();
workspace.upsert({ uri: notes[0]!.uri, text: `${notes[0]!.text}\nAMD and OpenAI announced a partnership.` });
time('deal-notes: re-link all deals after one edit (10,000 notes)'.replace('10,000', NOTES.toLocaleString('en')), () => workspace.deals().length);
time('deal-notes: entity summaries after one edit', () => workspace.entities().length);
// What the extension does instead: settle in steps after the edit, then answer from the cache.
workspace.upsert({ uri: notes[1]!.uri, text: `${notes[1]!.text}\nOracle signed a deal with OpenAI.` });
const settle = workspace.settleSteps();
let longestSettle = 0;
for (;;) {
  const t0 = performance.now();
  const r = settle.next();
  longestSettle = Math.max(longestSettle, performance.now() - t0);
  if (r.done) break;
}
console.log(`${'deal-notes: settling after one edit, in steps: longest step'.padEnd(58)} ${longestSettle.toFixed(0).padStart(7)} ms`);

// One long note (1 MB) analysed in steps, as the extension does: the longest step is what blocks the host.
const long = notes.slice(0, 400).map((n) => n.text).join('\n\n');
const index = new NoteIndex(core.recognizer);
const steps = index.upsertSteps({ uri: 'long.md', text: long });
const stepTimes: number[] = [];
for (;;) {
  const t0 = performance.now();
  const r = steps.next();
  stepTimes.push(performance.now() - t0);
  if (r.done) break;
}
const atOnce = performance.now();
new NoteIndex(core.recognizer).upsert({ uri: 'long.md', text: long });
const atOnceMs = performance.now() - atOnce;
const top = stepTimes.map((t, i) => [t, i] as const).sort((a, b) => b[0] - a[0]).slice(0, 4).map(([t, i]) => `#${i} ${t.toFixed(0)}ms`).join(", ");
if (process.env.BENCH_VERBOSE) console.log(top);
console.log(`${`one ${(long.length / 1024 / 1024).toFixed(1)} MB note in ${stepTimes.length} steps: longest step`.padEnd(58)} ${Math.max(...stepTimes).toFixed(0).padStart(7)} ms   (at once: ${atOnceMs.toFixed(0)} ms)`);

console.log(`\nbaseline names found: ${naiveCount}; deal-notes mentions: ${mentions}, deals: ${result.deals.length} (${perNote} single-note analyses)`);
