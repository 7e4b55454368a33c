// Bundles the extension (Node and web), the CLI and the Deal Map webview (its script and stylesheet); type-checking is `tsc --noEmit`.
// Flags: --production (minify, no source maps), --watch.
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** The engine's identity (src/core/engine.ts): the package version and every file of src/core, hashed. */
function engineVersion() {
  const hash = createHash('sha256').update(JSON.parse(readFileSync('package.json', 'utf8')).version);
  const files = readdirSync('src/core', { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort();
  for (const f of files) hash.update(f).update(readFileSync(f));
  return hash.digest('hex').slice(0, 16);
}

const common = {
  define: { __DEAL_NOTES_ENGINE__: JSON.stringify(engineVersion()) },
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
  external: ['vscode'],
  target: 'es2022',
  // ESM builds first: some packages' UMD "main" (jsonc-parser's) loads modules dynamically, which a bundle
  // cannot follow.
  mainFields: ['module', 'main'],
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs' },
  {
    ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser',
    format: 'cjs', mainFields: ['browser', 'module', 'main'],
  },
  {
    ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The Deal Map's drawing code runs in the webview: browser only, d3 bundled in, no `vscode` module; its
  // CSS import becomes dist/webview/dealMap.css.
  {
    ...common, entryPoints: ['src/webview/dealMap/main.ts'], outfile: 'dist/webview/dealMap.js', platform: 'browser',
    format: 'iife', external: [], mainFields: ['browser', 'module', 'main'],
  },
];

if (watch) {
  const contexts = await Promise.all(targets.map((t) => esbuild.context(t)));
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(targets.map((t) => esbuild.build(t)));
}
