// Runs the same integration suites in a desktop VS Code through @vscode/test-electron, when one is given:
//   VSCODE_EXECUTABLE=/path/to/code node test/integration/runElectron.mjs
// (these machines cannot download VS Code, so there is no download fallback). Skipped, with a message,
// when VSCODE_EXECUTABLE is unset.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { examplesFolder, repoRoot, tempDir } from '../../scripts/vscode-server.mjs';
import { reportResults } from './results.mjs';

async function main() {
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  if (!vscodeExecutablePath) {
    console.log('desktop VS Code runner skipped: set VSCODE_EXECUTABLE to a VS Code executable to run the '
      + 'integration suites there too (they ran in code-server).');
    return;
  }
  if (!fs.existsSync(vscodeExecutablePath)) throw new Error(`VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist`);
  const { runTests } = await import('@vscode/test-electron');
  const tmp = tempDir('deal-notes-electron-');
  const resultsPath = path.join(tmp.dir, 'results.json');
  let exitError;
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'integration', 'index.js'),
      extensionTestsEnv: { DEAL_NOTES_TEST_RESULTS: resultsPath },
      launchArgs: [
        examplesFolder,
        '--disable-extensions', // other installed extensions; the development one still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(tmp.dir, 'user-data'),
        '--extensions-dir', path.join(tmp.dir, 'extensions'),
      ],
    });
  } catch (err) {
    exitError = err; // runTests rejects when the run fails; the results file says why
  }
  const ok = reportResults(resultsPath, 'desktop VS Code') && !exitError;
  if (exitError && fs.existsSync(resultsPath)) console.error(`VS Code exited with an error: ${exitError}`);
  tmp.remove();
  process.exitCode = ok ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
