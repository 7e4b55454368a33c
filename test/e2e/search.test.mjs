// "Deal Notes: Search Notes…" as a user runs it (the VSIX installed in code-server, on examples/notes): from
// the command palette, type a misspelt "nvdia opnai", press Enter, and the note opens at the deal's
// sentence. Saves the README's screenshot of the search.
/* global describe, it */
import * as assert from 'node:assert/strict';
import { activeEditor, openViewContainer, screenshot, keepForReadme } from './helpers.mjs';
import { session } from './session.mjs';

/** Runs a command whose result is a quick pick of its own (helpers' runCommand waits for the palette to close). */
async function runPickCommand(page, label) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  // The command center sometimes ignores a click right after another quick pick closed: try again, then
  // fall back on the keyboard.
  for (let attempt = 0; ; attempt++) {
    await page.keyboard.press('Escape');
    if (attempt < 2) await page.locator('.command-center .action-item').first().click();
    else await page.keyboard.press('Control+Shift+P');
    try {
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      break;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
  }
  await input.fill(`>${label}`);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: label }).first().waitFor();
  await page.keyboard.press('Enter');
  return input;
}

describe('Deal Notes search', () => {
  it('finds the Nvidia–OpenAI deal from a misspelt query and opens its note', async () => {
    const { page } = session;
    await openViewContainer(page, 'Deal Notes');
    await runPickCommand(page, 'Deal Notes: Search Notes…');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await page.locator('.quick-input-widget .quick-input-box input[placeholder^="Search deals"]').waitFor();
    await input.pressSequentially('nvdia opnai', { delay: 40 });
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const first = rows.first();
    await first.filter({ hasText: 'Nvidia – OpenAI' }).waitFor();
    assert.match(await first.innerText(), /Deal/);
    // The list has settled when its first row is the focused one (what Enter opens).
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused', { hasText: 'Nvidia – OpenAI' }).first().waitFor();
    const file = await screenshot(page, 'search');
    keepForReadme(file, 'search.png');

    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    const tab = page.locator('.tabs-container .tab.active');
    await tab.filter({ hasText: /2025-09-nvidia-openai\.md|nvidia-openai-fr\.txt/ }).waitFor();
    const editor = activeEditor(page);
    await editor.locator('.selected-text').first().waitFor();
    await editor.locator('.view-lines', { hasText: 'OpenAI' }).waitFor();
    await screenshot(page, 'search-result-opened');
  });
});
