import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { runToEnd } from '../../src/core/steps';
import { MAX_SENTENCE_CHARS, splitSentences } from '../../src/core/text/sentences';
import { HOSTILE_SHAPES } from '../support/hostileNotes';

// Correctness on notes of hostile shapes; their speed is measured by bench/hostile.bench.ts, not asserted here.
describe('hostile notes: analysis stays correct on any shape', () => {
  const core = createCore();
  const shape = (name: string) => HOSTILE_SHAPES.find((s) => s.name === name)!;

  for (const s of HOSTILE_SHAPES) {
    it(`${s.name}: offsets agree with the text, sentences are bounded, steps give the same result`, () => {
      const text = s.make(24_000);
      const index = new NoteIndex(core.recognizer);
      const steps = index.upsertSteps({ uri: 'hostile.md', text });
      for (let r = steps.next(); !r.done; r = steps.next());
      const analysis = index.get('hostile.md')!;
      assert.deepEqual(core.analyze({ uri: 'hostile.md', text }).mentions, analysis.mentions);
      let end = 0;
      for (const m of analysis.mentions) {
        assert.equal(m.text, text.slice(m.start, m.end));
        assert.ok(m.start >= end, `mentions overlap or are out of order at ${m.start}`);
        end = m.end;
      }
      let last = 0;
      for (const sentence of analysis.sentences) {
        assert.ok(sentence.start >= last && sentence.end > sentence.start);
        assert.ok(sentence.end - sentence.start <= MAX_SENTENCE_CHARS);
        assert.doesNotMatch(text[sentence.start]! + text[sentence.end - 1]!, /\s/u);
        last = sentence.end;
      }
      // Deals found in steps are the deals found at once.
      const deals = index.deals();
      const once = core.scan([{ uri: 'hostile.md', text }]).deals;
      assert.deepEqual(deals.map((d) => [d.parties, d.kind]), once.map((d) => [d.parties, d.kind]));
    });
  }

  it('finds every name of long lists, hyphen chains and one-name lines', () => {
    for (const [name, separator] of [['list of names, commas', ', '], ['list of names, "et"', ' et '], ['hyphen chain of names', '-'], ['many short lines', '\n']] as const) {
      const text = shape(name).make(40_000);
      // "Mistral AI" is written "Mistral-AI" in the hyphen chain: one name, not two pieces.
      const names = text.replaceAll('Mistral-AI', 'Mistral AI').split(separator).filter((n) => n.length > 0);
      const found = core.analyze({ uri: 'x', text }).mentions.filter((m) => m.kind === 'company');
      assert.equal(found.length, names.length, name);
      assert.deepEqual(found.map((m) => m.canonical), names);
    }
  });

  it('after a long hyphen chain of names, a first name still marks its surname as a person\'s (the word-pair pattern is bounded)', () => {
    const tail = 'Pierre Zorblax est arrivé. Zorblax a signé un accord avec Nvidia.';
    const companies = (text: string) => core.analyze({ uri: 'x', text }).mentions.filter((m) => m.kind === 'company' && m.canonical === 'Zorblax');
    assert.equal(companies('Zorblax a signé un accord avec Nvidia.').length, 1, 'alone, Zorblax is taken for a company');
    assert.equal(companies(tail).length, 0, 'after "Pierre", Zorblax is a surname');
    const chain = shape('hyphen chain of names').make(200_000);
    assert.equal(companies(`${chain} ${tail}`).length, 0);
    assert.equal(companies(`${chain}\n\n${tail}`).length, 0);
  });

  it('reads no-break, narrow and thin spaces as spaces: the same mentions as with ordinary spaces', () => {
    const plain = core.analyze({ uri: 'x', text: shape('one very long line of sentences').make(30_000) });
    assert.ok(plain.mentions.some((m) => m.kind === 'money') && plain.mentions.some((m) => m.kind === 'company'));
    for (const name of ['no-break spaces', 'narrow no-break spaces', 'thin spaces']) {
      const spaced = core.analyze({ uri: 'x', text: shape(name).make(30_000) });
      assert.deepEqual(spaced.mentions.map((m) => [m.kind, m.canonical, m.start, m.end]), plain.mentions.map((m) => [m.kind, m.canonical, m.start, m.end]), name);
    }
  });

  it('cuts a sentence that never ends into bounded pieces at spaces, losing no word', () => {
    const words = Array.from({ length: 2000 }, (_, i) => (i % 50 === 0 ? 'Nvidia' : `mot${i}`));
    const text = words.join(' ');
    const spans = splitSentences(text);
    assert.ok(spans.length >= Math.ceil(text.length / MAX_SENTENCE_CHARS));
    assert.ok(spans.every((s) => s.end - s.start <= MAX_SENTENCE_CHARS && s.end - s.start > MAX_SENTENCE_CHARS / 2 - 10 || s === spans[spans.length - 1]));
    assert.deepEqual(spans.flatMap((s) => text.slice(s.start, s.end).split(' ')), words);
    assert.equal(core.analyze({ uri: 'x', text }).mentions.filter((m) => m.canonical === 'Nvidia').length, 40);
  });

  it('cuts a run without any space at the bound, never inside a surrogate pair', () => {
    const text = `${'x'.repeat(MAX_SENTENCE_CHARS - 1)}😀${'y'.repeat(1500)}`;
    const spans = splitSentences(text);
    assert.deepEqual(spans.map((s) => [s.start, s.end]), [[0, MAX_SENTENCE_CHARS - 1], [MAX_SENTENCE_CHARS - 1, 2 * MAX_SENTENCE_CHARS - 1], [2 * MAX_SENTENCE_CHARS - 1, text.length]]);
  });

  it('keeps the companies of a note out of its site furniture, wherever the furniture stands', () => {
    const text = shape('site furniture between names').make(20_000);
    const analysis = core.analyze({ uri: 'x', text });
    for (const s of analysis.sentences) {
      const sentence = text.slice(s.start, s.end);
      const companies = analysis.mentions.filter((m) => m.kind === 'company' && m.start >= s.start && m.end <= s.end);
      assert.equal(companies.length, sentence.startsWith('Suivez-nous') ? 0 : 2, sentence);
    }
    assert.ok(runToEnd(core.recognizer.recognizeSteps(text)).mentions.length === analysis.mentions.length);
  });

  it('finds every one of thousands of distinct companies no lexicon knows, told by a legal form', () => {
    const text = shape('distinct unknown companies, legal forms').make(60_000);
    const names = text.split(' SAS, ').filter((n) => n.length > 0 && !n.includes(' '));
    assert.ok(names.length > 4000);
    const found = core.analyze({ uri: 'x', text }).mentions.filter((m) => m.kind === 'company').map((m) => m.canonical);
    assert.deepEqual(found, names);
  });

  it('gives each sentence between two unknown companies the deal it gives alone, among thousands of them', () => {
    const text = shape('distinct unknown companies in deal sentences').make(30_000);
    // The last piece may be cut short.
    const sentences = text.split('. ').slice(0, -1);
    assert.ok(sentences.length > 200);
    const key = (d: { parties: string[]; kind: string }) => `${[...d.parties].sort().join('+')}:${d.kind}`;
    const deals = new Set(core.scan([{ uri: 'x', text }]).deals.map(key));
    let alone = 0;
    for (const sentence of sentences.slice(0, 150)) {
      for (const d of core.scan([{ uri: 'y', text: `${sentence}.` }]).deals) {
        alone++;
        assert.ok(deals.has(key(d)), sentence);
      }
    }
    assert.ok(alone > 50, `${alone} deals`);
  });

  it('reads every cell of a Markdown table row a megabyte long on one line', () => {
    const text = shape('one Markdown table row').make(40_000);
    const cells = text.slice(1, -2).split('|').map((c) => c.trim()).filter((c) => c.length > 0);
    const mentions = core.analyze({ uri: 'x', text }).mentions;
    const kindOf = new Map(mentions.map((m) => [m.text, m.kind]));
    for (const cell of cells.slice(0, -1)) {
      if (cell === 'accord') continue;
      assert.ok(kindOf.has(cell) || mentions.some((m) => cell.includes(m.text)), cell);
    }
    assert.equal(mentions.filter((m) => m.kind === 'company').length, cells.filter((c) => /^[A-Z]/.test(c) && !c.startsWith('le ')).length);
  });

  it('finds names between emoji, skin tones, joiners and flags (surrogate pairs never split)', () => {
    const text = shape('emoji between names').make(20_000);
    const found = core.analyze({ uri: 'x', text }).mentions.filter((m) => m.kind === 'company');
    for (const m of found) assert.equal(m.text, text.slice(m.start, m.end));
    // Each name between emoji (surrogate pairs) or joiners is found; one beside a variation selector is not
    // cut off from it (the selector is a mark, part of the word), as before.
    const beforeEmoji = [...text.matchAll(/(?<![\ufe0fA-Za-z ])(Mistral AI|[A-Za-z]+)(?=\ud83d|\ud83c|\u200d)/g)].map((m) => m.index);
    assert.ok(beforeEmoji.length > 500);
    const starts = new Set(found.map((m) => m.start));
    for (const at of beforeEmoji) assert.ok(starts.has(at), text.slice(at, at + 20));
  });

  const dealKeys = (text: string) => new Set(core.scan([{ uri: 'x', text }]).deals.map((d) => `${[...d.parties].sort().join('+')}:${d.kind}`));

  it('reads pairs after "entre" that go on and on as one partnership per pair, none across the commas', () => {
    const text = shape('pairs after "entre" that never end').make(30_000);
    const pairs = new Set([...text.matchAll(/(?:entre |, )([A-Z][\w ]*?) et ([A-Z][\w ]*?)(?=,)/gu)].map((m) => `${[m[1]!, m[2]!].sort().join('+')}:partnership`));
    assert.equal(pairs.size, 8);
    assert.deepEqual(dealKeys(text), pairs);
  });

  it('ties the two companies of each "X-backed Y" and "X-funded Y" in a run of thousands (an investment)', () => {
    const text = shape('"X-backed Y" compounds in a row').make(30_000);
    const compounds = new Set([...text.matchAll(/(?:^|, )([A-Z][\w ]*?)-(?:backed|funded) ([A-Z][\w ]*?)(?=,)/gu)].map((m) => `${[m[1]!, m[2]!].sort().join('+')}:investment`));
    assert.equal(compounds.size, 8);
    const deals = dealKeys(text);
    for (const c of compounds) assert.ok(deals.has(c), c);
  });

  it('reads every bracketed amount of a list of investors that never ends, and ties the first round to its raiser', () => {
    const text = shape('list of names with bracketed amounts, no sentence end').make(30_000);
    const amounts = core.analyze({ uri: 'x', text }).mentions.filter((m) => m.kind === 'money');
    assert.equal(amounts.length, [...text.matchAll(/milliards de dollars/gu)].length);
    assert.ok(dealKeys(text).has('Nvidia+OpenAI:investment'));
  });

  it('links one pair told again and again, with two relations and hundreds of values: every sentence is a source of its deals', () => {
    const text = shape('one pair, two relations, hundreds of values').make(30_000);
    const deals = core.scan([{ uri: 'x', text }]).deals;
    assert.ok(deals.length >= 1);
    for (const d of deals) assert.deepEqual([...d.parties].sort(), ['Nvidia', 'OpenAI']);
    // One source per distinct sentence of the note (the last piece may be cut short).
    const sentences = new Set(text.split(/(?<=\.) /u).filter((x) => x.endsWith('.')));
    assert.ok(sentences.size > 300);
    const sourced = new Set(deals.flatMap((d) => d.sources.map((x) => x.sentence)));
    for (const sentence of sentences) assert.ok(sourced.has(sentence), sentence);
  });

  it('reads a percent sign and a digit over and over as "1%" at every other character', () => {
    const text = shape('percent signs and digits').make(30_000);
    const mentions = core.analyze({ uri: 'x', text }).mentions;
    assert.equal(mentions.length, text.length / 2 - 1);
    mentions.forEach((m, i) => assert.deepEqual([m.kind, m.text, m.start, m.canonical], ['percent', '1%', 2 * i + 1, '1 %']));
  });

  it('takes none of the people a list of backers names by company and role for a company', () => {
    const text = shape('backers by company and role, no sentence end').make(30_000);
    const companies = core.analyze({ uri: 'x', text }).mentions.filter((m) => m.kind === 'company');
    assert.ok(companies.length > 500);
    for (const m of companies) assert.match(m.canonical, /^(?:Nvidia|OpenAI|Microsoft|Google|Amazon|Meta|Oracle|CoreWeave|Mistral AI|Anthropic|Intel|TSMC|Broadcom|SoftBank|Samsung|AMD|Zorbia)$/u);
    for (const d of core.scan([{ uri: 'x', text }]).deals) assert.ok(d.parties.includes('Zorbia'), d.parties.join('+'));
  });
});

