// Hovers and highlighting in a real VS Code extension host, on examples/notes: through the same commands
// the editor uses (vscode.executeHoverProvider, vscode.provideDocumentSemanticTokens).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateDealNotes, waitFor } from '../support';

const OUR_COMMANDS = ['dealNotes.openDealSources', 'dealNotes.revealDeal', 'dealNotes.findMentions'];

const api = activateDealNotes;

async function note(name: string): Promise<vscode.TextDocument> {
  const [uri] = await vscode.workspace.findFiles(`**/${name}`);
  assert.ok(uri, `${name} not found in the workspace`);
  return vscode.workspace.openTextDocument(uri);
}

/** The position inside the `occurrence`-th appearance of `text` (one character in). */
function positionOf(doc: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = doc.getText().indexOf(text, at + 1);
  assert.ok(at >= 0, `"${text}" not in ${doc.uri.path}`);
  return doc.positionAt(at + 1);
}

async function hoverText(doc: vscode.TextDocument, text: string, occurrence = 0): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, text, occurrence));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n---\n');
}

/** Hover Markdown as a reader sees it: appendText's escapes (&nbsp;, backslashes) undone. */
async function hoverReading(doc: vscode.TextDocument, text: string, occurrence = 0): Promise<string> {
  return (await hoverText(doc, text, occurrence)).replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|~<>$])/g, '$1');
}

describe('Deal Notes hovers', () => {
  before(async () => {
    await api();
  });

  it('on "Nvidia" in a Markdown note: canonical name, kind, spellings, counts and its deals with links', async () => {
    const doc = await note('2025-09-nvidia-openai.md');
    const md = await hoverReading(doc, 'Nvidia and OpenAI');
    assert.match(md, /\*\*Nvidia\*\*/);
    assert.match(md, /company/);
    assert.match(md, /“NVIDIA”, “Nvidia”/, 'the spellings seen across notes');
    assert.match(md, /\d+ mentions in \d+ notes/);
    assert.match(md, /Nvidia – OpenAI/, 'the Nvidia–OpenAI deal is listed');
    assert.match(md, /up to \$100B/);
    for (const command of OUR_COMMANDS) assert.ok(md.includes(`command:${command}?`), `link to ${command}`);
  });

  it('on "NVIDIA" in a French plain-text note shows the same entity', async () => {
    const doc = await note('nvidia-openai-fr.txt');
    const md = await hoverReading(doc, 'NVIDIA a annoncé');
    assert.match(md, /\*\*Nvidia\*\*/);
    assert.match(md, /Nvidia – OpenAI/);
  });

  it('on a chip: vendor and family', async () => {
    const doc = await note('amd-openai-mi450.md');
    const md = await hoverReading(doc, 'MI450');
    assert.match(md, /\*\*MI450\*\*/);
    assert.match(md, /Vendor: AMD/);
    assert.match(md, /Family: /);
  });

  it('on an amount: normalised value, qualifier, original text and its deal', async () => {
    const doc = await note('nvidia-openai-fr.txt');
    const md = await hoverReading(doc, '100 milliards de dollars');
    assert.match(md, /\*\*\$100B\*\*/);
    assert.match(md, /Qualifier: up to/);
    assert.match(md, /100 milliards de dollars/);
    assert.match(md, /Nvidia – OpenAI/);
  });

  it('on a euro amount: the currency and its value in dollars', async () => {
    const doc = await note('quantaflux-mistral.md');
    const md = await hoverReading(doc, '1,3 Md€');
    assert.match(md, /€1\.3B/);
    assert.match(md, /EUR \(≈ \$1\.\d+B\)/);
  });

  it('on an amount whose number format is in doubt: the ambiguity line with the other reading', async () => {
    // A French sentence in a note that writes decimals with a point: "1,500 milliards" stays in doubt.
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'zz-temp-ambiguous-amount.md');
    const text = 'The campus draws 2.5 GW.\n\nLe fonds a levé 1,500 milliards de dollars pour la société, puis 2 milliards.\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const md = await hoverReading(doc, '1,500 milliards');
      assert.match(md, /Ambiguous number format: could also be read as \$1\.5[BT]/);
      assert.match(md, /1,500 milliards de dollars/);
      const implied = await hoverReading(doc, '2 milliards');
      assert.match(implied, /Currency taken from a neighbouring amount of the sentence/);
      assert.doesNotMatch(implied, /Ambiguous number format/);
      const plain = await hoverReading(await note('nvidia-openai-fr.txt'), '100 milliards de dollars');
      assert.doesNotMatch(plain, /Ambiguous number format/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('on a bare "$" in a note that writes "US$" elsewhere: read as US dollars, with the doubt said', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'zz-temp-dollar-in-doubt.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('The market may cross US$1 trillion ($1.29 trillion) by 2030.\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const md = await hoverReading(doc, '$1.29 trillion');
      assert.match(md, /\$1\.29T/);
      assert.match(md, /may be a local dollar/);
      assert.doesNotMatch(await hoverReading(doc, 'US$1 trillion'), /may be a local dollar/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('on a deal whose value’s number format stays in doubt: the ambiguity line under the deal too', async () => {
    const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0]!.uri, 'zz-temp-ambiguous-deal-hover.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# Contrat\n\nAleph Alpha a signé avec Groq un contrat de 1,250 euros.\n'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      const { services } = await api();
      await waitFor(() => services.notes.index.deals().some((d) => d.parties.includes('Groq') && d.value?.ambiguous === true), 'the Aleph Alpha–Groq deal in the index');
      // The company's hover lists its deals; the deal's line says its value is in doubt.
      const md = await hoverReading(doc, 'Groq un contrat');
      assert.match(md, /Aleph Alpha – Groq/);
      assert.match(md, /Ambiguous number format: could also be read as €1\.25/);
      const settled = await hoverReading(await note('2025-09-nvidia-openai.md'), 'Nvidia and OpenAI');
      assert.doesNotMatch(settled, /Ambiguous number format/);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  it('links only to our own commands, and shows nothing off a mention', async () => {
    const doc = await note('2025-09-nvidia-openai.md');
    const md = await hoverText(doc, 'Nvidia and OpenAI');
    const commands = [...md.matchAll(/command:([\w.-]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0);
    for (const c of commands) assert.ok(OUR_COMMANDS.includes(c!), `unexpected command link ${c}`);
    assert.equal(await hoverText(doc, 'letter of intent'), '');
  });

  it('answers from the cache for the same document version', async () => {
    const doc = await note('2025-09-nvidia-openai.md');
    const first = await hoverText(doc, 'OpenAI signed');
    const t0 = Date.now();
    const again = await hoverText(doc, 'OpenAI signed');
    assert.equal(again, first);
    assert.ok(Date.now() - t0 < 1000);
  });
});

describe('Deal Notes highlighting', () => {
  before(async () => {
    await api();
  });

  async function tokens(doc: vscode.TextDocument): Promise<{ text: string; type: string }[]> {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const result = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.ok(legend && result, 'no semantic tokens provider for this note');
    const out: { text: string; type: string }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < result.data.length; i += 5) {
      const [dl, dc, len, type] = [result.data[i]!, result.data[i + 1]!, result.data[i + 2]!, result.data[i + 3]!];
      line += dl;
      char = dl === 0 ? char + dc : dc;
      out.push({ text: doc.lineAt(line).text.slice(char, char + len), type: legend.tokenTypes[type]! });
    }
    return out;
  }

  it('gives a plain-text note tokens for companies, chips and amounts', async () => {
    const doc = await note('nvidia-openai-fr.txt');
    assert.equal(doc.languageId, 'plaintext', '.txt notes keep the plaintext language');
    const found = (await tokens(doc)).map((t) => `${t.type}:${t.text}`);
    for (const t of ['dealNotesCompany:Nvidia', 'dealNotesCompany:NVIDIA', 'dealNotesCompany:OpenAI', 'dealNotesMoney:100 milliards de dollars', 'dealNotesPower:10 GW', 'dealNotesChip:Vera Rubin']) {
      assert.ok(found.includes(t), `${t} in ${found.join(', ')}`);
    }
  });

  it('gives Markdown notes tokens only for what the grammar cannot know', async () => {
    const doc = await note('quantaflux-mistral.md');
    const found = (await tokens(doc)).map((t) => `${t.type}:${t.text}`);
    assert.ok(found.includes('dealNotesCompany:Quantaflux'), found.join(', '));
    assert.ok(!found.some((t) => t.includes('Mistral AI')), 'Mistral AI is the grammar’s');
  });

  it('opens .note files as research notes', async () => {
    const doc = await note('amd-openai-appel.note');
    assert.equal(doc.languageId, 'research-note');
  });
});
