// Teaching a name in the installed extension, as a user does it: select an unknown company in a note, run
// "Deal Notes: Add Selection as Company…" from the palette, and the name is coloured in every note and its
// deal shows in the Deals view; the notification's Undo takes it back. The notes and the .dealnotes folder
// this test creates in examples/notes are removed afterwards.
/* global describe, it, before, after, document, getComputedStyle */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { examplesFolder } from '../../scripts/vscode-server.mjs';
import { hoverText, openFile, openViewContainer, runCommand, screenshot, treeRow, waitUntil } from './helpers.mjs';
import { session } from './session.mjs';

const NAME = 'Velquor';
const NOTES = {
  'zz-e2e-supplier.md': `# Supplier notes\n\nOpenAI will buy $3 billion of chips from ${NAME}.\n`,
  'zz-e2e-racks.txt': `Racks\n\nOpenAI will buy racks from ${NAME} for $3 billion.\n`,
};
const dotFolder = path.join(examplesFolder, '.dealnotes');

/** The colour of the first rendered token whose text is exactly `text` in the active editor. */
function colourOf(page, text) {
  return page.evaluate((text) => {
    const root = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
    const span = [...(root?.querySelectorAll('.view-line span span') ?? [])].find((s) => s.textContent.replace(/\u00a0/g, ' ') === text);
    return span ? getComputedStyle(span).color : null;
  }, text);
}

describe('Teaching a company (installed from the VSIX)', () => {
  before(() => {
    assert.equal(fs.existsSync(dotFolder), false, 'examples/notes/.dealnotes must not exist before this test');
    for (const [name, text] of Object.entries(NOTES)) fs.writeFileSync(path.join(examplesFolder, name), text);
  });

  after(async () => {
    const { page } = session;
    if (page) {
      // The lexicon is an unsaved document: revert it, so closing asks nothing (a "Save?" dialog left open
      // would be answered by the next test's key presses and write the file again).
      const tab = page.locator('.tabs-container .tab', { hasText: 'lexicon.json' });
      if (await tab.count()) {
        await tab.first().click();
        await runCommand(page, 'File: Revert File').catch(() => {});
      }
      await runCommand(page, 'View: Close All Editors').catch(() => {});
      const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Don't Save|Ne pas enregistrer/ });
      if (await dontSave.count()) await dontSave.first().click();
    }
    for (const name of Object.keys(NOTES)) fs.rmSync(path.join(examplesFolder, name), { force: true });
    fs.rmSync(dotFolder, { recursive: true, force: true });
    // The workbench has seen the deletions when the status bar counts the example notes alone again; nothing
    // (an editor saving, the extension) may have written the lexicon back by then.
    const exampleNotes = fs.readdirSync(examplesFolder).filter((f) => /\.(md|txt|note)$/.test(f)).length;
    if (page) await waitUntil(async () => (await page.locator('.statusbar').innerText()).includes(`${exampleNotes} notes`), `the status bar counts ${exampleNotes} notes`);
    assert.equal(fs.existsSync(dotFolder), false, 'examples/notes/.dealnotes is gone');
  });

  it('an unknown name is plain text and has no deal', async () => {
    const { page } = session;
    await openFile(page, 'zz-e2e-supplier.md');
    await waitUntil(async () => (await colourOf(page, 'OpenAI')) !== null, 'the note is rendered');
    assert.notEqual(await colourOf(page, NAME), await colourOf(page, 'OpenAI'));
    await openViewContainer(page, 'Deal Notes');
    assert.equal(await treeRow(page, 'Deals', NAME).count(), 0);
  });

  it('select it, "Add Selection as Company…": coloured in every note, its deal in the Deals view', async () => {
    const { page } = session;
    await openFile(page, 'zz-e2e-supplier.md');
    await hoverText(page, NAME, { expectHover: false });
    await page.mouse.down();
    await page.mouse.up();
    await page.mouse.down({ clickCount: 2 });
    await page.mouse.up({ clickCount: 2 });
    await runCommand(page, 'Deal Notes: Add Selection as Company…');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: `Added “${NAME}” as a company` });
    await toast.waitFor();
    // The lexicon file, unsaved, opened from the notification (Undo happens there, as in any editor).
    await toast.locator('.monaco-button', { hasText: 'Open Lexicon' }).click();
    await page.locator('.tabs-container .tab', { hasText: 'lexicon.json' }).waitFor();
    await openFile(page, 'zz-e2e-supplier.md');
    await waitUntil(async () => (await colourOf(page, NAME)) === (await colourOf(page, 'OpenAI')), 'coloured like OpenAI');
    await openFile(page, 'zz-e2e-racks.txt');
    await waitUntil(async () => (await colourOf(page, NAME)) !== null && (await colourOf(page, NAME)) === (await colourOf(page, 'OpenAI')), 'coloured in the other note');
    await openViewContainer(page, 'Deal Notes');
    await treeRow(page, 'Deals', NAME).first().waitFor();
    await screenshot(page, 'annotate: taught company in the Deals view');
  });

  it('Undo restores the lexicon: the name is plain again and its deal is gone', async () => {
    const { page } = session;
    await page.locator('.tabs-container .tab', { hasText: 'lexicon.json' }).click();
    const lexicon = page.locator('.editor-group-container.active .view-lines');
    await lexicon.filter({ hasText: NAME }).waitFor();
    await lexicon.click();
    await page.keyboard.press('ControlOrMeta+Z');
    await lexicon.filter({ hasNotText: NAME }).waitFor();
    await waitUntil(async () => (await treeRow(page, 'Deals', NAME).count()) === 0, 'the deal leaves the Deals view');
    await screenshot(page, 'annotate: after undo');
  });
});
