// "Deal Notes: Search Notes…" in a real VS Code extension host on examples/notes: a misspelt query finds
// the Nvidia–OpenAI deal, and opening the result selects its sentence in the right note.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import type { SearchResultData } from '../../../src/features/search';
import { activateDealNotes } from '../support';

let api: DealNotesApi;
const search = (query: unknown) => vscode.commands.executeCommand<SearchResultData[]>('dealNotes.search', query);

describe('Deal Notes: search', () => {
  before(async () => {
    api = await activateDealNotes();
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('"nvdia opnai" finds the Nvidia–OpenAI deal first', async () => {
    const results = await search('nvdia opnai');
    assert.ok(results.length > 0);
    const [first] = results;
    assert.equal(first!.kind, 'deal');
    assert.match(first!.label, /^Nvidia – OpenAI/);
    const deal = api.services.notes.index.deal(first!.dealId!);
    assert.ok(deal, 'the result names a deal of the index');
  });

  it('opening a result selects the matched sentence in its note', async () => {
    const [first] = await search('nvdia opnai');
    assert.equal(await vscode.commands.executeCommand('dealNotes.openLocation', first!.uri, first!.start, first!.end), true);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.ok(['2025-09-nvidia-openai.md', 'nvidia-openai-fr.txt'].includes(path.basename(editor.document.uri.path)));
    const selected = editor.document.getText(editor.selection);
    assert.match(selected, /Nvidia/);
    assert.match(selected, /OpenAI/);
  });

  it('marks results by type and tolerates accents and typos', async () => {
    const kinds = new Set((await search('nvidia')).map((r) => r.kind));
    for (const k of ['deal', 'entity', 'note', 'sentence']) assert.ok(kinds.has(k as SearchResultData['kind']), `no ${k}`);
    const fr = await search('centres de donnees');
    assert.ok(fr.some((r) => r.kind === 'note' && /Centres de données/.test(r.label)));
    const typo = await search('quantaflx');
    assert.equal(typo[0]?.label, 'Quantaflux');
  });

  it('follows edits: a note created now is found', async function () {
    this.timeout(30_000);
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'zz-temp-search-note.md');
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Zyxwvut Orchards annual review\n\nNothing else.\n'));
      const deadline = Date.now() + 15_000;
      let found: SearchResultData[] = [];
      while (Date.now() < deadline && !found.length) {
        found = (await search('zyxwvut orchrds')).filter((r) => r.uri === uri.toString());
        if (!found.length) await new Promise((r) => setTimeout(r, 200));
      }
      assert.equal(found[0]?.kind, 'note');
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('returns nothing for arguments that are not a query string', async () => {
    assert.deepEqual(await search(42), []);
    assert.deepEqual(await search('x'.repeat(1000)), []);
  });
});
