import * as vscode from 'vscode';
import { createCore } from './core/createCore';
import { features, type Services } from './features';
import { WorkspaceNotes } from './features/workspaceNotes';
import { userFilesOf } from './features/userFiles';

/** What `activate` returns: the extension's API, used by the integration tests. */
export interface DealNotesApi {
  services: Services;
  /** Resolves when the first workspace scan is done. */
  ready: Promise<void>;
}

/** The composition root: builds the core and the workspace index once and hands them to every feature. */
export function activate(context: vscode.ExtensionContext): DealNotesApi {
  const output = vscode.window.createOutputChannel('Deal Notes');
  const core = createCore();
  const notes = new WorkspaceNotes(core, output, context.storageUri);
  context.subscriptions.push(output, { dispose: () => core.dispose() }, notes);
  const services: Services = { core, notes, output };
  for (const feature of features) feature(context, services);
  // The first scan starts once the user's lexicon is read, after `activate` has returned.
  const ready = notes.start(userFilesOf(services)?.ready);
  return { services, ready };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
