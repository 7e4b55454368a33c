// Runs the integration suites inside code-server's extension host (VS Code 1.100, real `vscode` API):
// starts code-server, opens examples/notes in headless Chromium with a `payload` that loads this repository
// as the development extension and out/integration/index.js as the tests, waits for the results file,
// prints it and exits non-zero on any failure or on a missing results file.
// Usage: node test/integration/runCodeServer.mjs  (npm run test:integration builds first)
import * as path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import * as fs from 'node:fs';
import {
  examplesFolder, freePort, launchChromium, repoRoot, setupVsCode, startCodeServer, tempDir, writeUserSettings,
} from '../../scripts/vscode-server.mjs';
import { reportResults } from './results.mjs';

// A deadline, not a delay: the runner goes on as soon as the results exist (about 4 min on a busy 2-core machine).
const RESULTS_TIMEOUT_MS = Number(process.env.DEAL_NOTES_INTEGRATION_TIMEOUT_MS ?? 600_000);
const testsIndex = path.join(repoRoot, 'out', 'integration', 'index.js');

async function main() {
  if (!fs.existsSync(testsIndex)) throw new Error(`${testsIndex} is missing: run node test/integration/build.mjs`);
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run npm run build');
  const started = Date.now();
  const codeServerDir = setupVsCode();
  const tmp = tempDir('deal-notes-integration-');
  process.on('exit', () => tmp.remove());
  const userDataDir = path.join(tmp.dir, 'user-data');
  const extensionsDir = path.join(tmp.dir, 'extensions'); // empty: only the development extension loads
  const resultsPath = path.join(tmp.dir, 'results.json');
  writeUserSettings(userDataDir);
  fs.mkdirSync(extensionsDir, { recursive: true });
  // What a run that was killed before its `after` hooks may have left in the workspace (the suites name what
  // they create zz-…): the next run starts from the example notes alone.
  for (const name of fs.readdirSync(examplesFolder)) if (name.startsWith('zz-')) fs.rmSync(path.join(examplesFolder, name), { recursive: true, force: true });

  let server;
  let browser;
  const browserLog = [];
  try {
    const port = await freePort();
    server = await startCodeServer(codeServerDir, {
      port, userDataDir, extensionsDir, folder: examplesFolder, env: { DEAL_NOTES_TEST_RESULTS: resultsPath },
    });
    console.log(`code-server (pid ${server.pid}) listening on ${server.url}`);
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [['extensionDevelopmentPath', remote(repoRoot)], ['extensionTestsPath', remote(testsIndex)]];
    browser = await launchChromium();
    const page = await browser.newPage();
    page.on('console', (msg) => browserLog.push(`[${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (err) => browserLog.push(`[pageerror] ${err.message}`));
    await page.goto(server.workbenchUrl({ payload: JSON.stringify(payload) }), { timeout: 60_000 });
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    console.log(`workbench loaded; running the suites in the extension host (deadline ${RESULTS_TIMEOUT_MS / 1000} s)`);

    const deadline = Date.now() + RESULTS_TIMEOUT_MS;
    while (!fs.existsSync(resultsPath) && Date.now() < deadline) await delay(250);
    await delay(250); // the file is written in one call; let it land
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (!fs.existsSync(resultsPath)) { // the extension host never wrote results: show what happened
      console.log('--- browser console (last 60 lines) ---');
      console.log(browserLog.slice(-60).join('\n'));
      console.log('--- code-server log (last 40 lines) ---');
      console.log(server?.log().split('\n').slice(-40).join('\n'));
    }
  }

  const ok = reportResults(resultsPath, 'code-server');
  console.log(`integration tests in code-server took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exitCode = ok ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
