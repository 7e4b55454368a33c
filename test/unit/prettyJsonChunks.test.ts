// The CLI writes its scan JSON piece by piece: the pieces must join to exactly what JSON.stringify(…, null, 2) gives.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { prettyJsonChunks } from '../../src/core/report/prettyJsonChunks';
import { lazyScanJson, toScanJson } from '../../src/core/report/scanJson';
import { createCore } from '../../src/core/createCore';
import { compactAnalysis, MentionTemplates } from '../../src/core/index/compactMentions';
import type { NoteAnalysis } from '../../src/core/analyze';
import { HOSTILE_SHAPES } from '../support/hostileNotes';

const joined = (value: Record<string, unknown>) => [...prettyJsonChunks(value)].join('');

describe('prettyJsonChunks', () => {
  it('joins to JSON.stringify(value, null, 2) for any object of JSON values', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
      assert.equal(joined(value), JSON.stringify(value, null, 2));
    }), { numRuns: 300 });
  });

  it('keeps empty arrays, empty objects, strings holding line breaks and undefined values as JSON.stringify does', () => {
    const value = { a: [], b: {}, c: ['x\ny', { d: [1, [2, []]] }], e: undefined, f: null };
    assert.equal(joined(value), JSON.stringify(value, null, 2));
    assert.equal(joined({}), '{}');
  });

  it('writes long arrays element by element at any depth, exactly as JSON.stringify', () => {
    const long = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
    const value = {
      documents: long(3, (i) => ({ path: `n${i}.md`, mentions: long(200, (j) => ({ start: j, text: `w\n${j}`, gone: undefined })) })),
      nested: [[long(100, (j) => j)], { deep: { list: long(70, (j) => (j % 2 ? null : [j])) } }],
      holes: long(80, (j) => (j % 3 ? undefined : () => j)),
      date: new Date(0),
    };
    assert.equal(joined(value), JSON.stringify(value, null, 2));
    // Pieces stay bounded: a document of 200 mentions is given out in several pieces, not one string.
    const pieces = [...prettyJsonChunks({ documents: [{ mentions: long(5000, (j) => ({ start: j, text: 'word' })) }] })];
    assert.ok(pieces.length > 10 && Math.max(...pieces.map((c) => c.length)) < 20_000, `${pieces.length} pieces`);
  });

  it('batches large elements fewer at a time, small ones more, and joins to the same JSON', () => {
    const long = (n: number, f: (i: number) => unknown) => Array.from({ length: n }, (_, i) => f(i));
    // Deals of sixty sources, then small ones: 128 of the first made one string of 1.7 million characters.
    const sentence = 'x'.repeat(200);
    const value = { deals: [...long(300, (i) => ({ id: `d${i}`, sources: long(60, (j) => ({ start: j, text: sentence })) })), ...long(2000, (i) => ({ id: `s${i}` }))] };
    const pieces = [...prettyJsonChunks(value)];
    assert.equal(pieces.join(''), JSON.stringify(value, null, 2));
    assert.ok(Math.max(...pieces.map((c) => c.length)) < 150_000, `longest piece ${Math.max(...pieces.map((c) => c.length))}`);
    // The small elements after them are batched many at a time again.
    assert.ok(pieces.length < 300 + 2000 / 16, `${pieces.length} pieces`);
  });

  it('writes a lazy scan exactly as the whole scan JSON, built one document at a time', () => {
    const core = createCore();
    const result = core.scan([
      { uri: 'a.md', text: '# A\n\nNvidia investira jusqu’à 100 milliards de dollars dans OpenAI.\nAMD and OpenAI announced a partnership.' },
      { uri: 'b.md', text: 'Nothing here.' },
      { uri: 'c.md', text: 'Oracle signed a $30 billion cloud contract with OpenAI on July 2, 2025.' },
    ]);
    let built = 0;
    const lazy = lazyScanJson(result.notes, result.deals, (u) => { built++; return u; });
    assert.equal(built, 0, 'nothing is built before it is written');
    assert.equal(joined(lazy), JSON.stringify(toScanJson(result.notes, result.deals), null, 2));
    assert.ok(result.deals.length >= 2);
  });

  it('writes compact notes\' mentions from their templates exactly as the mention objects: lines, kept mentions, made mentions', () => {
    const core = createCore();
    const shape = (name: string, size: number) => HOSTILE_SHAPES.find((s) => s.name === name)!.make(size);
    const notes = [
      { uri: 'lines.md', text: '# A\r\n\r\nNvidia investira 100 milliards de dollars dans OpenAI.\rAMD and OpenAI announced a partnership.\n\n\nOracle: 4 %, 1,2 GW, le 3 mars 2026.' },
      // Thousands of distinct names: past a note's new templates, its mentions are kept as they are.
      { uri: 'unknown.md', text: shape('distinct unknown companies, legal forms', 60_000) },
      { uri: 'percent.md', text: shape('percent signs and digits', 20_000) },
      { uri: 'quotes.md', text: 'Le "groupe" \\ Nvidia\t« signe » avec OpenAI\u2028 un accord de 3 M$.\n' },
    ];
    const scanned = core.scan(notes);
    const expected = JSON.stringify(toScanJson(scanned.notes, scanned.deals), null, 2);
    assert.equal(joined(lazyScanJson(scanned.notes, scanned.deals)), expected);
    // Compact notes with templates of their own, of which one holds a value that writes what stands for a field.
    const templates = new MentionTemplates();
    const compact = notes.map((n) => core.analyze(n)).map((a) => compactAnalysis(a, templates));
    const odd = compactAnalysis({ ...core.analyze(notes[0]!), mentions: core.analyze(notes[0]!).mentions.map((m, i) => (i === 1 ? { ...m, kind: '\u0000\u0001text' } : m)) } as NoteAnalysis, templates);
    const all = [...compact, odd];
    assert.equal(joined(lazyScanJson(all, [])), JSON.stringify(toScanJson(all, []), null, 2));
    // Once a note's mentions are made (and may have been changed), they are written as they are.
    const made = compactAnalysis(core.analyze(notes[0]!), templates);
    (made.mentions[0] as { canonical?: string }).canonical = 'changed';
    assert.ok(joined(lazyScanJson([made], [])).includes('"changed"'));
    assert.equal(joined(lazyScanJson([made], [])), JSON.stringify(toScanJson([made], []), null, 2));
  });
});

