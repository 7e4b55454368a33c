// The packaged VSIX, installed into code-server, activates on the example notes and shows its views.
import * as assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extensionId, listExtensions, repoRoot } from '../../scripts/vscode-server.mjs';
import {
  extensionHost, findListRow, openFile, openViewContainer, runCommand, searchExtensions, viewPane, waitUntil,
} from './helpers.mjs';
import { session } from './session.mjs';

const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

describe('Deal Notes in VS Code (installed from the VSIX)', () => {
  it('the workbench loads with the example notes in the Explorer', async () => {
    const { page } = session;
    await openViewContainer(page, 'Explorer');
    const explorer = page.locator('.explorer-folders-view');
    for (const file of ['2025-09-nvidia-openai.md', 'nvidia-openai-fr.txt', 'amd-openai-appel.note']) {
      await explorer.locator('.monaco-list-row', { hasText: file }).waitFor();
    }
    assert.match(await page.title(), /notes/);
  });

  it('the Deal Notes activity bar entry shows the Deals and Companies & Chips views', async () => {
    const { page } = session;
    await openViewContainer(page, 'Deal Notes');
    for (const title of ['Deals', 'Companies & Chips']) {
      const pane = viewPane(page, title);
      await pane.waitFor();
      assert.equal(await pane.locator('.pane-header').getAttribute('aria-expanded'), 'true', `${title} is collapsed`);
      // Once the extension has activated, each view has its data provider (VS Code says so until then).
      await waitUntil(async () => !(await pane.locator('.pane-body').innerText()).includes('no data provider'),
        `the ${title} view has no data provider`);
    }
  });

  it('a note opens from the command center and shows its text', async () => {
    const { page } = session;
    const editor = await openFile(page, '2025-09-nvidia-openai.md');
    await editor.locator('.view-lines', { hasText: 'Vera Rubin' }).waitFor();
  });

  it('the extension is installed from the VSIX and listed in the Extensions view', async () => {
    assert.match(session.installOutput, /deal-notes\.vsix' was successfully installed/);
    const installed = listExtensions(session.codeServerDir, session);
    assert.ok(installed.includes(`${extensionId}@${version}`), `--list-extensions printed: ${installed.join(', ')}`);

    const { page } = session;
    const view = await searchExtensions(page, '@installed Deal Notes');
    const row = view.locator('.monaco-list-row', { hasText: 'Deal Notes' }).first();
    await row.waitFor();
    assert.match(await row.innerText(), /deal-notes/i, 'the row names the publisher');
  });

  it('the extension activates on startup (Running Extensions lists it)', async () => {
    const { page } = session;
    await runCommand(page, 'Developer: Show Running Extensions');
    const row = await findListRow(page, page.locator('.runtime-extensions-editor'), 'Deal Notes');
    assert.match(await row.innerText(), /Activation/);
  });

  it(`the extension runs in the ${extensionHost === 'web' ? 'web-worker' : 'Node'} extension host, as this run asked`, async () => {
    const { page } = session;
    await runCommand(page, 'Developer: Show Running Extensions');
    const row = await findListRow(page, page.locator('.runtime-extensions-editor'), 'Deal Notes');
    const text = await row.innerText();
    // Running Extensions names the host under each extension: "web worker", or the remote (Node) host's address.
    if (extensionHost === 'web') assert.match(text, /web worker/, text);
    else {
      assert.doesNotMatch(text, /web worker/, text);
      assert.match(text, /127\.0\.0\.1:\d+/, text);
    }
  });
});
