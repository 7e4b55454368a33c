import { strict as assert } from 'node:assert';
import { NameMatcher, aliasForms } from '../../src/core/lexicon/matcher';
import { Lexicon, toEntities } from '../../src/core/lexicon/lexicon';
import type { Entity } from '../../src/core/types';

const entities: Entity[] = [
  ...toEntities('company', [
    { id: 'meta', name: 'Meta', aliases: ['Meta Platforms', 'Facebook'] },
    { id: 'openai', name: 'OpenAI' },
    { id: 'amazon', name: 'Amazon', aliases: ['Amazon Web Services', 'AWS'] },
    { id: 'arm', name: 'Arm', ambiguousAliases: ['Arm'] },
  ], 'builtin'),
  ...toEntities('chip', [
    { id: 'tpu', name: 'TPU', vendor: 'Google' },
    { id: 'vera-rubin', name: 'Vera Rubin', vendor: 'Nvidia' },
    { id: 'rubin', name: 'Rubin', vendor: 'Nvidia' },
    { id: 'spectrum-x', name: 'Spectrum-X', vendor: 'Nvidia' },
  ], 'builtin'),
];
const matcher = new NameMatcher(entities);
const found = (text: string) => matcher.find(text).map((m) => [text.slice(m.start, m.end), m.entity.name]);

describe('lexicon: name matcher', () => {
  it('finds names after French elision and before possessives', () => {
    assert.deepEqual(found('l’accord d’OpenAI et d\'OpenAI, OpenAI’s deal'), [
      ['OpenAI', 'OpenAI'], ['OpenAI', 'OpenAI'], ['OpenAI', 'OpenAI'],
    ]);
  });
  it('never finds a name inside a word, with or without accents', () => {
    assert.deepEqual(found('les métaux, metadata, Metadata, Metaverse, méta'), []);
  });
  it('is case-sensitive but accepts the all-capitals form', () => {
    assert.deepEqual(found('meta META Meta'), [['META', 'Meta'], ['Meta', 'Meta']]);
  });
  it('prefers the longest alias and maps aliases to the canonical name', () => {
    assert.deepEqual(found('Amazon Web Services (AWS) and the Vera Rubin platform, then Rubin'), [
      ['Amazon Web Services', 'Amazon'], ['AWS', 'Amazon'], ['Vera Rubin', 'Vera Rubin'], ['Rubin', 'Rubin'],
    ]);
  });
  it('folds typographic hyphens and no-break spaces inside names', () => {
    assert.deepEqual(found('Spectrum\u2011X and Vera\u00a0Rubin'), [['Spectrum\u2011X', 'Spectrum-X'], ['Vera\u00a0Rubin', 'Vera Rubin']]);
  });
  it('accepts chip plurals', () => {
    assert.deepEqual(found('des TPUs et des TPU'), [['TPUs', 'TPU'], ['TPU', 'TPU']]);
  });
  it('marks ambiguous aliases', () => {
    assert.equal(matcher.find('Arm')[0]!.ambiguous, true);
  });
  it('lets a user entry override a built-in one with the same alias', () => {
    const lex = new Lexicon(entities).withUserEntities(toEntities('company', [{ id: 'meta', name: 'Meta Platforms Inc.', aliases: ['Meta'] }], 'user'));
    const m = new NameMatcher(lex.entities).find('Meta signs');
    assert.equal(m[0]!.entity.name, 'Meta Platforms Inc.');
    assert.equal(lex.find('meta platforms inc.')?.source, 'user');
  });
});

describe('name matcher: the spellings outlets use', () => {
  it('finds a one-word name with inner capitals written with them lowered ("Deepseek", "Softbank"), not other names', () => {
    assert.deepEqual(aliasForms('DeepSeek'), ['DeepSeek', 'DEEPSEEK', 'Deepseek']);
    assert.deepEqual(aliasForms('OpenAI'), ['OpenAI', 'OPENAI'], 'an acronym inside is not lowered');
    assert.deepEqual(aliasForms('Mistral AI'), ['Mistral AI', 'MISTRAL AI']);
    const m = new NameMatcher(toEntities('company', [{ id: 'deepseek', name: 'DeepSeek' }], 'builtin'));
    assert.deepEqual(m.find('La startup chinoise Deepseek, ou DeepSeek, pas deepseek.').map((x) => x.start), [20, 33]);
  });
});
