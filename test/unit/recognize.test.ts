import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import type { Mention } from '../../src/core/types';

const core = createCore();
const mentions = (text: string, kind?: Mention['kind']) => core.analyze({ uri: 'n.md', text }).mentions.filter((m) => !kind || m.kind === kind);
const names = (text: string, kind: Mention['kind']) => mentions(text, kind).map((m) => m.canonical);

describe('recognize: companies from the lexicon', () => {
  it('finds companies in French and English with canonical names', () => {
    assert.deepEqual(names('Nvidia investit dans OpenAI ; NVIDIA et d’OpenAI.', 'company'), ['Nvidia', 'OpenAI', 'Nvidia', 'OpenAI']);
    assert.deepEqual(names('Amazon Web Services (AWS) and Google Cloud signed with Anthropic.', 'company'), ['Amazon', 'Amazon', 'Google', 'Anthropic']);
  });
  it('a known name glued to a web domain\'s ending is another firm or an address, not the known company', () => {
    assert.deepEqual(names('Ramp acquired AI firm Cohere.io on Monday.', 'company').filter((n) => n.startsWith('Cohere')), ['Cohere.io']);
    assert.deepEqual(names('See nvidia.com for details.', 'company'), []);
    assert.deepEqual(names('Character.AI signed with Google.', 'company'), ['Character.AI', 'Google']);
  });
  it('does not find Meta inside métaux or metadata', () => {
    assert.deepEqual(names('Les métaux rares et les metadata du Metaverse.', 'company'), []);
  });
  it('finds "l’IA" as no company and keeps apostrophes in the text', () => {
    const ms = mentions('l’IA d’OpenAI', 'company');
    assert.deepEqual(ms.map((m) => m.text), ['OpenAI']);
  });
  it('does not take products for companies', () => {
    assert.deepEqual(names('ChatGPT face à Gemini et Claude, sur Azure.', 'company'), []);
  });
});

describe('recognize: chips named after places and Apple\'s M series', () => {
  it('AMD\'s Bergamo is a chip beside a chip word; Turin and Genoa as cities are nothing', () => {
    assert.deepEqual(names("Meta is adopting AMD's Bergamo chips.", 'chip'), ['Bergamo']);
    assert.deepEqual(names("Meta is adopting AMD's Bergamo chips.", 'company'), ['Meta', 'AMD']);
    assert.deepEqual(mentions("Il a visité Turin et Genoa l'été dernier."), []);
  });
  it('M1 is a chip where chips are the topic, not a metro line', () => {
    assert.deepEqual(names("Apple's M1 chip changed the Mac.", 'chip'), ['M1']);
    assert.deepEqual(names('La ligne M1 du métro est fermée.', 'chip'), []);
  });
});

describe('recognize: chips', () => {
  it('finds chips with their canonical names', () => {
    assert.deepEqual(names('Des GPU H100 et A100, puis GB200 et la plateforme Vera Rubin de Nvidia.', 'chip'), ['H100', 'A100', 'GB200', 'Vera Rubin']);
  });
  it('does not take generic words for chips', () => {
    assert.deepEqual(names('des millions de GPU et de CPU', 'chip'), []);
  });
  it('takes ambiguous chip names only in a chip context', () => {
    assert.deepEqual(names('Les processeurs Grace de Nvidia.', 'chip'), ['Grace']);
    assert.deepEqual(names('Grace Kelly était actrice.', 'chip'), []);
  });
  it('reads an ambiguous chip name at the start of a line alike with LF and CRLF line ends', () => {
    // Found by the fast-check property test: after "…OpenAI.\n" the name was taken for the end of a longer name.
    const lf = 'Nvidia signed with OpenAI.\nBlackwell chips will ship first.';
    assert.deepEqual(names(lf, 'chip'), ['Blackwell']);
    assert.deepEqual(names(lf.replace('\n', '\r\n'), 'chip'), ['Blackwell']);
  });
});

describe('recognize: companies from context', () => {
  it('recognises a start-up named by an apposition, everywhere in the note', () => {
    const ms = mentions('La start-up française Quantaflux a signé avec Orange. Quantaflux vise 2026.', 'company');
    const q = ms.filter((m) => m.canonical === 'Quantaflux');
    assert.equal(q.length, 2);
    assert.ok(q.every((m) => (m.confidence ?? 1) < 1));
  });
  it('a company bought, merged, taken over or owned, by its verb: "participation minoritaire dans A", "entre au capital de A", "prend le contrôle de A", "merge with A", "la fusion entre A et B"', () => {
    assert.deepEqual(names('Le fonds Tarvelo a pris une participation minoritaire dans Brisane.', 'company'), ['Tarvelo', 'Brisane']);
    assert.deepEqual(names('Capgemini entre au capital de Brisane. Thales prend le contrôle de Kernova.', 'company'), ['Capgemini', 'Brisane', 'Thales', 'Kernova']);
    assert.deepEqual(names('Drovane will merge with Velmora in an all-stock deal.', 'company'), ['Velmora']);
    assert.deepEqual(names('La fusion entre Drovane et Velmora donnera naissance à un géant.', 'company'), ['Drovane', 'Velmora']);
  });
  it('the subject of a passive purchase or ownership is a company: "A a été rachetée par", "A was acquired by", "A is majority-owned by"', () => {
    assert.deepEqual(names('Oravex a été rachetée par Capgemini pour 200 millions d\'euros.', 'company'), ['Oravex', 'Capgemini']);
    assert.deepEqual(names('Velmora is majority-owned by Microsoft.', 'company'), ['Velmora', 'Microsoft']);
    assert.deepEqual(names('La République est détenue par ses citoyens.', 'company'), []);
  });
  it('the subject of "vient de lever", "va racheter", "vient d\'annoncer" is a company', () => {
    assert.deepEqual(names('Vantorix vient de lever 40 millions d’euros. Brisane va racheter Kernova Systems.', 'company'), ['Vantorix', 'Brisane', 'Kernova Systems']);
  });
  it('"A, spécialiste des batteries," and "A\'s chief executive" name a company', () => {
    assert.deepEqual(names('Brisane, spécialiste des batteries, a signé un contrat avec Stellantis.', 'company'), ['Brisane', 'Stellantis']);
    assert.deepEqual(names('Velmora\'s chief executive said the company would hire.', 'company'), ['Velmora']);
    assert.deepEqual(names('France\'s president said so.', 'company'), []);
  });
  it('a place of several words before "-based" is no part of the name: "Hong Kong-based Cloud Light Technology" is Cloud Light', () => {
    assert.deepEqual(names('Lumentum said it would buy Hong Kong-based Cloud Light Technology for about $750 million.', 'company'), ['Lumentum', 'Cloud Light']);
  });
  it('a fund or unit its owner names after it is the owner\'s, not a company: "le fonds Large Venture de Bpifrance"', () => {
    assert.deepEqual(names('Ont participé le fonds Kestrova Growth de Bpifrance et la start-up Quantaflux.', 'company'), ['Bpifrance', 'Quantaflux']);
  });
  it('knows the European public funds by their French and English names', () => {
    assert.deepEqual(names('Le fonds du Conseil européen de l’innovation et French Tech Souveraineté ont investi. The European Innovation Council Fund too.', 'company'),
      ['EIC Fund', 'French Tech Souveraineté', 'EIC Fund']);
  });
  it('never takes a compound adjective for a company ("AI-assisted", "GPU-based")', () => {
    const names = mentions('The startup Quantaflux competes in AI-assisted coding. Quantaflux acquired GPU-based tools, then invested in Cloud-native start-ups.', 'company').map((m) => m.canonical);
    assert.ok(names.includes('Quantaflux'), names.join(', '));
    assert.ok(!names.some((n) => /-(?:assisted|based|native)$/u.test(n)), names.join(', '));
  });
  it('recognises legal forms and deal verbs in English', () => {
    assert.ok(names('Etchwell Inc. makes photonic interconnects.', 'company').includes('Etchwell'));
    assert.ok(names('Yesterday Lumora announced a $40 million round.', 'company').includes('Lumora'));
    assert.ok(names('The chipmaker Silvane designs inference ASICs.', 'company').includes('Silvane'));
  });
  it('does not take institutions, or the object of a preposition, for companies', () => {
    assert.deepEqual(names('Harvard University signed a partnership. The European Commission announced a probe. Le ministère de l’Économie a annoncé un plan.', 'company'), []);
  });
  it('does not take an ambiguous name inside a longer one, nor a place or a person after "de"', () => {
    // A list after "shareholders, including" names companies: the whole name, never a shorter one inside it.
    assert.deepEqual(names('Some shareholders, including Four Seas Capital, opposed the transaction.', 'company'), ['Four Seas Capital']);
    assert.deepEqual(names('Le groupe de Veldhoven a signé. Safe Superintelligence, la société d’Ilya Sutskever, a levé des fonds.', 'company'), ['Safe Superintelligence']);
    assert.deepEqual(names('NVIDIA Grace CPU chips.', 'chip'), ['Grace']);
    assert.deepEqual(names('Nvidia sells them, as it does with its Arm-based Grace chips.', 'chip'), ['Grace']);
    assert.deepEqual(names('Etched bets everything on a single transformer ASIC called Sohu.', 'chip'), ['Sohu']);
  });
  it('recognises a company bought after a description, not a seller after "from"', () => {
    assert.deepEqual(names('AMD agreed to buy server builder ZT Systems.', 'company'), ['AMD', 'ZT Systems']);
    assert.deepEqual(names('OpenAI will buy racks from Velquor for $3 billion.', 'company'), ['OpenAI']);
  });
  it('recognises a name ended by a word only firms end with ("Partners", "Cooperative", "Investments"), not a trade', () => {
    const found = names('Backers include Quillon & Marsh Partners and the Upper Valley Power Cooperative, through Tavern Investments. Working Capital matters to Venture Capital.', 'company');
    for (const name of ['Quillon & Marsh Partners', 'Upper Valley Power Cooperative', 'Tavern Investments']) assert.ok(found.includes(name), found.join('; '));
    assert.ok(!found.some((n) => /Working|Venture Capital/u.test(n)), found.join('; '));
  });
  it('leaves a nationality and a trade before a firm\'s name out of it ("French VC Brisemer Ventures")', () => {
    assert.deepEqual(names('The round was led by French VC Brisemer Ventures and German investor Nordwald Capital.', 'company'), ['Brisemer Ventures', 'Nordwald Capital']);
  });
  it('leaves a compound adjective out of a name ("London-listed Quillon Group", "Paris-based Tavern")', () => {
    const found = names('Qualcomm has agreed to buy London-listed Quillon Group, which designs chips. The Paris-based Tavern Labs, a start-up, sells tools.', 'company');
    assert.ok(found.includes('Quillon Group'), found.join('; '));
    assert.ok(!found.some((n) => /-listed|-based/u.test(n)), found.join('; '));
  });
  it('leaves the legal form out of a name', () => {
    assert.deepEqual(names('Lumora Robotics Inc, a startup, raised funds.', 'company'), ['Lumora Robotics']);
  });
  it('keeps the words that end company names', () => {
    assert.deepEqual(names('La start-up Quantaflux AI a signé. Nova Compute Labs announced a round.', 'company'), ['Quantaflux AI', 'Nova Compute Labs']);
  });
  it('does not take people, places, months or sentence-initial words', () => {
    assert.deepEqual(names('Sam Altman a signé. Jensen Huang announced. Septembre a annoncé la couleur. La France a signé.', 'company'), []);
    assert.deepEqual(names('Can Cerebras win? Well, the company just raised $1.1 billion.', 'company'), ['Cerebras']);
    // A person's title before a name the lexicon's first names do not know.
    assert.deepEqual(names('Deutsche Telekom is building a factory, chief executive Timotheus Höttges announced. Le PDG Tarek Volmer a annoncé la nouvelle.', 'company'), ['Deutsche Telekom']);
    assert.deepEqual(names('Le groupe dirigé par Mark Zuckerberg investit.', 'company'), []);
  });
});

describe('recognize: properties on any input', () => {
  const alphabet = ['Nvidia', ' ', '\u00a0', '\u202f', '’', "'", '$', '€', '1', '0', ',', '.', 'milliards', 'de', 'dollars', 'é', '🚀', '\r\n', '\n', 'OpenAI', 'la start-up', 'X', '%', 'GW', 'Inc.', 'a signé', '-', '–'];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  it('never throws, keeps offsets inside the text, and text equals the slice', () => {
    for (let n = 0; n < 400; n++) {
      let text = '';
      const len = Math.floor(rand() * 40);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      for (const m of mentions(text)) {
        assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `offsets of ${JSON.stringify(m)} in ${JSON.stringify(text)}`);
        assert.equal(m.text, text.slice(m.start, m.end));
      }
    }
  });
});

describe('recognize: web-clipping furniture', () => {
  it('does not report companies in follow-us and newsletter lines', () => {
    const text = 'Nvidia investit dans OpenAI.\nSuivez-nous sur notre profil Google pour ne rien manquer !\nFollow us on LinkedIn and subscribe to our newsletter.';
    assert.deepEqual(names(text, 'company'), ['Nvidia', 'OpenAI']);
  });
  it('a word the furniture shares with articles ("publicité", "newsletter") makes only a short line furniture', () => {
    assert.deepEqual(names('Publicité\nAdvertisement: Google Cloud\nAbonnez-vous à notre newsletter Nvidia.', 'company'), []);
    assert.deepEqual(names('Malgré leur rivalité historique dans la publicité en ligne, Meta multiplie les partenariats pour répondre à ses besoins.', 'company'), ['Meta']);
    assert.deepEqual(names('The newsletter of the British outlet opened on a new round for Mistral AI, led by Andreessen Horowitz and General Catalyst.', 'company'),
      ['Mistral AI', 'Andreessen Horowitz', 'General Catalyst']);
    assert.deepEqual(names('> **Lire aussi :** [Mistral AI lève 1,7 milliard d’euros et fait entrer ASML à son capital, selon nos informations](#)', 'company'), []);
  });
});

describe('recognize: annotation conventions for companies and chips', () => {
  it('reads Grace Blackwell as a platform of its own, not GB200', () => {
    assert.deepEqual(names('Le laboratoire louera des serveurs Grace Blackwell de Nvidia, puis des GB200.', 'chip'), ['Grace Blackwell', 'GB200']);
    assert.deepEqual(names('A cluster of Grace Hopper superchips and GH200 boards.', 'chip'), ['Grace Hopper', 'GH200']);
  });
  it('gives a family and its model as two adjacent, non-overlapping mentions', () => {
    const ms = mentions('The lab will deploy AMD Instinct MI450 accelerators next year.', 'chip');
    assert.deepEqual(ms.map((m) => [m.canonical, m.text]), [['Instinct', 'Instinct'], ['MI450', 'MI450']]);
    assert.ok(ms[0]!.end < ms[1]!.start);
    assert.deepEqual(names('Des serveurs HGX H100 et des puces Maia 200, après les premières puces Maia de Microsoft.', 'chip'), ['HGX', 'H100', 'Maia 200', 'Maia']);
  });
  it('takes no interconnect, networking platform or cloud instance for a chip, nor its last letter for a company', () => {
    const text = 'The racks link GPUs with NVLink and Spectrum-X Ethernet switches, and AWS rents Trn2 instances.';
    assert.deepEqual(names(text, 'chip'), []);
    assert.deepEqual(names(text, 'company'), ['Amazon']);
  });
  it('takes hardware and networking words for chip context even though they are not chips', () => {
    assert.deepEqual(names('Grace, Spectrum-X : tout le matériel pour l’IA.', 'chip'), ['Grace']);
    assert.deepEqual(names('Des Rubin reliés par InfiniBand.', 'chip'), ['Rubin']);
  });
  it('never reports outlets cited as sources as companies', () => {
    assert.deepEqual(names('According to The Wall Street Journal and Reuters, Oracle signed with OpenAI; Les Échos le confirme.', 'company'), ['Oracle', 'OpenAI']);
  });
  it('reports an outlet a deal is made with as a company, not where it is cited in the same note', () => {
    assert.deepEqual(names('Mistral AI a signé un partenariat avec l\'AFP. Selon l\'AFP, le montant n\'est pas connu.', 'company'), ['Mistral AI', 'AFP']);
    assert.deepEqual(names('L\'accord entre OpenAI et Le Monde a été signé en mars.', 'company'), ['OpenAI', 'Le Monde']);
    assert.deepEqual(names('Le Monde a signé un accord de licence avec OpenAI.', 'company'), ['Le Monde', 'OpenAI']);
    assert.deepEqual(names('OpenAI signed a deal with Microsoft, he told the Financial Times.', 'company'), ['OpenAI', 'Microsoft']);
    assert.deepEqual(names('The deal, he said in an interview with Bloomberg, closes in May.', 'company'), []);
    const deals = core.scan([{ uri: 'n.md', text: 'Mistral AI has announced a partnership with Agence France-Presse (AFP), one of the largest news agencies.' }]).deals;
    assert.deepEqual(deals.map((d) => d.parties.join(' + ')), ['AFP + Mistral AI']);
  });
  it('never takes a person the note names with a first name for a company', () => {
    assert.deepEqual(names('Donald Trump hosted the bosses at the White House. Later, Trump announced a plan with Oracle.', 'company'), ['Oracle']);
    assert.deepEqual(names('Claire Vastel a rencontré les dirigeants. Vastel a signé avec Mistral AI.', 'company'), ['Mistral AI']);
  });
  it('keeps a name with an ampersand whole', () => {
    assert.deepEqual(names('Quantaflux a annoncé le rachat de Brindle & Hatch, un spécialiste des données.', 'company'), ['Quantaflux', 'Brindle & Hatch']);
  });
  it('finds company names written with the other number of their last word', () => {
    assert.deepEqual(names('Backers include Index Venture and Thinking Machines Labs.', 'company'), ['Index Ventures', 'Thinking Machines Lab']);
  });
  it('uses full canonical names and the usual misspellings', () => {
    assert.deepEqual(names('PIF, Supermicro and Weight & Biases.', 'company'), ['Public Investment Fund', 'Super Micro Computer', 'Weights & Biases']);
  });
  it('counts a company its parent bought only where its sale is the subject', () => {
    assert.deepEqual(names('Suivez-nous sur WhatsApp et Instagram.', 'company'), []);
    assert.deepEqual(names('Meta will add AI agents to WhatsApp.', 'company'), ['Meta']);
    assert.deepEqual(names('Meta paid $19 billion for the acquisition of the messaging app WhatsApp in 2014.', 'company'), ['Meta', 'WhatsApp']);
    assert.deepEqual(names('Facebook a racheté Instagram en 2012.', 'company'), ['Meta', 'Instagram']);
  });
  it('lets a bought company, a name with an ampersand and a family with its model reach the deal', () => {
    const deals = (text: string) => core.scan([{ uri: 'n.md', text }]).deals.map((d) => `${d.parties.join(' + ')} ${JSON.stringify(d.chips)}`);
    assert.deepEqual(deals('Meta acquired WhatsApp for $19 billion in 2014.'), ['Meta + WhatsApp []']);
    assert.deepEqual(deals('CoreWeave a annoncé le rachat de Weight & Biases.'), ['CoreWeave + Weights & Biases []']);
    assert.deepEqual(deals('The lab will deploy AMD Instinct MI450 accelerators under its deal with OpenAI.'), ['AMD + OpenAI ["Instinct","MI450"]']);
  });
});

describe('recognize: companies listed after a company noun', () => {
  it('every capitalised item of "investors, including A, B, and C" or "des fonds tels que A, B ou C" is a company', () => {
    assert.deepEqual(names('Prior to that, Quorvane had raised $34 million from investors, including Talvik, Brenmoor Ventures, and Ostrel.', 'company'),
      ['Quorvane', 'Talvik', 'Brenmoor Ventures', 'Ostrel']);
    assert.deepEqual(names('Ses clients comprennent des laboratoires comme Talvik, Brenmoor Labs ou encore Ostrel.', 'company'), ['Talvik', 'Brenmoor Labs', 'Ostrel']);
    assert.deepEqual(names('Its customers include the Allen Institute for AI and Talvik.', 'company'), ['Talvik']);
  });
  it('the lead of a round: "a round led by A and B", "un tour de table de 20 millions mené par A" (not any "led by")', () => {
    assert.deepEqual(names('Quorvane raised $50 million in a Series B round led by Talvik and Brenmoor.', 'company'), ['Quorvane', 'Talvik', 'Brenmoor']);
    assert.deepEqual(names('Quorvane a bouclé un tour de table de 20 millions d\'euros mené par Talvik.', 'company'), ['Quorvane', 'Talvik']);
    assert.deepEqual(names('The team is led by Talvik Ostrel, its chief scientist.', 'company'), []);
  });
  it('an unknown name between two known companies of a list is a company; a person\'s name (title or first name) is not', () => {
    assert.deepEqual(names('Nvidia, GlobalFoundries, Talvik Pathways, Intel and Lockheed Martin have also invested in Ayar Labs.', 'company'),
      ['Nvidia', 'GlobalFoundries', 'Talvik Pathways', 'Intel', 'Lockheed Martin', 'Ayar Labs']);
    assert.equal(names('Investors include Fidelity, Prince Talvik Ostrel and Kingdom Holding.', 'company').some((n) => /Talvik/.test(n)), false);
    assert.equal(names('Nvidia, Xavier Ostrel, and Microsoft backed the round.', 'company').some((n) => /Ostrel/.test(n)), false);
  });
  it('the whole list around two known companies: items before (after a lower-case word, a bracket or a colon) and after', () => {
    assert.deepEqual(names('Bpifrance was in the first round with Quorvane, Brenmoor Labs, Nvidia and Intel, who all reinvested.', 'company'),
      ['Bpifrance', 'Quorvane', 'Brenmoor Labs', 'Nvidia', 'Intel']);
    assert.deepEqual(names('Ont aussi participé à cette levée : Talvik, Nvidia et Intel.', 'company'), ['Talvik', 'Nvidia', 'Intel']);
    assert.deepEqual(names('The round drew Nvidia, Intel and Ostrel, said people familiar with it.', 'company'), ['Nvidia', 'Intel', 'Ostrel']);
    // A fronted phrase, another list's end, a one-word label, a possessive and an adjective are no items.
    assert.deepEqual(names('Selon Talvik, Nvidia et Intel vont investir.', 'company'), ['Nvidia', 'Intel']);
    assert.deepEqual(names('At FP8 or BF16, Nvidia and AMD are level.', 'company'), ['Nvidia', 'AMD']);
    assert.deepEqual(names('Topics: AI, Quorvane, Nokia, Nvidia', 'company'), ['Nokia', 'Nvidia']);
    assert.deepEqual(names('Intel, Nvidia and Abu Dhabi\'s fund MGX joined.', 'company').includes('Abu'), false);
    assert.deepEqual(names('Intel, Nvidia and Ashton Kutcher-backed Sound Ventures joined.', 'company').some((n) => /Kutcher/.test(n)), false);
  });
  it('who backs a company: "backed by A", "soutenue par A", "participation from A", "existing investors A, B"', () => {
    assert.deepEqual(names('Soutenue par Talvik, Omnes Capital et Brenmoor, la start-up lève 40 millions d\'euros.', 'company'), ['Talvik', 'Omnes Capital', 'Brenmoor']);
    assert.deepEqual(names('The round, which was led by Talvik, also saw participation from Brenmoor Alliance and existing investors Ostrel, Nvidia.', 'company'),
      ['Talvik', 'Brenmoor Alliance', 'Ostrel', 'Nvidia']);
    assert.deepEqual(names('Quorvane is backed by Xavier Ostrel.', 'company'), ['Quorvane']);
    assert.deepEqual(names('Other early backers included Talvik co-founder Brendan Ostrel.', 'company'), ['Talvik']);
  });
  it('French nationality nouns before a name ("le suédois A"), a subsidiary\'s owners, and a trade after a name', () => {
    assert.deepEqual(names('Le dossier intéressait aussi le suédois Talvik et l\'italien Brenmoor, filiale de Quorvane et Ostrel.', 'company'),
      ['Talvik', 'Brenmoor', 'Quorvane', 'Ostrel']);
    assert.deepEqual(names('Il a rencontré l\'Américain Talvik Ostrel.', 'company'), []);
    assert.deepEqual(names('NV Energy Inc. is a subsidiary of Talvik Ostrel\'s Brenmoor Energy.', 'company').some((n) => /Talvik/.test(n)), false);
    assert.deepEqual(names('Un troisième partenaire, Talvik, développeur de médicaments, rejoint Quorvane, a tech-driven drug development firm.', 'company'),
      ['Talvik', 'Quorvane']);
  });
  it('a firm\'s name with an apostrophe inside a word ("Wa\'ed Ventures"), not a possessive; adverbs and "Justice" are no companies', () => {
    assert.deepEqual(names('Ont aussi participé à cette levée : Talvik et Wa’ed Ventures.', 'company').includes('Wa’ed Ventures'), true);
    assert.equal(names('Nvidia’s Ventures arm invested.', 'company').some((n) => /’s Ventures/.test(n)), false);
    assert.deepEqual(names('Currently, the Cupertino firm employs 1,100 people. Selon le département de la Justice, la société a vendu.', 'company'), []);
  });
  it('the partner a deal noun or a partnering verb names ("un partenariat avec Talvik", "teamed up with oil giant Ostrel"), and both companies of a joint subject', () => {
    assert.deepEqual(names('La licorne a noué un partenariat stratégique avec Talvik, axé sur la défense.', 'company'), ['Talvik']);
    assert.deepEqual(names('The startup teamed up with oil giant Ostrel to build a data centre.', 'company'), ['Ostrel']);
    assert.deepEqual(names('It signed a supply agreement with Talvik and Brenmoor Grid last year.', 'company'), ['Talvik', 'Brenmoor Grid']);
    assert.deepEqual(names('Quorvane et Talvik ont signé un accord.', 'company'), ['Quorvane', 'Talvik']);
    assert.deepEqual(names('Intel is in talks over a deal with Talvik Global Management.', 'company').includes('Talvik Global Management'), true);
  });
  it('a company described by its trade before its name: "US utility Talvik", "Barbie distributor Ostrel", "CoreWeave-backer Quorvane", "le géant taïwanais Brenmoor", "l\'énergéticien Talvik"', () => {
    assert.deepEqual(names('Earlier this month, US utility Talvik expanded its partnership.', 'company'), ['Talvik']);
    assert.deepEqual(names('To create the app, Barbie distributor Ostrel tapped its API.', 'company'), ['Ostrel']);
    assert.deepEqual(names('The round included $700 million, with CoreWeave-backer Quorvane also in talks to invest.', 'company'), ['CoreWeave', 'Quorvane']);
    assert.deepEqual(names('Le géant taïwanais Brenmoor vise 2026. L\'énergéticien Talvik signe.', 'company'), ['Brenmoor', 'Talvik']);
    assert.deepEqual(names('Ride-hailing platform Ostrel invested. The Ostrel Cloud platform Brenmoor Studio launched.', 'company').includes('Brenmoor Studio'), false);
  });
  it('a name that is a sentence\'s subject before a verb and is written with its capital inside a sentence too: "Talvik recently raised … investors in Talvik", "Ostrel perd 23 % … les analystes d\'Ostrel"', () => {
    assert.deepEqual(names('Talvik recently raised $40 million. The investors in Talvik include many funds.', 'company'), ['Talvik', 'Talvik']);
    assert.deepEqual(names('Brenmoor Grid is preparing to expand its portfolio. It sees a stake in Brenmoor Grid as a start.', 'company'), ['Brenmoor Grid', 'Brenmoor Grid']);
    assert.deepEqual(names('Ostrel perd 23 % jeudi matin. Les analystes d\'Ostrel attendaient des perspectives plus robustes pour la société.', 'company'), ['Ostrel', 'Ostrel']);
  });
  it('no subject from a copula, a person\'s surname, speech, a project or a name that only opens sentences', () => {
    assert.deepEqual(names('Condor Galaxy is the first stage. Cerebras builds Condor Galaxy in stages.', 'company'), ['Cerebras']);
    assert.deepEqual(names('The firm was founded by expert Jim Keller. Keller emphasised open source. Keller said it was tough.', 'company'), []);
    assert.deepEqual(names('Project Astra is a universal assistant. Astra can remember your requests, unlike Astra before.', 'company'), []);
    assert.deepEqual(names('Financially expects nothing. However rises. Memory segment is projected to grow, driven by Memory.', 'company'), []);
  });
  it('a company named by an officer\'s role ("le patron de Talvik", "Ostrel CEO Jane Doe") or by a country\'s possessive ("Germany\'s Brenmoor")', () => {
    assert.deepEqual(names('Bernard Arnault, le patron de Talvik, a investi via sa société.', 'company'), ['Talvik']);
    assert.deepEqual(names('The firm was co-founded by Ostrel CEO Daniel Ek.', 'company'), ['Ostrel']);
    assert.deepEqual(names('Italy\'s Quorvane and Germany\'s Brenmoor have announced a partnership.', 'company'), ['Quorvane', 'Brenmoor']);
    assert.deepEqual(names('Saudi Arabia\'s Public Investment Fund invested.', 'company'), ['Public Investment Fund']);
  });
  it('no company from a role over a description, a place\'s product, event or law: "CEO of AI-detection company …", "China\'s Jiuzhang 4.0", "the EU\'s AI Act"', () => {
    assert.deepEqual(names('said the CEO of AI-detection company Talvik.', 'company'), ['Talvik']);
    assert.deepEqual(names('China\'s Jiuzhang 4.0 milestone. It was announced at Saudi Arabia\'s LEAP 2025 event.', 'company'), []);
    assert.deepEqual(names('It helps companies meet the EU\'s AI Act.The code is voluntary. France\'s Emmanuel Macron spoke.', 'company'), []);
    assert.deepEqual(names('It needs the approval of Australia\'s Foreign Investment Review Board.', 'company'), []);
  });
  it('a short name the rules read in a note about a known company is that company ("Bloom" of Bloom Energy, "Cipher" of Cipher Mining)', () => {
    const text = 'Bloom Energy a signé un contrat. Bloom fournira des piles à combustible à Oracle. Le contrat de Bloom court sur dix ans.';
    assert.deepEqual(names(text, 'company').filter((n) => /Bloom/.test(n)), ['Bloom Energy', 'Bloom Energy', 'Bloom Energy']);
    assert.deepEqual(names('Cipher Mining signed a lease. Cipher recently raised $1 billion. Investors in Cipher include Talvik.', 'company').filter((n) => /Cipher/.test(n)), ['Cipher Mining', 'Cipher Mining', 'Cipher Mining']);
  });
  it('every item of a list after a plural company noun ("oil and gas firms Talvik Energy and Ostrel Industries"), past a legal form ("giants Quorvane, Inc. and Brenmoor Stanley")', () => {
    assert.deepEqual(names('The company, supported by oil and gas firms Talvik Energy and Ostrel Industries, has begun.', 'company'), ['Talvik Energy', 'Ostrel Industries']);
    assert.deepEqual(names('Les start-up Talvik, Ostrel et Brenmoor ont levé des fonds.', 'company'), ['Talvik', 'Ostrel', 'Brenmoor']);
    assert.deepEqual(names('It came alongside financial giants Quorvane, Inc. and Brenmoor Stanley.', 'company'), ['Quorvane', 'Brenmoor Stanley']);
    // A list's last item before a question mark: "Quel point commun entre Orange, Atos, A et B ?".
    assert.deepEqual(names('Quel point commun entre Orange, Atos, Talvik et Brenmoor ? Tout.', 'company'), ['Orange', 'Atos', 'Talvik', 'Brenmoor']);
    // A singular noun names one company: "the company Talvik and Ostrel's chief" says nothing of Ostrel.
    assert.deepEqual(names('We met the company Talvik and Ostrel at dinner.', 'company'), ['Talvik']);
  });
  it('no partner from a place, a description or a public agency: "with Santa Clara, Calif.-based …", "with Small Modular Reactor (SMR) firm …", "avec France Travail", "avec ST"', () => {
    assert.deepEqual(names('Switch announced the deal with Santa Clara, Calif.-based Talvik today.', 'company').includes('Calif'), false);
    assert.deepEqual(names('It has signed a pre-agreement with Small Modular Reactor (SMR) firm Talvik.', 'company').some((n) => /Modular/.test(n)), false);
    assert.deepEqual(names('La licorne avait annoncé un partenariat avec France Travail le 4 février.', 'company'), []);
    assert.deepEqual(names('En partenariat avec ST à Crolles, nous étendons le site.', 'company'), []);
    assert.deepEqual(names('He signed a deal with Donald Trump. The deal with France was signed.', 'company'), []);
  });
  it('people in such a list are not companies, and a verb opens a list only after a plural noun', () => {
    assert.deepEqual(names('Its investors include Bill Gates and Talvik.', 'company'), ['Talvik']);
    // A first name then a firm's word is a firm ("Felix Capital"), not a person.
    assert.deepEqual(names('Its investors include Felix Capital and Talvik.', 'company'), ['Felix Capital', 'Talvik']);
    assert.deepEqual(names('Its customer base includes Talvik and Ostrel.', 'company'), []);
    assert.deepEqual(names('Its customers include Talvik and Ostrel.', 'company'), ['Talvik', 'Ostrel']);
  });
});

describe('recognize: where a list of companies ends', () => {
  it('two items in a row that are no name end the list', () => {
    assert.deepEqual(names('Its investors include Talvik, said one source, citing filings, on Monday, Ostrel Dynamics and more.', 'company'), ['Talvik']);
    assert.deepEqual(names('Ses investisseurs comprennent Talvik, a16z, Sequoia Capital et Ostrel.', 'company'), ['Talvik', 'Andreessen Horowitz', 'Sequoia Capital', 'Ostrel']);
  });
});

describe('a one-letter company name', () => {
  it('"la start-up H a levé … auprès d\'Amazon" is H Company; "l\'heure H", "la bombe H", "H100" are not', () => {
    const core = createCore();
    const names = (text: string) => core.analyze({ uri: 'n.md', text }).mentions.filter((m) => m.kind === 'company').map((m) => m.canonical);
    assert.deepEqual(names('La start-up H a levé 220 millions d’euros auprès d’Amazon.'), ['H Company', 'Amazon']);
    assert.deepEqual(names('À l’heure H, Amazon a signé. La bombe H inquiète Amazon.'), ['Amazon', 'Amazon']);
    assert.deepEqual(names('Nvidia ships H100 chips to Amazon.'), ['Nvidia', 'Amazon']);
  });
});

describe('recognize: adverbs and places that look like names', () => {
  it('"Together, A and B …" opens with the adverb, not with Together AI; "Together AI raised" and "Humain, la société …" stay names', () => {
    assert.deepEqual(names('Capgemini bought WNS. Together, Capgemini and Nvidia are projected to grow.', 'company'), ['Capgemini', 'WNS', 'Capgemini', 'Nvidia']);
    assert.ok(names('Together AI raised $300 million from Nvidia.', 'company').includes('Together AI'));
    assert.ok(names('Qualcomm signe avec Nvidia. Humain, la société saoudienne, commande des puces à Nvidia.', 'company').includes('Humain'));
  });
  it('"early Spotify investor Shakil Khan" names a person (a first name the lexicon knows), not a company', () => {
    assert.deepEqual(names('Helsing raised money from Prima Materia, the investment firm co-founded by early Spotify investor Shakil Khan.', 'company'), ['Helsing', 'Prima Materia', 'Spotify']);
  });
  it('"a stake in the Devens, Massachusetts-based company": the town before "-based" is no company', () => {
    assert.deepEqual(names('Google raised its stake in the Devens, Massachusetts-based company.', 'company'), ['Google']);
    assert.ok(names('Google raised its stake in Corvalon, a Boston-based company.', 'company').includes('Corvalon'));
  });
});

describe('recognize: a two-word name written as one word', () => {
  it('finds "SakanaAI" and "MistralAI" as Sakana AI and Mistral AI', () => {
    assert.deepEqual(names('SakanaAI vient de boucler un tour ; MistralAI aussi.', 'company'), ['Sakana AI', 'Mistral AI']);
  });
});
