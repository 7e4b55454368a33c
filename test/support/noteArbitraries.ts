/**
 * fast-check generators of research notes as people clip them: French and English sentences naming companies
 * and chips of the gazetteer, amounts written every way (every kind of space, dash and apostrophe), broken
 * Markdown, mixed line endings and an optional byte-order mark. Shared by the property tests of the analysis
 * and the model-based test of the NoteIndex.
 */
import fc from 'fast-check';
import { builtinLexicon } from '../../src/core/lexicon/builtin';

const lexicon = builtinLexicon();
/** Names and aliases of the gazetteer, as notes write them. */
export const COMPANY_NAMES = lexicon.entities.filter((e) => e.kind === 'company').flatMap((e) => [e.name, ...e.aliases]);
export const CHIP_NAMES = lexicon.entities.filter((e) => e.kind === 'chip').flatMap((e) => [e.name, ...e.aliases]);
/** Names no lexicon knows, that notes introduce in context ("la start-up Quantaflux"). */
export const UNKNOWN_NAMES = ['Quantaflux', 'Etchwell', 'Lumora', 'Zorblax', 'Nimbus Labs', 'Véloce AI', 'Kestrel'];

/** Spaces found in clipped text: plain, no-break (U+00A0), narrow no-break (U+202F), thin (U+2009), tab. */
export const SPACES = [' ', '\u00a0', '\u202f', '\u2009', '\t', '  '];
export const DASHES = ['-', '–', '—', '‑'];
export const APOSTROPHES = ['’', "'", 'ʼ'];
export const LINE_ENDINGS = ['\n', '\r\n', '\r'];

const space = fc.constantFrom(...SPACES);
const dash = fc.constantFrom(...DASHES);
const apostrophe = fc.constantFrom(...APOSTROPHES);

export const companyName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...COMPANY_NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...UNKNOWN_NAMES) },
);
export const chipName = fc.constantFrom(...CHIP_NAMES);

const number = fc.oneof(
  fc.integer({ min: 1, max: 999 }).map(String),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 9 }), fc.constantFrom(',', '.')).map(([a, b, sep]) => `${a}${sep}${b}`),
  fc.tuple(fc.integer({ min: 1, max: 9 }), space, fc.integer({ min: 100, max: 999 })).map(([a, s, b]) => `${a}${s}${b}`),
);

/** Amounts in the ways French and English articles write them. */
export const amount = fc.oneof(
  fc.tuple(number, space, fc.constantFrom('milliards', 'milliard', 'millions', 'Md', 'M'), space, fc.constantFrom('de dollars', 'd’euros', "d'euros", 'dʼeuros', '€', '$')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('$', 'US$', '€', '£'), number, fc.constantFrom('bn', ' billion', ' million', 'B', 'M', 'm')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('USD', 'EUR'), space, number, space, fc.constantFrom('billion', 'million')).map((p) => p.join('')),
  fc.tuple(number, space, fc.constantFrom('Md€', 'M$', 'G$', 'Mds€')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('entre ', 'between $'), number, fc.constantFrom(' et ', ' and '), number, space, fc.constantFrom('milliards d’euros', 'billion')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('$'), number, dash, number, fc.constantFrom(' billion', 'bn')).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('jusqu’à ', "jusqu'à ", 'up to ', 'près de ', 'more than ', 'about '), number, space, fc.constantFrom('milliards de dollars', 'billion dollars')).map((p) => p.join('')),
);

const power = fc.tuple(number, space, fc.constantFrom('GW', 'gigawatts', 'MW', 'mégawatts')).map((p) => p.join(''));
const percent = fc.tuple(number, fc.constantFrom('', ' ', '\u202f', '\u00a0'), fc.constantFrom('%', 'pour cent', 'percent')).map((p) => p.join(''));
const date = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 28 }), space, fc.constantFrom('janvier', 'septembre', 'décembre'), space, fc.integer({ min: 2020, max: 2027 })).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('September', 'March'), space, fc.integer({ min: 1, max: 28 }), fc.constantFrom(', ', ' '), fc.integer({ min: 2020, max: 2027 })).map((p) => p.join('')),
  fc.tuple(fc.integer({ min: 2020, max: 2027 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

/** A sentence of a deal report, French or English, with the pieces above in its slots. */
const dealSentence = fc
  .record({ a: companyName, b: companyName, chip: chipName, money: amount, gw: power, pct: percent, when: date, ap: apostrophe, d: dash, s: space, k: fc.nat(9) })
  .map(({ a, b, chip, money, gw, pct, when, ap, d, s, k }) => {
    const templates = [
      `${a} va investir ${money} dans ${b}, selon le communiqué du ${when}.`,
      `${a} and ${b} announced a partnership worth ${money} on ${when}.`,
      `L${ap}accord entre ${a} et ${b} porte sur ${gw} de puces ${chip}.`,
      `${a} will buy ${chip} chips from ${b} for ${money}${s}${d} about ${pct} of its capacity.`,
      `Selon ${a}, ${b} a levé ${money} auprès d${ap}investisseurs${s}: le duo ${a}${d}${b} vise ${gw}.`,
      `${b} (partenaire cloud d${ap}${a}) signe un contrat de ${money}.`,
      `${a} acquires ${b} for ${money}.`,
      `La start-up ${b} a signé avec ${a}${s}; ${a} détient ${pct} du capital.`,
      `${a} is backed by ${b} and ${chip} maker ${a}.`,
      `Face à ${a}, ${b} mise sur ${chip}.`,
    ];
    return templates[k]!;
  });

/** Markdown as clippers break it: unclosed emphasis, links and fences, stray tables, HTML and front matter. */
const markdownNoise = fc.constantFrom(
  '# ', '## ', '> ', '- ', '* ', '1. ', '**', '*', '_', '`', '```', '~~~', '[', '](', ')', '![', '<div>', '</div>', '<!--', '-->',
  '| a | b |', '|---|', '---', '[[', ']]', '\\', '&nbsp;', '&amp;', '***', '<br>', '^[note]', '[^1]:',
);

const word = fc.constantFrom('the', 'le', 'la', 'des', 'and', 'et', 'deal', 'accord', 'GPU', 'Grace', 'Rubin', 'Arm', 'Meta', 'métaux', 'Apple', 'Orange', 'milliards', 'billion', 'chips');

/** Any Unicode, including lone surrogates, control characters and combining marks. */
const anyText = fc.string({ unit: 'binary', maxLength: 30 });

const fragment = fc.oneof(
  { weight: 6, arbitrary: dealSentence },
  { weight: 2, arbitrary: markdownNoise },
  { weight: 2, arbitrary: word },
  { weight: 2, arbitrary: amount },
  { weight: 1, arbitrary: companyName },
  { weight: 1, arbitrary: chipName },
  { weight: 1, arbitrary: space },
  { weight: 1, arbitrary: anyText },
);

const line = fc.array(fragment, { maxLength: 6 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '', '\u00a0', '\u202f'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')),
);

/** A whole note: lines joined by mixed line endings, sometimes with front matter and a BOM. */
export const noteText = fc
  .record({
    bom: fc.boolean(),
    frontMatter: fc.option(date.map((d) => `---\ntitle: Note\ndate: ${d}\n---`), { nil: undefined }),
    lines: fc.array(line, { maxLength: 12 }),
    endings: fc.array(fc.constantFrom(...LINE_ENDINGS), { minLength: 12, maxLength: 12 }),
    trailing: fc.boolean(),
  })
  .map(({ bom, frontMatter, lines, endings, trailing }) => {
    const all = frontMatter ? [frontMatter, ...lines] : lines;
    let text = all.map((l, i) => l + (i < all.length - 1 || trailing ? endings[i % endings.length] : '')).join('');
    if (bom) text = `\ufeff${text}`;
    return text;
  });

/** The line of `offset`, counted the way editors count (CRLF, LF and CR each end a line), 0-based. */
export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '\r' && text[i + 1] !== '\n') line++;
  }
  return line;
}
