/**
 * Correcting deals: hide, merge, split, set the value, set the parties. Each command picks its deal (the
 * Deals view's item it was run on, the deal of the sentence under the cursor, or a quick pick), asks what it
 * needs, and appends a correction to `.dealnotes/corrections.json` through a WorkspaceEdit (undoable); the
 * notes themselves are never touched.
 */
import * as vscode from 'vscode';
import { plainText } from './labels';
import type { Deal, DealSource } from '../core/types';
import { dealLabel, formatDealValue } from '../core/report/format';
import { addCorrectionEdit, parseValueInput, sourceRef, type Correction, type CorrectionAction } from '../core/user/corrections';
import { asDeal, toUri } from './convert';
import type { Feature, Services } from './index';
import { editUserFile, userFileUri, userFilesOf } from './userFiles';
import { noteCount } from './counts';

export const CORRECTION_COMMANDS: Record<CorrectionAction, string> = {
  hide: 'dealNotes.hideDeal',
  merge: 'dealNotes.mergeDeals',
  split: 'dealNotes.splitDeal',
  setValue: 'dealNotes.setDealValue',
  setParties: 'dealNotes.setDealParties',
};

interface DealPick extends vscode.QuickPickItem {
  deal: Deal;
}

/** Deals whose sentence holds the cursor in the active editor. */
function dealsAtCursor(services: Services): Deal[] {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  const uri = editor.document.uri.toString();
  const offset = editor.document.offsetAt(editor.selection.active);
  return services.notes.index.dealsInNote(uri).filter((d) => d.sources.some((s) => s.uri === uri && s.start <= offset && offset <= s.end));
}

function pickItem(deal: Deal): DealPick {
  const notes = new Set(deal.sources.map((s) => s.uri)).size;
  return {
    label: plainText(dealLabel(deal)),
    description: [deal.kind, noteCount(notes), deal.corrected?.length ? vscode.l10n.t('corrected') : ''].filter(Boolean).join(' · '),
    detail: plainText(deal.sources[0]?.sentence.replace(/\s+/g, ' ').slice(0, 200) ?? ''),
    deal,
  };
}

async function pickDeal(services: Services, title: string, exclude?: Deal): Promise<Deal | undefined> {
  const here = dealsAtCursor(services).filter((d) => d !== exclude);
  if (here.length === 1 && !exclude) return here[0];
  const activeUri = vscode.window.activeTextEditor?.document.uri.toString();
  const all = services.notes.index.deals().filter((d) => d.id !== exclude?.id);
  // Deals of the active note first.
  const inNote = all.filter((d) => d.sources.some((s) => s.uri === activeUri));
  const rest = all.filter((d) => !inNote.includes(d));
  const items: Array<DealPick | vscode.QuickPickItem> = [];
  if (inNote.length) items.push({ label: vscode.l10n.t('In this note'), kind: vscode.QuickPickItemKind.Separator }, ...inNote.map(pickItem));
  if (rest.length) items.push({ label: vscode.l10n.t('Other deals'), kind: vscode.QuickPickItemKind.Separator }, ...rest.map(pickItem));
  const pick = await vscode.window.showQuickPick(items, { title, placeHolder: vscode.l10n.t('Pick a deal'), matchOnDescription: true, matchOnDetail: true });
  return pick && 'deal' in pick ? (pick as DealPick).deal : undefined;
}

/** The source a correction is keyed to: the one under the cursor when there is one, else the first. */
function keySource(deal: Deal): DealSource | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor) {
    const uri = editor.document.uri.toString();
    const offset = editor.document.offsetAt(editor.selection.active);
    const here = deal.sources.find((s) => s.uri === uri && s.start <= offset && offset <= s.end) ?? deal.sources.find((s) => s.uri === uri);
    if (here) return here;
  }
  return deal.sources[0];
}

function refOf(source: DealSource) {
  const uri = toUri(source.uri);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder ? { folder, ref: sourceRef(source, vscode.workspace.asRelativePath(uri, false)) } : undefined;
}

async function write(services: Services, deal: Deal, source: DealSource, build: (c: Correction) => Correction | undefined, label: string): Promise<boolean> {
  const where = refOf(source);
  if (!where) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Deal Notes: this deal’s note is outside the workspace folders; corrections are kept per folder.'));
    return false;
  }
  const correction = build({ action: 'hide', source: where.ref, dealId: deal.id });
  if (!correction) return false;
  const uri = userFileUri(where.folder, 'corrections');
  const ok = await editUserFile(uri, (text) => addCorrectionEdit(text, correction), label);
  if (ok) await userFilesOf(services)?.reload(where.folder, 'corrections');
  return ok;
}

async function correct(services: Services, action: CorrectionAction, arg: unknown, extra: unknown): Promise<boolean> {
  const titles: Record<CorrectionAction, string> = {
    hide: vscode.l10n.t('Deal Notes: Hide Deal'),
    merge: vscode.l10n.t('Deal Notes: Merge Deals'),
    split: vscode.l10n.t('Deal Notes: Split Deal'),
    setValue: vscode.l10n.t('Deal Notes: Set Deal Value'),
    setParties: vscode.l10n.t('Deal Notes: Set Deal Parties'),
  };
  const title = titles[action];
  const deal = asDeal(services.notes.index, arg) ?? (arg === undefined ? await pickDeal(services, title) : undefined);
  if (!deal) return false;
  const source = keySource(deal);
  if (!source) return false;
  const label = `${title}: ${dealLabel(deal)}`;
  switch (action) {
    case 'hide':
      return write(services, deal, source, (c) => ({ ...c, action: 'hide' }), label);
    case 'merge': {
      const other = asDeal(services.notes.index, extra) ?? (extra === undefined ? await pickDeal(services, vscode.l10n.t('Merge “{0}” with…', dealLabel(deal)), deal) : undefined);
      if (!other || other.id === deal.id) return false;
      const with_ = other.sources[0] && refOf(other.sources[0]);
      if (!with_) return false;
      return write(services, deal, source, (c) => ({ ...c, action: 'merge', with: with_.ref }), label);
    }
    case 'split': {
      if (deal.sources.length < 2) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This deal has a single source sentence: there is nothing to split.'));
        return false;
      }
      let part: DealSource | undefined;
      if (typeof extra === 'number' && Number.isInteger(extra)) part = deal.sources[extra];
      else if (extra === undefined) {
        const pick = await vscode.window.showQuickPick(deal.sources.map((s, i) => ({
          label: plainText(vscode.workspace.asRelativePath(toUri(s.uri), false)), detail: plainText(s.sentence.replace(/\s+/g, ' ').slice(0, 240)), i,
        })), { title: vscode.l10n.t('Split off which sentence into a deal of its own?'), matchOnDetail: true });
        part = pick ? deal.sources[pick.i] : undefined;
      }
      if (!part) return false;
      return write(services, deal, part, (c) => ({ ...c, action: 'split' }), label);
    }
    case 'setValue': {
      let input: string | undefined = typeof extra === 'string' && extra.length < 200 ? extra : undefined;
      if (input === undefined && extra !== undefined) return false;
      input ??= await vscode.window.showInputBox({
        title: label,
        prompt: vscode.l10n.t('The deal’s value, as you would write it: "$1.5bn", "1,3 Md€", "up to 100 milliards de dollars".'),
        value: deal.value?.text ?? formatDealValue(deal.value),
        validateInput: (v) => (parseValueInput(v) ? undefined : vscode.l10n.t('No amount of money recognised (try "$2B" or "2 milliards d’euros").')),
      });
      const value = input !== undefined ? parseValueInput(input) : undefined;
      if (!value) return false;
      return write(services, deal, source, (c) => ({ ...c, action: 'setValue', value }), label);
    }
    case 'setParties': {
      let parties: string[] | undefined;
      if (Array.isArray(extra)) parties = extra.every((p) => typeof p === 'string' && p.length < 200) ? (extra as string[]) : undefined;
      else if (extra === undefined) {
        const input = await vscode.window.showInputBox({
          title: label,
          prompt: vscode.l10n.t('The companies party to the deal, separated by commas.'),
          value: deal.parties.join(', '),
          validateInput: (v) => (v.split(',').map((s) => s.trim()).filter(Boolean).length >= 2 ? undefined : vscode.l10n.t('Name at least two companies.')),
        });
        parties = input?.split(',');
      }
      const clean = [...new Set((parties ?? []).map((p) => p.trim()).filter(Boolean))];
      if (clean.length < 2) return false;
      return write(services, deal, source, (c) => ({ ...c, action: 'setParties', parties: clean }), label);
    }
  }
}

export const registerCorrections: Feature = (context, services) => {
  for (const action of Object.keys(CORRECTION_COMMANDS) as CorrectionAction[]) {
    context.subscriptions.push(vscode.commands.registerCommand(CORRECTION_COMMANDS[action], (arg?: unknown, extra?: unknown) => correct(services, action, arg, extra)));
  }
};
