import { strict as assert } from 'node:assert';
import { isOutlet, toEntities, withNumberVariants } from '../../src/core/lexicon/lexicon';

describe('lexicon: derived spellings and kinds', () => {
  it('adds the other number of a company name’s last word, never a spelling another entity has', () => {
    const entities = withNumberVariants([
      ...toEntities('company', [{ name: 'Quill Ventures' }, { name: 'Orbit Labs' }, { name: 'Orbit Lab', aliases: [] }, { name: 'Nova' }], 'builtin'),
      ...toEntities('chip', [{ name: 'Tensor Labs' }], 'builtin'),
    ]);
    const aliases = Object.fromEntries(entities.map((e) => [e.name, e.aliases]));
    assert.deepEqual(aliases, { 'Quill Ventures': ['Quill Venture'], 'Orbit Labs': [], 'Orbit Lab': [], Nova: [], 'Tensor Labs': [] });
  });
  it('takes media companies, and only them, for outlets', () => {
    const [paper, lab, platform] = toEntities('company', [{ name: 'Daily Ledger', category: 'media' }, { name: 'Quill', category: 'ai-lab' }, { name: 'Chirp', category: 'platform' }], 'builtin');
    assert.deepEqual([isOutlet(paper!), isOutlet(lab!), isOutlet(platform!)], [true, false, false]);
  });
});
