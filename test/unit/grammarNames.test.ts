import { strict as assert } from 'node:assert';
import { GrammarCoverage, matcherNames } from '../../src/core/highlight/grammarNames';
import { toEntities } from '../../src/core/lexicon/lexicon';

const entities = [
  ...toEntities('company', [
    { id: 'openai', name: 'OpenAI', aliases: ['Open AI'] },
    { id: 'arm', name: 'Arm', ambiguousAliases: ['Arm'] },
  ], 'builtin'),
  ...toEntities('chip', [
    { id: 'tpu', name: 'TPU' },
    { id: 'grace', name: 'Grace', aliases: ['Grace CPU'], ambiguousAliases: ['Grace'] },
  ], 'builtin'),
];

describe('grammar names', () => {
  it('lists each alias as written and in capitals, marking the ambiguous ones', () => {
    const names = matcherNames(entities).map((n) => `${n.text}${n.ambiguous ? '?' : ''}`);
    assert.deepEqual(names, ['OpenAI', 'OPENAI', 'Open AI', 'OPEN AI', 'Arm?', 'ARM?', 'TPU', 'Grace?', 'GRACE?', 'Grace CPU', 'GRACE CPU']);
  });

  it('knows which mentions the grammar colours by itself', () => {
    const coverage = new GrammarCoverage(entities);
    assert.equal(coverage.covers({ kind: 'company', text: 'OPENAI' }), true);
    assert.equal(coverage.covers({ kind: 'company', text: 'Open\u00a0AI' }), true, 'folded spaces');
    assert.equal(coverage.covers({ kind: 'chip', text: 'TPUs' }), true, 'chip plural');
    assert.equal(coverage.covers({ kind: 'chip', text: 'Grace CPU' }), true);
    assert.equal(coverage.covers({ kind: 'chip', text: 'Grace' }), false, 'ambiguous alias');
    assert.equal(coverage.covers({ kind: 'company', text: 'Arm' }), false, 'ambiguous alias');
    assert.equal(coverage.covers({ kind: 'company', text: 'Quantaflux', confidence: 0.9 }), false, 'inferred');
    assert.equal(coverage.covers({ kind: 'company', text: 'TPU' }), false, 'a user made it a company: wrong colour in the grammar');
    assert.equal(coverage.covers({ kind: 'money', text: '$5bn' }), true);
  });
});
