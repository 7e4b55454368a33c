/**
 * The timeline: one mark per deal at its date (d3-scale's UTC scale, d3-axis), its height the amount on a
 * log scale, coloured by kind; a vague amount is a hollow mark at its lower bound. Marks are focusable.
 */
import { select } from 'd3-selection';
import { scaleLog, scaleSqrt, scaleUtc } from 'd3-scale';
import { axisBottom, axisLeft } from 'd3-axis';
import type { GraphDeal } from '../../core/report/dealGraph';
import type { Timeline } from '../../core/report/dealTimeline';
import { dealLines } from './dom';
import type { ViewEvents } from './mapView';
import type { DealMapStrings } from './protocol';

const SVG = 'http://www.w3.org/2000/svg';
const DAY = 86_400_000;

/** "$100B", "$500M", "$2T": the amount axis. */
export function shortUsd(v: number): string {
  const [d, u] = v >= 1e12 ? [1e12, 'T'] : v >= 1e9 ? [1e9, 'B'] : v >= 1e6 ? [1e6, 'M'] : v >= 1e3 ? [1e3, 'K'] : [1, ''];
  return `$${Math.round((v / d) * 10) / 10}${u}`;
}

export class TimelineView {
  private selected: string | undefined;

  constructor(readonly svg: SVGSVGElement, private readonly strings: () => DealMapStrings, private readonly events: ViewEvents) {}

  render(timeline: Timeline, width: number, height: number): void {
    const s = this.strings();
    const margin = { top: 16, right: 24, bottom: 30, left: 60 };
    const points = timeline.points;
    const times = points.map((p) => p.time);
    const usds = points.map((p) => p.usd);
    const t0 = Math.min(...times) - 20 * DAY;
    const t1 = Math.max(...times) + 20 * DAY;
    const x = scaleUtc().domain([new Date(t0), new Date(t1)]).range([margin.left, Math.max(margin.left + 10, width - margin.right)]);
    const y = scaleLog().domain([Math.min(...usds) / 2, Math.max(...usds) * 2]).range([Math.max(margin.top + 10, height - margin.bottom), margin.top]).nice();
    const r = scaleSqrt().domain([1, 10]).range([5, 11]).clamp(true);

    const root = document.createElementNS(SVG, 'g');
    const grid = select(root).append('g').attr('class', 'grid').attr('transform', `translate(${margin.left},0)`);
    // One line per power of ten: $100M, $1B, $10B…
    const [lo, hi] = y.domain() as [number, number];
    const decades: number[] = [];
    for (let v = 10 ** Math.ceil(Math.log10(lo)); v <= hi; v *= 10) decades.push(v);
    grid.call(axisLeft(y).tickValues(decades).tickSize(-(width - margin.left - margin.right)).tickFormat(() => ''));
    select(root).append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${height - margin.bottom})`)
      .call(axisBottom(x).ticks(Math.max(2, Math.floor(width / 110))));
    select(root).append('g').attr('class', 'axis axis-y').attr('transform', `translate(${margin.left},0)`)
      .call(axisLeft(y).tickValues(decades).tickFormat((v) => shortUsd(Number(v))));

    const marks = document.createElementNS(SVG, 'g');
    marks.setAttribute('class', 'points');
    for (const p of points) marks.appendChild(this.point(p.deal, x(new Date(p.time)), y(p.usd), r(p.deal.sourceCount), s));
    // The largest deals are named beside their mark.
    const labels = document.createElementNS(SVG, 'g');
    for (const p of [...points].sort((a, b) => b.usd - a.usd).slice(0, 12)) {
      const t = document.createElementNS(SVG, 'text');
      t.setAttribute('class', 'point-label');
      t.setAttribute('x', (x(new Date(p.time)) + r(p.deal.sourceCount) + 3).toFixed(1));
      t.setAttribute('y', (y(p.usd) + 3).toFixed(1));
      t.textContent = p.deal.parties.join(' – ');
      labels.appendChild(t);
    }
    root.append(marks, labels);
    this.svg.replaceChildren(root);
    this.svg.setAttribute('aria-label', s.timelineLabel);
    this.select(this.selected);
  }

  private point(d: GraphDeal, cx: number, cy: number, radius: number, s: DealMapStrings): SVGCircleElement {
    const c = document.createElementNS(SVG, 'circle');
    c.setAttribute('class', `point kind-${d.mapKind}${d.vague ? ' vague' : ''}${d.ambiguousAlternative ? ' ambiguous' : ''}`);
    c.setAttribute('cx', cx.toFixed(1));
    c.setAttribute('cy', cy.toFixed(1));
    c.setAttribute('r', radius.toFixed(1));
    c.setAttribute('tabindex', '0');
    c.setAttribute('role', 'button');
    c.dataset.deal = d.id;
    c.setAttribute('aria-label', dealLines(d, s).join(', '));
    const lines = () => dealLines(d, s);
    c.addEventListener('mousemove', (ev) => this.events.hover(lines(), ev.clientX, ev.clientY));
    c.addEventListener('mouseleave', () => this.events.hover(undefined, 0, 0));
    c.addEventListener('focus', () => {
      const b = c.getBoundingClientRect();
      this.events.hover(lines(), b.x + b.width / 2, b.y + b.height / 2);
    });
    c.addEventListener('blur', () => this.events.hover(undefined, 0, 0));
    c.addEventListener('click', (ev) => {
      ev.stopPropagation();
      this.events.selectDeal(d);
    });
    c.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        this.events.selectDeal(d);
      }
    });
    return c;
  }

  select(dealId: string | undefined): void {
    this.selected = dealId;
    for (const c of this.svg.querySelectorAll<SVGCircleElement>('.point')) c.classList.toggle('selected', c.dataset.deal === dealId);
  }
}
