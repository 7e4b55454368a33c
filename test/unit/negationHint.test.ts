import { strict as assert } from 'node:assert';
import { NEGATION_HINT, NEGATION_HINTS } from '../../src/core/deals/patterns';
import { HOSTILE_SHAPES } from '../support/hostileNotes';

/** What the deal rules asked before NEGATION_HINT: the text lowered, then searched once per hint. */
const lowered = (text: string) => NEGATION_HINTS.some((h) => text.toLowerCase().includes(h));

describe('negation hints', () => {
  it('finds a hint in any case, as lowering the text did', () => {
    assert.ok(NEGATION_HINT.test('Microsoft NEVER invested in it'));
    assert.ok(NEGATION_HINT.test("L'accord a été DÉMENTI"));
    assert.ok(NEGATION_HINT.test('they DIDN’T'.replace('’', "'")));
    assert.ok(!NEGATION_HINT.test('Microsoft a investi 10 milliards dans OpenAI.'));
  });

  it('agrees with lowering the text for every character put in place of each letter of each hint', () => {
    // KELVIN SIGN, LONG S, dotless i, capital I with a dot, capital sharp s, and the capitals of the accented letters.
    const odd = ['\u212a', '\u017f', '\u0131', '\u0130', '\u1e9e', 'É', 'È', 'Ô', 'À', 'ß', 'ﬀ', 'ﬅ'];
    for (const h of NEGATION_HINTS) {
      for (let k = 0; k < h.length; k++) {
        for (const ch of [...odd, h[k]!.toUpperCase(), h[k]!]) {
          for (const text of [`${h.slice(0, k)}${ch}${h.slice(k + 1)}`, `x ${h.slice(0, k)}${ch}${h.slice(k + 1)}`.toUpperCase()]) {
            assert.equal(NEGATION_HINT.test(text), lowered(text), JSON.stringify(text));
          }
        }
      }
    }
  });

  it('agrees with lowering the text on every hostile shape, piece by piece', () => {
    for (const shape of HOSTILE_SHAPES) {
      const text = shape.make(4000);
      for (let i = 0; i < text.length; i += 150) assert.equal(NEGATION_HINT.test(text.slice(i, i + 200)), lowered(text.slice(i, i + 200)), shape.name);
    }
  });
});
