// What a reader sees in the editor, with the VSIX installed: companies, chips and amounts coloured in a
// Markdown note and a plain-text note, and a hover on "Nvidia" that lists its deals.
// `npm run screenshots` keeps media/screenshots/highlighting.png and hover.png for the README.
/* global describe, it, after, document, getComputedStyle */
import * as assert from 'node:assert/strict';
import { hoverText, keepForReadme, openFile, runCommand, screenshot } from './helpers.mjs';
import { session } from './session.mjs';


/**
 * The colours of the rendered tokens of the editor in group `group` (0 = left): for each wanted text, the
 * colour of a token span with exactly that text, and the colour of ordinary text in the same editor.
 */
async function tokenColours(page, group, texts) {
  return page.evaluate(({ group, texts }) => {
    const editors = [...document.querySelectorAll('.editor-group-container .monaco-editor .view-lines')]
      .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left);
    const root = editors[group];
    if (!root) return null;
    const spans = [...root.querySelectorAll('.view-line span span')];
    const colourOf = (text) => {
      const span = spans.find((s) => s.textContent.replace(/\u00a0/g, ' ') === text);
      return span ? getComputedStyle(span).color : null;
    };
    const plain = spans.filter((s) => s.textContent.trim().split(/\s+/).length >= 3).map((s) => getComputedStyle(s).color);
    const counts = new Map();
    for (const c of plain) counts.set(c, (counts.get(c) ?? 0) + 1);
    const text = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    return { text, tokens: Object.fromEntries(texts.map((t) => [t, colourOf(t)])) };
  }, { group, texts });
}

/** Waits until every wanted text is rendered in a colour of its own (grammar or semantic tokens applied). */
async function waitForColours(page, group, texts, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await tokenColours(page, group, texts);
    if (last?.text && texts.every((t) => last.tokens[t] && last.tokens[t] !== last.text)) return last;
    await page.waitForTimeout(250);
  }
  throw new Error(`not coloured within ${timeout / 1000} s: ${JSON.stringify(last)}`);
}

/** The hover's text as a reader sees it (no-break spaces as spaces), once it contains `expected`. */
async function hoverContaining(hover, expected, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = (await hover.innerText()).replace(/\u00a0/g, ' ');
    if (expected.test(text)) return text;
    await hover.page().waitForTimeout(200);
  }
  throw new Error(`the hover never showed ${expected}: ${text}`);
}

describe('Deal Notes in the editor', () => {
  after(async () => {
    // Leave the workbench as the other suites expect it: no peek, no editors, the side bar open.
    const { page } = session;
    if (!page) return;
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Show Explorer');
  });

  it('colours companies, chips and amounts in a Markdown note and in a plain-text note', async () => {
    const { page } = session;
    await runCommand(page, 'View: Close All Editors');
    await runCommand(page, 'View: Close Primary Side Bar');
    await openFile(page, '2025-09-nvidia-openai.md');
    const md = await waitForColours(page, 0, ['Nvidia', 'OpenAI', '$100 billion', '10 gigawatts', 'Vera Rubin']);
    assert.equal(md.tokens.Nvidia, md.tokens.OpenAI, 'companies share a colour');
    assert.notEqual(md.tokens['Vera Rubin'], md.tokens.Nvidia, 'chips differ from companies');
    assert.notEqual(md.tokens['$100 billion'], md.tokens.Nvidia, 'amounts differ from companies');

    // The French plain-text note beside it: .txt keeps the plaintext language; semantic tokens colour it.
    await runCommand(page, 'View: Split Editor Right');
    await openFile(page, 'nvidia-openai-fr.txt');
    const txt = await waitForColours(page, 1, ['NVIDIA', 'OpenAI', '100 milliards de dollars', '10 GW', 'Vera Rubin']);
    assert.equal(txt.tokens.OpenAI, md.tokens.OpenAI, 'a company has the same colour in .txt and .md');
    assert.equal(txt.tokens['Vera Rubin'], md.tokens['Vera Rubin'], 'a chip has the same colour in .txt and .md');
    assert.equal(txt.tokens['100 milliards de dollars'], md.tokens['$100 billion'], 'money has the same colour in .txt and .md');
    await page.mouse.move(0, 0);
    keepForReadme(await screenshot(page, 'highlighting: coloured Markdown and plain-text notes'), 'highlighting.png');
  });

  it('hovering "Nvidia" shows the company, its mentions and its deals with links', async () => {
    const { page } = session;
    await runCommand(page, 'View: Close All Editors');
    await openFile(page, '2025-09-nvidia-openai.md');
    const hover = await hoverText(page, 'Nvidia', { occurrence: 1 });
    const text = await hoverContaining(hover, /Nvidia – OpenAI/);
    assert.match(text, /Nvidia — company/);
    assert.match(text, /\d+ mentions in \d+ notes/);
    assert.match(text, /up to \$100B/);
    for (const link of ['Find all mentions', 'Open sources', 'Reveal in Deals']) {
      assert.ok(await hover.locator('a', { hasText: link }).count() > 0, `link ${link}`);
    }
    keepForReadme(await screenshot(page, 'hover: Nvidia and its deals'), 'hover.png');
  });

  it('the hover link "Find all mentions" lists the mentions across notes', async () => {
    const { page } = session;
    const hover = await hoverText(page, 'Nvidia', { occurrence: 1 });
    await hover.locator('a', { hasText: 'Find all mentions' }).click();
    const peek = page.locator('.peekview-widget');
    await peek.waitFor();
    await peek.locator('.monaco-list-row', { hasText: 'nvidia-openai-fr.txt' }).first().waitFor();
    const title = await peek.locator('.peekview-title').innerText();
    assert.match(title, /\((\d+)\)|\d+ references?/i);
    const count = Number(/\((\d+)\)/.exec(title)?.[1] ?? /(\d+) references?/i.exec(title)?.[1]);
    assert.ok(count >= 10, `only ${count} mentions of Nvidia listed`);
    await page.mouse.move(0, 0);
    keepForReadme(await screenshot(page, 'find all mentions of Nvidia'), 'mentions.png');
  });
});
