// Every user-visible string of the extension has its French translation: the `vscode.l10n.t` strings of
// src/ in l10n/bundle.l10n.fr.json, the manifest's %keys% in package.nls.json and package.nls.fr.json.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const readJson = (p: string) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8')) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The first argument of every l10n.t('…') call written as a string literal. */
function l10nStrings(): Set<string> {
  const out = new Set<string>();
  const re = /l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  for (const file of sourceFiles(path.join(root, 'src'))) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(re)) out.add(m[2]!.replace(/\\(['"`\\])/g, '$1'));
  }
  return out;
}

describe('localisation', () => {
  it('translates every vscode.l10n.t string into French', () => {
    const fr = readJson('l10n/bundle.l10n.fr.json');
    const missing = [...l10nStrings()].filter((s) => !(s in fr));
    assert.deepEqual(missing, [], 'add these to l10n/bundle.l10n.fr.json');
  });
  it('keeps the placeholders of each string in its translation', () => {
    const fr = readJson('l10n/bundle.l10n.fr.json');
    for (const [en, t] of Object.entries(fr)) {
      const holes = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
      assert.deepEqual(holes(String(t)), holes(en), en);
    }
  });
  it('has an English and a French text for every %key% of package.json', () => {
    const pkg = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const keys = new Set([...pkg.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!));
    const en = readJson('package.nls.json');
    const fr = readJson('package.nls.fr.json');
    assert.deepEqual([...keys].filter((k) => !(k in en)), [], 'missing in package.nls.json');
    assert.deepEqual([...keys].filter((k) => !(k in fr)), [], 'missing in package.nls.fr.json');
  });
  it('declares the l10n folder in package.json', () => {
    assert.equal(readJson('package.json').l10n, './l10n');
  });
  it('writes counts as proper plurals, never "deal(s)" or "autre(s)"', () => {
    const hedged = /\p{L}\((?:s|es|e|x)\)/u;
    const texts = [
      ...Object.keys(readJson('l10n/bundle.l10n.fr.json')), ...Object.values(readJson('l10n/bundle.l10n.fr.json')).map(String),
      ...Object.values(readJson('package.nls.json')).map(String), ...Object.values(readJson('package.nls.fr.json')).map(String),
    ];
    assert.deepEqual(texts.filter((t) => hedged.test(t)), []);
    assert.deepEqual([...l10nStrings()].filter((t) => hedged.test(t)), []);
    const cliOutput = sourceFiles(path.join(root, 'src', 'cli')).flatMap((f) => fs.readFileSync(f, 'utf8').split('\n').filter((l) => /console\.(log|error|warn)/.test(l) && /\p{Ll}\((?:s|es|x)\)/u.test(l)));
    assert.deepEqual(cliOutput, []);
  });
});
