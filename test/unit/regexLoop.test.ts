// `repeated` (text/regexLoop.ts): a quantifier kept as one loop matches as the plain quantifier does, on generated
// texts (fast-check): same matches, same groups, same order, for small bodies and for the patterns written with it.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { repeated, withOptionalLoops } from '../../src/core/text/regexLoop';
import { SERVES_MEMBERS } from '../../src/core/deals/cues';
import { INVESTORS_BEFORE } from '../../src/core/deals/patterns';
import { MONEY_GRAMMAR_SOURCES } from '../../src/core/recognize/money';

/** The source as it was written before `repeated`: `(?:body){m,n}`. */
const plain = (source: string): string => source.replaceAll('|(?!)){', '){').replaceAll('|(?!))?', ')?');

/** Every match of `a` and `b` in `text` (index, text, groups), compared. */
function sameMatches(a: RegExp, b: RegExp, text: string): void {
  const read = (re: RegExp) => [...text.matchAll(re)].map((m) => [m.index, ...m.map((g) => g ?? null), JSON.stringify(m.groups ?? null)]);
  assert.deepEqual(read(a), read(b), `${a.source} on ${JSON.stringify(text)}`);
}

/** Texts made of the pieces a pattern is built from, so that its matches (and near misses) are frequent. */
const textOf = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));

describe('repeated: a small quantifier kept as one loop', () => {
  it('matches as (?:body){min,max} for small bodies, counts and flags', () => {
    const bodies = ['\\s', 'a', '[ab]', 'ab?', '(?:a|bc)', '\\p{Lu}[\\p{L}]{0,3}', 'x ', ' (?:& )?\\p{Lu}\\p{Ll}*'];
    fc.assert(
      fc.property(
        fc.constantFrom(...bodies), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 }),
        fc.constantFrom('', 'a', '(?![\\p{L}])', 'b$'), fc.constantFrom('gu', 'giu', 'g'),
        textOf(['a', 'b', 'c', ' ', '\u00a0', 'A', 'Bc', '& ', 'x', '\t', 'é']),
        (body, min, extra, tail, flags, text) => {
          if (flags === 'g' && body.includes('\\p')) return;
          const q = `{${min},${min + extra}}`;
          sameMatches(new RegExp(`(${repeated(body, min, min + extra)})${tail}`, flags), new RegExp(`((?:${body})${q})${tail}`, flags), text);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves the currency words after an amount and the serving verbs as they matched', () => {
    const words = `(?:${MONEY_GRAMMAR_SOURCES.words.map((w, i) => `(?<c${i}>${w})`).join('|')})(?![\\p{L}\\p{N}])`;
    const moneyPieces = ['dollars', 'dollar', 'de', 'Hong', 'Kong', 'US', 'livres', 'sterling', 'New', 'Zealand', 'Taiwan', 'euros', 'riyals', 'qatari', 'Saudi', ' ', '  ', '\u00a0', '\n', 'x', 'des', 'États-Unis'];
    const servePieces = ['serves', 'sert', 'works with', 'déjà', 'already', 'major', 'large', 'grands', 'clients', 'customers', ' ', 'x', 'accounts'];
    for (const [source, flags, pieces] of [[words, 'giu', moneyPieces], [SERVES_MEMBERS, 'giu', servePieces]] as const) {
      assert.notEqual(plain(source), source);
      fc.assert(fc.property(textOf([...pieces]), (text) => sameMatches(new RegExp(source, flags), new RegExp(plain(source), flags), text)), { numRuns: 2000 });
    }
  });
});

describe('withOptionalLoops: optional groups kept as loops', () => {
  it('matches as the pattern it was given, on generated patterns and texts', () => {
    const part = fc.constantFrom('a', 'b ', '\\s*', '(?:c|d)', '(?:a )?', '(?:b|a\\s)?', '(?:(?:a|b) )?', '(?<n>a)?', '(a b)?', '[()]?', '\\(?', '(?:x)??', '(?=a)', '(?:\\s*)?', '(?:a){0,2}');
    fc.assert(
      fc.property(fc.uniqueArray(part, { minLength: 1, maxLength: 6 }), fc.constantFrom('giu', 'g', 'gy'), textOf(['a', 'b', 'c', 'd', ' ', 'x', '(', ')', 'A']), (parts, flags, text) => {
        const re = new RegExp(parts.join(''), flags);
        sameMatches(withOptionalLoops(re), re, text);
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves the captures alone and turns the optional groups of INVESTORS_BEFORE into loops', () => {
    assert.equal(withOptionalLoops(/(?<n>a)?(b)?\(?:c\)?[(?:]?/u).source, '(?<n>a)?(b)?\\(?:c\\)?[(?:]?');
    assert.equal(withOptionalLoops(/(?:a(b))?(?:c)?(?:d)??/u).source, '(?:a(b))?(?:c|(?!))?(?:d)??');
    const plainRe = new RegExp(plain(INVESTORS_BEFORE.source), INVESTORS_BEFORE.flags);
    assert.notEqual(plainRe.source, INVESTORS_BEFORE.source);
    const pieces = [' ', ',', 'des', 'de', 'of', 'from', 'based in', 'Paris', 'et', 'and', 'others', "d'autres", 'ont', 'have', 'has', 'a', 'participé', 'participated', 'led', 'the', 'this', 'round', 'Series', 'B', 'seed', 'also', 'aussi', 'joined the round', 'confirmé', 'avoir', 'were', 'among', 'investors', '(', ')', 'x', 'y '];
    fc.assert(fc.property(textOf(pieces), (text) => sameMatches(new RegExp(INVESTORS_BEFORE.source, 'g' + INVESTORS_BEFORE.flags), new RegExp(plainRe.source, 'g' + plainRe.flags), text)), { numRuns: 3000 });
  });
});
