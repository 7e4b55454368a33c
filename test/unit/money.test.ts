import { strict as assert } from 'node:assert';
import { findMoney, formatMoney } from '../../src/core/recognize/money';
import type { Mention } from '../../src/core/types';

interface Expect { text: string; value: number; currency: string; canonical?: string; qualifier?: string; valueMax?: number }

function only(input: string): Mention {
  const found = findMoney(input);
  assert.equal(found.length, 1, `one amount in ${JSON.stringify(input)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  const m = found[0] as Mention;
  assert.equal(m.text, input.slice(m.start, m.end));
  assert.equal(m.kind, 'money');
  return m;
}

function check(input: string, e: Expect): void {
  const m = only(input);
  assert.equal(m.text, e.text);
  if (e.qualifier === 'several') {
    // Vague amounts keep their lower bound in the canonical form only: no value to add up or compare.
    assert.equal(m.value, undefined);
    assert.equal(m.usd, undefined);
    assert.equal(m.canonical, `${formatMoney(e.value, e.currency)}+`);
    assert.equal(m.qualifier, 'several');
    return;
  }
  assert.equal(m.value, e.value);
  assert.equal(m.currency, e.currency);
  if (e.canonical !== undefined) assert.equal(m.canonical, e.canonical);
  assert.equal(m.qualifier, e.qualifier);
  assert.equal(m.valueMax, e.valueMax);
  if (e.currency === 'USD') assert.equal(m.usd, e.value);
  else assert.ok(m.usd === undefined || (m.usd > 0 && m.usd !== m.value) || e.currency === 'HKD');
}

describe('money: French', () => {
  const cases: Array<[string, Expect]> = [
    ['Nvidia investira 100 milliards de dollars.', { text: '100 milliards de dollars', value: 1e11, currency: 'USD', canonical: '$100B' }],
    ["un prêt de 1,5 milliard d'euros", { text: "1,5 milliard d'euros", value: 1.5e9, currency: 'EUR', canonical: '€1.5B' }],
    ['un prêt de 1,5 milliard d’euros', { text: '1,5 milliard d’euros', value: 1.5e9, currency: 'EUR', canonical: '€1.5B' }],
    ['un contrat de 1,3 Md€ sur cinq ans', { text: '1,3 Md€', value: 1.3e9, currency: 'EUR', canonical: '€1.3B' }],
    ['soit 12 Md$ au total', { text: '12 Md$', value: 12e9, currency: 'USD', canonical: '$12B' }],
    ['pour 2 500 M$ de systèmes', { text: '2 500 M$', value: 2.5e9, currency: 'USD', canonical: '$2.5B' }],
    ['pour 2\u00a0500\u00a0M$ de systèmes', { text: '2\u00a0500\u00a0M$', value: 2.5e9, currency: 'USD' }],
    ['300 millions de dollars', { text: '300 millions de dollars', value: 3e8, currency: 'USD', canonical: '$300M' }],
    ["5 millions d'euros", { text: "5 millions d'euros", value: 5e6, currency: 'EUR', canonical: '€5M' }],
    ['7 milliards de dollars américains', { text: '7 milliards de dollars américains', value: 7e9, currency: 'USD' }],
    ['100 milliards $', { text: '100 milliards $', value: 1e11, currency: 'USD' }],
    ['100 Mds$', { text: '100 Mds$', value: 1e11, currency: 'USD' }],
    ['10 Mrd €', { text: '10 Mrd €', value: 1e10, currency: 'EUR' }],
    ['quarante milliards de dollars', { text: 'quarante milliards de dollars', value: 4e10, currency: 'USD', canonical: '$40B' }],
    ['un milliard de dollars', { text: 'un milliard de dollars', value: 1e9, currency: 'USD' }],
    ["deux milliards d'euros", { text: "deux milliards d'euros", value: 2e9, currency: 'EUR' }],
    ['mille milliards de dollars', { text: 'mille milliards de dollars', value: 1e12, currency: 'USD', canonical: '$1T' }],
    ['1 000 milliards de dollars', { text: '1 000 milliards de dollars', value: 1e12, currency: 'USD', canonical: '$1T' }],
    ['1 billion de dollars', { text: '1 billion de dollars', value: 1e12, currency: 'USD', canonical: '$1T' }],
    ['1,5 billion de dollars', { text: '1,5 billion de dollars', value: 1.5e12, currency: 'USD' }],
    ['des dizaines de milliards de dollars', { text: 'des dizaines de milliards de dollars', value: 1e10, currency: 'USD', qualifier: 'several' }],
    ['pourrait atteindre plusieurs dizaines de milliards de dollars.', { text: 'plusieurs dizaines de milliards de dollars', value: 1e10, currency: 'USD', qualifier: 'several' }],
    ['plusieurs milliards de dollars', { text: 'plusieurs milliards de dollars', value: 2e9, currency: 'USD', qualifier: 'several' }],
    ['40 milliards de livres', { text: '40 milliards de livres', value: 4e10, currency: 'GBP', canonical: '£40B' }],
    ['500 millions de francs suisses', { text: '500 millions de francs suisses', value: 5e8, currency: 'CHF', canonical: 'CHF 500M' }],
    ['30 milliards de yuans', { text: '30 milliards de yuans', value: 3e10, currency: 'CNY' }],
    ['100 milliards de yens', { text: '100 milliards de yens', value: 1e11, currency: 'JPY', canonical: '¥100B' }],
    ['50 millions de wons', { text: '50 millions de wons', value: 5e7, currency: 'KRW' }],
    ['5 milliards de couronnes suédoises', { text: '5 milliards de couronnes suédoises', value: 5e9, currency: 'SEK' }],
    ['2 milliards de dirhams', { text: '2 milliards de dirhams', value: 2e9, currency: 'AED' }],
    ["entre 30 et 50 milliards d'euros", { text: "30 et 50 milliards d'euros", value: 3e10, valueMax: 5e10, currency: 'EUR', canonical: '€30B–€50B' }],
    ['de 30 à 50 milliards de dollars', { text: '30 à 50 milliards de dollars', value: 3e10, valueMax: 5e10, currency: 'USD' }],
  ];
  for (const [input, e] of cases) it(`${input}`, () => check(input, e));
});

describe('money: French hedges', () => {
  const cases: Array<[string, string, string]> = [
    ["jusqu'à 100 milliards de dollars", '100 milliards de dollars', 'up to'],
    ['jusqu’à 100 milliards de dollars', '100 milliards de dollars', 'up to'],
    ['un investissement pouvant atteindre 100 milliards de dollars', '100 milliards de dollars', 'up to'],
    ["allant jusqu'à 9 milliards de dollars", '9 milliards de dollars', 'up to'],
    ["près de 5 milliards d'euros", "5 milliards d'euros", 'about'],
    ['environ 2 milliards de dollars', '2 milliards de dollars', 'about'],
    ['quelque 3 milliards de dollars', '3 milliards de dollars', 'about'],
    ['autour de 4 milliards de dollars', '4 milliards de dollars', 'about'],
    ['plus de 3 Md€', '3 Md€', 'more than'],
    ['plus d’un milliard de dollars', 'un milliard de dollars', 'more than'],
    ['au moins 2 milliards de dollars', '2 milliards de dollars', 'at least'],
    ['moins de 1 milliard de dollars', '1 milliard de dollars', 'less than'],
    ['un accord estimé à près de 12 milliards de dollars', '12 milliards de dollars', 'about'],
  ];
  for (const [input, text, q] of cases) {
    it(`${input} → ${q}`, () => {
      const m = only(input);
      assert.equal(m.text, text);
      assert.equal(m.qualifier, q);
    });
  }
  it('finds the amount with U+2019 apostrophes and no-break spaces everywhere', () => {
    const input = 'Nvidia\u00a0investira\u00a0jusqu’à\u00a0100\u00a0milliards\u00a0de\u00a0dollars dans l’IA';
    const m = only(input);
    assert.equal(m.value, 1e11);
    assert.equal(m.qualifier, 'up to');
    assert.equal(m.text, '100\u00a0milliards\u00a0de\u00a0dollars');
  });
});

describe('money: English', () => {
  const cases: Array<[string, Expect]> = [
    ['Nvidia will invest $100 billion', { text: '$100 billion', value: 1e11, currency: 'USD', canonical: '$100B' }],
    ['raised $1.5bn', { text: '$1.5bn', value: 1.5e9, currency: 'USD', canonical: '$1.5B' }],
    ['raised $1.5 bn', { text: '$1.5 bn', value: 1.5e9, currency: 'USD' }],
    ['a $500B plan', { text: '$500B', value: 5e11, currency: 'USD', canonical: '$500B' }],
    ['a $500M round', { text: '$500M', value: 5e8, currency: 'USD', canonical: '$500M' }],
    ['a $500m round', { text: '$500m', value: 5e8, currency: 'USD' }],
    ['$2.5 million', { text: '$2.5 million', value: 2.5e6, currency: 'USD', canonical: '$2.5M' }],
    ['US$10 billion', { text: 'US$10 billion', value: 1e10, currency: 'USD' }],
    ['USD 10 billion', { text: 'USD 10 billion', value: 1e10, currency: 'USD' }],
    ['USD10bn', { text: 'USD10bn', value: 1e10, currency: 'USD' }],
    ['€1.3 billion', { text: '€1.3 billion', value: 1.3e9, currency: 'EUR', canonical: '€1.3B' }],
    ['£2bn', { text: '£2bn', value: 2e9, currency: 'GBP', canonical: '£2B' }],
    ['¥100 billion', { text: '¥100 billion', value: 1e11, currency: 'JPY' }],
    ['10 billion dollars', { text: '10 billion dollars', value: 1e10, currency: 'USD' }],
    ['ten billion dollars', { text: 'ten billion dollars', value: 1e10, currency: 'USD' }],
    ['a billion dollars', { text: 'a billion dollars', value: 1e9, currency: 'USD' }],
    ['$1 trillion', { text: '$1 trillion', value: 1e12, currency: 'USD', canonical: '$1T' }],
    ['$1tn', { text: '$1tn', value: 1e12, currency: 'USD' }],
    ['EUR 500 million', { text: 'EUR 500 million', value: 5e8, currency: 'EUR' }],
    ['CHF 200 million', { text: 'CHF 200 million', value: 2e8, currency: 'CHF', canonical: 'CHF 200M' }],
    ['a $40,000 server', { text: '$40,000', value: 40000, currency: 'USD', canonical: '$40K' }],
    ['1.5 billion euros', { text: '1.5 billion euros', value: 1.5e9, currency: 'EUR' }],
    ['500 million Swiss francs', { text: '500 million Swiss francs', value: 5e8, currency: 'CHF' }],
    ['tens of billions of dollars', { text: 'tens of billions of dollars', value: 1e10, currency: 'USD', qualifier: 'several' }],
    ['$7-$8 billion', { text: '$7-$8 billion', value: 7e9, valueMax: 8e9, currency: 'USD', canonical: '$7B–$8B' }],
    ['$7–8 billion', { text: '$7–8 billion', value: 7e9, valueMax: 8e9, currency: 'USD' }],
    ['$7 billion to $8 billion', { text: '$7 billion to $8 billion', value: 7e9, valueMax: 8e9, currency: 'USD' }],
    ['between $30 billion and $50 billion', { text: '$30 billion and $50 billion', value: 3e10, valueMax: 5e10, currency: 'USD' }],
  ];
  for (const [input, e] of cases) it(`${input}`, () => check(input, e));

  const hedges: Array<[string, string]> = [
    ['up to $100 billion', 'up to'], ['as much as $5bn', 'up to'], ['about $5bn', 'about'], ['around $5bn', 'about'],
    ['roughly $5bn', 'about'], ['approximately $5bn', 'about'], ['nearly $5bn', 'about'], ['almost $5bn', 'about'],
    ['some $3 billion', 'about'], ['more than $1 billion', 'more than'], ['over $1 billion', 'more than'],
    ['at least $2bn', 'at least'], ['less than $500m', 'less than'], ['under $500m', 'less than'],
  ];
  for (const [input, q] of hedges) {
    it(`${input} → ${q}`, () => assert.equal(only(input).qualifier, q));
  }
});

describe('money: Nordic crowns, and a magnitude after "autres"', () => {
  it('"95 billion Swedish crowns", "3 milliards de couronnes norvégiennes", "2 billion Danish kroner", "NOK 2 billion"', () => {
    check('95 billion Swedish crowns', { text: '95 billion Swedish crowns', value: 95e9, currency: 'SEK' });
    check('3 milliards de couronnes norvégiennes', { text: '3 milliards de couronnes norvégiennes', value: 3e9, currency: 'NOK' });
    check('2 billion Danish kroner', { text: '2 billion Danish kroner', value: 2e9, currency: 'DKK' });
    check('NOK 2 billion', { text: 'NOK 2 billion', value: 2e9, currency: 'NOK' });
  });
  it('"5 autres milliards d\'euros", "3 nouveaux millions d\'euros": the magnitude after "autres"/"nouveaux"; users counted are no money', () => {
    check("5 autres milliards d'euros", { text: "5 autres milliards d'euros", value: 5e9, currency: 'EUR' });
    check("3 nouveaux millions d'euros", { text: "3 nouveaux millions d'euros", value: 3e6, currency: 'EUR' });
    assert.deepEqual(findMoney("Il compte 5 autres millions d'utilisateurs."), []);
  });
});

describe('money: a bare dollar where the note writes US$', () => {
  it('"US$1 trillion ($1.29 trillion)": the bare "$" is read as US dollars but marked in doubt; US$ itself is not', () => {
    const [us, local] = findMoney('TSMC expects AI spending to cross the US$1 trillion ($1.29 trillion) mark.');
    assert.equal(us!.currency, 'USD');
    assert.equal(us!.dollarInDoubt, undefined);
    assert.equal(local!.value, 1.29e12);
    assert.equal(local!.dollarInDoubt, true);
  });
  it('no doubt where the note never writes US$, nor on an explicit local dollar', () => {
    assert.equal(only('Nvidia paid $5 billion.').dollarInDoubt, undefined);
    assert.ok(findMoney('It cost US$2 billion and S$3 billion.').every((m) => m.dollarInDoubt === undefined));
  });
});

describe('money: not money', () => {
  const negatives = [
    'des millions de GPU', '160 millions d’actions', "160 millions d'actions", "700 millions d'utilisateurs",
    '700 million users', 'des centaines de milliards de paramètres', '10 millions de personnes', 'en 2025',
    'soit 12 % du chiffre', '3 milliards', 'des milliards', '100 000 GPU', 'a billion parameters', 'Q3 2025',
    'le 22 septembre 2025', '10 gigawatts', 'des millions de livres vendus', 'they won 3 games',
    '12 M de visiteurs', '500 m de câble',
  ];
  for (const input of negatives) it(`ignores ${JSON.stringify(input)}`, () => assert.deepEqual(findMoney(input), []));

  it('keeps distinct amounts in a sentence apart', () => {
    const found = findMoney('Meta prévoit 135 milliards de dollars en 2026, et 600 milliards de dollars d’ici 2028.');
    assert.deepEqual(found.map((m) => m.value), [135e9, 600e9]);
  });
  it('does not join "$5 billion and $3 billion" without "between"', () => {
    assert.deepEqual(findMoney('$5 billion and $3 billion').map((m) => m.value), [5e9, 3e9]);
  });
});

describe('money: canonical format', () => {
  it('formats with the currency sign and a magnitude letter', () => {
    assert.equal(formatMoney(1e11, 'USD'), '$100B');
    assert.equal(formatMoney(1.5e9, 'USD'), '$1.5B');
    assert.equal(formatMoney(1.3e9, 'EUR'), '€1.3B');
    assert.equal(formatMoney(5e8, 'USD'), '$500M');
    assert.equal(formatMoney(2e12, 'USD'), '$2T');
    assert.equal(formatMoney(3e10, 'CNY'), 'CNY 30B');
  });
});
