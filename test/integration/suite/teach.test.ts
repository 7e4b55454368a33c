// Teaching a name in a real VS Code: select an unknown company in a note, run "Add Selection as Company",
// and the workspace lexicon file gets the entry (through a WorkspaceEdit), every note knows the name, its
// deal appears; Undo in the lexicon takes it back. A broken lexicon shows a diagnostic and keeps the last
// good names. Everything this suite creates in examples/notes is removed afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import type { NoteIndex } from '../../../src/core/index/noteIndex';
import { DealsTreeProvider, type DealElement } from '../../../src/features/dealsTree';
import { activateDealNotes, waitFor } from '../support';

let api: DealNotesApi;
let index: NoteIndex;
const NAME = 'Velquor';
const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const dotFolder = () => vscode.Uri.joinPath(folder(), '.dealnotes');
const lexiconUri = () => vscode.Uri.joinPath(folder(), '.dealnotes', 'lexicon.json');
const notesCreated: vscode.Uri[] = [];
let hadDotFolder = false;

/** Every note that names it knows it from the lexicon (not guessed from context). */
const taught = () => {
  const notes = index.notes().filter((n) => n.mentions.some((m) => m.text === NAME));
  return notes.length > 0 && notes.every((n) => n.mentions.some((m) => m.text === NAME && m.entityId === NAME.toLowerCase() && m.confidence === undefined));
};
const forgotten = () => !index.notes().some((n) => n.mentions.some((m) => m.entityId === NAME.toLowerCase()));
const lexiconDoc = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === lexiconUri().toString());

async function writeNote(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder(), name);
  notesCreated.push(uri);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

async function selectInNote(uri: vscode.Uri, text: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const at = doc.getText().indexOf(text);
  assert.ok(at >= 0);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  editor.selection = new vscode.Selection(doc.positionAt(at), doc.positionAt(at + text.length));
  return editor;
}

async function closeLexicon(): Promise<void> {
  const doc = lexiconDoc();
  if (!doc) return;
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('Deal Notes: teaching a name', () => {
  let a: vscode.Uri;
  let b: vscode.Uri;

  before(async () => {
    api = await activateDealNotes();
    index = api.services.notes.index;
    try {
      await vscode.workspace.fs.stat(dotFolder());
      hadDotFolder = true;
    } catch {
      hadDotFolder = false;
    }
    assert.equal(hadDotFolder, false, 'examples/notes/.dealnotes exists before the suite: remove it');
    a = await writeNote('zz-teach-a.md', `# Velquor\n\n${NAME} signed a $3 billion supply agreement with OpenAI.\n`);
    b = await writeNote('zz-teach-b.txt', `Notes\n\nOpenAI buys racks from ${NAME}, said the report.\n`);
    await waitFor(() => index.get(a.toString()) !== undefined && index.get(b.toString()) !== undefined, 'the two notes are indexed');
    assert.equal(taught(), false);
    assert.equal(forgotten(), true);
  });

  after(async () => {
    await closeLexicon();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    if (!hadDotFolder) await vscode.workspace.fs.delete(dotFolder(), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    for (const uri of notesCreated) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    await waitFor(() => !notesCreated.some((u) => index.get(u.toString())), 'the notes are forgotten');
    await waitFor(() => !api.services.core.lexicon.entities.some((e) => e.source === 'user'), 'the user lexicon is empty again');
  });

  it('offers a quick fix on the unknown capitalised name', async () => {
    const doc = await vscode.workspace.openTextDocument(b);
    const at = doc.getText().indexOf(NAME);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', b, new vscode.Range(doc.positionAt(at + 2), doc.positionAt(at + 2)));
    const titles = actions.map((x) => x.title);
    assert.ok(titles.includes(`Add “${NAME}” as a company (workspace lexicon)`), titles.join(' | '));
    assert.ok(titles.includes(`Add “${NAME}” as a chip (workspace lexicon)`));
    // Not on a name the lexicon knows.
    const openAi = doc.getText().indexOf('OpenAI');
    const none = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', b, new vscode.Range(doc.positionAt(openAi + 1), doc.positionAt(openAi + 1)));
    assert.ok(!none.some((x) => x.title.includes('workspace lexicon')));
  });

  it('adds the selection as a company: the lexicon file, every note, the deal in the tree, colour and hover', async () => {
    await selectInNote(a, NAME);
    const ok = await vscode.commands.executeCommand<boolean>('dealNotes.addCompany');
    assert.equal(ok, true);
    const doc = lexiconDoc();
    assert.ok(doc, 'the lexicon document is open (unsaved edit)');
    assert.deepEqual(JSON.parse(doc.getText()), { entities: [{ kind: 'company', name: NAME }] });
    await waitFor(() => taught() && (index.entity(NAME)?.noteUris.length ?? 0) === 2, 'the name is known in both notes')
      .catch((e: Error) => {
        throw new Error(`${e.message}; user entities: ${JSON.stringify(api.services.core.lexicon.entities.filter((x) => x.source === 'user'))}; entity: ${JSON.stringify(index.entity(NAME))}`);
      });
    assert.deepEqual(index.entity(NAME)!.noteUris.sort(), [a.toString(), b.toString()].sort());
    const provider = new DealsTreeProvider(index, 'none', 'value');
    const roots = (await provider.getChildren()) as DealElement[];
    const deal = roots.find((e) => e.type === 'deal' && e.deal.parties.includes(NAME));
    assert.ok(deal, 'the Deals tree shows the deal');
    assert.deepEqual(deal.deal.parties.sort(), ['OpenAI', NAME].sort());
    provider.dispose();
    // Hover in the other note.
    const docB = await vscode.workspace.openTextDocument(b);
    const pos = docB.positionAt(docB.getText().indexOf(NAME) + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', b, pos);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, new RegExp(NAME));
    // Go to Definition on a taught name opens its entry in the workspace lexicon.
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', b, pos);
    const target = definitions.map((d) => ('targetUri' in d ? d.targetUri : d.uri).toString());
    assert.ok(target.includes(lexiconUri().toString()), `definition in the lexicon file: ${target.join(', ')}`);
    // Semantic tokens colour it in the .txt note (no grammar there).
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', b);
    assert.ok(tokens && hasTokenAt(tokens.data, pos.line, docB.getText().split('\n')[pos.line]!.indexOf(NAME)), 'a semantic token on the name');
  });

  it('Undo in the lexicon file takes the name back', async () => {
    await vscode.window.showTextDocument(lexiconDoc()!, { preview: false });
    await vscode.commands.executeCommand('undo');
    await waitFor(() => !(lexiconDoc()?.getText() ?? '').includes(NAME), 'the lexicon text no longer has the name');
    await waitFor(() => forgotten(), 'the index forgot the name').catch(async (e: Error) => {
      throw new Error(`${e.message}; user entities: ${JSON.stringify(api.services.core.lexicon.entities.filter((x) => x.source === 'user'))}; entity: ${JSON.stringify(index.entity(NAME))}; doc: ${JSON.stringify(lexiconDoc()?.getText())} dirty ${lexiconDoc()?.isDirty}; disk: ${JSON.stringify(new TextDecoder().decode(await vscode.workspace.fs.readFile(lexiconUri())))}`);
    });
    // Redo brings it back, Undo again removes it.
    await vscode.commands.executeCommand('redo');
    await waitFor(() => taught(), 'redo teaches it again');
    await vscode.commands.executeCommand('undo');
    await waitFor(() => forgotten(), 'undo again');
  });

  it('removes a name with "Remove from Workspace Lexicon"', async () => {
    assert.equal(await vscode.commands.executeCommand('dealNotes.addChip', { name: 'Nimbus X1', aliases: ['NX1'] }), true);
    assert.equal(await vscode.commands.executeCommand('dealNotes.addCompany', { name: NAME }), true);
    await waitFor(() => taught(), 'taught');
    assert.equal(api.services.core.lexicon.find('NX1')?.kind, 'chip');
    assert.equal(await vscode.commands.executeCommand('dealNotes.removeEntity', NAME), true);
    await waitFor(() => forgotten(), 'forgotten');
    const entities = JSON.parse(lexiconDoc()!.getText()).entities as Array<{ name: string }>;
    assert.deepEqual(entities.map((e) => e.name), ['Nimbus X1']);
    // Bad arguments are refused, not thrown.
    assert.equal(await vscode.commands.executeCommand('dealNotes.addCompany', { name: 42 }), false);
    assert.equal(await vscode.commands.executeCommand('dealNotes.removeEntity', { name: '' }), false);
  });

  it('a broken lexicon shows a diagnostic, keeps the last good names, and recovers when fixed', async () => {
    const doc = lexiconDoc()!;
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const good = `{ "entities": [ { "kind": "company", "name": "${NAME}" }, { "kind": "robot", "name": "X" } ] }`;
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), good));
    await waitFor(() => taught(), 'the good entry counts despite the bad one');
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).some((d) => d.message.includes('"kind"')), 'a diagnostic on the bad entry');
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), good.slice(0, -3)));
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).some((d) => d.severity === vscode.DiagnosticSeverity.Error && /end of file|Expected/.test(d.message)), 'a syntax diagnostic');
    // The diagnostic is published after the file was read and the last good names kept, and the names go to the
    // core at once after it (the core's lexicon is what every later analysis uses): no need to wait longer.
    assert.equal(api.services.core.lexicon.find(NAME)?.source, 'user', 'the last good lexicon is kept while the file is broken');
    assert.equal(taught(), true, 'the last good lexicon is kept while the file is broken');
    await editor.edit((e) => e.replace(new vscode.Range(0, 0, doc.lineCount, 0), `{ "entities": [ { "kind": "company", "name": "${NAME}" } ] }`));
    await waitFor(() => vscode.languages.getDiagnostics(doc.uri).length === 0, 'no diagnostics once fixed');
    assert.equal(taught(), true);
  });
});

/** Whether the encoded semantic tokens have one starting at line/character. */
function hasTokenAt(data: Uint32Array, line: number, character: number): boolean {
  let l = 0;
  let c = 0;
  for (let i = 0; i < data.length; i += 5) {
    l += data[i]!;
    c = data[i] === 0 ? c + data[i + 1]! : data[i + 1]!;
    if (l === line && c === character) return true;
  }
  return false;
}
