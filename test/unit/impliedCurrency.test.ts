// A currency implied by a neighbouring amount of the same sentence, never by a count.
import { strict as assert } from 'node:assert';
import { findMoney } from '../../src/core/recognize/money';

function amounts(input: string): Array<[string, number | undefined, string | undefined, boolean]> {
  return findMoney(input).map((m) => [m.text, m.value, m.currency, m.currencyImplied === true]);
}

describe('implied currency', () => {
  it('"8 milliards et 2 milliards de dollars": two amounts, the first with the second’s currency', () => {
    assert.deepEqual(amounts('Il annonce 8 milliards et 2 milliards de dollars.'), [
      ['8 milliards', 8e9, 'USD', true], ['2 milliards de dollars', 2e9, 'USD', false],
    ]);
  });
  it('"$8 billion"-style English pairs: "8 billion and 2 billion euros"', () => {
    assert.deepEqual(amounts('They pledged 8 billion and 2 billion euros.'), [
      ['8 billion', 8e9, 'EUR', true], ['2 billion euros', 2e9, 'EUR', false],
    ]);
  });
  it('"3 milliards de dollars, portant le total à 12 milliards": 12 milliards in dollars, implied', () => {
    assert.deepEqual(amounts('Il investit 3 milliards de dollars, portant le total à 12 milliards.'), [
      ['3 milliards de dollars', 3e9, 'USD', false], ['12 milliards', 12e9, 'USD', true],
    ]);
  });
  it('an English total: "$3 billion, bringing the total to 12 billion"', () => {
    assert.deepEqual(amounts('It adds $3 billion, bringing the total to 12 billion.'), [
      ['$3 billion', 3e9, 'USD', false], ['12 billion', 12e9, 'USD', true],
    ]);
  });
  it('"le montant s\'élève à 3,25 milliards", "the amount is 3.25 billion": an amount, in the currency just used', () => {
    assert.deepEqual(amounts('Marvell paiera 3,25 milliards de dollars. Le montant ferme s’élève à 3,25 milliards pour l’instant.'), [
      ['3,25 milliards de dollars', 3.25e9, 'USD', false], ['3,25 milliards', 3.25e9, 'USD', true],
    ]);
  });
  it('across a sentence end only when the words around say it is money, and each borrowed amount lends in turn', () => {
    assert.deepEqual(amounts('ASML engage 1,3 milliard d’euros. Les 400 millions restants viennent des fonds.').map(([t, v, c, i]) => [t, v, c, i]), [
      ['1,3 milliard d’euros', 1.3e9, 'EUR', false], ['400 millions', 4e8, 'EUR', true],
    ]);
    assert.deepEqual(amounts('Le marché atteint 329 milliards de dollars. Les services pèseront 324 milliards en 2026, les logiciels 269 milliards.').map(([t, , c, i]) => [t, c, i]), [
      ['329 milliards de dollars', 'USD', false], ['324 milliards', 'USD', true], ['269 milliards', 'USD', true],
    ]);
    assert.deepEqual(amounts('Le chiffre atteint 982 millions de dollars. Il affiche 163 millions de pertes.').map(([t, , c]) => [t, c]), [
      ['982 millions de dollars', 'USD'], ['163 millions', 'USD'],
    ]);
    assert.deepEqual(amounts('Le groupe lève 3 milliards de dollars. Il emploie 12 milliards.').map(([t]) => t), ['3 milliards de dollars']);
  });
  it('"passer de 140 à 329 milliards de dollars" is a change, two amounts, not a range', () => {
    assert.deepEqual(amounts('Les ventes passeront de 140 milliards à 329 milliards de dollars.'), [
      ['140 milliards', 1.4e11, 'USD', true], ['329 milliards de dollars', 3.29e11, 'USD', false],
    ]);
    assert.equal(findMoney('un budget de 30 à 50 milliards de dollars')[0]?.valueMax, 5e10);
  });
  it('"11.7 billion-euro" and the typo "$2 bilion"', () => {
    assert.deepEqual(amounts('an 11.7 billion-euro valuation'), [['11.7 billion-euro', 1.17e10, 'EUR', false]]);
    assert.deepEqual(amounts('a $2 bilion round'), [['$2 bilion', 2e9, 'USD', false]]);
  });
  it('"une quinzaine de milliards" after "20 Md€": about 15 billion euros', () => {
    const found = findMoney('Brookfield promet quelque 20 Md€, dont une quinzaine de milliards pour un site à Cambrai.');
    assert.equal(found.length, 2);
    const m = found[1]!;
    assert.deepEqual([m.text, m.value, m.currency, m.qualifier, m.currencyImplied], ['une quinzaine de milliards', 15e9, 'EUR', 'about', true]);
  });
  it('a bare "centime" takes the currency spoken of, else the euro', () => {
    const usd = findMoney('AMD émet des bons pour 10 milliards de dollars. Le prix est d’un centime par titre.');
    assert.deepEqual([usd[1]?.text, usd[1]?.value, usd[1]?.currency], ['un centime', 0.01, 'USD']);
    assert.deepEqual(amounts('Le timbre coûte 50 centimes.'), [['50 centimes', 0.5, 'EUR', true]]);
    const afterVague = findMoney('Des dizaines de milliards de dollars sont en jeu, au prix d’un centime par titre.');
    assert.deepEqual([afterVague[1]?.text, afterVague[1]?.currency], ['un centime', 'USD']);
  });

  describe('never turns counts into money', () => {
    const counts = [
      "OpenAI, valorisé 500 milliards de dollars, compte 700 millions d'utilisateurs.",
      'OpenAI raised $40 billion and has 700 million users.',
      'Nvidia a vendu pour 30 milliards de dollars de puces, soit 3 millions de GPU.',
      'The $10 billion plan covers 2 million GPUs.',
      'Meta dépense 60 milliards de dollars et vise 3 milliards de personnes.',
      'OpenAI vaut 500 milliards de dollars. Ses utilisateurs sont passés de 500 millions à 800 millions en 2025.',
      'The $10 billion budget covers 3 million homes, and its revenue reaches 2 million subscribers.',
    ];
    for (const input of counts) {
      it(input, () => assert.ok(amounts(input).every(([, , , implied]) => !implied), JSON.stringify(amounts(input))));
    }
  });

  describe('stays within a sentence and a short window', () => {
    it('not across a sentence end', () => {
      assert.deepEqual(amounts('Il investit 3 milliards de dollars. Le total atteint 12 milliards.').map(([t]) => t), ['3 milliards de dollars']);
    });
    it('not far from its neighbour', () => {
      const input = `Il investit 3 milliards de dollars${', puis, selon les analystes interrogés par la presse spécialisée de la région'.repeat(5)}, 12 milliards.`;
      assert.deepEqual(amounts(input).map(([t]) => t), ['3 milliards de dollars']);
    });
    it('not without a neighbour', () => {
      assert.deepEqual(amounts('Le total atteint 12 milliards.'), []);
    });
    it('not from a vague amount', () => {
      assert.deepEqual(amounts('Des dizaines de milliards de dollars, puis 12 milliards.').map(([t, , , i]) => [t, i]), [
        ['Des dizaines de milliards de dollars', false],
      ]);
    });
  });
  it('"contre 54 milliards attendus", "dont 2 milliards il y a deux ans et un milliard de plus", "4 milliards (+30 %)": money like the amount before', () => {
    assert.deepEqual(amounts('Les ventes ont atteint 57 milliards de dollars, contre 54 milliards attendus.').map(([t, , c]) => [t, c]), [
      ['57 milliards de dollars', 'USD'], ['54 milliards', 'USD'],
    ]);
    assert.deepEqual(amounts('Il a investi 3 milliards de dollars, dont 2 milliards il y a deux ans et un milliard de plus cette année.').map(([t, , c]) => [t, c]), [
      ['3 milliards de dollars', 'USD'], ['2 milliards', 'USD'], ['un milliard', 'USD'],
    ]);
    assert.deepEqual(amounts('Les ventes sont de 9 milliards d’euros. Les jeux ont généré 4 milliards (+30 %), la robotique 590 millions (+32 %).').map(([t, , c]) => [t, c]), [
      ['9 milliards d’euros', 'EUR'], ['4 milliards', 'EUR'], ['590 millions', 'EUR'],
    ]);
    // A count stays a count: what follows it says so.
    assert.deepEqual(amounts('Le chiffre atteint 9 milliards de dollars, et le service compte 700 millions (+20 %) d’utilisateurs.').map(([t]) => t), ['9 milliards de dollars']);
  });
  it('"51 milliards de revenus" a paragraph after the last amount, and a title\'s "Treize milliards en série F", in a text of one currency', () => {
    const far = `Le groupe vise 65 milliards de dollars.\n\n${'Le marché reste porteur pour ses produits. '.repeat(12)}\n\nLe segment pèse 51 milliards de revenus.`;
    assert.deepEqual(amounts(far).map(([t, , c]) => [t, c]), [['65 milliards de dollars', 'USD'], ['51 milliards', 'USD']]);
    assert.deepEqual(amounts(`Treize milliards en série F.\n${'La start-up grandit vite. '.repeat(20)}Elle a levé 5 milliards de dollars en mars.`).map(([t, , c]) => [t, c]), [
      ['Treize milliards', 'USD'], ['5 milliards de dollars', 'USD'],
    ]);
    // Two currencies in the text: no guess.
    assert.deepEqual(amounts(`Treize milliards en série F.\n${'La start-up grandit vite. '.repeat(20)}Elle a levé 5 milliards de dollars et 2 milliards d’euros.`).map(([t]) => t), [
      '5 milliards de dollars', '2 milliards d’euros',
    ]);
  });
  it('a title\'s "Nvidia investit 2 milliards dans Synopsys" (money put into a company) in a text of one currency; "2 millions dans ses rangs" stays a count', () => {
    assert.deepEqual(amounts(`Nvidia investit 2 milliards dans Synopsys\n${'Le secteur change vite. '.repeat(10)}Nvidia va investir deux milliards de dollars chez Synopsys.`).map(([t, , c]) => [t, c]), [
      ['2 milliards', 'USD'], ['deux milliards de dollars', 'USD'],
    ]);
    assert.deepEqual(amounts('Le groupe a levé 5 milliards de dollars. Il compte 2 millions dans ses rangs.').map(([t]) => t), ['5 milliards de dollars']);
  });
});
