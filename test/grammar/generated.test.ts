// The checked-in grammars are what scripts/generate-grammars.ts makes of the current lexicon.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateGrammars, INJECTION_SCOPE, RESEARCH_NOTE_SCOPE, SCOPES, staleGrammars } from '../../scripts/generate-grammars';
import { repoRoot } from './tokenize';

describe('grammars: generated from the lexicon', () => {
  it('are up to date (npm run grammars regenerates them)', () => {
    assert.deepEqual(staleGrammars(repoRoot), [], 'run `npm run grammars` and commit syntaxes/');
  });

  it('are declared in package.json with the scopes the generator writes', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const grammars: { scopeName: string; path: string; language?: string; injectTo?: string[] }[] = pkg.contributes.grammars;
    const byScope = new Map(grammars.map((g) => [g.scopeName, g]));
    assert.equal(byScope.get(RESEARCH_NOTE_SCOPE)?.language, 'research-note');
    assert.deepEqual(byScope.get(INJECTION_SCOPE)?.injectTo, ['text.html.markdown']);
    for (const g of generateGrammars()) assert.ok(grammars.some((d) => path.normalize(d.path) === path.normalize(`./${g.path}`)), `${g.path} not contributed`);
  });

  it('map every semantic token type to the grammar scope of the same kind, so themes colour both alike', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const scopes: Record<string, string[]> = Object.assign({}, ...pkg.contributes.semanticTokenScopes.map((s: { scopes: object }) => s.scopes));
    for (const [kind, scope] of Object.entries(SCOPES)) {
      const type = `dealNotes${kind[0]!.toUpperCase()}${kind.slice(1)}`;
      assert.deepEqual(scopes[type], [scope], type);
      assert.ok(pkg.contributes.semanticTokenTypes.some((t: { id: string }) => t.id === type), `semantic token type ${type}`);
    }
  });

  it('use standard scope roots with a .dealnotes suffix, and every rule has a comment', () => {
    for (const scope of Object.values(SCOPES)) assert.match(scope, /^(?:entity\.name|constant\.numeric|constant\.other|support)\.[\w.]+\.dealnotes$/);
    const note = generateGrammars()[0]!;
    const grammar = JSON.parse(note.content);
    for (const [name, rule] of Object.entries<{ comment?: string }>(grammar.repository)) assert.ok(rule.comment, `rule ${name} has no comment`);
  });
});
