// Counts packed into one string for the persistent cache (a deal's sources' places, an entity's notes): read
// back exactly, and anything else than the expected number of valid counts refused.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { packCounts, unpackCounts } from '../../src/core/index/packedCounts';

describe('packed counts', () => {
  // A fixed seed, so a run in CI is repeatable; FC_SEED and FC_RUNS explore further.
  const seed = Number(process.env.FC_SEED ?? 20261130);
  const numRuns = Number(process.env.FC_RUNS ?? 300);

  it('reads back what was packed, for any list of counts up to 2³²−1', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.nat(3000), fc.integer({ min: 0, max: 0xffff_ffff }))), (counts) => {
        const packed = packCounts(counts);
        assert.equal(typeof packed, 'string');
        assert.deepEqual([...unpackCounts(packed, counts.length)!], counts);
      }),
      { seed, numRuns },
    );
  });

  it('is short: base 36, separated by commas', () => {
    assert.equal(packCounts([0, 35, 36, 1295, 0xffff_ffff]), '0,z,10,zz,1z141z3');
    assert.equal(packCounts([]), '');
  });

  it('packs nothing that is not a whole number from 0 to 2³²−1', () => {
    for (const bad of [-1, 1.5, 2 ** 32, Number.NaN, Number.POSITIVE_INFINITY]) assert.equal(packCounts([1, bad]), undefined, String(bad));
  });

  it('refuses a list of another length, an empty count, another character or a count too large', () => {
    const ok = packCounts([3, 1, 4, 1, 5])!;
    assert.deepEqual([...unpackCounts(ok, 5)!], [3, 1, 4, 1, 5]);
    for (const expected of [0, 4, 6]) assert.equal(unpackCounts(ok, expected), undefined, `${expected} counts`);
    for (const bad of ['3,,4', ',3', '3,', '3,A', '3,-1', '3, 4', '3,1.5', '3,é', '1z141z4', 'zzzzzzzzzzzz'] as const) {
      assert.equal(unpackCounts(bad, bad.split(',').length), undefined, bad);
    }
    assert.equal(unpackCounts(42, 1), undefined);
    assert.equal(unpackCounts(['3'], 1), undefined);
    assert.deepEqual([...unpackCounts('', 0)!], []);
    assert.equal(unpackCounts('0', 0), undefined);
  });
});
