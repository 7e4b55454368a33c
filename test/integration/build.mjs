// Bundles the integration tests for VS Code's extension host: the index (which runs mocha, bundled in)
// and one file per suite, into out/integration/. `vscode` is provided by the extension host.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const outdir = path.join(root, 'out', 'integration');
const suites = fs.readdirSync(path.join(here, 'suite'))
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => path.join(here, 'suite', f));

fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: [path.join(here, 'index.ts'), ...suites],
  outdir,
  outbase: here,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  sourcesContent: false,
  external: ['vscode'],
  // Mocha 12 is partly ESM: its file unloader asks for import.meta.url, which CommonJS lacks.
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: 'const __importMetaUrl = require("url").pathToFileURL(__filename).href;' },
  logLevel: 'warning',
  // Mocha's parallel mode (never used here) resolves worker files next to itself.
  logOverride: { 'require-resolve-not-external': 'silent' },
});
console.log(`integration tests bundled into ${path.relative(root, outdir)}/ (${suites.length} suite file(s))`);
