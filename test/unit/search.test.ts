import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { WorkspaceSearch, type SearchHit } from '../../src/core/search/searchIndex';
import { foldForSearch, queryTokens } from '../../src/core/search/fold';
import { trimText } from '../../src/core/search/items';
import { WordIndex } from '../../src/core/search/wordIndex';
import { syntheticNotes } from '../support/syntheticNotes';

const core = createCore();

function indexOf(notes: Record<string, string>): NoteIndex {
  const index = new NoteIndex(core.recognizer);
  for (const [name, text] of Object.entries(notes)) index.upsert({ uri: `file:///notes/${name}`, text });
  return index;
}

const NVIDIA_EN = [
  '# Nvidia to invest up to $100 billion in OpenAI',
  '',
  'Nvidia will invest up to $100 billion in OpenAI to build at least 10 gigawatts of AI data centres, the companies said on September 22, 2025.',
  'The first gigawatt will run on the Vera Rubin platform.',
].join('\n');
const NVIDIA_FR = [
  '# Nvidia va investir jusqu’à 100 milliards de dollars dans OpenAI',
  '',
  'Nvidia va investir jusqu’à 100 milliards de dollars dans OpenAI, selon un communiqué du 22 septembre 2025.',
].join('\n');
const AMD = [
  '# AMD and OpenAI',
  '',
  'OpenAI signed a deal with AMD to deploy 6 gigawatts of MI450 GPUs starting in 2026.',
].join('\n');
const SOCGEN = [
  '# Société Générale finance un centre de données à Marseille',
  '',
  'La banque apporte 300 millions d’euros au projet.',
].join('\n');

const kinds = (hits: SearchHit[]) => hits.map((h) => h.item.kind);

describe('search: folding and query words', () => {
  it('folds case, accents and ligatures', () => {
    assert.equal(foldForSearch('Société Générale'), 'societe generale');
    assert.equal(foldForSearch('Œuvre  d’ÉTAT'), "oeuvre d'etat");
  });
  it('splits a query into folded words, dropping one-letter ones when longer ones exist', () => {
    assert.deepEqual(queryTokens('Nvdia  OPNAI'), ['nvdia', 'opnai']);
    assert.deepEqual(queryTokens('a nvidia'), ['nvidia']);
    assert.deepEqual(queryTokens('x'), ['x']);
    assert.deepEqual(queryTokens('   '), []);
  });
  it('trims long sentences at a word boundary', () => {
    const long = 'word '.repeat(100);
    const t = trimText(long, 50);
    assert.ok(t.length <= 50);
    assert.ok(t.endsWith('…'));
  });
});

describe('search: word index', () => {
  it('finds words with a typo, a missing letter, a prefix', () => {
    const w = new WordIndex();
    w.add(1, ['nvidia', 'openai']);
    w.add(2, ['amd', 'openai']);
    assert.deepEqual(w.candidates(['nvdia', 'opnai'], 10), [1]);
    assert.deepEqual(w.candidates(['opena'], 10).sort(), [1, 2]);
    assert.deepEqual(w.candidates(['zzz'], 10), []);
  });
  it('forgets removed items and their words', () => {
    const w = new WordIndex();
    w.add(1, ['nvidia']);
    w.add(2, ['nvidia', 'intel']);
    w.remove(2);
    assert.deepEqual(w.candidates(['intel'], 10), []);
    assert.deepEqual(w.candidates(['nvidia'], 10), [1]);
    assert.equal(w.vocabularySize, 1);
  });
});

describe('search: workspace', () => {
  const index = indexOf({ 'nvidia-openai.md': NVIDIA_EN, 'nvidia-openai-fr.txt': NVIDIA_FR, 'amd.md': AMD, 'socgen.md': SOCGEN });
  const search = new WorkspaceSearch(index);

  it('"nvdia opnai" finds the Nvidia–OpenAI deal first', () => {
    const hits = search.search('nvdia opnai');
    assert.ok(hits.length > 0);
    const first = hits[0]!;
    assert.equal(first.item.kind, 'deal');
    assert.match(first.item.label, /^Nvidia – OpenAI/);
    // Enter goes to a source sentence of the deal.
    const note = index.get(first.item.uri)!;
    assert.match(note.text.slice(first.item.start, first.item.end), /Nvidia .*OpenAI/);
  });

  it('is an AND of the query words: the AMD deal does not match "nvdia opnai"', () => {
    assert.ok(!search.search('nvdia opnai').some((h) => h.item.label.startsWith('AMD')));
    assert.ok(search.search('amd opnai').some((h) => h.item.kind === 'deal' && /AMD/.test(h.item.label)));
  });

  it('ignores accents both ways', () => {
    const hits = search.search('societe generale');
    assert.equal(hits[0]?.item.label, 'Société Générale'); // the entity
    assert.ok(hits.some((h) => h.item.kind === 'note' && /^Société Générale finance/.test(h.item.label)));
    assert.ok(search.search('Sociéte GÉNÉRALE marseile').some((h) => /Société Générale/.test(h.item.label)));
  });

  it('marks every result with its type: deal, entity, note or sentence', () => {
    const hits = search.search('nvidia');
    const seen = new Set(kinds(hits));
    for (const k of ['deal', 'entity', 'note', 'sentence'] as const) assert.ok(seen.has(k), `no ${k} result for "nvidia"`);
    const entity = hits.find((h) => h.item.kind === 'entity')!;
    assert.equal(entity.item.label, 'Nvidia');
    assert.equal(index.get(entity.item.uri)!.text.slice(entity.item.start, entity.item.end), 'Nvidia');
  });

  it('caps the results', () => {
    assert.ok(search.search('nvidia').length > 3);
    assert.equal(search.search('nvidia', 3).length, 3);
    const capped = new WorkspaceSearch(index, { maxResults: 2 });
    assert.equal(capped.search('nvidia').length, 2);
  });

  it('keeps sentences short and never indexes a whole body', () => {
    // Long, but within the bound on sentence length (MAX_SENTENCE_CHARS), so it stays one sentence.
    const longSentence = `Nvidia ${'and its partners '.repeat(50)}signed with OpenAI.`;
    const idx = indexOf({ 'long.md': `# Long\n\n${longSentence}\n` });
    const s = new WorkspaceSearch(idx, { sentenceChars: 120 });
    const hit = s.search('nvidia partners').find((h) => h.item.kind === 'sentence');
    assert.ok(hit);
    assert.ok(hit.item.label.length <= 120);
    // The range still covers the whole sentence in the note.
    assert.equal(hit.item.end - hit.item.start, longSentence.length);
  });

  it('returns nothing for an empty or hopeless query', () => {
    assert.deepEqual(search.search(''), []);
    assert.deepEqual(search.search('qqqqzzzz'), []);
  });
});

describe('search: incremental updates', () => {
  it('adds, changes and removes a note', () => {
    const index = indexOf({ 'amd.md': AMD });
    const search = new WorkspaceSearch(index);
    const sub = index.onDidChange((e) => search.invalidate(e.uris));
    assert.equal(search.search('nvdia opnai').length, 0);

    index.upsert({ uri: 'file:///notes/nvidia.md', text: NVIDIA_EN });
    assert.equal(search.pending, 2); // the note, then the deals and entities
    assert.equal(search.search('nvdia opnai')[0]?.item.kind, 'deal');

    index.upsert({ uri: 'file:///notes/nvidia.md', text: '# Nothing here\n\nNo deal today.\n' });
    assert.ok(!search.search('nvdia opnai').some((h) => h.item.kind === 'deal'));
    assert.equal(search.search('nothing here')[0]?.item.kind, 'note');

    index.remove('file:///notes/nvidia.md');
    assert.deepEqual(search.search('nothing here'), []);
    assert.ok(search.search('amd opnai').length > 0);
    sub.dispose();
  });

  it('applies a large change in slices with flush(budget)', () => {
    const index = new NoteIndex(core.recognizer);
    const search = new WorkspaceSearch(index);
    index.batch(() => {
      for (const d of syntheticNotes(50)) index.upsert(d);
    });
    search.invalidate([]);
    let left = search.flush(10);
    let rounds = 1;
    while (left > 0) {
      left = search.flush(10);
      rounds++;
    }
    assert.equal(rounds, 5);
    assert.ok(search.size > 50);
  });
});

describe('search: 10,000 notes', function () {
  this.timeout(120_000);
  it('indexes 10,000 synthetic notes and answers with a capped, relevant list', () => {
    const index = new NoteIndex(core.recognizer);
    const docs = syntheticNotes(10_000);
    index.batch(() => {
      for (const d of docs) index.upsert(d);
    });
    const search = new WorkspaceSearch(index, { maxResults: 30 });
    const hits = search.search('nvdia opnai');
    assert.equal(hits.length, 30);
    assert.equal(hits[0]!.item.kind, 'deal');
    assert.match(hits[0]!.item.label, /^Nvidia – OpenAI|^OpenAI – Nvidia/);
    // Every item is short.
    for (const h of search.search('blackwel')) assert.ok(h.item.label.length <= 200);
    const note = search.search('note 4242');
    assert.ok(note.some((h) => h.item.kind === 'note' && h.item.uri.endsWith('note-04242.md')), 'a title is found among 10,000');
  });
});
