// Every amount form the money recogniser reads (src/core/recognize/money.ts), in sentences of our own in
// both languages: the grammars colour exactly the span the core reads as money, in .note files and in
// Markdown. A form the core reads and the grammar misses (or colours differently) fails here.
import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { spans, type Language } from './tokenize';

const core = createCore();

/** [sentence, the amount as the core reads it and the grammar must colour it]. */
const FORMS: [string, string][] = [
  // Indian amounts: lakh and crore with ₹, Rs, Rs., INR, rupees, roupies.
  ['Reliance will invest ₹10,000 crore in the data centre.', '₹10,000 crore'],
  ['The plan costs Rs 5 lakh crore over ten years.', 'Rs 5 lakh crore'],
  ['A ticket costs Rs. 20 at the gate.', 'Rs. 20'],
  ['He paid 5 lakh rupees for the server.', '5 lakh rupees'],
  ['Tata raised INR 2,000 crore from the market.', 'INR 2,000 crore'],
  ['The board approved ₹500 cr for chips.', '₹500 cr'],
  ['The fund holds Rs 3.5 lakh in cash.', 'Rs 3.5 lakh'],
  ['Infosys will spend 2,500 crore rupees on AI.', '2,500 crore rupees'],
  ['The contract is worth 1,200 crore.', ''],
  ['Le groupe investira 10 000 crores de roupies en Inde.', '10 000 crores de roupies'],
  ['Le contrat vaut 5 milliards de roupies.', '5 milliards de roupies'],
  // Signs and codes after the number, glued or spaced.
  ['The license costs 500 USD per year.', '500 USD'],
  ['The license costs 500USD per year.', '500USD'],
  ['Le serveur coûte 3 000 € hors taxes.', '3 000 €'],
  ['Le serveur coûte 3000€ hors taxes.', '3000€'],
  ['Le fonds a levé 25 M$ auprès de Nvidia.', '25 M$'],
  ['Le fonds a levé 2 Md€ cette année.', '2 Md€'],
  ['Le fonds a levé 2 Mds EUR cette année.', '2 Mds EUR'],
  ['La start-up a levé 40 millions $ US.', '40 millions $ US'],
  ['La société a levé 12 M$ CA à Montréal.', '12 M$ CA'],
  ['Le rachat se chiffre à 7 milliards $.', '7 milliards $'],
  ['The round was 30 million GBP.', '30 million GBP'],
  ['The chip sells for 1,000 CHF in Zurich.', '1,000 CHF'],
  ['The deal is worth 4bn AED.', '4bn AED'],
  ['The stake is worth 2 billion SEK.', '2 billion SEK'],
  // Signs and codes before the number.
  ['Aramco will invest SAR 5bn in AI.', 'SAR 5bn'],
  ['G42 raised AED 10 billion.', 'AED 10 billion'],
  ['The fund manages HK$10bn.', 'HK$10bn'],
  ['Temasek put S$5 million in it.', 'S$5 million'],
  ['The government gave A$2bn.', 'A$2bn'],
  ['Alibaba spent CN¥380 billion.', 'CN¥380 billion'],
  ['Samsung invested ₩10 trillion.', '₩10 trillion'],
  ['The plant costs RM42 billion.', 'RM42 billion'],
  ['The loan was RMB 10 billion.', 'RMB 10 billion'],
  ['The bond raised HKD 5bn.', 'HKD 5bn'],
  ['The bond raised SGD 300m.', 'SGD 300m'],
  // Cents, centimes, pence.
  ['The app charges 99 cents per query.', '99 cents'],
  ['Le kilowattheure coûte 50 centimes de plus.', '50 centimes'],
  ['Shares rose 183 pence in London.', '183 pence'],
  ['A query costs 20¢ now.', '20¢'],
  ['Le jeton coûte 30 centimes d’euro.', '30 centimes d’euro'],
  // Currency words.
  ['SoftBank will pay 2 billion yen.', '2 billion yen'],
  ['The fund raised 5 billion Swiss francs.', '5 billion Swiss francs'],
  ['MGX committed 3 billion dirhams.', '3 billion dirhams'],
  ['The state gave 20 billion riyals.', '20 billion riyals'],
  ['The bank lent 8 billion ringgit.', '8 billion ringgit'],
  ['The startup raised 400 million shekels.', '400 million shekels'],
  ['The pension fund put in 2 billion kronor.', '2 billion kronor'],
  ['The fund holds 10 billion Hong Kong dollars.', '10 billion Hong Kong dollars'],
  ['Cohere raised 500 million Canadian dollars.', '500 million Canadian dollars'],
  ['The grant is 1 billion Australian dollars.', '1 billion Australian dollars'],
  ['The tender is 300 million US dollars.', '300 million US dollars'],
  ['The deal is 2 billion sterling.', '2 billion sterling'],
  ['Le fonds pèse 2 milliards de couronnes suédoises.', '2 milliards de couronnes suédoises'],
  ['Le contrat vaut 3 milliards de dollars canadiens.', '3 milliards de dollars canadiens'],
  ['Le fonds pèse 10 milliards de dollars de Hong Kong.', '10 milliards de dollars de Hong Kong'],
  ['Le prêt atteint 4 milliards de riyals saoudiens.', '4 milliards de riyals saoudiens'],
  ['Le projet coûte 100 millions de francs suisses.', '100 millions de francs suisses'],
  ['Le projet coûte 1 milliard de livres sterling.', '1 milliard de livres sterling'],
  // Number words, vague and approximate amounts.
  ['Microsoft will spend a billion dollars.', 'a billion dollars'],
  ['Google will spend two billion dollars.', 'two billion dollars'],
  ['Meta will spend tens of billions of dollars.', 'tens of billions of dollars'],
  ['Amazon will spend several billion dollars.', 'several billion dollars'],
  ['Mistral lèvera deux milliards d’euros.', 'deux milliards d’euros'],
  ['Le groupe investira une quinzaine de milliards d’euros.', 'une quinzaine de milliards d’euros'],
  ['Le groupe investira des dizaines de milliards de dollars.', 'des dizaines de milliards de dollars'],
  ['Le groupe investira quelques milliards d’euros.', 'quelques milliards d’euros'],
  // Hyphens, one-letter magnitudes, "$US", a year before a sign.
  ['The round gives Quantaflux a $157-billion valuation.', '$157-billion'],
  ['It signed a 10-billion-dollar contract.', '10-billion-dollar'],
  ['The state offered a Rs 1,000-crore package.', 'Rs 1,000-crore'],
  ['The seed round was 400k dollars.', '400k dollars'],
  ['Le fonds a levé $US 5 milliards.', '$US 5 milliards'],
  ['Le fonds a levé 5 milliards $US.', '5 milliards $US'],
  ['In 2025 $4bn was spent on chips.', '$4bn'],
  ['Microsoft investit un milliard et demi de dollars dans G42.', 'un milliard et demi de dollars'],
  ['Microsoft invests one and a half billion dollars in G42.', 'one and a half billion dollars'],
  ['Le budget atteint 1 milliard 500 millions d’euros.', '1 milliard 500 millions d’euros'],
  // Taiwan, New Zealand and Brazil dollars and reais.
  ['TSMC will spend NT$100 billion on a new fab.', 'NT$100 billion'],
  ['TSMC will spend TWD 100 billion on a new fab.', 'TWD 100 billion'],
  ['TSMC will spend 100 billion New Taiwan dollars on a new fab.', '100 billion New Taiwan dollars'],
  ['TSMC dépensera 100 milliards de dollars taïwanais.', '100 milliards de dollars taïwanais'],
  ['The plant cost NZ$2bn.', 'NZ$2bn'],
  ['The deal is worth R$5 billion.', 'R$5 billion'],
  ['Price: 1.299,99 € all taxes included.', '1.299,99 €'],
  ['The block deals amounted to INR 913.7 Cr in all.', 'INR 913.7 Cr'],
  ['Dectrocel raised ₹4 Cr for its platform.', '₹4 Cr'],
  ['The fund raised half a billion dollars.', 'half a billion dollars'],
  ['Le fonds a levé un demi-milliard d’euros.', 'un demi-milliard d’euros'],
  ['The fund raised a few hundred million dollars.', 'a few hundred million dollars'],
  ['The fund raised USD1.5bn in bonds.', 'USD1.5bn'],
  ['Google Spent $2.7 Bln To Rehire Its Founder', '$2.7 Bln'],
];

describe('grammars: every money form the recogniser reads', () => {
  for (const [sentence, amount] of FORMS) {
    it(`${amount || '(no currency: not money)'} in “${sentence}”`, async () => {
      const money = core.analyze({ uri: 'forms.md', text: sentence }).mentions.filter((m) => m.kind === 'money').map((m) => m.text);
      assert.deepEqual(money, amount ? [amount] : [], 'what the core reads');
      for (const language of ['research-note', 'markdown'] as Language[]) {
        const coloured = (await spans(sentence, language)).filter((s) => s.kind === 'money').map((s) => s.text);
        assert.deepEqual(coloured, amount ? [amount] : [], `what the ${language} grammar colours`);
      }
    });
  }
});
