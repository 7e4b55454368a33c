// Amounts as every outlet writes them: lakh and crore, every currency sign or code before or after the
// number, and number formats read by the evidence of the note (with an ambiguity flag when none settles them).
import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { findMoney } from '../../src/core/recognize/money';
import { evidenceOf, readDoubtfulNumeral, sentenceLanguage } from '../../src/core/recognize/numberFormat';
import { findQuantities } from '../../src/core/recognize/quantities';
import type { Mention } from '../../src/core/types';

/** The one amount found in `input`, checked against `text`, `value` and `currency`. */
function one(input: string, text: string, value: number, currency: string): Mention {
  const found = findMoney(input);
  assert.equal(found.length, 1, `one amount in ${JSON.stringify(input)}, got ${JSON.stringify(found.map((m) => m.text))}`);
  const m = found[0]!;
  assert.equal(m.text, text);
  assert.equal(m.value, value, `value of ${JSON.stringify(text)}`);
  assert.equal(m.currency, currency);
  assert.equal(m.text, input.slice(m.start, m.end));
  return m;
}

describe('money formats: lakh and crore', () => {
  const cases: Array<[string, string, number]> = [
    ["Reliance investira ₹10,000 crore dans l'IA.", '₹10,000 crore', 1e11],
    ['The ministry set aside ₹10,000 crore for chips.', '₹10,000 crore', 1e11],
    ['The plan costs Rs 5 lakh crore over a decade.', 'Rs 5 lakh crore', 5e12],
    ['A cup of tea costs Rs. 20 at the station.', 'Rs. 20', 20],
    ['A cup of tea costs Rs.20 at the station.', 'Rs.20', 20],
    ['He paid 5 lakh rupees for the licence.', '5 lakh rupees', 5e5],
    ['The board approved INR 2,500 crore.', 'INR 2,500 crore', 2.5e10],
    ['The state spent ₹1,00,000 crore on roads.', '₹1,00,000 crore', 1e12],
    ['A ₹1.2 lakh crore package was announced.', '₹1.2 lakh crore', 1.2e12],
    ['They raised Rs 500 cr in the round.', 'Rs 500 cr', 5e9],
    ['The deal was 10 crore rupees.', '10 crore rupees', 1e8],
    ['Le contrat atteint 5 crores de roupies.', '5 crores de roupies', 5e7],
    ['Le groupe a levé 3 lakhs de roupies.', '3 lakhs de roupies', 3e5],
    ['A ₹5,000 crore data centre is planned.', '₹5,000 crore', 5e10],
    ['The fund holds ₹1,50,000 in cash.', '₹1,50,000', 150000],
    // A sentence's full stop after the second magnitude keeps it ("lakh crore.", not "lakh" then "crore.").
    ['The plan costs Rs 5 lakh crore.', 'Rs 5 lakh crore', 5e12],
    ['Le plan coûte 2 lakh crore de roupies.', '2 lakh crore de roupies', 2e12],
    ['The state will spend ₹3 thousand crore.', '₹3 thousand crore', 3e10],
    ['Le budget atteint ₹1 lakh cr.', '₹1 lakh cr', 1e12],
  ];
  for (const [input, text, value] of cases) it(`${input} → INR ${value}`, () => one(input, text, value, 'INR'));

  it('leaves lakh and crore without a currency alone', () => {
    assert.deepEqual(findMoney('The app has 5 crore users and 3 lakh downloads.'), []);
  });
});

describe('money formats: currency signs and codes before or after the number, glued or spaced', () => {
  const cases: Array<[string, number, string]> = [
    ['€10', 10, 'EUR'], ['€ 10', 10, 'EUR'], ['10€', 10, 'EUR'], ['10 €', 10, 'EUR'], ['10\u00a0€', 10, 'EUR'],
    ['$10', 10, 'USD'], ['$ 10', 10, 'USD'], ['10$', 10, 'USD'], ['10 $', 10, 'USD'],
    ['£10', 10, 'GBP'], ['10 £', 10, 'GBP'], ['¥500', 500, 'JPY'], ['500 ¥', 500, 'JPY'], ['₹500', 500, 'INR'], ['500 ₹', 500, 'INR'],
    ['USD10', 10, 'USD'], ['USD 10', 10, 'USD'], ['10USD', 10, 'USD'], ['10 USD', 10, 'USD'],
    ['EUR 10', 10, 'EUR'], ['10 EUR', 10, 'EUR'], ['CHF 10', 10, 'CHF'], ['10 CHF', 10, 'CHF'], ['GBP 7', 7, 'GBP'],
    ['INR 300', 300, 'INR'], ['300 INR', 300, 'INR'], ['CN¥30', 30, 'CNY'], ['HK$8', 8, 'HKD'],
    ['10 M€', 1e7, 'EUR'], ['10M USD', 1e7, 'USD'], ['€10bn', 1e10, 'EUR'], ['10 Md$', 1e10, 'USD'],
  ];
  for (const [written, value, currency] of cases) {
    it(`"Le prix: ${written} au total" and "The price: ${written} in all"`, () => {
      one(`Le prix: ${written} au total.`, written, value, currency);
      one(`The price: ${written} in all.`, written, value, currency);
    });
  }
  it('reads cents and pence as hundredths', () => {
    one('The warrant is priced at one cent a share.', 'one cent', 0.01, 'USD');
    one('Qualcomm offered 183 pence a share.', '183 pence', 1.83, 'GBP');
    one('It costs 20 cents.', '20 cents', 0.2, 'USD');
    one('Un timbre à 50 centimes d’euro.', '50 centimes d’euro', 0.5, 'EUR');
  });
  it('reads "a dollar", "10¢", "a penny", "1,20 cents" and "20Rs"', () => {
    one('It sold for a dollar a share.', 'a dollar', 1, 'USD');
    one('It rose 10¢ today.', '10¢', 0.1, 'USD');
    one('It costs a penny.', 'a penny', 0.01, 'GBP');
    one('Le contrat a pris 1,20 cents hier.', '1,20 cents', 0.012, 'USD');
    one('The tea costs 20Rs here.', '20Rs', 20, 'INR');
    assert.deepEqual(findMoney('a dollar-denominated bond'), []);
  });
  it('reads a sign after "de" and a country after "$": "millions de $", "$ CAD", "$ HK", "$ US"', () => {
    one('Un contrat de 75 millions de $ signé hier.', '75 millions de $', 7.5e7, 'USD');
    one('Un contrat de 16,4 millions de $ CAD signé hier.', '16,4 millions de $ CAD', 1.64e7, 'CAD');
    one('Les ventes atteignent 10,05 milliards de $ HK.', '10,05 milliards de $ HK', 1.005e10, 'HKD');
    one('Un plan de 5 milliards de $ US.', '5 milliards de $ US', 5e9, 'USD');
  });
  it('reads a sign with its country letters after the number: "milliards de NT$", "13,94 NT$", "10 HK$", "2 milliards de A$"', () => {
    one('Le chiffre atteint 361,6 milliards de NT$ ce trimestre.', '361,6 milliards de NT$', 3.616e11, 'TWD');
    one('Le bénéfice est de 13,94 NT$ par action.', '13,94 NT$', 13.94, 'TWD');
    one('Le billet coûte 10 HK$ seulement.', '10 HK$', 10, 'HKD');
    one('Le contrat vaut 2 milliards de A$ sur dix ans.', '2 milliards de A$', 2e9, 'AUD');
  });
  it('keeps "per cent" a percentage and French "cinq cents" a number', () => {
    assert.deepEqual(findMoney('growth of 5 per cent'), []);
    one('un budget de cinq cents euros', 'cinq cents euros', 500, 'EUR');
  });
});

describe('money formats: numbers by evidence', () => {
  it('"10.000 dollars", "€10.000", "$10.000" group thousands (an amount has two decimals at most)', () => {
    one('The company paid 10.000 dollars for it.', '10.000 dollars', 10000, 'USD');
    one('Le serveur coûte €10.000.', '€10.000', 10000, 'EUR');
    one('The server costs $10.000.', '$10.000', 10000, 'USD');
    one('La licence coûte 10.000 euros par an.', '10.000 euros', 10000, 'EUR');
    for (const m of findMoney('The server costs $10.000. Le serveur coûte €10.000.')) assert.equal(m.ambiguous, undefined);
  });
  it('"10 000" groups thousands in both languages, with any space', () => {
    one('Le serveur coûte 10 000 euros.', '10 000 euros', 10000, 'EUR');
    one('Le serveur coûte 10\u202f000 €.', '10\u202f000 €', 10000, 'EUR');
  });
  it('"1.5bn", "1,5 milliard", "1,500 billion" and "1,500 milliard" read by their language', () => {
    one('The start-up raised $1.5bn.', '$1.5bn', 1.5e9, 'USD');
    one('La start-up a levé 1,5 milliard de dollars.', '1,5 milliard de dollars', 1.5e9, 'USD');
    const en = one('The firm raised 1,500 billion dollars from the state.', '1,500 billion dollars', 1.5e12, 'USD');
    assert.equal(en.ambiguous, undefined);
    const fr = one('La société a levé 1,500 milliard d’euros pour la France.', '1,500 milliard d’euros', 1.5e9, 'EUR');
    assert.equal(fr.ambiguous, undefined);
    one('The firm raised $1.500 billion from the state.', '$1.500 billion', 1.5e9, 'USD');
  });
  it('takes the note’s other numbers as evidence', () => {
    // A decimal comma elsewhere ("4,5 %") settles "1,250" with a magnitude as a decimal.
    const fr = findMoney('Le marché a crû de 4,5 % et la levée atteint 1,250 milliard de dollars.');
    assert.equal(fr[0]!.value, 1.25e9);
    // A decimal point elsewhere ("2.75 GW") settles it the other way in an English note.
    const en = findMoney('The campus draws 2.75 GW and the state gave 1,250 billion dollars to it.');
    assert.equal(en[0]!.value, 1.25e12);
  });
  it('marks an amount ambiguous, with the other reading, when the evidence disagrees', () => {
    // A French sentence, a note that writes decimals with a point: "1,500 milliards" stays in doubt.
    const text = 'The fund drew 2.5 GW. Le fonds a levé 1,500 milliards de dollars pour la société.';
    const m = findMoney(text)[0]!;
    assert.equal(m.ambiguous, true);
    assert.ok(m.alternative);
    assert.notEqual(m.alternative.value, m.value);
    assert.deepEqual([m.value ?? 0, m.alternative.value].sort((a, b) => a - b), [1.5e9, 1.5e12]);
    assert.match(m.alternative.canonical, /^\$1\.5[BT]$/);
  });
  it('marks a French "1,500 euros" ambiguous: read 1 500, also 1,5', () => {
    const m = one('Le budget de la société est de 1,500 euros.', '1,500 euros', 1500, 'EUR');
    assert.equal(m.ambiguous, true);
    assert.equal(m.alternative?.value, 1.5);
    assert.equal(m.alternative?.canonical, '€1.5');
  });
  it('an English "1,500 euros" is not in doubt', () => {
    const m = one('The budget of the company is 1,500 euros.', '1,500 euros', 1500, 'EUR');
    assert.equal(m.ambiguous, undefined);
  });
  it('reads a doubtful numeral in a slice with the whole note’s evidence', () => {
    const note = 'Le marché a crû de 4,5 %.';
    const slice = 'Then 1,250 billion dollars were raised by the firm.';
    const alone = findQuantities(slice).find((q) => q.kind === 'money')!;
    const withNote = findQuantities(slice, evidenceOf(note + ' ' + slice)).find((q) => q.kind === 'money')!;
    assert.equal(alone.value, 1.25e12);
    assert.equal(withNote.ambiguous, true, 'an English sentence in a note with French decimals is in doubt');
  });
  it('readDoubtfulNumeral: only the doubtful shape, "000" and Indian amounts are groups', () => {
    const none = { decimalComma: 0, decimalPoint: 0, frenchWords: 0, englishWords: 0 };
    assert.equal(readDoubtfulNumeral('1,5', { evidence: none, hasMagnitude: true }), undefined);
    assert.equal(readDoubtfulNumeral('1 500', { evidence: none, hasMagnitude: true }), undefined);
    assert.equal(readDoubtfulNumeral('0,500', { evidence: none, hasMagnitude: true }), undefined);
    assert.deepEqual(readDoubtfulNumeral('10,000', { evidence: none, sentence: 'fr', hasMagnitude: true }), { value: 10000 });
    assert.deepEqual(readDoubtfulNumeral('2,500', { evidence: none, sentence: 'fr', hasMagnitude: true, indian: true }), { value: 2500 });
    const open = readDoubtfulNumeral('1,250', { evidence: none, hasMagnitude: true });
    assert.ok(open?.alternative !== undefined, 'no evidence at all: in doubt');
  });
  it('sentenceLanguage reads the sentence, not its neighbours', () => {
    const text = 'The board said that it will invest. La société a levé des fonds pour le projet.';
    assert.equal(sentenceLanguage(text, text.indexOf('levé'), text.indexOf('levé') + 4), 'fr');
    assert.equal(sentenceLanguage(text, text.indexOf('invest'), text.indexOf('invest') + 6), 'en');
  });
});

describe('money formats: the currencies of Gulf, Malaysian, Israeli and Egyptian outlets', () => {
  const cases: Array<[string, string, number, string]> = [
    ['The Johor campus will cost RM 2.5 billion.', 'RM 2.5 billion', 2.5e9, 'MYR'],
    ['The Johor campus will cost RM2.5bn.', 'RM2.5bn', 2.5e9, 'MYR'],
    ['A rack rents for 900RM a month.', '900RM', 900, 'MYR'],
    ['The tender was priced at ringgit 40 million.', 'ringgit 40 million', 4e7, 'MYR'],
    ['A seat costs Malaysian ringgit 300 a month.', 'Malaysian ringgit 300', 300, 'MYR'],
    ['The state fund put in 12 billion Malaysian ringgit.', '12 billion Malaysian ringgit', 1.2e10, 'MYR'],
    ['YTL a annoncé un investissement de 8 milliards de ringgits.', '8 milliards de ringgits', 8e9, 'MYR'],
    ['Le fonds a engagé MYR 300 millions.', 'MYR 300 millions', 3e8, 'MYR'],
    ['The Qatari fund pledged 5 billion Qatari riyals.', '5 billion Qatari riyals', 5e9, 'QAR'],
    ['Doha accorde un prêt de 2 milliards de riyals qataris.', '2 milliards de riyals qataris', 2e9, 'QAR'],
    ['The campus costs 40 billion Saudi riyals.', '40 billion Saudi riyals', 4e10, 'SAR'],
    ['The wealth fund put 300 million Kuwaiti dinars into the project.', '300 million Kuwaiti dinars', 3e8, 'KWD'],
    ['Le fonds a investi 120 millions de dinars koweïtiens.', '120 millions de dinars koweïtiens', 1.2e8, 'KWD'],
    ['Nvidia will spend 3 billion shekels in Haifa.', '3 billion shekels', 3e9, 'ILS'],
    ['Le campus de Haïfa coûtera 500 millions de shekels.', '500 millions de shekels', 5e8, 'ILS'],
    ['The ministry budgeted 45 billion Egyptian pounds for data centres.', '45 billion Egyptian pounds', 4.5e10, 'EGP'],
    ['Le Caire a prévu 200 millions de livres égyptiennes.', '200 millions de livres égyptiennes', 2e8, 'EGP'],
    ['A ticket costs 90,000 Lebanese pounds.', '90,000 Lebanese pounds', 90000, 'LBP'],
    ['The fee rose to 1 million rials.', '1 million rials', 1e6, 'IRR'],
    ['Le prix a atteint 500 000 rials.', '500 000 rials', 500000, 'IRR'],
    ['Sofia approved BGN 20 million for the lab.', 'BGN 20 million', 2e7, 'BGN'],
    ['Le fonds a levé 2 milliards de dollars de Singapour.', '2 milliards de dollars de Singapour', 2e9, 'SGD'],
    ['La ville a voté 20 millions BGN pour le laboratoire.', '20 millions BGN', 2e7, 'BGN'],
  ];
  for (const [input, text, value, currency] of cases) it(`${input} → ${currency} ${value}`, () => one(input, text, value, currency));

  it('a currency name with no number beside it is no amount', () => {
    assert.deepEqual(findMoney('The ringgit rose against the dollar while the riyal held.'), []);
    assert.deepEqual(findMoney('Le shekel a progressé face au dinar.'), []);
    assert.deepEqual(findMoney('The ringgit 0.3 % higher helped exporters; the ringgit 2 percent lower would not.'), []);
  });
});

describe('money formats: cents written after a whole amount', () => {
  const cases: Array<[string, string, number, string]> = [
    ['Each token costs 2 dollars 30 cents in the beta.', '2 dollars 30 cents', 2.3, 'USD'],
    ['The share closed at $12 and 5c on Friday.', '$12 and 5c', 12.05, 'USD'],
    ['A stamp costs one pound and twenty pence.', 'one pound and twenty pence', 1.2, 'GBP'],
    ['The fee is £3 45.', '£3 45', 3.45, 'GBP'],
    ['The fare was 15 rupees 50.', '15 rupees 50', 15.5, 'INR'],
    ['A rack unit rents for 7 ringgit and 20 sen.', '7 ringgit and 20 sen', 7.2, 'MYR'],
    ['Le ticket coûte 3 euros et 50 centimes.', '3 euros et 50 centimes', 3.5, 'EUR'],
    ['Le prix unitaire est de 1 EUR 99 centimes.', '1 EUR 99 centimes', 1.99, 'EUR'],
    ['Le jeton vaut 4 dollars et 5 cents.', '4 dollars et 5 cents', 4.05, 'USD'],
  ];
  for (const [input, text, value, currency] of cases) it(`${input} → ${currency} ${value}`, () => one(input, text, value, currency));

  it('keeps the hedge of an amount with cents', () => {
    assert.equal(one('Le service coûte pas plus de 4 euros et 20 centimes.', '4 euros et 20 centimes', 4.2, 'EUR').qualifier, 'at most');
    assert.equal(one('Shares traded above a dollar and 42 cents.', 'a dollar and 42 cents', 1.42, 'USD').qualifier, 'more than');
  });
  it('does not take a count, a magnitude or a decimal for cents', () => {
    one('They paid $20 and 43 employees left.', '$20', 20, 'USD');
    one('The start-up raised $5 million and 12 engineers joined.', '$5 million', 5e6, 'USD');
    one('The chip costs $20 43 times more than it did.', '$20', 20, 'USD');
    one('Le titre vaut 2,50 euros 30 jours plus tard.', '2,50 euros', 2.5, 'EUR');
    one('The console costs ¥500 20.', '¥500', 500, 'JPY');
    assert.deepEqual(findMoney('They paid $20, 43 and 50 for three cards.').map((m) => m.value), [20]);
  });
  it('keeps the cents of an amount over a thousand', () => {
    one('The invoice came to $1,234.56 in all.', '$1,234.56', 1234.56, 'USD');
    one('La facture s’élève à 1 234,56 € au total.', '1 234,56 €', 1234.56, 'EUR');
  });
});

describe('money formats: a currency code after "de" or "d’"', () => {
  it('"six milliards d’USD", "400 millions d\'USD", "5 millions de USD"', () => {
    one('xAI a levé six milliards d’USD en décembre.', 'six milliards d’USD', 6e9, 'USD');
    one("Le fonds a investi 400 millions d'USD dans ce tour.", "400 millions d'USD", 4e8, 'USD');
    one('Il a levé 5 millions de USD.', '5 millions de USD', 5e6, 'USD');
  });
  it('"d’" before a word that is no currency code is no amount', () => {
    assert.deepEqual(findMoney('Le dossier compte 3 pages d’ici la fin de l’année.'), []);
  });
});

describe('money formats: currency letters are never a company', () => {
  // "the fund manages HK$10bn": after "fund" a capitalised word can be a company's name, but not "HK" or "Rs".
  const core = createCore();
  const cases: Array<[string, string]> = [
    ['The fund manages HK$10bn for its clients.', 'HK$10bn'],
    ['The fund holds Rs 3.5 lakh in cash.', 'Rs 3.5 lakh'],
    ['The fund manages SAR 5bn in Riyadh.', 'SAR 5bn'],
    ['Le fonds gère RM 42 milliards.', 'RM 42 milliards'],
  ];
  for (const [sentence, amount] of cases) {
    it(`“${sentence}”`, () => {
      const mentions = core.analyze({ uri: 'n.md', text: sentence }).mentions;
      assert.deepEqual(mentions.filter((m) => m.kind === 'money').map((m) => m.text), [amount]);
      assert.deepEqual(mentions.filter((m) => m.kind === 'company').map((m) => m.text), []);
    });
  }
});

describe('money formats: phrasings of real outlets', () => {
  // Sentences of our own, in the forms wires, Indian-English business press, trade press and blogs write.
  const cases: Array<[string, string, number, string, number?]> = [
    // A hyphen between the number and its magnitude word ("a $157-billion valuation") keeps the magnitude.
    ['The round gives Quantaflux a $157-billion valuation.', '$157-billion', 157e9, 'USD'],
    ['It paid $1.5-billion for the plant.', '$1.5-billion', 1.5e9, 'USD'],
    ['It signed a 10-billion-dollar contract.', '10-billion-dollar', 1e10, 'USD'],
    ['The scheme has an outlay of Rs 76,000-crore for chips.', 'Rs 76,000-crore', 7.6e11, 'INR'],
    ['The board approved a ₹500-crore buyback.', '₹500-crore', 5e9, 'INR'],
    // A sign right before digits begins the next amount: a year before it is not money.
    ['In 2025 $4bn was spent on chips.', '$4bn', 4e9, 'USD'],
    ['In 2025 €4bn was spent on chips.', '€4bn', 4e9, 'EUR'],
    // A one-letter magnitude with a currency word.
    ['The seed round was 400k dollars.', '400k dollars', 4e5, 'USD'],
    ['The grant was 5M euros.', '5M euros', 5e6, 'EUR'],
    // "$US" before the number (Canadian and Australian French and English).
    ['Le fonds a levé $US 5 milliards.', '$US 5 milliards', 5e9, 'USD'],
    ['It costs $US5 a month.', '$US5', 5, 'USD'],
    // "billion" with an English currency word is 10^9, even after a decimal comma; with "de" it is French (10^12).
    ['The amount is 1,5 billion dollars.', '1,5 billion dollars', 1.5e9, 'USD'],
    ['The amount is 1,5 to 2 billion dollars.', '1,5 to 2 billion dollars', 1.5e9, 'USD', 2e9],
    ['Les licornes pèsent 2,7 billions de dollars.', '2,7 billions de dollars', 2.7e12, 'USD'],
    // "et demi", "and a half": half a unit of the magnitude more.
    ['Microsoft investit un milliard et demi de dollars dans G42.', 'un milliard et demi de dollars', 1.5e9, 'USD'],
    ['Le groupe a levé 2 milliards et demi d’euros.', '2 milliards et demi d’euros', 2.5e9, 'EUR'],
    ['Microsoft invests a billion and a half dollars in G42.', 'a billion and a half dollars', 1.5e9, 'USD'],
    ['Microsoft invests one and a half billion dollars in G42.', 'one and a half billion dollars', 1.5e9, 'USD'],
    // Half of a magnitude (was "a billion dollars": twice the amount); a sign before "billion" is English usage.
    ['The fund raised half a billion dollars.', 'half a billion dollars', 5e8, 'USD'],
    ['Le fonds a levé un demi-milliard d’euros.', 'un demi-milliard d’euros', 5e8, 'EUR'],
    ['The fund raised US$ 1,5 billion.', 'US$ 1,5 billion', 1.5e9, 'USD'],
    ['The fund raised USD1.5bn in bonds.', 'USD1.5bn', 1.5e9, 'USD'],
    // One unit of a singular magnitude after an article; "Bln" in a title-case headline (was "$2.7": off by 10^9).
    ['Mistral a dépassé la barre du milliard de dollars de valorisation.', 'milliard de dollars', 1e9, 'USD'],
    ['It crossed the billion dollar mark.', 'billion dollar', 1e9, 'USD'],
    ['Google Spent $2.7 Bln To Rehire Its Founder', '$2.7 Bln', 2.7e9, 'USD'],
    // Millions written after the billions.
    ['Le budget atteint 1 milliard 500 millions d’euros.', '1 milliard 500 millions d’euros', 1.5e9, 'EUR'],
    ['Le budget atteint 2 milliards 300 millions de dollars.', '2 milliards 300 millions de dollars', 2.3e9, 'USD'],
    // Dollars that are not US dollars: Taiwan's (TSMC's accounts), New Zealand's; Brazil's real.
    ['TSMC will spend NT$100 billion on a new fab.', 'NT$100 billion', 1e11, 'TWD'],
    ['TSMC will spend TWD 100 billion on a new fab.', 'TWD 100 billion', 1e11, 'TWD'],
    ['TSMC earned T$452.3 billion in the quarter.', 'T$452.3 billion', 4.523e11, 'TWD'],
    ['TSMC will spend 100 billion New Taiwan dollars on a new fab.', '100 billion New Taiwan dollars', 1e11, 'TWD'],
    ['TSMC dépensera 100 milliards de dollars taïwanais.', '100 milliards de dollars taïwanais', 1e11, 'TWD'],
    ['The plant cost NZ$2bn.', 'NZ$2bn', 2e9, 'NZD'],
    ['The deal is worth R$5 billion.', 'R$5 billion', 5e9, 'BRL'],
    ['The deal is worth 5 billion reais.', '5 billion reais', 5e9, 'BRL'],
    // "Cr" in capitals, as Indian startup press writes it (was read as INR 913.7: off by 10^7).
    ['The block deals amounted to INR 913.7 Cr in all.', 'INR 913.7 Cr', 9.137e9, 'INR'],
    ['Dectrocel raised ₹4 Cr for its platform.', '₹4 Cr', 4e7, 'INR'],
    ['The startup raised Rs 40 Cr in its Series A.', 'Rs 40 Cr', 4e8, 'INR'],
    ['The startup raised Rs 2.5 Lakh Cr in all.', 'Rs 2.5 Lakh Cr', 2.5e12, 'INR'],
    // Dots grouping thousands before a decimal comma.
    ['Price: 1.299,99 € all taxes included.', '1.299,99 €', 1299.99, 'EUR'],
    ['Le prix est de 12.500,50 euros.', '12.500,50 euros', 12500.5, 'EUR'],
    // Line breaks inside an amount (a clipped article wraps anywhere).
    ['Nvidia will invest up to $100\nbillion in OpenAI.', '$100\nbillion', 1e11, 'USD'],
    ['Nvidia investira 100 milliards\nde dollars dans OpenAI.', '100 milliards\nde dollars', 1e11, 'USD'],
    ['OpenAI discussed raising between $8 billion and $10\nbillion from G42.', '$8 billion and $10\nbillion', 8e9, 'USD', 1e10],
  ];
  for (const [input, text, value, currency, valueMax] of cases) {
    it(`${JSON.stringify(input)}`, () => {
      const m = one(input, text, value, currency);
      assert.equal(m.valueMax, valueMax);
    });
  }
});

describe('money formats: an amount without currency that borrows its neighbour’s', () => {
  const core = createCore();
  const cases: Array<[string, string[]]> = [
    // What the amount is the value of, right after it: "a 300 billion valuation".
    ['OpenAI raised $40 billion at a 300 billion valuation.', ['$40 billion', '300 billion']],
    ['Meta signed a $3 billion deal, then a 2 billion deal.', ['$3 billion', '2 billion']],
    // Who gives it: "(dont 1 milliard de l’État)".
    ['Une enveloppe de 2,5 milliards d’euros (dont 1 milliard de l’État) est prévue.', ['2,5 milliards d’euros', '1 milliard']],
    // What it counts stays a count.
    ['Meta a 3 milliards de dollars de dette et 700 millions d’utilisateurs.', ['3 milliards de dollars']],
    ['Meta investit 3 milliards de dollars pour 700 millions de la population.', ['3 milliards de dollars']],
    ['Le plan compte 700 millions de l’entreprise et 3 milliards d’euros.', ['3 milliards d’euros']],
    // The year of an amount: "aux 774 millions de 2016".
    ['En 2017, 2,25 milliards de dollars ont été levés, bien plus que les 774 millions de 2016.', ['2,25 milliards de dollars', '774 millions']],
    ['In 2017, $2.25 billion was raised, well above the 774 million of 2016.', ['$2.25 billion', '774 million']],
    // Crore and lakh count shares too: no currency, no money.
    ['SoftBank sold 1.14 Cr shares and holds 83.23 Lakh more, worth ₹4 Cr.', ['₹4 Cr']],
  ];
  for (const [sentence, amounts] of cases) {
    it(`“${sentence}”`, () => {
      const money = core.analyze({ uri: 'n.md', text: sentence }).mentions.filter((m) => m.kind === 'money');
      assert.deepEqual(money.map((m) => m.text), amounts);
      assert.equal(new Set(money.map((m) => m.currency)).size, 1, 'one currency, the neighbour’s');
    });
  }
});

describe('money formats: "a few hundred million", "several hundred million"', () => {
  // A vague amount: at least two hundred million, never a hundred million exactly (as "hundred million dollars" was).
  for (const input of ['The fund raised a few hundred million dollars.', 'The fund raised several hundred million dollars.']) {
    it(JSON.stringify(input), () => {
      const [m] = findMoney(input);
      assert.equal(m?.text, input.slice(16, -1));
      assert.deepEqual([m.qualifier, m.canonical, m.value], ['several', '$200M+', undefined]);
    });
  }
});
