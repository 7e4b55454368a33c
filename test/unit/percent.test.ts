import { strict as assert } from 'node:assert';
import { findPercent } from '../../src/core/recognize/percent';

describe('percent', () => {
  const cases: Array<[string, string, number, string?]> = [
    ['Nvidia achète 4 % d’Intel', '4 %', 4],
    ['buys 4% of Intel', '4%', 4],
    ['4\u00a0% du capital', '4\u00a0%', 4],
    ['4\u202f% du capital', '4\u202f%', 4],
    ['en hausse de 6,21 %', '6,21 %', 6.21],
    ['soit 12 % du chiffre', '12 %', 12],
    ['4 pour cent', '4 pour cent', 4],
    ['4 percent', '4 percent', 4],
    ['4 per cent', '4 per cent', 4],
    ['a 4.5% stake', '4.5%', 4.5],
    ['quatre pour cent', 'quatre pour cent', 4],
    ['ten percent', 'ten percent', 10],
    ['recul de -3 %', '-3 %', -3],
    ['environ 10 % du capital', '10 %', 10, 'about'],
    ['plus de 20 % dans la journée', '20 %', 20, 'more than'],
    ['roughly 10% of the company', '10%', 10, 'about'],
  ];
  for (const [input, text, percent, qualifier] of cases) {
    it(`${input}`, () => {
      const found = findPercent(input);
      assert.equal(found.length, 1, JSON.stringify(found));
      const m = found[0];
      assert.ok(m);
      assert.equal(m.kind, 'percent');
      assert.equal(m.text, text);
      assert.equal(m.text, input.slice(m.start, m.end));
      assert.equal(m.percent, percent);
      assert.equal(m.canonical, `${percent} %`);
      assert.equal(m.qualifier, qualifier);
    });
  }
  it('finds several percentages in order', () => {
    assert.deepEqual(findPercent('de 4 % à 5,5 % puis 7%').map((m) => m.percent), [4, 5.5, 7]);
  });
  for (const input of ['4 pourboires', '100 milliards de dollars', 'le 4 mars', 'percent', 'x4%y']) {
    it(`ignores ${JSON.stringify(input)}`, () => assert.deepEqual(findPercent(input), []));
  }
});
