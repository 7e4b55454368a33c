import { strict as assert } from 'node:assert';
import { findPower } from '../../src/core/recognize/power';

describe('power', () => {
  const cases: Array<[string, string, number, string, string?]> = [
    ['une infrastructure de 10 gigawatts', '10 gigawatts', 10, '10 GW'],
    ['1 GW de capacité', '1 GW', 1, '1 GW'],
    ['1,5 GW de puces', '1,5 GW', 1.5, '1.5 GW'],
    ["le déploiement initial d'un gigawatt", 'un gigawatt', 1, '1 GW'],
    ['Le premier gigawatt sera opérationnel', 'premier gigawatt', 1, '1 GW'],
    ['the first gigawatt', 'first gigawatt', 1, '1 GW'],
    ['un site de 500 MW', '500 MW', 0.5, '500 MW'],
    ['500 mégawatts', '500 mégawatts', 0.5, '500 MW'],
    ['500 megawatts', '500 megawatts', 0.5, '500 MW'],
    ['2 GW', '2 GW', 2, '2 GW'],
    ['1.2 gigawatts of racks', '1.2 gigawatts', 1.2, '1.2 GW'],
    ['dix gigawatts', 'dix gigawatts', 10, '10 GW'],
    ['ten gigawatts', 'ten gigawatts', 10, '10 GW'],
    ['a gigawatt of compute', 'a gigawatt', 1, '1 GW'],
    ['6\u00a0GW de GPU', '6\u00a0GW', 6, '6 GW'],
    ['120 kW par baie', '120 kW', 0.00012, '120 kW'],
    ['1 TW', '1 TW', 1000, '1 TW'],
    ['au moins 10 gigawatts', '10 gigawatts', 10, '10 GW', 'at least'],
    ["jusqu'à 10 gigawatts", '10 gigawatts', 10, '10 GW', 'up to'],
    ['up to 5 GW', '5 GW', 5, '5 GW', 'up to'],
  ];
  for (const [input, text, gw, canonical, qualifier] of cases) {
    it(`${input}`, () => {
      const found = findPower(input);
      assert.equal(found.length, 1, JSON.stringify(found));
      const m = found[0];
      assert.ok(m);
      assert.equal(m.kind, 'power');
      assert.equal(m.text, text);
      assert.equal(m.text, input.slice(m.start, m.end));
      assert.equal(m.gw, gw);
      assert.equal(m.canonical, canonical);
      assert.equal(m.qualifier, qualifier);
    });
  }
  const negatives = [
    '5 GWh stockés', '3 TWh par an', '2 MWh', '2 gigawatt-heures', '10 gigawatt hours', 'chaque gigawatt déployé',
    'le gigawatt', 'GW', '10 GWe', 'a GWAS study', '100 milliards de dollars',
  ];
  for (const input of negatives) it(`ignores ${JSON.stringify(input)}`, () => assert.deepEqual(findPower(input), []));
  it('does not take a size class for a quantity: "the first gigawatt-scale cluster"', () => {
    assert.deepEqual(findPower('the first gigawatt-scale training cluster, a GW-class site'), []);
  });
});
