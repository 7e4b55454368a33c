/**
 * Character classes shared by the recognisers. Everything works on UTF-16 strings as JavaScript and VS Code
 * count them; letters include accented Latin letters, so "métaux" is one word and "d’OpenAI" splits at the
 * apostrophe.
 */
import type { Steps } from '../steps';
import { boundedMemo } from './boundedMemo';

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Per UTF-16 code unit: 0 not looked at yet, 1 a word character, 2 not one (filled as codes are met). */
const WORD_CODES = new Uint8Array(65536);

/** True when the UTF-16 code unit `c` is part of a word (letter, digit or combining mark); false for NaN. */
export function isWordCode(c: number): boolean {
  // ASCII fast path: the recognisers call this for every character of every note.
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (!(c < 65536)) return false;
  let known = WORD_CODES[c]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CODES[c] = known;
  }
  return known === 1;
}

/** True when `ch` is part of a word (letter, digit or combining mark). */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  return isWordCode(ch.charCodeAt(0));
}

/** A word starts at `i` when the character before it is not a word character. */
export function isWordStart(text: string, i: number): boolean {
  return i <= 0 || !isWordCode(text.charCodeAt(i - 1));
}

/** A word ends at `i` (exclusive) when the character at `i` is not a word character. */
export function isWordEnd(text: string, i: number): boolean {
  return i >= text.length || !isWordCode(text.charCodeAt(i));
}

/** Apostrophes people and word processors type. */
export const APOSTROPHES = '\'’ʼ‘`´';
/** Spaces inside numbers and names: ordinary, no-break, narrow no-break, thin. */
export const SPACES = ' \u00a0\u202f\u2009\u2007';
/** Hyphens and dashes used inside names ("Spectrum-X", "Spectrum‑X"). */
export const HYPHENS = '-\u2010\u2011\u2012\u2013';

const FOLD: Record<string, string> = {};
for (const ch of APOSTROPHES) FOLD[ch] = '\'';
for (const ch of SPACES + '\t') FOLD[ch] = ' ';
for (const ch of HYPHENS) FOLD[ch] = '-';
const FOLDABLE = /[’ʼ‘`´\u00a0\u202f\u2009\u2007\t\u2010-\u2013]/g;

/**
 * Folds one UTF-16 code unit for matching: typographic apostrophes to "'", special spaces to " ", hyphen
 * variants to "-". One unit in, one out, so offsets stay valid.
 */
export function foldCode(c: number): number {
  if (c < 128) return c === 9 ? 32 : c === 96 ? 39 : c;
  if (c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0xb4) return 39;
  if (c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007) return 32;
  if (c >= 0x2010 && c <= 0x2013) return 45;
  return c;
}

/** Folds a whole string like `foldCode`, keeping its length. */
export function foldText(text: string): string {
  FOLDABLE.lastIndex = 0;
  if (!FOLDABLE.test(text)) return text;
  const codes = new Uint16Array(text.length);
  foldCodes(text, codes, 0, text.length);
  return codesToString(codes, 0, codes.length);
}

/** `foldText` in steps (see steps.ts): a pause every FOLD_STEP characters of a long note. */
export function* foldTextSteps(text: string): Steps<string> {
  FOLDABLE.lastIndex = 0;
  if (!FOLDABLE.test(text)) return text;
  const codes = new Uint16Array(text.length);
  let out = '';
  for (let from = 0; from < text.length; from += FOLD_STEP) {
    if (from > 0) yield;
    const to = Math.min(text.length, from + FOLD_STEP);
    foldCodes(text, codes, from, to);
    out += codesToString(codes, from, to);
  }
  return out;
}

/** Characters folded between two pauses of `foldTextSteps`. */
const FOLD_STEP = 131_072;

// One pass over char codes into a buffer, turned into a string a block at a time: a replace with a callback
// per character, or a list of pieces, is slow on a text whose every space or apostrophe folds (a megabyte of
// them took 300 ms in one step).
function foldCodes(text: string, codes: Uint16Array, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 128 && c !== 9 && c !== 96 ? c : foldCode(c);
  }
}

function codesToString(codes: Uint16Array, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i += FOLD_BLOCK) out += String.fromCharCode(...codes.subarray(i, Math.min(to, i + FOLD_BLOCK)));
  return out;
}

/** Char codes turned into a string per call (well under the engines' limit on arguments). */
const FOLD_BLOCK = 8192;

/** Printable ASCII but the backtick (which folds to an apostrophe), words separated by one space. */
const PLAIN_ASCII_WORDS = /^[\x21-\x5f\x61-\x7e]+(?: [\x21-\x5f\x61-\x7e]+)*$/;

/** Lowercase without accents, for loose comparisons of names ("Échos" ~ "echos"). */
export function looseKey(s: string): string {
  // Plain ASCII words with single spaces between them (most names) fold, lose no accent and keep their
  // spaces: only their case changes. A note naming tens of thousands of companies overflowed the cache below
  // and paid the whole normalisation for each name several times.
  if (PLAIN_ASCII_WORDS.test(s)) return s.toLowerCase();
  return looseOfAny(s);
}

/** `looseKey` of any string, kept for the names asked most recently. */
const looseOfAny = boundedMemo(50_000, (s) => foldText(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim());

/** True when the word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}
