import type * as vscode from 'vscode';
import type { Core } from '../core/createCore';

/** A feature registers its own providers and pushes every disposable into `context.subscriptions`. */
export type Feature = (context: vscode.ExtensionContext, core: Core) => void;

export const features: Feature[] = [];
