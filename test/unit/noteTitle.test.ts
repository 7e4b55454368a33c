// A note's title as lists show it: its headline, never the metadata a clipped article begins with.
import { strict as assert } from 'node:assert';
import { noteTitle } from '../../src/core/analyze';

describe('noteTitle', () => {
  it('skips the source, lang, date and url lines of a clipped article', () => {
    const text = 'source: https://example.com/2025/10/lumora-raises\nlang: en\ndate: 2025-10-02\nurl: https://example.com/x\n\n# Lumora raises $2 billion from Etchwell\n\nLumora said on Thursday…';
    assert.equal(noteTitle(text, 'file:///w/clip.md'), 'Lumora raises $2 billion from Etchwell');
  });
  it('reads French metadata and spaces before the colon, and a plain first line as the headline', () => {
    const text = 'Source : https://exemple.fr/article\nLangue : fr\nQuantaflux lève 40 millions d’euros\n\nLa start-up…';
    assert.equal(noteTitle(text, 'file:///w/clip.txt'), 'Quantaflux lève 40 millions d’euros');
  });
  it('takes a title line as the title', () => {
    assert.equal(noteTitle('source: https://example.com\ntitle: "Etchwell buys a fab"\n\nBody.', 'file:///w/a.md'), 'Etchwell buys a fab');
  });
  it('skips front matter, then metadata lines', () => {
    const text = '---\ndate: 2025-09-22\ntags: [a]\n---\nsource: wire\n# Nvidia to invest in OpenAI\n';
    assert.equal(noteTitle(text, 'file:///w/a.md'), 'Nvidia to invest in OpenAI');
  });
  it('keeps a first line that only looks like metadata ("Note: …" is text)', () => {
    assert.equal(noteTitle('Note: OpenAI signs with AMD\nmore', 'file:///w/a.md'), 'Note: OpenAI signs with AMD');
  });
  it('falls back on the file name when the note has only metadata', () => {
    assert.equal(noteTitle('source: https://example.com\nlang: en\n', 'file:///w/empty-clip.md'), 'empty-clip.md');
  });
});
