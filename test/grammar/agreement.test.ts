// On the example notes, what the grammars colour is what the core recognises: the same spans with the same
// kinds, except what only code can know (ambiguous aliases taken in context, companies inferred from
// context: semantic tokens colour those) and the few quantities a line break cuts (TextMate reads one line
// at a time).
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCore } from '../../src/core/createCore';
import { builtinLexicon } from '../../src/core/lexicon/builtin';
import { GrammarCoverage } from '../../src/core/highlight/grammarNames';
import type { Mention } from '../../src/core/types';
import { repoRoot, spans, type Language } from './tokenize';

const examples = path.join(repoRoot, 'examples', 'notes');
const core = createCore();
const coverage = new GrammarCoverage(builtinLexicon().entities);
const key = (s: { kind: string; start: number; end: number; text: string }) => `${s.kind} ${JSON.stringify(s.text)} @${s.start}`;

/** What the grammar is expected to colour: the core's mentions it can know, on one line. */
function expected(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => coverage.covers(m) && !/[\r\n]/.test(m.text));
}

describe('grammars agree with the core recogniser on examples/notes', () => {
  const files = fs.readdirSync(examples).filter((f) => /\.(md|txt|note)$/.test(f)).sort();
  it('has example notes in both languages', () => {
    assert.ok(files.some((f) => f.endsWith('.md')) && files.some((f) => !f.endsWith('.md')));
  });
  for (const file of files) {
    // Markdown notes through the Markdown injection; .txt and .note notes through the Research Note grammar.
    const language: Language = file.endsWith('.md') ? 'markdown' : 'research-note';
    it(`${file} (${language})`, async () => {
      const text = fs.readFileSync(path.join(examples, file), 'utf8');
      const mentions = core.analyze({ uri: file, text }).mentions;
      const want = expected(mentions).map(key);
      const got = (await spans(text, language)).map(key);
      assert.deepEqual(got, want);
      // The check is not empty: every example names at least one company.
      assert.ok(got.some((k) => k.startsWith('company')), 'no company coloured');
    });
  }
  it('leaves to semantic tokens only ambiguous aliases and inferred companies', () => {
    const left = files.flatMap((file) => {
      const text = fs.readFileSync(path.join(examples, file), 'utf8');
      return core.analyze({ uri: file, text }).mentions.filter((m) => !coverage.covers(m)).map((m) => `${m.canonical}${m.confidence !== undefined ? ' (inferred)' : ''}`);
    });
    assert.deepEqual([...new Set(left)].sort(), ['Blackwell', 'Instinct', 'Quantaflux (inferred)']);
  });
});
