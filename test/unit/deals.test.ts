import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import type { Deal } from '../../src/core/types';

const core = createCore();
const dealsIn = (...texts: string[]): Deal[] => core.scan(texts.map((text, i) => ({ uri: `note-${i}.md`, text }))).deals;
const pairs = (deals: Deal[]) => deals.map((d) => d.parties.join(' + '));

describe('deals: extraction (English)', () => {
  it('reads subject, cue, value and object', () => {
    const [d] = dealsIn('Nvidia will invest up to $100 billion in OpenAI to build 10 gigawatts of AI data centres.');
    assert.deepEqual(d!.parties, ['Nvidia', 'OpenAI']);
    assert.equal(d!.kind, 'investment');
    assert.equal(d!.value?.usd, 100e9);
    assert.equal(d!.value?.qualifier, 'up to');
    assert.equal(d!.powerGw, 10);
  });
  it('reads "a deal with" and chips', () => {
    const [d] = dealsIn('OpenAI signed a deal with AMD to deploy 6 gigawatts of MI450 GPUs starting in 2026.');
    assert.deepEqual(d!.parties, ['AMD', 'OpenAI']);
    assert.deepEqual(d!.chips, ['MI450']);
    assert.equal(d!.powerGw, 6);
  });
  it('reads coordinated subjects and "between A and B"', () => {
    assert.deepEqual(pairs(dealsIn('AMD and OpenAI announced a multi-year partnership on Monday.')), ['AMD + OpenAI']);
    assert.deepEqual(pairs(dealsIn('The agreement between Oracle and OpenAI covers 4.5 gigawatts.')), ['OpenAI + Oracle']);
  });
  it('reads acquisitions and stakes', () => {
    const [d] = dealsIn('Nvidia agreed to buy a 4% stake in Intel for $5 billion.');
    assert.deepEqual(d!.parties, ['Intel', 'Nvidia']);
    assert.equal(d!.kind, 'stake');
    assert.equal(d!.value?.usd, 5e9);
  });
  it('does not take rivals, comparisons or customer lists for deals', () => {
    assert.deepEqual(dealsIn('Google is pushing its TPUs as an alternative to Nvidia.'), []);
    assert.deepEqual(dealsIn('AMD competes with Nvidia in the data-centre GPU market.'), []);
    assert.deepEqual(dealsIn('Its customers include Microsoft, Meta and Amazon.'), []);
    assert.deepEqual(dealsIn('Nvidia shares rose 3% while Intel fell 2%.'), []);
    assert.deepEqual(dealsIn('Microsoft did not sign a deal with Nvidia, a spokesperson said.'), []);
  });
  it('does not take a company used as a modifier for the subject', () => {
    assert.deepEqual(pairs(dealsIn('CoreWeave, the Nvidia-backed cloud provider, signed a $6.5 billion contract with OpenAI.')), ['CoreWeave + OpenAI']);
  });
  it('tells buying a company from buying compute', () => {
    assert.equal(dealsIn('Nvidia agreed to buy Etchwell Inc. for $900 million.')[0]?.kind, 'acquisition');
    assert.equal(dealsIn('OpenAI agreed to buy about $300 billion of computing power from Oracle.')[0]?.kind, 'purchase');
  });
  it('splits one company dealing with several, and reads "respectively"', () => {
    const deals = dealsIn('Microsoft and Nvidia said they would invest up to $5 billion and $10 billion respectively in Anthropic.');
    assert.deepEqual(deals.map((d) => [d.parties.join(' + '), d.value?.usd]), [['Anthropic + Nvidia', 10e9], ['Anthropic + Microsoft', 5e9]]);
    assert.deepEqual(pairs(dealsIn('Anthropic, the AI startup backed by Amazon and Google, said so. Anthropic grows.')).sort(), ['Amazon + Anthropic', 'Anthropic + Google']);
  });
  it('does not make a deal of two companies that signed with someone else', () => {
    assert.deepEqual(dealsIn('Samsung Electronics and SK Hynix signed letters of intent to supply memory chips for the Stargate project.'), []);
  });
  it('does not make a deal of co-investors listed together', () => {
    assert.deepEqual(dealsIn('Nvidia, Microsoft and Bpifrance also took part in the funding round.'), []);
  });
  it('does not join two clauses set against each other', () => {
    assert.deepEqual(dealsIn('Alibaba plans to spend 380 billion yuan on AI infrastructure, while Tencent bought more H20 chips.'), []);
    const [d] = dealsIn('Orange a signé un accord avec OpenAI, tandis que le groupe Iliad a levé 2,5 milliards d’euros.');
    assert.deepEqual(d!.parties, ['OpenAI', 'Orange']);
    assert.equal(d!.value, undefined);
  });
  it('leaves an amount with the company it is about', () => {
    const [d] = dealsIn('La pépite H Company lève 220 millions de dollars, Mistral AI s’associe à Nvidia.');
    assert.deepEqual(d!.parties, ['Mistral AI', 'Nvidia']);
    assert.equal(d!.value, undefined);
  });
  it('reads "agreed with", deliveries and joint ventures of four', () => {
    assert.deepEqual(pairs(dealsIn('Dell Technologies said it had delivered GB300 racks to CoreWeave.')), ['CoreWeave + Dell']);
    assert.deepEqual(pairs(dealsIn('MGX, G42 and OpenAI agreed with Nvidia and Oracle to build a 5-gigawatt campus.')), ['G42 + MGX + Nvidia + OpenAI + Oracle']);
    assert.deepEqual(pairs(dealsIn('MGX, Bpifrance, Mistral AI et Nvidia ont annoncé la création d’une coentreprise.')), ['Bpifrance + MGX + Mistral AI + Nvidia']);
  });
  it('reads payments, spending, fund-raising, joint development and choices', () => {
    assert.deepEqual(pairs(dealsIn('Microsoft has agreed to pay Nebius up to $19.4 billion for AI computing capacity.')), ['Microsoft + Nebius']);
    assert.equal(dealsIn('Anthropic will spend $30 billion on Microsoft Azure capacity, while Microsoft invests in it.')[0]?.kind, 'purchase');
    assert.deepEqual(pairs(dealsIn('Mistral AI a levé 1,7 milliard d’euros auprès d’ASML.')), ['ASML + Mistral AI']);
    assert.deepEqual(pairs(dealsIn('OpenAI et Broadcom développeront ensemble une puce maison.')), ['Broadcom + OpenAI']);
    assert.deepEqual(pairs(dealsIn('Broadcom will design and deploy custom chips for OpenAI.')), ['Broadcom + OpenAI']);
    assert.deepEqual(pairs(dealsIn('Apple a choisi Google pour Siri.')), ['Apple + Google']);
  });
  it('recognises the company bought even when no list knows it', () => {
    const [d] = dealsIn('AMD acquired ZT Systems for $4.9 billion.');
    assert.deepEqual(d!.parties, ['AMD', 'ZT Systems']);
    assert.equal(d!.kind, 'acquisition');
  });
  it('does not take a weak verb for a deal with a company named in passing', () => {
    assert.deepEqual(dealsIn('xAI is raising $10 billion, Morgan Stanley said, as it builds Colossus 2 with hundreds of thousands of Nvidia GB200 chips.'), []);
    assert.deepEqual(dealsIn('Scale AI grandit. Apple reste à l’écart : le groupe préfère développer ses puces plutôt que d’acheter des GPU à Nvidia.'), []);
  });
  it('takes the company a passage is about for the subject of "the company", "it" and deal nouns', () => {
    const deals = dealsIn('AMD will supply chips to OpenAI. AMD shares rose. OpenAI CEO Sam Altman said the partnership is a major step. The company also has deals with Nvidia and Broadcom, and it recently committed to spend $300 billion with Oracle.');
    assert.deepEqual(pairs(deals).sort(), ['AMD + OpenAI', 'Broadcom + OpenAI', 'Nvidia + OpenAI', 'OpenAI + Oracle']);
    assert.equal(deals.find((d) => d.parties.includes('Oracle'))?.value?.usd, 300e9);
  });
  it('reads objects introduced with a description, and fronted clauses', () => {
    assert.deepEqual(pairs(dealsIn('Meta vient de signer avec le néocloud CoreWeave un contrat de 14,2 milliards de dollars.')), ['CoreWeave + Meta']);
    const acquisition = dealsIn('AMD has spent heavily. Last year it agreed to buy server builder ZT Systems for $4.9 billion.');
    assert.deepEqual(acquisition.map((d) => [d.parties.join(' + '), d.kind, d.value?.usd]), [['AMD + ZT Systems', 'acquisition', 4.9e9]]);
    assert.equal(dealsIn('CoreWeave grows. In July it agreed to buy bitcoin miner turned data center operator Core Scientific in an all-stock deal valued at about $9 billion.')[0]?.value?.usd, 9e9);
    assert.deepEqual(pairs(dealsIn('Après avoir dépensé 14,3 milliards de dollars pour s’offrir 49 % de Scale AI, Meta vient de signer un autre accord.')), ['Meta + Scale AI']);
    assert.deepEqual(pairs(dealsIn('ASML mise 1,3 milliard d’euros sur Mistral AI.')), ['ASML + Mistral AI']);
  });
  it('takes a sentence\'s topic for its subject, but not an analyst or a failed attempt', () => {
    assert.deepEqual(pairs(dealsIn('AMD a signé avec OpenAI. Pour OpenAI, l’accord s’ajoute à celui conclu avec Nvidia.')).sort(), ['AMD + OpenAI', 'Nvidia + OpenAI']);
    assert.deepEqual(pairs(dealsIn('AMD a signé avec OpenAI. Chez Jefferies, on estime que l’accord valide la feuille de route d’AMD.')), ['AMD + OpenAI']);
    assert.deepEqual(dealsIn('Meta aurait par ailleurs tenté, sans succès, de racheter Safe Superintelligence.'), []);
    assert.deepEqual(pairs(dealsIn('Nvidia and Cisco joined xAI’s round alongside Fidelity and the Qatar Investment Authority.')).includes('Fidelity + Nvidia'), false);
  });
  it('follows who a paragraph is about through possessors, modifiers and titles', () => {
    const deals = dealsIn([
      'It has been a busy month for Nvidia’s checkbook.',
      'Just days before the Intel announcement, the company reportedly spent more than $900 million to hire Enfabrica CEO Rochan Sankar.',
      'And it has committed up to $100 billion to OpenAI.',
    ].join(' '));
    assert.deepEqual(pairs(deals).sort(), ['Enfabrica + Nvidia', 'Nvidia + OpenAI']);
  });
  it('reads a role after a copula: "Amazon remains Anthropic’s primary partner"', () => {
    assert.deepEqual(pairs(dealsIn('Amazon remains Anthropic’s primary cloud provider and training partner.')), ['Amazon + Anthropic']);
    assert.deepEqual(dealsIn('The deal ties Anthropic more tightly to two of OpenAI’s closest partners.'), []);
  });
  it('resolves a description to the one company of that kind just named', () => {
    assert.deepEqual(pairs(dealsIn('Anthropic trains Claude. The e-commerce giant Amazon has put $8 billion into the startup.')), ['Amazon + Anthropic']);
    // Two chip companies just named: "le fondeur" is not guessed.
    assert.deepEqual(dealsIn('Nvidia et Intel s’opposent. SoftBank avait injecté 2 milliards de dollars dans le fondeur.'), []);
  });
  it('reads co-investors joining a round, and a sale to a company no list knows', () => {
    assert.deepEqual(pairs(dealsIn('xAI closed a $20 billion round. Nvidia and Cisco joined as strategic investors.')).sort(), ['Cisco + xAI', 'Nvidia + xAI']);
    assert.deepEqual(pairs(dealsIn('AMD agreed to sell the manufacturing business to Sanmina for $3 billion.')), ['AMD + Sanmina']);
    assert.deepEqual(pairs(dealsIn('Crusoe is building the first Stargate campus for Oracle.')), ['Crusoe + Oracle']);
  });
  it('does not take a career for a deal, nor a valuation for its value', () => {
    assert.deepEqual(dealsIn('Ampere, founded in 2017 by former Intel president Renée James, designs Arm chips.'), []);
    assert.deepEqual(dealsIn('For Nokia CEO Justin Hotard, a former Intel executive, the deal matters.'), []);
    const [d] = dealsIn('La jeune pousse Anthropic, valorisée 183 milliards de dollars, continue de s’appuyer sur Amazon, qui y a investi 8 milliards de dollars.');
    assert.equal(d?.value?.usd, 8e9);
  });
  it('reads "injecter … dans", "met … dans", "obtenu … de" and "le rachat d’X"', () => {
    assert.deepEqual(pairs(dealsIn('Nvidia va injecter un milliard de dollars dans Nokia.')), ['Nokia + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Nvidia met un milliard dans Nokia.')), ['Nokia + Nvidia']);
    assert.deepEqual(pairs(dealsIn('La start-up Humain a déjà obtenu 18 000 puces GB300 de Nvidia.')), ['Humain + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Qualcomm a annoncé en juin le rachat d’Alphawave pour 2,4 milliards de dollars.')), ['Alphawave + Qualcomm']);
  });
  it('reads "construite avec" and "compte X parmi ses actionnaires"', () => {
    assert.deepEqual(pairs(dealsIn('Mistral AI lance une offre de cloud souverain construite avec Nvidia.')), ['Mistral AI + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Nebius compte Nvidia parmi ses actionnaires depuis une levée de 700 millions de dollars.')), ['Nebius + Nvidia']);
    assert.deepEqual(pairs(dealsIn('CoreWeave counts Nvidia among its investors.')), ['CoreWeave + Nvidia']);
  });
  it('does not take a subsidiary funded by its parent, nor a distant possessor, for a deal', () => {
    assert.deepEqual(dealsIn('Le groupe Iliad a levé 2,5 milliards d’euros pour sa filiale OpCore.'), []);
    const [d] = dealsIn('Amazon remains Anthropic’s primary training partner and cloud provider, having invested $8 billion in the company.');
    assert.deepEqual(d?.parties, ['Amazon', 'Anthropic']);
    assert.equal(d?.value?.usd, 8e9);
  });
  it('never takes an outlet as a party', () => {
    assert.deepEqual(pairs(dealsIn('According to Reuters, Microsoft signed a $10 billion contract with CoreWeave.')), ['CoreWeave + Microsoft']);
  });
});

describe('deals: extraction (French)', () => {
  it('reads "investit … dans" with a French amount and hedge', () => {
    const [d] = dealsIn('Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI, selon un communiqué du 22 septembre 2025.');
    assert.deepEqual(d!.parties, ['Nvidia', 'OpenAI']);
    assert.equal(d!.value?.usd, 100e9);
    assert.equal(d!.value?.qualifier, 'up to');
    assert.equal(d!.date, '2025-09-22');
  });
  it('reads "partenariat entre A et B" and "s’allie à"', () => {
    assert.deepEqual(pairs(dealsIn('Un partenariat stratégique entre OpenAI et NVIDIA a été annoncé.')), ['Nvidia + OpenAI']);
    assert.deepEqual(pairs(dealsIn('Meta s’allie à Nvidia pour des millions de GPU.')), ['Meta + Nvidia']);
  });
  it('reads a stake "rachète 4 % d’Intel"', () => {
    const [d] = dealsIn('Nvidia a annoncé racheter 4 % d’Intel, en difficulté.');
    assert.deepEqual(d!.parties, ['Intel', 'Nvidia']);
    assert.equal(d!.kind, 'stake');
  });
  it('splits a sentence with two relations', () => {
    const deals = dealsIn('OpenAI a multiplié les contrats. Après un accord avec CoreWeave, estimé à près de 12 milliards de dollars, puis une collaboration avec Oracle et SoftBank, OpenAI se tourne vers Google.');
    const byPair = new Map(deals.map((d) => [d.parties.join(' + '), d]));
    assert.equal(byPair.get('CoreWeave + OpenAI')?.value?.usd, 12e9);
    assert.ok(byPair.has('OpenAI + Oracle + SoftBank'));
    assert.equal(byPair.get('OpenAI + Oracle + SoftBank')?.value, undefined);
  });
  it('does not take rivalry or dependence for deals', () => {
    assert.deepEqual(dealsIn('Google et Meta préparent une offensive face à Nvidia.'), []);
    assert.deepEqual(dealsIn('Le groupe veut réduire sa dépendance coûteuse à Nvidia, comme AMD.'), []);
    assert.deepEqual(dealsIn('L’action Nvidia a chuté de 6 % tandis que celle d’AMD progressait.'), []);
  });
  it('does not imply a subject from another story of the note, nor take "plutôt que d’acheter" for a deal', () => {
    const deals = dealsIn([
      'Meta a pris une participation de 49 % dans Scale AI pour 14,3 milliards de dollars. Scale AI étiquette des données. Scale AI grandit.',
      '',
      'Ailleurs, les fabricants de PC attendent la rentrée. Les prix baissent. Le marché stagne. Rien ne bouge. Calme plat.',
      'Apple reste à l’écart : le groupe préfère ses propres puces plutôt que d’acheter des GPU à Nvidia.',
    ].join('\n'));
    assert.deepEqual(pairs(deals), ['Meta + Scale AI']);
  });
  it('does not take a parent and its subsidiary for a deal', () => {
    assert.deepEqual(dealsIn('Le groupe Iliad, maison mère de Free, investira 3 milliards d’euros dans ses centres de données.'), []);
  });
  it('attaches the power of a follow-up sentence without a company', () => {
    const [d] = dealsIn('OpenAI agreed to buy $300 billion of computing power from Oracle. The contract will require 4.5 gigawatts of capacity.');
    assert.equal(d!.powerGw, 4.5);
    assert.equal(d!.sources.length, 2);
  });
  it('reads "AMD accorde à OpenAI des bons de souscription" and "A x B"', () => {
    assert.deepEqual(pairs(dealsIn('AMD accorde à OpenAI des bons de souscription sur 160 millions d’actions.')), ['AMD + OpenAI']);
    assert.deepEqual(pairs(dealsIn('Oracle a commandé à Nvidia pour 2 500 M$ de systèmes GB300.')), ['Nvidia + Oracle']);
  });
  it('attaches the amount of a follow-up sentence about "les deux géants"', () => {
    const deals = dealsIn('Annonce d’un partenariat entre OpenAI et NVIDIA. Les deux géants ont officialisé un accord portant sur 10 gigawatts, avec un investissement de NVIDIA pouvant atteindre 100 milliards de dollars.');
    assert.equal(deals.length, 1);
    assert.equal(deals[0]!.value?.usd, 100e9);
    assert.equal(deals[0]!.powerGw, 10);
    assert.equal(deals[0]!.sources.length, 2);
  });
  it('"the investments" (plural) after a deal is not that deal going on', () => {
    const text = 'Last month, Zentrix struck a deal with Google Cloud to rent its servers. The investments arrive as Zentrix grows.';
    assert.deepEqual(dealsIn(text).map((d) => d.kind), ['cloud']);
  });
});

describe('deals: linking across notes', () => {
  it('makes one deal of the same deal reported in English and French', () => {
    const deals = dealsIn(
      'Nvidia will invest up to $100 billion in OpenAI.',
      'Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI.',
      'OpenAI and Nvidia signed a letter of intent; the partnership covers 10 GW.',
    );
    assert.equal(deals.length, 1);
    assert.deepEqual(new Set(deals[0]!.sources.map((s) => s.uri)), new Set(['note-0.md', 'note-1.md', 'note-2.md']));
  });
  it('keeps apart two deals of the same parties whose values clearly differ', () => {
    const deals = dealsIn(
      'CoreWeave signed an $11.9 billion contract with OpenAI in March.',
      'OpenAI expanded its contract with CoreWeave by $6.5 billion.',
    );
    assert.equal(deals.length, 2);
    assert.notEqual(deals[0]!.id, deals[1]!.id);
  });
  it('keeps a tranche with its deal when one note reports both', () => {
    const deals = dealsIn('Nvidia will invest up to $100 billion in OpenAI. Nvidia will invest the first $10 billion in OpenAI when the first gigawatt is deployed.');
    assert.equal(deals.length, 1);
    assert.equal(deals[0]!.value?.usd, 100e9);
  });
  it('keeps apart a new contract reported in the same note', () => {
    const deals = dealsIn('CoreWeave signed an $11.9 billion contract with OpenAI. In May, OpenAI signed an additional $4 billion contract with CoreWeave.');
    assert.equal(deals.length, 2);
  });
  it('keeps apart an investment and a cloud commitment of the same pair in one note', () => {
    const deals = dealsIn('Oracle will invest $2 billion in Mistral AI. Mistral AI committed to buy $9 billion of cloud capacity from Oracle.');
    assert.equal(deals.length, 2);
    assert.deepEqual(deals.map((d) => d.kind).sort(), ['investment', 'purchase']);
  });
  it('keeps a tranche with its deal when the tranche is called a partnership', () => {
    const deals = dealsIn('Nvidia will invest up to $100 billion in OpenAI. The partnership starts with $10 billion from Nvidia to OpenAI.');
    assert.equal(deals.length, 1);
  });
  it('takes the dollar figure a text states beside another currency over a conversion', () => {
    const one = dealsIn('ASML has invested 1.3 billion euros ($1.5 billion) in Mistral AI.');
    assert.equal(one[0]!.value?.usd, 1.5e9);
    assert.equal(one[0]!.value?.currency, 'EUR');
    const linked = dealsIn('ASML investit 1,3 milliard d’euros dans Mistral AI.', 'ASML has invested 1.3 billion euros ($1.5 billion) in Mistral AI.');
    assert.equal(linked.length, 1);
    assert.equal(linked[0]!.value?.usd, 1.5e9);
  });
  it('gives deals ids that do not change when the notes are scanned again', () => {
    const a = dealsIn('Nvidia will invest up to $100 billion in OpenAI.', 'AMD and OpenAI announced a partnership.');
    const b = dealsIn('AMD and OpenAI announced a partnership.', 'Nvidia will invest up to $100 billion in OpenAI.');
    assert.deepEqual(a.map((d) => d.id).sort(), b.map((d) => d.id).sort());
  });
});

describe('deals: properties on any input', () => {
  const words = ['Nvidia', 'OpenAI', 'AMD', 'et', 'and', 'avec', 'with', 'dans', 'in', 'investit', 'invests', 'accord', 'deal', 'partenariat',
    'entre', 'between', 'rachète', 'buys', '100 milliards de dollars', '$5 billion', '10 GW', '4 %', ',', '.', ';', ':', '(', ')', '’s', 'the company',
    'le fondeur', 'face à', 'comme', 'while', 'Quantaflux', 'la start-up', '\n', '\r\n', '-', '–', 'respectively', 'Les deux géants', 'It'];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  it('never throws, and every source lies inside its note', () => {
    for (let n = 0; n < 300; n++) {
      const notes = Array.from({ length: 1 + Math.floor(rand() * 3) }, (_, i) => {
        let text = '';
        const len = Math.floor(rand() * 60);
        for (let k = 0; k < len; k++) text += `${words[Math.floor(rand() * words.length)]} `;
        return { uri: `n${i}.md`, text };
      });
      const { deals } = core.scan(notes);
      for (const d of deals) {
        assert.ok(d.parties.length >= 2, JSON.stringify(d));
        for (const src of d.sources) {
          const note = notes.find((x) => x.uri === src.uri)!;
          assert.ok(src.start >= 0 && src.end <= note.text.length && src.start < src.end, JSON.stringify(src));
        }
      }
    }
  });
});

describe('deals: listings, owners\' units, chips adopted', () => {
  it('Thomson Reuters is a company that buys, not the news agency', () => {
    assert.deepEqual(pairs(dealsIn('Thomson Reuters agreed to buy Casetext for $650 million in cash.')), ['Casetext + Thomson Reuters']);
  });
  it('investors "in the IPO" put money into the company that plans it', () => {
    const deals = dealsIn('Databricks is preparing an IPO for next spring. Apple and Samsung said they would invest in the IPO.');
    assert.deepEqual(pairs(deals).sort(), ['Apple + Databricks', 'Databricks + Samsung']);
  });
  it('"invest in SoftBank\'s chip unit, Arm" invests in Arm', () => {
    assert.deepEqual(pairs(dealsIn("Apple plans to invest in SoftBank Group's British chip design unit, Arm, before its listing.")), ['Apple + Arm']);
  });
  it('the examples of a kind of company are the ones who invest: "Databricks customers, including A and B, … invest in the IPO"', () => {
    const deals = dealsIn('Databricks plans an IPO in September. Databricks customers, including Apple, Google and Samsung have all said they would invest in the IPO.');
    assert.deepEqual(pairs(deals).sort(), ['Apple + Databricks', 'Databricks + Google', 'Databricks + Samsung']);
  });
  it('a maker\'s chips adopted by a customer are bought from it; a policy adopted is no deal', () => {
    assert.deepEqual(pairs(dealsIn("Meta is adopting AMD's newest server chips for its data centres.")), ['AMD + Meta']);
    assert.deepEqual(pairs(dealsIn("Meta adopte les puces d'AMD pour ses centres de données.")), ['AMD + Meta']);
    assert.deepEqual(dealsIn('Meta adopted a new policy on OpenAI.'), []);
  });
});

describe('deals: verb forms, listed subjects, roles', () => {
  it('reads the plural, future and past forms of the deal verbs', () => {
    assert.deepEqual(pairs(dealsIn('Microsoft et Meta achètent des GPU Nvidia.')).sort(), ['Meta + Nvidia', 'Microsoft + Nvidia']);
    assert.deepEqual(pairs(dealsIn('Oracle signera un contrat avec OpenAI la semaine prochaine.')), ['OpenAI + Oracle']);
    assert.deepEqual(pairs(dealsIn('Samsung a fourni des puces mémoire à Nvidia.')), ['Nvidia + Samsung']);
    assert.deepEqual(pairs(dealsIn('Meta will license Midjourney\'s image technology.')), ['Meta + Midjourney']);
    assert.deepEqual(pairs(dealsIn('Amazon is supplying Anthropic with its Trainium chips.')), ['Amazon + Anthropic']);
  });
  it('the companies a parenthesis lists right before a verb are its subject', () => {
    assert.deepEqual(pairs(dealsIn('Les géants du cloud (Google, Microsoft, Oracle) achètent massivement des GPU Nvidia.')).sort(), ['Google + Nvidia', 'Microsoft + Nvidia', 'Nvidia + Oracle']);
  });
  it('a role is the kind of tie it names; a role everyone holds is no tie', () => {
    assert.equal(dealsIn("Google était déjà actionnaire minoritaire d'Anthropic depuis 2023.")[0]?.kind, 'stake');
    assert.equal(dealsIn('Nvidia, an investor in Mistral AI, said on Monday it was pleased.')[0]?.kind, 'investment');
    assert.deepEqual(dealsIn("AMD x OpenAI : notes de l'appel investisseurs, 7 octobre 2025").map((d) => d.kind), ['partnership'], 'an investor call is no investment');
    assert.deepEqual(dealsIn("Reid Hoffman l'a écrit sur LinkedIn, propriété de Microsoft, que tous les investisseurs d'Inflection AI seraient remboursés."), []);
  });
});

describe('deals: shares held, platforms posted on, customers powered', () => {
  it('"holds 7.7 million shares of CoreWeave" is a stake', () => {
    assert.deepEqual(dealsIn('Nvidia holds 7.7 million shares of CoreWeave.').map((d) => `${d.parties.join(' + ')} ${d.kind}`), ['CoreWeave + Nvidia stake']);
  });
  it('a platform named as where something was posted is no party; bought, it is', () => {
    assert.deepEqual(dealsIn("Elon Musk a déclaré jeudi sur X que l'information selon laquelle xAI aurait levé 15 milliards de dollars était fausse."), []);
    assert.deepEqual(pairs(dealsIn('xAI acquired X in March in an all-stock deal.')), ['X + xAI']);
  });
  it('the customers a provider powers, examples after the verb included', () => {
    assert.deepEqual(pairs(dealsIn("Fluidstack est une plateforme cloud. L'entreprise alimente notamment Mistral et Poolside.")).sort(), ['Fluidstack + Mistral AI', 'Fluidstack + Poolside']);
    assert.deepEqual(pairs(dealsIn('Engine No. 1 and Chevron U.S.A. Inc. have announced a partnership to build power plants.')), ['Chevron + Engine No. 1']);
  });
});

describe('deals: a possessive pronoun before the deal word', () => {
  it('stands for the company the sentence named last before it, not the note\'s main company', () => {
    const deals = dealsIn("Alphabet will buy Intersect. Included in the transaction are Intersect's team and projects from its successful existing partnership with Google.");
    assert.deepEqual(pairs(deals).sort(), ['Alphabet + Intersect', 'Google + Intersect']);
  });
  it('but not a company its noun is coordinated after', () => {
    const deals = dealsIn("Nvidia, déjà très actif dans l'IA (rappelons son intérêt récent pour la startup Wayve ou sa participation colossale au capital d'Intel), construit un réseau.");
    assert.ok(!pairs(deals).includes('Intel + Wayve'), pairs(deals).join('; '));
  });
});
