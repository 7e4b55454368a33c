/**
 * "Deal Notes: Export Deals…": the deals table as CSV, JSON or Markdown, written where the save dialog
 * says. Tests (and other extensions) may pass the format and a target Uri; both are checked.
 */
import * as vscode from 'vscode';
import type { Deal } from '../core/types';
import type { NoteIndex } from '../core/index/noteIndex';
import { dealsCsv, dealsMarkdown } from '../core/report/format';
import { dealToJson } from '../core/report/scanJson';
import type { Feature } from './index';

export type ExportFormat = 'csv' | 'json' | 'markdown';
const FORMATS: readonly ExportFormat[] = ['csv', 'json', 'markdown'];
const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', json: 'json', markdown: 'md' };

export function isExportFormat(x: unknown): x is ExportFormat {
  return typeof x === 'string' && (FORMATS as readonly string[]).includes(x);
}

/** The exported text: JSON uses the scan JSON's deal records, with workspace-relative paths. */
export function exportDeals(index: NoteIndex, deals: readonly Deal[], format: ExportFormat): string {
  if (format === 'csv') return dealsCsv(deals);
  if (format === 'markdown') return dealsMarkdown(deals);
  const lineOf = (uri: string, offset: number) => (index.get(uri)?.lines.positionAt(offset).line ?? 0) + 1;
  const pathOf = (uri: string) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
  return `${JSON.stringify({ deals: deals.map((d) => dealToJson(d, lineOf, pathOf)) }, null, 2)}\n`;
}

export const registerExport: Feature = (context, { notes }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('dealNotes.exportDeals', async (formatArg?: unknown, targetArg?: unknown): Promise<string | undefined> => {
      if (formatArg !== undefined && !isExportFormat(formatArg)) throw new Error(`Unknown export format: ${String(formatArg)}`);
      if (targetArg !== undefined && !(targetArg instanceof vscode.Uri)) throw new Error('The export target must be a Uri');
      await notes.ready;
      let format = formatArg;
      if (!format) {
        const labels: Record<ExportFormat, string> = { csv: 'CSV', json: 'JSON', markdown: 'Markdown' };
        const pick = await vscode.window.showQuickPick(FORMATS.map((f) => ({ label: labels[f], format: f })), { title: vscode.l10n.t('Export Deals As') });
        format = pick?.format;
        if (!format) return undefined;
      }
      let target = targetArg;
      if (!target) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        target = await vscode.window.showSaveDialog({
          title: vscode.l10n.t('Export Deals'),
          defaultUri: folder ? vscode.Uri.joinPath(folder, `deals.${EXTENSIONS[format]}`) : undefined,
          filters: { [format.toUpperCase()]: [EXTENSIONS[format]] },
        });
        if (!target) return undefined;
      }
      const deals = notes.index.deals();
      const text = exportDeals(notes.index, deals, format);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      if (targetArg === undefined) {
        const open = vscode.l10n.t('Open');
        void vscode.window.showInformationMessage(deals.length === 1 ? vscode.l10n.t('Exported 1 deal to {0}.', vscode.workspace.asRelativePath(target)) : vscode.l10n.t('Exported {0} deals to {1}.', deals.length, vscode.workspace.asRelativePath(target)), open).then((choice) => {
          if (choice === open) void vscode.window.showTextDocument(target);
        });
      }
      return target.toString();
    }),
  );
};
