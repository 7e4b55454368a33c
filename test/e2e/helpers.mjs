// What a user does in the workbench, as reusable steps for the end-to-end tests. Every step waits for what
// it needs with a deadline (Playwright's default timeout, 30 s, unless told otherwise).
/* global document, NodeFilter */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { examplesFolder, repoRoot } from '../../scripts/vscode-server.mjs';

/**
 * Which extension host the session runs the extension in: `node` (code-server's Node host, dist/extension.js)
 * or `web` (the browser's web-worker host, dist/web/extension.js), from DEAL_NOTES_E2E_HOST.
 */
export const extensionHost = process.env.DEAL_NOTES_E2E_HOST === 'web' ? 'web' : 'node';

export const artifactsDir = path.join(repoRoot, '.artifacts', 'e2e', ...(extensionHost === 'web' ? ['web'] : []));

/** A file-name-safe form of a test title. */
export function slug(text) {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 120) || 'screenshot';
}

/** Saves a screenshot of the page to .artifacts/e2e/<slug of name>.png, prints and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${slug(name)}.png`);
  await page.screenshot({ path: file, timeout: 30_000 });
  console.log(`      screenshot: ${path.relative(process.cwd(), file)}`);
  return file;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Copies a screenshot to media/screenshots/ for the README, only when asked (`npm run screenshots`, which
 * sets DEAL_NOTES_UPDATE_SCREENSHOTS=1): an ordinary test run never changes tracked files.
 */
export function keepForReadme(file, name) {
  if (process.env.DEAL_NOTES_UPDATE_SCREENSHOTS !== '1') return;
  const dir = path.join(repoRoot, 'media', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(file, path.join(dir, name));
  console.log(`      kept as media/screenshots/${name}`);
}

/** Polls `condition` (async, returns truthy when done) every 250 ms until it holds; throws `message` after `timeout`. */
export async function waitUntil(condition, message, { timeout = 60_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${message} (waited ${timeout / 1000} s)`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Waits until the workbench has loaded and restored its layout. */
export async function waitForWorkbench(page, { timeout = 90_000 } = {}) {
  await page.locator('.monaco-workbench').waitFor({ timeout });
  await page.locator('.activitybar .actions-container').first().waitFor({ timeout });
  await page.locator('.statusbar').waitFor({ timeout });
}

/**
 * The command center (the search box in the title bar), opened into its quick pick input. Under load a click
 * can land while the workbench is still busy and open nothing (seen once in a run on a loaded machine), so the
 * click is repeated until the input shows, each try waiting on the input itself, never on a delay.
 */
async function openQuickInput(page) {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await page.keyboard.press('Escape'); // close any open quick pick or hover first
  await waitUntil(async () => {
    await page.locator('.command-center .command-center-center').first().click();
    return input.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
  }, 'the command center opens its quick input', { timeout: 60_000 });
  return input;
}

/** The rows of the open quick pick that contain `text`. */
function quickPickRows(page, text) {
  return page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: text });
}

/**
 * Runs a command from the palette by its label as the palette shows it, for example
 * 'Deal Notes: Rescan Workspace' or 'Developer: Show Running Extensions'.
 */
export async function runCommand(page, label) {
  const input = await openQuickInput(page);
  await input.fill(`>${label}`);
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
    .or(quickPickRows(page, label))
    .first();
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * Opens a file of examples/notes by name, and waits for its editor. It goes through "File: Open File…", whose
 * dialog (VS Code's own, in a browser) takes a path: unlike Quick Open it does not depend on the file-search
 * index having seen a file a test has just written, which made an earlier version of this step flaky.
 */
export async function openFile(page, fileName) {
  const filePath = path.join(examplesFolder, fileName);
  if (!fs.existsSync(filePath)) throw new Error(`openFile: ${filePath} does not exist`);
  // The command's quick pick turns into the dialog in the same widget, so this waits for the dialog's title
  // rather than for the widget to close as runCommand does.
  const input = await openQuickInput(page);
  await input.fill('>File: Open File...');
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: 'File: Open File...' }).first().click();
  await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Open File' }).waitFor();
  await submitPathDialog(page, filePath);
  await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor();
  const editor = activeEditor(page);
  await editor.locator('.view-lines .view-line').first().waitFor();
  return editor;
}

/**
 * Answers VS Code's own file dialog (Open File, Save As, in a browser: a quick input that takes a path) with
 * `filePath`. The dialog fills in the folder it starts from once it has listed it (its first row); typing
 * before that would be appended to it, and it keeps completing what is typed while it lists folders, so the
 * path is typed again until the box holds exactly it, and Enter pressed again (or OK clicked) until the
 * dialog closes: each step waits on what the dialog shows, never on a delay.
 */
export async function submitPathDialog(page, filePath) {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await widget.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await waitUntil(async () => {
    if (!(await widget.isVisible())) return true;
    if ((await input.inputValue()) !== filePath) {
      await input.fill(filePath);
      return false;
    }
    await input.press('Enter');
    return widget.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false);
  }, `the file dialog takes ${filePath}`, { timeout: 45_000 });
}

/** The editor of the active editor group. */
export function activeEditor(page) {
  return page.locator('.editor-group-container.active .monaco-editor').first();
}

/**
 * Moves the mouse onto the exact characters of `text` in the active editor (its `occurrence`-th appearance
 * among the visible lines, from 0) and returns the hover widget's content once it shows. The text must be
 * on screen and within one line. `expectHover: false` only moves the mouse.
 */
export async function hoverText(page, text, { occurrence = 0, expectHover = true, timeout = 15_000 } = {}) {
  await page.mouse.move(0, 0); // leave any previous hover
  const point = await page.evaluate(({ text, occurrence }) => {
    const root = document.querySelector('.editor-group-container.active .monaco-editor .view-lines');
    if (!root) return null;
    const lines = [...root.querySelectorAll('.view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    let seen = 0;
    for (const line of lines) {
      const nodes = [];
      let full = '';
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        nodes.push({ node: walker.currentNode, start: full.length });
        full += walker.currentNode.data.replace(/\u00a0/g, ' '); // Monaco may render spaces as nbsp
      }
      for (let at = full.indexOf(text); at !== -1; at = full.indexOf(text, at + 1)) {
        if (seen++ < occurrence) continue;
        const locate = (offset, isEnd) => {
          const hit = nodes.findLast((n) => (isEnd ? n.start < offset : n.start <= offset));
          return [hit.node, offset - hit.start];
        };
        const range = document.createRange();
        range.setStart(...locate(at, false));
        range.setEnd(...locate(at + text.length, true));
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, { text, occurrence });
  if (!point) throw new Error(`'${text}' (occurrence ${occurrence}) is not visible in the active editor`);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  if (!expectHover) return undefined;
  const hover = page.locator('.monaco-hover-content:visible').first();
  await hover.waitFor({ timeout });
  return hover;
}

/** Opens a view container of the activity bar by its title (does not toggle it closed when already open). */
export async function openViewContainer(page, title) {
  const item = page.locator('.activitybar li.action-item')
    .filter({ has: page.locator(`a.action-label[aria-label^="${title}"]`) }).first();
  const label = item.locator('a.action-label');
  await label.waitFor();
  if (!((await item.getAttribute('class')) ?? '').split(/\s+/).includes('checked')) await label.click();
  await page.locator('.sidebar .composite.title h2', { hasText: title }).waitFor();
}

/** A view (a pane of the side bar) by its exact title, for example 'Deals'. */
export function viewPane(page, title) {
  return page.locator('.sidebar .pane')
    .filter({ has: page.locator('.pane-header h3.title', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) });
}

/** The rows of a tree view that contain `text`, for example treeRow(page, 'Deals', 'Nvidia'). */
export function treeRow(page, viewTitle, text) {
  return viewPane(page, viewTitle).locator('.monaco-list-row', { hasText: text });
}

/**
 * The first row containing `text` in a virtualised list or tree (`container` holds its `.monaco-list-row`s),
 * scrolling down with the mouse wheel until it is rendered. Scroll back up first if needed.
 */
export async function findListRow(page, container, text, { maxScrolls = 40 } = {}) {
  await container.locator('.monaco-list-row').first().waitFor();
  const row = container.locator('.monaco-list-row', { hasText: text }).first();
  for (let i = 0; i <= maxScrolls; i++) {
    if (await row.count()) {
      await row.scrollIntoViewIfNeeded();
      return row;
    }
    const box = await container.boundingBox();
    if (!box) break;
    const rows = container.locator('.monaco-list-row');
    const firstBefore = await rows.first().innerText();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, Math.max(100, box.height * 0.8));
    // Wait for the list to render the rows scrolled in; if it does not move, its end is reached.
    const moved = await waitUntil(async () => (await row.count()) > 0 || (await rows.first().innerText()) !== firstBefore, 'the list scrolls', { timeout: 5_000 })
      .then(() => true, () => false);
    if (!moved) break;
  }
  throw new Error(`no row containing '${text}' in the list`);
}

/** Shows the Extensions view filtered by `query` (as typed in its search box, e.g. '@installed deal'). */
export async function searchExtensions(page, query) {
  await openViewContainer(page, 'Extensions');
  const box = page.locator('.extensions-viewlet .suggest-input-container .monaco-editor').first();
  await box.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(query);
  return page.locator('.extensions-viewlet');
}

/** Text of the notifications currently shown (toasts). */
export async function notifications(page) {
  return page.locator('.notifications-toasts .notification-list-item-message').allInnerTexts();
}
