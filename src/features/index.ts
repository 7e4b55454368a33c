import type * as vscode from 'vscode';
import type { Core } from '../core/createCore';
import type { WorkspaceNotes } from './workspaceNotes';
import { registerCommands } from './commands';
import { registerDealsTree } from './dealsTree';
import { registerEntitiesTree } from './entitiesTree';
import { registerExport } from './export';
import { registerHover } from './hover';
import { registerNavigation } from './navigation';
import { registerSearch } from './search';
import { registerSemanticTokens } from './semanticTokens';
import { registerStatusBar } from './statusBar';
import { registerUserFiles } from './userFiles';
import { registerTeach } from './teach';
import { registerCorrections } from './corrections';
import { registerWikilinks } from './wikilinks';
import { registerRelated } from './related';
import { registerDealMap } from './dealMap';

/** What every feature is given: the pure core, the live workspace index and the output channel. */
export interface Services {
  core: Core;
  notes: WorkspaceNotes;
  output: vscode.OutputChannel;
}

/** A feature registers its own providers and pushes every disposable into `context.subscriptions`. */
export type Feature = (context: vscode.ExtensionContext, services: Services) => void;

export const features: Feature[] = [registerCommands, registerDealsTree, registerEntitiesTree, registerSearch, registerStatusBar, registerExport, registerHover, registerNavigation, registerSemanticTokens,
  registerUserFiles, registerTeach, registerCorrections, registerWikilinks, registerRelated, registerDealMap];
