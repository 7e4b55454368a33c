import { strict as assert } from 'node:assert';
import { findDates } from '../../src/core/recognize/dates';

describe('dates', () => {
  const cases: Array<[string, string, string, string?]> = [
    ['Publié le 22 septembre 2025 à Paris', '22 septembre 2025', '2025-09-22'],
    ['le 1er janvier 2026', '1er janvier 2026', '2026-01-01'],
    ['en septembre 2025', 'septembre 2025', '2025-09'],
    ['on September 22, 2025', 'September 22, 2025', '2025-09-22'],
    ['Sept. 22, 2025', 'Sept. 22, 2025', '2025-09-22'],
    ['22 September 2025', '22 September 2025', '2025-09-22'],
    ['2026-02-20 Meta s’allie à Nvidia', '2026-02-20', '2026-02-20'],
    ['le 20/02/2026', '20/02/2026', '2026-02-20'],
    ['au 12 fevrier 2024', '12 fevrier 2024', '2024-02-12'],
    ['le 15 aout 2025', '15 aout 2025', '2025-08-15'],
    ['le 3 decembre 2025', '3 decembre 2025', '2025-12-03'],
    ['le 18 décembre 2025', '18 décembre 2025', '2025-12-18'],
    ['en mai 2025', 'mai 2025', '2025-05'],
    ['in May 2025', 'May 2025', '2025-05'],
    ['le mois 2026-02', '2026-02', '2026-02'],
    ['au second semestre 2026', 'second semestre 2026', '2026-07', '2026-H2'],
    ['au deuxième semestre 2026', 'deuxième semestre 2026', '2026-07', '2026-H2'],
    ['au premier semestre 2026', 'premier semestre 2026', '2026-01', '2026-H1'],
    ['dans la seconde moitié de 2026', 'seconde moitié de 2026', '2026-07', '2026-H2'],
    ['in the second half of 2026', 'second half of 2026', '2026-07', '2026-H2'],
    ['H2 2026', 'H2 2026', '2026-07', '2026-H2'],
    ['in the first half of 2026', 'first half of 2026', '2026-01', '2026-H1'],
    ['T3 2025', 'T3 2025', '2025-07', '2025-Q3'],
    ['Q3 2025', 'Q3 2025', '2025-07', '2025-Q3'],
    ['au troisième trimestre 2025', 'troisième trimestre 2025', '2025-07', '2025-Q3'],
    ['in the third quarter of 2025', 'third quarter of 2025', '2025-07', '2025-Q3'],
    ['mis en service fin 2026.', 'fin 2026', '2026'],
    ['by the end of 2026', 'end of 2026', '2026'],
    ['début 2026', 'début 2026', '2026'],
    ['early 2026', 'early 2026', '2026'],
    ['43 milliards de dollars en 2024, soit', '2024', '2024'],
    ['founded in 2023', '2023', '2023'],
    ["d'ici 2030", '2030', '2030'],
    ['by 2027', '2027', '2027'],
  ];
  for (const [input, text, date, canonical] of cases) {
    it(`${input}`, () => {
      const found = findDates(input);
      assert.equal(found.length, 1, JSON.stringify(found));
      const m = found[0];
      assert.ok(m);
      assert.equal(m.kind, 'date');
      assert.equal(m.text, text);
      assert.equal(m.text, input.slice(m.start, m.end));
      assert.equal(m.date, date);
      assert.equal(m.canonical, canonical ?? date);
    });
  }
  const negatives = [
    'le 3 mars', 'la version 2025', '2025', '31/02/2026', 'it may 2025 be', '100 milliards de dollars', 'page 2026-99',
    'en 12 %', 'Sept milliards',
  ];
  for (const input of negatives) it(`ignores ${JSON.stringify(input)}`, () => assert.deepEqual(findDates(input), []));
  it('prefers the full date over its month and year', () => {
    assert.deepEqual(findDates('22 septembre 2025 et septembre 2026').map((m) => m.date), ['2025-09-22', '2026-09']);
  });
});
