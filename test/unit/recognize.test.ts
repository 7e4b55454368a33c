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
});

describe('recognize: companies from context', () => {
  it('recognises a start-up named by an apposition, everywhere in the note', () => {
    const ms = mentions('La start-up française Quantaflux a signé avec Orange. Quantaflux vise 2026.', 'company');
    const q = ms.filter((m) => m.canonical === 'Quantaflux');
    assert.equal(q.length, 2);
    assert.ok(q.every((m) => (m.confidence ?? 1) < 1));
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
    assert.deepEqual(names('Some shareholders, including Two Seas Capital, opposed the transaction.', 'company'), []);
    assert.deepEqual(names('Le groupe de Veldhoven a signé. Safe Superintelligence, la société d’Ilya Sutskever, a levé des fonds.', 'company'), ['Safe Superintelligence']);
    assert.deepEqual(names('NVIDIA Grace CPU chips.', 'chip'), ['Grace']);
    assert.deepEqual(names('Nvidia sells them, as it does with its Arm-based Grace chips.', 'chip'), ['Grace']);
    assert.deepEqual(names('Etched bets everything on a single transformer ASIC called Sohu.', 'chip'), ['Sohu']);
  });
  it('recognises a company bought after a description, not a seller after "from"', () => {
    assert.deepEqual(names('AMD agreed to buy server builder ZT Systems.', 'company'), ['AMD', 'ZT Systems']);
    assert.deepEqual(names('OpenAI will buy racks from Velquor for $3 billion.', 'company'), ['OpenAI']);
  });
  it('leaves the legal form out of a name', () => {
    assert.deepEqual(names('Lumora Robotics Inc, a startup, raised funds.', 'company'), ['Lumora Robotics']);
  });
  it('keeps the words that end company names', () => {
    assert.deepEqual(names('La start-up Quantaflux AI a signé. Nova Compute Labs announced a round.', 'company'), ['Quantaflux AI', 'Nova Compute Labs']);
  });
  it('does not take people, places, months or sentence-initial words', () => {
    assert.deepEqual(names('Sam Altman a signé. Jensen Huang announced. Septembre a annoncé la couleur. La France a signé.', 'company'), []);
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
});
