// Reads the results JSON that test/integration/index.ts writes and prints it; shared by both runners.
import * as fs from 'node:fs';

/** Prints every test with ✓/✗ and the failures; returns true when the results exist and show no failure. */
export function reportResults(resultsPath, label) {
  if (!fs.existsSync(resultsPath)) {
    console.error(`✗ ${label}: no results file at ${resultsPath} (the extension host did not finish the run)`);
    return false;
  }
  const results = JSON.parse(fs.readFileSync(resultsPath, 'utf8'));
  console.log(`\n${label}: extension-host results (VS Code ${results.vscodeVersion})`);
  for (const test of results.tests) {
    const mark = test.state === 'passed' ? '✓' : test.state === 'failed' ? '✗' : '-';
    const time = test.durationMs != null ? ` (${test.durationMs} ms)` : '';
    console.log(`  ${mark} ${test.fullTitle}${test.state === 'pending' ? ' (pending)' : time}`);
  }
  const failed = results.tests.filter((t) => t.state === 'failed');
  for (const [i, test] of failed.entries()) {
    console.log(`\n  ${i + 1}) ${test.fullTitle}\n${indent(test.error ?? '', 5)}`);
  }
  for (const error of results.errors) console.log(`\n  error outside a test:\n${indent(error, 5)}`);
  console.log(`\n  ${results.passes} passing, ${results.failures} failing, ${results.pending} pending `
    + `(${(results.durationMs / 1000).toFixed(1)} s in the extension host)\n`);
  return results.failures === 0 && results.errors.length === 0 && results.passes > 0;
}

function indent(text, n) {
  return text.split('\n').map((line) => ' '.repeat(n) + line).join('\n');
}
