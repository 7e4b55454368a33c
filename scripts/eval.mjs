// Scores a scan of the development set (../shared/corpus/seeds) against its gold annotations.
// Builds the CLI first, so it always measures the current source.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.DEAL_NOTES_SHARED ?? resolve(root, '..', 'shared');
// --own scores our own held-out set (test/corpus: articles we wrote, and their gold) with the same scorer.
// --blind: a second set of our own, written after the rules and scored once before any change for it.
// --real: real published articles (test/corpus-real): only their gold and URLs are committed; the texts
// are rebuilt into test/corpus-real/texts/ by hand (see its README), so this set skips when they are absent.
// --holdout: more real articles (test/corpus-holdout), laid out the same way, that no rule was tuned on.
// --fresh: a third set of real articles (test/corpus-fresh), laid out the same way, gathered after the other two.
// --fresh2: a fourth (test/corpus-fresh2), gathered for precision: analyses, market reports, rumours, no-deal pieces.
// --fresh3: a fifth (test/corpus-fresh3), also for precision: newsletters, earnings and capex reports, failed and
// rumoured deals, regulation, beside funding rounds, cloud contracts and acquisitions.
// --fresh4: a sixth (test/corpus-fresh4), kept unseen: run once, late, as the honest figure on new articles.
// --fresh5: a seventh (test/corpus-fresh5), gathered and kept unseen like fresh4, for the same single late run.
// --fresh6: an eighth (test/corpus-fresh6), gathered and kept unseen like fresh4 and fresh5, for one late run.
// --fresh7: a ninth (test/corpus-fresh7), a development set rich in deal shapes, scored once first, then tuned on.
// --fresh8: a tenth (test/corpus-fresh8), another development set rich in deal shapes, scored once first, then tuned on.
// --fresh9: an eleventh (test/corpus-fresh9), gathered and kept unseen like fresh4 to fresh6, for the lead's runs only.
// --fresh10: a twelfth (test/corpus-fresh10), gathered and kept unseen like fresh9, for the lead's runs only.
// --fresh11: a thirteenth (test/corpus-fresh11), gathered and kept unseen like fresh10, for the lead's runs only.
// --fresh12: a fourteenth (test/corpus-fresh12), articles of January 2023 to June 2024, kept unseen for the lead's runs only.
// --fresh13: a fifteenth (test/corpus-fresh13, articles of July 2024 to December 2025), kept unseen like fresh11.
// --fresh14: a sixteenth (test/corpus-fresh14, articles of 2023 to 2025 on events no other set reports), kept unseen.
// --fresh15: a seventeenth (test/corpus-fresh15, articles of January 2023 to June 2024 on events no other set reports), kept unseen.
// --fresh16: an eighteenth (test/corpus-fresh16, articles of July 2024 to December 2025 on events no other set reports), kept unseen.
// --fresh17: a nineteenth (test/corpus-fresh17, articles of 2023 to 2025 on events no other set reports), a development set scored first unseen.
// --fresh18: a twentieth (test/corpus-fresh18, articles of 2023 to 2025 on events no other set reports), scored first unseen.
// --fresh19: a twenty-first (test/corpus-fresh19, gathered beside fresh18 on other events), kept unseen for the lead's runs only.
// --fresh20: a twenty-second (test/corpus-fresh20, gathered blind on 1 December 2026), kept unseen but for its summary lines.
// --fresh21: a twenty-third (test/corpus-fresh21, gathered blind on 1 December 2026 at 03:40-04:20 UTC), kept unseen until 06:12 UTC, then a development set.
// --fresh22: a twenty-fourth (test/corpus-fresh22, gathered blind on 1 December 2026 at 06:06-06:11 UTC), kept unseen until its late run at 07:45 UTC.
// --fresh23: a twenty-fifth (test/corpus-fresh23, gathered blind on 1 December 2026 at 07:47-07:54 UTC), kept unseen but for its summary lines.
// --fresh24: a twenty-sixth (test/corpus-fresh24, gathered blind on 1 December 2026 at 10:48-10:56 UTC), kept unseen but for its summary lines.
const SETS = {
  '--real': 'corpus-real', '--holdout': 'corpus-holdout', '--fresh': 'corpus-fresh', '--fresh2': 'corpus-fresh2',
  '--fresh3': 'corpus-fresh3', '--fresh4': 'corpus-fresh4', '--fresh5': 'corpus-fresh5', '--fresh6': 'corpus-fresh6',
  '--fresh7': 'corpus-fresh7', '--fresh8': 'corpus-fresh8', '--fresh9': 'corpus-fresh9',
  '--fresh10': 'corpus-fresh10', '--fresh11': 'corpus-fresh11', '--fresh12': 'corpus-fresh12',
  '--fresh13': 'corpus-fresh13', '--fresh14': 'corpus-fresh14', '--fresh15': 'corpus-fresh15', '--fresh16': 'corpus-fresh16',
  '--fresh17': 'corpus-fresh17', '--fresh18': 'corpus-fresh18', '--fresh19': 'corpus-fresh19', '--fresh20': 'corpus-fresh20', '--fresh21': 'corpus-fresh21', '--fresh22': 'corpus-fresh22', '--fresh23': 'corpus-fresh23', '--fresh24': 'corpus-fresh24', '--blind': 'corpus-blind', '--own': 'corpus',
};
// Real-article sets keep their (git-ignored, third-party) texts in texts/; our own sets keep theirs in articles/.
const REAL_SETS = new Set([
  'corpus-real', 'corpus-holdout', 'corpus-fresh', 'corpus-fresh2', 'corpus-fresh3', 'corpus-fresh4', 'corpus-fresh5',
  'corpus-fresh6', 'corpus-fresh7', 'corpus-fresh8', 'corpus-fresh9', 'corpus-fresh10', 'corpus-fresh11',
  'corpus-fresh12', 'corpus-fresh13', 'corpus-fresh14', 'corpus-fresh15', 'corpus-fresh16', 'corpus-fresh17', 'corpus-fresh18', 'corpus-fresh19', 'corpus-fresh20', 'corpus-fresh21', 'corpus-fresh22', 'corpus-fresh23', 'corpus-fresh24',
]);
const setName = Object.entries(SETS).find(([flag]) => process.argv.includes(flag))?.[1];
const realSet = REAL_SETS.has(setName);
const own = setName !== undefined;
const ownDir = join(root, 'test', setName ?? 'corpus');
const seeds = own ? join(ownDir, realSet ? 'texts' : 'articles') : join(shared, 'corpus', 'seeds');
const gold = own ? join(ownDir, 'gold.json') : join(shared, 'corpus', 'gold.json');
const scorer = join(shared, 'eval', 'score.mjs');
if (realSet && (!existsSync(seeds) || readdirSync(seeds).filter((f) => !f.startsWith('.')).length === 0)) {
  console.log(`eval: skipped: the real-article texts are not here (${seeds} is missing or empty).`);
  console.log(`eval: they are third-party text and never committed; test/${setName}/README.md says how to rebuild them.`);
  process.exit(0);
}
if (![seeds, gold, scorer].every(existsSync)) {
  console.log(`eval: skipped: the scorer or the set is not here (looked for ${seeds}, ${gold} and ${scorer}).`);
  console.log('eval: put the shared folder beside the project, or set DEAL_NOTES_SHARED.');
  process.exit(0);
}
if (realSet) warnOnClippingDrift();
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
const scan = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', seeds, '--json'], { maxBuffer: 64 * 1024 * 1024 });
const out = join(root, '.artifacts', 'eval');
mkdirSync(out, { recursive: true });
const scanPath = join(out, own ? `scan-${ownDir.split(/[\\/]/).pop()}.json` : 'scan.json');
writeFileSync(scanPath, scan);
const extra = process.argv.slice(2).filter((a) => !Object.hasOwn(SETS, a));
execFileSync(process.execPath, [scorer, '--gold', realSet ? goldOfPresentTexts() : gold, '--scan', scanPath, ...extra], { stdio: 'inherit' });

/**
 * A rebuilt set may lack an article whose page could not be found again: it is scored on the articles whose text is
 * here (a missing one would count every gold deal of it as missed), and the line says how many were left out.
 */
function goldOfPresentTexts() {
  const articles = JSON.parse(readFileSync(gold, 'utf8'));
  const present = articles.filter((a) => existsSync(join(seeds, a.file)));
  if (present.length === articles.length) return gold;
  console.log(`eval: ${articles.length - present.length} of ${articles.length} articles have no text in ${seeds}: scored on the other ${present.length}`);
  const path = join(out, `gold-present-${setName}.json`);
  writeFileSync(path, JSON.stringify(present));
  return path;
}

/** Rebuilt texts may be clipped differently: say which gold amounts no longer occur in their article. */
function warnOnClippingDrift() {
  for (const article of JSON.parse(readFileSync(gold, 'utf8'))) {
    const file = join(seeds, article.file);
    if (!existsSync(file)) {
      console.log(`eval: warning: ${article.file} is missing from ${seeds}`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const a of [...(article.amounts ?? []), ...(article.power ?? [])]) {
      if (!text.includes(a.text)) console.log(`eval: warning: ${article.file}: "${a.text}" is not in the text (clipped differently?)`);
    }
  }
}
