// The Deal Map and the Timeline, built from the index's deals: nodes, edges, filters and time points.
import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { dealMagnitude } from '../../src/core/report/dealMagnitude';
import { buildDealGraph, dateExtent, filterGraph, mapKindOf, nodeGroupOf, type DealGraph } from '../../src/core/report/dealGraph';
import { buildTimeline, dateToTime } from '../../src/core/report/dealTimeline';

function graphOf(notes: Record<string, string>): DealGraph {
  const core = createCore();
  const index = new NoteIndex(core.recognizer);
  for (const [uri, text] of Object.entries(notes)) index.upsert({ uri, text });
  return buildDealGraph({
    deals: index.deals(),
    categoryOf: (name) => core.lexicon.find(name)?.category,
    magnitudeOf: (d) => dealMagnitude(d, index),
    titleOf: (uri) => index.get(uri)?.title ?? uri,
  });
}

const NOTES = {
  'a.md': '# Nvidia and OpenAI\n\nOn September 22, 2025, Nvidia said it will invest up to $100 billion in OpenAI.\n',
  'b.txt': 'Le 23 septembre 2025, Nvidia a annoncé investir jusqu’à 100 milliards de dollars dans OpenAI.\n',
  'c.md': 'On October 13, 2025, Meta signed a $14.2 billion cloud contract with CoreWeave.\n',
  'd.md': 'On November 4, 2025, Microsoft said it will invest tens of billions of dollars in Anthropic.\n',
  'e.md': 'Oracle and Cohere announced a partnership.\n',
};

describe('deal map: graph', () => {
  const graph = graphOf(NOTES);
  const deal = (id: string) => graph.deals.find((d) => d.id === id)!;

  it('marks a value whose number format stays in doubt, and gives its other reading', () => {
    const doubtful = graphOf({ 'f.md': '# Contrat\n\nAleph Alpha a signé avec Cerebras un contrat de 1,250 euros.\n' }).deals.find((d) => d.parties.includes('Cerebras'));
    assert.ok(doubtful, 'the Aleph Alpha–Cerebras deal');
    assert.equal(doubtful.valueText, '≈? €1.25K');
    assert.equal(doubtful.ambiguousAlternative, '€1.25');
    assert.equal(deal('nvidia+openai').ambiguousAlternative, undefined);
  });

  it('makes one node per company, counted by deals and grouped by the lexicon category', () => {
    const ids = graph.nodes.map((n) => n.id);
    assert.deepEqual([...ids].sort(), ['Anthropic', 'Cohere', 'CoreWeave', 'Meta', 'Microsoft', 'Nvidia', 'OpenAI', 'Oracle']);
    const nvidia = graph.nodes.find((n) => n.id === 'Nvidia')!;
    assert.deepEqual([nvidia.category, nvidia.group, nvidia.deals], ['chipmaker', 'chipmaker', 1]);
    assert.equal(graph.nodes.find((n) => n.id === 'OpenAI')!.group, 'ai-lab');
    assert.equal(graph.nodes.find((n) => n.id === 'CoreWeave')!.group, 'cloud');
  });

  it('gives each deal its kind, amount, date and sources, the vague amount as a lower bound', () => {
    const nv = deal('nvidia+openai');
    assert.deepEqual([nv.mapKind, nv.usd, nv.valueText, nv.date, nv.sourceCount, nv.noteCount], ['investment', 100e9, 'up to $100B', '2025-09-22', 2, 2]);
    assert.equal(nv.sources[0]!.title, 'Nvidia and OpenAI');
    assert.match(nv.sources[0]!.sentence, /invest up to \$100 billion/);
    const ms = deal('anthropic+microsoft');
    assert.deepEqual([ms.usd, ms.vague, ms.valueText], [10e9, true, '$10B+']);
    assert.equal(deal('cohere+oracle').usd, undefined);
  });

  it('filters by kind, date range, minimum value and words, and counts the companies again', () => {
    const all = filterGraph(graph, {});
    assert.equal(all.deals.length, graph.deals.length);
    assert.equal(all.edges.length, graph.deals.length, 'two parties each: one edge per deal');
    const investments = filterGraph(graph, { kinds: ['investment'] });
    assert.deepEqual(investments.deals.map((d) => d.id).sort(), ['anthropic+microsoft', 'nvidia+openai']);
    assert.deepEqual(investments.nodes.map((n) => n.id).sort(), ['Anthropic', 'Microsoft', 'Nvidia', 'OpenAI']);
    assert.deepEqual(filterGraph(graph, { from: '2025-10', to: '2025-10' }).deals.map((d) => d.id), ['coreweave+meta']);
    assert.deepEqual(filterGraph(graph, { minUsd: 20e9 }).deals.map((d) => d.id).sort(), ['nvidia+openai']);
    assert.deepEqual(filterGraph(graph, { minUsd: 5e9 }).deals.map((d) => d.id).sort(), ['anthropic+microsoft', 'coreweave+meta', 'nvidia+openai']);
    assert.deepEqual(filterGraph(graph, { query: 'nvdia' }).deals, [], 'the search is by words, not fuzzy');
    assert.deepEqual(filterGraph(graph, { query: 'meta coreweave' }).deals.map((d) => d.id), ['coreweave+meta']);
  });

  it('draws a deal of three companies as three edges and bends parallel edges apart', () => {
    const g: DealGraph = {
      nodes: [{ id: 'A', group: 'other', deals: 2 }, { id: 'B', group: 'other', deals: 2 }, { id: 'C', group: 'other', deals: 1 }],
      deals: [
        { id: 'abc', parties: ['A', 'B', 'C'], kind: 'joint-venture', mapKind: 'partnership', valueText: '', chips: [], sourceCount: 1, noteCount: 1, sources: [] },
        { id: 'ab', parties: ['B', 'A'], kind: 'investment', mapKind: 'investment', valueText: '', chips: [], sourceCount: 1, noteCount: 1, sources: [] },
      ],
    };
    const f = filterGraph(g, {});
    assert.equal(f.edges.length, 4);
    const ab = f.edges.filter((e) => [e.source, e.target].sort().join() === 'A,B');
    assert.deepEqual(ab.map((e) => [e.rank, e.parallel]), [[0, 2], [1, 2]]);
  });

  it('maps deal kinds and categories onto the legend', () => {
    assert.equal(mapKindOf('stake'), 'investment');
    assert.equal(mapKindOf('purchase'), 'chips');
    assert.equal(mapKindOf('lease'), 'cloud');
    assert.equal(nodeGroupOf('hyperscaler'), 'cloud');
    assert.equal(nodeGroupOf(undefined), 'other');
    assert.deepEqual(dateExtent(graph.deals), ['2025-09-22', '2025-11-04']);
  });

  it('keeps up with 300 companies and 1,000 deals', () => {
    const nodes = Array.from({ length: 300 }, (_, i) => ({ id: `C${i}`, group: 'other' as const, deals: 0 }));
    const deals = Array.from({ length: 1000 }, (_, i) => ({
      id: `d${i}`, parties: [`C${i % 300}`, `C${(i * 7 + 1) % 300}`], kind: 'investment' as const, mapKind: 'investment' as const,
      usd: (i + 1) * 1e7, valueText: '', chips: [], sourceCount: 1, noteCount: 1, sources: [], date: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
    }));
    const f = filterGraph({ nodes, deals }, { minUsd: 5e9 });
    assert.equal(f.deals.length, 501);
    assert.equal(buildTimeline(f.deals).points.length, 501);
  });
});

describe('deal map: timeline', () => {
  const graph = graphOf(NOTES);
  it('places each dated deal with an amount, and counts the others', () => {
    const t = buildTimeline(graph.deals);
    assert.deepEqual(t.points.map((p) => p.deal.id), ['nvidia+openai', 'coreweave+meta', 'anthropic+microsoft']);
    assert.equal(t.points[0]!.time, Date.UTC(2025, 8, 22));
    assert.equal(t.points[2]!.usd, 10e9);
    assert.deepEqual([t.undated, t.unvalued], [1, 0]);
  });
  it('reads partial dates at their middle', () => {
    assert.equal(dateToTime('2026-07'), Date.UTC(2026, 6, 15));
    assert.equal(dateToTime('2026'), Date.UTC(2026, 6, 1));
    assert.equal(dateToTime('soon'), undefined);
  });
});
