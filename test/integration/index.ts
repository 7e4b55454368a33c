// Entry point VS Code's extension host loads as `extensionTestsPath` (code-server's `payload`, or
// @vscode/test-electron on a desktop). Runs every suite in ./suite with mocha, writes the results as JSON
// to $DEAL_NOTES_TEST_RESULTS (the runners read and print it) and rejects when a test fails.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface TestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface TestResults {
  passes: number;
  failures: number;
  pending: number;
  tests: TestResult[];
  /** Errors outside any test (a suite that fails to load, a hook). */
  errors: string[];
  vscodeVersion: string;
  durationMs: number;
}

function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

export async function run(): Promise<void> {
  const started = Date.now();
  // Required lazily so that only the extension host (never a plain Node process) needs `vscode`.
  const vscode = await import('vscode');
  const results: TestResults = {
    passes: 0, failures: 0, pending: 0, tests: [], errors: [], vscodeVersion: vscode.version, durationMs: 0,
  };
  // DEAL_NOTES_INTEGRATION_GREP runs only the tests whose full title matches (while working on one suite).
  const grep = process.env.DEAL_NOTES_INTEGRATION_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  const suiteDir = path.join(__dirname, 'suite');
  for (const file of fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(suiteDir, file));
  }
  try {
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        results.passes++;
        results.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'passed', durationMs: test.duration });
      });
      runner.on('fail', (runnable, err) => {
        results.failures++;
        if (runnable.type === 'test') {
          results.tests.push({
            title: runnable.title, fullTitle: runnable.fullTitle(), state: 'failed',
            durationMs: runnable.duration, error: describeError(err),
          });
        } else {
          results.errors.push(`${runnable.fullTitle()}: ${describeError(err)}`);
        }
      });
      runner.on('pending', (test) => {
        results.pending++;
        results.tests.push({ title: test.title, fullTitle: test.fullTitle(), state: 'pending' });
      });
    });
  } catch (err) {
    results.failures++;
    results.errors.push(describeError(err));
  }
  results.durationMs = Date.now() - started;

  const resultsPath = process.env.DEAL_NOTES_TEST_RESULTS;
  if (resultsPath) fs.writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  if (results.failures > 0) throw new Error(`${results.failures} integration test(s) failed`);
  if (results.passes === 0) throw new Error('no integration test ran');
}
