/**
 * Hovers on companies, chips and amounts in notes. The core decides what to say (core/hover/hoverContent);
 * this file renders it as Markdown: our own structure with appendMarkdown, every string that comes from a
 * note or the lexicon with appendText (escaped), and command links limited to an allow-list of our own
 * commands. Hovers are cached per document version and dropped when the workspace index changes.
 */
import * as vscode from 'vscode';
import type { Feature } from './index';
import type { WorkspaceNotes } from './workspaceNotes';
import type { Core } from '../core/createCore';
import { hoverContent, type EntityHover, type HoverContent, type HoverDeal, type QuantityHover } from '../core/hover/hoverContent';
import type { Qualifier } from '../core/types';
import { analysisOf, mentionAtOffset, mentionRange } from './ranges';
import { andMore, mentionCount, moreInDealsView, noteCount, sourceCount } from './counts';
import { categoryLabel, dealKindLabel, entityKindLabel } from './labels';

export const NOTE_SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown' },
  { language: 'plaintext' },
  { language: 'research-note' },
];

/** The only commands a hover may run: ours, each validating its arguments. */
export const HOVER_COMMANDS = ['dealNotes.openDealSources', 'dealNotes.revealDeal', 'dealNotes.findMentions'] as const;
type HoverCommand = (typeof HOVER_COMMANDS)[number];

function commandLink(label: string, command: HoverCommand, args: unknown[], tooltip: string): string {
  const uri = `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
  return `[${escapeMarkdown(label)}](${uri} "${tooltip.replace(/["\\]/g, '')}")`;
}

/** Escapes our own labels placed inside Markdown syntax (link text); note text goes through appendText. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, '\\$&');
}

function qualifierLabel(q: Qualifier): string {
  const labels: Record<Qualifier, string> = {
    'up to': vscode.l10n.t('up to'), 'at most': vscode.l10n.t('at most'), about: vscode.l10n.t('about'),
    'more than': vscode.l10n.t('more than'), 'at least': vscode.l10n.t('at least'), 'less than': vscode.l10n.t('less than'),
    several: vscode.l10n.t('several (a lower bound)'),
  };
  return labels[q] ?? q;
}

function newMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}

/** "⚠ Ambiguous number format: could also be read as €1.5", a line of its own (an amount's or a deal value's). */
function appendAmbiguity(md: vscode.MarkdownString, alternative: string): void {
  md.appendMarkdown(`$(warning) ${escapeMarkdown(vscode.l10n.t('Ambiguous number format'))}: `);
  md.appendText(vscode.l10n.t('could also be read as {0}', alternative));
  md.appendMarkdown('  \n');
}

/** "Nvidia – OpenAI · investment · up to $100B · 2025-09-22 · 3 sources", the value's ambiguity if any, then its links. */
function appendDeal(md: vscode.MarkdownString, deal: HoverDeal): void {
  md.appendText(deal.parties.join(' – '));
  const details = [dealKindLabel(deal.kind), deal.value, deal.powerGw !== undefined ? `${deal.powerGw} GW` : '', deal.chips.join(', '), deal.date ?? '']
    .filter(Boolean);
  md.appendMarkdown(' · ');
  md.appendText(details.join(' · '));
  md.appendMarkdown(' · ');
  md.appendText(sourceCount(deal.sourceCount));
  md.appendMarkdown('  \n');
  if (deal.ambiguousAlternative) appendAmbiguity(md, deal.ambiguousAlternative);
  md.appendMarkdown([
    commandLink(vscode.l10n.t('Open sources'), 'dealNotes.openDealSources', [deal.id], vscode.l10n.t('Open the notes that report this deal')),
    commandLink(vscode.l10n.t('Reveal in Deals'), 'dealNotes.revealDeal', [deal.id], vscode.l10n.t('Show this deal in the Deals view')),
  ].join(' · '));
}

function renderEntity(h: EntityHover): vscode.MarkdownString {
  const md = newMarkdown();
  md.appendMarkdown(h.kind === 'chip' ? '$(chip) **' : '$(organization) **');
  md.appendText(h.name);
  md.appendMarkdown('** — ');
  const kind = [entityKindLabel(h.kind), h.category ? categoryLabel(h.category) : ''].filter(Boolean).join(', ');
  md.appendText(kind);
  if (h.origin === 'user') md.appendText(` (${vscode.l10n.t('from your lexicon')})`);
  if (h.origin === 'inferred') md.appendText(` (${vscode.l10n.t('recognised from context, not in the lexicon')})`);
  md.appendMarkdown('\n\n');
  if (h.description) {
    md.appendText(h.description);
    md.appendMarkdown('\n\n');
  }
  if (h.kind === 'chip' && (h.vendor || h.family)) {
    if (h.vendor) {
      md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Vendor'))}: `);
      md.appendText(h.vendor);
      md.appendMarkdown('  \n');
    }
    if (h.family) {
      md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Family'))}: `);
      md.appendText(h.family);
      md.appendMarkdown('  \n');
    }
    md.appendMarkdown('\n');
  }
  md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Written as'))}: `);
  md.appendText(h.aliasesSeen.map((a) => `“${a}”`).join(', ') + (h.moreAliases ? ` ${andMore(h.moreAliases)}` : ''));
  md.appendMarkdown('  \n');
  md.appendText(vscode.l10n.t('{0} in {1}', mentionCount(h.mentionCount), noteCount(h.noteCount)));
  md.appendMarkdown(` · ${commandLink(vscode.l10n.t('Find all mentions'), 'dealNotes.findMentions', [h.name], vscode.l10n.t('List every mention in the workspace'))}\n\n`);
  if (h.deals.length) {
    md.appendMarkdown('---\n\n');
    md.appendMarkdown(`**${escapeMarkdown(vscode.l10n.t('Deals ({0})', h.deals.length + h.moreDeals))}**\n\n`);
    for (const d of h.deals) {
      md.appendMarkdown('- ');
      appendDeal(md, d);
      md.appendMarkdown('\n');
    }
    if (h.moreDeals) md.appendMarkdown(`\n${escapeMarkdown(moreInDealsView(h.moreDeals))}\n`);
  } else {
    md.appendText(vscode.l10n.t('No deal found for it yet.'));
  }
  return md;
}

function quantityLabel(kind: QuantityHover['kind']): string {
  return { money: vscode.l10n.t('amount'), power: vscode.l10n.t('electric power'), percent: vscode.l10n.t('percentage'), date: vscode.l10n.t('date') }[kind];
}

function renderQuantity(h: QuantityHover): vscode.MarkdownString {
  const md = newMarkdown();
  md.appendMarkdown(h.kind === 'money' ? '$(credit-card) **' : h.kind === 'date' ? '$(calendar) **' : '$(symbol-number) **');
  md.appendText(h.normalized);
  md.appendMarkdown('** — ');
  md.appendText(quantityLabel(h.kind));
  md.appendMarkdown('\n\n');
  md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Written'))}: `);
  md.appendText(`“${h.text}”`);
  md.appendMarkdown('  \n');
  if (h.qualifier) {
    md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Qualifier'))}: `);
    md.appendText(qualifierLabel(h.qualifier));
    md.appendMarkdown('  \n');
  }
  if (h.currency && h.currency !== 'USD') {
    md.appendMarkdown(`${escapeMarkdown(vscode.l10n.t('Currency'))}: `);
    md.appendText(h.usd ? `${h.currency} (≈ ${h.usd})` : h.currency);
    md.appendMarkdown('  \n');
  }
  if (h.currencyImplied) {
    md.appendText(vscode.l10n.t('Currency taken from a neighbouring amount of the sentence'));
    md.appendMarkdown('  \n');
  }
  if (h.dollarInDoubt) {
    md.appendText(vscode.l10n.t('Read as US dollars, but this note writes "US$" elsewhere: this "$" may be a local dollar'));
    md.appendMarkdown('  \n');
  }
  if (h.ambiguousAlternative) appendAmbiguity(md, h.ambiguousAlternative);
  if (h.kind === 'power' && h.gw !== undefined) {
    md.appendText(`= ${h.gw} GW`);
    md.appendMarkdown('  \n');
  }
  if (h.kind === 'date' && h.date && h.date !== h.normalized) {
    md.appendText(`= ${h.date}`);
    md.appendMarkdown('  \n');
  }
  if (h.deal) {
    md.appendMarkdown(`\n---\n\n**${escapeMarkdown(vscode.l10n.t('Deal'))}**: `);
    appendDeal(md, h.deal);
  }
  return md;
}

export function renderHover(content: HoverContent): vscode.MarkdownString {
  return content.type === 'entity' ? renderEntity(content) : renderQuantity(content);
}

export class NoteHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  /** Per note: the document version the entries belong to, and the hover of each mention by its start. */
  private readonly cache = new Map<string, { version: number; hovers: Map<number, vscode.Hover> }>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly notes: WorkspaceNotes, private readonly core: Core) {
    // A hover shows workspace-wide facts (mention counts, deals): any index change may change it.
    const sub = notes.index.onDidChange(() => this.cache.clear());
    this.subscription = { dispose: () => sub.dispose() };
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = analysisOf(this.notes, document);
    if (!analysis) return undefined;
    const mention = mentionAtOffset(analysis, document.offsetAt(position));
    if (!mention) return undefined;
    const key = document.uri.toString();
    let entry = this.cache.get(key);
    if (!entry || entry.version !== document.version) {
      entry = { version: document.version, hovers: new Map() };
      this.cache.set(key, entry);
    }
    const cached = entry.hovers.get(mention.start);
    if (cached) return cached;
    const hover = new vscode.Hover(renderHover(hoverContent(mention, key, this.notes.index, this.core.lexicon)), mentionRange(analysis, mention));
    entry.hovers.set(mention.start, hover);
    return hover;
  }

  dispose(): void {
    this.subscription.dispose();
    this.cache.clear();
  }
}

export const registerHover: Feature = (context, { notes, core }) => {
  const provider = new NoteHoverProvider(notes, core);
  context.subscriptions.push(provider, vscode.languages.registerHoverProvider(NOTE_SELECTOR, provider));
};
