import { strict as assert } from 'node:assert';
import { isOutlet, toEntities, withSpellingVariants } from '../../src/core/lexicon/lexicon';
import { createCore } from '../../src/core/createCore';
import { builtinLexicon } from '../../src/core/lexicon/builtin';

describe('lexicon: derived spellings and kinds', () => {
  it('adds the other number of a company name’s last word and a two-word "… AI" or "… Labs" glued, never a spelling another entity has', () => {
    const entities = withSpellingVariants([
      ...toEntities('company', [{ name: 'Quill Ventures' }, { name: 'Orbit Labs' }, { name: 'Orbit Lab', aliases: [] }, { name: 'Nova' }, { name: 'Koi AI' }, { name: 'Sakura AI' }, { name: 'SakuraAI' }], 'builtin'),
      ...toEntities('chip', [{ name: 'Tensor Labs' }], 'builtin'),
    ]);
    const aliases = Object.fromEntries(entities.map((e) => [e.name, e.aliases]));
    assert.deepEqual(aliases, { 'Quill Ventures': ['Quill Venture'], 'Orbit Labs': ['OrbitLabs'], 'Orbit Lab': [], Nova: [], 'Koi AI': ['KoiAI'], 'Sakura AI': [], SakuraAI: [], 'Tensor Labs': [] });
  });
  it('takes media companies, and only them, for outlets', () => {
    const [paper, lab, platform] = toEntities('company', [{ name: 'Daily Ledger', category: 'media' }, { name: 'Quill', category: 'ai-lab' }, { name: 'Chirp', category: 'platform' }], 'builtin');
    assert.deepEqual([isOutlet(paper!), isOutlet(lab!), isOutlet(platform!)], [true, false, false]);
  });
});

describe('lexicon: the built-in companies of AI-industry deals', () => {
  // Sentences written for these tests; each names firms the lexicon knows since issue #10's additions.
  const core = createCore();
  const companies = (text: string) => core.analyze({ uri: 'n.md', text }).mentions.filter((m) => m.kind === 'company').map((m) => m.canonical);

  it('knows investors, pension funds and export agencies by name, and a group’s brokerage apart from the group', () => {
    assert.deepEqual(
      companies('Samsung Securities and Baillie Gifford put money into Tenstorrent, beside Export Development Canada and the Healthcare of Ontario Pension Plan.'),
      ['Samsung Securities', 'Baillie Gifford', 'Tenstorrent', 'Export Development Canada', 'Healthcare of Ontario Pension Plan'],
    );
  });

  it('knows design platforms and AI start-ups worldwide, and Habana Labs apart from its owner', () => {
    assert.deepEqual(companies('Figma, Picsart and VSCO license models from Black Forest Labs through fal.ai.'), ['Figma', 'Picsart', 'VSCO', 'Black Forest Labs', 'fal.ai']);
    assert.deepEqual(companies('Intel bought Habana Labs in 2019; Hailo and NeuReality design inference chips in Israel.'), ['Intel', 'Habana Labs', 'Hailo', 'NeuReality']);
  });

  it('folds a corporate venture arm into its parent, as the annotation does with Intel Capital', () => {
    assert.deepEqual(companies('Samsung Next and Cisco Investments joined the round led by Lunate.'), ['Samsung', 'Cisco', 'Lunate']);
  });

  it('takes a word-like name for a company only where the sentence is about business', () => {
    assert.deepEqual(companies('Dust, Giskard and Nabla raised money from Bpifrance.'), ['Dust', 'Giskard', 'Nabla', 'Bpifrance']);
    assert.deepEqual(companies('Dust settled on the old servers in the basement.'), []);
  });

  it('knows news agencies and research firms as outlets, never counted as companies', () => {
    for (const name of ['Yonhap News Agency', 'Jiji Press', 'DatacenterDynamics', 'Omdia']) {
      const entity = builtinLexicon().find(name);
      assert.ok(entity && isOutlet(entity), `${name} should be a known outlet`);
    }
    assert.deepEqual(companies('Yonhap and Jiji Press reported that SoftBank signed with OpenAI.'), ['SoftBank', 'OpenAI']);
  });
});
