// Runs our money recognizer on a peer's public test suite for money expressions: Duckling's AmountOfMoney
// corpora in English and French (facebook/duckling, Duckling/AmountOfMoney/EN/Corpus.hs and FR/Corpus.hs).
// Their text is third-party and never committed: put the two files in a folder outside the repository,
// laid out as <folder>/EN/Corpus.hs and <folder>/FR/Corpus.hs, and run
//   npm run eval:peer-money -- <folder>          (add --misses to list every case we get wrong)
// Each case is written to a note of its own (one folder per language) and scanned with the CLI, as a user's
// note would be; builds the CLI first, so it always measures the current source.
//
// A case is right when the scan finds exactly one money amount in it, with the peer's value (a range's two
// bounds), a currency the peer's unit allows, and the same hedge direction: below ("under", "less than",
// "pas plus de" → our less than, at most, up to), above ("over", "at least", "au moins" → more than, at
// least) or none (an exact amount, a range, or an approximation: "about", "quasi" give no direction).
// The peer's negative cases ("exactly dollars") are right when no money amount is found.
//
// Out of scope, and why (counted and printed, never scored):
// - the peer's `Unnamed` unit: "42 bucks", "3 balles", "à peu près 3 pouloutes". The peer itself resolves
//   no currency, so there is nothing to check a currency against; slang is not how outlets write deal sizes.
// - the latent corpus (bare numbers such as "5", "7.2" with no currency): not money.
// Everything else is in scope, including currencies our users' outlets rarely use (ringgit, shekel, dinar),
// number words ("ten dollars") and amounts written with their cents ("$20 and 43c").
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const folder = args.find((a) => !a.startsWith('--')) ?? process.env.DEAL_NOTES_PEER_MONEY;
const LANGUAGES = ['EN', 'FR'];

if (!folder || !LANGUAGES.every((l) => existsSync(join(folder, l, 'Corpus.hs')))) {
  console.log(`peer-money: skipped: the peer suite is not here (${folder ? `looked for ${join(folder, 'EN', 'Corpus.hs')} and ${join(folder, 'FR', 'Corpus.hs')}` : 'no folder given'}).`);
  console.log('peer-money: fetch Duckling/AmountOfMoney/EN/Corpus.hs and FR/Corpus.hs from facebook/duckling into <folder>/EN and <folder>/FR');
  console.log('peer-money: (outside the repository: it is third-party text) and run `npm run eval:peer-money -- <folder>`.');
  process.exit(0);
}

/**
 * The ISO codes each of the peer's units allows. A unit that names a family of currencies (Duckling's
 * "Dinar", "Riyal", "Rial") allows any of its members: the text says no more than that.
 */
const UNIT_CODES = {
  Dollar: ['USD'], USD: ['USD'], EUR: ['EUR'], Pound: ['GBP'], GBP: ['GBP'], INR: ['INR'], KWD: ['KWD'], LBP: ['LBP'],
  EGP: ['EGP'], QAR: ['QAR'], SAR: ['SAR'], BGN: ['BGN'], MYR: ['MYR'], ILS: ['ILS'],
  Dinar: ['KWD', 'BHD', 'JOD', 'IQD', 'LYD', 'TND', 'DZD', 'RSD', 'MKD'],
  Riyal: ['SAR', 'QAR'], Rial: ['IRR', 'OMR', 'YER'],
};
/** Cents: the peer's value is in cents of an unnamed currency; ours is that many hundredths of a currency. */
const MINOR_UNITS = { Cent: 100 };
const OUT_OF_SCOPE = { Unnamed: 'no currency: slang ("bucks", "balles") the peer itself leaves without a unit' };

/** Reads a Haskell string literal's escapes: \xHHHH, \&, \", \\. */
function haskellString(body) {
  return body.replace(/\\(x[0-9a-fA-F]+|&|"|\\|n)/g, (_, e) => (e === '&' ? '' : e === 'n' ? '\n' : e.startsWith('x') ? String.fromCodePoint(parseInt(e.slice(1), 16)) : e));
}

function stringsIn(list) {
  return [...list.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => haskellString(m[1]));
}

/** The cases of one Corpus.hs: `examples (simple|between|under|above Unit value) [ "…", … ]`, and the negatives. */
function parseCorpus(source) {
  const cases = [];
  const positives = source.slice(source.indexOf('allExamples ='));
  const re = /examples\s*\(\s*(simple|between|under|above)\s+(\w+)\s+(\([^)]*\)|[\d.e]+)\s*\)\s*\[([^\]]*)\]/g;
  for (const m of positives.matchAll(re)) {
    const [, kind, unit, rawValue, list] = m;
    const numbers = rawValue.replace(/[()]/g, '').split(',').map((s) => Number(s.trim()));
    for (const text of stringsIn(list)) cases.push({ text, kind, unit, min: numbers[0], max: numbers[1] });
  }
  const negative = /negativeCorpus\s*=[\s\S]*?examples\s*=\s*\[([^\]]*)\]/.exec(source);
  if (negative) for (const text of stringsIn(negative[1])) cases.push({ text, kind: 'negative' });
  return cases;
}

const DIRECTION = { 'less than': 'below', 'at most': 'below', 'up to': 'below', 'more than': 'above', 'at least': 'above' };
const EXPECTED_DIRECTION = { simple: 'none', between: 'none', under: 'below', above: 'above' };

function close(a, b) {
  return a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

/** How our scan did on one case: which of value, currency and direction are right. */
function judge(c, money) {
  if (c.kind === 'negative') {
    const ok = money.length === 0;
    return { value: ok, currency: ok, direction: ok, why: ok ? '' : `read ${money.map((m) => m.canonical).join(', ')}` };
  }
  if (money.length !== 1) {
    return { value: false, currency: false, direction: false, why: money.length === 0 ? 'no amount' : `${money.length} amounts: ${money.map((m) => `"${m.text}"`).join(', ')}` };
  }
  const m = money[0];
  const scale = MINOR_UNITS[c.unit] ?? 1;
  const min = c.min / scale;
  const max = c.max === undefined ? undefined : c.max / scale;
  const value = close(m.value, min) && (max === undefined ? m.valueMax === undefined || close(m.valueMax, min) : close(m.valueMax, max));
  const currency = MINOR_UNITS[c.unit] !== undefined ? m.currency !== undefined : (UNIT_CODES[c.unit] ?? []).includes(m.currency);
  const direction = (DIRECTION[m.qualifier] ?? 'none') === EXPECTED_DIRECTION[c.kind];
  const why = [
    value ? '' : `value ${m.value}${m.valueMax !== undefined ? `–${m.valueMax}` : ''} (peer ${min}${max !== undefined ? `–${max}` : ''})`,
    currency ? '' : `currency ${m.currency} (peer ${c.unit})`,
    direction ? '' : `hedge ${m.qualifier ?? 'none'} (peer ${c.kind})`,
  ].filter(Boolean).join('; ');
  return { value, currency, direction, why };
}

execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
const work = join(tmpdir(), `deal-notes-peer-money-${process.pid}`);
rmSync(work, { recursive: true, force: true });
const pct = (n, d) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
const totals = { scope: 0, right: 0 };
try {
  for (const lang of LANGUAGES) {
    const all = parseCorpus(readFileSync(join(folder, lang, 'Corpus.hs'), 'utf8'));
    const scoped = all.filter((c) => OUT_OF_SCOPE[c.unit] === undefined);
    const dir = join(work, lang);
    mkdirSync(dir, { recursive: true });
    scoped.forEach((c, i) => writeFileSync(join(dir, `case-${String(i).padStart(3, '0')}.txt`), `${c.text}\n`));
    const scan = JSON.parse(execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', dir, '--json'], { maxBuffer: 64 * 1024 * 1024 }).toString());
    const byPath = new Map(scan.documents.map((d) => [d.path.split(/[\\/]/).pop(), d.mentions.filter((m) => m.kind === 'money')]));
    const score = { value: 0, currency: 0, direction: 0, right: 0 };
    const misses = [];
    scoped.forEach((c, i) => {
      const j = judge(c, byPath.get(`case-${String(i).padStart(3, '0')}.txt`) ?? []);
      for (const k of ['value', 'currency', 'direction']) if (j[k]) score[k]++;
      if (j.value && j.currency && j.direction) score.right++;
      else misses.push(`  ${lang} "${c.text}": ${j.why}`);
    });
    const skipped = all.length - scoped.length;
    totals.scope += scoped.length;
    totals.right += score.right;
    console.log(`${lang}  in scope ${scoped.length} (out of scope ${skipped}: ${Object.values(OUT_OF_SCOPE).join('; ')})`);
    console.log(`${lang}  right in value, currency and hedge direction: ${score.right}/${scoped.length} = ${pct(score.right, scoped.length)}` +
      `   (value ${pct(score.value, scoped.length)}, currency ${pct(score.currency, scoped.length)}, direction ${pct(score.direction, scoped.length)})`);
    if (showMisses) console.log(misses.join('\n'));
  }
  console.log(`all in scope: ${totals.right}/${totals.scope} = ${pct(totals.right, totals.scope)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
