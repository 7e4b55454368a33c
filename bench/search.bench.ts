/**
 * Benchmark: the fuzzy search over a workspace of 10,000 notes, side by side in the same run with naive
 * baselines: Fuse over the same short items without the word filter, Fuse over whole note bodies, and a
 * plain `includes()` scan of the bodies (fast, but finds nothing for a misspelt query).
 * Numbers, not assertions. BENCH_NOTES changes the size; BENCH_SKIP_BODIES=1 skips the slowest baseline.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Fuse, { type Expression } from 'fuse.js';
import { createCore } from '../src/core/createCore';
import { NoteIndex } from '../src/core/index/noteIndex';
import { WorkspaceSearch } from '../src/core/search/searchIndex';
import { foldForSearch, queryTokens } from '../src/core/search/fold';
import { noteItems, dealItem, type SearchItem } from '../src/core/search/items';
import { syntheticWorkspace } from './corpus';

const NOTES = Number(process.env.BENCH_NOTES ?? 10_000);
const QUERIES = ['nvdia opnai', 'amd opnai', 'societe generale', 'mistrl', 'blackwel', 'investira milliards', 'openai 100 milliards', 'x'];

function time<T>(fn: () => T): { ms: number; result: T } {
  const t0 = performance.now();
  const result = fn();
  return { ms: performance.now() - t0, result };
}

const row = (label: string, ms: number, extra = '') => console.log(`${label.padEnd(62)} ${ms.toFixed(1).padStart(9)} ms  ${extra}`);
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, max: s[s.length - 1]! };
};

// The synthetic workspace, plus the two example notes that report the Nvidia–OpenAI deal.
const examples = ['2025-09-nvidia-openai.md', 'nvidia-openai-fr.txt'].map((f) => ({ uri: `examples/${f}`, text: fs.readFileSync(path.join(__dirname, '..', 'examples', 'notes', f), 'utf8') }));
const docs = [...syntheticWorkspace(NOTES - examples.length), ...examples];
console.log(`search benchmark: ${NOTES} notes, ${(docs.reduce((n, d) => n + d.text.length, 0) / 1024 / 1024).toFixed(1)} MB\n`);

const index = new NoteIndex(createCore().recognizer);
row('workspace index (NoteIndex, for reference)', time(() => index.batch(() => docs.forEach((d) => index.upsert(d)))).ms);
row('deals and entities (merged once, for reference)', time(() => [index.deals().length, index.entities().length]).ms, `${index.deals().length} deals, ${index.entities().length} entities`);

// --- deal-notes search ------------------------------------------------------------------------------------
const search = new WorkspaceSearch(index);
index.onDidChange((e) => search.invalidate(e.uris));
const slices: number[] = [];
let left = 1;
const build = time(() => {
  while (left > 0 || search.pending > 0) {
    const t = time(() => search.flush(100));
    slices.push(t.ms);
    left = t.result;
  }
});
row('deal-notes: build search index (slices of 100 notes)', build.ms, `${search.size} items in ${slices.length} slices; median slice ${stats(slices).median.toFixed(1)} ms, longest ${stats(slices).max.toFixed(1)} ms`);

const ours: number[] = [];
for (const q of QUERIES) {
  search.search(q); // warm
  const t = time(() => search.search(q));
  ours.push(t.ms);
  row(`deal-notes: "${q}"`, t.ms, `${t.result.length} results; first: ${t.result[0] ? `${t.result[0].item.kind} ${t.result[0].item.label.slice(0, 50)}` : '-'}`);
}
row('deal-notes: query median / max', stats(ours).median, `max ${stats(ours).max.toFixed(1)} ms`);

const one = docs[123]!;
index.upsert({ uri: one.uri, text: `${one.text}\nNvidia will invest $5 billion in Quantaflux.` });
row('workspace index: deals and entities merged again (for reference)', time(() => [index.deals(), index.entities()]).ms);
const before = search.pending;
const inc = time(() => search.flush());
row('deal-notes: one note edited (re-index it, update deal/entity items)', inc.ms, `${before} pending before`);

// --- baseline 1: Fuse over the same short items, no word filter --------------------------------------------
const items: SearchItem[] = [...index.notes().flatMap((n) => noteItems(n)), ...index.deals().map(dealItem).filter((x): x is SearchItem => !!x)];
const fuseOptions = { keys: [{ name: 'label', weight: 2, getFn: (i: SearchItem) => i.f.label }, { name: 'keywords', weight: 1, getFn: (i: SearchItem) => i.f.keywords }], ignoreLocation: true, threshold: 0.4, includeScore: true, isCaseSensitive: true };
const plain = time(() => new Fuse(items, fuseOptions));
row('baseline: Fuse over all short items (no word filter), build', plain.ms, `${items.length} items`);
const plainTimes: number[] = [];
for (const q of QUERIES.slice(0, 4)) {
  const tokens = queryTokens(q);
  const expression: Expression = { $and: tokens.map((tk) => ({ $or: [{ label: tk }, { keywords: tk }] as Expression[] })) };
  const t = time(() => plain.result.search(expression, { limit: 50 }));
  plainTimes.push(t.ms);
  row(`baseline: Fuse over all short items: "${q}"`, t.ms, `${t.result.length} results`);
}

// --- baseline 2: Fuse over whole bodies --------------------------------------------------------------------
if (!process.env.BENCH_SKIP_BODIES) {
  const bodies = docs.map((d) => ({ uri: d.uri, body: d.text }));
  const bodyFuse = time(() => new Fuse(bodies, { keys: ['body'], ignoreLocation: true, threshold: 0.4, ignoreDiacritics: true }));
  row('baseline: Fuse over whole note bodies, build', bodyFuse.ms);
  for (const q of QUERIES.slice(0, 2)) {
    const t = time(() => bodyFuse.result.search({ $and: queryTokens(q).map((tk) => ({ body: tk })) }, { limit: 50 }));
    row(`baseline: Fuse over whole bodies: "${q}"`, t.ms, `${t.result.length} results`);
  }
}

// --- baseline 3: linear includes() over the folded bodies --------------------------------------------------
const folded = time(() => docs.map((d) => foldForSearch(d.text)));
row('baseline: includes() scan, fold bodies once', folded.ms);
for (const q of QUERIES.slice(0, 4)) {
  const tokens = queryTokens(q);
  const t = time(() => folded.result.filter((b) => tokens.every((tk) => b.includes(tk))).length);
  row(`baseline: includes() scan: "${q}"`, t.ms, `${t.result} notes (no typo tolerance, no ranking, no position)`);
}
