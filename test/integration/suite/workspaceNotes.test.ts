// The workspace index in a real extension host: notes in other encodings and line endings are read,
// binary files under the note globs are skipped and reported, and nothing is lost for the rest.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import { activateDealNotes, waitFor } from '../support';

describe('Deal Notes: reading the workspace', () => {
  let api: DealNotesApi;
  const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
  const created: vscode.Uri[] = [];

  async function write(name: string, bytes: Uint8Array): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(folder(), name);
    created.push(uri);
    await vscode.workspace.fs.writeFile(uri, bytes);
    return uri;
  }

  before(async () => {
    api = await activateDealNotes();
  });

  after(async () => {
    for (const uri of created) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    await vscode.commands.executeCommand('dealNotes.rescan');
  });

  it('reads UTF-16 and CRLF notes, skips a binary one with its reason, and keeps the others', async () => {
    const index = api.services.notes.index;
    const utf16 = await write('zz-utf16.txt', new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...'Meta s’allie à Nvidia pour des GPU.\n'].map((c) => c.charCodeAt(0))).buffer)]));
    const crlf = await write('zz-crlf.md', new TextEncoder().encode('# Titre\r\n\r\nOracle a commandé à Nvidia pour 2 500 M$ de systèmes GB300.\r\n'));
    const binary = await write('zz-binary.note', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x10]));
    const result = await vscode.commands.executeCommand<{ notes: number; deals: number }>('dealNotes.rescan');
    assert.equal(result.notes, index.size);
    await waitFor(() => index.get(utf16.toString()) !== undefined && index.get(crlf.toString()) !== undefined, 'the UTF-16 and CRLF notes');
    assert.ok(index.get(utf16.toString())!.mentions.some((m) => m.canonical === 'Meta'));
    const deal = index.dealsInNote(crlf.toString()).find((d) => d.parties.includes('Oracle'));
    assert.ok(deal, 'the deal of the CRLF note');
    assert.equal(deal.sources.find((s) => s.uri === crlf.toString())?.sentence, 'Oracle a commandé à Nvidia pour 2 500 M$ de systèmes GB300.');
    assert.equal(index.get(binary.toString()), undefined);
    assert.match(api.services.notes.skipped.get(binary.toString()) ?? '', /binary/);
  });
});
