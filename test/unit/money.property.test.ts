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

/** The currencies and shapes added for the peer suite: ringgit, riyals, shekels, cents after a whole amount, ranges. */
const outletAmount = fc.oneof(
  fc.tuple(fc.constantFrom('RM ', 'RM', 'MYR ', 'QAR ', 'ILS ', 'KWD '), englishNumber, fc.constantFrom('', ' million', ' billion'))
    .map(([c, n, mag]) => `${c}${n}${mag}`),
  fc.tuple(englishNumber, fc.constantFrom(' million', ' billion'), fc.constantFrom(' Qatari riyals', ' Malaysian ringgit', ' shekels', ' Kuwaiti dinars', ' Egyptian pounds'))
    .map(([n, mag, cur]) => `${n}${mag}${cur}`),
  fc.tuple(frenchNumber, fc.constantFrom(' millions de riyals qataris', ' milliards de ringgits', ' millions de shekels', ' millions de livres égyptiennes'))
    .map(([n, cur]) => `${n}${cur}`),
  fc.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 99 }), fc.constantFrom(
    ['dollars', 'and', 'cents'], ['euros', 'et', 'centimes'], ['pounds', 'and', 'pence'], ['ringgit', 'and', 'sen'], ['USD', 'et', 'cents'],
  )).map(([whole, cents, [cur, and, minor]]) => `${whole} ${cur} ${and} ${cents} ${minor}`),
  fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 })).chain(([a, d]) => fc.constantFrom(
    `entre ${a} et ${a + d} millions d'euros`, `$${a}–${a + d} billion`, `${a} à ${a + d} milliards de dollars`, `between ${a} and ${a + d} million euros`,
  )),
);

const hedge = fc.constantFrom('', 'about ', 'up to ', 'no more than ', 'not less than ', 'environ ', "jusqu'à ", 'pas plus de ', 'au moins ', 'more than ');

const sentence = fc.oneof(
  fc.tuple(hedge, frenchAmount).map(([h, a]) => `La société a annoncé ${h}${a} pour le projet.`),
  fc.tuple(hedge, englishAmount).map(([h, a]) => `The company announced ${h}${a} for the project.`),
  fc.tuple(englishAmount, englishAmount).map(([a, b]) => `The company raised ${a} and spent ${b} on chips.`),
  fc.tuple(hedge, outletAmount, fc.constantFrom('', ' or more', ' au maximum')).map(([h, a, after]) => `The fund committed ${h}${a}${after} to the campus.`),
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
  const negatedAbove = [
    'no more than', 'not more than', 'never more than', 'not over', 'not above', 'no greater than', 'not in excess of', 'not exceeding',
    'pas plus de', 'pas plus que', 'jamais plus de', 'pas au-delà de', 'pas supérieur à', 'ne dépasse pas', 'ne dépassera pas', 'n’excède pas',
    'not at least', 'pas au moins',
  ];
  const negatedBelow = [
    'no less than', 'not less than', 'no fewer than', 'not under', 'not below', 'not lower than', 'pas moins de', 'pas moins que',
    'jamais moins de', 'pas en dessous de', 'pas inférieur à', 'not up to', 'not at most', 'pas au plus',
  ];
  const UPWARD: readonly Qualifier[] = ['more than', 'at least'];
  const DOWNWARD: readonly Qualifier[] = ['less than', 'at most', 'up to'];

  it('a negated hedge never reads as its opposite', () => {
    const amount = fc.oneof(englishAmount, frenchAmount, outletAmount);
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
