// Scores the real-article sets as if their less-known companies were new to the lexicon: each set is scanned by a
// CLI built with a company lexicon that lacks every company its gold names, unless at least K other sets' gold name
// it too (a company that well known would be in any lexicon). What the rules read from the words around a name,
// not what the lexicon already knows, is what this measures: the articles a user clips name companies we never met.
// Usage: node scripts/evalUnknown.mjs [--keep K] [corpus-fresh19 …]; the unseen sets (fresh23, fresh24) are left out.
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DEAL_NOTES_SHARED ?? resolve(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const UNSEEN = new Set(['corpus-fresh23', 'corpus-fresh24']);
const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const K = keepAt >= 0 ? Number(args[keepAt + 1]) : 2;
const named = args.filter((a, i) => !a.startsWith('--') && (keepAt < 0 || i !== keepAt + 1));
const loose = (s) => String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '');
const allSets = readdirSync(join(root, 'test')).filter((d) => /^corpus-(?:real|holdout|fresh\d*)$/.test(d) && !UNSEEN.has(d)).sort();
const sets = named.length ? named : allSets;
if (!existsSync(scorer)) {
  console.log(`eval:unknown: skipped: the scorer is not here (${scorer}).`);
  process.exit(0);
}
const goldOf = (set) => JSON.parse(readFileSync(join(root, 'test', set, 'gold.json'), 'utf8'));
const namesOf = (set) => {
  const names = new Set();
  for (const article of goldOf(set)) {
    for (const c of article.companies ?? []) names.add(loose(c));
    for (const d of article.deals ?? []) for (const p of d.parties) names.add(loose(p));
  }
  return names;
};
// In how many sets' gold each company stands.
const setsNaming = new Map();
for (const set of allSets) for (const n of namesOf(set)) setsNaming.set(n, (setsNaming.get(n) ?? 0) + 1);
const companies = JSON.parse(readFileSync(join(root, 'src', 'core', 'lexicon', 'data', 'companies.json'), 'utf8'));
const work = join(root, '.artifacts', 'eval-unknown');
const total = { tp: 0, fp: 0, fn: 0, dtp: 0, dfp: 0, dfn: 0 };
const f1 = (tp, fp, fn) => (2 * tp / Math.max(1, 2 * tp + fp + fn)).toFixed(3);
for (const set of sets) {
  const texts = join(root, 'test', set, 'texts');
  if (!existsSync(texts) || !readdirSync(texts).length) {
    console.log(`${set.padEnd(16)} skipped: its texts are not here (see test/${set}/README.md)`);
    continue;
  }
  const unknown = new Set([...namesOf(set)].filter((n) => (setsNaming.get(n) ?? 0) <= K));
  const kept = companies.filter((e) => ![e.name, ...(e.aliases ?? [])].some((a) => unknown.has(loose(a))));
  const dir = join(work, set);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'companies.json'), JSON.stringify(kept));
  await esbuild.build({
    entryPoints: [join(root, 'src', 'cli', 'main.ts')], outfile: join(dir, 'cli.js'), bundle: true, platform: 'node', format: 'cjs',
    mainFields: ['module', 'main'], define: { __DEAL_NOTES_ENGINE__: '"eval-unknown"' }, logLevel: 'error',
    plugins: [{ name: 'lexicon-without-the-set', setup: (b) => b.onResolve({ filter: /data[\\/]companies\.json$/ }, () => ({ path: join(dir, 'companies.json') })) }],
  });
  writeFileSync(join(dir, 'scan.json'), execFileSync(process.execPath, [join(dir, 'cli.js'), 'scan', texts, '--json'], { maxBuffer: 1 << 27 }));
  writeFileSync(join(dir, 'gold.json'), JSON.stringify(goldOf(set).filter((a) => existsSync(join(texts, a.file)))));
  const score = JSON.parse(execFileSync(process.execPath, [scorer, '--gold', join(dir, 'gold.json'), '--scan', join(dir, 'scan.json'), '--json'], { maxBuffer: 1 << 26 }).toString());
  writeFileSync(join(dir, 'score.json'), JSON.stringify(score, null, 1));
  const { companies: c, deals: d } = score;
  Object.assign(total, { tp: total.tp + c.tp, fp: total.fp + c.fp, fn: total.fn + c.fn, dtp: total.dtp + d.tp, dfp: total.dfp + d.fp, dfn: total.dfn + d.fn });
  console.log(`${set.padEnd(16)} ${String(companies.length - kept.length).padStart(3)} lexicon entries left out   companies F1 ${f1(c.tp, c.fp, c.fn)}   deals P ${d.precision.toFixed(3)} R ${d.recall.toFixed(3)} F1 ${f1(d.tp, d.fp, d.fn)}`);
}
console.log(`all sets: companies F1 ${f1(total.tp, total.fp, total.fn)} (tp ${total.tp}, fp ${total.fp}, fn ${total.fn})   deals P ${(total.dtp / Math.max(1, total.dtp + total.dfp)).toFixed(3)} R ${(total.dtp / Math.max(1, total.dtp + total.dfn)).toFixed(3)} F1 ${f1(total.dtp, total.dfp, total.dfn)}`);
console.log(`(each set's misses: .artifacts/eval-unknown/<set>/score.json)`);
