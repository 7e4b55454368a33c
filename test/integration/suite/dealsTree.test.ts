// The Deals and Companies & Chips views, their commands, the status bar and the export, in a real VS Code
// extension host on examples/notes: browse the tree, click a source, edit a note and see the tree change,
// delete a note and see its deals go.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import type { NoteIndex } from '../../../src/core/index/noteIndex';
import { DealsTreeProvider, type DealElement, type DealsElement, type SourceElement } from '../../../src/features/dealsTree';
import { EntitiesTreeProvider } from '../../../src/features/entitiesTree';
import { dealMagnitude, orderOfMagnitude } from '../../../src/core/report/dealMagnitude';
import { activateDealNotes } from '../support';

let api: DealNotesApi;
let index: NoteIndex;

const isDeal = (e: DealsElement): e is DealElement => e.type === 'deal';
const dealsWith = (elements: DealsElement[], a: string, b: string) =>
  elements.filter(isDeal).filter((e) => e.deal.parties.includes(a) && e.deal.parties.includes(b));

/** Resolves once `check` holds after an index change (or at once), rejects after `ms`. */
function waitForIndex(check: () => boolean, what: string, ms = 15_000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for: ${what}`));
    }, ms);
    const sub = index.onDidChange(() => {
      if (!check()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
const tempNotes: vscode.Uri[] = [];

async function writeNote(name: string, text: string): Promise<vscode.Uri> {
  const uri = vscode.Uri.joinPath(folder(), name);
  tempNotes.push(uri);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

describe('Deal Notes: Deals view', () => {
  before(async () => {
    api = await activateDealNotes();
    index = api.services.notes.index;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  after(async () => {
    for (const uri of tempNotes) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it('lists the Nvidia–OpenAI deal once, largest first, with its two source notes', () => {
    const tree = new DealsTreeProvider(index, 'none', 'value');
    const roots = tree.getChildren();
    const nv = dealsWith(roots, 'Nvidia', 'OpenAI');
    assert.equal(nv.length, 1, 'one Nvidia–OpenAI deal');
    const item = tree.getTreeItem(nv[0]!);
    assert.match(String(item.label), /^Nvidia – OpenAI · up to \$100B/);
    assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    // The tooltip is made when the row is hovered (resolveTreeItem), not with the row.
    assert.equal(item.tooltip, undefined);
    const resolved = tree.resolveTreeItem(item, nv[0]!);
    assert.equal(resolved, item);
    assert.ok(resolved.tooltip instanceof vscode.MarkdownString);
    assert.notEqual(resolved.tooltip.isTrusted, true);
    assert.match(resolved.tooltip.value.replace(/&nbsp;/g, ' '), /Reported by 2 notes/);
    // Largest order of magnitude first (a vague amount counts at its lower bound), the deal with the most
    // sources first within one (OpenAI–Oracle's $300B, one source, comes after Nvidia–OpenAI's $100B, five).
    const keys = roots.filter(isDeal).map((e) => {
      const usd = dealMagnitude(e.deal, index)?.usd;
      return { order: usd ? orderOfMagnitude(usd) : -1, sources: e.deal.sources.length };
    });
    for (let i = 1; i < keys.length; i++) {
      const [a, b] = [keys[i - 1]!, keys[i]!];
      assert.ok(a.order > b.order || (a.order === b.order && a.sources >= b.sources), `deal ${i} is out of order: ${JSON.stringify(keys)}`);
    }
    assert.equal(dealsWith(roots, 'Nvidia', 'OpenAI')[0], roots.filter(isDeal)[0], 'the $100B deal of five sources leads');

    const sources = tree.getChildren(nv[0]) as SourceElement[];
    assert.deepEqual(sources.map((s) => path.basename(vscode.Uri.parse(s.note.uri).path)).sort(), ['2025-09-nvidia-openai.md', 'nvidia-openai-fr.txt']);
  });

  it('a click on a source opens its note with the sentence selected', async () => {
    const tree = new DealsTreeProvider(index, 'none', 'value');
    const [nv] = dealsWith(tree.getChildren(), 'Nvidia', 'OpenAI');
    for (const source of tree.getChildren(nv) as SourceElement[]) {
      const item = tree.getTreeItem(source);
      assert.ok(item.command);
      assert.equal(await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? [])), true);
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor, 'no editor opened');
      assert.equal(editor.document.uri.toString(), source.note.uri);
      const selected = editor.document.getText(editor.selection);
      const first = source.note.primary;
      assert.equal(selected, index.get(source.note.uri)!.text.slice(first.start, first.end));
      assert.match(selected, /Nvidia/);
      assert.match(selected, /OpenAI/);
    }
  });

  it('groups by company and by kind, and sorts by name', async () => {
    assert.equal(await vscode.commands.executeCommand('dealNotes.groupDealsBy', 'company'), 'company');
    const byCompany = new DealsTreeProvider(index, 'company', 'name');
    const groups = byCompany.getChildren();
    assert.ok(groups.every((g) => g.type === 'group'));
    const openai = groups.find((g) => g.type === 'group' && g.key === 'OpenAI')!;
    assert.ok(dealsWith(byCompany.getChildren(openai), 'Nvidia', 'OpenAI').length === 1);
    const byKind = new DealsTreeProvider(index, 'kind', 'date');
    assert.ok(byKind.getChildren().length >= 1);
    assert.equal(await vscode.commands.executeCommand('dealNotes.groupDealsBy', 'none'), 'none');
    assert.equal(await vscode.commands.executeCommand('dealNotes.sortDealsBy', 'value'), 'value');
  });

  it('copies a deal as a Markdown row and opens all its sources', async () => {
    const deal = index.deals().find((d) => d.parties.includes('Nvidia') && d.parties.includes('OpenAI'))!;
    const row = await vscode.commands.executeCommand<string>('dealNotes.copyDealAsMarkdown', deal.id);
    assert.match(row, /^\| Nvidia \+ OpenAI \| /);
    assert.equal(await vscode.env.clipboard.readText(), row);
    assert.equal(await vscode.commands.executeCommand('dealNotes.openAllSources', deal.id), 2);
    const open = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputText ? path.basename(t.input.uri.path) : ''));
    assert.ok(open.includes('2025-09-nvidia-openai.md') && open.includes('nvidia-openai-fr.txt'), open.join(', '));
  });

  it('reveals a deal from a hover link: the Deals view selects it', async () => {
    const deal = index.deals().find((d) => d.parties.includes('Nvidia') && d.parties.includes('OpenAI'))!;
    assert.equal(await vscode.commands.executeCommand('dealNotes.revealDeal', deal.id), true);
    assert.equal(await vscode.commands.executeCommand('dealNotes.revealDeal', 'no-such-deal'), false);
  });

  it('refuses command arguments that name no deal or no note', async () => {
    assert.equal(await vscode.commands.executeCommand('dealNotes.openAllSources', 'no-such-deal'), 0);
    assert.equal(await vscode.commands.executeCommand('dealNotes.copyDealAsMarkdown', { type: 'deal', deal: { id: 42 } }), undefined);
    assert.equal(await vscode.commands.executeCommand('dealNotes.openLocation', 'file:///etc/passwd', 0, 10), false);
    assert.equal(await vscode.commands.executeCommand('dealNotes.openLocation', { toString: () => 'x' }, 0, 10), false);
  });

  it('lists companies and chips with their deals and notes, and reveals a deal\'s company', async () => {
    const tree = new EntitiesTreeProvider(index);
    const [companies] = tree.getChildren();
    assert.ok(companies && companies.type === 'category');
    const nvidia = tree.getChildren(companies).find((e) => e.type === 'entity' && e.key === 'nvidia');
    assert.ok(nvidia, 'Nvidia is listed');
    const item = tree.getTreeItem(nvidia);
    assert.match(String(item.description), /\d+ mention/);
    assert.match(String(item.description), /\d+ deal/);
    const children = tree.getChildren(nvidia);
    assert.ok(children.some((c) => c.type === 'deal' && c.deal.parties.includes('OpenAI')));
    assert.ok(children.some((c) => c.type === 'note'));
    const deal = index.deals().find((d) => d.parties.includes('Nvidia') && d.parties.includes('OpenAI'))!;
    assert.equal(await vscode.commands.executeCommand('dealNotes.revealInCompanies', deal.id), true);
  });

  it('an edit that states a new deal adds it to the tree; deleting the note removes it', async function () {
    this.timeout(60_000);
    const uri = await writeNote('zz-temp-deal-note.md', '# Temporary note\n\nNothing to report yet.\n');
    await waitForIndex(() => index.get(uri.toString()) !== undefined, 'the new note in the index');
    // A pair no example note reports: the tree starts without it.
    const tree = new DealsTreeProvider(index, 'none', 'value');
    assert.equal(dealsWith(tree.getChildren(), 'Cisco', 'Cohere').length, 0);

    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(3, 0), 'Cisco will invest $5 billion in Cohere, the companies said on November 18, 2025.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const hasDeal = () => index.deals().some((d) => d.parties.includes('Cisco') && d.parties.includes('Cohere') && d.sources.some((s) => s.uri === uri.toString()));
    await waitForIndex(hasDeal, 'the Cisco–Cohere deal from the edit');
    const added = dealsWith(new DealsTreeProvider(index, 'none', 'value').getChildren(), 'Cisco', 'Cohere');
    assert.equal(added.length, 1);
    assert.equal(added[0]!.deal.value?.usd, 5e9);

    await doc.save();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(uri);
    await waitForIndex(() => !hasDeal() && index.get(uri.toString()) === undefined, 'the deleted note and its deal gone');
    assert.equal(dealsWith(new DealsTreeProvider(index, 'none', 'value').getChildren(), 'Cisco', 'Cohere').length, 0);
  });

  it('a deal whose value’s number format stays in doubt says so in its description and tooltip', async function () {
    this.timeout(60_000);
    // A French note that says nothing else of its numbers: "1,250 euros" is 1 250, or 1,25.
    const uri = await writeNote('zz-temp-ambiguous-deal.md', '# Contrat\n\nAleph Alpha a signé avec Cerebras un contrat de 1,250 euros.\n');
    const inDoubt = () => index.deals().some((d) => d.parties.includes('Cerebras') && d.value?.ambiguous === true);
    await waitForIndex(inDoubt, 'the Aleph Alpha–Cerebras deal, its value in doubt');
    const tree = new DealsTreeProvider(index, 'none', 'value');
    const [element] = dealsWith(tree.getChildren(), 'Aleph Alpha', 'Cerebras');
    assert.ok(element);
    const item = tree.resolveTreeItem(tree.getTreeItem(element), element);
    assert.match(String(item.description), /⚠ ambiguous amount/);
    const tooltip = (item.tooltip as vscode.MarkdownString).value.replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|~<>$])/g, '$1');
    assert.match(tooltip, /Ambiguous number format: could also be read as €1\.25/);
    assert.notEqual((item.tooltip as vscode.MarkdownString).isTrusted, true);
    // The export marks it too: "≈?" before the value, and why in the valueNote column.
    const csv = vscode.Uri.joinPath(vscode.Uri.file(os.tmpdir()), `deal-notes-ambiguous-${process.pid}.csv`);
    try {
      await vscode.commands.executeCommand('dealNotes.exportDeals', 'csv', csv);
      const exported = new TextDecoder().decode(await vscode.workspace.fs.readFile(csv));
      assert.match(exported, /^Aleph Alpha \+ Cerebras,[a-z-]+,≈\? €1\.25K,[^,]*,ambiguous number format: could also be read as €1\.25,/m);
      assert.match(exported, /^Nvidia \+ OpenAI,investment,up to \$100B,100000000000,,/m);
    } finally {
      await vscode.workspace.fs.delete(csv).then(undefined, () => undefined);
    }
    // A deal whose value is settled has neither.
    const [settled] = dealsWith(tree.getChildren(), 'Nvidia', 'OpenAI');
    assert.doesNotMatch(String(tree.getTreeItem(settled!).description ?? ''), /ambiguous/);
    assert.doesNotMatch((tree.resolveTreeItem(tree.getTreeItem(settled!), settled!).tooltip as vscode.MarkdownString).value, /Ambiguous/);

    await vscode.workspace.fs.delete(uri);
    await waitForIndex(() => !inDoubt() && index.get(uri.toString()) === undefined, 'the deleted note and its deal gone');
  });
});

describe('Deal Notes: export', () => {
  const dir = vscode.Uri.file(os.tmpdir());
  const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

  it('writes the deals as CSV, JSON and Markdown to the given file', async () => {
    const csv = vscode.Uri.joinPath(dir, `deal-notes-${process.pid}.csv`);
    const json = vscode.Uri.joinPath(dir, `deal-notes-${process.pid}.json`);
    const md = vscode.Uri.joinPath(dir, `deal-notes-${process.pid}.md`);
    try {
      assert.equal(await vscode.commands.executeCommand('dealNotes.exportDeals', 'csv', csv), csv.toString());
      assert.match(await read(csv), /^parties,kind,value,valueUsd,valueNote,chips,power,date,sources\n/);
      assert.match(await read(csv), /Nvidia \+ OpenAI,investment,up to \$100B,100000000000,,/);

      await vscode.commands.executeCommand('dealNotes.exportDeals', 'json', json);
      const data = JSON.parse(await read(json)) as { deals: { parties: string[]; sources: { path: string }[] }[] };
      const nv = data.deals.find((d) => d.parties.join() === 'Nvidia,OpenAI');
      assert.ok(nv);
      assert.deepEqual([...new Set(nv.sources.map((s) => s.path))].sort(), ['2025-09-nvidia-openai.md', 'nvidia-openai-fr.txt']);

      await vscode.commands.executeCommand('dealNotes.exportDeals', 'markdown', md);
      assert.match(await read(md), /^\| parties \| kind \|/);
    } finally {
      for (const u of [csv, json, md]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    }
  });

  it('rejects an unknown format or a target that is not a Uri', async () => {
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('dealNotes.exportDeals', 'pdf', vscode.Uri.joinPath(dir, 'x.pdf'))));
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('dealNotes.exportDeals', 'csv', '/tmp/x.csv')));
  });
});
