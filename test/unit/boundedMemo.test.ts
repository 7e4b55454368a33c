import { strict as assert } from 'node:assert';
import { boundedMemo } from '../../src/core/text/boundedMemo';

describe('boundedMemo', () => {
  it('computes each key once, an undefined answer too, and starts over past its limit', () => {
    const asked: string[] = [];
    const lengthOrNone = boundedMemo(2, (s): number | undefined => {
      asked.push(s);
      return s ? s.length : undefined;
    });
    assert.equal(lengthOrNone('ab'), 2);
    assert.equal(lengthOrNone(''), undefined);
    assert.equal(lengthOrNone('ab'), 2);
    assert.equal(lengthOrNone(''), undefined);
    assert.deepEqual(asked, ['ab', '']);
    // A third key empties the map (limit 2): the first ones are computed again.
    assert.equal(lengthOrNone('xyz'), 3);
    assert.equal(lengthOrNone('ab'), 2);
    assert.deepEqual(asked, ['ab', '', 'xyz', 'ab']);
  });
});
