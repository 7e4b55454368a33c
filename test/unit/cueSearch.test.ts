import { strict as assert } from 'node:assert';
import { CUES } from '../../src/core/deals/cues';
import { findAllCues, type Cue } from '../../src/core/deals/cueSearch';
import { CUE_RES } from '../../src/core/deals/patterns';
import { foldText } from '../../src/core/text/chars';
import { leadingLetters, leadingPairs } from '../../src/core/text/leadingLetters';
import { HOSTILE_SHAPES } from '../support/hostileNotes';

/** What findAllCues must give: each cue's pattern run over the whole stretch in turn, then in order of start. */
function everyPatternOverTheStretch(folded: string, from: number, to: number): Cue[] {
  const stretch = folded.slice(from, to);
  const found: Cue[] = [];
  for (const { def, re } of CUE_RES) {
    for (const m of stretch.matchAll(new RegExp(re.source, 'giu'))) found.push({ start: from + m.index, end: from + m.index + m[0].length, def });
  }
  return found.sort((a, b) => a.start - b.start);
}

describe('cue search', () => {
  describe('leadingLetters', () => {
    it('reads the first letters of alternatives, groups and lookarounds', () => {
      assert.deepEqual([...leadingLetters(`rachète|Acquires?|s'offrir`)!].sort(), ['a', 'r', 's']);
      assert.deepEqual([...leadingLetters(`(?<!(?:fonds|banque) d')investit|a investi`)!].sort(), ['a', 'i']);
      assert.deepEqual([...leadingLetters(`(?:its|their) (?:[\\p{L}-]+ ){1,2}used|(?<name>round|tour)s? led`)!].sort(), ['i', 'r', 't']);
      assert.deepEqual([...leadingLetters(`(?:put|poured)(?= (?:\\S+ ){0,3}?\\d)|équipe`)!].sort(), ['p', 'é']);
      // The letters outside ASCII that fold to one in it under the flags iu.
      assert.ok(leadingLetters('\u212aelvin')!.has('k'));
    });

    it('knows nothing of a pattern that may start with anything else', () => {
      for (const source of ['\\p{L}+ deal', '[a-z]+', 'deals?|', 'x?deal', '(?:a|b)?c', '(?:a|)b', '\\d+ %', ' deal', "'s deal", '.deal', 'd{0,1}eal', '(?:a|b', 'a)'])
        assert.equal(leadingLetters(source), undefined, source);
    });

    it('reads the first letters of every cue word (the search tries them only at those letters)', () => {
      for (const def of CUES) assert.ok(leadingLetters(def.pattern), def.pattern.slice(0, 60));
    });
  });

  describe('leadingPairs', () => {
    const pairsOf = (source: string) => {
      const pairs = leadingPairs(source);
      return pairs && Object.fromEntries([...pairs].map(([l, s]) => [l, s === 'any' ? 'any' : [...s].sort().join('')]));
    };

    it('reads the second letter after each first one, through lookarounds and groups that must match', () => {
      assert.deepEqual(pairsOf(`rachète|Acquires?|ACHÈTE|s'offrir`), { r: 'a', a: 'c', s: '' });
      assert.deepEqual(pairsOf(`(?<!(?:fonds|banque) d')investit|a investi|investments?`), { i: 'n', a: '' });
      assert.deepEqual(pairsOf(`(?:its|their) (?:[\\p{L}-]+ ){1,2}used|(?<name>round|tour)s? led`), { i: 't', t: 'ho', r: 'o' });
      // KELVIN SIGN and LONG S fold to ASCII letters under the flags iu.
      assert.deepEqual(pairsOf('a\u017fk|b\u212a'), { a: 's', b: 'k' });
    });

    it("says 'any' where it cannot tell the second letter", () => {
      for (const source of ['a\\p{L}b', 'a[bc]', 'a.b', 'ab?c', 'ab*', 'ab{1,2}', 'a(?:b|c)', 'a+b', 'a(?=b)c', 'a1', 'a'])
        assert.deepEqual(pairsOf(source), { a: 'any' }, source);
      // A group's alternative of one letter: what follows the group is not read.
      assert.deepEqual(pairsOf('(?:a|bc)d'), { a: 'any', b: 'c' });
      assert.equal(leadingPairs('\\p{L}+ deal'), undefined);
    });

    it('allows the first two letters of every cue found in the test texts and hostile shapes', () => {
      const samples = [
        ...HOSTILE_SHAPES.map((shape) => shape.make(3000)),
        "Nvidia investira dans OpenAI ; le rachat d'Intel. AMD and OpenAI announced a PARTNERSHIP, took a stake, était retirée du capital.",
        'The round was also joined by B. Its chips are used by companies. Mené par A, le tour de table. SoftBank poured $2 billion.',
      ];
      for (const text of samples) {
        const folded = foldText(text);
        for (const cue of everyPatternOverTheStretch(folded, 0, folded.length)) {
          const first = folded[cue.start]!.toLowerCase();
          const second = folded.charCodeAt(cue.start + 1) | 0x20;
          if (first.charCodeAt(0) >= 128 || second < 97 || second > 122) continue;
          const seconds = leadingPairs(cue.def.pattern)!.get(first);
          assert.ok(seconds === 'any' || seconds?.has(String.fromCharCode(second)), `${folded.slice(cue.start, cue.end)} / ${cue.def.pattern.slice(0, 60)}`);
        }
      }
    });
  });

  describe('findAllCues', () => {
    const texts = [
      "Nvidia investira jusqu'à 100 milliards de dollars dans OpenAI ; le rachat d'Intel, l'accord et les partenariats.",
      'AMD and OpenAI announced a PARTNERSHIP; Microsoft Acquires Etchwell, invests, INVESTMENTS firms, takes a stake.',
      // Capitals, accents, a word glued to digits, letters that fold to ASCII (KELVIN SIGN, LONG S), astral letters.
      'ÉQUIPE Équipera 3deals deal3 \u212aeeps ſigned ſells 𝐀deal deal𝐀 «accord» (deal) -deal- _deal l\u0301accord e\u0301quipe',
      "s'offrir s'allient, le fonds d'investissement, la société d'investissements, Investissements, fusion nucléaire, fusion",
      'Le tour de table mené par A. The round was also joined by B. Its chips are used by companies such as C.',
    ];
    for (const [i, text] of texts.entries()) {
      it(`finds what every pattern run over the stretch finds (${i + 1})`, () => {
        const folded = foldText(text);
        assert.deepEqual(findAllCues(folded, 0, folded.length), everyPatternOverTheStretch(folded, 0, folded.length));
        assert.deepEqual(findAllCues(folded, 5, folded.length - 3), everyPatternOverTheStretch(folded, 5, folded.length - 3));
      });
    }

    it('finds the same on every hostile shape', () => {
      for (const shape of HOSTILE_SHAPES) {
        const folded = foldText(shape.make(6000));
        assert.deepEqual(findAllCues(folded, 0, folded.length), everyPatternOverTheStretch(folded, 0, folded.length), shape.name);
      }
    });
  });
});
