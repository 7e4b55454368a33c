import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createCore } from '../../src/core/createCore';
import { extractDeals } from '../../src/core/deals/extract';
import { toScanJson } from '../../src/core/report/scanJson';
import { lineOf, noteText } from '../support/noteArbitraries';

/**
 * Properties of the analysis on generated notes (see test/support/noteArbitraries.ts): it never throws, and
 * every offset it gives agrees with the text it claims to point at.
 */
describe('analysis properties (fast-check)', function () {
  // Hundreds of generated notes take 3-8 s, more on a busy machine: mocha's 10 s guard is too close.
  this.timeout(120_000);
  const core = createCore();
  // A fixed seed, so a run in CI is repeatable; FC_SEED and FC_RUNS explore further.
  const seed = Number(process.env.FC_SEED ?? 20261129);
  const runs = { numRuns: Number(process.env.FC_RUNS ?? 300), seed };

  it('never throws; every mention is exactly the text between its offsets, on the right line', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const analysis = core.analyze({ uri: 'note.md', text });
        let previousStart = -1;
        for (const m of analysis.mentions) {
          assert.ok(m.start >= 0 && m.start < m.end && m.end <= text.length, `offsets ${m.start}–${m.end} inside 0–${text.length}`);
          assert.equal(text.slice(m.start, m.end), m.text, `mention ${m.kind} "${m.text}"`);
          assert.ok(m.canonical.length > 0, 'a canonical form');
          assert.ok(m.start >= previousStart, 'mentions in document order');
          previousStart = m.start;
          assert.equal(analysis.lines.positionAt(m.start).line, lineOf(text, m.start), `line of "${m.text}"`);
        }
        for (const s of analysis.sentences) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, 'sentence inside the note');
        const json = toScanJson([analysis], []);
        for (const m of json.documents[0]!.mentions) assert.equal(m.line, lineOf(text, m.start) + 1, 'scan JSON lines are 1-based');
      }),
      runs,
    );
  });

  it('every deal source is a span of its note, and a deal has two parties', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const analysis = core.analyze({ uri: 'note.md', text });
        for (const c of extractDeals(analysis, core.lexicon)) {
          assert.ok(c.source.start >= 0 && c.source.start < c.source.end && c.source.end <= text.length, 'source inside the note');
          assert.ok(c.parties.length >= 2, 'two parties at least');
          if (c.value) assert.ok(Number.isFinite(c.value.amount) && c.value.amount >= 0, 'a finite value');
        }
      }),
      runs,
    );
  });

  it('gives the same analysis whatever the line endings (offsets shift, mentions do not)', () => {
    fc.assert(
      fc.property(noteText, (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const a = core.analyze({ uri: 'a.md', text: lf }).mentions.map((m) => `${m.kind}:${m.canonical}:${lineOf(lf, m.start)}`);
        const b = core.analyze({ uri: 'b.md', text: crlf }).mentions.map((m) => `${m.kind}:${m.canonical}:${lineOf(crlf, m.start)}`);
        assert.deepEqual(b, a);
      }),
      { numRuns: Math.ceil(runs.numRuns / 2), seed },
    );
  });
});
