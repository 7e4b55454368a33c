// Walks through kept regexes give what matchAll gives; the pre-tests of the list rules and the money reader skip no
// text their patterns match (fast-check).
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { borrow, countMatches, giveBack, matchesOf } from '../../src/core/text/keptRegExps';
import {
  DEALS_EXAMPLES, EXAMPLES_LEAD_END, INVESTORS_AFTER_DASH, INVESTORS_AFTER_DASH_END, PORTFOLIO_LIST, STAKE_EXAMPLES,
} from '../../src/core/deals/patterns';
import { CHANGE_BEFORE_END, CHANGE_BEFORE_RE } from '../../src/core/recognize/money';
import { CONSORTIUM_LEAD, CONSORTIUM_WORD } from '../../src/core/deals/consortiumBuyers';

/** The matches as [index, text, groups...], comparable with deepEqual. */
const rows = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, ...m]);

describe('keptRegExps: walks through regexes compiled once', () => {
  const text = fc.array(fc.constantFrom('ab', 'a', 'b', ' ', '😀', 'é', 'A'), { maxLength: 30 }).map((p) => p.join(''));
  // Empty matches (stepping over one character, a surrogate pair whole under the flag u), groups, case.
  for (const re of [/a+/gu, /(?:)/gu, /(?:)/g, /b*/gu, /(a)(b)?/giu, /(?<=a)/gu]) {
    it(`${re}: the matches of matchAll, and their count`, () => {
      fc.assert(fc.property(text, (t) => {
        assert.deepEqual(rows(matchesOf(re, t)), rows(t.matchAll(re)));
        assert.equal(countMatches(re, t), [...t.matchAll(re)].length);
      }), { numRuns: 200 });
    });
  }

  it('gives each walk its own position: two walks of one regex, one inside the other, both see every match', () => {
    const re = /ab/g;
    const pairs: number[][] = [];
    for (const outer of matchesOf(re, 'ab ab')) for (const inner of matchesOf(re, 'ab xab ab')) pairs.push([outer.index, inner.index]);
    assert.deepEqual(pairs, [[0, 0], [0, 4], [0, 7], [3, 0], [3, 4], [3, 7]]);
  });

  it('lends the regex itself first, then a copy while it is out, and takes both back', () => {
    const re = /x/y;
    const first = borrow(re);
    const second = borrow(re);
    assert.equal(first, re);
    assert.notEqual(second, re);
    giveBack(re, second);
    giveBack(re, first);
    assert.equal(borrow(re), re);
    assert.equal(borrow(re), second);
  });
});

describe('the list rules\' lead-end pre-tests', () => {
  const pieces = ['investors ', 'backers', 'Shareholders', ' — ', '–', ' ', '\n', 'invested in ', 'has backed ', 'several ', '59 ',
    'startups', 'companies', ', ', ',', ' including', ' such as', ' dont', ' comme ', 'acquisitions', ' of', ' de ', " d'", 'rachats',
    'holds ', 'stakes ', 'in ', 'Nvidia', 'x', 'é', '.', 'like '];
  const lead = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));

  it('a lead INVESTORS_AFTER_DASH matches ends as INVESTORS_AFTER_DASH_END says', () => {
    fc.assert(fc.property(lead, (l) => !INVESTORS_AFTER_DASH.test(l) || INVESTORS_AFTER_DASH_END.test(l.trimEnd())), { numRuns: 2000 });
    assert.ok(INVESTORS_AFTER_DASH.test('The list of backers reads like a hall of fame— '));
  });

  it('a lead CONSORTIUM_LEAD matches holds a word of CONSORTIUM_WORD', () => {
    const words = fc.array(fc.constantFrom('A ', 'consortium ', 'Coalition ', 'investor group ', "groupe d'investisseurs ", 'syndicate ', 'led by ', 'réunissant ', 'of ', 'avec', ' — ', 'x', 'é'), { maxLength: 8 }).map((p) => p.join(''));
    fc.assert(fc.property(words, (l) => !CONSORTIUM_LEAD.test(l) || CONSORTIUM_WORD.test(l)), { numRuns: 2000 });
    assert.ok(CONSORTIUM_LEAD.test('A consortium led by '));
  });

  it('a lead PORTFOLIO_LIST, DEALS_EXAMPLES or STAKE_EXAMPLES matches ends as EXAMPLES_LEAD_END says', () => {
    for (const re of [PORTFOLIO_LIST, DEALS_EXAMPLES, STAKE_EXAMPLES]) {
      fc.assert(fc.property(lead, (l) => !re.test(l) || EXAMPLES_LEAD_END.test(l.trimEnd())), { numRuns: 2000 });
    }
    for (const l of ['invested in 59 AI startups this year alone, including ', 'with acquisitions like ', 'the acquisitions of ', 'two other acquisitions, ', 'holds stakes in chipmakers such as ']) {
      assert.ok(EXAMPLES_LEAD_END.test(l.trimEnd()), l);
    }
  });
});

describe('the money reader\'s pre-test of a change before a range', () => {
  it('a text CHANGE_BEFORE_RE matches ends as CHANGE_BEFORE_END says', () => {
    const pieces = ['passant ', 'rose ', 'fell ', 'Grimpé ', 'de', 'from', 'DE', ' ', '\u00a0', '\u202f', '\t', 'x', '40', 'é', 'to '];
    const before = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((p) => p.join(''));
    fc.assert(fc.property(before, (b) => !CHANGE_BEFORE_RE.test(b) || CHANGE_BEFORE_END.test(b.trimEnd())), { numRuns: 2000 });
    assert.ok(CHANGE_BEFORE_RE.test('les revenus passant de ') && CHANGE_BEFORE_END.test('les revenus passant de '.trimEnd()));
  });
});
