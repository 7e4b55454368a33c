import * as vscode from 'vscode';
import { createCore, type Core } from './core/createCore';
import { features } from './features';

/** The composition root: builds the core once and hands it to every feature. */
export function activate(context: vscode.ExtensionContext): Core {
  const core = createCore();
  context.subscriptions.push({ dispose: () => core.dispose() });
  for (const feature of features) feature(context, core);
  return core;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
