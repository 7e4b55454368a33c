// Shapes of deal sentences that real outlets write and the first rules missed: funding rounds listing their
// investors, lists joined by "ou"/"or", and more. Every sentence here is our own, written for the test.
import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import type { Deal } from '../../src/core/types';
import { dealLabel } from '../../src/core/report/format';
import { ROLE_OWNED_BEFORE } from '../../src/core/deals/patterns';

const core = createCore();
const dealsIn = (...texts: string[]): Deal[] => core.scan(texts.map((text, i) => ({ uri: `note-${i}.md`, text }))).deals;
const pairs = (deals: Deal[]) => deals.map((d) => d.parties.join(' + ')).sort();

describe('deals: funding rounds and their investors', () => {
  it('"le tour a attiré non seulement A, mais aussi B, C" and "the round attracted A and B" list a round\'s investors', () => {
    assert.deepEqual(pairs(dealsIn('Cohere lève 500 millions de dollars. Le tour, largement sursouscrit, a attiré non seulement Oracle, mais aussi Salesforce, Nvidia ou encore Bain Capital.')),
      ['Bain Capital + Cohere', 'Cohere + Nvidia', 'Cohere + Oracle', 'Cohere + Salesforce']);
    assert.deepEqual(pairs(dealsIn('Cohere raised $500 million. The round attracted Oracle and Nvidia.')), ['Cohere + Nvidia', 'Cohere + Oracle']);
  });
  it('"Parmi les investisseurs de ce tour figuraient des noms comme A, B" lists a round\'s investors', () => {
    assert.deepEqual(pairs(dealsIn('Cohere a levé 500 millions de dollars. Parmi les investisseurs de ce tour figuraient des noms prestigieux comme Oracle, Salesforce ou encore Nvidia.')),
      ['Cohere + Nvidia', 'Cohere + Oracle', 'Cohere + Salesforce']);
  });
  it('"A a investi 88 millions d\'euros, B quelque 46 millions": two investors side by side make no deal between them', () => {
    assert.deepEqual(pairs(dealsIn('Les investisseurs sont nombreux. Microsoft a investi près de 88 millions d’euros, Nvidia quelque 46 millions d’euros.')), []);
    assert.deepEqual(pairs(dealsIn('Figure AI a levé 675 millions de dollars. Microsoft a investi près de 88 millions d’euros, Nvidia quelque 46 millions d’euros.')).filter((p) => p.includes('Nvidia + M') || p.startsWith('Microsoft + N')), []);
  });
  it('one investor before "also participated in the round" needs the round\'s company told: never the subject of another clause', () => {
    assert.deepEqual(pairs(dealsIn('Microsoft invested in OpenAI last year, and Nvidia also participated in the round.')), ['Microsoft + OpenAI']);
    assert.deepEqual(pairs(dealsIn('Cohere raised $500 million. Nvidia also participated in the round.')), ['Cohere + Nvidia']);
  });
  it('"A, B and C all contributed to the round": each invests in the company that raised it', () => {
    assert.deepEqual(pairs(dealsIn('Cohere has raised $500 million. Oracle, Salesforce and Nvidia all contributed to the round, the company said.')),
      ['Cohere + Nvidia', 'Cohere + Oracle', 'Cohere + Salesforce']);
  });
  it('a list goes on through a long description of its next item ("…, le géant des puces électroniques Nvidia ou encore IBM")', () => {
    assert.deepEqual(pairs(dealsIn('Cohere lève 500 millions d’euros. Mené par Oracle, ce tour de table réunit de nombreux investisseurs, parmi lesquels l’éditeur américain de logiciels Salesforce, la banque BNP Paribas, le géant des puces électroniques Nvidia ou encore IBM.')),
      ['BNP Paribas + Cohere', 'Cohere + IBM', 'Cohere + Nvidia', 'Cohere + Oracle', 'Cohere + Salesforce']);
  });
  it('"Parmi les autres investisseurs … figurent des bailleurs de fonds existants tels que le groupe de défense suédois A et les sociétés B, C"', () => {
    assert.deepEqual(pairs(dealsIn('Helsing lève 600 millions d’euros. Parmi les autres investisseurs participant au tour de table figurent des bailleurs de fonds existants tels que le groupe de défense suédois Saab et les sociétés de capital-risque Lightspeed Ventures, Accel.')),
      ['Accel + Helsing', 'Helsing + Lightspeed', 'Helsing + Saab']);
  });
  it('"The list of backers reads like a hall of fame—A, B, former Google CEO X, and C": investors of the company named just before', () => {
    const deals = dealsIn('Cohere was just a name. Mistral AI leapt to an $8 billion valuation thanks to a $2 billion round. The list of backers reads like a Silicon Valley hall of fame—Nvidia, Sequoia, Lightspeed, former Google CEO Eric Schmidt, and Citigroup, among others. Cohere and Cohere again.');
    assert.deepEqual(pairs(deals), ['Citigroup + Mistral AI', 'Lightspeed + Mistral AI', 'Mistral AI + Nvidia', 'Mistral AI + Sequoia Capital']);
  });
  it('"It also saw participation from X" after a round: X invests in the company that raised, not in the lead investor just named', () => {
    const deals = dealsIn('Cohere raised $500 million. The funding attracted investors including Oracle. It also saw new participation from Nvidia.');
    assert.deepEqual(pairs(deals), ['Cohere + Nvidia', 'Cohere + Oracle']);
  });
  it('a company named as an object is not the one raising: "backed by Nvidia and raised … led by X"', () => {
    const deals = dealsIn('Mistral AI sells models. It is already backed by Nvidia and raised €600 million in 2024, led by General Catalyst.');
    assert.ok(!pairs(deals).includes('General Catalyst + Nvidia'), pairs(deals).join('; '));
    assert.ok(pairs(deals).includes('General Catalyst + Mistral AI'), pairs(deals).join('; '));
  });
  it('investors listed before their verb, read back through "and" and a description, invest in the round\'s company, never in each other', () => {
    const deals = dealsIn('Cohere raised $500 million this week. Oracle, Salesforce, and the Canadian pension investment fund PSP Investments all participated in the round.');
    assert.deepEqual(pairs(deals), ['Cohere + Oracle', 'Cohere + Public Sector Pension Investment Board', 'Cohere + Salesforce']);
  });
  it('"participated in X\'s latest round": the company whose round it is, even when another is named more', () => {
    const deals = dealsIn('Nvidia gagne encore. Nvidia domine. Intel and AMD also participated in Cohere\'s latest funding round, Nvidia said.');
    assert.deepEqual(pairs(deals), ['AMD + Cohere', 'Cohere + Intel']);
  });
  it('"ont participé à ce tour de table avec A et B": every named investor with the company raising, none with another', () => {
    const deals = dealsIn('Mistral AI a bouclé une levée de 600 millions d’euros. Lightspeed et le fonds Bpifrance ont participé à ce tour de table avec Nvidia et Salesforce.');
    assert.deepEqual(pairs(deals), ['Bpifrance + Mistral AI', 'Lightspeed + Mistral AI', 'Mistral AI + Nvidia', 'Mistral AI + Salesforce']);
  });
  it('"le tour de table … comprend A, B et C" and "a round backed by …, including A and B" list a round\'s investors', () => {
    assert.deepEqual(pairs(dealsIn('Poolside est valorisée à 3 milliards de dollars. Le tour de table, mené par Bain Capital, comprend Nvidia, Salesforce et Intel.')),
      ['Bain Capital + Poolside', 'Intel + Poolside', 'Nvidia + Poolside', 'Poolside + Salesforce']);
    assert.deepEqual(pairs(dealsIn('Cohere said it was valued at $3 billion in a funding round backed by chip giants, including Nvidia, Alphabet\'s Google and Intel.')),
      ['Cohere + Google', 'Cohere + Intel', 'Cohere + Nvidia']);
  });
  it('"X a confirmé avoir mené l\'opération": one lead investor in the company that raised', () => {
    assert.deepEqual(pairs(dealsIn('Mistral AI a levé 500 millions de dollars. Le fonds Bain Capital a confirmé avoir mené l’opération.')), ['Bain Capital + Mistral AI']);
  });
  it('a list stops before a possessor: "as well as Poolside\'s biggest backer Nvidia" names Nvidia, not Poolside, as an investor', () => {
    const deals = dealsIn('Poolside raised $500 million. The round attracted investors including Bain Capital and DST Global, as well as Poolside\'s biggest backer Nvidia.');
    assert.deepEqual(pairs(deals), ['Bain Capital + Poolside', 'DST Global + Poolside', 'Nvidia + Poolside']);
  });
  it('"investment firm" and "fonds d\'investissement" describe a company: they make no deal', () => {
    assert.deepEqual(pairs(dealsIn('The investment firm Bain Capital and Nvidia held their annual meetings on Monday.')), []);
    assert.deepEqual(pairs(dealsIn('Le fonds d’investissement Bain Capital et Nvidia ont tenu leurs assemblées lundi.')), []);
  });
  it('a list of investors after a colon: one investment each, in the company raising the money', () => {
    const deals = dealsIn('Mistral AI boucle une levée de 600 millions d’euros. Mistral AI prépare déjà la suite. '
      + 'Le reste est apporté par des investisseurs historiques : Lightspeed, General Catalyst et Bpifrance.');
    assert.deepEqual(pairs(deals), ['Bpifrance + Mistral AI', 'General Catalyst + Mistral AI', 'Lightspeed + Mistral AI']);
    assert.ok(deals.every((d) => d.kind === 'investment'));
  });
  it('"led by" and "with participation from" name investors of the company a pronoun stands for', () => {
    const deals = dealsIn('Founded in 2023, Mistral AI sells models to banks. It raised €600 million last year, led by General Catalyst, with participation from Lightspeed and Bpifrance.');
    assert.deepEqual(pairs(deals), ['Bpifrance + Mistral AI', 'General Catalyst + Mistral AI', 'Lightspeed + Mistral AI']);
  });
  it('the owner named before the role is the company invested in ("Arm shareholders, including …")', () => {
    assert.deepEqual(pairs(dealsIn('Nvidia plans to buy Arm. Some Arm shareholders, including Two Seas Capital, oppose the sale.')).filter((p) => p.includes('Two Seas')),
      ['Arm + Two Seas Capital']);
  });
  it('a list goes on through brackets and "alongside", after "investments from" / "participation from"', () => {
    const deals = dealsIn('Figure AI has raised $675 million with investments from Microsoft, Jeff Bezos (through Bezos Expeditions), Intel Capital, and ARK Invest. '
      + 'The round includes strategic participation from Nvidia Corp. and Advanced Micro Devices, Inc., alongside BlackRock, Inc. and Morgan Stanley.');
    assert.deepEqual(pairs(deals), ['AMD + Figure AI', 'ARK Invest + Figure AI', 'Bezos Expeditions + Figure AI', 'BlackRock + Figure AI', 'Figure AI + Intel', 'Figure AI + Microsoft', 'Figure AI + Morgan Stanley', 'Figure AI + Nvidia']);
  });
  it('"mené par A, aux côtés de B et d\'C": the co-investors invest in the round\'s company, not in its lead', () => {
    const deals = dealsIn('La start-up Quantix vient de boucler un tour de table de 100 millions d\'euros mené par Bpifrance, aux côtés de Sequoia et d\'Accel.');
    assert.deepEqual(pairs(deals), ['Accel + Quantix', 'Bpifrance + Quantix', 'Quantix + Sequoia Capital']);
  });
  it('a technology or a city in capitals is no company: "supplier of automotive MEMS sensors", "a fab in Dresden"', () => {
    assert.deepEqual(pairs(dealsIn('NXP is a leading supplier of automotive MEMS based motion and pressure sensors.')), []);
    assert.deepEqual(pairs(dealsIn('Infineon will invest in a new fab in Dresden, Germany.')), []);
  });
  it('an amount between a round and its investor does not count as words that set the investor apart', () => {
    assert.deepEqual(pairs(dealsIn('Mistral a officialisé en juin dernier un premier tour de table de 105 millions d\'euros auprès du fonds de capital risque américain Lightspeed.')), ['Lightspeed + Mistral AI']);
  });
  it('co-investors after a round\'s investor: ", joined by", ", aux côtés de", ", renforcés par" ', () => {
    assert.deepEqual(pairs(dealsIn('Quantix raised $50 million from Sequoia, joined by Accel and Bpifrance.')), ['Accel + Quantix', 'Bpifrance + Quantix', 'Quantix + Sequoia Capital']);
    assert.deepEqual(pairs(dealsIn('Quantix a levé 100 millions d\'euros auprès de Bpifrance, aux côtés de Sequoia et Accel.')), ['Accel + Quantix', 'Bpifrance + Quantix', 'Quantix + Sequoia Capital']);
    assert.deepEqual(pairs(dealsIn('Mistral a bouclé un tour de table auprès de Lightspeed Venture Partners, renforcés par Motier Ventures.')), ['Lightspeed + Mistral AI', 'Mistral AI + Motier Ventures']);
    // An investor's peer is not the company invested in.
    assert.deepEqual(pairs(dealsIn('Nvidia a investi dans Mistral, aux côtés de Microsoft.')), ['Mistral AI + Nvidia']);
  });
  it('a company in a fronted circumstance is no co-subject of the main clause: "En plus de …, SoftBank s\'est retiré de T-Mobile"', () => {
    const deals = pairs(dealsIn('En plus de la vente de sa participation dans Nvidia, SoftBank s\'est partiellement retiré de T-Mobile.'));
    assert.ok(deals.includes('SoftBank + T-Mobile'), deals.join('; '));
    assert.equal(deals.includes('Nvidia + T-Mobile'), false, deals.join('; '));
    assert.equal(pairs(dealsIn('After its deal with Oracle, Nvidia invested in Mistral.')).includes('Mistral AI + Oracle'), false);
  });
  it('investors listed in brackets after their role: "les actionnaires de Mistral (les fondateurs, A, B et C)", "Mistral\'s investors (A, B and C)"', () => {
    assert.deepEqual(pairs(dealsIn('Le prix déçoit les actionnaires de Mistral (les deux fondateurs, Bpifrance, Tikehau et Eurazeo), qui espéraient plus.')),
      ['Bpifrance + Mistral AI', 'Eurazeo + Mistral AI', 'Mistral AI + Tikehau']);
    assert.deepEqual(pairs(dealsIn('Mistral\'s investors (Sequoia, Accel and Index Ventures) hoped for more.')), ['Accel + Mistral AI', 'Index Ventures + Mistral AI', 'Mistral AI + Sequoia Capital']);
    // Only what the bracket holds: a company after it is no investor.
    assert.deepEqual(pairs(dealsIn('Les actionnaires de Mistral (Bpifrance et Eurazeo), comme Nvidia, espéraient plus.')), ['Bpifrance + Mistral AI', 'Eurazeo + Mistral AI']);
  });
  it('"Ont aussi participé à cette levée : A, B et C": each invests in the company that raised', () => {
    assert.deepEqual(pairs(dealsIn('Quantix a levé 100 millions d\'euros. Ont aussi participé à cette levée : Bpifrance, Daphni et Eurazeo.')),
      ['Bpifrance + Quantix', 'Daphni + Quantix', 'Eurazeo + Quantix']);
  });
  it('"Renesas bought Intersil for $3.2bn, going on to acquire IDT for $6.7bn": the second deal is the first one\'s subject\'s, each with its price', () => {
    const deals = dealsIn('Renesas bought chipmaker Intersil for $3.2bn, going on to acquire Integrated Device Technology for $6.7bn in 2018.');
    assert.deepEqual(deals.map((d) => `${d.parties.join(' + ')} ${d.value?.text}`).sort(), ['Integrated Device Technology + Renesas $6.7bn', 'Intersil + Renesas $3.2bn']);
  });
  it('"A et B se sont entendus": two companies that agreed make one deal (the reflexive verb is no plural deal noun)', () => {
    assert.deepEqual(pairs(dealsIn('Infineon et STMicroelectronics se sont entendus sur le prix de la division.')), ['Infineon + STMicroelectronics']);
    // A plural deal noun still makes no joint deal of its subjects: each made its own.
    assert.deepEqual(pairs(dealsIn('Infineon et STMicroelectronics multiplient les accords.')), []);
  });
  it('investors named before "y ont participé" invest in the company that raised the round', () => {
    const deals = dealsIn('xAI a levé six milliards de dollars. Andreessen Horowitz, BlackRock, Sequoia Capital, Nvidia et d’autres y ont participé.');
    assert.deepEqual(pairs(deals), ['Andreessen Horowitz + xAI', 'BlackRock + xAI', 'Nvidia + xAI', 'Sequoia Capital + xAI']);
  });
  it('the company said to raise money is the one a round\'s investors invest in, even when another is named more', () => {
    const deals = dealsIn('ASML leads the round. ASML brings €1.3 billion. ASML gets a board seat. Mistral AI closed a round of €1.7 billion. '
      + 'Existing investors such as Lightspeed and Bpifrance took part.');
    assert.deepEqual(pairs(deals).filter((p) => p.includes('Lightspeed') || p.includes('Bpifrance')), ['Bpifrance + Mistral AI', 'Lightspeed + Mistral AI']);
  });
  it('an investor of a list does not take the round\'s size; its own amount, said later without an object, is its value', () => {
    const deals = dealsIn('La start-up Figure AI a annoncé qu’elle avait levé 675 millions de dollars auprès d’investisseurs tels que Nvidia et Microsoft. '
      + 'Selon la presse, Microsoft investissait 95 millions de dollars.');
    assert.deepEqual(pairs(deals), ['Figure AI + Microsoft', 'Figure AI + Nvidia']);
    assert.equal(deals.find((d) => d.parties.includes('Nvidia'))!.value, undefined);
    assert.equal(deals.find((d) => d.parties.includes('Microsoft'))!.value?.usd, 95e6);
  });
  it('an amount written right after an investor of a list is its share', () => {
    const deals = dealsIn('Mistral AI raised €600 million, led by General Catalyst (€200 million), with participation from Lightspeed and Bpifrance.');
    assert.equal(deals.find((d) => d.parties.includes('General Catalyst'))!.value?.amount, 200e6);
    assert.equal(deals.find((d) => d.parties.includes('Lightspeed'))!.value, undefined);
  });
  it('an example list after "such as" that names no investors is still no deal', () => {
    assert.deepEqual(dealsIn('Mistral AI competes with labs such as OpenAI and Anthropic.'), []);
  });
});

describe('deals: lists', () => {
  it('a list joined by "ou" / "or" is one group of objects', () => {
    assert.deepEqual(pairs(dealsIn('Nvidia a pris des participations dans Intel, Nscale ou Enfabrica.')),
      ['Enfabrica + Nvidia', 'Intel + Nvidia', 'Nscale + Nvidia']);
  });
});

describe('deals: a second subject with its verb and object left out', () => {
  it('"X investira … dans Y, tandis que Z apportera …": Z invests in Y, for its own amount', () => {
    const deals = dealsIn('Nvidia investira jusqu’à 10 milliards de dollars dans Anthropic, tandis que Microsoft apportera jusqu’à 5 milliards de dollars.');
    assert.deepEqual(pairs(deals), ['Anthropic + Microsoft', 'Anthropic + Nvidia']);
    assert.equal(deals.find((d) => d.parties.includes('Microsoft'))!.value?.usd, 5e9);
    assert.equal(deals.find((d) => d.parties.includes('Nvidia'))!.value?.usd, 10e9);
  });
  it('"X will invest $10 billion in Y and Z up to $5 billion"', () => {
    const deals = dealsIn('Nvidia will invest up to $10 billion in Anthropic and Microsoft up to $5 billion.');
    assert.deepEqual(pairs(deals), ['Anthropic + Microsoft', 'Anthropic + Nvidia']);
    assert.equal(deals.find((d) => d.parties.includes('Microsoft'))!.value?.usd, 5e9);
  });
  it('a company that opens its own clause after an object is not part of that object', () => {
    assert.deepEqual(pairs(dealsIn('Nvidia a investi dans Intel et Microsoft a signé un contrat de location.')), ['Intel + Nvidia']);
  });
  it('"X a racheté A et Y ceux de B": Y makes its own deal with B', () => {
    assert.deepEqual(pairs(dealsIn('Microsoft a racheté les équipes d’Inflection AI et Google ceux de Character.AI.')), ['Character.AI + Google', 'Inflection AI + Microsoft']);
    const english = dealsIn('Microsoft acquired the team of Inflection AI, and Google that of Character.AI.');
    assert.deepEqual(pairs(english), ['Character.AI + Google', 'Inflection AI + Microsoft']);
    assert.ok(english.every((d) => d.kind === 'acquisition'), JSON.stringify(english.map((d) => d.kind)));
  });
  it('"entre A et B" stays one pair whatever follows', () => {
    assert.deepEqual(pairs(dealsIn('Le partenariat entre AMD et OpenAI a été signé lundi.')), ['AMD + OpenAI']);
  });
});

describe('deals: facts told in the sentences that go on with the story', () => {
  it('chips of a party, named in a later sentence, join the deal', () => {
    const [d] = dealsIn('OpenAI signed a supply agreement with AMD on Monday. The first systems will use MI450 accelerators in 2026.');
    assert.deepEqual(d!.chips, ['MI450']);
  });
  it('a chip described by its vendor joins a deal of the sentence\u2019s other company', () => {
    const [d] = dealsIn('OpenAI signed a $38 billion cloud contract with Amazon. AWS will cluster Nvidia GB300 accelerators for the lab.');
    assert.deepEqual(d!.parties, ['Amazon', 'OpenAI']);
    assert.deepEqual(d!.chips, ['GB300']);
  });
  it('a chip in a sentence about other companies stays out', () => {
    const [d] = dealsIn('OpenAI signed a $38 billion cloud contract with Amazon. Meanwhile Google sells TPU v7 capacity to Meta.');
    assert.deepEqual(d!.chips, []);
  });
  it('the value of a deal told in a later sentence about it: "the $700 million acquisition", "l’acquisition … est estimée à"', () => {
    assert.equal(dealsIn('Nvidia agreed to buy Run:ai in April. The review delays the completion of the $700 million acquisition.')[0]!.value?.usd, 700e6);
    assert.equal(dealsIn('Nvidia a racheté Run:ai. L’acquisition, annoncée en avril, est estimée à environ 700 millions de dollars.')[0]!.value?.usd, 700e6);
    // A company's worth in a later sentence is no deal's value.
    assert.equal(dealsIn('Nvidia a racheté Run:ai. Nvidia vaut 4 000 milliards de dollars en Bourse.')[0]!.value, undefined);
  });
  it('"Salesforce\'s $8 billion acquisition of Informatica": a name holding "sales" is no revenue', () => {
    assert.equal(dealsIn('Salesforce’s $8 billion acquisition of Informatica closed in November.')[0]!.value?.usd, 8e9);
  });
  it('a power figure in a following sentence naming no company fills a deal that has none', () => {
    const [d] = dealsIn('Nvidia et OpenAI ont signé un partenariat. Le projet mobilisera 10 gigawatts.');
    assert.equal(d!.powerGw, 10);
  });
});

describe('deals: owners and modifiers', () => {
  it('"les coopérations d’X avec A, B et C": the owner after the noun, one deal per partner of a plural noun', () => {
    assert.deepEqual(pairs(dealsIn('Ce contrat s’ajoute aux coopérations existantes d’OpenAI avec Microsoft, Oracle et SoftBank.')),
      ['Microsoft + OpenAI', 'OpenAI + Oracle', 'OpenAI + SoftBank']);
  });
  it('"Nvidia-backed CoreWeave" is an investment', () => {
    const [d] = dealsIn('Shares of Nvidia-backed CoreWeave rose 5% on Tuesday.');
    assert.deepEqual(d!.parties, ['CoreWeave', 'Nvidia']);
    assert.equal(d!.kind, 'investment');
  });
});

describe('deals: what is not a deal between the companies named', () => {
  it('a parent named as the owner ("Alphabet’s Google", "Google, propriété d’Alphabet")', () => {
    assert.deepEqual(pairs(dealsIn('Alphabet’s Google will invest $15 billion in a data centre with Adani.')), ['Adani + Google']);
    assert.deepEqual(pairs(dealsIn('Nvidia et Google, propriété d’Alphabet, ont participé à ce financement de Lumora.')).filter((p) => p.includes('Alphabet')), []);
  });
  it('a topic ("Pour Microsoft et Nvidia, l’accord …") and deals each made with others ("Nvidia & AMD score deals")', () => {
    assert.deepEqual(dealsIn('Pour Microsoft et Nvidia, l’accord garantit une demande stable.'), []);
    assert.deepEqual(dealsIn('Nvidia & AMD score AI hub deals in the Gulf.'), []);
    assert.deepEqual(pairs(dealsIn('AMD and OpenAI announced a partnership.')), ['AMD + OpenAI']);
  });
  it('a company in the clause before "mais", ", so" or "follows" is not the subject of the deal after it', () => {
    assert.deepEqual(pairs(dealsIn('OpenAI dépend de Microsoft depuis des années. Microsoft a longtemps hébergé les modèles d’OpenAI, mais l’alliance avec Oracle change la donne.'))
      .filter((p) => p === 'Microsoft + Oracle'), []);
    assert.deepEqual(pairs(dealsIn('Nvidia sells far more than chips, so it is hard to say what the AMD deal is worth.')), []);
    const deals = pairs(dealsIn('The Oracle contract follows OpenAI’s new agreement with Microsoft on governance.'));
    assert.ok(!deals.includes('Microsoft + Oracle'), deals.join(', '));
  });
  it('the subject shared by both sides of "mais" / "but" is still found', () => {
    assert.deepEqual(pairs(dealsIn('Microsoft a investi dans OpenAI, mais a aussi signé un accord avec Mistral AI.')), ['Microsoft + Mistral AI', 'Microsoft + OpenAI']);
    assert.deepEqual(pairs(dealsIn('Microsoft invested in OpenAI but also signed a deal with Mistral AI.')), ['Microsoft + Mistral AI', 'Microsoft + OpenAI']);
  });
  it('a rival that leads the market ("distancé par Nvidia")', () => {
    assert.deepEqual(dealsIn('Largement distancé par Nvidia sur ce marché, AMD signe un accord majeur.'), []);
  });
});

describe('deals: ventures named by their name', () => {
  it('"a project called X", "X réunit A, B et C", "X est soutenu par D": one joint venture with all its members and its name', () => {
    const deals = dealsIn('Les trois groupes ont présenté un projet baptisé « Helios », doté de 40 milliards de dollars. '
      + 'Helios réunit le spécialiste du cloud Oracle, le japonais SoftBank et la start-up OpenAI. '
      + 'Selon le communiqué, Helios est soutenu financièrement par le fonds MGX.');
    assert.equal(deals.length, 1);
    assert.deepEqual(deals[0]!.parties, ['MGX', 'OpenAI', 'Oracle', 'SoftBank']);
    assert.equal(deals[0]!.kind, 'joint-venture');
    assert.equal(deals[0]!.venture, 'Helios');
    assert.equal(deals[0]!.value?.usd, 40e9);
    assert.match(dealLabel(deals[0]!), /^Helios \(MGX – OpenAI – Oracle – SoftBank\)/);
  });
  it('links one venture across notes that list different members and figures', () => {
    const deals = dealsIn(
      'OpenAI, SoftBank and Oracle will form a joint venture called Helios with an initial $10 billion.',
      'The Helios venture brings together SoftBank, OpenAI, Oracle and MGX, for up to $50 billion.',
    );
    assert.equal(deals.length, 1);
    assert.deepEqual(deals[0]!.parties, ['MGX', 'OpenAI', 'Oracle', 'SoftBank']);
    assert.equal(deals[0]!.sources.length, 2);
  });
  it('"The three firms will form a joint venture called X": the members counted are the companies named last before', () => {
    const deals = dealsIn('Microsoft met the press on Monday. OpenAI, SoftBank and Oracle then met at the White House.\n\n'
      + 'The three firms will form a joint venture called Helios and commit an initial $20 billion.');
    assert.equal(deals.length, 1);
    assert.deepEqual(deals[0]!.parties, ['OpenAI', 'Oracle', 'SoftBank']);
    assert.equal(deals[0]!.venture, 'Helios');
    assert.deepEqual(pairs(dealsIn('Les deux groupes lanceront un projet baptisé Helios.')), [], 'no companies named before: no members');
    const french = dealsIn('Mistral AI et Helsing ont annoncé leur rapprochement. Les deux entreprises vont créer une coentreprise baptisée Orion.');
    assert.deepEqual(french.find((d) => d.venture)?.parties, ['Helsing', 'Mistral AI']);
  });
  it('a venture named, then what it is: "Helios, a private investment of up to $500 billion …, funded by A, B and C"', () => {
    const deals = dealsIn('The president announced Helios, a private sector investment of up to $500 billion for AI infrastructure, funded by SoftBank, OpenAI and Oracle.');
    assert.deepEqual(deals.map((d) => `${d.parties.join(' + ')} ${d.venture}`), ['OpenAI + Oracle + SoftBank Helios']);
    const french = dealsIn('Le président a annoncé Helios, un investissement du secteur privé pouvant atteindre 500 milliards de dollars pour l\'infrastructure de l\'intelligence artificielle, financé par SoftBank, OpenAI et Oracle.');
    assert.deepEqual(french.map((d) => d.parties.join(' + ')), ['OpenAI + Oracle + SoftBank']);
  });
  it('only the list right before a venture\'s verb are its members: "SoftBank is acquiring Foxconn\'s plant … to launch its Stargate project"', () => {
    const deals = dealsIn('SoftBank is acquiring Foxconn\'s electric vehicle plant in Ohio, in a bid to launch the Japanese company\'s Stargate data center project.\n'
      + 'The president announced Stargate, a private investment of up to $500 billion, funded by SoftBank, OpenAI and Oracle.');
    assert.deepEqual(deals.filter((d) => d.venture).map((d) => d.parties.join(' + ')), ['OpenAI + Oracle + SoftBank']);
    assert.ok(deals.some((d) => d.kind === 'acquisition' && d.parties.join(' + ') === 'Foxconn + SoftBank'));
  });
  it('a company that made another deal in the sentence naming the venture is not a member', () => {
    const deals = dealsIn('Après un accord avec CoreWeave, OpenAI a noué une collaboration avec Oracle et SoftBank dans le cadre du projet Helios.');
    assert.ok(!deals.some((d) => d.venture && d.parties.includes('CoreWeave')));
  });
});

describe('deals: acquisitions in every tense, of companies and platforms', () => {
  it('"a racheté", "a été racheté par", "a pris le contrôle de"', () => {
    assert.deepEqual(pairs(dealsIn('Meta a racheté Scale AI l’an dernier.')), ['Meta + Scale AI']);
    assert.deepEqual(pairs(dealsIn('Arm a été racheté par SoftBank en 2016 pour 32 milliards de dollars.')), ['Arm + SoftBank']);
    assert.equal(dealsIn('Arm a été racheté par SoftBank en 2016 pour 32 milliards de dollars.')[0]!.kind, 'acquisition');
    assert.deepEqual(pairs(dealsIn('SoftBank a pris le contrôle d’Ampere Computing.')), ['Ampere Computing + SoftBank']);
  });
  it('a platform bought or invested in is a party; one where news is posted is not', () => {
    assert.deepEqual(pairs(dealsIn('xAI has acquired X, the social network, in an all-stock deal.')), ['X + xAI']);
    assert.deepEqual(pairs(dealsIn('Meta a racheté WhatsApp en 2014 pour 19 milliards de dollars.')), ['Meta + WhatsApp']);
    assert.deepEqual(pairs(dealsIn('Nvidia announced its partnership with OpenAI in a post on X.')), ['Nvidia + OpenAI']);
    assert.deepEqual(dealsIn('Microsoft signed a partnership with LinkedIn creators, it said on YouTube.').filter((d) => d.parties.includes('YouTube')), []);
  });
  it('a platform makes deals like any company; one named by a letter ("X") only when bought or invested in', () => {
    assert.deepEqual(pairs(dealsIn('Google et Reddit ont conclu un accord pour l’entraînement de ses modèles.')), ['Google + Reddit']);
    assert.deepEqual(pairs(dealsIn('Reddit has made a $60 million deal with Google to train its models.')), ['Google + Reddit']);
    assert.deepEqual(dealsIn('xAI, which develops X’s Grok chatbot, signed the code’s safety chapter.').filter((d) => d.parties.includes('X')), []);
  });
});

describe('deals: the holders of an owned role, named after it', () => {
  it('"ses partenaires que sont A, B et C", "its suppliers, including A and B": one deal each; an unowned role names none', () => {
    assert.deepEqual(pairs(dealsIn('Microsoft ajoute les GPU de ses partenaires que sont AMD, Intel et Nvidia.')), ['AMD + Microsoft', 'Intel + Microsoft', 'Microsoft + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Microsoft relies on its suppliers, such as AMD and Nvidia.')), ['AMD + Microsoft', 'Microsoft + Nvidia']);
    assert.deepEqual(dealsIn('Microsoft et ses concurrents, comme Google et Amazon, investissent.').filter((d) => d.parties.includes('Microsoft')), []);
    assert.deepEqual(dealsIn('Oracle says several of these providers, including CoreWeave, have borrowed heavily.'), []);
  });
  it('"Management" is no company ("Management raised Broadcom\'s dividend")', () => {
    assert.deepEqual(dealsIn('Management raised Broadcom’s quarterly dividend by 10% to $0.65 per share.'), []);
  });
  it('an acronym in the plural is no company ("buy GPUs")', () => {
    assert.deepEqual(dealsIn('Microsoft and Meta buy GPUs by the hundred thousand.').filter((d) => d.parties.includes('GPUs')), []);
  });
});

describe('deals: companies bought one after another, each with its price', () => {
  it('"a racheté A pour X en 2005, B pour Y ou encore C pour Z": the same buyer, each its own price; unknown names too', () => {
    const deals = dealsIn('Nvidia a déjà racheté Talvik Systems pour 7 milliards de dollars en 2005, Brenmoor Atlanta pour 4,5 milliards de dollars en 2021 ou encore Ostrel Security pour 2,3 milliards de dollars en 2018.');
    assert.deepEqual(pairs(deals), ['Brenmoor Atlanta + Nvidia', 'Nvidia + Ostrel Security', 'Nvidia + Talvik Systems']);
    assert.deepEqual(deals.map((d) => d.value?.amount).sort(), [2.3e9, 4.5e9, 7e9]);
    assert.deepEqual(pairs(dealsIn('AMD bought Talvik for $3.2bn in 2016, Brenmoor for $6.7bn in 2018 and Ostrel for $5.9bn in 2021.')), ['AMD + Brenmoor', 'AMD + Ostrel', 'AMD + Talvik']);
  });
  it('a company called a purchase is not the buyer "the company" stands for next', () => {
    const deals = dealsIn('AMD has acquired the chip designer Talvik for $5.9 billion. Talvik is the third multi-billion purchase for AMD. In 2016, the company bought Brenmoor Labs for $3.2bn.');
    assert.ok(pairs(deals).includes('AMD + Brenmoor Labs'), pairs(deals).join('; '));
    assert.equal(pairs(deals).includes('Brenmoor Labs + Talvik'), false);
  });
});

describe('deals: partners in the infinitive, and backers named before the company they back', () => {
  it('"ont annoncé vouloir s\'associer", "vont s\'allier": a partnership', () => {
    assert.deepEqual(pairs(dealsIn('Foxconn et Nvidia ont annoncé mercredi vouloir s’associer pour bâtir des usines.')), ['Foxconn + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Foxconn et Nvidia vont s’allier dans la robotique.')), ['Foxconn + Nvidia']);
  });
  it('"Soutenue par A, B et C, la start-up X …", "Backed by A and B, X …": each backer invests in X; no X named, no deal', () => {
    assert.deepEqual(pairs(dealsIn('Soutenue par Otravio, Omnes Capital et le Fonds du Conseil européen de l’innovation, la start-up Vantorix veut produire sa puce.')),
      ['EIC Fund + Vantorix', 'Omnes Capital + Vantorix', 'Otravio + Vantorix']);
    assert.deepEqual(pairs(dealsIn('Backed by Nvidia and Microsoft, Vantorix Labs raised its first round.')), ['Microsoft + Vantorix Labs', 'Nvidia + Vantorix Labs']);
    assert.deepEqual(dealsIn('Soutenue par Nvidia et Microsoft, la start-up veut produire sa puce.'), []);
  });
  it('"Soutenue par A et B, la start-up …" after "X vient de lever …": the description stands for the company raising money', () => {
    assert.deepEqual(pairs(dealsIn('Vantorix vient de lever 40 millions d’euros pour produire sa puce. Soutenue par Otravio et Omnes Capital, la start-up veut doubler ses effectifs.')),
      ['Omnes Capital + Vantorix', 'Otravio + Vantorix']);
    assert.deepEqual(pairs(dealsIn('Vantorix Labs raised $25 million. Backed by Nvidia and Microsoft, the company plans to hire.')), ['Microsoft + Vantorix Labs', 'Nvidia + Vantorix Labs']);
  });
  it('"With $100 million in new funding from A, B, and others, X plans …", "With backing from A, X …": each backer invests in X, whatever the passage was about', () => {
    const story = 'Vantorix Labs was spun out of a lab at Halvex, with help from TSMC. ';
    assert.deepEqual(pairs(dealsIn(`${story}With $100 million in new series-B funding from Tiger Global, Zorvex Partners, and others, Vantorix Labs plans to tape out its chips.`)),
      ['Tiger Global + Vantorix Labs', 'Vantorix Labs + Zorvex Partners']);
    assert.deepEqual(pairs(dealsIn('With backing from Nvidia, Vantorix Labs plans to hire.')), ['Nvidia + Vantorix Labs']);
    // A list going on after the closing comma's company is still the backers' list.
    assert.deepEqual(pairs(dealsIn('With $5 million in funding from Nvidia, Microsoft and AMD, Vantorix Labs plans to hire.')),
      ['AMD + Vantorix Labs', 'Microsoft + Vantorix Labs', 'Nvidia + Vantorix Labs']);
  });
});

describe('deals: a participle\'s agent, and the examples of the other side', () => {
  it('"ceux signés par A avec plusieurs entreprises, parmi lesquelles B, C et D": A with each; "signed by A with B"', () => {
    assert.deepEqual(pairs(dealsIn('Ce contrat s’ajoute à ceux déjà signés par TotalEnergies avec plusieurs autres grandes entreprises, parmi lesquelles Orange, Amazon et Airbus.')),
      ['Airbus + TotalEnergies', 'Amazon + TotalEnergies', 'Orange + TotalEnergies']);
    assert.deepEqual(pairs(dealsIn('Its contract adds to those already signed by Nvidia with several large groups, including Meta, Oracle and Airbus.')),
      ['Airbus + Nvidia', 'Meta + Nvidia', 'Nvidia + Oracle']);
    assert.deepEqual(pairs(dealsIn('Les coopérations d’OpenAI avec plusieurs géants, dont Microsoft, Oracle et SoftBank, se multiplient.')),
      ['Microsoft + OpenAI', 'OpenAI + Oracle', 'OpenAI + SoftBank']);
  });
});

describe('deals: headline verbs', () => {
  it('"A, B and C partner to …" is their partnership; "took A private" an acquisition', () => {
    assert.deepEqual(pairs(dealsIn('Orange, OpenAI and Meta partner to train AI models in African languages')), ['Meta + OpenAI + Orange']);
    assert.deepEqual(dealsIn('SoftBank took Arm private seven years ago.').map((d) => [d.parties.join(' + '), d.kind]), [['Arm + SoftBank', 'acquisition']]);
    assert.deepEqual(dealsIn('Nvidia will take part in the next round, the CEO said.'), []);
  });
});

describe('deals: a maker of a customer\'s chips', () => {
  it('"TSMC will manufacture OpenAI\'s first custom chip" is supply; "makes chips for many customers", "the world\'s best chips" are none', () => {
    assert.deepEqual(dealsIn('TSMC will manufacture OpenAI’s first custom chip.').map((d) => [d.parties.join(' + '), d.kind]), [['OpenAI + TSMC', 'supply']]);
    assert.deepEqual(pairs(dealsIn('Samsung makes Tesla’s AI5 chips in Texas.')), ['Samsung + Tesla']);
    assert.deepEqual(dealsIn('TSMC manufactures chips for many customers, Nvidia among them.').filter((d) => d.parties.includes('TSMC')), []);
    assert.deepEqual(dealsIn('Nvidia makes the world’s best chips.'), []);
  });
});

describe('deals: two companies that merge', () => {
  it('"A and B have finalized a merger", "A et B ont finalisé leur fusion", "agreed to merge": one acquisition of the two', () => {
    for (const text of ['Graphcore and Cerebras have finalized a merger, the companies said.', 'Graphcore et Cerebras ont finalisé leur fusion.',
      'Two chip makers, Graphcore and Cerebras, agreed to merge.', 'Graphcore et Cerebras vont fusionner d’ici la fin de l’année.']) {
      const deals = dealsIn(text);
      assert.deepEqual(pairs(deals), ['Cerebras + Graphcore'], text);
      assert.equal(deals[0]!.kind, 'acquisition', text);
    }
  });
});

describe('deals: names that are also common words', () => {
  it('"Figure" is the robot maker where the sentence is about business, a nationality is never a company', () => {
    assert.deepEqual(pairs(dealsIn('La startup de robotique Figure a levé 675 millions de dollars auprès de Nvidia.')), ['Figure AI + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Nvidia acquired the Israeli company in April, after buying Israeli AI startup Run:ai.')), ['Nvidia + Run:ai']);
  });
});

describe('deals: a party named by a description, and a name after a sentence ending in the same name', () => {
  it('"Le géant japonais a annoncé racheter …" is the company just named', () => {
    const deals = dealsIn('SoftBank renforce son jeu dans l’IA. Le géant japonais a annoncé jeudi racheter le concepteur américain Ampere Computing pour 6,5 milliards de dollars.');
    assert.deepEqual(pairs(deals), ['Ampere Computing + SoftBank']);
    assert.equal(deals[0]!.value?.usd, 6.5e9);
  });
  it('"… sous licence Arm. Arm a été racheté …": the second Arm starts a sentence, it is not the end of a longer name', () => {
    assert.deepEqual(pairs(dealsIn('Ampere conçoit ses processeurs sous licence Arm. Arm a été racheté par SoftBank en 2016 pour 32 milliards de dollars.')), ['Arm + SoftBank']);
  });
});

describe('deals: "our" in a quote', () => {
  it('is the company of the speaker named after the quote, before or after "said"', () => {
    const after = dealsIn('Nvidia sold chips to Meta last year. "Our partnership with OpenAI will bring billions in revenue," said AMD CFO Jean Hu.');
    assert.ok(pairs(after).includes('AMD + OpenAI'), pairs(after).join(', '));
    assert.ok(!pairs(after).includes('Nvidia + OpenAI'));
    const before = dealsIn('OpenAI signed with Oracle. “Our collaboration with Amazon has been instrumental,” Dario Amodei, chief executive of Anthropic, said.');
    assert.ok(pairs(before).includes('Amazon + Anthropic'), pairs(before).join(', '));
    assert.ok(!pairs(before).includes('Amazon + OpenAI'));
  });
});

describe('deals: stakes and ventures told briefly', () => {
  it('"X était entré au capital, de même qu’A, B ou C": stakes in the company the note is about', () => {
    const deals = dealsIn('Meta investit massivement dans Scale AI. Scale AI vaut 29 milliards de dollars. Scale AI recrute. '
      + 'Meta était déjà entré au capital en 2024, de même qu’Amazon, Intel ou Nvidia.');
    assert.deepEqual(pairs(deals), ['Amazon + Scale AI', 'Intel + Scale AI', 'Meta + Scale AI', 'Nvidia + Scale AI']);
  });
  it('"A, B, C launch a $500B JV": one venture of the three', () => {
    assert.deepEqual(pairs(dealsIn('OpenAI, SoftBank, Oracle Launch $500B JV For AI Infrastructure')), ['OpenAI + Oracle + SoftBank']);
  });
});

describe('deals: an example of the deals just spoken of', () => {
  it('"des contrats avec les géants des puces, à l’instar d’OpenAI et Nvidia, Broadcom ou encore Arm": the first with each of the others', () => {
    assert.deepEqual(pairs(dealsIn('Les laboratoires ont signé des contrats géants avec les fabricants de puces, à l’instar d’OpenAI et Nvidia, Broadcom ou encore Arm.')),
      ['Arm + OpenAI', 'Broadcom + OpenAI', 'Nvidia + OpenAI']);
  });
  it('an example list of companies alike, with no deals "with" anyone, is no deal', () => {
    assert.deepEqual(dealsIn('Les laboratoires recrutent à prix d’or, à l’instar d’OpenAI et Anthropic, Mistral AI ou encore Cohere.'), []);
    assert.deepEqual(dealsIn('Several labs signed contracts this year, such as OpenAI and Anthropic.'), []);
  });
});

describe('deals: a company bought, named in passing', () => {
  it('"un ancien de DeepMind, racheté par Google": the company bought and its buyer, not the sentence\'s subject', () => {
    assert.deepEqual(pairs(dealsIn('Mistral AI a été fondée par un ancien de DeepMind, racheté par Google en 2014.')), ['DeepMind + Google']);
    assert.deepEqual(pairs(dealsIn('Mistral AI est un projet porté par des chercheurs passés par DeepMind racheté par Google.')), ['DeepMind + Google']);
  });
  it('a company valued "last" in a round led by investors is the one they invested in', () => {
    const deals = dealsIn('Microsoft will distribute the models. Microsoft will invest. Mistral AI was last valued at €2 billion in a round led by investors such as Lightspeed and Andreessen Horowitz.');
    assert.deepEqual(pairs(deals).filter((p) => !p.startsWith('Microsoft')), ['Andreessen Horowitz + Mistral AI', 'Lightspeed + Mistral AI']);
  });
});


describe('deals: a company named by "ce dernier", "the latter", or by its nationality', () => {
  it('"… : Microsoft. Ce dernier a investi 16 millions d’euros dans la start-up française": the company named last invests', () => {
    const deals = dealsIn('Cohere a obtenu le soutien d’un géant du logiciel : Microsoft. Ce dernier, qui est déjà partenaire d’OpenAI, a investi 16 millions d’euros dans la start-up française Mistral AI.');
    assert.ok(pairs(deals).includes('Microsoft + Mistral AI'), pairs(deals).join('; '));
    assert.ok(!pairs(deals).some((p) => p.includes('Cohere')), pairs(deals).join('; '));
  });
  it('"the latter" opening a sentence stands for the company named last before it', () => {
    assert.deepEqual(pairs(dealsIn('Anthropic met with Amazon. The latter has since invested $4 billion in Anthropic.')), ['Amazon + Anthropic']);
  });
  it('"la start-up française", "the French startup" pick the lab of that country among the labs just named', () => {
    const fr = dealsIn('Mistral AI et OpenAI dominent le marché. Microsoft, déjà partenaire d’OpenAI, a investi 16 millions d’euros dans la start-up française.');
    assert.ok(pairs(fr).includes('Microsoft + Mistral AI'), pairs(fr).join('; '));
    assert.ok(!pairs(fr).some((p) => p === 'Microsoft + OpenAI' && fr.find((d) => d.parties.join(' + ') === p)?.value), pairs(fr).join('; '));
    const en = dealsIn('Mistral AI and OpenAI lead the market. Microsoft has invested $16 million in the French startup.');
    assert.deepEqual(pairs(en), ['Microsoft + Mistral AI']);
    assert.equal(en[0]!.value?.amount, 16_000_000);
  });
  it('a description of one country never picks a company known to be from another', () => {
    assert.deepEqual(pairs(dealsIn('OpenAI leads the market. Microsoft has invested $16 million in the French startup.')), []);
  });
});

describe('deals: lists of investors a role opens', () => {
  it('"Investors in the venture include prominent firms such as A, B, and C, as well as D": each invests in the company that raised', () => {
    const deals = dealsIn('Ilya Kovacs, a former scientist of OpenAI, has raised $1 billion for his new venture, Safe Superintelligence. Investors in the venture include prominent firms such as Andreessen Horowitz, Sequoia Capital, and Quorvane Partners, as well as Talvik, a fund co-run by an OpenAI alumnus.');
    assert.deepEqual(pairs(deals), ['Andreessen Horowitz + Safe Superintelligence', 'Quorvane Partners + Safe Superintelligence', 'Safe Superintelligence + Sequoia Capital', 'Safe Superintelligence + Talvik']);
  });
  it('"Les investisseurs d’X comprennent des personnalités telles que A et B": X is the company they invested in', () => {
    assert.deepEqual(pairs(dealsIn('Microsoft recrute. Les investisseurs d’Inflection AI comprennent des noms majeurs du secteur tels que Dragoneer et Nvidia.')),
      ['Dragoneer + Inflection AI', 'Inflection AI + Nvidia']);
  });
  it('"les entreprises de ce tour de table comprennent A, B": the round\'s members', () => {
    assert.deepEqual(pairs(dealsIn('Figure AI a levé 675 millions de dollars. Les autres entreprises de ce tour de table comprennent Brenmoor Capital et Quorvane Ventures.')),
      ['Brenmoor Capital + Figure AI', 'Figure AI + Quorvane Ventures']);
  });
});

describe('deals: backing from a described list', () => {
  it('"has secured fresh backing from venture capital giants A, B and C": each backs the company raising', () => {
    assert.deepEqual(pairs(dealsIn('Quorvane AI has secured fresh backing from Silicon Valley venture capital giants Lightspeed, Andreessen Horowitz and Sequoia Capital, as it closes in on a new funding round.')),
      ['Andreessen Horowitz + Quorvane AI', 'Lightspeed + Quorvane AI', 'Quorvane AI + Sequoia Capital']);
  });
});

describe('deals: a list of shareholders with people and descriptions in it', () => {
  it('"telles que Bill Gates, l’ancien PDG de Google Eric Schmidt, Dragoneer et Nvidia": the companies after the people', () => {
    assert.deepEqual(pairs(dealsIn('Microsoft recrute. Les investisseurs d’Inflection AI comprennent des personnalités majeures du secteur telles que Bill Gates, l’ancien PDG de Google Eric Schmidt, Dragoneer et Nvidia.')),
      ['Dragoneer + Inflection AI', 'Inflection AI + Nvidia']);
  });
  it('"Les autres actionnaires de l’entreprise sont A, un fonds d’Abu Dhabi, et B": shareholders of the company the passage is about', () => {
    const deals = dealsIn('Microsoft investit 1,5 milliard de dollars dans G42, une entreprise d’IA. Les autres actionnaires de l’entreprise sont Mubadala, un fonds d’investissement d’Abu Dhabi, et Silver Lake, un fonds américain.');
    assert.deepEqual(pairs(deals), ['G42 + Microsoft', 'G42 + Mubadala', 'G42 + Silver Lake']);
  });
});

describe('deals: customers a list names', () => {
  it('"Some of X\'s customers include the Allen Institute for AI, A, B, and C": one supply deal each with X', () => {
    assert.deepEqual(pairs(dealsIn('Databricks buys MosaicML. Some of MosaicML’s customers include the Allen Institute for AI, Replit, Hippocratic AI, and Scatter Labs.')),
      ['Databricks + MosaicML', 'Hippocratic AI + MosaicML', 'MosaicML + Replit', 'MosaicML + Scatter Labs']);
  });
  it('"les clients de Nvidia comprennent des laboratoires comme A et B": the company named after the noun', () => {
    assert.deepEqual(pairs(dealsIn('Les clients de Nvidia comprennent des laboratoires comme OpenAI et Anthropic.')), ['Anthropic + Nvidia', 'Nvidia + OpenAI']);
    assert.deepEqual(pairs(dealsIn('CoreWeave loue des serveurs. Ses clients incluent Microsoft et Meta.')), ['CoreWeave + Meta', 'CoreWeave + Microsoft']);
  });
  it('customers only sought, as examples ("cherche à séduire des clients comme A"), make no deal', () => {
    assert.deepEqual(pairs(dealsIn('Google vend ses TPU. L’entreprise cherche à séduire des clients comme Anthropic ou Meta.')), []);
  });
});

describe('deals: a company that only qualifies a person', () => {
  it('"Alphabet, Nvidia invest in OpenAI co-founder’s start-up": no deal with OpenAI', () => {
    assert.deepEqual(pairs(dealsIn('Alphabet, Nvidia invest in OpenAI co-founder’s start-up, source says')), []);
    assert.deepEqual(pairs(dealsIn('Alphabet and Nvidia invest in Safe Superintelligence, the start-up of an OpenAI co-founder.')),
      ['Alphabet + Safe Superintelligence', 'Nvidia + Safe Superintelligence']);
  });
});

describe('deals: a round\'s list that goes on in the next sentence', () => {
  it('"Sur la liste des bailleurs de fonds figurent A et B. Viennent ensuite C, D et E": all invest in the company raising', () => {
    assert.deepEqual(pairs(dealsIn('xAI a bouclé un tour de table de 6 milliards de dollars. Sur la liste des bailleurs de fonds figurent Andreessen Horowitz et Sequoia Capital. Viennent ensuite Valor Equity Partners, Vy Capital et Fidelity.')),
      ['Andreessen Horowitz + xAI', 'Fidelity + xAI', 'Sequoia Capital + xAI', 'Valor Equity Partners + xAI', 'Vy Capital + xAI']);
  });
  it('"Viennent ensuite A, B" with no round told before is no deal', () => {
    assert.deepEqual(pairs(dealsIn('Le classement des marques est publié. Viennent ensuite Valor Equity Partners, Vy Capital et Fidelity.')), []);
  });
});

describe('deals: money raised from a list of investors', () => {
  it('"a collecté 1 milliard de dollars auprès de NFDG, a16z, Sequoia et SV Angel": each investor, named or inferred, none with the round\'s size', () => {
    const deals = dealsIn('Safe Superintelligence a collecté 1 milliard de dollars auprès de Talvik, a16z, Sequoia Capital et Brenmoor Angels.');
    assert.deepEqual(pairs(deals), ['Andreessen Horowitz + Safe Superintelligence', 'Brenmoor Angels + Safe Superintelligence', 'Safe Superintelligence + Sequoia Capital', 'Safe Superintelligence + Talvik']);
    assert.ok(deals.every((d) => d.value === undefined), deals.map((d) => d.value?.text).join('; '));
  });
  it('a round raised from one investor is its value', () => {
    const [deal] = dealsIn('Mistral AI a levé 600 millions d’euros auprès de General Catalyst.');
    assert.equal(deal?.value?.amount, 600_000_000);
  });
});

describe('deals: who leads a round', () => {
  it('"La société de capital-risque Thrive Capital est à la tête de ce tour de table": the lead invests in the company raising', () => {
    assert.deepEqual(pairs(dealsIn('OpenAI lève des fonds. La société de capital-risque Thrive Capital est à la tête de ce tour de table, qui totalisera plusieurs milliards de dollars.')),
      ['OpenAI + Thrive Capital']);
  });
  it('"L\'opération a été menée par A, avec la participation de B et C" after a round: each invests in the company raising; after a sale, no one', () => {
    assert.deepEqual(pairs(dealsIn('Norvalis a levé 19 millions d’euros. L’opération a été menée par Kestrova Invest, avec la participation de Bpifrance et Halvex Partners.')),
      ['Bpifrance + Norvalis', 'Halvex Partners + Norvalis', 'Kestrova Invest + Norvalis']);
    assert.deepEqual(pairs(dealsIn('Orange rachète Norvalis. L’opération a été menée par Lazard.')), ['Norvalis + Orange']);
  });
  it('"menée par A, fonds spécialisé dans l\'amorçage, B et C": a list goes on past its item\'s own description', () => {
    assert.deepEqual(pairs(dealsIn('Norvalis a levé 19 millions d’euros. L’opération a été menée par Kestrova Invest, fonds d’investissement spécialisé dans l’investissement en amorçage dans les technologies quantiques, Bpifrance, Omnes Capital et BNP Paribas.')),
      ['BNP Paribas + Norvalis', 'Bpifrance + Norvalis', 'Kestrova Invest + Norvalis', 'Norvalis + Omnes Capital']);
  });
  it('"Des acteurs bancaires, à l\'image de A, B et C, ainsi que D ont également participé": the examples\' "de" links no object', () => {
    assert.deepEqual(pairs(dealsIn('Norvalis a levé 19 millions d’euros. Des acteurs bancaires, à l’image de Bpifrance, Omnes Capital et BNP Paribas, ainsi que Eurazeo ont également participé à cette levée de fonds.')),
      ['BNP Paribas + Norvalis', 'Bpifrance + Norvalis', 'Eurazeo + Norvalis', 'Norvalis + Omnes Capital']);
  });
  it('"Des banques, comme A, B et C, ont également participé à cette levée": the examples, set off by commas, are the round\'s investors', () => {
    assert.deepEqual(pairs(dealsIn('Norvalis a levé 19 millions d’euros. Des banques, comme Bpifrance, Omnes Capital et BNP Paribas, ont également participé à cette levée de fonds.')),
      ['BNP Paribas + Norvalis', 'Bpifrance + Norvalis', 'Norvalis + Omnes Capital']);
  });
  it('"Samsung is leading a round of at least $300 million for startup X", "Thrive Capital led OpenAI\'s $6.6 billion round": the leader invests in X', () => {
    assert.deepEqual(pairs(dealsIn('Samsung is leading a round of at least $300 million for AI chip startup Tenstorrent.')), ['Samsung + Tenstorrent']);
    assert.deepEqual(pairs(dealsIn('Samsung is leading a $300 million round in Tenstorrent.')), ['Samsung + Tenstorrent']);
    assert.deepEqual(pairs(dealsIn('Thrive Capital led OpenAI\'s $6.6 billion round.')), ['OpenAI + Thrive Capital']);
    // A person leading a company's effort invests in nothing.
    assert.deepEqual(pairs(dealsIn('Thrive Capital led OpenAI\'s hiring effort.')), []);
  });
  it('"X, recently valued at $32bn in a round led by Y": Y invests in X', () => {
    assert.deepEqual(pairs(dealsIn('Safe Superintelligence was recently valued at $32bn in a round led by Greenoaks.')), ['Greenoaks + Safe Superintelligence']);
  });
});

describe('deals: "the deal with X" told again', () => {
  it('"Meta signe avec Google … Selon une source, l’accord avec Meta porte sur …": the deal already reported, not the parent named since', () => {
    const deals = dealsIn('Meta aurait signé un accord avec Google pour ses services cloud. En juillet, Alphabet a annoncé des revenus en hausse. Selon l’une des sources, l’accord avec Meta porte principalement sur l’infrastructure.');
    assert.deepEqual(pairs(deals), ['Google + Meta']);
  });
});

describe('deals: shareholders listed again in the next sentence', () => {
  it('"On retrouve aussi les fonds d’investissement américains A et B": investors of the company the passage is about', () => {
    assert.deepEqual(pairs(dealsIn('Mistral AI grandit vite. Parmi ses actionnaires, Xavier Niel ou encore Éric Schmidt. On retrouve aussi les fonds d’investissement américains Lightspeed et Andreessen Horowitz, très impliqués.')),
      ['Andreessen Horowitz + Mistral AI', 'Lightspeed + Mistral AI']);
  });
});

describe('deals: two investors, one verb', () => {
  it('"Nvidia will invest up to $10 billion and Microsoft up to $5 billion in Anthropic": each invests its own amount', () => {
    const deals = dealsIn('Nvidia will invest up to $10 billion and Microsoft up to $5 billion in Anthropic.');
    assert.deepEqual(pairs(deals), ['Anthropic + Microsoft', 'Anthropic + Nvidia']);
    assert.equal(deals.find((d) => d.parties.includes('Nvidia'))?.value?.amount, 10e9);
    assert.equal(deals.find((d) => d.parties.includes('Microsoft'))?.value?.amount, 5e9);
  });
  it('"A a investi 88 millions, B 46 millions" after a round: both invest in the company raising, never in each other', () => {
    const deals = dealsIn('Figure AI a levé 675 millions de dollars. Microsoft a investi près de 88 millions d’euros, Nvidia quelque 46 millions d’euros.');
    assert.deepEqual(pairs(deals), ['Figure AI + Microsoft', 'Figure AI + Nvidia']);
    assert.equal(deals.find((d) => d.parties.includes('Nvidia'))?.value?.amount, 46e6);
  });
});

describe('deals: what is not an investment', () => {
  it('a demerger and divisions "put into" a new firm are no deal; money "put into" or "poured into" a company is', () => {
    assert.deepEqual(pairs(dealsIn('Hewlett Packard Enterprise was formed in 2015 from the demerger of Hewlett-Packard. The group put its server divisions into HPE and its printers at HP.')), []);
    assert.deepEqual(pairs(dealsIn('Microsoft poured $10 billion into OpenAI.')), ['Microsoft + OpenAI']);
    assert.deepEqual(pairs(dealsIn('Amazon put more money into Anthropic this year.')), ['Amazon + Anthropic']);
  });
});

describe('deals: a consortium buying as one', () => {
  it('"A consortium led by A, B and C will acquire X": one deal of the members and X, no round led by them', () => {
    const deals = dealsIn('A consortium led by BlackRock, Microsoft and Nvidia will acquire Aligned Data Centers for $20 billion.');
    assert.deepEqual(pairs(deals), ['Aligned Data Centers + BlackRock + Microsoft + Nvidia']);
    assert.equal(deals[0]!.kind, 'acquisition');
    assert.equal(deals[0]!.value?.usd, 20e9);
  });
  it('"une coalition d\'investisseurs — dont A, B et C — a accepté de racheter X" and "including" lists of members', () => {
    assert.deepEqual(pairs(dealsIn('A coalition of tech firms — including Nvidia, Microsoft and BlackRock — has agreed to buy Aligned Data Centers.')),
      ['Aligned Data Centers + BlackRock + Microsoft + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Un consortium mené par BlackRock, Microsoft et Nvidia va racheter Aligned Data Centers.')),
      ['Aligned Data Centers + BlackRock + Microsoft + Nvidia']);
  });
  it('a consortium that buys nothing named is no deal of this shape', () => {
    assert.deepEqual(pairs(dealsIn('A consortium including BlackRock and Microsoft is studying data centres in Texas.')), []);
  });
});

describe('deals: more ways outlets tell a round', () => {
  it('"X led the Series B round. It was joined by A, B and C": each invests in the company raising', () => {
    assert.deepEqual(pairs(dealsIn('Cohere raised $500 million. Norwegian firm Aker led the Series B round. It was joined by Nvidia, Nokia and Salesforce.')),
      ['Aker + Cohere', 'Cohere + Nokia', 'Cohere + Nvidia', 'Cohere + Salesforce']);
    // A person joined by company heads is no round.
    assert.deepEqual(pairs(dealsIn('Cohere raised $500 million. The minister was joined by the heads of Nvidia and Oracle on Tuesday.')), []);
  });
  it('"permettre à la start-up X de lever …, mené par A, avec la contribution de soutiens de X comme B et C"', () => {
    assert.deepEqual(pairs(dealsIn('Ce tour va permettre à la start-up Cohere de lever 600 millions d’euros. Le tour de table a été mené par le fonds Lightspeed, avec la contribution de soutiens déjà connus de Cohere comme Samsung, IBM et Nvidia.')),
      ['Cohere + IBM', 'Cohere + Lightspeed', 'Cohere + Nvidia', 'Cohere + Samsung']);
  });
  it('"la levée de 6 milliards par X, à laquelle A a participé": X raised, A invested; no one else is implied', () => {
    assert.deepEqual(pairs(dealsIn('Oracle a signé avec Microsoft. Cela intervient après la levée de 6 milliards de dollars par Cohere, à laquelle Nvidia a également participé.')),
      ['Cohere + Nvidia', 'Microsoft + Oracle']);
  });
  it('"Microsoft, qui a déjà versé 16 millions de dollars dans X": an investment with its amount', () => {
    const deals = dealsIn('Microsoft, qui a déjà versé 16 millions de dollars dans Cohere, s’est abstenu cette fois.');
    assert.deepEqual(pairs(deals), ['Cohere + Microsoft']);
    assert.equal(deals[0]!.value?.usd, 16e6);
  });
});

describe('deals: buyers told by a description or a pronoun', () => {
  it('"Le géant américain des semi-conducteurs a annoncé le rachat de X": the company the note is about buys X', () => {
    const deals = dealsIn('AMD rachète Silo AI. Le géant américain des semi-conducteurs a annoncé le rachat de la pépite finlandaise Silo AI pour 665 millions de dollars.');
    assert.deepEqual(pairs(deals), ['AMD + Silo AI']);
    assert.equal(deals[0]!.value?.usd, 665e6);
  });
  it('"Elle a aussi mis la main sur la française Quantaflux et l\'américaine Etchwell": new names, bought by the buyer, not by the company bought', () => {
    const deals = dealsIn('Le rachat de Silo AI renforce AMD. Elle a aussi mis la main sur la française Quantaflux et l’américaine Etchwell.');
    assert.deepEqual(pairs(deals), ['AMD + Etchwell', 'AMD + Quantaflux', 'AMD + Silo AI']);
  });
});

describe('deals: subjects set apart, objects carried over', () => {
  it('"X, which has pledged to invest …, made a surprise $2 billion investment too": X invests where the last deal went', () => {
    const deals = dealsIn('Nvidia will take a 4% stake in Intel. SoftBank, which has pledged to invest tens of billions in chipmaking, made a surprise $2 billion investment too.');
    assert.deepEqual(pairs(deals), ['Intel + Nvidia', 'Intel + SoftBank']);
    assert.equal(deals.find((d) => d.parties.includes('SoftBank'))?.value?.usd, 2e9);
  });
  it('a company a firm comes from ("issue du géant russe de l\'internet Yandex") is no party', () => {
    assert.deepEqual(pairs(dealsIn('Nebius, issue du géant russe de l’internet Yandex, fournira à Microsoft une capacité de calcul.')), ['Microsoft + Nebius']);
  });
});

describe('deals: a role set beside a company', () => {
  it('"sa dépendance à Microsoft Azure, son partenaire historique", "Amazon, its main cloud provider", "X, son principal actionnaire"', () => {
    assert.deepEqual(pairs(dealsIn('Cohere veut réduire sa dépendance à Microsoft Azure, son partenaire historique.')), ['Cohere + Microsoft']);
    assert.deepEqual(pairs(dealsIn('Cohere relies on Amazon, its main cloud provider, for training.')), ['Amazon + Cohere']);
    const deals = dealsIn('Cohere a signé avec Oracle. Nvidia, son principal actionnaire, a approuvé.');
    assert.deepEqual(pairs(deals), ['Cohere + Nvidia', 'Cohere + Oracle']);
    assert.equal(deals.find((d) => d.parties.includes('Nvidia'))?.kind, 'investment');
  });
  it('a role set beside a company follows it or its capitalised product only: "met Microsoft executives yesterday, its backers said" is no deal', () => {
    assert.deepEqual(pairs(dealsIn('Cohere met Microsoft executives yesterday, its backers said.')), []);
    assert.deepEqual(pairs(dealsIn('Cohere a rencontré Microsoft mardi dernier, ses actionnaires ont salué la nouvelle.')), []);
  });
  it('"X, led by former researchers at Google": people lead X, Google invests in nothing', () => {
    assert.deepEqual(pairs(dealsIn('Cohere, led by former top AI researchers at Google, wants to be a neutral provider for enterprises.')), []);
  });
});

describe('deals: long investor lists', () => {
  it('a person between two investors does not end a list ("…, Fidelity Management & Research Company, Prince Talal et Kingdom Holding")', () => {
    assert.deepEqual(pairs(dealsIn('Cohere a levé 6 milliards de dollars. Viennent ensuite Vy Capital, Fidelity Management & Research Company, Prince Alwaleed Bin Talal et Kingdom Holding.')),
      ['Cohere + Fidelity', 'Cohere + Kingdom Holdings', 'Cohere + Vy Capital']);
  });
  it('"secured fresh backing from venture capital giants A, B and Quantaflux Capital": a new name in the list invests too', () => {
    assert.deepEqual(pairs(dealsIn('Cohere has secured fresh backing from venture capital giants Lightspeed, Sequoia Capital and Quantaflux Capital, as it closes a new funding round.')),
      ['Cohere + Lightspeed', 'Cohere + Quantaflux Capital', 'Cohere + Sequoia Capital']);
  });
});

describe('deals: a company named in lower case', () => {
  it('"to acquire vela, a device startup": a lower-case name bought and described at once is a company; elsewhere it is a word', () => {
    const deals = dealsIn('Cohere plans to acquire vela, a device startup founded by a former designer, in an all-stock deal valued at $6.5 billion.');
    assert.deepEqual(pairs(deals), ['Cohere + vela']);
    assert.equal(deals[0]!.kind, 'acquisition');
    assert.deepEqual(pairs(dealsIn('Cohere signed a deal with Oracle to use vela, a new framework.')), ['Cohere + Oracle']);
  });
});

describe('deals: the company backed, named before its investors', () => {
  it('"X has received backing from investors including A, B" and "X, backed by investors including A and B, was valued": X, not the note\'s main company', () => {
    assert.deepEqual(pairs(dealsIn('Oracle will buy Cohere. Cohere has received backing from investors including Lightspeed, Accel and Iconiq.')).filter((p) => !p.includes('Oracle')),
      ['Accel + Cohere', 'Cohere + ICONIQ', 'Cohere + Lightspeed']);
    assert.deepEqual(pairs(dealsIn('Apple talked about buying Cohere. Cohere, backed by investors including Nvidia and Accel, was valued at $6 billion.')).filter((p) => !p.includes('Apple')),
      ['Accel + Cohere', 'Cohere + Nvidia']);
  });
  it('"Daan Wierstra annonce son départ": a person with a common first name is no company', () => {
    assert.deepEqual(pairs(dealsIn('Daan Wierstra annonce son départ de Cohere, où Amazon avait investi.')), ['Amazon + Cohere']);
  });
});

describe('deals: chips bought from their maker, and backers', () => {
  it('"déploiera 50 000 puces Instinct MI450 d\'AMD", "was contracting 24,000 Nvidia chips from Oracle"', () => {
    assert.deepEqual(pairs(dealsIn('Oracle Cloud Infrastructure déploiera 50 000 puces Instinct MI450 d’AMD dès 2026.')), ['AMD + Oracle']);
    assert.deepEqual(pairs(dealsIn('Cohere builds a data center. The company was contracting 24,000 Nvidia chips from Oracle, it said.')), ['Cohere + Oracle']);
  });
  it('"X, qui est soutenu par Nvidia", "X has also drawn backers such as Nvidia": investments in X', () => {
    assert.deepEqual(pairs(dealsIn('Cohere, qui est soutenu par Nvidia, a démenti toute fusion.')), ['Cohere + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Apple eyes Cohere. Cohere has also drawn heavyweight backers such as Nvidia and Accel.')).filter((p) => !p.includes('Apple')), ['Accel + Cohere', 'Cohere + Nvidia']);
  });
  it('"leveraging Nvidia chips supplied by Dell and Supermicro": the servers\' makers supply the builder, not Nvidia', () => {
    assert.deepEqual(pairs(dealsIn('Cohere plans a data center in Memphis, leveraging Nvidia chips supplied by Dell and Supermicro.')), ['Cohere + Dell', 'Cohere + Super Micro Computer']);
  });
});

describe('deals: a raised price target is no round', () => {
  it('"Analysts at Morgan Stanley raised their target price for TSMC" makes no deal; "Cohere raised $500 million from Nvidia" does', () => {
    assert.deepEqual(pairs(dealsIn('Analysts at Morgan Stanley raised their target price for TSMC shares to T$1,688.')), []);
    assert.deepEqual(pairs(dealsIn('Cohere raised $500 million from Nvidia.')), ['Cohere + Nvidia']);
  });
});

describe('deals: stakes held, chips designed with, and lawsuits', () => {
  it('"Microsoft détiendra désormais 27 % de la structure commerciale de X" is a stake; "plans to design its own chips with Broadcom" a partnership', () => {
    const deals = dealsIn('Microsoft détiendra désormais 27% de la structure commerciale de Cohere.');
    assert.deepEqual(pairs(deals), ['Cohere + Microsoft']);
    assert.equal(deals[0]!.kind, 'stake');
    assert.deepEqual(pairs(dealsIn('Cohere also plans to design its own AI chips with Broadcom.')), ['Broadcom + Cohere']);
    assert.deepEqual(pairs(dealsIn('Nvidia holds 90% of the market for such chips.')), []);
  });
  it('a lawsuit for breach of contract is no deal ("des poursuites … pour rupture présumée de contrat")', () => {
    assert.deepEqual(pairs(dealsIn('Elon Musk a engagé des poursuites contre l’entreprise, Sam Altman et Microsoft pour rupture présumée de contrat avec Cohere.')), []);
    assert.deepEqual(pairs(dealsIn('Musk sued Cohere and Microsoft for breach of contract.')), []);
  });
});

describe('deals: a founder named by surname is no company', () => {
  it('"Murati raised $2 billion … from firms including A and B": the investors back the company told, not the founder', () => {
    const deals = dealsIn('Thinking Machines is a young lab. Despite that vagueness, Murati raised $2 billion in funding from top firms including Andreessen Horowitz and Accel.');
    assert.ok(!deals.some((d) => d.parties.includes('Murati')), pairs(deals).join('; '));
  });
});

describe('deals: customers told by use', () => {
  it('"Its technology is used by companies including A and B": each a customer of the company "its" stands for', () => {
    assert.deepEqual(pairs(dealsIn('Cohere provides assistants. Its technology is used by companies including Unilever and Broadcom, it says.')), ['Broadcom + Cohere', 'Cohere + Unilever']);
    // Examples of what a linker introduces are its objects (since "collabore avec des opérateurs comme …"): a customer too.
    assert.deepEqual(pairs(dealsIn('Cohere provides assistants to companies such as Unilever.')), ['Cohere + Unilever']);
  });
  it('"X serves major clients including A, B", "X accompagne déjà des mastodontes comme A, B": customers of the verb\'s subject, unknown names read from the list', () => {
    assert.deepEqual(pairs(dealsIn('Cohere, a firm founded in 2019, currently serves major clients including Brindle Airways, Corvalon and Aviva.')),
      ['Aviva + Cohere', 'Brindle Airways + Cohere', 'Cohere + Corvalon']);
    assert.deepEqual(pairs(dealsIn('Cohere accompagne déjà des mastodontes comme Brindle Airways, Corvalon ou T-Mobile dans leur numérisation.')),
      ['Brindle Airways + Cohere', 'Cohere + Corvalon', 'Cohere + T-Mobile']);
    assert.deepEqual(pairs(dealsIn('Cohere wants to serve clients such as Corvalon.')), [], 'customers sought are none');
  });
});

describe('deals: several acquisitions in one sentence, comparisons and attempts', () => {
  it('"X a déboursé N pour s\'offrir A, qui …, et M pour acheter B": both bought by X, each for its own amount, A and B named by the verbs', () => {
    const deals = dealsIn('Salesforce avait déjà déboursé 500 millions de dollars pour s’offrir Brindlewave, qui a renforcé son offre, et 5,4 milliards de dollars pour acheter Corvalon, qui avait une longue histoire.');
    assert.deepEqual(pairs(deals), ['Brindlewave + Salesforce', 'Corvalon + Salesforce']);
    assert.equal(deals.find((d) => d.parties.includes('Corvalon'))!.value?.usd, 5.4e9);
    assert.equal(deals.find((d) => d.parties.includes('Brindlewave'))!.value?.usd, 5e8);
    const english = dealsIn('Microsoft paid $10 billion to buy Contoso, which makes tools, and $2 billion to acquire Fabrikam.');
    assert.deepEqual(pairs(english), ['Contoso + Microsoft', 'Fabrikam + Microsoft']);
  });
  it('"sera incorporée à la division X", "will be absorbed into X" tell an acquisition; a company in a fronted comparison ("Comme X avant elle, …") leaves it standing', () => {
    const fr = dealsIn('Google avait racheté Mandiant en 2022. Comme Mandiant avant elle, Wiz sera incorporée à la division Google Cloud.');
    assert.deepEqual(pairs(fr), ['Google + Mandiant', 'Google + Wiz']);
    const en = dealsIn('Google bought Mandiant in 2022. Like Mandiant before it, Wiz will be absorbed into Google Cloud.');
    assert.deepEqual(pairs(en), ['Google + Mandiant', 'Google + Wiz']);
    assert.equal(en.find((d) => d.parties.includes('Wiz'))!.kind, 'acquisition');
    // Two companies and one strong cue, once the compared company is set aside.
    assert.deepEqual(pairs(dealsIn('Google avait racheté Mandiant en 2022. Comme Mandiant avant elle, Wiz rejoint Google Cloud, où elle fournira une plateforme de sécurité.')),
      ['Google + Mandiant', 'Google + Wiz']);
  });
  it('an attempted acquisition is no deal ("la première tentative d\'acquisition de X", "its attempt to acquire X")', () => {
    assert.deepEqual(pairs(dealsIn('La première tentative d’acquisition de Wiz par Google, une offre à 23 milliards de dollars, a échoué.')), []);
    assert.deepEqual(pairs(dealsIn('Google’s attempt to acquire Wiz for $23 billion ended last year.')), []);
  });
});

describe('deals: sales, whose buyer follows what is sold', () => {
  it('"X cède 51 % de sa filiale A au fonds B", "X will sell a 51% stake in its unit A to private equity firm B": a deal of seller and buyer', () => {
    const fr = dealsIn('Intel cède 51 % d’Altera, sa filiale spécialisée dans les puces programmables, au fonds Silver Lake pour 4,46 milliards de dollars.');
    assert.ok(pairs(fr).includes('Intel + Silver Lake'), pairs(fr).join('; '));
    assert.equal(fr.find((d) => d.parties.includes('Silver Lake'))!.value?.usd, 4.46e9);
    const en = dealsIn('Intel will sell a 51% stake in its programmable-chip unit Altera to private equity firm Silver Lake.');
    assert.ok(pairs(en).includes('Intel + Silver Lake'), pairs(en).join('; '));
  });
  it('"X cède sa filiale A à B", "la vente de A à B", "X sells its unit A to B": a whole company sold is an acquisition of A by B', () => {
    assert.deepEqual(dealsIn('Intel a annoncé la cession de sa filiale Altera à Silver Lake.').map((d) => `${pairs([d])[0]} ${d.kind}`), ['Altera + Silver Lake acquisition']);
    assert.deepEqual(pairs(dealsIn('Le groupe Halvex a revendu sa filiale Norvalis à Quantaflux.')), ['Norvalis + Quantaflux']);
    const sale = dealsIn('Le groupe Halvex a annoncé la vente de sa filiale Norvalis à Quantaflux pour 270 millions d’euros.');
    assert.deepEqual(pairs(sale), ['Norvalis + Quantaflux']);
    assert.equal(sale[0]!.value?.text, '270 millions d’euros');
    assert.deepEqual(pairs(dealsIn('Intel sells its FPGA unit Altera to Silver Lake.')), ['Altera + Silver Lake']);
    // Not a stake of it, nor a part of it, nor what it makes.
    assert.deepEqual(pairs(dealsIn('Intel vend 51 % d’Altera à Silver Lake.')), ['Intel + Silver Lake']);
    assert.deepEqual(pairs(dealsIn('Nvidia a annoncé la vente de puces H100 à xAI.')), ['Nvidia + xAI']);
  });
  it('"sell the business of A to B in a $3 billion deal": the amount goes to seller and buyer, and no deal of A and B is left', () => {
    const deals = dealsIn('AMD has agreed to sell the server business of recently acquired ZT Systems to Sanmina in a $3 billion deal.');
    assert.ok(!pairs(deals).includes('Sanmina + ZT Systems'), pairs(deals).join('; '));
    assert.equal(deals.find((d) => pairs([d])[0] === 'AMD + Sanmina')?.value?.usd, 3e9);
  });
  it('a fall in the market is no sale ("Nvidia cède 3 % à Wall Street"), nor a word coordinated before another company\'s', () => {
    assert.deepEqual(pairs(dealsIn('Nvidia cède 3 % à Wall Street tandis qu’AMD progresse.')), []);
    assert.deepEqual(pairs(dealsIn('Google cherche à vendre ses TPU, face à Nvidia mais aussi aux puces maison d’Amazon et de Microsoft.')), []);
  });
});

describe('deals: a deal noun owned by a possessive after a company', () => {
  it('"son intérêt pour la startup Wayve ou sa participation au capital d\'Intel": the stake is the passage\'s company\'s, not Wayve\'s', () => {
    const deals = dealsIn('Nvidia investit partout. Nvidia, déjà très actif (rappelons son intérêt récent pour la startup britannique Wayve ou sa participation colossale au capital d’Intel), construit un réseau.');
    assert.ok(!pairs(deals).includes('Intel + Wayve'), pairs(deals).join('; '));
    assert.ok(pairs(deals).includes('Intel + Nvidia'), pairs(deals).join('; '));
  });
});

describe('deals: lists with asides, and public bodies', () => {
  it('"des ententes avec A (10 gigawatts), B (… 300 milliards $ US) et C (…)": one deal each, each figure to the company its aside follows', () => {
    const deals = dealsIn('OpenAI a aussi signé des ententes majeures avec Nvidia (10 gigawatts), Oracle (hébergement à 300 milliards $ US) et Broadcom (conception de puces sur mesure).');
    assert.deepEqual(pairs(deals), ['Broadcom + OpenAI', 'Nvidia + OpenAI', 'OpenAI + Oracle']);
    const of = (name: string) => deals.find((d) => d.parties.includes(name))!;
    assert.equal(of('Oracle').value?.usd, 300e9);
    assert.equal(of('Nvidia').value, undefined);
    assert.equal(of('Nvidia').powerGw, 10);
    assert.equal(of('Broadcom').value, undefined);
  });
  it('"Le gouvernement français a signé un accord avec X": no company of the note is implied as the other side', () => {
    assert.deepEqual(pairs(dealsIn('OpenAI domine le marché. Le gouvernement français a signé un accord historique avec Fluidstack pour un supercalculateur.')), []);
    assert.deepEqual(pairs(dealsIn('OpenAI domine le marché. Après un accord historique avec Fluidstack, le groupe accélère.')), ['Fluidstack + OpenAI']);
  });
});

describe('deals: deal words inside names and in other senses', () => {
  it('"Commonwealth Fusion Systems" holds no merger, nor does "200 mégawatts d\'énergie de fusion"', () => {
    const deals = dealsIn('Google a signé un accord pour précommander 200 mégawatts d’énergie de fusion auprès de Commonwealth Fusion Systems.');
    assert.deepEqual(pairs(deals), ['Commonwealth Fusion Systems + Google']);
    assert.equal(deals[0]!.kind, 'partnership');
    assert.deepEqual(pairs(dealsIn('Microsoft et Helion parlent de fusion nucléaire.')), []);
    assert.deepEqual(pairs(dealsIn('Microsoft annonce sa fusion avec Helion.')), ['Helion + Microsoft']);
  });
});

describe('deals: a company naming whose people they are', () => {
  it('"founded by the Netflix engineers who created Iceberg" ties no deal to Netflix, in a sentence rule or a venture', () => {
    assert.deepEqual(pairs(dealsIn('Databricks bought Tabular for $1 billion. Tabular, which was founded by the Netflix engineers who created Iceberg, offers a managed service. The Iceberg project is open source.')),
      ['Databricks + Tabular']);
    assert.deepEqual(pairs(dealsIn('Mistral AI was founded in 2023 by Google researchers and signed a deal with Oracle.')), ['Mistral AI + Oracle']);
  });
});

describe('deals: pairs listed after "between"', () => {
  it('"les partenariats … noués entre A et B, C et D, E et F", "the deals between A and B, and C and D": one deal per pair', () => {
    assert.deepEqual(pairs(dealsIn('Les investigations portent sur les partenariats à plusieurs milliards de dollars noués entre Microsoft et OpenAI, Amazon et Anthropic, Google et Anthropic.')),
      ['Amazon + Anthropic', 'Anthropic + Google', 'Microsoft + OpenAI']);
    assert.deepEqual(pairs(dealsIn('The FTC probes the deals between Microsoft and OpenAI, and Amazon and Anthropic.')), ['Amazon + Anthropic', 'Microsoft + OpenAI']);
    assert.deepEqual(pairs(dealsIn('Un partenariat entre Microsoft, OpenAI et Oracle, annoncé hier.')), ['Microsoft + OpenAI + Oracle']);
  });
});

describe('deals: a role held among others', () => {
  it('"Meta, one of Nvidia\'s biggest customers", "The company has been one of Nvidia\'s biggest customers", "l\'un des plus gros clients de Nvidia"', () => {
    assert.deepEqual(pairs(dealsIn('Meta, one of Nvidia’s biggest customers, is hiring.')), ['Meta + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Meta is hiring. The company has been one of Nvidia’s biggest customers since 2022.')), ['Meta + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Meta, l’un des plus gros clients de Nvidia, recrute.')), ['Meta + Nvidia']);
    assert.equal(dealsIn('Meta, one of Nvidia’s largest investors, is hiring.')[0]!.kind, 'investment');
    assert.deepEqual(pairs(dealsIn('Meta is one of the biggest companies, like Nvidia.')), []);
  });
});

describe('deals: possessive deal nouns with an amount', () => {
  it('"Nvidia\'s $100 billion investment in OpenAI and OpenAI\'s reported $300 billion contract with Oracle": two deals, each with its owner', () => {
    const deals = dealsIn('Recent deals include Nvidia’s $100 billion investment in OpenAI and OpenAI’s reported $300 billion contract with Oracle.');
    assert.deepEqual(pairs(deals), ['Nvidia + OpenAI', 'OpenAI + Oracle']);
    assert.equal(deals.find((d) => d.parties.includes('Oracle'))!.value?.usd, 300e9);
  });
});

describe('deals: a founder is not the company', () => {
  it('"Le fondateur de Spotify investit …", "Daniel Ek, fondateur de Spotify, est le fer de lance d\'un investissement …": no deal of Spotify; "… Noam Shazeer, le cofondateur de Character.AI" still one', () => {
    assert.deepEqual(pairs(dealsIn('Le fondateur de Spotify investit 600 millions d’euros dans Helsing.')), []);
    assert.deepEqual(pairs(dealsIn('Daniel Ek, fondateur de Spotify, est le fer de lance d’un investissement de 600 millions d’euros dans Helsing, une entreprise allemande.')), []);
    assert.deepEqual(pairs(dealsIn('Google a investi 2,7 milliards de dollars pour faire revenir Noam Shazeer, le cofondateur de Character.AI.')), ['Character.AI + Google']);
  });
});

describe('deals: many companies and their partnership', () => {
  it('"A, B, C, D, E and F announced their partnership to develop X": one deal of all six; five listed as joining a round are not', () => {
    const deals = dealsIn('G42, OpenAI, Oracle, Nvidia, SoftBank and Cisco announced their partnership to develop a compute cluster in Abu Dhabi.');
    assert.deepEqual(deals.map((d) => d.parties), [['Cisco', 'G42', 'Nvidia', 'OpenAI', 'Oracle', 'SoftBank']]);
    assert.deepEqual(pairs(dealsIn('G42, OpenAI, Oracle, Nvidia, SoftBank and Cisco announced partnerships in Abu Dhabi.')), []);
  });
});

describe('deals: a portfolio\'s examples and a backer named as a modifier', () => {
  it('"X has invested in 59 AI startups, including A and B", "X a investi dans une dizaine de jeunes pousses, dont A et B": one investment each', () => {
    assert.deepEqual(pairs(dealsIn('Nvidia has invested in 59 AI startups this year alone, including Perplexity AI and Figure AI, creating a network.')),
      ['Figure AI + Nvidia', 'Nvidia + Perplexity']);
    assert.deepEqual(pairs(dealsIn('Nvidia a investi dans une dizaine de jeunes pousses françaises, dont Mistral AI et H Company.')), ['H Company + Nvidia', 'Mistral AI + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Nvidia competes with many startups, including Perplexity AI and Figure AI.')), []);
  });
  it('"It has expanded its services with acquisitions like A and B": acquisitions of the company the pronoun stands for, names read from the list', () => {
    const deals = dealsIn('Capgemini serves many clients. It has recently expanded its AI services with acquisitions like Kipi.ai and Brindle.');
    assert.deepEqual(pairs(deals), ['Brindle + Capgemini', 'Capgemini + Kipi.ai']);
    assert.ok(deals.every((d) => d.kind === 'acquisition'));
    assert.deepEqual(pairs(dealsIn('Capgemini serves many clients. Rivals have made acquisitions like Kipi.ai and Brindle.')), []);
  });
  it('"CoreWeave-backer Magnetar", like "Nvidia-backed CoreWeave", tells an investment', () => {
    assert.deepEqual(pairs(dealsIn('CoreWeave-backer Magnetar is also reportedly in talks to invest.')), ['CoreWeave + Magnetar']);
  });
});

describe('deals: a list that goes on with "as well as", and what stops it', () => {
  it('"… include A, B, and C, as well as new backer D (Cohere press release)": D invests too, and the company of the source in brackets is no item', () => {
    const deals = dealsIn('Cohere has raised $500 million in a new round led by Oracle. Other investors in the round include Accel, Salesforce, and Saab, as well as new backer Lightspeed (Cohere press release).');
    assert.deepEqual(pairs(deals), ['Accel + Cohere', 'Cohere + Lightspeed', 'Cohere + Oracle', 'Cohere + Saab', 'Cohere + Salesforce']);
  });
  it('"new backer Sequoia" names Sequoia a backer: the companies listed before it are not its investees', () => {
    const deals = dealsIn('Cohere has raised $500 million. Other investors in the round include Accel and Saab, as well as new backer Sequoia.');
    assert.ok(!pairs(deals).some((p) => /Sequoia/u.test(p) && !/Cohere/u.test(p)), pairs(deals).join('; '));
    assert.ok(pairs(deals).includes('Cohere + Sequoia Capital'), pairs(deals).join('; '));
  });
});

describe('deals: companies that invest in or build one thing together', () => {
  it('"A et B investissent 2 milliards dans un centre de données", "un investissement conjoint", "will jointly invest", "building a data centre together": one deal of both', () => {
    assert.deepEqual(pairs(dealsIn("Nokia et Ericsson investissent 2 milliards d'euros dans un centre de données près de Lyon.")), ['Ericsson + Nokia']);
    assert.deepEqual(pairs(dealsIn("Nokia et Ericsson ont annoncé un investissement conjoint de deux milliards d'euros pour construire un centre de données.")), ['Ericsson + Nokia']);
    assert.deepEqual(pairs(dealsIn('Nokia and Ericsson will jointly invest $2 billion in a data center in Texas.')), ['Ericsson + Nokia']);
    assert.deepEqual(pairs(dealsIn('Nokia and Ericsson are building a data centre together in Texas.')), ['Ericsson + Nokia']);
  });
  it('companies that each invest in things of their own make no deal together', () => {
    assert.deepEqual(pairs(dealsIn('Microsoft and Google invested billions in data centers last year.')), []);
    assert.deepEqual(pairs(dealsIn("Nokia et Ericsson investissent massivement dans l'IA.")), []);
  });
});

describe('deals: partners and suppliers a list names', () => {
  it('"Early partners include robotics firm A, enterprise software company B and C", "Ses partenaires comprennent A et B": each a partner of the passage\'s company', () => {
    const deals = dealsIn('Deutsche Telekom opened a factory. Early partners include robotics firm Agile Robots, enterprise software company SAP and Deutsche Bank.');
    assert.deepEqual(pairs(deals), ['Agile Robots + Deutsche Telekom', 'Deutsche Bank + Deutsche Telekom', 'Deutsche Telekom + SAP']);
    assert.ok(deals.every((d) => d.kind === 'partnership'));
    assert.deepEqual(pairs(dealsIn('Deutsche Telekom a ouvert une usine. Ses partenaires comprennent Agile Robots et SAP.')), ['Agile Robots + Deutsche Telekom', 'Deutsche Telekom + SAP']);
  });
  it('"Customers include A and B" opening a sentence: customers of the passage\'s company; "Early" before "partners" is no company', () => {
    assert.deepEqual(pairs(dealsIn('Deutsche Telekom opened a factory. Customers include Agile Robots and SAP.')), ['Agile Robots + Deutsche Telekom', 'Deutsche Telekom + SAP']);
    const note = createCore().scan([{ uri: 'a.md', text: 'Early partners include Agile Robots.' }]).notes[0]!;
    assert.ok(!note.mentions.some((m) => m.kind === 'company' && m.text === 'Early'));
  });
});

describe('deals: examples of what a linker introduces', () => {
  it('"collabore déjà avec des opérateurs comme A, B et C", "through partnerships with major companies like A, B, and C": one deal each', () => {
    assert.deepEqual(pairs(dealsIn('Bloom Energy collabore déjà avec des opérateurs comme Equinix, Oracle et Siemens.')), ['Bloom Energy + Equinix', 'Bloom Energy + Oracle', 'Bloom Energy + Siemens']);
    assert.deepEqual(pairs(dealsIn('Bloom Energy has a track record in data centers through partnerships with major companies like Equinix, Oracle, and Siemens.')), ['Bloom Energy + Equinix', 'Bloom Energy + Oracle', 'Bloom Energy + Siemens']);
  });
  it('a quantified plural noun before its examples: "avec plusieurs entreprises, notamment A, B et C", "with several utilities such as A and B"', () => {
    assert.deepEqual(pairs(dealsIn('Voltaria a signé des contrats avec plusieurs entreprises, notamment Equinix, Orange et Siemens.')), ['Equinix + Voltaria', 'Orange + Voltaria', 'Siemens + Voltaria']);
    assert.deepEqual(pairs(dealsIn('Voltaria has signed contracts with several large utilities such as Equinix and Orange.')), ['Equinix + Voltaria', 'Orange + Voltaria']);
    // Still examples, not a comparison: a rival stays a bystander however many words stand before it.
    assert.deepEqual(pairs(dealsIn('Mistral signe un accord face à plusieurs géants américains, notamment OpenAI et Anthropic.')), []);
  });
  it('a company inside a relative clause closed before the cue is no subject: "SK Hynix, which competes with Micron and Samsung, was Nvidia\'s supplier"', () => {
    assert.deepEqual(pairs(dealsIn('SK Hynix, which competes with the United States\' Micron Technology and Samsung Electronics (005930.KS) in memory, was Nvidia\'s sole HBM supplier until March.')), ['Nvidia + SK Hynix']);
  });
  it('a deal only encouraged is none: "encourage la collaboration avec Sony", "encourages partnerships with NTT"', () => {
    assert.deepEqual(pairs(dealsIn('Le programme de Google encourage la collaboration avec Sony.')), []);
    assert.deepEqual(pairs(dealsIn('Google encourages partnerships with NTT.')), []);
  });
  it('a customer named by its role: "Anthropic reste cliente d\'Amazon", "X, a customer of Y", "X is a customer of Y"', () => {
    assert.deepEqual(pairs(dealsIn('Malgré cet engagement, Anthropic reste cliente d\'Amazon Web Services, ce qui lui offre de la flexibilité.')), ['Amazon + Anthropic']);
    assert.deepEqual(pairs(dealsIn('Anthropic, a customer of Google Cloud, said it would expand.')), ['Anthropic + Google']);
    assert.deepEqual(pairs(dealsIn('Anthropic is a customer of Amazon.')), ['Amazon + Anthropic']);
    // Lists of customers are still read as before.
    assert.deepEqual(pairs(dealsIn('Les clients de Nvidia comprennent Microsoft, Meta et Oracle.')), ['Meta + Nvidia', 'Microsoft + Nvidia', 'Nvidia + Oracle']);
  });
  it('a transitive verb, its plural object noun, then examples: "supplies key chipmakers such as A and B", "fournit des fabricants comme A"', () => {
    assert.deepEqual(pairs(dealsIn('ASML supplies key chipmakers such as TSMC and Samsung.')), ['ASML + Samsung', 'ASML + TSMC']);
    assert.deepEqual(pairs(dealsIn('ASML fournit des fabricants comme TSMC.')), ['ASML + TSMC']);
    assert.deepEqual(pairs(dealsIn('ASML supplies rivals such as Canon.')), []);
  });
  it('rivals given as examples stay bystanders: "competes with rivals like A and B", "face à des géants comme A et B"', () => {
    assert.deepEqual(pairs(dealsIn('Mistral competes with rivals like OpenAI and Anthropic.')), []);
    assert.deepEqual(pairs(dealsIn('Mistral signe un accord face à des géants comme OpenAI et Anthropic.')), []);
  });
  it('"collabore aussi avec A et B": "collabore" is a cue without "avec" right after it', () => {
    assert.deepEqual(pairs(dealsIn('Bloom Energy collabore aussi avec Equinix et Oracle.')), ['Bloom Energy + Equinix + Oracle']);
  });
});

describe('deals: a round led by a fund whose name holds a people word', () => {
  it('"mené par le Founders Fund de Peter Thiel, avec la participation de Felicis", "led by Peter Thiel\'s Founders Fund with participation from Felicis": both invest in the company raising, not in each other', () => {
    assert.deepEqual(pairs(dealsIn("Crusoe était en pourparlers pour lever 500 millions de dollars lors d'un tour de financement mené par le Founders Fund de Peter Thiel, avec la participation de Felicis Ventures.")),
      ['Crusoe + Felicis', 'Crusoe + Founders Fund']);
    assert.deepEqual(pairs(dealsIn("Crusoe was in talks to raise roughly $500 million in a funding round led by Peter Thiel's Founders Fund with participation from Felicis Ventures.")),
      ['Crusoe + Felicis', 'Crusoe + Founders Fund']);
  });
});

describe('deals: a round co-led by two investors that attracted more', () => {
  it('"was co-led by A and B, and attracted backing from major investors including C, D": every one invests in the company raising, none in B', () => {
    const deals = dealsIn('Crusoe raised $1.4 billion. The equity fundraising was co-led by Mubadala Capital and Valor Equity Partners, and attracted backing from major investors including Nvidia, Fidelity and Founders Fund.');
    assert.deepEqual(pairs(deals), ['Crusoe + Fidelity', 'Crusoe + Founders Fund', 'Crusoe + Mubadala', 'Crusoe + Nvidia', 'Crusoe + Valor Equity Partners']);
  });
});

describe('deals: a role held by the subject of its verb', () => {
  it('"A, qui a investi dans B et a également été l\'un des premiers bailleurs de fonds d\'C": A backs C, not B; "with Oracle, which is one of Nvidia\'s customers": Oracle', () => {
    assert.deepEqual(pairs(dealsIn("Founders Fund, qui a investi dans Crusoe depuis 2019 et a également été l'un des premiers bailleurs de fonds d'OpenAI, dirigera le nouveau cycle.")),
      ['Crusoe + Founders Fund', 'Founders Fund + OpenAI']);
    assert.deepEqual(pairs(dealsIn("Founders Fund, which has backed Crusoe since 2019 and was also one of OpenAI's earliest backers, will lead the round.")),
      ['Crusoe + Founders Fund', 'Founders Fund + OpenAI']);
    assert.deepEqual(pairs(dealsIn("Meta signed with Oracle, which is one of Nvidia's biggest customers.")), ['Meta + Oracle', 'Nvidia + Oracle']);
  });
});

describe('deals: the company a round is at', () => {
  it('"le tour de table de 500 millions chez Aleph Alpha": Aleph Alpha raised it, the fundraiser named before invests in nothing', () => {
    assert.deepEqual(pairs(dealsIn('Inflection AI avait levé 1,3 milliard de dollars. On parle aussi du tour de table de 500 millions chez Aleph Alpha.')), []);
  });
  it('"auprès de plusieurs investisseurs, dont notamment le groupe Schwarz et SAP": each invests', () => {
    assert.deepEqual(pairs(dealsIn('Aleph Alpha a levé 500 millions de dollars auprès de plusieurs industriels et investisseurs, dont notamment le groupe Schwarz et Bosch.')),
      ['Aleph Alpha + Bosch', 'Aleph Alpha + Schwarz Group']);
  });
});

describe('deals: acquisitions named after their noun', () => {
  it('"follows two other strategic acquisitions, Paradox and Flowise, announced last month", "the acquisitions of Sana, Paradox, and Flowise": each bought by the passage\'s company, unknown names read', () => {
    assert.deepEqual(pairs(dealsIn("Workday will buy Sana. The deal, expected to close in Workday's fiscal 2026, follows two other strategic acquisitions, Quillora and Brindex, announced last month.")),
      ['Brindex + Workday', 'Quillora + Workday', 'Sana + Workday']);
    assert.deepEqual(pairs(dealsIn('Workday will buy Sana. Rowe said the acquisitions of Sana, Quillora, and Brindex reflect its approach.')),
      ['Brindex + Workday', 'Quillora + Workday', 'Sana + Workday']);
  });
  it('"After the acquisitions, Nvidia said …", "Following several acquisitions, Nvidia and AMD raised prices": no acquisition named', () => {
    assert.deepEqual(pairs(dealsIn('Workday bought Sana. After the acquisitions, Nvidia said it was done.')), ['Sana + Workday']);
    assert.deepEqual(pairs(dealsIn('Workday bought Sana. Following several acquisitions, Nvidia and AMD raised prices.')), ['Sana + Workday']);
  });
});

describe('deals: co-leaders, injections, suppliers and clients told in passing', () => {
  it('"A, along with US investment firm B, took the lead in the round for C": both lead it; "A, along with B, invested in C": both invest', () => {
    assert.deepEqual(pairs(dealsIn('Mubadala Capital, along with US investment firm Valor Equity Partners, took the lead in the oversubscribed equity fundraising round for Crusoe.')),
      ['Crusoe + Mubadala', 'Crusoe + Valor Equity Partners']);
    assert.deepEqual(pairs(dealsIn('Microsoft, along with Nvidia, invested in Anthropic.')), ['Anthropic + Microsoft', 'Anthropic + Nvidia']);
    assert.deepEqual(pairs(dealsIn("Deutsche Telekom et le fabricant américain de puces Nvidia créent à Munich un centre de données commun pour l'intelligence artificielle.")),
      ['Deutsche Telekom + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Microsoft and the chip giant Nvidia invested $5 billion in Anthropic.')), ['Anthropic + Microsoft', 'Anthropic + Nvidia']);
  });
  it('"plans to inject up to $5 billion into Bloom Energy\'s fuel cell technology": an investment', () => {
    const deals = dealsIn("Brookfield Asset Management has announced plans to inject up to $5 billion into Bloom Energy's fuel cell technology.");
    assert.deepEqual(pairs(deals), ['Bloom Energy + Brookfield']);
    assert.equal(deals[0]!.value?.usd, 5_000_000_000);
  });
  it('"A, des composants …, et est l\'un des fournisseurs majeurs de B": A supplies B; "sales of AI chips from key clients like B": B is a client', () => {
    assert.deepEqual(pairs(dealsIn("SK Hynix domine le marché des puces HBM, des composants essentiels au fonctionnement de l'IA, et est l'un des fournisseurs majeurs de Nvidia, mastodonte américain du secteur des processeurs.")),
      ['Nvidia + SK Hynix']);
    assert.deepEqual(pairs(dealsIn('TSMC reported a 54% increase in net income, thanks to robust sales of AI chips from key clients like Nvidia Corp.')), ['Nvidia + TSMC']);
  });
  it('"going toe-to-toe with Nvidia\'s GB200": a comparison, no deal', () => {
    assert.deepEqual(pairs(dealsIn("AMD's benchmarks show a pair of MI355Xs going toe-to-toe with Nvidia's dual-GPU GB200 Superchip in Llama 3.1 405B. As with all vendor supplied benchmarks, take these with a grain of salt.")), []);
  });
});

describe('deals: in partnership with several, inside a relative clause', () => {
  it('"A, which … and provides cloud services in partnership with B, C and D, said …": A with each, however long the clause', () => {
    const deals = dealsIn('Nvidia opened a lab. Deutsche Telekom, which already operates more than 180 data centres worldwide and provides conventional cloud services in partnership with Google Cloud, Amazon Web Services and Microsoft Azure, said the Munich site marks the start.');
    assert.deepEqual(pairs(deals), ['Amazon + Deutsche Telekom', 'Deutsche Telekom + Google', 'Deutsche Telekom + Microsoft']);
    assert.deepEqual(pairs(dealsIn('Nokia works in partnership with Google, Amazon and Microsoft.')), ['Amazon + Nokia', 'Google + Nokia', 'Microsoft + Nokia']);
  });
});

describe('deals: investments given as examples of a kind of business', () => {
  it('"Today\'s announcement follows recent investments in leading U.S. energy … businesses including A, B, C and D, as well as a landmark agreement": each an investment of the passage\'s company, none between them', () => {
    const deals = dealsIn("Brookfield will invest $5 billion in Bloom Energy. Today's announcement follows recent investments in leading U.S. energy, utility and digital infrastructure businesses including Compass Datacenters, Duke Energy Florida, Quorvale Enterprises and Hotwire Communications, as well as a landmark agreement.");
    assert.deepEqual(pairs(deals), ['Bloom Energy + Brookfield', 'Brookfield + Compass Datacenters', 'Brookfield + Duke Energy', 'Brookfield + Hotwire Communications', 'Brookfield + Quorvale Enterprises']);
  });
});

describe('deals: "a acquis", and a product named for its maker', () => {
  it('"Meta a acquis 3 % du capital de Mistral AI": a stake; "Meta a acquis Mistral AI": an acquisition', () => {
    assert.deepEqual(pairs(dealsIn('Meta a acquis 3% du capital de Mistral AI.')), ['Meta + Mistral AI']);
    assert.equal(dealsIn('Meta a acquis 3% du capital de Mistral AI.')[0]!.kind, 'stake');
    assert.equal(dealsIn('Meta a acquis Mistral AI.')[0]!.kind, 'acquisition');
  });
  it('"spending billions on Scale AI, purchasing voice startup Play AI": Meta buys both; "purchasing … under the same terms as Google": no deal with Google', () => {
    assert.deepEqual(pairs(dealsIn('Meta CEO Mark Zuckerberg invested in AI talent, spending billions on Scale AI, purchasing voice startup Play AI, and paying researchers.')),
      ['Meta + Play AI', 'Meta + Scale AI']);
    assert.deepEqual(pairs(dealsIn('Central Iowa Power Cooperative will continue purchasing its share of output under the same terms as Google.')), []);
  });
  it('"have formed a $50 billion strategic relationship", "une relation stratégique": a partnership; a relationship alone is none', () => {
    assert.deepEqual(pairs(dealsIn('KKR and Energy Capital Partners have formed a $50 billion strategic relationship to develop data centers.')), ['Energy Capital Partners + KKR']);
    assert.deepEqual(pairs(dealsIn("KKR et Energy Capital Partners nouent une relation stratégique de 50 milliards de dollars.")), ['Energy Capital Partners + KKR']);
    assert.deepEqual(pairs(dealsIn('The relationship between Nvidia and OpenAI is tense.')), []);
  });
  it('"Meta\'s stake in Ray-Ban maker", "the European firm behind Ray-Ban glasses": Ray-Ban is no company', () => {
    const scan = createCore().scan([{ uri: 'a.md', text: "Luxora director says Meta's stake in Ray-Ban maker 'at least 3%'. Meta holds a 3% stake in Luxora, a director at the European firm behind Ray-Ban glasses said." }]);
    assert.ok(!scan.notes[0]!.mentions.some((m) => m.kind === 'company' && m.text === 'Ray-Ban'), JSON.stringify(scan.notes[0]!.mentions.map((m) => m.text)));
  });
});

describe('deals: a role noun owned by a possessive', () => {
  it('owned through lower-case words only ("its new backer", "Son principal actionnaire"), not through names ("its Big Tech Backer")', () => {
    assert.ok(ROLE_OWNED_BEFORE.test('as well as its new '));
    assert.ok(ROLE_OWNED_BEFORE.test('Son principal '));
    assert.ok(ROLE_OWNED_BEFORE.test("OpenAI's biggest "));
    assert.ok(!ROLE_OWNED_BEFORE.test('as well as its Big Tech '));
  });
});

describe('deals: hardware counted and branded by its maker', () => {
  it('"will deploy 50,000 Nvidia GPUs", "A and B will each install up to 50,000 of Nvidia\'s GPUs": each buys from the maker', () => {
    assert.deepEqual(pairs(dealsIn('Samsung will deploy 50,000 Nvidia GPUs next year.')), ['Nvidia + Samsung']);
    assert.deepEqual(pairs(dealsIn('Hyundai and Samsung will each install up to 50,000 of Nvidia\'s GPUs.')), ['Hyundai + Nvidia', 'Nvidia + Samsung']);
  });
  it('"va déployer jusqu\'à 50 000 GPU Nvidia Blackwell", "installe 60 000 GPU Blackwell de Nvidia": the same in French order', () => {
    assert.deepEqual(pairs(dealsIn('Samsung va déployer jusqu’à 50 000 GPU Nvidia Blackwell dans son usine d’IA.')), ['Nvidia + Samsung']);
    assert.deepEqual(pairs(dealsIn('Naver Cloud installe 60 000 GPU Blackwell de Nvidia.')), ['Naver + Nvidia']);
    // A count of something else than hardware is no purchase from the company after it.
    assert.deepEqual(pairs(dealsIn('Samsung va déployer 2 000 ingénieurs Nvidia.')), []);
  });
  it('"supercomputers powered by Cerebras processors", "its first shipment of Nvidia H100 chips": hardware the subject runs, from its maker', () => {
    assert.deepEqual(pairs(dealsIn('G42 will build Condor Galaxy, a network of AI supercomputers powered by Cerebras processors.')), ['Cerebras + G42']);
    assert.deepEqual(pairs(dealsIn('Yotta received its first shipment of Nvidia H100 chips.')), ['Nvidia + Yotta']);
    // A need is no deal; nor is hardware the text does not name.
    assert.deepEqual(pairs(dealsIn('xAI will need clusters of Nvidia H100 GPUs.')), []);
    assert.deepEqual(pairs(dealsIn('G42 runs a data centre powered by Masdar solar farms.')), []);
  });
  it('a count of something else is no purchase from the company after it', () => {
    assert.deepEqual(pairs(dealsIn('Samsung will deploy 50,000 Nvidia engineers.')), []);
    // Only capitalised words (a product's name) may stand between the maker and its hardware.
    assert.deepEqual(pairs(dealsIn('Samsung will deploy 2,000 Nvidia experts with GPUs.')), []);
  });
});

describe('deals: the company a person raises for', () => {
  it('"X, a former CTO of OpenAI, secures $2bn in funding for her start-up, Quantaflux … led by A": the round is Quantaflux\'s, not OpenAI\'s', () => {
    const deals = dealsIn('Mira Murati, former CTO of OpenAI, secures $2bn in funding for her start-up, Thinking Machines Lab, valuing it at $10bn. Her team is ex-OpenAI. It competes with OpenAI. The funding round, led by Andreessen Horowitz with participation from Conviction Partners, is huge.');
    assert.deepEqual(pairs(deals), ['Andreessen Horowitz + Thinking Machines Lab', 'Conviction Partners + Thinking Machines Lab']);
  });
});

describe('deals: "that" before a company, and a brand rented', () => {
  it('"news that Nvidia was partnering with Palantir": "that" opens a clause here, Nvidia is its subject, not a modifier of a noun', () => {
    assert.deepEqual(pairs(dealsIn('Samsung grew fast. It follows news that Nvidia was partnering with Palantir.')), ['Nvidia + Palantir']);
  });
  it('"has ended talks … with Oracle to rent Nvidia chips": the chips\' maker is not who rents them out', () => {
    assert.ok(!pairs(dealsIn('Musk said that xAI has ended talks to expand an arrangement with Oracle to rent Nvidia chips.')).includes('Nvidia + xAI'));
  });
});

describe('deals: one company partnering with many', () => {
  it('"Nvidia was partnering with Palantir, Eli Lilly, CrowdStrike, and Uber": a partnership with each; two partners stay one deal', () => {
    assert.deepEqual(pairs(dealsIn('Nvidia was partnering with Palantir, Eli Lilly, CrowdStrike, and Uber.')),
      ['CrowdStrike + Nvidia', 'Eli Lilly + Nvidia', 'Nvidia + Palantir', 'Nvidia + Uber']);
    assert.deepEqual(pairs(dealsIn('OpenAI partners with Oracle and SoftBank.')), ['OpenAI + Oracle + SoftBank']);
  });
});

describe('deals: stakes held, given by examples', () => {
  it('"SoftBank détient également des parts dans d\'autres acteurs …, comme Arm Holdings et TSMC", "holds stakes in chipmakers such as A and B": a stake in each', () => {
    assert.deepEqual(dealsIn('SoftBank détient également des parts dans d\'autres acteurs clés des semi-conducteurs, comme Arm Holdings et TSMC.').map((d) => `${d.parties.join(' + ')} ${d.kind}`).sort(),
      ['Arm + SoftBank stake', 'SoftBank + TSMC stake']);
    assert.deepEqual(pairs(dealsIn('SoftBank holds stakes in chipmakers such as Arm and TSMC.')), ['Arm + SoftBank', 'SoftBank + TSMC']);
    assert.deepEqual(pairs(dealsIn('SoftBank détient des parts de marché face à des rivaux comme Arm et TSMC.')), []);
  });
});

describe('deals: a unit bought from its owner, told by a company described by its country', () => {
  it('"Le groupe japonais investit … Début octobre, il a signé un accord visant à acquérir la division Robotique d\'ABB": SoftBank buys from ABB, "Robotique" is no company', () => {
    const deals = dealsIn('SoftBank cède sa participation dans Nvidia. Cette décision s\'inscrit dans un recentrage sur OpenAI. Le groupe japonais investit également dans la robotique. Début octobre, il a signé un accord visant à acquérir la division Robotique d\'ABB pour 5,4 milliards de dollars.');
    assert.ok(pairs(deals).includes('ABB + SoftBank'), pairs(deals).join('; '));
    assert.ok(!pairs(deals).some((p) => /Robotique|ABB \+ OpenAI/u.test(p)), pairs(deals).join('; '));
  });
});

describe('deals: a stake left', () => {
  it('"SoftBank s\'est également partiellement retiré de T-Mobile, récoltant 9,17 milliards $", "s\'était déjà retiré de Nvidia": a stake sold; a market left is none', () => {
    assert.deepEqual(dealsIn('SoftBank s\'est également partiellement retiré de T-Mobile, récoltant 9,17 milliards $.').map((d) => `${d.parties.join(' + ')} ${d.kind} ${d.value?.usd}`), ['SoftBank + T-Mobile stake 9170000000']);
    assert.deepEqual(pairs(dealsIn('SoftBank s\'était déjà retiré de Nvidia en 2019.')), ['Nvidia + SoftBank']);
    assert.deepEqual(pairs(dealsIn('SoftBank s\'est retiré du marché chinois, comme Nvidia.')), []);
  });
});

describe('deals: a company counted in a role', () => {
  it('"Synopsys counts AMD as a customer", "Mistral compte aussi Microsoft comme actionnaire", "counts Nvidia among its investors"', () => {
    assert.deepEqual(dealsIn('Synopsys counts AMD as a customer.').map((d) => `${d.parties.join(' + ')} ${d.kind}`), ['AMD + Synopsys supply']);
    assert.deepEqual(dealsIn('Mistral compte aussi Microsoft comme actionnaire.').map((d) => `${d.parties.join(' + ')} ${d.kind}`), ['Microsoft + Mistral AI investment']);
    assert.deepEqual(pairs(dealsIn('Cohere counts Nvidia among its investors.')), ['Cohere + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Synopsys counts AMD shares as an asset.')), []);
  });
});

describe('deals: a company its founders left', () => {
  it('"X, une société fondée par des chercheurs qui ont fui OpenAI, a levé 2 milliards", "founded by researchers who left OpenAI": no deal with OpenAI', () => {
    assert.deepEqual(pairs(dealsIn('Thinking Machines Lab, une société d\'IA fondée par des chercheurs qui ont fui OpenAI, a levé un tour de 2 milliards de dollars.')), []);
    assert.deepEqual(pairs(dealsIn('Thinking Machines Lab, founded by researchers who left OpenAI, raised $2 billion.')), []);
  });
});

describe('deals: people listed among a round\'s backers by their company and role', () => {
  it('"Other early backers included Oculus co-founder Brendan Iribe, Y Combinator CEO Garry Tan": the people invest, not their companies', () => {
    const deals = dealsIn('Black Forest Labs raised $31 million in a seed round. Other early backers included Oculus co-founder Brendan Iribe, Y Combinator CEO Garry Tan, Nvidia researcher Timo Aila and Apple scientist Vladlen Koltun.');
    assert.deepEqual(pairs(deals), []);
    // A company named after a role word is still listed: "Intel investor SoftBank".
    const listed = pairs(dealsIn('Black Forest Labs raised $31 million. Other early backers included Intel investor SoftBank and Nvidia.'));
    assert.ok(listed.includes('Black Forest Labs + SoftBank') && listed.includes('Black Forest Labs + Nvidia'), listed.join('; '));
  });
});

describe('deals: the company raising money, not those given as examples', () => {
  it('"Black Forest Labs, a startup drawing attention from players like Meta, xAI and Adobe, is on track to raise …": the round is Black Forest Labs\'s', () => {
    const deals = dealsIn('Black Forest Labs, a German startup drawing attention from Silicon Valley players like Meta, xAI and Adobe, is on track to raise between $200 million and $300 million, the Financial Times reported. Its backers included General Catalyst and Nvidia.');
    assert.deepEqual(pairs(deals), ['Black Forest Labs + General Catalyst', 'Black Forest Labs + Nvidia']);
  });
});

describe('deals: a round\'s investors listed before "are among the funders", or after a colon', () => {
  it('"A, B and C are among the funders in the series", "Parmi les investisseurs, on retrouve des poids lourds : A, B": one investment each', () => {
    assert.deepEqual(pairs(dealsIn('Quantaflux raised $700 million in a Series D. Nvidia, Hyundai Motor Group and Temasek are among the funders in the series.')),
      ['Hyundai + Quantaflux', 'Nvidia + Quantaflux', 'Quantaflux + Temasek']);
    assert.deepEqual(pairs(dealsIn('La start-up Quantaflux a bouclé une série B de 300 millions de dollars. Parmi les investisseurs, on retrouve des poids lourds : a16z, Nvidia, Temasek.')),
      ['Andreessen Horowitz + Quantaflux', 'Nvidia + Quantaflux', 'Quantaflux + Temasek']);
    // Companies among the rivals are no investors.
    assert.deepEqual(pairs(dealsIn('Quantaflux raised $700 million. Nvidia and AMD are among the rivals it faces.')), []);
  });
});

describe('deals: customers listed before "are among its customers"', () => {
  it('"Microsoft, Amazon and OpenAI are among its customers", "… font partie des clients de Cerebras": one supply deal each', () => {
    assert.deepEqual(pairs(dealsIn('Cerebras makes wafer-scale chips. Microsoft, Amazon and OpenAI are among its customers.')),
      ['Amazon + Cerebras', 'Cerebras + Microsoft', 'Cerebras + OpenAI']);
    assert.deepEqual(pairs(dealsIn('Selon son fondateur, des hyperscalers comme Microsoft et Amazon font partie des clients de Cerebras.')),
      ['Amazon + Cerebras', 'Cerebras + Microsoft']);
    assert.deepEqual(pairs(dealsIn('Cerebras makes chips. Microsoft and Amazon are among its rivals\' customers.')), []);
  });
});

describe('deals: a supplier named by its customer', () => {
  it('"Nvidia supplier SK Hynix", "Nvidia\'s main supplier SK Hynix", "le fournisseur de Nvidia SK Hynix": a supply deal', () => {
    for (const text of ['The HBM market is dominated by Nvidia supplier SK Hynix.', 'The HBM market is dominated by Nvidia\'s main supplier SK Hynix.',
      'Ce marché est dominé par le fournisseur de Nvidia SK Hynix.']) {
      assert.deepEqual(dealsIn(text).map((d) => `${d.parties.join(' + ')} ${d.kind}`), ['Nvidia + SK Hynix supply'], text);
    }
    assert.deepEqual(pairs(dealsIn('The HBM market is dominated by Nvidia and SK Hynix.')), []);
  });
  it('"Apple suppliers Skyworks, Qorvo agree …", "Nvidia suppliers SK Hynix and Micron": each of the list supplies the customer', () => {
    assert.deepEqual(pairs(dealsIn('Apple suppliers Skyworks, Qorvo agree to merge.')), ['Apple + Qorvo', 'Apple + Skyworks Solutions', 'Qorvo + Skyworks Solutions']);
    assert.deepEqual(pairs(dealsIn('The HBM market is dominated by Nvidia suppliers SK Hynix and Micron.')), ['Micron + Nvidia', 'Nvidia + SK Hynix']);
    // A singular supplier is only the next company.
    assert.deepEqual(pairs(dealsIn('The HBM market is dominated by Nvidia supplier SK Hynix and Micron.')), ['Nvidia + SK Hynix']);
  });
});

describe('deals: a founder named after his company invests on his own', () => {
  it('"Amazon founder Jeff Bezos has participated in the round for Tenstorrent": no Amazon deal; "… said Amazon will invest" keeps it', () => {
    assert.deepEqual(pairs(dealsIn('Amazon founder Jeff Bezos has participated in a $700 million funding round for AI chipmaker Tenstorrent.')), []);
    assert.deepEqual(pairs(dealsIn('Amazon founder Jeff Bezos said Amazon will invest in Anthropic.')), ['Amazon + Anthropic']);
  });
});

describe('deals: customers listed right after "its models are used by"', () => {
  it('"Ses modèles sont déjà utilisés par Adobe et ElevenLabs": a supply deal each with the company the passage names most', () => {
    assert.deepEqual(pairs(dealsIn('Black Forest Labs a levé des fonds. Black Forest Labs vise l\'Europe. Parmi ses soutiens, Nvidia. Ses modèles sont déjà utilisés par Adobe et ElevenLabs.')).filter((p) => !p.includes('Nvidia')),
      ['Adobe + Black Forest Labs', 'Black Forest Labs + ElevenLabs']);
    assert.deepEqual(pairs(dealsIn('Black Forest Labs raised money. Its models are already used by Adobe.')), ['Adobe + Black Forest Labs']);
  });
});

describe('deals: companies given as examples of whom a deal is sought with', () => {
  it('"Le programme encourage la collaboration avec des géants comme NTT et Sony": no deal between the examples', () => {
    assert.deepEqual(pairs(dealsIn('Le programme encourage la collaboration avec des géants comme NTT et Sony.')), []);
    assert.deepEqual(pairs(dealsIn('NTT et Sony ont signé un partenariat.')), ['NTT + Sony']);
  });
});

describe('deals: a founder named by surname alone among investors, "coopérer avec"', () => {
  it('"investors, including Amazon founder Bezos, ChatGPT maker OpenAI and Thrive Capital": Bezos invests, not Amazon', () => {
    assert.deepEqual(pairs(dealsIn('Physical Intelligence recently raised $400 million in funding from a handful of notable investors, including Amazon founder Bezos, ChatGPT maker OpenAI and Thrive Capital.')),
      ['OpenAI + Physical Intelligence', 'Physical Intelligence + Thrive Capital']);
  });
  it('"SK Hynix allait coopérer avec TSMC": a partnership', () => {
    assert.deepEqual(pairs(dealsIn('SK Hynix a annoncé en avril qu\'il allait coopérer avec le taïwanais TSMC.')), ['SK Hynix + TSMC']);
  });
});

describe('deals: a part made for use in a customer\'s product', () => {
  it('"a memory chip designed for use in Nvidia\'s GPUs", "destinés à être utilisés dans la dernière puce de Nvidia": a supply deal', () => {
    assert.deepEqual(dealsIn('Micron Technology began mass production of a memory chip designed for use in Nvidia\'s AI processors.').map((d) => `${d.parties.join(' + ')} ${d.kind}`), ['Micron + Nvidia supply']);
    assert.deepEqual(pairs(dealsIn('Micron Technology a commencé la production de mémoires destinées à être utilisées dans la dernière puce de Nvidia.')), ['Micron + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Ces puces, dominées par SK Hynix, destinées à être utilisées dans l\'IA, font espérer que Micron tiendra.')), []);
  });
});

describe('deals: a round\'s investors named around the round, not beside its company', () => {
  it('"une Série B …, co-dirigée par A et B", "The latest round, which was led by A": the round\'s leaders invest in the company the passage is about', () => {
    assert.deepEqual(pairs(dealsIn('La start-up Pasqal est basée à Saclay. La startup a annoncé avoir bouclé une Série B de 300 millions de dollars, co-dirigée par Salesforce Ventures et Index Ventures.')),
      ['Index Ventures + Pasqal', 'Pasqal + Salesforce']);
    assert.deepEqual(pairs(dealsIn('Pasqal makes lasers. The latest round, which was led by Capital TEN, brings the total Series C funding to $155m.')), ['Capital TEN + Pasqal']);
  });
  it('"A, B and C are among the funders in the series", "à laquelle a notamment participé A", "auprès de grands noms : A, B" list a round\'s investors', () => {
    assert.deepEqual(pairs(dealsIn('Pasqal raised $700 million. Export Development Canada, Hyundai Motor Group, and Baillie Gifford are among the funders in the series.')),
      ['Baillie Gifford + Pasqal', 'Export Development Canada + Pasqal', 'Hyundai + Pasqal']);
    assert.deepEqual(pairs(dealsIn('La start-up Pasqal est basée à Saclay. Cette opération, à laquelle a notamment participé Google Ventures, permet à la start-up de tripler sa valorisation.')), ['Alphabet + Pasqal']);
    assert.deepEqual(pairs(dealsIn('Pasqal a levé 235 millions de dollars auprès de grands noms de la tech : Nvidia, Google et IBM.')), ['Google + Pasqal', 'IBM + Pasqal', 'Nvidia + Pasqal']);
  });
  it('"auprès des fonds A, B et de l\'incubateur américain C": the preposition said again before the last item keeps it in the list', () => {
    assert.deepEqual(pairs(dealsIn('Pasqal a levé 43 millions d\'euros auprès des fonds Balderton Capital, Aglaé Ventures et de l\'incubateur américain Y Combinator.')),
      ['Aglaé Ventures + Pasqal', 'Balderton + Pasqal', 'Pasqal + Y Combinator']);
  });
  it('no round\'s investors without a round ("A and B are among the leaders of European AI"), nor a list past several words ("dans A et de nombreux acteurs comme B")', () => {
    assert.deepEqual(pairs(dealsIn('Mistral AI and Helsing are among the leaders of European AI.')), []);
    assert.deepEqual(pairs(dealsIn('Nvidia a investi dans Pasqal et de nombreux acteurs comme Mistral AI.')), ['Nvidia + Pasqal']);
  });
});

describe('deals: investors listed in brackets after their noun', () => {
  it('"En plus des investisseurs déjà présents (A et B), qui ont tous suivi": each invests in the company raising money', () => {
    assert.deepEqual(pairs(dealsIn('Pigment lève 145 millions de dollars. En plus des investisseurs déjà présents (Meritech et Felix Capital), qui ont tous suivi, Pigment fait entrer à son capital un nouveau fonds.')),
      ['Felix Capital + Pigment', 'Meritech Capital + Pigment']);
  });
});

describe('deals: co-investors after "along with"', () => {
  it('"A led the round along with a newly joined investor B": both invest in the company raising, not in each other', () => {
    assert.deepEqual(pairs(dealsIn('Etched raises $120 million. Returning backer Primary Venture Partners led the round along with a newly joined investor Positive Sum.')),
      ['Etched + Positive Sum', 'Etched + Primary Venture Partners']);
    assert.deepEqual(pairs(dealsIn('Etched a levé 120 millions de dollars auprès de Sequoia, along with Accel.')), ['Accel + Etched', 'Etched + Sequoia Capital']);
  });
});

describe('deals: a noun of buying with what was bought and its buyer after it', () => {
  it('"L\'acquisition de A par le britannique B, soutenu par C", "the acquisition of A by French group B": B buys A, whatever else the sentence names', () => {
    assert.deepEqual(dealsIn('L\'acquisition de Deepomatic par le britannique IQGeo, soutenu par KKR, illustre ce basculement.').map((d) => `${d.parties.join(' + ')} ${d.kind}`).sort(),
      ['Deepomatic + IQGeo acquisition', 'IQGeo + KKR investment']);
    assert.deepEqual(pairs(dealsIn('The acquisition of Imperva by French defence group Thales, backed by Nvidia, closed.')), ['Imperva + Thales', 'Nvidia + Thales']);
  });
  it('no buyer far from what was bought, nor one that only comments on it', () => {
    assert.deepEqual(pairs(dealsIn('The acquisition of Imperva, praised on Tuesday by analysts at Morgan Stanley and Nvidia, closed.')), []);
  });
});

describe('deals: several investors in a company a noun stands for', () => {
  it('"A, B et C avaient déjà injecté 15 millions d\'euros dans l\'entreprise": one deal each with the company the passage is about', () => {
    assert.deepEqual(pairs(dealsIn('Norvalis a levé 50 millions d’euros. Ses investisseurs historiques, Bpifrance, Omnes Capital et Eurazeo, avaient déjà injecté 15 millions d’euros dans l’entreprise il y a deux ans.')),
      ['Bpifrance + Norvalis', 'Eurazeo + Norvalis', 'Norvalis + Omnes Capital']);
  });
});

describe('deals: backers of the company a noun stands for, set off by commas', () => {
  it('"The company, supported by oil and gas firms A and B, has begun …": each backs the company the passage is about', () => {
    assert.deepEqual(pairs(dealsIn('Sage Geosystems builds geothermal plants. The company, supported by oil and gas firms Chesapeake Energy and Nabors Industries, has only recently begun deploying its technology.')),
      ['Chesapeake Energy + Sage Geosystems', 'Nabors Industries + Sage Geosystems']);
    assert.deepEqual(pairs(dealsIn('Sage Geosystems builds geothermal plants. The company, backed by Nvidia, has begun deploying.')), ['Nvidia + Sage Geosystems']);
  });
  it('"supported by Nvidia\'s platform" is no investment', () => {
    assert.deepEqual(dealsIn('Hyundai and Nvidia will collaborate on robots, supported by Nvidia\'s Omniverse platform.').map((d) => d.kind), ['partnership']);
  });
});

describe('deals: the investor of the round just told, by its role', () => {
  it('"Norvalis lève 2 milliards. Kestrova est le principal investisseur", "Kestrova was the lead investor": it invests in the company raising', () => {
    assert.deepEqual(pairs(dealsIn('Norvalis lève 2 milliards d’euros. C’est Kestrova Capital qui est le «principal investisseur».')), ['Kestrova Capital + Norvalis']);
    assert.deepEqual(pairs(dealsIn('Norvalis raised $2 billion. Macquarie was the lead investor.')), ['Macquarie + Norvalis']);
    // No round told: no company to invest in.
    assert.deepEqual(pairs(dealsIn('Norvalis builds batteries. Macquarie was the lead investor.')), []);
  });
});

describe('deals: an owner named by its arm', () => {
  it('"MEAG, the investment arm of German insurer Munich Re, invested in X": the owner is no investor of its arm', () => {
    const deals = dealsIn('Kestrova Partners, which is the investment arm of German insurer Munich Re, invested in the business previously.');
    assert.ok(!pairs(deals).includes('Kestrova Partners + Munich Re'), pairs(deals).join('; '));
  });
});

describe('deals: a company renamed in the note', () => {
  it('"X change de nom pour devenir Y", "Y, anciennement X", "Y, formerly known as X": the deals are told under the new name', () => {
    assert.deepEqual(pairs(dealsIn('Norvalis annonce un tour de table de 19 millions d’euros, mené par Bpifrance. A cette occasion, Norvalis change de nom pour devenir Kestrova.')),
      ['Bpifrance + Kestrova']);
    assert.deepEqual(pairs(dealsIn('La start-up Kestrova, anciennement Norvalis, développe des puces. Nvidia a investi dans Norvalis en 2023.')), ['Kestrova + Nvidia']);
    assert.deepEqual(pairs(dealsIn('The startup Halvex Labs, formerly known as Norvalis, makes chips. Nvidia invested in Norvalis in 2023.')), ['Halvex Labs + Nvidia']);
    // Two companies side by side are no rename, even in a note that tells of a former name.
    assert.deepEqual(pairs(dealsIn('Nvidia invested in Scale AI and Mistral AI, formerly a research lab.')), ['Mistral AI + Nvidia', 'Nvidia + Scale AI']);
  });
});

describe('deals: an analyst\'s rating and a deal that is lacking', () => {
  it('"Jefferies downgraded Vistra", "Morgan Stanley upgraded Nvidia", "UBS relève son objectif de cours sur Nvidia": the bank rates, it makes no deal', () => {
    assert.deepEqual(dealsIn('Morgan Stanley upgraded Nvidia to overweight, citing its deal pipeline.'), []);
    assert.deepEqual(dealsIn('Jefferies has cut its price target on Vistra, citing the partnership it has not yet signed.'), []);
    assert.deepEqual(pairs(dealsIn('UBS relève son objectif de cours sur Nvidia après l’accord avec OpenAI.')), ['Nvidia + OpenAI']);
  });
  it('"in the absence of a deal", "faute d\'accord": no deal', () => {
    assert.deepEqual(dealsIn('Shares of Vistra fell in the absence of a deal with Amazon.'), []);
    assert.deepEqual(dealsIn('Faute d’accord avec Microsoft, OpenAI se tourne vers Oracle.').map((d) => d.parties.join(' + ')).filter((p) => p.includes('Microsoft')), []);
  });
});

describe('deals: a price per share is no deal value', () => {
  it('"for $157 per share, a deal valued at $28 billion" is worth $28 billion; "$157 a share" alone gives no value', () => {
    const valueOf = (text: string) => dealsIn(text).map((d) => `${d.parties.join(' + ')} ${d.value?.text ?? '-'}`);
    assert.deepEqual(valueOf('Cisco agreed to buy Splunk for $157 per share in cash, a deal valued at $28 billion.'), ['Cisco + Splunk $28 billion']);
    assert.deepEqual(valueOf('Cisco will acquire Splunk for $157 a share.'), ['Cisco + Splunk -']);
    assert.deepEqual(valueOf('Cisco will buy all the outstanding shares of Splunk for $157 each.'), ['Cisco + Splunk -']);
    assert.deepEqual(valueOf('Renesas rachète Sequans pour 0,76 dollar par action, soit 249 millions de dollars.'), ['Renesas + Sequans Communications 249 millions de dollars']);
  });
});
