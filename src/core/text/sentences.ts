/**
 * Splits note text into sentences with offsets. Clipped articles put headings, list items and captions on
 * lines of their own, so a line break ends a sentence unless the text was hard-wrapped (see
 * continuesOnNextLine); inside a line, ". ", "! ", "? " and "…" end one unless the dot belongs to an
 * abbreviation ("Inc.", "M.", "U.S.") or a number ("1.5"). A sentence may so span several lines.
 */
import { runToEnd, type Steps } from '../steps';
import { isWordCode } from './chars';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'sa', 'st', 'mr', 'mrs', 'ms', 'dr', 'prof', 'm', 'mm', 'mme',
  'jr', 'sr', 'vs', 'etc', 'cf', 'no', 'n°', 'vol', 'p', 'env', 'approx', 'jan', 'feb', 'fév', 'mar', 'apr',
  'avr', 'jun', 'jul', 'juil', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'déc', 'e.g', 'i.e', 'u.s', 'u.k',
  'mds', 'md', 'mrd', 'bn',
]);

/**
 * No sentence is longer than this: a text that never ends its sentences (a list of names, a page whose
 * punctuation was lost) is cut into pieces of at most this length, so that every rule run per sentence
 * costs a bounded time and a note's analysis stays linear in its length. Real sentences are far shorter
 * (the longest of the evaluation sets has 356 characters).
 */
export const MAX_SENTENCE_CHARS = 1000;
/** A piece cut from an endless sentence ends at a space in its last part, or else at the bound itself. */
const MIN_PIECE_CHARS = MAX_SENTENCE_CHARS / 2;

/** Characters read between two pauses of `splitSentencesSteps`. */
const CHARS_PER_STEP = 50_000;

export function splitSentences(text: string): Span[] {
  return runToEnd(splitSentencesSteps(text));
}

/** `splitSentences` in steps (see steps.ts): a pause every CHARS_PER_STEP characters of a huge note. */
export function* splitSentencesSteps(text: string): Steps<Span[]> {
  const spans: Span[] = [];
  let pauseAt = CHARS_PER_STEP;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    while (e - s > MAX_SENTENCE_CHARS) {
      const cut = pieceEnd(text, s);
      let next = cut;
      while (next < e && isSpace(text.charCodeAt(next))) next++;
      let pieceEndTrimmed = cut;
      while (pieceEndTrimmed > s && isSpace(text.charCodeAt(pieceEndTrimmed - 1))) pieceEndTrimmed--;
      if (pieceEndTrimmed > s) spans.push({ start: s, end: pieceEndTrimmed });
      s = next;
    }
    if (e > s) spans.push({ start: s, end: e });
  };
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    if (i >= pauseAt) {
      yield;
      pauseAt = i + CHARS_PER_STEP;
    }
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      const next = ch === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
      if (!continuesOnNextLine(text, lineStart, i, next)) {
        push(i);
        start = next;
      }
      lineStart = next;
      i = next - 1;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      // Swallow closing quotes and brackets after the terminator.
      let j = i + 1;
      while (j < text.length && /["»”’)\]]/.test(text[j]!)) j++;
      const next = text[j];
      if (next !== undefined && !/\s/.test(next)) continue;
      if (ch === '.' && isAbbreviation(text, i)) continue;
      // The next sentence should start with a capital, a digit, a quote or a list marker.
      let k = j;
      while (k < text.length && (text[k] === ' ' || text[k] === '\u00a0' || text[k] === '\t')) k++;
      const first = text[k];
      if (first !== undefined && first !== '\n' && first !== '\r' && first === first.toLowerCase() && first !== first.toUpperCase()) continue;
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(text.length);
  return spans;
}

/**
 * Where the first piece of an over-long sentence starting at `start` ends: after the last comma or
 * semicolon followed by a space in its second half, else at its last space there, else after its last
 * character that is not part of a word ("Nvidia-OpenAI-…" is cut after a hyphen), else at the bound (never
 * between the two halves of a surrogate pair).
 */
function pieceEnd(text: string, start: number): number {
  const limit = start + MAX_SENTENCE_CHARS;
  let lastSpace = -1;
  let lastBreak = -1;
  for (let i = limit - 1; i >= start + MIN_PIECE_CHARS; i--) {
    const before = text.charCodeAt(i - 1);
    if (lastBreak < 0 && !isWordCode(before) && isWordCode(text.charCodeAt(i))) lastBreak = i;
    if (!isSpace(text.charCodeAt(i))) continue;
    if (before === 44 || before === 59) return i;
    if (lastSpace < 0) lastSpace = i;
  }
  if (lastSpace >= 0) return lastSpace;
  if (lastBreak >= 0) return lastBreak;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** White space as `\s` sees it, without a regex per character. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const LIST_OR_HEADING = /^\s*(?:[-*•‣▪–—+>#|]|\d{1,3}[.)]\s)/u;
const ENDS_SENTENCE = /[.!?…:;»"”)\]]\s*$/u;
const ENDS_WITH_CONNECTOR = /(?:,|\s(?:de|d'|d’|du|des|la|le|les|l'|l’|à|au|aux|et|ou|avec|pour|par|sur|dans|en|un|une|the|a|an|of|to|and|or|with|for|in|on|by|at|from))\s*$/iu;
/** Lines at least this long that end without punctuation were wrapped by a mail client or an editor. */
const WRAP_WIDTH = 70;
/** A wrapped line's next line is at most this much longer (a word that did not fit, and some). */
const WRAP_SLACK = 25;

/**
 * Hard-wrapped text (mail, plain-text notes, some Markdown) breaks sentences across lines. A line break is
 * inside a sentence when the next line carries on in lower case or with a number, when the line ends on a
 * comma or a little word ("de", "the"), or when a long line ends without punctuation and the next is not much
 * longer; never before a blank line, a list item or a heading.
 */
function continuesOnNextLine(text: string, lineStart: number, lineEnd: number, nextStart: number): boolean {
  const line = text.slice(lineStart, lineEnd);
  let nextEnd = text.indexOf('\n', nextStart);
  if (nextEnd < 0) nextEnd = text.length;
  const nextLine = text.slice(nextStart, nextEnd).replace(/\r$/, '');
  if (!line.trim() || !nextLine.trim()) return false;
  if (LIST_OR_HEADING.test(nextLine) || /^\s*#/.test(line)) return false;
  if (ENDS_SENTENCE.test(line)) return false;
  const first = nextLine.trimStart()[0]!;
  if (/[\p{Ll}\p{N}]/u.test(first)) return true;
  if (ENDS_WITH_CONNECTOR.test(line)) return true;
  // Wrapped lines are about as long as each other: a line followed by a much longer one (a title over its
  // article's first paragraph) was not wrapped.
  const length = line.trim().length;
  return length >= WRAP_WIDTH && nextLine.trim().length <= length + WRAP_SLACK && /\p{L}/u.test(first);
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.°]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Single capital initials ("J. Huang") and dotted acronyms ("U.S.").
  return /^\p{Lu}$/u.test(text.slice(s, dot)) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** The sentence that contains `offset` (binary search over spans sorted by start). */
export function sentenceAt(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
