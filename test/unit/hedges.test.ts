// Hedges with a direction, negation included, and a hedge kept beside a range.
import { strict as assert } from 'node:assert';
import { qualifierAfter, qualifierBefore } from '../../src/core/recognize/hedges';
import { findMoney } from '../../src/core/recognize/money';
import type { Mention } from '../../src/core/types';

function only(input: string): Mention {
  const found = findMoney(input);
  assert.equal(found.length, 1, `one amount in ${JSON.stringify(input)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  return found[0]!;
}

describe('hedges: direction and negation', () => {
  const cases: Array<[string, string, number, string]> = [
    // English
    ['The fund will raise no more than $2 billion.', '$2 billion', 2e9, 'at most'],
    ['The fund will raise not more than $2 billion.', '$2 billion', 2e9, 'at most'],
    ['The deal is worth not less than $1 billion.', '$1 billion', 1e9, 'at least'],
    ['The deal is worth no less than $1 billion.', '$1 billion', 1e9, 'at least'],
    ['It will cost no fewer than 3 billion euros.', '3 billion euros', 3e9, 'at least'],
    ['It will cost at most $4bn.', '$4bn', 4e9, 'at most'],
    ['a loan not to exceed $500 million', '$500 million', 5e8, 'at most'],
    ['Shares trade lower than 7 € now.', '7 €', 7, 'less than'],
    ['Shares trade below $7 now.', '$7', 7, 'less than'],
    ['Shares trade above $7 now.', '$7', 7, 'more than'],
    ['It sold for greater than $3 billion.', '$3 billion', 3e9, 'more than'],
    ['It was valued north of $300 billion.', '$300 billion', 3e11, 'more than'],
    ['a round of up to $5bn', '$5bn', 5e9, 'up to'],
    ['a round of about $5bn', '$5bn', 5e9, 'about'],
    ['a round of circa $5bn', '$5bn', 5e9, 'about'],
    ['a round of $5bn or more', '$5bn', 5e9, 'at least'],
    ['a round of $5bn or less', '$5bn', 5e9, 'at most'],
    // French
    ["L'État n'investira pas plus de 4 milliards d'euros.", "4 milliards d'euros", 4e9, 'at most'],
    ['Le groupe ne dépensera pas plus d’un milliard de dollars.', 'un milliard de dollars', 1e9, 'at most'],
    ["Le contrat pèse pas moins de 3 milliards d'euros.", "3 milliards d'euros", 3e9, 'at least'],
    ['Le budget ne dépasse pas 10 millions de dollars.', '10 millions de dollars', 1e7, 'at most'],
    ["L'enveloppe n’excède pas 2 milliards d'euros.", "2 milliards d'euros", 2e9, 'at most'],
    ["Une enveloppe sans dépasser 2 milliards d'euros.", "2 milliards d'euros", 2e9, 'at most'],
    ['Il a investi au moins 2 milliards de dollars.', '2 milliards de dollars', 2e9, 'at least'],
    ['Il a investi au plus 2 milliards de dollars.', '2 milliards de dollars', 2e9, 'at most'],
    ['Il a investi au maximum 2 milliards de dollars.', '2 milliards de dollars', 2e9, 'at most'],
    ['Il a payé plus que 10 euros.', '10 euros', 10, 'more than'],
    ['Le prix est en dessous de 10 dollars.', '10 dollars', 10, 'less than'],
    ['Le prix est en-dessous de 10 dollars.', '10 dollars', 10, 'less than'],
    ['Le prix est inférieur à 10 dollars.', '10 dollars', 10, 'less than'],
    ['Le prix est supérieur à 10 dollars.', '10 dollars', 10, 'more than'],
    ['Le prix est au-dessus de 10 dollars.', '10 dollars', 10, 'more than'],
    ['un budget de 10 milliards de dollars au maximum', '10 milliards de dollars', 1e10, 'at most'],
    ['un budget de 10 milliards de dollars ou plus', '10 milliards de dollars', 1e10, 'at least'],
    ['un budget de plus ou moins 10 milliards de dollars', '10 milliards de dollars', 1e10, 'about'],
    ['un prix de quasi 10 milliards de dollars', '10 milliards de dollars', 1e10, 'about'],
    ['It fell under seven euros.', 'seven euros', 7, 'less than'],
    ['It sold above a dollar.', 'a dollar', 1, 'more than'],
    // Verbs and idioms of real outlets.
    ['Le plan dépasse les 20 milliards d’euros.', '20 milliards d’euros', 2e10, 'more than'],
    ['Les levées dépassaient les 20 M€.', '20 M€', 2e7, 'more than'],
    ['Le plan ne dépasse pas 20 milliards d’euros.', '20 milliards d’euros', 2e10, 'at most'],
    ['Le plan atteint au bas mot 20 milliards d’euros.', '20 milliards d’euros', 2e10, 'at least'],
    ['The plan could cost as little as $2 billion.', '$2 billion', 2e9, 'at least'],
    ['Nvidia’s market value topped $4 trillion.', '$4 trillion', 4e12, 'more than'],
  ];
  for (const [input, text, value, q] of cases) {
    it(`${input} → ${q}`, () => {
      const m = only(input);
      assert.equal(m.text, text);
      assert.equal(m.value, value);
      assert.equal(m.qualifier, q);
    });
  }
  it('a negation voids a hedge it cannot flip ("not about")', () => {
    assert.equal(qualifierBefore('X not about 100', 'X not about '.length), undefined);
  });
  it('"au plus tard" after an amount is a date, not a hedge', () => {
    assert.equal(qualifierAfter('10 milliards au plus tard', 2), undefined);
    assert.equal(qualifierAfter('10 milliards au maximum', '10 milliards'.length), 'at most');
    const two = findMoney('It invested $2 billion, at least $1 billion of it in chips.');
    assert.deepEqual(two.map((m) => m.qualifier), [undefined, 'at least']);
  });
});

describe('hedges: a hedge beside a range', () => {
  it('"about $10–20 billion" keeps "about" and the range', () => {
    const m = only('The round is about $10–20 billion.');
    assert.equal(m.qualifier, 'about');
    assert.equal(m.value, 1e10);
    assert.equal(m.valueMax, 2e10);
    assert.equal(m.canonical, '$10B–$20B');
  });
  it('"environ 30 à 50 milliards d’euros" and "up to $7-8 billion" keep their hedge', () => {
    const fr = only('un budget d’environ 30 à 50 milliards d’euros');
    assert.deepEqual([fr.qualifier, fr.value, fr.valueMax], ['about', 3e10, 5e10]);
    const en = only('up to $7-8 billion');
    assert.deepEqual([en.qualifier, en.value, en.valueMax], ['up to', 7e9, 8e9]);
  });
  it('a hedge before "entre"/"between" belongs to the range', () => {
    const fr = only('un budget de près de entre 30 et 50 milliards d’euros');
    assert.deepEqual([fr.qualifier, fr.valueMax], ['about', 5e10]);
    const en = only('roughly between $30 billion and $50 billion');
    assert.deepEqual([en.qualifier, en.valueMax], ['about', 5e10]);
  });
  it('a plain range has no hedge (the range is valueMax, not a qualifier)', () => {
    const m = only('between $30 billion and $50 billion');
    assert.equal(m.qualifier, undefined);
    assert.equal(m.valueMax, 5e10);
  });
});

describe('hedges: "-plus" and "+" right after an amount', () => {
  const cases: Array<[string, string, number, string | undefined]> = [
    ['It is a $500 million-plus deal.', '$500 million', 5e8, 'at least'],
    ['It is a $500m+ deal.', '$500m', 5e8, 'at least'],
    ['Le contrat de 10 milliards d’euros+ est signé.', '10 milliards d’euros', 1e10, 'at least'],
    // A "+" before another amount is a sum: neither amount is hedged.
    ['It costs $5 + $3 in all.', '$5', 5, undefined],
  ];
  for (const [input, text, value, qualifier] of cases) {
    it(`${JSON.stringify(input)}: ${qualifier ?? 'no hedge'}`, () => {
      const m = findMoney(input)[0]!;
      assert.deepEqual([m.text, m.value, m.qualifier], [text, value, qualifier]);
    });
  }
});

describe('hedges: the quick test before the pattern', () => {
  it('still reads every ending a hedge may have (a letter, a dot, an apostrophe, a tilde) and up to three spaces after it', () => {
    const at = (s: string) => qualifierBefore(s, s.length);
    assert.equal(at('une levée env. '), 'about');
    assert.equal(at('une levée approx.\u00a0'), 'about');
    assert.equal(at('une levée de plus d’'), 'more than');
    assert.equal(at("une levée de moins d'"), 'less than');
    assert.equal(at('une levée de ~'), 'about');
    assert.equal(at('une levée de ≈ '), 'about');
    assert.equal(at('a round of about \u202f\u2009'), 'about');
    assert.equal(at('a round of about    '), undefined, 'four spaces: no hedge, as the pattern says');
    assert.equal(at('a round of ~  '), undefined, 'a tilde takes one space at most');
  });

  it('finds no hedge after figures and signs ("%1" repeated)', () => {
    const text = '%1'.repeat(100);
    for (let i = 1; i < text.length; i += 2) assert.equal(qualifierBefore(text, i), undefined);
    assert.equal(qualifierBefore('environ 5 %1', 10), undefined);
  });
});
