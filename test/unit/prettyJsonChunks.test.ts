// The CLI writes its scan JSON piece by piece: the pieces must join to exactly what JSON.stringify(…, null, 2) gives.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { prettyJsonChunks } from '../../src/core/report/prettyJsonChunks';
import { lazyScanJson, toScanJson } from '../../src/core/report/scanJson';
import { createCore } from '../../src/core/createCore';

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
});
