// A stranger's `.dealnotes/lexicon.json` in a real VS Code: names holding Markdown, HTML, command links and
// icon syntax are shown as plain text in hovers and trees, no link runs a command outside our allow-list, and
// what the file holds beyond the limits is refused with a diagnostic. Everything is removed afterwards.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import { DealsTreeProvider, type DealsElement } from '../../../src/features/dealsTree';
import { EntitiesTreeProvider } from '../../../src/features/entitiesTree';
import { activateDealNotes, waitFor } from '../support';

const OUR_COMMANDS = ['dealNotes.openDealSources', 'dealNotes.revealDeal', 'dealNotes.findMentions'];
const HOSTILE = ['Pwn [click](command:workbench.action.terminal.new)', 'Xss <img src=x onerror=alert(1)>', 'Icon $(alert) Co'];

describe('Deal Notes: a hostile workspace lexicon', () => {
  let api: DealNotesApi;
  const folder = () => vscode.workspace.workspaceFolders![0]!.uri;
  const lexiconUri = () => vscode.Uri.joinPath(folder(), '.dealnotes', 'lexicon.json');
  const noteUri = () => vscode.Uri.joinPath(folder(), 'zz-hostile.md');
  let hadDotFolder = false;

  before(async function () {
    this.timeout(120_000);
    api = await activateDealNotes();
    hadDotFolder = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder(), '.dealnotes')).then(() => true, () => false);
    assert.equal(hadDotFolder, false, 'examples/notes/.dealnotes must not exist before this suite');
    // The hostile names, 2,500 filler entries (over the 2,000 read), and a "__proto__" key.
    const entities = [
      ...HOSTILE.map((name) => ({ kind: 'company', name })),
      ...Array.from({ length: 2500 }, (_, i) => ({ kind: 'chip', name: `F${i}` })),
    ];
    const text = `{\n "__proto__": { "polluted": true },\n "entities": ${JSON.stringify(entities, null, 1)}\n}\n`;
    await vscode.workspace.fs.writeFile(lexiconUri(), new TextEncoder().encode(text));
    // Opened as a user would look at it: the file watcher may not report a file in a folder it has not seen yet.
    await vscode.workspace.openTextDocument(lexiconUri());
    await vscode.workspace.fs.writeFile(noteUri(), new TextEncoder().encode(`# Hostile names\n\n${HOSTILE.map((n) => `${n} signed a $2 billion deal with Nvidia.`).join('\n\n')}\n`));
    await waitFor(() => HOSTILE.every((n) => api.services.notes.index.entity(n) !== undefined), 'the hostile names are known and indexed', 90_000)
      .catch((e: Error) => {
        throw new Error(`${e.message}: known ${HOSTILE.map((n) => `${n}=${api.services.core.lexicon.find(n)?.id}/${api.services.notes.index.entity(n)?.name}`).join(', ')}; lexicon problems: ${vscode.languages.getDiagnostics(lexiconUri()).map((d) => d.message).slice(0, 3).join(' | ')}`);
      });
  });

  after(async function () {
    this.timeout(120_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(noteUri()).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), '.dealnotes'), { recursive: true }).then(undefined, () => undefined);
    await waitFor(() => HOSTILE.every((n) => api.services.notes.index.entity(n) === undefined), 'the hostile names are forgotten', 90_000);
  });

  it('refuses what is over the limits with a diagnostic in the file, and reads the rest', async () => {
    await waitFor(() => vscode.languages.getDiagnostics(lexiconUri()).some((d) => /Only the first 2000 entries are read/.test(d.message)), 'a diagnostic on the entries past 2,000');
    assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was touched');
    // The three hostile names come first: entries 4 to 2,000 are F0 to F1996.
    assert.ok(api.services.core.lexicon.find('F1996'), 'entry 2,000 is read');
    assert.equal(api.services.core.lexicon.find('F1997'), undefined, 'entry 2,001 is not');
  });

  it('hovers show the names as plain text and link only to our commands', async () => {
    const doc = await vscode.workspace.openTextDocument(noteUri());
    for (const name of HOSTILE) {
      const at = doc.positionAt(doc.getText().indexOf(name) + 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
      const contents = hovers.flatMap((h) => h.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string');
      assert.ok(contents.length > 0, `a hover on ${name}`);
      for (const md of contents) {
        assert.notEqual(md.isTrusted, true, 'never trusted as a whole');
        assert.ok(!md.supportHtml, 'no HTML');
        const commands = [...md.value.matchAll(/\]\(command:([\w.-]+)/g)].map((m) => m[1]);
        for (const c of commands) assert.ok(OUR_COMMANDS.includes(c!), `a link to ${c} in ${md.value}`);
        assert.ok(!md.value.includes('[click](command:'), 'the name is not a link');
        assert.ok(!md.value.includes(' $(alert)'), 'the icon syntax is escaped');
      }
      // As a reader sees it: Markdown escapes undone, and an escaped icon ("\$(alert)") shown as its text.
      const reading = contents.map((c) => c.value).join('\n').replace(/&nbsp;/g, ' ').replace(/\\([\\`*_{}[\]()#+\-.!|~<>$])/g, '$1').replace(/\\\$\(/g, '$(');
      assert.ok(reading.includes(name), `the hover reads "${name}"`);
    }
  });

  it('the trees show the names as plain labels, with untrusted tooltips', async () => {
    const entities = new EntitiesTreeProvider(api.services.notes.index);
    for (const name of HOSTILE) {
      const element = entities.getChildren().flatMap((c) => entities.getChildren(c)).find((e) => e.type === 'entity' && api.services.notes.index.entity(name)?.key === e.key);
      assert.ok(element, `${name} in Companies & Chips`);
      const item = entities.getTreeItem(element);
      assert.equal(item.label, name);
      const tip = item.tooltip as vscode.MarkdownString;
      assert.ok(!tip.isTrusted && !tip.supportHtml);
      assert.ok(!tip.value.includes('[click](command:'));
    }
    const deals = new DealsTreeProvider(api.services.notes.index, 'none', 'value');
    const hostileDeals = deals.getChildren().filter((e: DealsElement) => e.type === 'deal' && e.deal.parties.some((p) => HOSTILE.includes(p)));
    assert.equal(hostileDeals.length, HOSTILE.length);
    for (const element of hostileDeals) {
      const item = deals.resolveTreeItem(deals.getTreeItem(element), element);
      const tip = item.tooltip as vscode.MarkdownString;
      assert.ok(!tip.isTrusted && !tip.supportHtml);
      assert.ok(!tip.value.includes('[click](command:'));
      assert.ok(HOSTILE.some((n) => String(item.label).includes(n)), String(item.label));
    }
  });
});
