import type * as vscode from 'vscode';
import type { Core } from '../core/createCore';
import type { WorkspaceNotes } from './workspaceNotes';
import { registerCommands } from './commands';

/** What every feature is given: the pure core, the live workspace index and the output channel. */
export interface Services {
  core: Core;
  notes: WorkspaceNotes;
  output: vscode.OutputChannel;
}

/** A feature registers its own providers and pushes every disposable into `context.subscriptions`. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void;

export const features: Feature[] = [registerCommands];
