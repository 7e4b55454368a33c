// The extension, installed for development, activates in a real VS Code on the example notes and
// contributes what the manifest promises.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';

const extensionId = 'deal-notes.deal-notes';

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(extensionId);
  assert.ok(ext, `extension ${extensionId} is not installed in this VS Code`);
  return ext;
}

describe('Deal Notes activation', () => {
  it('opens the example notes as the workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, 'exactly one workspace folder');
    assert.equal(path.basename(folders[0].uri.path), 'notes');
    assert.equal(path.basename(path.dirname(folders[0].uri.path)), 'examples');
  });

  it('activates on its own when a workspace holds notes (workspaceContains)', async () => {
    // Runs before any test calls activate(): a fresh extension host with examples/notes open must
    // activate the extension by itself.
    const ext = extension();
    const deadline = Date.now() + 20_000;
    while (!ext.isActive && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.equal(ext.isActive, true, 'not active 20 s after the workspace opened');
  });

  it('is present and activates', async () => {
    const ext = extension();
    await ext.activate();
    assert.equal(ext.isActive, true);
  });

  it('returns its API, whose first workspace scan completes', async () => {
    const api = (await extension().activate()) as DealNotesApi | undefined;
    assert.ok(api, 'activate() returned nothing');
    assert.equal(typeof api.services?.core?.dispose, 'function', 'api.services.core is the core object');
    await api.ready;
  });

  it('registers the dealNotes.rescan command', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('dealNotes.rescan'), 'command dealNotes.rescan is not registered');
  });

  it('contributes the Deals and Companies & Chips views, which can be focused', async () => {
    await vscode.commands.executeCommand('dealNotes.deals.focus');
    await vscode.commands.executeCommand('dealNotes.entities.focus');
  });
});
