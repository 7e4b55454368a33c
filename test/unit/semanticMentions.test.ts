import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { builtinLexicon } from '../../src/core/lexicon/builtin';
import { GrammarCoverage } from '../../src/core/highlight/grammarNames';
import { markdownCodeRanges, overlapsAny } from '../../src/core/highlight/markdownCode';
import { SEMANTIC_TOKEN_TYPES, mentionsToColour, semanticTokens } from '../../src/core/highlight/semanticMentions';
import { LineIndex } from '../../src/core/text/lineIndex';
import type { Mention } from '../../src/core/types';

const core = createCore();
const coverage = new GrammarCoverage(builtinLexicon().entities);
const slices = (text: string, ranges: { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('highlighting: Markdown code ranges', () => {
  it('finds fenced blocks, inline code, indented blocks and front matter', () => {
    const text = '---\ndate: 2025-09-22\n---\n# T\n\nSee `Nvidia` and ``a ` b``.\n\n```js\nNvidia\n```\n\n    indented Nvidia\n\n~~~\nopen fence';
    assert.deepEqual(slices(text, markdownCodeRanges(text)), [
      '---\ndate: 2025-09-22\n---', '`Nvidia`', '``a ` b``', '```js\nNvidia\n```', '    indented Nvidia', '~~~\nopen fence',
    ]);
  });
  it('does not take an indented list continuation for code', () => {
    const text = '- item\n\n    continued Nvidia\n';
    assert.deepEqual(markdownCodeRanges(text), []);
  });
  it('tells whether a span overlaps a range', () => {
    const ranges = [{ start: 5, end: 10 }, { start: 20, end: 30 }];
    assert.equal(overlapsAny(ranges, 0, 5), false);
    assert.equal(overlapsAny(ranges, 9, 12), true);
    assert.equal(overlapsAny(ranges, 25, 26), true);
    assert.equal(overlapsAny(ranges, 30, 40), false);
  });
});

describe('highlighting: semantic tokens', () => {
  const text = 'La start-up Quantaflux signe avec Mistral AI un contrat de 1,3 Md€ ; GPU AMD Instinct.\n`Nvidia` Grace\n';
  const mentions = core.analyze({ uri: 'x', text }).mentions;
  const kinds = (list: readonly Mention[]) => list.map((m) => `${m.kind}:${m.text}`);

  it('colours every mention of a plain-text note', () => {
    assert.deepEqual(kinds(mentionsToColour(text, mentions, 'plaintext', coverage)), kinds(mentions));
    assert.ok(mentions.some((m) => m.kind === 'money'));
  });
  it('adds to the Markdown grammar only what it cannot know, and nothing in code', () => {
    const coloured = kinds(mentionsToColour(text, mentions, 'markdown', coverage));
    assert.deepEqual(coloured.slice(0, 2), ['company:Quantaflux', 'chip:Instinct']);
    assert.ok(mentions.some((m) => m.text === 'Nvidia'), 'the recogniser reads code too');
    assert.ok(!coloured.some((k) => /Nvidia|Mistral|money|Md€/.test(k)), coloured.join(', '));
  });
  it('adds user entities in research notes', () => {
    const user = createCore({ userEntities: [{ id: 'acme', kind: 'company', name: 'Acme Robotics', aliases: [], source: 'user' }] });
    const m = user.analyze({ uri: 'y', text: 'Acme Robotics signs with OpenAI.' }).mentions;
    assert.deepEqual(kinds(mentionsToColour('Acme Robotics signs with OpenAI.', m, 'research-note', coverage)), ['company:Acme Robotics']);
  });
  it('encodes tokens per line, splitting a mention that crosses a line break', () => {
    const t = 'Le prix: 100 milliards\nde dollars, OpenAI.';
    const ms: Mention[] = [
      { kind: 'money', text: '100 milliards\nde dollars', canonical: '$100B', start: 9, end: 33 },
      { kind: 'company', text: 'OpenAI', canonical: 'OpenAI', start: 35, end: 41 },
    ];
    assert.deepEqual(semanticTokens(ms, new LineIndex(t), t), [
      { line: 0, character: 9, length: 13, type: SEMANTIC_TOKEN_TYPES.indexOf('dealNotesMoney') },
      { line: 1, character: 0, length: 10, type: SEMANTIC_TOKEN_TYPES.indexOf('dealNotesMoney') },
      { line: 1, character: 12, length: 6, type: SEMANTIC_TOKEN_TYPES.indexOf('dealNotesCompany') },
    ]);
  });
});
