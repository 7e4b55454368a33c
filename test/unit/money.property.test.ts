// Properties of the money reader over generated amounts (fast-check): no-break spaces never change a value,
// and a negated hedge never reads as its opposite.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findMoney } from '../../src/core/recognize/money';
import type { Mention, Qualifier } from '../../src/core/types';

/** A number as each language writes it: integers with grouped thousands, decimals with the language's mark. */
const frenchNumber = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map(String),
  fc.integer({ min: 1, max: 999_999 }).map((n) => n.toLocaleString('en-US').replace(/,/g, ' ')),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a},${b}`),
);
const englishNumber = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map(String),
  fc.integer({ min: 1, max: 999_999 }).map((n) => n.toLocaleString('en-US')),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([a, b]) => `${a}.${b}`),
);

const frenchAmount = fc.tuple(
  frenchNumber,
  fc.constantFrom('', ' millions', ' milliards', ' milliard', ' crore', ' lakh crore'),
  fc.constantFrom(' de dollars', " d'euros", ' de livres sterling', ' €', ' $', ' de roupies', ' de francs suisses'),
).map(([n, mag, cur]) => (mag === '' && /^ d/.test(cur) ? `${n}${cur.replace(/^ d(?:e |')/, ' ')}` : `${n}${mag}${cur}`));

const englishAmount = fc.oneof(
  fc.tuple(fc.constantFrom('$', '€', '£', 'US$', 'USD ', 'EUR ', 'Rs ', '₹', 'CHF '), englishNumber, fc.constantFrom('', ' million', ' billion', ' trillion', ' crore', ' lakh crore'))
    .map(([c, n, mag]) => `${c}${n}${mag}`),
  fc.tuple(englishNumber, fc.constantFrom(' million', ' billion'), fc.constantFrom(' dollars', ' euros', ' pounds', ' rupees'))
    .map(([n, mag, cur]) => `${n}${mag}${cur}`),
);

const hedge = fc.constantFrom('', 'about ', 'up to ', 'no more than ', 'not less than ', 'environ ', "jusqu'à ", 'pas plus de ', 'au moins ', 'more than ');

const sentence = fc.oneof(
  fc.tuple(hedge, frenchAmount).map(([h, a]) => `La société a annoncé ${h}${a} pour le projet.`),
  fc.tuple(hedge, englishAmount).map(([h, a]) => `The company announced ${h}${a} for the project.`),
  fc.tuple(englishAmount, englishAmount).map(([a, b]) => `The company raised ${a} and spent ${b} on chips.`),
);

/** The same text with every ordinary space replaced, one by one, by a no-break or narrow no-break space. */
const withNoBreakSpaces = (text: string, picks: readonly boolean[]): string => {
  let i = 0;
  return text.replace(/ /g, () => (picks[i++ % Math.max(1, picks.length)] ? '\u00a0' : '\u202f'));
};

function essence(m: Mention): unknown {
  return [m.value, m.valueMax, m.currency, m.qualifier, m.ambiguous, m.alternative?.value, m.currencyImplied];
}

describe('money: properties', () => {
  it('an amount’s value never changes when its spaces are no-break or narrow no-break spaces', () => {
    fc.assert(
      fc.property(sentence, fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), (text, picks) => {
        const plain = findMoney(text);
        const spaced = findMoney(withNoBreakSpaces(text, picks));
        assert.ok(plain.length > 0, `an amount in ${JSON.stringify(text)}`);
        assert.deepEqual(spaced.map(essence), plain.map(essence), JSON.stringify(text));
      }),
      { numRuns: 400 },
    );
  });

  it('…and all no-break spaces, or all narrow ones, read the same', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const plain = findMoney(text).map(essence);
        assert.deepEqual(findMoney(text.replace(/ /g, '\u00a0')).map(essence), plain);
        assert.deepEqual(findMoney(text.replace(/ /g, '\u202f')).map(essence), plain);
      }),
      { numRuns: 200 },
    );
  });

  /** Negated comparisons, each with the direction its plain form has. */
  const negatedAbove = ['no more than', 'not more than', 'never more than', 'not over', 'not above', 'no greater than', 'pas plus de', 'pas plus que', 'jamais plus de', 'pas au-delà de'];
  const negatedBelow = ['no less than', 'not less than', 'no fewer than', 'not under', 'not below', 'pas moins de', 'pas moins que', 'jamais moins de', 'pas en dessous de', 'pas inférieur à'];
  const UPWARD: readonly Qualifier[] = ['more than', 'at least'];
  const DOWNWARD: readonly Qualifier[] = ['less than', 'at most', 'up to'];

  it('a negated hedge never reads as its opposite', () => {
    const amount = fc.oneof(englishAmount, frenchAmount);
    fc.assert(
      fc.property(fc.constantFrom(...negatedAbove, ...negatedBelow), amount, fc.constantFrom(' ', '\u00a0', '\u202f'), (h, a, sp) => {
        const text = `The budget is ${h.replace(/ /g, sp)}${sp}${a} this year.`;
        const found = findMoney(text);
        assert.ok(found.length > 0, JSON.stringify(text));
        const q = found[0]!.qualifier;
        if (negatedAbove.includes(h)) assert.ok(q === undefined || !UPWARD.includes(q), `${text} → ${q}`);
        else assert.ok(q === undefined || !DOWNWARD.includes(q), `${text} → ${q}`);
      }),
      { numRuns: 400 },
    );
  });

  it('the strict negations read as the opposite bound', () => {
    for (const h of ['no more than', 'not more than', 'pas plus de']) assert.equal(findMoney(`soit ${h} $5 billion`)[0]?.qualifier, 'at most');
    for (const h of ['no less than', 'not less than', 'pas moins de']) assert.equal(findMoney(`soit ${h} $5 billion`)[0]?.qualifier, 'at least');
  });
});
