// `npm start`: builds and packages the extension, installs the VSIX into a local code-server (a real
// VS Code in the browser) and serves examples/notes on 127.0.0.1 until Ctrl+C.
//   PORT=9000 npm start        a given port (default: the first free one from 8080)
//   npm start -- <folder>      serve another folder of notes
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  examplesFolder, freePort, installExtension, npmRun, repoRoot, setupVsCode, startCodeServer, vsixPath,
  writeUserSettings,
} from './vscode-server.mjs';

const say = (text) => console.log(`[start] ${text}`);

async function main() {
  const folder = path.resolve(process.argv[2] ?? examplesFolder);
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`${folder} is not a folder`);

  say('building and packaging the extension (npm run package)');
  fs.mkdirSync(path.dirname(vsixPath), { recursive: true });
  npmRun('package', { quiet: true });
  say(`packaged ${path.relative(repoRoot, vsixPath)}`);

  say('checking code-server, Chromium and ripgrep (scripts/setup-vscode.sh)');
  const codeServerDir = setupVsCode();

  // A demo profile of its own, kept between runs (git ignores .cache/).
  const demoDir = path.join(repoRoot, '.cache', 'demo');
  const userDataDir = path.join(demoDir, 'user-data');
  const extensionsDir = path.join(demoDir, 'extensions');
  if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json'))) {
    writeUserSettings(userDataDir, { 'workbench.colorTheme': 'Default Dark Modern' });
  }
  say('installing the VSIX into code-server');
  installExtension(codeServerDir, { vsix: vsixPath, userDataDir, extensionsDir });

  const port = process.env.PORT ? Number(process.env.PORT) : await freePort(8080);
  const server = await startCodeServer(codeServerDir, { port, folder, userDataDir, extensionsDir });
  const url = server.workbenchUrl();
  console.log('');
  say(`VS Code (code-server ${path.basename(codeServerDir).replace('code-server-', '')}) with Deal Notes installed from the VSIX`);
  say(`serving ${path.relative(process.cwd(), folder) || '.'} — open:`);
  console.log(`\n    ${url}\n`);
  const code = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' }).stdout.trim();
  if (code) {
    say('a desktop VS Code is on PATH too; to install the extension there, run:');
    console.log(`\n    code --install-extension ${path.relative(process.cwd(), vsixPath)}\n`);
  }
  say('press Ctrl+C to stop');
  const { code: exitCode, signal } = await server.exited; // Ctrl+C is handled in vscode-server.mjs
  if (exitCode !== 0 && signal == null) {
    console.error(server.log().split('\n').slice(-30).join('\n'));
    throw new Error(`code-server exited with code ${exitCode}`);
  }
}

main().catch((err) => {
  console.error(`[start] ${err.message ?? err}`);
  process.exit(1);
});
