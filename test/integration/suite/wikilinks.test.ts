// Links between notes in a real VS Code on examples/notes: [[wikilink]] completion and navigation, the
// Backlinks and Related Notes views, and the "also reported in N notes" CodeLens.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import { activateDealNotes, waitFor } from '../support';

let api: DealNotesApi;
const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const note = (name: string) => vscode.Uri.joinPath(folder(), name);
const created: vscode.Uri[] = [];

describe('Deal Notes: links between notes', () => {
  before(async () => {
    api = await activateDealNotes();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  });

  it('completes a note name after "[["', async () => {
    const uri = note('zz-links.md');
    created.push(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Voir [[nvidia-op\n'));
    await waitFor(() => api.services.notes.index.get(uri.toString()) !== undefined, 'indexed');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 16), '[');
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('nvidia-openai-fr'), labels.join(', '));
    assert.ok(labels.includes('2025-09-nvidia-openai'));
    assert.ok(!labels.includes('zz-links'), 'not the note itself');
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'nvidia-openai-fr')!;
    assert.equal(item.insertText, 'nvidia-openai-fr]]');
  });

  it('navigates from a link: document link and Go to Definition', async () => {
    const uri = note('2025-09-nvidia-openai.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const at = doc.getText().indexOf('[[nvidia-openai-fr]]');
    assert.ok(at > 0, 'the example note links to the French one');
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', uri);
    const link = links.find((l) => l.target?.path.endsWith('/nvidia-openai-fr.txt'));
    assert.ok(link, JSON.stringify(links.map((l) => l.target?.toString())));
    assert.equal(doc.getText(link.range), 'nvidia-openai-fr');
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', uri, doc.positionAt(at + 4));
    const targets = defs.map((d) => ('targetUri' in d ? d.targetUri : d.uri).path);
    assert.ok(targets.some((p) => p.endsWith('/nvidia-openai-fr.txt')), targets.join(', '));
    await vscode.window.showTextDocument(doc, { selection: new vscode.Range(doc.positionAt(at + 4), doc.positionAt(at + 4)) });
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/nvidia-openai-fr.txt') ?? false, 'F12 opens the linked note');
  });

  it('shows the Backlinks and Related Notes views', async () => {
    await vscode.commands.executeCommand('dealNotes.backlinks.focus');
    await vscode.commands.executeCommand('dealNotes.related.focus');
  });

  it('ranks the note reporting the same deal first in Related Notes', async () => {
    await vscode.window.showTextDocument(note('2025-09-nvidia-openai.md'));
    const related = await vscode.commands.executeCommand<Array<{ uri: string; sharedDeals: string[]; linked: boolean }>>('dealNotes.relatedNotes');
    assert.ok(related.length >= 1);
    assert.ok(related[0]!.uri.endsWith('/nvidia-openai-fr.txt'), related.map((r) => r.uri).join(', '));
    assert.ok(related[0]!.sharedDeals.includes('nvidia+openai'));
    assert.equal(related[0]!.linked, true);
    await vscode.window.showTextDocument(note('amd-openai-mi450.md'));
    const amd = await vscode.commands.executeCommand<Array<{ uri: string; sharedDeals: string[] }>>('dealNotes.relatedNotes');
    assert.ok(amd[0]!.uri.endsWith('/amd-openai-appel.note'));
  });

  it('puts "Also reported in 1 other note" on a deal sentence, and it opens that note', async () => {
    const uri = note('amd-openai-mi450.md');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10);
    const lens = lenses.find((l) => l.command?.title.startsWith('Also reported in 1 other note'));
    assert.ok(lens?.command, lenses.map((l) => l.command?.title).join(' | '));
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('/amd-openai-appel.note') ?? false, 'the other note opens');
    assert.equal(vscode.window.activeTextEditor!.selection.isEmpty, false, 'its sentence is selected');
  });
});
