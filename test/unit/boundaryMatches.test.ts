// BoundaryPattern finds exactly the matches of the same regex with its lookbehind, on any text (fast-check).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { BoundaryPattern } from '../../src/core/text/boundaryMatches';

/** The matches as [index, text, groups...], comparable with deepEqual. */
const rows = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, ...m]);

/** Texts made of the pieces the patterns care about: words, letters before them, spaces, surrogate pairs. */
const text = fc.array(fc.constantFrom('stake in ', 'astake in ', 'in', 'Nvidia', 'x', ' ', '-', '😀', '\u00a0', 'é', '1', 'sells it to ', 'a'), { maxLength: 40 }).map((p) => p.join(''));

describe('BoundaryPattern: a leading lookbehind checked only where the rest matches', () => {
  const cases: [string, string][] = [
    [String.raw`(?<![\p{L}])`, String.raw`(?:stake in|sells (?:\S+ ){0,4}to) (\p{Lu}\p{L}*)`],
    [String.raw`(?<![\p{L}\p{N}])`, String.raw`(?:in|a)`],
    // Runs of one letter, and a rest that starts with a surrogate pair.
    [String.raw`(?<![\p{L}])`, String.raw`x+`],
    [String.raw`(?<!😀)`, String.raw`(?:😀|\p{L})`],
  ];
  for (const [lookbehind, rest] of cases) {
    it(`${lookbehind}${rest}: the same matches as the whole regex`, () => {
      const pattern = new BoundaryPattern(lookbehind, rest);
      const whole = new RegExp(lookbehind + rest, 'gu');
      fc.assert(fc.property(text, (t) => assert.deepEqual(rows(pattern.matchAll(t)), rows(t.matchAll(whole)))), { numRuns: 300 });
    });
  }

  it('ignores case as the flag i does, in the words and in the lookbehind', () => {
    const lookbehind = String.raw`(?<![\p{L}])`;
    const rest = String.raw`(?:investors|clients) (?:including|such as) (\p{Lu}\p{L}*)`;
    const pattern = new BoundaryPattern(lookbehind, rest, { ignoreCase: true });
    const whole = new RegExp(lookbehind + rest, 'giu');
    const cased = fc.array(fc.constantFrom('Investors including ', 'CLIENTS such as ', 'xinvestors including ', 'Nvidia', 'é', ' ', 'and '), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(cased, (t) => assert.deepEqual(rows(pattern.matchAll(t)), rows(t.matchAll(whole)))), { numRuns: 300 });
    assert.equal([...pattern.matchAll('INVESTORS INCLUDING Nvidia')].length, 1);
  });

  it('gives each walk its own position: two walks of one pattern, one inside the other, both see every match', () => {
    const pattern = new BoundaryPattern(String.raw`(?<![\p{L}])`, 'ab');
    const pairs: number[][] = [];
    for (const outer of pattern.matchAll('ab ab')) for (const inner of pattern.matchAll('ab xab ab')) pairs.push([outer.index, inner.index]);
    assert.deepEqual(pairs, [[0, 0], [0, 7], [3, 0], [3, 7]]);
  });
});
