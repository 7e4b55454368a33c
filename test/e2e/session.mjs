// One end-to-end session shared by every test file: the packaged VSIX installed into a fresh code-server,
// which serves examples/notes, and one headless Chromium page on its workbench.
// Started and stopped by the root hooks in hooks.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  examplesFolder, extensionId, freePort, installExtension, launchChromium, npmRun, repoRoot, setupVsCode, startCodeServer,
  tempDir, vsixPath, writeUserSettings,
} from '../../scripts/vscode-server.mjs';
import { artifactsDir, extensionHost, waitForWorkbench } from './helpers.mjs';

/** What the tests use: `session.page` (the workbench), `session.server`, and the code-server folders. */
export const session = {
  codeServerDir: '',
  userDataDir: '',
  extensionsDir: '',
  installOutput: '',
  /** @type {Awaited<ReturnType<typeof startCodeServer>> | undefined} */ server: undefined,
  /** @type {import('playwright-core').Browser | undefined} */ browser: undefined,
  /** @type {import('playwright-core').Page | undefined} */ page: undefined,
  tmp: undefined,
};

const step = (text) => console.log(`  [e2e] ${text}`);

export async function startSession() {
  const t0 = Date.now();
  fs.rmSync(artifactsDir, { recursive: true, force: true });
  fs.mkdirSync(artifactsDir, { recursive: true });

  step('packaging the extension (npm run package)');
  fs.mkdirSync(path.dirname(vsixPath), { recursive: true });
  fs.rmSync(vsixPath, { force: true });
  npmRun('package', { quiet: true });
  if (!fs.existsSync(vsixPath)) throw new Error(`npm run package did not produce ${vsixPath}`);

  session.codeServerDir = setupVsCode();
  session.tmp = tempDir('deal-notes-e2e-');
  session.userDataDir = path.join(session.tmp.dir, 'user-data');
  session.extensionsDir = path.join(session.tmp.dir, 'extensions');
  // In the web-worker host the workbench loads the VSIX's browser build (real-vscode.md, last section).
  writeUserSettings(session.userDataDir, extensionHost === 'web' ? { 'remote.extensionKind': { [extensionId]: ['web'] } } : {});
  step(`extension host: ${extensionHost === 'web' ? 'web worker (dist/web/extension.js)' : 'Node (dist/extension.js)'}`);

  step(`installing ${path.relative(repoRoot, vsixPath)} with code-server --install-extension`);
  session.installOutput = installExtension(session.codeServerDir, {
    vsix: vsixPath, userDataDir: session.userDataDir, extensionsDir: session.extensionsDir,
  });

  const port = await freePort();
  session.server = await startCodeServer(session.codeServerDir, {
    port, folder: examplesFolder, userDataDir: session.userDataDir, extensionsDir: session.extensionsDir,
  });
  step(`code-server (pid ${session.server.pid}) serving examples/notes on ${session.server.url}`);

  session.browser = await launchChromium();
  await openWorkbench();
  step(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** Opens (or reopens, for a clean state) the workbench on examples/notes in a new page. */
export async function openWorkbench() {
  await session.page?.close().catch(() => {});
  const page = await session.browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  session.page = page;
  await page.goto(session.server.workbenchUrl(), { timeout: 60_000 });
  await waitForWorkbench(page);
  return page;
}

export async function stopSession() {
  await session.browser?.close().catch(() => {});
  await session.server?.stop();
  session.tmp?.remove();
  session.browser = undefined;
  session.server = undefined;
  session.page = undefined;
}
