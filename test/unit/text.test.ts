import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { foldCode, foldText, foldTextSteps, isWordEnd, isWordStart, looseKey } from '../../src/core/text/chars';
import { LineIndex } from '../../src/core/text/lineIndex';
import { sentenceAt, splitSentences } from '../../src/core/text/sentences';
import { decodeNote } from '../../src/core/text/decode';
import { runToEnd } from '../../src/core/steps';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('text: characters', () => {
  it('treats accented letters as word characters and apostrophes as boundaries', () => {
    const t = 'd’OpenAI métaux';
    assert.ok(isWordStart(t, 2));
    assert.ok(!isWordStart(t, 10));
    assert.ok(isWordEnd(t, 8));
    assert.ok(!isWordEnd(t, 11));
  });
  it('folds typographic apostrophes, special spaces and hyphens without changing length', () => {
    const t = 'd’OpenAI\u00a02\u202f500 Spectrum\u2011X';
    const f = foldText(t);
    assert.equal(f.length, t.length);
    assert.equal(f, "d'OpenAI 2 500 Spectrum-X");
  });
  it('folds a long text in steps exactly as at once, pausing along the way', () => {
    const t = 'd’OpenAI\u00a02\u202f500 Spectrum\u2011X, '.repeat(20_000);
    let pauses = 0;
    const steps = foldTextSteps(t);
    for (let r = steps.next(); !r.done || (assert.equal(r.value, foldText(t)), false); r = steps.next()) pauses++;
    assert.ok(pauses >= 4, `${pauses} pauses`);
    assert.equal(runToEnd(foldTextSteps('plain ascii')), 'plain ascii');
  });
  it('folds code units exactly as it folds text', () => {
    const sample = 'd’OpenAI\u00a0\u202f\u2009\u2007\t`´ʼ‘ Spectrum\u2010\u2011\u2012\u2013X é€';
    for (const ch of sample) assert.equal(String.fromCharCode(foldCode(ch.charCodeAt(0))), foldText(ch), JSON.stringify(ch));
  });
  it('compares names loosely', () => {
    assert.equal(looseKey('Les Échos'), looseKey('les echos'));
  });
  it('gives plain ASCII names (its quick way) the key of the whole normalisation', () => {
    // The whole normalisation, as looseKey does it for any other name.
    const slow = (s: string) => foldText(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
    const pieces = fc.array(fc.constantFrom('Nvidia', 'a', 'Z', '-', '.', '&', '`', "'", ' ', '  ', '\t', '_', '~', 'É', '1'), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(pieces, fc.string({ unit: 'binary-ascii' })), (s) => assert.equal(looseKey(s), slow(s), JSON.stringify(s))), { numRuns: 2000 });
    assert.equal(looseKey('Mistral AI'), 'mistral ai');
    assert.equal(looseKey(' Mistral  AI '), 'mistral ai');
    assert.equal(looseKey('Open`AI'), "open'ai");
  });
});

describe('text: sentences', () => {
  it('splits on terminators followed by a capital and on line breaks', () => {
    assert.deepEqual(sentencesOf('Nvidia invests. OpenAI agrees!\nNext line? Yes'), ['Nvidia invests.', 'OpenAI agrees!', 'Next line?', 'Yes']);
  });
  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    assert.deepEqual(sentencesOf('Etchwell Inc. signed with J. Huang for $1.5 billion. Then U.S. regulators reviewed it.'), [
      'Etchwell Inc. signed with J. Huang for $1.5 billion.',
      'Then U.S. regulators reviewed it.',
    ]);
  });
  it('joins hard-wrapped lines but not headings, list items or paragraphs', () => {
    const text = [
      'Centres de données : ordres de grandeur',
      'Note du 12 novembre 2025',
      '',
      'De son côté, Oracle a commandé à Nvidia pour 2 500 M$ de systèmes, soit environ',
      '2,2 milliards d’euros. Microsoft prévoit d’investir dans ses centres de données européens',
      'd’ici 2030, selon deux sources proches du dossier and a long line that was wrapped by a mail',
      'Client at seventy characters.',
      '- a list item',
      '- another',
    ].join('\r\n');
    assert.deepEqual(sentencesOf(text).map((s) => s.replace(/\s+/g, ' ')), [
      'Centres de données : ordres de grandeur',
      'Note du 12 novembre 2025',
      'De son côté, Oracle a commandé à Nvidia pour 2 500 M$ de systèmes, soit environ 2,2 milliards d’euros.',
      'Microsoft prévoit d’investir dans ses centres de données européens d’ici 2030, selon deux sources proches du dossier and a long line that was wrapped by a mail Client at seventy characters.',
      '- a list item',
      '- another',
    ]);
  });
  it('ends a title line over a much longer paragraph, even a long title with no punctuation', () => {
    const title = 'Quorvane gets new backing from Andreessen Horowitz, Lightspeed, Sequoia and others';
    const paragraph = 'Quorvane has secured fresh backing from four venture capital firms as its founder closes in on a new funding round that values the startup at 18 billion dollars, people familiar with the matter said.';
    assert.deepEqual(sentencesOf(`${title}\n${paragraph}`), [title, paragraph]);
  });
  it('handles CRLF and empty text', () => {
    assert.deepEqual(sentencesOf('Un.\r\nDeux.'), ['Un.', 'Deux.']);
    assert.deepEqual(splitSentences(''), []);
  });
  it('finds the sentence around an offset', () => {
    const text = 'A b. C d. E f.';
    const spans = splitSentences(text);
    assert.equal(text.slice(sentenceAt(spans, 6)!.start, sentenceAt(spans, 6)!.end), 'C d.');
    assert.equal(sentenceAt(spans, 100), undefined);
  });
});

describe('text: line index', () => {
  it('maps offsets to lines and back with LF, CRLF and CR', () => {
    const text = 'one\ntwo\r\nthree\rfour';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(text.indexOf('two')), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(text.indexOf('four') + 2), { line: 3, character: 2 });
    assert.equal(idx.offsetAt({ line: 2, character: 1 }), text.indexOf('three') + 1);
    assert.deepEqual(idx.positionAt(999), { line: 3, character: 4 });
  });
});

describe('text: decoding notes', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it('decodes UTF-8 and strips its BOM', () => {
    const r = decodeNote(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('Été')]));
    assert.deepEqual(r, { ok: true, text: 'Été', encoding: 'utf-8' });
  });
  it('decodes UTF-16 LE with a BOM', () => {
    const r = decodeNote(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xe9, 0x00]));
    assert.deepEqual(r, { ok: true, text: 'Aé', encoding: 'utf-16le' });
  });
  it('falls back to Windows-1252 for legacy bytes', () => {
    const r = decodeNote(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80]));
    assert.deepEqual(r, { ok: true, text: 'café €', encoding: 'windows-1252' });
  });
  it('refuses binary and oversized files with a reason', () => {
    const bin = decodeNote(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    assert.equal(bin.ok, false);
    assert.match((bin as { reason: string }).reason, /binary/);
    const big = decodeNote(new Uint8Array(20), 10);
    assert.match((big as { reason: string }).reason, /too large/);
  });
});
