// Generates the TextMate grammars from the built-in lexicon (src/core/lexicon/data/*.json):
//   syntaxes/research-note.tmLanguage.json          the "Research Note" language (.note files)
//   syntaxes/dealnotes.markdown.injection.json     the same patterns injected into Markdown, outside code
// Usage: npm run grammars            (tsx scripts/generate-grammars.ts)     writes the files
//        tsx scripts/generate-grammars.ts --check                          exits 1 when they are stale
// test/grammar/generated.test.ts fails when the checked-in files differ from what this produces.
//
// Names follow the core's name matcher (src/core/lexicon/matcher.ts): case-sensitive on each alias as
// written and in capitals, typographic apostrophes, special spaces and hyphens folded, whole words only
// ("d’OpenAI" works, "Meta" is not found in "métaux"), longest name first, chip plurals ("TPUs").
// Ambiguous aliases and outlets are left out (src/core/highlight/grammarNames.ts says why).
// Quantities are simpler than the core's parsers; test/grammar/agreement.test.ts checks that they agree
// on the example notes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinLexicon } from '../src/core/lexicon/builtin';
import { matcherNames, type GrammarName } from '../src/core/highlight/grammarNames';
import { APOSTROPHES, HYPHENS, SPACES, foldText, isWordChar } from '../src/core/text/chars';
import { MONEY_GRAMMAR_SOURCES } from '../src/core/recognize/money';
import { NUMBER_WORDS_SOURCE } from '../src/core/recognize/numbers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The scopes, shared with package.json's semanticTokenScopes (merged by scripts/manifest-grammars.mjs). */
export const SCOPES = {
  company: 'entity.name.type.company.dealnotes',
  chip: 'entity.name.function.chip.dealnotes',
  money: 'constant.numeric.money.dealnotes',
  power: 'constant.numeric.power.dealnotes',
  percent: 'constant.numeric.percent.dealnotes',
  date: 'constant.other.date.dealnotes',
} as const;

export const RESEARCH_NOTE_SCOPE = 'text.research-note';
export const INJECTION_SCOPE = 'dealnotes.markdown.injection';
/** Markdown scopes the injection stays out of: fenced, indented and inline code, link targets. */
export const INJECTION_SELECTOR =
  'L:text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -markup.underline.link -meta.embedded';

const hex = (ch: string) => `\\x{${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}}`;
/** A character class for the matcher's folded characters (apostrophes, spaces, hyphens). */
const cls = (chars: string) => `[${[...chars].map((c) => (c === '\t' ? '\\t' : c === '-' ? '\\-' : /[ '`]/.test(c) ? c : hex(c))).join('')}]`;
const APOS = cls(APOSTROPHES);
const SPACE = cls(`${SPACES}\t`);
const HYPHEN = cls(HYPHENS);
const WORD = '[\\p{L}\\p{N}\\p{M}]';
const NOT_AFTER_WORD = `(?<!${WORD})`;
const NOT_BEFORE_WORD = `(?!${WORD})`;

/** A name as regex atoms: literal characters, and the matcher's folded classes for apostrophes, spaces, hyphens. */
function nameAtoms(text: string): string[] {
  return [...text].map((ch) => {
    if (APOSTROPHES.includes(ch)) return APOS;
    if (SPACES.includes(ch) || ch === '\t') return SPACE;
    if (HYPHENS.includes(ch)) return HYPHEN;
    if (/[\\^$.|?*+()[\]{}#/]/.test(ch)) return `\\${ch}`;
    return ch.charCodeAt(0) > 126 ? hex(ch) : ch;
  });
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** What follows when a name ends here: its word boundary and guards. */
  tail?: string;
}

/**
 * Names as one factored alternation ("N(?:vidia…|scale…)"): Oniguruma then reads a character once per
 * position instead of once per name, which keeps tokenising as fast as VS Code needs. At each node the
 * longer names are tried before the name that ends there, so the longest name wins, as in the matcher's
 * trie; distinct atoms never match the same character, so sibling order does not matter.
 */
function factored(entries: { atoms: string[]; tail: string }[]): string {
  const root: TrieNode = { children: new Map() };
  for (const { atoms, tail } of entries) {
    let node = root;
    for (const a of atoms) {
      let next = node.children.get(a);
      if (!next) node.children.set(a, (next = { children: new Map() }));
      node = next;
    }
    node.tail ??= tail;
  }
  const emit = (node: TrieNode): string => {
    const parts = [...node.children.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([a, c]) => a + emit(c));
    if (node.tail !== undefined) parts.push(node.tail);
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  };
  return emit(root);
}

/**
 * The regex of one group of names. A name that begins a longer name the matcher would prefer but the
 * grammar cannot take here (an ambiguous alias, or a company after the chip group) gets a negative
 * lookahead, so the grammar leaves the span alone as the recogniser does.
 */
function groupSource(group: GrammarName[], shadows: GrammarName[]): string {
  return factored(group.map((n) => {
    const key = foldText(n.text);
    const rests = shadows
      .filter((s) => s.text.length > n.text.length && foldText(s.text).startsWith(key) && !isWordChar(s.text[n.text.length]))
      .map((s) => `${nameAtoms(s.text.slice(n.text.length)).join('')}${s.kind === 'chip' ? 's?' : ''}${NOT_BEFORE_WORD}`);
    const guard = rests.length ? `(?!${[...new Set(rests)].sort().join('|')})` : '';
    return { atoms: nameAtoms(n.text), tail: `${n.kind === 'chip' ? 's?' : ''}${NOT_BEFORE_WORD}${guard}` };
  }));
}

function namePattern() {
  const names = matcherNames(builtinLexicon().entities);
  const chips = names.filter((n) => n.kind === 'chip' && !n.ambiguous);
  const companies = names.filter((n) => n.kind === 'company' && !n.ambiguous);
  const ambiguous = names.filter((n) => n.ambiguous);
  const chipSource = groupSource(chips, [...companies, ...ambiguous]);
  const companySource = groupSource(companies, ambiguous);
  return {
    counts: { chips: chips.length, companies: companies.length, ambiguous: ambiguous.length },
    rule: {
      comment: `Companies and chips of the built-in lexicon (${companies.length} company and ${chips.length} chip spellings; ` +
        `${ambiguous.length} ambiguous aliases and outlet names are left out: semantic tokens colour the former in context, ` +
        'nothing colours the latter, both still shadow shorter names). Chips are tried first: at one ' +
        'position the longest name wins, as in the core\'s name matcher.',
      match: `${NOT_AFTER_WORD}(?:(${chipSource})|(${companySource}))`,
      captures: { 1: { name: SCOPES.chip }, 2: { name: SCOPES.company } },
    },
  };
}

// ---- Quantities ------------------------------------------------------------------------------------------
const GSP = '[ \\x{00A0}\\x{202F}\\x{2009}]';
const NUM = `(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:${GSP}\\d{3})+(?:[.,]\\d{1,6})?|\\d{1,3}(?:\\.\\d{3}){1,5},\\d{1,6}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,6})?|\\d{1,18}(?:[.,]\\d{1,6})?)(?!\\d)`;
const NUMR = `${NUM}(?:${GSP}{0,3}(?:[-–\\x{2011}]|(?i:to|à|et|and)${NOT_BEFORE_WORD})${GSP}{0,3}${NUM.replace('(?<![\\p{L}\\p{N}.,])', '')})?`;
const MAG_WORD = '(?i:(?:milliards?|millions?|billions?|bilions?|trillions?|mille|thousands?|milliers|lakhs?|lacs?|crores?)(?:\\s(?:crores?|cr(?![\\p{L}\\p{N}]|\\.\\d)))?)';
const MAG_ABBR = '(?:Mds|Mrds|Mrd|Md|mds|md|bn|Bn|BN|bln|Bln|BLN|mn|Mn|mln|Mln|MLN|tn|Tn|trn|Trn|k|K|M|B|T|G|m|b)';
// The currencies come from the recogniser itself (src/core/recognize/money.ts), so that the grammar colours
// every sign, code and word it reads; its regex sources are written for JavaScript and read the same in
// Oniguruma once "\uXXXX" escapes are written "\x{XXXX}", and a group written as a loop for V8 ("(?:x|(?!)){1,4}",
// src/core/text/regexLoop.ts) is written back as the plain group: Oniguruma takes that empty alternative for no target.
const onig = (source: string) => source.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => `\\x{${h.toUpperCase()}}`).replaceAll('|(?!))', ')');
const CURRENCY_WORD = `(?i:${MONEY_GRAMMAR_SOURCES.words.map(onig).join('|')})`;
const CURRENCY_WORD_DIRECT = `(?i:${MONEY_GRAMMAR_SOURCES.wordsWithoutMagnitude.map(onig).join('|')})`;
const SYMBOL = `(?:${onig(MONEY_GRAMMAR_SOURCES.symbol)}|(?i:${onig(MONEY_GRAMMAR_SOURCES.namePrefix)})(?=${GSP}\\d))${GSP}?`;
const SUFFIX_SIGN = `(?:${onig(MONEY_GRAMMAR_SOURCES.suffixSign)})`;
const CODE = `(?:${MONEY_GRAMMAR_SOURCES.codes.join('|')})`;
const MINOR = `(?<![\\p{L}\\p{N}.,])(?i:${onig(MONEY_GRAMMAR_SOURCES.minor)})`;
const MONEY_NUMBER_WORDS = `(?i:${onig(NUMBER_WORDS_SOURCE)}|an?)`;
/** "plusieurs", "des dizaines de", "tens of", "a few (hundred)", "une quinzaine de", "half a", "un demi": a vague, approximate or half number. */
const VAGUE = `(?i:(?:(?:plusieurs|quelques|des)${'\\s{1,4}'})?(?:dizaines|centaines)\\s{1,4}de|(?:several\\s{1,4})?(?:tens|hundreds|dozens)\\s{1,4}of|(?:several|a\\s{1,4}few)\\s{1,4}hundred|half\\s{1,4}an?|une?\\s{1,4}demi|plusieurs|quelques|des|several|a\\s{1,4}few|(?:une?\\s{1,4})?(?:${MONEY_GRAMMAR_SOURCES.approxNouns})\\s{1,4}de)`;
const UNIT_POWER = '(?i:t[ée]rawatts?|gigawatts?|m[ée]gawatts?|kilowatts?)|TW|GW|MW|kW|(?i:gw)';
const NUMBER_WORD = '(?i:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|premier|first|an?)';
const MONTH = '(?i:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|January|February|March|April|May|June|July|August|September|October|November|December|janv\\.|f[ée]vr?\\.|avr\\.|juil\\.|sept?\\.|oct\\.|nov\\.|d[ée]c\\.|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';
const YEAR = '(?:19|20)\\d{2}(?!\\d|[.,]\\d)';
const WS = '\\s{1,3}';

function quantityRules() {
  return {
    money: {
      comment: 'Money: a currency written next to an amount ("$100 billion", "1,3 Md€", "100 milliards de dollars", "2 500 M$", "USD 5bn", "₹10,000 crore", "99 cents"). The currencies are the recogniser\'s (src/core/recognize/money.ts); the rest is simpler.',
      patterns: [
        {
          comment: 'Rupees first, with lakh, crore or "cr": "₹10,000 crore", "Rs 5 lakh crore", "INR 500 cr".',
          match: `${NOT_AFTER_WORD}(?:₹|Rs\\.?(?=${GSP}?\\d)|INR(?![A-Za-z]))${GSP}?${NUMR.replace('(?<![\\p{L}\\p{N}.,])', '')}(?:${GSP}?(?:${MAG_WORD}${NOT_BEFORE_WORD}|[Cc][Rr](?!${WORD})(?:\\.(?=${GSP}?[\\p{Ll}\\d(]))?|${MAG_ABBR}${NOT_BEFORE_WORD})|-${MAG_WORD}${NOT_BEFORE_WORD})?`,
          name: SCOPES.money,
        },
        {
          comment: 'Currency sign or code first: "$100 billion", "US$10bn", "CN¥380 billion", "RM42 billion", "$7–8 billion", "SAR 5bn".',
          match: `${NOT_AFTER_WORD}(?:${SYMBOL}|${CODE}(?![A-Za-z])${GSP}?)${NUMR.replace('(?<![\\p{L}\\p{N}.,])', '')}(?:${GSP}?(?:${MAG_WORD}|${MAG_ABBR})${NOT_BEFORE_WORD}|-${MAG_WORD}${NOT_BEFORE_WORD})?`,
          name: SCOPES.money,
        },
        {
          comment: 'Cents, centimes and pence: "99 cents", "50 centimes d\'euro", "183 pence", "20¢".',
          match: MINOR,
          name: SCOPES.money,
        },
        {
          comment: 'Amount (digits, words, vague), magnitude word and currency word: "100 milliards de dollars", "30 et 50 milliards d\'euros", "ten billion dollars", "tens of billions of dollars".',
          match: `(?:${NUMR}|${NOT_AFTER_WORD}${MONEY_NUMBER_WORDS}|${NOT_AFTER_WORD}${VAGUE})(?:${WS}(?i:et${WS}demie?|and${WS}a${WS}half))?(?:${WS}|-)${MAG_WORD}(?:${WS}(?i:et${WS}demie?|and${WS}a${WS}half)|${WS}\\d{1,3}${WS}(?i:millions?))?(?:${WS}(?i:de|of)${WS}|${WS}d${APOS}${GSP}?|${WS}|-)${CURRENCY_WORD}${NOT_BEFORE_WORD}`,
          name: SCOPES.money,
        },
        {
          comment: 'Amount, magnitude and sign or code after it: "1,3 Md€", "2 500 M$", "500 €", "500USD", "7 milliards $", "12 M$ CA", "5 Mds USD", "30 million GBP".',
          match: `${NUMR}(?:${GSP}?(?:${MAG_WORD}|${MAG_ABBR})${NOT_BEFORE_WORD})?(?:(?:${GSP}{0,2}|${WS}(?i:de)${WS}|${WS}(?i:d)${APOS})${SUFFIX_SIGN}|${GSP}{0,2}${CODE}${NOT_BEFORE_WORD})`,
          name: SCOPES.money,
        },
        {
          comment: 'Amount and currency word: "500 dollars", "40 000 euros", "5 lakh rupees", "400k dollars".',
          match: `${NUMR}(?:(?:${WS}|-)${MAG_WORD}${WS}${CURRENCY_WORD}|${GSP}?[kKMB]${WS}${CURRENCY_WORD}|${WS}${CURRENCY_WORD_DIRECT})${NOT_BEFORE_WORD}`,
          name: SCOPES.money,
        },
      ],
    },
    power: {
      comment: 'Electric power: "10 GW", "1,4 GW", "6 gigawatts", "the first gigawatt", "500 MW"; never energy (GWh, gigawatt-heures).',
      match: `(?<![\\p{L}\\p{N}.,])(?:${NUM.replace('(?<![\\p{L}\\p{N}.,])', '')}|${NUMBER_WORD})[ \\t\\x{00A0}\\x{202F}\\x{2009}]{0,2}-?(?:${UNIT_POWER})(?![\\p{L}\\p{N}]|[- \\x{00A0}]?(?i:heures?|hours?)(?!\\p{L}))`,
      name: SCOPES.power,
    },
    percent: {
      comment: 'Percentages: "10 %", "10%", "6,21 %", "4 pour cent", "4 percent".',
      match: `${NUM}(?:${GSP}{0,2}[%％]|${GSP}{1,2}(?i:pour${GSP}?cents?|pourcents?|percent|per${GSP}cent|pct)${NOT_BEFORE_WORD})`,
      name: SCOPES.percent,
    },
    date: {
      comment: 'Dates: "2025-09-22", "22 septembre 2025", "October 6, 2025", "septembre 2025", "second semestre 2026", "H2 2026", "fin 2026", "en 2024".',
      patterns: [
        { comment: 'ISO dates.', match: '(?<![\\p{N}\\-/.])\\d{4}-\\d{2}-\\d{2}(?![\\p{N}]|-\\d)', name: SCOPES.date },
        {
          comment: 'Day, month, year: "22 septembre 2025", "1er janvier 2026", "22nd of September 2025".',
          match: `${NOT_AFTER_WORD}(?:1er|premier|\\d{1,2})(?:st|nd|rd|th)?(?:${WS}of)?${WS}${MONTH}${NOT_BEFORE_WORD}${GSP}{0,2},?${WS}${YEAR}`,
          name: SCOPES.date,
        },
        { comment: 'Month, day, year: "October 6, 2025".', match: `${NOT_AFTER_WORD}${MONTH}${NOT_BEFORE_WORD}${WS}\\d{1,2}(?:st|nd|rd|th)?${NOT_BEFORE_WORD},?${WS}${YEAR}`, name: SCOPES.date },
        { comment: 'Numeric day first: "20/02/2026".', match: '(?<![\\p{N}/.,])\\d{1,2}([/.])\\d{1,2}\\1(?:19|20)\\d{2}(?![\\d/])', name: SCOPES.date },
        {
          comment: 'Halves and quarters: "second semestre 2026", "second half of 2026", "troisième trimestre 2025".',
          match: `${NOT_AFTER_WORD}(?i:premi[eè]re?|1(?:er|re|ère|st)|second|seconde|deuxi[eè]me|2(?:e|ème|eme|nd)|first|troisi[eè]me|3(?:e|ème|eme|rd)|third|quatri[eè]me|4(?:e|ème|eme|th)|fourth|dernier|last|final)${WS}(?i:semestre|moiti[ée]|half|trimestre|quarter)(?:${WS}(?i:de${WS}|d${APOS}|of${WS}|in${WS})(?i:l${APOS}ann[ée]e${WS}|the${WS}year${WS})?|${WS})${YEAR}`,
          name: SCOPES.date,
        },
        { comment: '"H2 2026", "S2 2026", "T3 2025", "Q3 2025", "2026 H2".', match: `${NOT_AFTER_WORD}(?:[HS][12]|[TQ][1-4])${GSP}{0,2}[-']?${GSP}{0,2}${YEAR}|${NOT_AFTER_WORD}(?:19|20)\\d{2}${GSP}{0,2}-?${GSP}{0,2}(?:H[12]|Q[1-4])${NOT_BEFORE_WORD}`, name: SCOPES.date },
        { comment: '"fin 2026", "début 2026", "mi-2026", "late 2026", "end of 2026".', match: `${NOT_AFTER_WORD}(?i:fin|d[ée]but|courant|mi|(?:end|beginning|start|middle)${WS}of|early|late|mid)(?:${WS}|${GSP}?-${GSP}?)(?i:d${APOS}ann[ée]e${WS})?${YEAR}`, name: SCOPES.date },
        { comment: 'Month and year: "septembre 2025", "September 2025".', match: `${NOT_AFTER_WORD}${MONTH}${NOT_BEFORE_WORD}(?:${WS}(?i:de${WS}|d${APOS}|of${WS}))?${WS}${YEAR}`, name: SCOPES.date },
        {
          comment: 'A year after "en", "in", "d\'ici", "by", "since": only the year is the date.',
          match: `${NOT_AFTER_WORD}(?i:en|in|d${APOS}ici(?:${WS}(?:à|a))?|by|depuis|since|jusqu${APOS}en|dès|until)${WS}(${YEAR})(?!${GSP}?%)`,
          captures: { 1: { name: SCOPES.date } },
        },
      ],
    },
  };
}

const GENERATED = 'Generated by scripts/generate-grammars.ts from the built-in lexicon (src/core/lexicon/data). Do not edit: run `npm run grammars`.';

function repository() {
  const names = namePattern();
  const q = quantityRules();
  return {
    'deal-notes': {
      comment: 'Everything Deal Notes colours, in the recogniser\'s order of precedence: names, money, power, percentages, dates.',
      patterns: ['names', 'money', 'power', 'percent', 'date'].map((r) => ({ include: `#${r}` })),
    },
    names: names.rule,
    money: q.money,
    power: q.power,
    percent: q.percent,
    date: q.date,
  };
}

export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  content: string;
}

/** The grammars as they should be on disk. */
export function generateGrammars(): GeneratedFile[] {
  const repo = repository();
  const note = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    comment: GENERATED,
    name: 'Research Note',
    scopeName: RESEARCH_NOTE_SCOPE,
    fileTypes: ['note'],
    patterns: [
      {
        comment: 'Headings, as in Markdown: "# Title".',
        begin: '^(#{1,6})[ \\t]+',
        end: '$',
        beginCaptures: { 1: { name: 'punctuation.definition.heading.research-note' } },
        name: 'markup.heading.research-note',
        patterns: [{ include: '#deal-notes' }],
      },
      { include: '#deal-notes' },
    ],
    repository: repo,
  };
  const injection = {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    comment: `${GENERATED} Injected into Markdown outside code blocks, inline code and link targets.`,
    scopeName: INJECTION_SCOPE,
    injectionSelector: INJECTION_SELECTOR,
    patterns: [{ include: `${RESEARCH_NOTE_SCOPE}#deal-notes` }],
  };
  return [
    { path: 'syntaxes/research-note.tmLanguage.json', content: `${JSON.stringify(note, null, 2)}\n` },
    { path: 'syntaxes/dealnotes.markdown.injection.json', content: `${JSON.stringify(injection, null, 2)}\n` },
  ];
}

/** The files whose content on disk differs from what the generator produces. */
export function staleGrammars(dir = root): string[] {
  return generateGrammars()
    .filter((f) => {
      const file = path.join(dir, f.path);
      return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== f.content;
    })
    .map((f) => f.path);
}

function main(): void {
  if (process.argv.includes('--check')) {
    const stale = staleGrammars();
    if (stale.length) {
      console.error(`Stale grammars (run npm run grammars): ${stale.join(', ')}`);
      process.exitCode = 1;
    } else console.log('Grammars are up to date.');
    return;
  }
  for (const f of generateGrammars()) {
    const file = path.join(root, f.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, f.content);
    console.log(`wrote ${f.path} (${Math.round(f.content.length / 1024)} KB)`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
