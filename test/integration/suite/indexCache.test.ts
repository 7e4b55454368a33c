// The persistent index cache in a real extension host: reopening the workspace (the same startup path as a new
// window, without reloading it) takes every unchanged note from the cache and analyses none; a corrupt or
// foreign cache file is ignored, its notes analysed again, and the file rebuilt.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import { activateDealNotes, waitFor } from '../support';

describe('Deal Notes: the persistent index cache', () => {
  let api: DealNotesApi;
  const dealIds = () => api.services.notes.index.deals().map((d) => d.id).sort();
  const entities = () => api.services.notes.index.entities().map((e) => `${e.key} ${e.name} ${e.mentionCount} ${e.noteUris.join(',')} ${e.dealIds.length}`).sort();
  const cacheDir = () => {
    const location = api.services.notes.cache.location;
    assert.ok(location, 'the extension has workspace storage for its cache');
    return vscode.Uri.parse(location);
  };
  const shardFiles = async () => (await vscode.workspace.fs.readDirectory(cacheDir())).map(([name]) => name).filter((n) => n.endsWith('.json')).sort();

  before(async () => {
    api = await activateDealNotes();
    await api.services.notes.scan();
    await api.services.notes.cache.flush();
  });

  it('a warm start analyses no unchanged note and shows the same deals', async () => {
    const notes = api.services.notes;
    const before = dealIds();
    const entitiesBefore = entities();
    const size = notes.index.size;
    assert.ok(size > 0 && before.length > 0, 'the example notes report deals');
    assert.ok((await shardFiles()).length > 0, 'the cache was written');
    const report = await notes.reopen();
    assert.ok(report);
    assert.equal(report.analysed, 0);
    // A note deleted by an earlier suite may still be in the cache: restored, then dropped by the scan.
    assert.ok(report.restored >= size, `${report.restored} restored, ${size} notes`);
    assert.equal(report.unchanged, size);
    assert.deepEqual(report.ignoredCacheFiles, []);
    assert.equal(report.preloaded, true, 'the saved deals were shown before the notes were restored');
    assert.equal(notes.index.isPreloaded, false, 'then replaced by the deals of the restored notes');
    assert.equal(notes.index.size, size);
    assert.deepEqual(dealIds(), before);
    assert.deepEqual(entities(), entitiesBefore);
  });

  it('a note changed while the window was closed is analysed again and its deals updated', async () => {
    const notes = api.services.notes;
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'reopen-changed.md');
    const write = (text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const dealOf = () => notes.index.dealsInNote(uri.toString()).map((d) => d.parties.join(' + ')).sort();
    try {
      await write('# Changed while closed\n\nNvidia and Oracle announced a partnership.\n');
      await waitFor(() => dealOf().some((p) => p.includes('Nvidia')), 'the new note is indexed');
      await notes.cache.flush();
      // The window is closed: the file changes on disk, then the workspace opens again (no editor, no event:
      // the watcher may see it too, whichever comes first, the index ends with the new text).
      await write('# Changed while closed\n\nAMD and Oracle announced a partnership.\n');
      const report = await notes.reopen();
      assert.ok(report);
      await waitFor(() => notes.index.get(uri.toString())?.text.includes('AMD') === true, 'the changed note is analysed again');
      await waitFor(() => dealOf().some((p) => p.includes('AMD')), 'the new deal is shown');
      assert.ok(!dealOf().some((p) => p.includes('Nvidia')), `the old deal is gone: ${dealOf().join(', ')}`);
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      await waitFor(() => !notes.index.get(uri.toString()), 'the note is removed');
    }
  });

  it('ignores a corrupt or foreign cache file, analyses its notes again and rebuilds it', async () => {
    const notes = api.services.notes;
    const before = dealIds();
    const size = notes.index.size;
    await notes.cache.flush(); // nothing left to write over the files about to be broken
    const [first, ...rest] = await shardFiles();
    assert.ok(first);
    const written = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(cacheDir(), first)));
    // Half a file (a write cut short), and for the other shards a file of another format.
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(cacheDir(), first), new TextEncoder().encode(written.slice(0, written.length >> 1)));
    for (const name of rest) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(cacheDir(), name), new TextEncoder().encode('{"notes": [["file:///x.md", 0, 0, "x"]]}'));
    const report = await notes.reopen();
    assert.ok(report);
    assert.equal(report.ignoredCacheFiles.length, rest.length + 1, report.ignoredCacheFiles.join('\n'));
    assert.equal(report.restored, 0);
    assert.equal(report.analysed, size);
    assert.deepEqual(dealIds(), before);
    // Rebuilt: the next start takes everything from it again.
    const again = await notes.reopen();
    assert.ok(again);
    assert.equal(again.analysed, 0);
    assert.equal(again.unchanged, size);
  });
});
