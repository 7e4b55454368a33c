/** Small DOM helpers for the webview: every text from notes goes in as text, never as HTML. */
import type { GraphDeal } from '../../core/report/dealGraph';
import type { DealMapStrings } from './protocol';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** "1 deal" or "3 deals", from the pair of forms the extension sent. */
export function count(forms: [string, string], n: number): string {
  return n === 1 ? forms[0] : forms[1].replace('{0}', String(n));
}

export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** "Nvidia – OpenAI"; a venture by its name: "Stargate (MGX – OpenAI – Oracle – SoftBank)". */
export function partiesOf(d: GraphDeal): string {
  const parties = d.parties.join(' – ');
  return d.venture ? `${d.venture} (${parties})` : parties;
}

/**
 * The facts of a deal, one line each: parties, kind and amount, (the other reading of an amount whose number
 * format stays in doubt,) date, sources.
 */
export function dealLines(d: GraphDeal, s: DealMapStrings): string[] {
  const value = d.valueText ? (d.vague ? `${d.valueText} (${s.vague})` : d.valueText) : s.noValue;
  return [
    partiesOf(d),
    `${s.dealKinds[d.kind] ?? d.kind} · ${value}`,
    ...(d.ambiguousAlternative ? [format(s.ambiguous, d.ambiguousAlternative)] : []),
    d.date ?? s.noDate,
    `${count(s.sourceCount, d.sourceCount)} · ${count(s.noteCount, d.noteCount)}`,
  ];
}

/** The hover card: plain text lines, the first in bold. */
export class Tooltip {
  readonly element = el('div', { class: 'tooltip', role: 'tooltip', hidden: '' });

  show(lines: string[], x: number, y: number): void {
    this.element.replaceChildren(...lines.map((l, i) => (i === 0 ? el('strong', {}, l) : el('div', {}, l))));
    this.element.hidden = false;
    const w = this.element.offsetWidth;
    const h = this.element.offsetHeight;
    const left = x + 14 + w > window.innerWidth ? x - 14 - w : x + 14;
    const top = y + 14 + h > window.innerHeight ? y - 14 - h : y + 14;
    this.element.style.left = `${Math.max(0, left)}px`;
    this.element.style.top = `${Math.max(0, top)}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
