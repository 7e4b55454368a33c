// What every extension-host suite needs: the activated extension's API, and a wait with a deadline.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../src/extension';

/** Activates Deal Notes (installed or under development) and waits for its first workspace scan. */
export async function activateDealNotes(): Promise<DealNotesApi> {
  const ext = vscode.extensions.getExtension('deal-notes.deal-notes');
  assert.ok(ext, 'the Deal Notes extension is not installed');
  const api = (await ext.activate()) as DealNotesApi;
  await api.ready;
  return api;
}

/** Polls `check` until it holds; fails with `what` after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
