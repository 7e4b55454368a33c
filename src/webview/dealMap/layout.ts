/**
 * Where the map puts each company: a d3-force layout (links between companies that deal together, charge
 * between all, collision by radius), run to rest before drawing rather than animated. No DOM: the
 * benchmark runs it in Node at 300 companies and 1,000 deals.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { FilteredGraph, GraphNode } from '../../core/report/dealGraph';

export interface LaidNode extends SimulationNodeDatum {
  id: string;
  node: GraphNode;
}

export type Positions = Map<string, { x: number; y: number }>;

/**
 * Places the graph's companies in a `width` × `height` area. Companies already in `positions` (from the
 * last layout) start there, so an update moves the map little; `positions` is updated.
 */
export function layoutGraph(graph: FilteredGraph, width: number, height: number, radius: (deals: number) => number, positions: Positions): LaidNode[] {
  const nodes: LaidNode[] = graph.nodes.map((node) => ({ id: node.id, node, ...(positions.get(node.id) ?? {}) }));
  const known = nodes.filter((n) => n.x !== undefined).length;
  // One link per pair of companies for the layout, however many deals join them.
  const pairs = new Map<string, { source: string; target: string }>();
  for (const e of graph.edges) pairs.set(e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`, { source: e.source, target: e.target });
  const sim = forceSimulation(nodes)
    .force('link', forceLink<LaidNode, { source: string; target: string }>([...pairs.values()]).id((d) => d.id).distance(90).strength(0.4))
    .force('charge', forceManyBody().strength(-260).distanceMax(600))
    .force('center', forceCenter(width / 2, height / 2))
    .force('x', forceX(width / 2).strength(0.04))
    .force('y', forceY(height / 2).strength(0.06))
    .force('collide', forceCollide<LaidNode>((d) => radius(d.node.deals) + 6))
    .stop();
  // A new layout cools down over 160 steps (d3's default is 300, hardly different to the eye and twice the
  // time); an update where most companies kept their place needs fewer.
  const ticks = known === nodes.length && nodes.length ? 30 : known > nodes.length / 2 ? 80 : 160;
  sim.alpha(known < nodes.length ? 1 : 0.3).alphaDecay(1 - Math.pow(0.001, 1 / ticks));
  for (let i = 0; i < ticks; i++) sim.tick();
  for (const n of nodes) positions.set(n.id, { x: n.x!, y: n.y! });
  return nodes;
}
