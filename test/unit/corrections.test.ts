import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import type { Deal } from '../../src/core/types';
import { addCorrectionEdit, applyCorrections, parseCorrections, removeCorrectionEdit, sentenceSimilarity, sourceRef, type Correction } from '../../src/core/user/corrections';
import { applyEdit } from '../../src/core/user/jsonText';

const core = createCore();
const NOTES = {
  'a.md': 'Nvidia will invest up to $100 billion in OpenAI.\n\nAMD will supply OpenAI with 6 gigawatts of MI450 GPUs.',
  'b.md': "Nvidia investira jusqu'à 100 milliards de dollars dans OpenAI.",
  'c.md': 'Microsoft signed a $10 billion cloud contract with OpenAI.',
};
const scan = (notes: Record<string, string> = NOTES): Deal[] => core.scan(Object.entries(notes).map(([uri, text]) => ({ uri, text }))).deals;
const sentence = (deals: Deal[], parties: string, note: string) => {
  const d = deals.find((x) => x.parties.join('+') === parties)!;
  return sourceRef(d.sources.find((s) => s.uri === note)!, note);
};
const pairs = (deals: Deal[]) => deals.map((d) => d.parties.join('+')).sort();

describe('corrections: applying', () => {
  const deals = scan();

  it('the notes give three deals, one reported twice', () => {
    assert.deepEqual(pairs(deals), ['AMD+OpenAI', 'Microsoft+OpenAI', 'Nvidia+OpenAI']);
    assert.equal(deals.find((d) => d.parties[0] === 'Nvidia')!.sources.length, 2);
  });

  it('hides a deal by one of its sources', () => {
    const out = applyCorrections(deals, [{ action: 'hide', source: sentence(deals, 'AMD+OpenAI', 'a.md') }]);
    assert.deepEqual(pairs(out), ['Microsoft+OpenAI', 'Nvidia+OpenAI']);
    assert.equal(deals.length, 3, 'the input is not changed');
  });

  it('survives small edits of the sentence: spacing, punctuation, case, a changed word', () => {
    const ref = { note: 'a.md', sentence: 'AMD will  supply OpenAI with 6 gigawatts of MI450 GPUs!' };
    assert.equal(applyCorrections(deals, [{ action: 'hide', source: ref }]).length, 2);
    const edited = scan({ ...NOTES, 'a.md': NOTES['a.md'].replace('AMD will supply', 'AMD is to supply') });
    assert.equal(applyCorrections(edited, [{ action: 'hide', source: sentence(deals, 'AMD+OpenAI', 'a.md') }]).length, 2);
    assert.ok(sentenceSimilarity('AMD will supply OpenAI with 6 GW', 'Totally different words here now') < 0.5);
  });

  it('does not match the same sentence in another note, and reports what it cannot match', () => {
    const unmatched: Correction[] = [];
    const c: Correction = { action: 'hide', source: { note: 'c.md', sentence: 'AMD will supply OpenAI with 6 gigawatts of MI450 GPUs.' } };
    assert.equal(applyCorrections(deals, [c], { unmatched: (x) => unmatched.push(x) }).length, 3);
    assert.deepEqual(unmatched, [c]);
  });

  it('sets a value and marks the deal corrected', () => {
    const out = applyCorrections(deals, [{ action: 'setValue', source: sentence(deals, 'AMD+OpenAI', 'a.md'), value: { amount: 90e9, currency: 'USD', text: '$90B' } }]);
    const amd = out.find((d) => d.parties[0] === 'AMD')!;
    assert.equal(amd.value?.usd, 90e9);
    assert.deepEqual(amd.corrected, ['value']);
    assert.equal(deals.find((d) => d.parties[0] === 'AMD')!.corrected, undefined);
  });

  it('converts a corrected value in euros to dollars', () => {
    const out = applyCorrections(deals, [{ action: 'setValue', source: sentence(deals, 'AMD+OpenAI', 'a.md'), value: { amount: 1e9, currency: 'EUR' } }]);
    assert.ok((out.find((d) => d.parties[0] === 'AMD')!.value?.usd ?? 0) > 1e9);
  });

  it('sets the parties', () => {
    const out = applyCorrections(deals, [{ action: 'setParties', source: sentence(deals, 'Microsoft+OpenAI', 'c.md'), parties: ['Microsoft Azure', 'OpenAI'] }]);
    const d = out.find((x) => x.corrected?.includes('parties'))!;
    assert.deepEqual(d.parties, ['Microsoft Azure', 'OpenAI']);
  });

  it('merges two deals: sources, chips and value together, one deal fewer', () => {
    const out = applyCorrections(deals, [{ action: 'merge', source: sentence(deals, 'Microsoft+OpenAI', 'c.md'), with: sentence(deals, 'AMD+OpenAI', 'a.md') }]);
    assert.equal(out.length, 2);
    const m = out.find((d) => d.corrected?.includes('merged'))!;
    assert.equal(m.sources.length, 2);
    assert.deepEqual(m.parties, ['Microsoft', 'OpenAI', 'AMD']);
    assert.deepEqual(m.chips, ['MI450']);
    assert.equal(m.value?.usd, 10e9);
  });

  it('splits a source out of a deal into a deal of its own with a stable id', () => {
    const c: Correction = { action: 'split', source: sentence(deals, 'Nvidia+OpenAI', 'b.md') };
    const out = applyCorrections(deals, [c]);
    assert.equal(out.length, 4);
    const parts = out.filter((d) => d.corrected?.includes('split'));
    assert.equal(parts.length, 2);
    assert.deepEqual(parts.map((p) => p.sources.map((s) => s.uri)), [['a.md'], ['b.md']]);
    assert.equal(applyCorrections(deals, [c]).find((d) => d.sources[0]!.uri === 'b.md')!.id, parts[1]!.id);
    assert.notEqual(parts[0]!.id, parts[1]!.id);
    // A deal with one source has nothing to split from.
    assert.equal(applyCorrections(deals, [{ action: 'split', source: sentence(deals, 'AMD+OpenAI', 'a.md') }]).length, 3);
  });

  it('maps URIs to workspace-relative paths', () => {
    const uriDeals = core.scan([{ uri: 'file:///w/notes/sub/a.md', text: NOTES['a.md'] }]).deals;
    const out = applyCorrections(uriDeals, [{ action: 'hide', source: { note: 'sub\\a.md', sentence: 'AMD will supply OpenAI with 6 gigawatts of MI450 GPUs.' } }], {
      notePath: (uri) => (uri.startsWith('file:///w/notes/') ? uri.slice('file:///w/notes/'.length) : undefined),
    });
    assert.deepEqual(pairs(out), ['Nvidia+OpenAI']);
  });
});

describe('corrections: the file', () => {
  it('reads every action and keeps the good entries when one is bad', () => {
    const text = JSON.stringify({ corrections: [
      { action: 'hide', source: { note: 'a.md', sentence: 'x' } },
      { action: 'explode', source: { note: 'a.md', sentence: 'x' } },
      { action: 'merge', source: { note: 'a.md', sentence: 'x' }, with: { note: 'b.md', sentence: 'y' } },
      { action: 'split', source: { note: 'a.md' } },
      { action: 'setValue', source: { note: 'a.md', sentence: 'x' }, value: { amount: 5, currency: 'usd' } },
      { action: 'setValue', source: { note: './a.md', sentence: 'x' }, value: { amount: 5e9, currency: 'EUR', qualifier: 'about' } },
      { action: 'setParties', source: { note: 'a.md', sentence: 'x' }, parties: ['A'] },
      { action: 'setParties', source: { note: 'a.md', sentence: 'x' }, parties: ['A', 'B'], dealId: 'a+b' },
    ] }, null, 2);
    const r = parseCorrections(text);
    assert.equal(r.ok, true);
    assert.deepEqual(r.corrections.map((c) => c.action), ['hide', 'merge', 'setValue', 'setParties']);
    assert.equal(r.corrections[2]!.source.note, 'a.md');
    assert.equal(r.corrections[3]!.dealId, 'a+b');
    assert.equal(r.problems.length, 4);
    assert.ok(text.slice(r.problems[0]!.offset).startsWith('"explode"'));
  });

  it('reads the old "range" qualifier as no hedge (a range is amountMax), and "at most" as a hedge', () => {
    const text = JSON.stringify({ corrections: [
      { action: 'setValue', source: { note: 'a.md', sentence: 'x' }, value: { amount: 3e10, amountMax: 5e10, currency: 'EUR', qualifier: 'range' } },
      { action: 'setValue', source: { note: 'a.md', sentence: 'y' }, value: { amount: 2e9, currency: 'USD', qualifier: 'at most' } },
    ] });
    const r = parseCorrections(text);
    assert.equal(r.problems.length, 0);
    const [range, atMost] = r.corrections.map((c) => (c.action === 'setValue' ? c.value : undefined));
    assert.deepEqual([range?.qualifier, range?.amountMax], [undefined, 5e10]);
    assert.equal(atMost?.qualifier, 'at most');
  });

  it('a syntax error is one problem and no corrections', () => {
    const r = parseCorrections('{ "corrections": [ { "action": "hide" ');
    assert.equal(r.ok, false);
    assert.equal(r.problems.length, 1);
  });

  it('appends corrections and removes them, format preserved', () => {
    const c: Correction = { action: 'hide', source: { note: 'a.md', sentence: 'x' } };
    const one = applyEdit('', addCorrectionEdit('', c).edit!);
    const two = applyEdit(one, addCorrectionEdit(one, { ...c, action: 'split' }).edit!);
    assert.deepEqual(parseCorrections(two).corrections.map((x) => x.action), ['hide', 'split']);
    assert.equal(applyEdit(two, removeCorrectionEdit(two, 1).edit!), one);
    assert.ok(addCorrectionEdit('{ "corrections": [', c).error);
  });
});

describe('corrections: typed values', () => {
  it('reads amounts as people type them, in both languages', async () => {
    const { parseValueInput } = await import('../../src/core/user/corrections');
    assert.equal(parseValueInput('$1.5bn')?.usd, 1.5e9);
    assert.equal(parseValueInput('1,3 Md€')?.currency, 'EUR');
    assert.equal(parseValueInput("jusqu'à 100 milliards de dollars")?.qualifier, 'up to');
    assert.equal(parseValueInput('no more than $2 billion')?.qualifier, 'at most');
    assert.deepEqual([parseValueInput('about $10–20 billion')?.qualifier, parseValueInput('about $10–20 billion')?.amountMax], ['about', 2e10]);
    assert.equal(parseValueInput('a lot'), undefined);
  });
});
