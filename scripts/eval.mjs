// Scores a scan of the development set (../shared/corpus/seeds) against its gold annotations.
// Builds the CLI first, so it always measures the current source.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DEAL_NOTES_SHARED ?? resolve(root, '..', 'shared');
const seeds = join(shared, 'corpus', 'seeds');
const gold = join(shared, 'corpus', 'gold.json');
const scorer = join(shared, 'eval', 'score.mjs');
if (![seeds, gold, scorer].every(existsSync)) {
  console.log(`eval: skipped: the development set is not here (looked for ${seeds}, ${gold} and ${scorer}).`);
  console.log('eval: put the shared folder beside the project, or set DEAL_NOTES_SHARED.');
  process.exit(0);
}
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
const scan = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', seeds, '--json'], { maxBuffer: 64 * 1024 * 1024 });
const out = join(root, '.artifacts', 'eval');
mkdirSync(out, { recursive: true });
const scanPath = join(out, 'scan.json');
writeFileSync(scanPath, scan);
const extra = process.argv.slice(2);
execFileSync(process.execPath, [scorer, '--gold', gold, '--scan', scanPath, ...extra], { stdio: 'inherit' });
