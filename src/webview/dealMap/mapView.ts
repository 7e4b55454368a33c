/**
 * The map: companies placed by a force layout (d3-force), sized by their number of deals and coloured by
 * group (see layout.ts); deals as lines between them, width by amount, colour and dash by kind. Zoom and pan with d3-zoom.
 * Nodes and edges are focusable (Tab) and act on Enter, like a click.
 */
import { select } from 'd3-selection';
import { scaleLog, scaleSqrt } from 'd3-scale';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { FilteredGraph, GraphDeal, GraphEdge } from '../../core/report/dealGraph';
import { layoutGraph, type LaidNode } from './layout';
import { count, dealLines } from './dom';
import type { DealMapStrings } from './protocol';

const SVG = 'http://www.w3.org/2000/svg';


export interface ViewEvents {
  hover(lines: string[] | undefined, x: number, y: number): void;
  selectDeal(deal: GraphDeal): void;
  selectCompany(name: string): void;
}

/** Labels drawn for the largest companies only (the others show theirs on hover and focus). */
const LABELLED = 60;

export class MapView {
  private readonly positions = new Map<string, { x: number; y: number }>();
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private readonly viewport: SVGGElement;
  private selected: { deal?: string; company?: string } = {};

  constructor(readonly svg: SVGSVGElement, private readonly strings: () => DealMapStrings, private readonly events: ViewEvents) {
    this.viewport = document.createElementNS(SVG, 'g');
    this.viewport.setAttribute('class', 'viewport');
    svg.appendChild(this.viewport);
    this.zoomBehavior = zoom<SVGSVGElement, unknown>().scaleExtent([0.1, 8]).on('zoom', (e: { transform: { toString(): string } }) => {
      this.viewport.setAttribute('transform', e.transform.toString());
    });
    select(svg).call(this.zoomBehavior).on('dblclick.zoom', null);
  }

  resetZoom(): void {
    select(this.svg).call(this.zoomBehavior.transform, zoomIdentity);
  }

  render(graph: FilteredGraph, width: number, height: number): void {
    const s = this.strings();
    const radius = scaleSqrt().domain([1, Math.max(2, ...graph.nodes.map((n) => n.deals))]).range([5, 24]).clamp(true);
    const nodes = layoutGraph(graph, width, height, radius, this.positions);
    const at = new Map<string, LaidNode>();
    for (const n of nodes) at.set(n.id, n);

    const width0 = scaleLog().domain([1e7, 1e12]).range([1.5, 10]).clamp(true);
    const edgesLayer = document.createElementNS(SVG, 'g');
    edgesLayer.setAttribute('class', 'edges');
    for (const e of graph.edges) edgesLayer.appendChild(this.edgeElement(e, at, width0, s));
    const nodesLayer = document.createElementNS(SVG, 'g');
    nodesLayer.setAttribute('class', 'nodes');
    const labelled = new Set([...graph.nodes].sort((a, b) => b.deals - a.deals).slice(0, LABELLED).map((n) => n.id));
    for (const n of nodes) nodesLayer.appendChild(this.nodeElement(n, radius(n.node.deals), labelled.has(n.id), s));
    this.viewport.replaceChildren(edgesLayer, nodesLayer);
    this.svg.setAttribute('aria-label', s.mapLabel);
    this.applySelection();
  }

  private edgeElement(e: GraphEdge, at: Map<string, LaidNode>, width: (usd: number) => number, s: DealMapStrings): SVGGElement {
    const a = at.get(e.source)!;
    const b = at.get(e.target)!;
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('class', `edge kind-${e.deal.mapKind}${e.deal.usd === undefined ? ' unvalued' : ''}${e.deal.ambiguousAlternative ? ' ambiguous' : ''}`);
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.dataset.deal = e.deal.id;
    g.dataset.parties = e.deal.parties.join('|');
    g.setAttribute('aria-label', dealLines(e.deal, s).join(', '));
    // Deals between the same two companies are bent apart.
    const bend = (e.rank - (e.parallel - 1) / 2) * 22;
    const [x1, y1, x2, y2] = [a.x!, a.y!, b.x!, b.y!];
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const cx = (x1 + x2) / 2 - ((y2 - y1) / len) * bend;
    const cy = (y1 + y2) / 2 + ((x2 - x1) / len) * bend;
    const d = `M${x1.toFixed(1)},${y1.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`;
    for (const cls of ['hit', 'line']) {
      const p = document.createElementNS(SVG, 'path');
      p.setAttribute('class', cls);
      p.setAttribute('d', d);
      if (cls === 'line') p.setAttribute('stroke-width', String(e.deal.usd !== undefined ? width(e.deal.usd) : 1.2));
      g.appendChild(p);
    }
    const lines = () => dealLines(e.deal, s);
    g.addEventListener('mousemove', (ev) => this.events.hover(lines(), ev.clientX, ev.clientY));
    g.addEventListener('mouseleave', () => this.events.hover(undefined, 0, 0));
    g.addEventListener('focus', () => {
      const r = g.getBoundingClientRect();
      this.events.hover(lines(), r.x + r.width / 2, r.y + r.height / 2);
    });
    g.addEventListener('blur', () => this.events.hover(undefined, 0, 0));
    onActivate(g, () => this.events.selectDeal(e.deal));
    return g;
  }

  private nodeElement(n: LaidNode, r: number, labelled: boolean, s: DealMapStrings): SVGGElement {
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('class', `node group-${n.node.group}`);
    g.setAttribute('transform', `translate(${n.x!.toFixed(1)},${n.y!.toFixed(1)})`);
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
    g.dataset.company = n.id;
    g.setAttribute('aria-label', `${n.id}, ${s.groups[n.node.group]}, ${count(s.dealCount, n.node.deals)}`);
    const c = document.createElementNS(SVG, 'circle');
    c.setAttribute('r', r.toFixed(1));
    const t = document.createElementNS(SVG, 'text');
    t.setAttribute('x', (r + 3).toFixed(1));
    t.setAttribute('y', '4');
    if (!labelled) t.setAttribute('class', 'label-hidden');
    t.textContent = n.id;
    g.append(c, t);
    const lines = () => [n.id, s.groups[n.node.group], count(s.dealCount, n.node.deals)];
    g.addEventListener('mousemove', (ev) => this.events.hover(lines(), ev.clientX, ev.clientY));
    g.addEventListener('mouseleave', () => this.events.hover(undefined, 0, 0));
    onActivate(g, () => this.events.selectCompany(n.id));
    return g;
  }

  /** Marks the chosen deal, or the chosen company and its deals, and dims the rest. */
  select(selection: { deal?: string; company?: string }): void {
    this.selected = selection;
    this.applySelection();
  }

  private applySelection(): void {
    const { deal, company } = this.selected;
    for (const e of this.viewport.querySelectorAll<SVGGElement>('.edge')) {
      const mine = company !== undefined && (e.dataset.parties ?? '').split('|').includes(company);
      e.classList.toggle('selected', e.dataset.deal === deal || mine);
      e.classList.toggle('dim', company !== undefined && !mine);
    }
    const partners = new Set<string>();
    if (company) for (const e of this.viewport.querySelectorAll<SVGGElement>('.edge.selected')) for (const p of (e.dataset.parties ?? '').split('|')) partners.add(p);
    for (const n of this.viewport.querySelectorAll<SVGGElement>('.node')) {
      n.classList.toggle('selected', n.dataset.company === company);
      n.classList.toggle('dim', company !== undefined && !partners.has(n.dataset.company ?? ''));
    }
  }
}

/** Runs `choose` on a click or on Enter or Space, the keys that activate a focused button. */
function onActivate(el: SVGGElement, choose: () => void): void {
  el.addEventListener('click', (ev) => {
    ev.stopPropagation();
    choose();
  });
  el.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      choose();
    }
  });
}
