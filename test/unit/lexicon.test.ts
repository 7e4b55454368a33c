import { strict as assert } from 'node:assert';
import { isOutlet, toEntities, withSpellingVariants } from '../../src/core/lexicon/lexicon';

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
