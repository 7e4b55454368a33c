// Shared helpers to run the extension in a real VS Code (code-server, see ../shared/notes/real-vscode.md):
// set it up, pick a free loopback port, install a VSIX, start and stop code-server, launch Chromium.
// Used by `npm start` (scripts/start.mjs), the integration runner and the end-to-end tests.
//
// Every process started here is stopped by its own PID (never by name), on stop() and when this
// process exits or is interrupted.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, URLSearchParams } from 'node:url';
import { setTimeout as delay } from 'node:timers/promises';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const examplesFolder = path.join(repoRoot, 'examples', 'notes');
export const vsixPath = path.join(repoRoot, 'dist-vsix', 'deal-notes.vsix');
export const extensionId = 'deal-notes.deal-notes';
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Runs scripts/setup-vscode.sh (idempotent, instant when already done) and returns the code-server folder. */
export function setupVsCode() {
  const result = spawnSync('bash', [path.join(repoRoot, 'scripts', 'setup-vscode.sh')], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`scripts/setup-vscode.sh failed (exit ${result.status})`);
  const dir = result.stdout.trim().split('\n').pop();
  if (!dir || !fs.existsSync(codeServerEntry(dir))) throw new Error(`code-server not found in '${dir}'`);
  return dir;
}

export function codeServerEntry(dir) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** Runs `npm run <script>` in the repository, with its output shown; throws if it fails. */
export function npmRun(script, { quiet = false } = {}) {
  const result = spawnSync('npm', ['run', '--silent', script], {
    cwd: repoRoot,
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error(`npm run ${script} failed (exit ${result.status})`);
  }
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A free port on 127.0.0.1: the first free one from `start` upwards, or one the system picks. */
export async function freePort(start) {
  if (start) {
    for (let port = start; port < start + 200; port++) if (await portIsFree(port)) return port;
    throw new Error(`no free port between ${start} and ${start + 199}`);
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A fresh temporary folder (removed by the caller through the returned `remove`). */
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * User settings that keep a test or demo workbench quiet and deterministic: no welcome page, no tips,
 * no trust prompt, no telemetry, no update or marketplace checks.
 */
export function writeUserSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'chat.commandCenter.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'workbench.colorTheme': 'Default Light Modern',
    ...extra,
  };
  fs.writeFileSync(path.join(dir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
}

function codeServerArgs(dir, { userDataDir, extensionsDir }) {
  return [
    codeServerEntry(dir),
    '--config', path.join(userDataDir, 'code-server.yaml'),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
}

const quietEnv = () => ({ ...process.env, EXTENSIONS_GALLERY: '{}' });

/** `code-server --install-extension <vsix> --force` into the given folders; returns its output. */
export function installExtension(dir, { vsix = vsixPath, userDataDir, extensionsDir }) {
  const result = spawnSync(process.execPath,
    [...codeServerArgs(dir, { userDataDir, extensionsDir }), '--install-extension', vsix, '--force'],
    { encoding: 'utf8', env: quietEnv(), timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/.test(output)) {
    throw new Error(`installing ${vsix} into code-server failed (exit ${result.status}):\n${output}`);
  }
  return output.trim();
}

/** `code-server --list-extensions --show-versions`: one `publisher.name@version` a line. */
export function listExtensions(dir, { userDataDir, extensionsDir }) {
  const result = spawnSync(process.execPath,
    [...codeServerArgs(dir, { userDataDir, extensionsDir }), '--list-extensions', '--show-versions'],
    { encoding: 'utf8', env: quietEnv(), timeout: 60_000 });
  if (result.status !== 0) throw new Error(`code-server --list-extensions failed:\n${result.stderr}`);
  return result.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** code-server processes started here and not yet exited: child -> promise of its exit. */
const running = new Map();
let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  // On exit only synchronous work is possible: kill what is still running by its process group.
  process.on('exit', () => { for (const child of running.keys()) killGroup(child.pid, 'SIGKILL'); });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, async () => {
      console.error(`\n${signal}: stopping code-server`);
      for (const child of running.keys()) killGroup(child.pid, 'SIGTERM');
      await Promise.race([Promise.all(running.values()), delay(5_000, undefined, { ref: false })]);
      process.exit(130);
    });
  }
}

function killGroup(pid, signal) {
  // code-server runs detached in its own process group (its PID), which also holds the extension host
  // and other helpers it forks; signalling -PID reaches exactly those processes.
  try { process.kill(-pid, signal); } catch { /* already gone */ }
}

/**
 * Starts code-server on 127.0.0.1:<port> serving `folder` and resolves once it listens.
 * Returns { port, url, workbenchUrl(query), pid, log(), exited, stop() }.
 */
export async function startCodeServer(dir, {
  port, folder = examplesFolder, userDataDir, extensionsDir, env = {}, timeoutMs = 90_000, echo = false,
}) {
  installExitHooks();
  const args = [
    ...codeServerArgs(dir, { userDataDir, extensionsDir }),
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    folder,
  ];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
    running.delete(child);
    resolve({ code, signal });
  }));
  running.set(child, exited);
  let log = '';
  const onData = (chunk) => {
    const text = chunk.toString();
    log += text;
    if (echo) process.stderr.write(text);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  const deadline = Date.now() + timeoutMs;
  let exitInfo;
  void exited.then((info) => { exitInfo = info; });
  while (!log.includes(`HTTP server listening on http://127.0.0.1:${port}/`)) {
    if (exitInfo) throw new Error(`code-server exited (${JSON.stringify(exitInfo)}) before listening:\n${log}`);
    if (Date.now() > deadline) {
      killGroup(child.pid, 'SIGKILL');
      throw new Error(`code-server did not listen on port ${port} within ${timeoutMs / 1000} s:\n${log}`);
    }
    await delay(100);
  }

  const url = `http://127.0.0.1:${port}/`;
  return {
    port,
    pid: child.pid,
    url,
    /** The workbench URL for `folder`, with extra query parameters (for example `payload`). */
    workbenchUrl(query = {}) {
      const params = new URLSearchParams({ folder, ...query });
      return `${url}?${params.toString().replace(/%2F/g, '/')}`;
    },
    log: () => log,
    /** Resolves with { code, signal } when code-server exits. */
    exited,
    /** Stops code-server and everything it forked; resolves when it has exited. */
    async stop() {
      if (exitInfo) {
        killGroup(child.pid, 'SIGKILL'); // anything it forked that outlived it
        return;
      }
      killGroup(child.pid, 'SIGTERM');
      const timer = delay(10_000, 'timeout', { ref: false });
      if ((await Promise.race([exited, timer])) === 'timeout') {
        killGroup(child.pid, 'SIGKILL');
        await exited;
      }
    },
  };
}

/** Headless Chromium through playwright-core; close it with `browser.close()`. */
export async function launchChromium({ headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: chromiumPath,
    headless,
    timeout: 60_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}
