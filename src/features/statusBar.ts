/** A status bar item with the counts of notes and deals; a click opens the Deals view. */
import * as vscode from 'vscode';
import { dealCount, noteCount } from './counts';
import { onIndexSettled } from './throttle';
import type { Feature } from './index';

export const registerStatusBar: Feature = (context, { notes }) => {
  const index = notes.index;
  const item = vscode.window.createStatusBarItem('dealNotes.status', vscode.StatusBarAlignment.Left, 50);
  item.name = vscode.l10n.t('Deal Notes');
  item.command = 'dealNotes.deals.focus';
  let scanning = true;
  const update = () => {
    const notes = index.size;
    const deals = index.deals().length;
    item.text = `$(${scanning ? 'sync~spin' : 'graph'}) ${noteCount(notes)} · ${dealCount(deals)}`;
    item.tooltip = scanning ? vscode.l10n.t('Deal Notes is reading the notes of this workspace…') : vscode.l10n.t('Deal Notes: {0}, {1}. Click to open the Deals view.', noteCount(notes), dealCount(deals));
    item.accessibilityInformation = { label: vscode.l10n.t('Deal Notes: {0}, {1}', noteCount(notes), dealCount(deals)) };
    item.show();
  };
  context.subscriptions.push(item, onIndexSettled(index, update, 200));
  update();
  void notes.ready.then(() => {
    scanning = false;
    update();
  });
};
