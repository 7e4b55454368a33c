// Go to Definition, Find All References, Go to Symbol in Workspace and the hover commands, in a real
// VS Code extension host on examples/notes.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import { activateDealNotes } from '../support';

let dealNotes: DealNotesApi;

async function note(name: string): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`);
  assert.ok(uri, `${name} not found in the workspace`);
  return vscode.workspace.openTextDocument(uri);
}

function positionOf(doc: vscode.TextDocument, text: string): vscode.Position {
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0, `"${text}" not in ${doc.uri.path}`);
  return doc.positionAt(at + 1);
}

const files = (locations: vscode.Location[]) => [...new Set(locations.map((l) => path.basename(l.uri.path)))].sort();

describe('Deal Notes navigation', () => {
  before(async () => {
    dealNotes = await activateDealNotes();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Find All References on a company lists every mention across notes', async () => {
    const doc = await note('2025-09-nvidia-openai.md');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Nvidia and OpenAI'));
    const expected = dealNotes.services.notes.index.mentionsOf('Nvidia').length;
    assert.equal(refs.length, expected);
    assert.ok(expected >= 10, `only ${expected} mentions of Nvidia`);
    assert.deepEqual(files(refs), ['2025-09-nvidia-openai.md', 'centres-de-donnees-europe.txt', 'clip-compute-deals.md', 'nvidia-face-a-amd.md', 'nvidia-openai-fr.txt', 'quantaflux-mistral.md', 'semis-fr.txt', 'weekly-digest.txt']);
    for (const r of refs) {
      const d = await vscode.workspace.openTextDocument(r.uri);
      assert.match(d.getText(r.range), /^(?:Nvidia|NVIDIA)$/);
    }
  });

  it('Find All References works from a plain-text note, and not on plain words', async () => {
    const doc = await note('weekly-digest.txt');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'Broadcom'));
    assert.ok(refs.length >= 1);
    assert.ok(refs.every((r) => path.basename(r.uri.path) === 'weekly-digest.txt' || r.uri.path.endsWith('.md') || r.uri.path.endsWith('.txt') || r.uri.path.endsWith('.note')));
    const none = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, positionOf(doc, 'digest'));
    assert.equal(none.length, 0);
  });

  it('Go to Definition on a built-in company peeks at its mentions', async () => {
    const doc = await note('amd-openai-mi450.md');
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, positionOf(doc, 'AMD will'));
    assert.equal(defs.length, dealNotes.services.notes.index.mentionsOf('AMD').length);
    assert.ok(defs.length > 1);
  });

  it('Go to Symbol in Workspace lists companies, chips and deals', async () => {
    const all = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', '');
    const ours = all.filter((s) => /\.(md|txt|note)$/.test(s.location.uri.path));
    const byKind = (k: vscode.SymbolKind) => ours.filter((s) => s.kind === k).map((s) => s.name);
    assert.ok(byKind(vscode.SymbolKind.Class).includes('Nvidia'), 'company Nvidia');
    assert.ok(byKind(vscode.SymbolKind.Constant).includes('MI450'), 'chip MI450');
    assert.ok(byKind(vscode.SymbolKind.Event).some((n) => n.startsWith('Nvidia – OpenAI')), 'deal Nvidia – OpenAI');
    const query = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'quantaflux');
    assert.ok(query.some((s) => s.name === 'Quantaflux'), 'an inferred company is a symbol too');
  });

  it('dealNotes.findMentions shows the mentions of a company and refuses unknown names', async () => {
    const doc = await note('2025-09-nvidia-openai.md');
    await vscode.window.showTextDocument(doc);
    const n = await vscode.commands.executeCommand<number>('dealNotes.findMentions', 'OpenAI');
    assert.equal(n, dealNotes.services.notes.index.mentionsOf('OpenAI').length);
    assert.equal(await vscode.commands.executeCommand<number>('dealNotes.findMentions', 'No Such Company'), 0);
    assert.equal(await vscode.commands.executeCommand<number>('dealNotes.findMentions', { evil: true }), 0);
  });

  it('dealNotes.openDealSources opens a deal’s source note; unknown ids are refused', async () => {
    const deal = dealNotes.services.notes.index.deals().find((d) => d.sources.length === 1);
    assert.ok(deal, 'a deal with a single source');
    assert.equal(await vscode.commands.executeCommand<number>('dealNotes.openDealSources', deal.id), 1);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), deal.sources[0]!.uri);
    assert.equal(editor.document.offsetAt(editor.selection.start), deal.sources[0]!.start);
    assert.equal(await vscode.commands.executeCommand<number>('dealNotes.openDealSources', 'no-such-deal'), 0);
    assert.equal(await vscode.commands.executeCommand<number>('dealNotes.openDealSources', 42), 0);
  });

  it('dealNotes.revealDeal focuses the Deals view for a known deal only', async () => {
    const deal = dealNotes.services.notes.index.deals()[0]!;
    assert.equal(await vscode.commands.executeCommand<boolean>('dealNotes.revealDeal', deal.id), true);
    assert.equal(await vscode.commands.executeCommand<boolean>('dealNotes.revealDeal', 'no-such-deal'), false);
  });
});
