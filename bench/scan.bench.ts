/**
 * Benchmark: analysing a workspace of 10,000 notes (names, amounts, power, dates, deals, cross-note
 * linking), side by side in the same run with a baseline: the hand-made regex highlighter many people
 * use, one big alternation of every alias, which only finds names. Numbers, not assertions.
 */
import { createCore } from '../src/core/createCore';
import { builtinLexicon } from '../src/core/lexicon/builtin';
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
const result = time('deal-notes: full scan (names, quantities, deals, linking)', () => core.scan(notes));
const mentions = result.notes.reduce((n, a) => n + a.mentions.length, 0);
const perNote = time('deal-notes: re-analyse one note 1,000 times (an edit)', () => {
  for (let i = 0; i < 1000; i++) core.analyze(notes[i % notes.length]!);
  return 1000;
});

console.log(`\nbaseline names found: ${naiveCount}; deal-notes mentions: ${mentions}, deals: ${result.deals.length} (${perNote} single-note analyses)`);
