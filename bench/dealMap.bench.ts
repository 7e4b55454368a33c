/**
 * Benchmark: the Deal Map at 300 companies and 1,000 deals. What runs in the extension host (building the
 * graph from the index's deals, serialising it for postMessage) and what runs in the webview (filtering,
 * the force layout, the timeline), each beside a baseline measured in the same run: copying the deals, and
 * JSON-serialising them as they are, and d3-force's default 300-step layout. Numbers, not assertions.
 */
import { createCore } from '../src/core/createCore';
import { buildDealGraph, filterGraph } from '../src/core/report/dealGraph';
import { buildTimeline } from '../src/core/report/dealTimeline';
import type { Deal, DealKind } from '../src/core/types';
import { layoutGraph } from '../src/webview/dealMap/layout';
import { forceCenter, forceLink, forceManyBody, forceSimulation, type SimulationNodeDatum } from 'd3-force';

const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 300);
const DEALS = Number(process.env.BENCH_DEALS ?? 1000);
const KINDS: DealKind[] = ['investment', 'cloud', 'supply', 'partnership', 'acquisition', 'stake', 'purchase'];

function time<T>(fn: () => T, runs = 5): { ms: number; result: T } {
  let result = fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}
const row = (label: string, ms: number, extra = '') => console.log(`${label.padEnd(58)} ${ms.toFixed(1).padStart(8)} ms  ${extra}`);

const core = createCore();
const names = core.lexicon.entities.filter((e) => e.kind === 'company').slice(0, COMPANIES).map((e) => e.name);
// A few hubs deal with many (as Nvidia, OpenAI and Microsoft do); most companies have one or two deals.
const pick = (i: number) => names[i % 7 === 0 ? i % 10 : (i * 37) % names.length]!;
const deals: Deal[] = Array.from({ length: DEALS }, (_, i) => {
  const a = pick(i);
  let b = names[(i * 13 + 5) % names.length]!;
  if (b === a) b = names[(i * 13 + 6) % names.length]!;
  return {
    id: `d${i}`, parties: [a, b], kind: KINDS[i % KINDS.length]!, chips: [],
    ...(i % 5 ? { value: { amount: 1e8 * (1 + (i % 997)), currency: 'USD', usd: 1e8 * (1 + (i % 997)), text: '' } } : {}),
    date: `202${4 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    sources: Array.from({ length: 1 + (i % 4) }, (_, k) => ({ uri: `file:///w/note-${(i * 3 + k) % 4000}.md`, start: 0, end: 120, sentence: `${a} and ${b} signed a deal, sentence ${k} of a note that reports it at some length.` })),
  };
});
console.log(`deal map benchmark: ${names.length} companies, ${deals.length} deals\n`);

row('baseline: copy every deal (structuredClone)', time(() => structuredClone(deals)).ms);
row('baseline: JSON.stringify the deals as they are', time(() => JSON.stringify(deals)).ms);
const built = time(() => buildDealGraph({
  deals,
  categoryOf: (n) => core.lexicon.find(n)?.category,
  magnitudeOf: (d) => (d.value?.usd !== undefined ? { usd: d.value.usd, vague: false } : undefined),
  titleOf: (uri) => uri.split('/').pop()!,
}));
const graph = built.result;
row('extension host: build the graph', built.ms, `${graph.nodes.length} nodes, ${graph.deals.length} deals`);
row('extension host: JSON.stringify the graph (postMessage)', time(() => JSON.stringify(graph)).ms, `${(JSON.stringify(graph).length / 1024).toFixed(0)} KB`);
const all = time(() => filterGraph(graph, {}));
row('webview: filter, nothing filtered', all.ms, `${all.result.edges.length} edges`);
row('webview: filter by kind and minimum value', time(() => filterGraph(graph, { kinds: ['investment', 'chips'], minUsd: 1e10 })).ms);
row('webview: filter by words', time(() => filterGraph(graph, { query: 'nvidia' })).ms);
const radius = (n: number) => 5 + Math.sqrt(n) * 3;
row('baseline: d3-force defaults (300 steps, link + charge + center)', time(() => {
  const nodes: (SimulationNodeDatum & { id: string })[] = all.result.nodes.map((n) => ({ id: n.id }));
  const sim = forceSimulation(nodes).force('link', forceLink(all.result.edges.map((e) => ({ source: e.source, target: e.target }))).id((d) => (d as { id: string }).id))
    .force('charge', forceManyBody()).force('center', forceCenter(600, 400)).stop();
  for (let i = 0; i < 300; i++) sim.tick();
}, 3).ms);
row('webview: force layout, first (160 steps)', time(() => layoutGraph(all.result, 1200, 800, radius, new Map()), 3).ms);
const positions = new Map();
layoutGraph(all.result, 1200, 800, radius, positions);
row('webview: force layout, after an update (30 steps)', time(() => layoutGraph(all.result, 1200, 800, radius, positions), 3).ms);
row('webview: timeline points', time(() => buildTimeline(all.result.deals)).ms);
