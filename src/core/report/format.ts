/** Human-facing renderings of deals and values: table cells, CSV, Markdown. */
import type { Deal, DealValue } from '../types';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥' };

/** "$100B", "€1.3B", "$500M", "$7B–$8B", prefixed by its hedge: "up to $100B". */
export function formatMoney(amount: number, currency: string, amountMax?: number): string {
  const one = (v: number) => {
    const sym = SYMBOLS[currency];
    const scaled = scale(v);
    return sym ? `${sym}${scaled}` : `${scaled} ${currency}`;
  };
  return amountMax !== undefined && amountMax !== amount ? `${one(amount)}–${one(amountMax)}` : one(amount);
}

function scale(v: number): string {
  const abs = Math.abs(v);
  const fmt = (x: number) => (Math.round(x * 100) / 100).toString();
  if (abs >= 1e12) return `${fmt(v / 1e12)}T`;
  if (abs >= 1e9) return `${fmt(v / 1e9)}B`;
  if (abs >= 1e6) return `${fmt(v / 1e6)}M`;
  if (abs >= 1e3) return `${fmt(v / 1e3)}K`;
  return fmt(v);
}

export function formatDealValue(v: DealValue | undefined): string {
  if (!v) return '';
  const money = formatMoney(v.amount, v.currency, v.amountMax);
  const q = v.qualifier ? `${v.qualifier} ` : '';
  return `${q}${money}`;
}

/** The other reading of a value whose number format stays in doubt ("€1.5"), or undefined when it is settled. */
export function formatDealAlternative(v: DealValue | undefined): string | undefined {
  if (!v?.ambiguous || !v.alternative) return undefined;
  return formatMoney(v.alternative.amount, v.currency, v.alternative.amountMax);
}

/** The mark before a value whose number format stays in doubt, where a table or a map shows it. */
export const AMBIGUOUS_MARK = '≈?';

/** "≈? €1.25K" for a value whose number format or dollar stays in doubt, else the value as `formatDealValue` writes it. */
export function formatMarkedDealValue(v: DealValue | undefined): string {
  const text = formatDealValue(v);
  return text && (formatDealAlternative(v) || v?.dollarInDoubt) ? `${AMBIGUOUS_MARK} ${text}` : text;
}

/**
 * "ambiguous number format: could also be read as €1.25", "read as US dollars, but the note writes US$ elsewhere: may
 * be a local dollar", or '' when the value is settled.
 */
export function dealValueNote(v: DealValue | undefined): string {
  const alternative = formatDealAlternative(v);
  const notes = [
    alternative ? `ambiguous number format: could also be read as ${alternative}` : '',
    v?.dollarInDoubt ? 'read as US dollars, but the note writes US$ elsewhere: may be a local dollar' : '',
  ];
  return notes.filter(Boolean).join('; ');
}

/**
 * "Nvidia – OpenAI · up to $100B · 2025-09-22", a venture by its name ("Stargate (MGX – OpenAI – …)"); `vague`
 * ("$10B+") stands in for a value the deal lacks.
 */
export function dealLabel(d: Deal, vague?: string): string {
  const parties = d.parties.join(' – ');
  return [d.venture ? `${d.venture} (${parties})` : parties, formatDealValue(d.value) || (vague ?? ''), d.date ?? ''].filter(Boolean).join(' · ');
}

export interface DealRow {
  parties: string;
  kind: string;
  /** "≈? €1.25K" when the number format stays in doubt (see `valueNote`). */
  value: string;
  valueUsd: string;
  /** Says why a value is marked: "ambiguous number format: could also be read as €1.25". */
  valueNote: string;
  chips: string;
  power: string;
  date: string;
  sources: string;
}

export function dealRows(deals: readonly Deal[]): DealRow[] {
  return deals.map((d) => ({
    parties: d.parties.join(' + '),
    kind: d.kind,
    value: formatMarkedDealValue(d.value),
    valueUsd: d.value?.usd !== undefined ? String(d.value.usd) : '',
    valueNote: dealValueNote(d.value),
    chips: d.chips.join(', '),
    power: d.powerGw !== undefined ? `${d.powerGw} GW` : '',
    date: d.date ?? '',
    sources: String(d.sources.length),
  }));
}

const COLUMNS: (keyof DealRow)[] = ['parties', 'kind', 'value', 'valueUsd', 'valueNote', 'chips', 'power', 'date', 'sources'];

export function dealsCsv(deals: readonly Deal[]): string {
  const cell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = dealRows(deals).map((r) => COLUMNS.map((c) => cell(r[c])).join(','));
  return [COLUMNS.join(','), ...rows].join('\n') + '\n';
}

export function dealsMarkdown(deals: readonly Deal[]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const head = `| ${COLUMNS.join(' | ')} |\n|${COLUMNS.map(() => '---').join('|')}|`;
  const rows = dealRows(deals).map((r) => `| ${COLUMNS.map((c) => cell(r[c])).join(' | ')} |`);
  return [head, ...rows].join('\n') + '\n';
}

/** A plain-text table for terminals, columns padded to their widest cell. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

export const DEAL_COLUMNS = COLUMNS;
