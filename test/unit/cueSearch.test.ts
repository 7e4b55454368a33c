import { strict as assert } from 'node:assert';
import { CUES } from '../../src/core/deals/cues';
import { findAllCues, type Cue } from '../../src/core/deals/cueSearch';
import { CUE_RES } from '../../src/core/deals/patterns';
import { foldText } from '../../src/core/text/chars';
import { leadingLetters } from '../../src/core/text/leadingLetters';
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
