// Scores a scan of the development set (../shared/corpus/seeds) against its gold annotations.
// Builds the CLI first, so it always measures the current source.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DEAL_NOTES_SHARED ?? resolve(root, '..', 'shared');
// --own scores our own held-out set (test/corpus: articles we wrote, and their gold) with the same scorer.
// --blind: a second set of our own, written after the rules and scored once before any change for it.
const own = process.argv.includes('--own') || process.argv.includes('--blind');
const ownDir = join(root, 'test', process.argv.includes('--blind') ? 'corpus-blind' : 'corpus');
const seeds = own ? join(ownDir, 'articles') : join(shared, 'corpus', 'seeds');
const gold = own ? join(ownDir, 'gold.json') : join(shared, 'corpus', 'gold.json');
const scorer = join(shared, 'eval', 'score.mjs');
if (![seeds, gold, scorer].every(existsSync)) {
  console.log(`eval: skipped: the scorer or the set is not here (looked for ${seeds}, ${gold} and ${scorer}).`);
  console.log('eval: put the shared folder beside the project, or set DEAL_NOTES_SHARED.');
  process.exit(0);
}
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
const scan = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', seeds, '--json'], { maxBuffer: 64 * 1024 * 1024 });
const out = join(root, '.artifacts', 'eval');
mkdirSync(out, { recursive: true });
const scanPath = join(out, own ? `scan-${ownDir.split(/[\\/]/).pop()}.json` : 'scan.json');
writeFileSync(scanPath, scan);
const extra = process.argv.slice(2).filter((a) => a !== '--own' && a !== '--blind');
execFileSync(process.execPath, [scorer, '--gold', gold, '--scan', scanPath, ...extra], { stdio: 'inherit' });
