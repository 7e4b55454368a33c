/**
 * The Deal Map webview: a toolbar (Map / Timeline tabs, filters by kind, date range, minimum value and
 * words, export), the chart, and a side panel with the selection's details, the legend and the list of the
 * deals shown (the keyboard's way through them). It receives the graph from the extension and filters it with
 * the core's own functions; everything it shows from notes is set as text.
 */
import { dateExtent, filterGraph, MAP_KINDS, NODE_GROUPS, type DealFilter, type DealGraph, type GraphDeal, type MapKind } from '../../core/report/dealGraph';
import { buildTimeline } from '../../core/report/dealTimeline';
import { count, dealLines, el, format, partiesOf, Tooltip } from './dom';
import { pngDataUrl, svgText } from './exportImage';
import { MapView } from './mapView';
import { TimelineView } from './timelineView';
import type { DealMapState, DealMapStrings, DealMapTab, ToExtension, ToWebview } from './protocol';
import './dealMap.css';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void; getState(): unknown; setState(state: unknown): void };

const vscode = acquireVsCodeApi();
const post = (m: ToExtension) => vscode.postMessage(m);
const SVG = 'http://www.w3.org/2000/svg';
const MIN_VALUES = [0, 1e8, 1e9, 1e10, 1e11];

let strings: DealMapStrings | undefined;
let graph: DealGraph = { nodes: [], deals: [] };
let state: DealMapState = { tab: 'map', filter: {} };
let selection: { deal?: string; company?: string } = {};

const tooltip = new Tooltip();
const svg = document.createElementNS(SVG, 'svg');
svg.setAttribute('role', 'group');
svg.setAttribute('tabindex', '-1');
const s = () => strings!;
const events = {
  hover: (lines: string[] | undefined, x: number, y: number) => (lines ? tooltip.show(lines, x, y) : tooltip.hide()),
  selectDeal: (d: GraphDeal) => selectDeal(d.id),
  selectCompany: (name: string) => selectCompany(name, true),
};
let mapView: MapView | undefined;
let timelineView: TimelineView | undefined;
const mapSvg = svg;
const timelineSvg = document.createElementNS(SVG, 'svg');
timelineSvg.setAttribute('role', 'group');

const ui = {
  tabs: {} as Record<DealMapTab, HTMLButtonElement>,
  kinds: {} as Record<MapKind, HTMLInputElement>,
  from: el('input', { type: 'date', id: 'filter-from' }),
  to: el('input', { type: 'date', id: 'filter-to' }),
  min: el('select', { id: 'filter-min' }),
  query: el('input', { type: 'search', id: 'filter-query' }),
  chart: el('div', { class: 'chart' }),
  empty: el('div', { class: 'empty', hidden: '' }),
  details: el('section', { class: 'details', 'aria-live': 'polite' }),
  legend: el('section', { class: 'legend' }),
  listTitle: el('h2'),
  list: el('ul', { class: 'deal-list' }),
  status: el('div', { class: 'status', role: 'status' }),
};

function saveState(): void {
  vscode.setState(state);
}

function build(): void {
  const t = s();
  const app = document.getElementById('app')!;
  const toolbar = el('header', { class: 'toolbar' });
  const tabs = el('div', { class: 'tabs', role: 'tablist' });
  for (const tab of ['map', 'timeline'] as DealMapTab[]) {
    const b = el('button', { role: 'tab', id: `tab-${tab}`, 'aria-selected': String(state.tab === tab) }, tab === 'map' ? t.map : t.timeline);
    b.addEventListener('click', () => setTab(tab));
    ui.tabs[tab] = b;
    tabs.appendChild(b);
  }
  const kinds = el('fieldset', { class: 'kinds' });
  kinds.appendChild(el('legend', { class: 'visually-hidden' }, t.dealKindsTitle));
  for (const k of MAP_KINDS) {
    const box = el('input', { type: 'checkbox', 'data-kind': k });
    box.checked = !state.filter.kinds || state.filter.kinds.includes(k);
    box.addEventListener('change', () => {
      const on = MAP_KINDS.filter((x) => ui.kinds[x].checked);
      state.filter.kinds = on.length === MAP_KINDS.length ? undefined : on;
      refresh();
    });
    ui.kinds[k] = box;
    const label = el('label');
    label.append(box, el('span', { class: `swatch kind-swatch-${k}` }), document.createTextNode(t.kinds[k]));
    kinds.appendChild(label);
  }
  const labelled = (text: string, input: HTMLElement) => {
    const l = el('label', {}, text);
    l.appendChild(input);
    return l;
  };
  ui.from.value = state.filter.from ?? '';
  ui.to.value = state.filter.to ?? '';
  for (const [input, key] of [[ui.from, 'from'], [ui.to, 'to']] as const) {
    input.addEventListener('change', () => {
      if (input.value) state.filter[key] = input.value;
      else delete state.filter[key];
      refresh();
    });
  }
  for (const v of MIN_VALUES) {
    const o = el('option', { value: String(v) }, v ? `≥ ${shortUsdLabel(v)}` : t.any);
    ui.min.appendChild(o);
  }
  ui.min.value = String(MIN_VALUES.includes(state.filter.minUsd ?? 0) ? state.filter.minUsd ?? 0 : 0);
  ui.min.addEventListener('change', () => {
    const v = Number(ui.min.value);
    if (v > 0) state.filter.minUsd = v;
    else delete state.filter.minUsd;
    refresh();
  });
  ui.query.placeholder = t.searchPlaceholder;
  ui.query.setAttribute('aria-label', t.search);
  ui.query.value = state.filter.query ?? '';
  ui.query.addEventListener('input', () => {
    if (ui.query.value.trim()) state.filter.query = ui.query.value;
    else delete state.filter.query;
    refresh();
  });
  const exportSvg = el('button', { id: 'export-svg' }, t.exportSvg);
  exportSvg.addEventListener('click', () => void exportView('svg'));
  const exportPng = el('button', { id: 'export-png' }, t.exportPng);
  exportPng.addEventListener('click', () => void exportView('png'));
  toolbar.append(tabs, kinds, labelled(t.from, ui.from), labelled(t.to, ui.to), labelled(t.minValue, ui.min), ui.query, el('span', { class: 'spacer' }), exportSvg, exportPng);

  ui.chart.append(mapSvg, timelineSvg, ui.empty);
  const side = el('aside', { class: 'side' });
  const listSection = el('section');
  listSection.append(ui.listTitle, ui.list);
  ui.list.setAttribute('aria-label', t.listLabel);
  side.append(ui.details, ui.legend, listSection);
  const main = el('main');
  main.append(ui.chart, side);
  app.replaceChildren(toolbar, main, ui.status);
  document.body.appendChild(tooltip.element);
  buildLegend();

  mapView = new MapView(mapSvg, s, events);
  timelineView = new TimelineView(timelineSvg, s, events);
  mapSvg.addEventListener('click', () => clearSelection());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') clearSelection();
  });
  new ResizeObserver(() => scheduleRender()).observe(ui.chart);
}

function shortUsdLabel(v: number): string {
  return v >= 1e12 ? `$${v / 1e12}T` : v >= 1e9 ? `$${v / 1e9}B` : `$${v / 1e6}M`;
}

function buildLegend(): void {
  const t = s();
  const list = el('ul');
  for (const g of NODE_GROUPS) {
    const li = el('li');
    li.append(el('span', { class: `dot group-${g}` }), document.createTextNode(` ${t.groups[g]}`));
    list.appendChild(li);
  }
  const kinds = el('ul');
  for (const k of MAP_KINDS) {
    const li = el('li');
    li.append(el('span', { class: `swatch kind-swatch-${k}` }), document.createTextNode(` ${t.kinds[k]}`));
    kinds.appendChild(li);
  }
  ui.legend.replaceChildren(el('h2', {}, t.companies), list, el('h2', {}, t.dealKindsTitle), kinds);
}

function setTab(tab: DealMapTab): void {
  state.tab = tab;
  for (const [k, b] of Object.entries(ui.tabs)) b.setAttribute('aria-selected', String(k === tab));
  tooltip.hide();
  refresh();
}

let frame = 0;
function scheduleRender(): void {
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(render);
}

function refresh(): void {
  saveState();
  scheduleRender();
}

function currentFilter(): DealFilter {
  return state.filter;
}

function render(): void {
  if (!strings || !mapView || !timelineView) return;
  const t = s();
  const filtered = filterGraph(graph, currentFilter());
  const { width, height } = ui.chart.getBoundingClientRect();
  const onMap = state.tab === 'map';
  mapSvg.style.display = onMap ? 'block' : 'none';
  timelineSvg.style.display = onMap ? 'none' : 'block';
  ui.empty.textContent = t.empty;
  let shownDeals = filtered.deals;
  if (onMap) {
    ui.empty.hidden = filtered.deals.length > 0;
    mapView.render(filtered, Math.max(200, width), Math.max(200, height));
    ui.status.textContent = `${count(t.dealCount, filtered.deals.length)} · ${count(t.companyCount, filtered.nodes.length)}`;
  } else {
    const timeline = buildTimeline(filtered.deals);
    ui.empty.hidden = timeline.points.length > 0;
    if (timeline.points.length) timelineView.render(timeline, Math.max(200, width), Math.max(200, height));
    else timelineSvg.replaceChildren();
    shownDeals = timeline.points.map((p) => p.deal);
    const left = timeline.undated || timeline.unvalued ? ` · ${format(t.notShown, timeline.undated, timeline.unvalued)}` : '';
    ui.status.textContent = `${count(t.dealCount, shownDeals.length)}${left}`;
  }
  renderList(shownDeals);
  const extent = dateExtent(graph.deals);
  if (extent) {
    ui.from.min = ui.to.min = extent[0].slice(0, 10);
    ui.from.max = ui.to.max = extent[1].slice(0, 10);
  }
  if (selection.deal && !filtered.deals.some((d) => d.id === selection.deal)) selection = {};
  applySelection();
}

function renderList(deals: readonly GraphDeal[]): void {
  const t = s();
  ui.listTitle.textContent = `${t.listLabel} (${deals.length})`;
  const sorted = [...deals].sort((a, b) => (b.usd ?? -1) - (a.usd ?? -1) || b.sourceCount - a.sourceCount);
  ui.list.replaceChildren(...sorted.map((d) => {
    const b = el('button', { 'data-deal': d.id }, [partiesOf(d), d.valueText, d.date ?? ''].filter(Boolean).join(' · '));
    b.title = dealLines(d, t).join('\n');
    b.addEventListener('click', () => selectDeal(d.id));
    const li = el('li');
    li.appendChild(b);
    return li;
  }));
}

function selectDeal(id: string): void {
  selection = { deal: id };
  applySelection();
  showDeal(graph.deals.find((d) => d.id === id));
}

function selectCompany(name: string, reveal: boolean): void {
  selection = { company: name };
  applySelection();
  showCompany(name);
  if (reveal) post({ type: 'revealCompany', name });
}

function clearSelection(): void {
  selection = {};
  applySelection();
  ui.details.replaceChildren();
}

function applySelection(): void {
  mapView?.select(selection);
  timelineView?.select(selection.deal);
  for (const b of ui.list.querySelectorAll<HTMLButtonElement>('button')) b.setAttribute('aria-current', String(b.dataset.deal === selection.deal));
}

/** The chosen deal's facts and its sources, each a button that opens the note at the sentence. */
function showDeal(d: GraphDeal | undefined): void {
  if (!d) return;
  const t = s();
  const [title, ...facts] = dealLines(d, t);
  const sources = el('ul', { class: 'sources' });
  for (const src of d.sources) {
    const b = el('button', { class: 'source', 'data-index': String(src.index) });
    b.append(el('strong', {}, src.title), el('span', { class: 'sentence' }, src.sentence));
    b.addEventListener('click', () => post({ type: 'openSource', dealId: d.id, index: src.index }));
    const li = el('li');
    li.appendChild(b);
    sources.appendChild(li);
  }
  const open = el('button', { class: 'primary', id: 'open-sources' }, t.openSources);
  open.addEventListener('click', () => post({ type: 'openSources', dealId: d.id }));
  const actions = el('div', { class: 'actions' });
  actions.append(open);
  for (const p of d.parties) {
    const b = el('button', {}, p);
    b.title = t.revealCompany;
    b.addEventListener('click', () => selectCompany(p, true));
    actions.appendChild(b);
  }
  ui.details.replaceChildren(el('h2', {}, title!), ...facts.map((f) => el('div', { class: 'facts' }, f)), actions, el('h2', {}, t.sourcesTitle), sources);
}

/** The chosen company: its deals, each a button that selects it. */
function showCompany(name: string): void {
  const t = s();
  const node = graph.nodes.find((n) => n.id === name);
  const deals = filterGraph(graph, currentFilter()).deals.filter((d) => d.parties.includes(name));
  const list = el('ul');
  for (const d of deals) {
    const b = el('button', {}, [partiesOf(d), d.valueText, d.date ?? ''].filter(Boolean).join(' · '));
    b.addEventListener('click', () => selectDeal(d.id));
    const li = el('li');
    li.appendChild(b);
    list.appendChild(li);
  }
  const reveal = el('button', {}, t.revealCompany);
  reveal.addEventListener('click', () => post({ type: 'revealCompany', name }));
  const actions = el('div', { class: 'actions' });
  actions.appendChild(reveal);
  ui.details.replaceChildren(el('h2', {}, name), el('div', { class: 'facts' }, `${node ? t.groups[node.group] : ''} · ${count(t.dealCount, deals.length)}`), actions, list);
}

async function exportView(fmt: 'svg' | 'png'): Promise<void> {
  const target = state.tab === 'map' ? mapSvg : timelineSvg;
  const data = fmt === 'svg' ? svgText(target) : await pngDataUrl(target);
  post({ type: 'exported', format: fmt, data });
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  if (!m || typeof m !== 'object') return;
  if (m.type === 'init') {
    strings = m.strings;
    const saved = (vscode.getState() as DealMapState | undefined) ?? m.state;
    if (saved && typeof saved === 'object') state = { tab: saved.tab === 'timeline' ? 'timeline' : 'map', filter: { ...(saved.filter ?? {}) } };
    build();
    saveState();
    scheduleRender();
  } else if (m.type === 'graph') {
    graph = m.graph;
    scheduleRender();
  } else if (m.type === 'export') {
    void exportView(m.format);
  }
});

post({ type: 'ready' });
