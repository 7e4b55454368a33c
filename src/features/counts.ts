/** Counted nouns for view titles, descriptions and messages ("1 deal", "5 deals"), localised. */
import * as vscode from 'vscode';

export const dealCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 deal') : vscode.l10n.t('{0} deals', n));
export const noteCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', n));
export const mentionCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n));
export const sentenceCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 sentence') : vscode.l10n.t('{0} sentences', n));
export const companyCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 company') : vscode.l10n.t('{0} companies', n));
export const chipCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 chip') : vscode.l10n.t('{0} chips', n));
export const sourceCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 source') : vscode.l10n.t('{0} sources', n));
export const sharedDealCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 shared deal') : vscode.l10n.t('{0} shared deals', n));
/** "and 1 more", "and 3 more" (French agrees: "et 1 autre", "et 3 autres"). */
export const andMore = (n: number): string => (n === 1 ? vscode.l10n.t('and 1 more') : vscode.l10n.t('and {0} more', n));
export const moreInDealsView = (n: number): string => (n === 1 ? vscode.l10n.t('and 1 more in the Deals view') : vscode.l10n.t('and {0} more in the Deals view', n));
export const fileCount = (n: number): string => (n === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', n));
