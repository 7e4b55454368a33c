/** Localised names of what the core classifies: entity kinds, company categories, deal kinds. */
import * as vscode from 'vscode';
import type { CompanyCategory, DealKind, EntityKind } from '../core/types';

/**
 * Text from notes or user files shown where VS Code renders `$(icon)` syntax (quick picks, code lenses): the
 * syntax is escaped, so a name reads as written and no icon appears.
 */
export function plainText(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

export const entityKindLabel = (kind: EntityKind) => (kind === 'chip' ? vscode.l10n.t('chip') : vscode.l10n.t('company'));

export function categoryLabel(category: string): string {
  const labels: Record<CompanyCategory, string> = {
    'ai-lab': vscode.l10n.t('AI lab'), chipmaker: vscode.l10n.t('chipmaker'), foundry: vscode.l10n.t('foundry'),
    cloud: vscode.l10n.t('cloud provider'), hyperscaler: vscode.l10n.t('hyperscaler'), datacenter: vscode.l10n.t('data-centre operator'),
    investor: vscode.l10n.t('investor'), tech: vscode.l10n.t('tech company'), telecom: vscode.l10n.t('telecom operator'),
    industrial: vscode.l10n.t('industrial group'), energy: vscode.l10n.t('energy company'), finance: vscode.l10n.t('financial firm'),
    media: vscode.l10n.t('media outlet'), platform: vscode.l10n.t('platform'), other: vscode.l10n.t('company'),
  };
  return labels[category as CompanyCategory] ?? category;
}

export function dealKindLabel(kind: DealKind): string {
  const labels: Record<DealKind, string> = {
    investment: vscode.l10n.t('investment'), acquisition: vscode.l10n.t('acquisition'), stake: vscode.l10n.t('stake'),
    partnership: vscode.l10n.t('partnership'), supply: vscode.l10n.t('supply'), purchase: vscode.l10n.t('purchase'),
    cloud: vscode.l10n.t('cloud contract'), 'joint-venture': vscode.l10n.t('joint venture'), lease: vscode.l10n.t('lease'),
    licensing: vscode.l10n.t('licensing'), other: vscode.l10n.t('deal'),
  };
  return labels[kind] ?? kind;
}
