/** Workspace-level commands: rescan. */
import * as vscode from 'vscode';
import type { Feature } from './index';

export const registerCommands: Feature = (context, { notes }) => {
  context.subscriptions.push(
    vscode.commands.registerCommand('dealNotes.rescan', async () => {
      await notes.scan({ reread: true });
      return { notes: notes.index.size, deals: notes.index.deals().length };
    }),
  );
};
