/**
 * Notes of hostile shapes, for the linear-time benchmark (bench/hostile.bench.ts) and the unit tests that
 * check analysis stays correct on them: long runs of one character, sentences that never end, long lists
 * and hyphen chains of names, every kind of space and dash, very long lines, deep brackets, repeated little
 * words, thousands of amounts in a row, deal words everywhere. Deterministic; every text is written here.
 */

export interface HostileShape {
  name: string;
  /** A note of about `size` characters of this shape. */
  make(size: number): string;
}

const NAMES = ['Nvidia', 'OpenAI', 'Microsoft', 'Google', 'Amazon', 'Meta', 'Oracle', 'CoreWeave', 'Mistral AI', 'Anthropic', 'Intel', 'TSMC', 'Broadcom', 'SoftBank', 'Samsung', 'AMD'];
const WORDS = ['le', 'groupe', 'annonce', 'un', 'accord', 'avec', 'des', 'puces', 'pour', 'ses', 'centres', 'de', 'données', 'the', 'company', 'said', 'it', 'would', 'build', 'more', 'capacity'];
const ROLES = ['CEO', 'co-founder', 'chief scientist', 'président', 'cofondateur', 'former CTO'];
const CUE_WORDS = ['accord', 'partenariat', 'invests', 'deal', 'rachète', 'contrat', 'stake', 'supply', 'acquires', 'acquisition', 'investit', 'investissement', 'partnership', 'merger', 'fusion', 'licence', 'alliance', 'commande', 'contract', 'agreement', 'backed', 'levée', 'round', 'funding', 'buys', 'achète', 'rachat', 'joint venture', 'coentreprise', 'collaboration', 'fournit', 'supplies', 'customer', 'client', 'investor', 'investisseur', 'actionnaire', 'shareholder', 'partenaire', 'partner'];
const PEOPLE = ['Jane Doe', 'Paul Martin', 'Ana Silva', 'Li Wei', 'Omar Haddad', 'Eva Novak', 'Tom Berg'];
const SENTENCE_FR = 'Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI pour construire 10 gigawatts de centres de données';
const SENTENCE_EN = 'AMD and OpenAI announced a partnership on MI450 systems worth $10 billion on October 6, 2025';

/** `unit` repeated until the text is about `size` characters long. */
function repeat(size: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = unit(i);
    parts.push(p);
    length += p.length;
  }
  return parts.join('');
}

/** A made-up word for the i-th unknown company, distinct for every i: "Zorbab", "Zorbac", … (letters only). */
function unknownName(i: number): string {
  let word = '';
  for (let n = i; ; n = Math.floor(n / 26) - 1) {
    word = String.fromCharCode(97 + (n % 26)) + word;
    if (n < 26) break;
  }
  return `Zorb${word}`;
}

/** Ordinary sentences whose spaces are all `space`. */
const withSpaces = (space: string) => (size: number) => repeat(size, (i) => `${i % 2 ? SENTENCE_EN : SENTENCE_FR}. `).replace(/ /g, space);

export const HOSTILE_SHAPES: HostileShape[] = [
  { name: 'one letter repeated', make: (size) => 'a'.repeat(size) },
  { name: 'one capital letter repeated', make: (size) => 'A'.repeat(size) },
  { name: 'spaces only', make: (size) => ' '.repeat(size) },
  { name: 'dots only', make: (size) => '.'.repeat(size) },
  { name: 'digits only', make: (size) => repeat(size, (i) => String(i % 10)) },
  { name: 'hyphens only', make: (size) => '-'.repeat(size) },
  { name: 'apostrophes and quotes', make: (size) => repeat(size, (i) => (i % 3 ? '’' : '"')) },
  { name: 'one sentence, no punctuation', make: (size) => repeat(size, (i) => `${WORDS[i % WORDS.length]} `) },
  { name: 'one sentence of capitalised words', make: (size) => repeat(size, (i) => `${WORDS[i % WORDS.length]![0]!.toUpperCase()}${WORDS[i % WORDS.length]!.slice(1)} `) },
  { name: 'hard-wrapped lines, one endless sentence', make: (size) => repeat(size, (i) => `${WORDS[i % WORDS.length]}${i % 12 === 11 ? '\n' : ' '}`) },
  { name: 'list of names, commas', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]}, `) },
  { name: 'list of names, "et"', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]} et `) },
  { name: 'hyphen chain of names', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]!.replace(' ', '-')}-`) },
  { name: 'dash chain of names (en dash, em dash, slash)', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]}${['–', '—', '/', '‑'][i % 4]}`) },
  { name: 'names and deal words, no punctuation', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]} ${['investit dans', 'signe un accord avec', 'acquires', 'partners with', 'rachète'][i % 5]} `) },
  { name: 'deal words only', make: (size) => repeat(size, (i) => `${['accord', 'partenariat', 'invests', 'deal', 'rachète', 'contrat', 'stake', 'supply'][i % 8]} `) },
  { name: 'no-break spaces', make: withSpaces('\u00a0') },
  { name: 'narrow no-break spaces', make: withSpaces('\u202f') },
  { name: 'thin spaces', make: withSpaces('\u2009') },
  { name: 'ideographic spaces', make: withSpaces('\u3000') },
  { name: 'mixed spaces and dashes, no punctuation', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]}${['\u00a0', '\u202f', '\u2009', '\u3000', ' — ', ' – ', '\t'][i % 7]}`) },
  { name: 'one very long line of sentences', make: (size) => repeat(size, (i) => `${i % 2 ? SENTENCE_EN : SENTENCE_FR}. `) },
  { name: 'many short lines', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]}\n`) },
  { name: 'deep brackets', make: (size) => `${'('.repeat(size / 2 - 10)}Nvidia OpenAI${')'.repeat(size / 2 - 10)}` },
  { name: 'brackets around names', make: (size) => repeat(size, (i) => `(${NAMES[i % NAMES.length]} [${NAMES[(i + 1) % NAMES.length]}]) `) },
  { name: '"de la de la"', make: (size) => repeat(size, () => 'de la ') },
  { name: 'amounts in a row', make: (size) => repeat(size, (i) => `${['100 milliards de dollars', '$3 billion', '5 M$', '2,5 Md€', '40 %', '1,2 GW', '10 gigawatts', 'USD 7 million'][i % 8]}, `) },
  { name: 'numbers with spaces in a row', make: (size) => repeat(size, (i) => `${i % 1000} `) },
  { name: 'dates in a row', make: (size) => repeat(size, (i) => `le ${1 + (i % 28)} mars 2026, `) },
  { name: 'abbreviations and initials', make: (size) => repeat(size, (i) => `${['Inc.', 'M.', 'U.S.', 'J.', 'etc.', 'Corp.'][i % 6]} `) },
  { name: 'markdown: list items and headings', make: (size) => repeat(size, (i) => (i % 5 ? `- ${NAMES[i % NAMES.length]} ${WORDS[i % WORDS.length]}\n` : `## ${NAMES[i % NAMES.length]}\n`)) },
  { name: 'site furniture between names', make: (size) => repeat(size, (i) => (i % 2 ? `Suivez-nous sur ${NAMES[i % NAMES.length]} et LinkedIn.\n` : `${NAMES[i % NAMES.length]} signe un accord avec ${NAMES[(i + 3) % NAMES.length]}.\n`)) },
  // Thousands of distinct companies no lexicon knows, each told by a legal form or a deal: every one becomes an
  // inferred name that is then looked for in the whole note, and every sentence a deal between two of them.
  { name: 'distinct unknown companies, legal forms', make: (size) => repeat(size, (i) => `${unknownName(i)} SAS, `) },
  { name: 'distinct unknown companies in deal sentences', make: (size) => repeat(size, (i) => (i % 2 ? `${unknownName(i)} a signé un accord de 2 milliards de dollars avec ${unknownName(i + 1)}. ` : `${unknownName(i)} acquired ${unknownName(i + 7)} for $3 billion. `)) },
  { name: 'one Markdown table row', make: (size) => `|${repeat(size - 2, (i) => ` ${NAMES[i % NAMES.length]} | ${['100 M$', '2,5 Md€', '40 %', '1,2 GW', 'accord', 'le 3 mars 2026'][i % 6]} |`)}\n` },
  { name: 'amount ranges chained', make: (size) => repeat(size, (i) => (i % 50 === 49 ? `${i % 10} milliards de dollars ` : `${i % 10}${['–', '-', ' à ', ' to ', ' et '][i % 5]}`)) },
  { name: 'emoji between names', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]}${['😀', '👍🏽', '👩‍💻', '🇫🇷', '\u200d', '\ufe0f'][i % 6]}`) },
  // The newer deal rules' shapes, run on and on: lists of investors with bracketed amounts, "X-backed Y" compounds,
  // and pairs after "entre"/"between" that never end.
  { name: 'list of names with bracketed amounts, no sentence end', make: (size) => repeat(size, (i) => (i % 30 === 0 ? `${NAMES[i % NAMES.length]} a levé 5 milliards de dollars auprès de ` : `${NAMES[i % NAMES.length]}${i % 4 === 1 ? ` (${1 + (i % 9)} milliards de dollars)` : ''}${i % 4 === 3 ? ' et ' : ', '}`)) },
  { name: '"X-backed Y" compounds in a row', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]}-${['backed', 'funded', 'owned', 'led'][i % 4]} ${NAMES[(i + 5) % NAMES.length]}, `) },
  { name: 'pairs after "entre" that never end', make: (size) => repeat(size, (i) => `${i % 60 === 0 ? 'des accords entre ' : ''}${NAMES[i % NAMES.length]}${i % 2 ? ', ' : ' et '}`) },
  // One pair's deal told again and again (tens of thousands of candidates of one set of parties, linked in steps),
  // with two relations and hundreds of values; a mention every two characters; a round's backers named by
  // company and role (people, not investors) that never ends.
  { name: 'one pair, two relations, hundreds of values', make: (size) => repeat(size, (i) => (i % 2 ? `Nvidia invests $${1 + (i % 301)} billion in OpenAI. ` : `OpenAI achète pour ${1 + ((i * 7) % 290)} milliards de dollars de puces à Nvidia. `)) },
  { name: 'percent signs and digits', make: (size) => repeat(size, () => '%1') },
  { name: 'backers by company and role, no sentence end', make: (size) => repeat(size, (i) => (i % 40 === 0 ? 'Zorbia a levé 50 millions de dollars auprès de ' : `${NAMES[i % NAMES.length]} ${ROLES[i % ROLES.length]} ${PEOPLE[i % PEOPLE.length]}${i % 3 === 2 ? ' and ' : ', '}`)) },
  { name: 'wikilinks and URLs', make: (size) => repeat(size, (i) => `[[${NAMES[i % NAMES.length]}]] https://example.com/${NAMES[i % NAMES.length]!.toLowerCase()}/${i} `) },
  // Since 1 Dec 2026 (round 5): numbers and currencies in every form, Markdown nested deep, scripts, emoji and blobs.
  { name: 'a dollar sign before every digit', make: (size) => repeat(size, (i) => `$${i % 10} `) },
  { name: 'one amount whose digits never end ("$1,2,3")', make: (size) => `$${repeat(size - 1, (i) => `${i % 10},`)}` },
  { name: 'amounts with units, no spaces', make: (size) => repeat(size, (i) => `${i % 1000}M$`) },
  { name: 'currency words only', make: (size) => repeat(size, (i) => `${['dollars', 'euros', 'milliards', 'millions', 'billion', 'million', 'USD', 'EUR', '€', '$', 'Md€', 'M$'][i % 12]} `) },
  { name: 'a table of numbers', make: (size) => repeat(size, (i) => (i % 8 === 7 ? `| ${i}\n` : `| ${(i * 7919) % 100000},${i % 100} `)) },
  { name: 'dates in many forms', make: (size) => repeat(size, (i) => `${['January', 'mars', '2026-03-', 'Q3', 'le 1er'][i % 5]} ${1 + (i % 28)}, ${2000 + (i % 30)} `) },
  { name: 'deeply nested list items', make: (size) => repeat(size, (i) => `${'  '.repeat(i % 200)}- ${NAMES[i % NAMES.length]} investit dans ${NAMES[(i + 1) % NAMES.length]}\n`) },
  { name: 'deeply nested quotes', make: (size) => repeat(size, (i) => `${'> '.repeat(i % 300)}${NAMES[i % NAMES.length]} signe un accord avec ${NAMES[(i + 2) % NAMES.length]}\n`) },
  { name: 'fenced code blocks', make: (size) => repeat(size, (i) => (i % 20 === 0 ? '```\n' : `${NAMES[i % NAMES.length]} invests in ${NAMES[(i + 1) % NAMES.length]} = ${i};\n`)) },
  { name: 'brackets and quotes opened, never closed', make: (size) => repeat(size, (i) => `${['(', '[', '«', '"', '“', '{'][i % 6]}${NAMES[i % NAMES.length]} `) },
  { name: 'alternating scripts', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]}${['Обзор', '日本語', 'عربي', 'ελληνικά', 'עברית', '한국어'][i % 6]}`) },
  { name: 'emoji ZWJ sequences', make: (size) => repeat(size, (i) => (i % 40 === 39 ? ` ${NAMES[i % NAMES.length]} ` : '👩‍👩‍👧‍👦')) },
  { name: 'combining marks after names', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]}\u0301\u0327 `) },
  { name: 'lone surrogates and control characters', make: (size) => repeat(size, (i) => ['\udc00', '\ud800', '\u0000', '\u0007', 'a', 'Nvidia '][i % 6]!) },
  { name: 'one URL of a megabyte', make: (size) => `https://example.com/${repeat(size - 20, (i) => `${NAMES[i % NAMES.length]!.replace(' ', '')}/${i}?q=${i}&`)}` },
  { name: 'a base64 blob', make: (size) => repeat(size, (i) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'[(i * 37 + (i >> 3)) % 64]!) },
  { name: 'French elisions repeated', make: (size) => repeat(size, (i) => (i % 3 ? "l'" : 'd’')) },
  { name: 'every cue word repeated', make: (size) => repeat(size, (i) => `${CUE_WORDS[i % CUE_WORDS.length]} `) },
  // Dense deal sentences of other kinds: thousands of short deals, CRLF line ends, capitals, rounds with their
  // investors listed, consortiums, "respectively", unknown companies with legal forms or under their own heading.
  { name: '"X invests in Y" sentences', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]} invests in ${NAMES[(i * 7 + 3) % NAMES.length]}. `) },
  { name: 'deal lines ending in CRLF', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]} acquires ${NAMES[(i + 1) % NAMES.length]}\r\n`) },
  { name: 'deal sentences in capitals', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]!.toUpperCase()} INVESTS $${i % 50} BILLION IN ${NAMES[(i + 3) % NAMES.length]!.toUpperCase()}. `) },
  { name: 'rounds with investors listed', make: (size) => repeat(size, (i) => `${unknownName(i)} raised $${i % 500} million from investors including ${NAMES[i % NAMES.length]}, ${NAMES[(i + 1) % NAMES.length]}, ${NAMES[(i + 2) % NAMES.length]}, ${NAMES[(i + 3) % NAMES.length]} and ${NAMES[(i + 4) % NAMES.length]}. `) },
  { name: 'consortiums buying unknown companies', make: (size) => repeat(size, (i) => `Un consortium mené par ${NAMES[i % NAMES.length]}, ${NAMES[(i + 1) % NAMES.length]} et ${NAMES[(i + 2) % NAMES.length]} rachète ${unknownName(i)} pour ${(i % 20) + 1} milliards de dollars. `) },
  { name: '"respectively" amounts', make: (size) => repeat(size, (i) => `${NAMES[i % NAMES.length]}, ${NAMES[(i + 1) % NAMES.length]}, ${NAMES[(i + 2) % NAMES.length]} and ${NAMES[(i + 3) % NAMES.length]} invested $${(i % 9) + 1} billion, $2 billion, $3 billion and $4 billion respectively in ${NAMES[(i + 5) % NAMES.length]}. `) },
  { name: 'distinct unknown companies, many legal forms', make: (size) => repeat(size, (i) => `${unknownName(i)} ${['Inc.', 'SA', 'GmbH', 'Ltd', 'LLC', 'SAS', 'AG', 'plc', 'Corp.', 'BV'][i % 10]} `) },
  { name: 'distinct unknown companies with "Inc." investing', make: (size) => repeat(size, (i) => `${unknownName(i)} Inc. invests in ${unknownName(i + 3)} Corp. `) },
  { name: 'a heading and a round per unknown company', make: (size) => repeat(size, (i) => `## ${unknownName(i)}\n${unknownName(i)} a levé ${(i % 90) + 1} millions d'euros auprès de ${unknownName(i + 1)} et ${NAMES[i % NAMES.length]}.\n\n`) },
];
