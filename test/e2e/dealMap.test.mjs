// The Deal Map in a real VS Code (the VSIX in code-server, on examples/notes): it opens from the Deals
// view's title bar, hovering a deal's line shows the deal, clicking it lists its sources and one click lands
// on the sentence; the kind filter hides deals and survives the switch to the Timeline; a window reload
// brings the panel back as it was. Saves the README's screenshots of the map and the timeline.
/* global describe, it, document */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activeEditor, keepForReadme, openViewContainer, runCommand, screenshot, submitPathDialog, treeRow, viewPane, waitForWorkbench, waitUntil } from './helpers.mjs';
import { session } from './session.mjs';

/** The content of the Deal Map webview: VS Code puts it in an iframe inside the webview's iframe. */
const mapFrame = (page) => page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

/** The webview's tab in the editor area. */
const mapTab = (page) => page.locator('.tabs-container .tab', { hasText: 'Deal Map' });

describe('Deal Map', () => {
  it('opens from the Deals view title bar and draws the companies and their deals', async () => {
    const { page } = session;
    await openViewContainer(page, 'Deal Notes');
    const pane = viewPane(page, 'Deals');
    await pane.hover();
    await pane.locator('.actions-container .action-label[aria-label="Show Deal Map"]').click();
    await mapTab(page).waitFor();
    const map = mapFrame(page);
    await map.locator('.node[data-company="Nvidia"]').waitFor({ timeout: 60_000 });
    await map.locator('.edge[data-deal="nvidia+openai"]').waitFor();
    // The map follows the index: it fills as the first scan goes on.
    await waitUntil(async () => (await map.locator('.edge').count()) >= 13, 'a line for each of the 13 deals');
    // A company's label is its name, as text.
    assert.equal(await map.locator('.node[data-company="OpenAI"] text').textContent(), 'OpenAI');
    // The largest deal is drawn wider than a small one.
    const width = async (id) => Number(await map.locator(`.edge[data-deal="${id}"] .line`).getAttribute('stroke-width'));
    assert.ok(await width('openai+oracle') > await width('intel+softbank'));
  });

  it('hovering a deal shows its parties, value, date and sources', async () => {
    const { page } = session;
    const map = mapFrame(page);
    // The keyboard reaches every line: focus one as Tab would, and its card shows.
    await map.locator('.edge[data-deal="nvidia+openai"]').focus();
    const card = map.locator('.tooltip:not([hidden])');
    await card.waitFor();
    await page.mouse.move(0, 0);
    // Then the mouse, on a point of the line that no company covers (the layout depends on the panel's size).
    const edge = map.locator('.edge[data-deal="nvidia+openai"]');
    const position = await edge.evaluate((g) => {
      const line = g.querySelector('.line');
      const ctm = line.getScreenCTM();
      const length = line.getTotalLength();
      for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
        const p = line.getPointAtLength(t * length);
        const x = ctm.a * p.x + ctm.c * p.y + ctm.e;
        const y = ctm.b * p.x + ctm.d * p.y + ctm.f;
        const hit = document.elementFromPoint(x, y);
        if (hit && g.contains(hit)) return { x, y };
      }
      return null;
    });
    assert.ok(position, 'part of the Nvidia–OpenAI line is visible');
    // The point is in the webview's coordinates: move the page's mouse there through the frames' offset.
    const frameBox = await page.frameLocator('iframe.webview.ready').locator('iframe#active-frame').boundingBox();
    await page.mouse.move(frameBox.x + position.x, frameBox.y + position.y, { steps: 4 });
    await card.filter({ hasText: 'Nvidia – OpenAI' }).waitFor();
    const text = await card.innerText();
    for (const part of ['Nvidia – OpenAI', 'up to $100B', '2025-09-22', '5 sources']) assert.ok(text.includes(part), `${part} in ${text}`);
    const file = await screenshot(page, 'deal-map');
    keepForReadme(file, 'deal-map.png');
  });

  it('clicking a deal lists its sources, and one click opens the note at the sentence', async () => {
    const { page } = session;
    const map = mapFrame(page);
    await map.locator('.edge[data-deal="nvidia+openai"]').press('Enter');
    const source = map.locator('.details button.source', { hasText: 'NVIDIA a annoncé lundi' });
    await source.waitFor();
    assert.ok(await map.locator('.details button.source').count() >= 2, 'every source is listed');
    await source.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'nvidia-openai-fr.txt' }).waitFor();
    const editor = activeEditor(page);
    await editor.locator('.selected-text').first().waitFor();
    await editor.locator('.view-lines', { hasText: '100 milliards de dollars' }).waitFor();
  });

  it('filters by kind, and the Timeline keeps the filter', async () => {
    const { page } = session;
    await mapTab(page).click();
    const map = mapFrame(page);
    await map.locator('.edge[data-deal="nvidia+openai"]').waitFor();
    const status = map.locator('.status');
    const before = await map.locator('.edge').count();
    assert.ok(await map.locator('.edge.kind-partnership').count() > 0);
    await map.locator('input[data-kind="partnership"]').uncheck();
    await map.locator('.edge.kind-partnership').first().waitFor({ state: 'detached' });
    assert.ok(await map.locator('.edge').count() < before);
    assert.match(await status.innerText(), /\d+ deals · \d+ companies/);

    await map.locator('#tab-timeline').click();
    await map.locator('.point[data-deal="openai+oracle"]').waitFor();
    assert.equal(await map.locator('.point.kind-partnership').count(), 0, 'the filter holds on the timeline');
    assert.equal(await map.locator('input[data-kind="partnership"]').isChecked(), false);
    // A vague amount ("des dizaines de milliards de dollars") is placed at its order of magnitude, hollow.
    await map.locator('.point.vague[data-deal="google+meta"]').waitFor();
    await map.locator('input[data-kind="partnership"]').check();
    await map.locator('.point.kind-partnership').first().waitFor();
    await map.locator('.point[data-deal="openai+oracle"]').hover();
    await map.locator('.tooltip:not([hidden])', { hasText: 'OpenAI – Oracle' }).waitFor();
    const file = await screenshot(page, 'timeline');
    keepForReadme(file, 'timeline.png');
  });

  it('exports the timeline as SVG to the file chosen in the save dialog', async () => {
    const { page } = session;
    const map = mapFrame(page);
    const target = path.join(session.tmp.dir, 'exported-deal-map.svg');
    await map.locator('#export-svg').click();
    // code-server's save dialog is VS Code's own, in the quick input: it proposes deal-map.svg, then takes our path.
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitUntil(async () => (await input.inputValue()).endsWith('deal-map.svg'), 'the save dialog proposes deal-map.svg');
    await submitPathDialog(page, target);
    const svg = await waitUntil(() => fs.existsSync(target) && fs.readFileSync(target, 'utf8'), `${target} is written`);
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.match(svg, /OpenAI – Oracle/, 'labels as text');
    assert.ok(!svg.includes('var(--vscode'), 'theme colours are resolved in the file');
  });

  it('comes back after a window reload, on the same tab', async () => {
    const { page } = session;
    await runCommand(page, 'Developer: Reload Window');
    await waitForWorkbench(page);
    await mapTab(page).waitFor({ timeout: 60_000 });
    if (!((await mapTab(page).getAttribute('class')) ?? '').includes('active')) await mapTab(page).click();
    const map = mapFrame(page);
    await map.locator('.point[data-deal="openai+oracle"]').waitFor({ timeout: 60_000 });
    assert.equal(await map.locator('#tab-timeline').getAttribute('aria-selected'), 'true');
  });

  it('the Deals view lists a clipped article by its headline, not its source line', async () => {
    const { page } = session;
    await openViewContainer(page, 'Deal Notes');
    const deal = treeRow(page, 'Deals', 'OpenAI – Oracle · $300B');
    await deal.first().waitFor({ timeout: 60_000 });
    if ((await deal.first().getAttribute('aria-expanded')) !== 'true') await deal.first().click();
    await treeRow(page, 'Deals', 'Compute deals of the week').first().waitFor();
    assert.equal(await treeRow(page, 'Deals', 'source: https').count(), 0);
  });
});
