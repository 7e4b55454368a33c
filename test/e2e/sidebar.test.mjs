// The Deal Notes sidebar as a user sees it (the VSIX installed in code-server, on examples/notes): the
// Deals view lists the Nvidia–OpenAI deal once; expanding it shows its two source notes; a click on a
// source opens the note with the sentence selected. Saves the README's screenshot of the tree.
/* global describe, it */
import * as assert from 'node:assert/strict';
import { activeEditor, openViewContainer, screenshot, treeRow, viewPane, keepForReadme } from './helpers.mjs';
import { session } from './session.mjs';

const NVIDIA_OPENAI = 'Nvidia – OpenAI · up to $100B';

/** Drags the sash between the side bar and the editor so the side bar is `width` pixels wide. */
async function widenSideBar(page, width) {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || box.width >= width) return;
  const x = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
}

describe('Deal Notes sidebar', () => {
  it('the Deals view shows the Nvidia–OpenAI deal once, with its two sources', async () => {
    const { page } = session;
    await openViewContainer(page, 'Deal Notes');
    const pane = viewPane(page, 'Deals');
    await pane.waitFor();
    await widenSideBar(page, 520);
    const deal = treeRow(page, 'Deals', NVIDIA_OPENAI);
    await deal.first().waitFor({ timeout: 60_000 });
    assert.equal(await deal.count(), 1, 'the deal is listed once');
    // The view's title counts the deals.
    assert.match(await pane.locator('.pane-header').innerText(), /\d+ deals? in \d+ notes?/);

    if ((await deal.getAttribute('aria-expanded')) !== 'true') await deal.click();
    const sources = [
      treeRow(page, 'Deals', 'Nvidia to invest up to $100 billion in OpenAI'),
      treeRow(page, 'Deals', 'Nvidia va investir jusqu'),
    ];
    for (const s of sources) await s.first().waitFor();
    assert.equal(await deal.getAttribute('aria-expanded'), 'true');
  });

  it('a click on a source opens the note with the deal sentence selected', async () => {
    const { page } = session;
    await treeRow(page, 'Deals', 'Nvidia va investir jusqu').first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'nvidia-openai-fr.txt' }).waitFor();
    const editor = activeEditor(page);
    await editor.locator('.selected-text').first().waitFor();
    await editor.locator('.view-lines', { hasText: '100 milliards de dollars' }).waitFor();
    // Back to the English source as well.
    await treeRow(page, 'Deals', 'Nvidia to invest up to $100 billion in OpenAI').first().click();
    await page.locator('.tabs-container .tab.active', { hasText: '2025-09-nvidia-openai.md' }).waitFor();
    await activeEditor(page).locator('.selected-text').first().waitFor();
    await page.mouse.move(0, 0);
    const file = await screenshot(page, 'deals-tree');
    keepForReadme(file, 'deals-tree.png');
  });

  it('the Companies & Chips view lists Nvidia with its counts', async () => {
    const { page } = session;
    const row = treeRow(page, 'Companies & Chips', 'Nvidia');
    await row.first().waitFor();
    assert.match(await row.first().innerText(), /\d+ mentions?/);
  });

  it('the status bar shows the counts of notes and deals and opens the Deals view', async () => {
    const { page } = session;
    const item = page.locator('.statusbar-item', { hasText: /\d+ notes · \d+ deals/ });
    await item.first().waitFor();
    await item.first().click();
    await viewPane(page, 'Deals').waitFor();
  });
});
