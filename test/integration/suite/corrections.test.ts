// Correcting deals in a real VS Code on examples/notes: each command writes .dealnotes/corrections.json
// (never the notes), the Deals view's data changes at once and marks the deal; a broken file shows a
// diagnostic and keeps the last good corrections. The .dealnotes folder is removed afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import type { NoteIndex } from '../../../src/core/index/noteIndex';
import { dealTreeItem } from '../../../src/features/dealsTree';
import { activateDealNotes, waitFor } from '../support';

let api: DealNotesApi;
let index: NoteIndex;
const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const dotFolder = () => vscode.Uri.joinPath(folder(), '.dealnotes');
const correctionsUri = () => vscode.Uri.joinPath(folder(), '.dealnotes', 'corrections.json');
const doc = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === correctionsUri().toString());

describe('Deal Notes: correcting deals', () => {
  let notesBefore: Map<string, string>;

  before(async () => {
    api = await activateDealNotes();
    index = api.services.notes.index;
    await waitFor(() => index.deal('amd+openai') !== undefined && index.deal('nvidia+oracle') !== undefined, 'the example deals');
    notesBefore = new Map(index.notes().map((n) => [n.uri, n.text]));
  });

  after(async () => {
    const d = doc();
    if (d) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.workspace.fs.delete(dotFolder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await api.services.notes.scan();
    await waitFor(() => !index.deals().some((x) => x.corrected?.length) && index.deal('nvidia+oracle') !== undefined, 'no corrections left');
  });

  it('sets a value: the deal shows it and is marked corrected; the note is untouched', async () => {
    assert.equal(await vscode.commands.executeCommand('dealNotes.setDealValue', 'amd+openai', '$90 billion'), true);
    await waitFor(() => index.deal('amd+openai')?.value?.usd === 90e9, 'the new value');
    assert.deepEqual(index.deal('amd+openai')!.corrected, ['value']);
    const item = dealTreeItem({ type: 'deal', deal: index.deal('amd+openai')!, id: 'x' }, index);
    assert.match(String(item.description), /corrected/, 'the Deals view marks it');
    const entry = JSON.parse(doc()!.getText()).corrections[0];
    assert.equal(entry.action, 'setValue');
    assert.equal(entry.dealId, 'amd+openai');
    assert.ok(['amd-openai-mi450.md', 'amd-openai-appel.note'].includes(entry.source.note));
    for (const n of index.notes()) if (notesBefore.has(n.uri)) assert.equal(n.text, notesBefore.get(n.uri));
  });

  it('sets the parties, hides a deal, and Undo brings it back', async () => {
    assert.equal(await vscode.commands.executeCommand('dealNotes.setDealParties', 'coreweave+meta', ['CoreWeave', 'Meta Platforms']), true);
    await waitFor(() => index.deal('coreweave+meta')?.parties.includes('Meta Platforms') ?? false, 'new parties');
    assert.equal(await vscode.commands.executeCommand('dealNotes.hideDeal', { deal: index.deal('nvidia+oracle') }), true);
    await waitFor(() => index.deal('nvidia+oracle') === undefined, 'hidden');
    await vscode.window.showTextDocument(doc()!);
    await vscode.commands.executeCommand('undo');
    await waitFor(() => index.deal('nvidia+oracle') !== undefined, 'undo shows it again');
  });

  it('merges two deals and splits one', async () => {
    const before = index.deals().length;
    assert.equal(await vscode.commands.executeCommand('dealNotes.mergeDeals', 'coreweave+meta', 'nvidia+oracle'), true);
    await waitFor(() => index.deals().length === before - 1, 'one deal fewer');
    assert.ok(index.deal('coreweave+meta')!.corrected!.includes('merged'));
    const nv = index.deal('nvidia+openai')!;
    assert.ok(nv.sources.length >= 2);
    const i = nv.sources.findIndex((s) => s.uri.endsWith('/nvidia-openai-fr.txt'));
    assert.equal(await vscode.commands.executeCommand('dealNotes.splitDeal', 'nvidia+openai', i), true);
    await waitFor(() => index.deals().filter((d) => d.id.startsWith('nvidia+openai')).length === 2, 'split in two');
  });

  it('a broken corrections file gives a diagnostic and keeps the last good corrections', async () => {
    const d = doc()!;
    const editor = await vscode.window.showTextDocument(d);
    const good = d.getText();
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '!'));
    await waitFor(() => vscode.languages.getDiagnostics(d.uri).some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'a diagnostic');
    // The diagnostic is published after the file was read and the last good corrections kept, and the deals'
    // transform is set at once after it: no need to wait longer.
    assert.equal(index.deal('amd+openai')?.value?.usd, 90e9, 'still corrected');
    await editor.edit((e) => e.delete(new vscode.Range(0, 0, 0, 1)));
    assert.equal(d.getText(), good);
    await waitFor(() => !vscode.languages.getDiagnostics(d.uri).some((x) => x.severity === vscode.DiagnosticSeverity.Error), 'fixed');
  });

  it('refuses bad arguments', async () => {
    assert.equal(await vscode.commands.executeCommand('dealNotes.hideDeal', 'no-such-deal'), false);
    assert.equal(await vscode.commands.executeCommand('dealNotes.setDealValue', 'amd+openai', 'a lot'), false);
    assert.equal(await vscode.commands.executeCommand('dealNotes.setDealParties', 'amd+openai', ['only one']), false);
  });
});
