/**
 * Where the deal words (cues) of a note are: one pass over a stretch of sentences finds them all, then each
 * sentence takes its share. Plural cue words ("deals", "accords") make one deal per company on the other side.
 */
import type { Span } from '../text/sentences';
import type { CueDef } from './cues';
import { leadingLetters, leadingPairs } from '../text/leadingLetters';
import { CUE_RES } from './patterns';
import { matchesOf } from '../text/keptRegExps';

export interface Cue {
  start: number;
  end: number;
  def: CueDef;
}

/**
 * Every cue of [from, to); sentences then take their share. Each cue's pattern is tried left to right at the
 * places where some cue may start, a match hiding the next ones of that pattern it overlaps: what running each
 * pattern over the whole stretch finds, at a fraction of the cost. Every cue word starts with a letter after a
 * character that is no letter or digit (its pattern's lookbehind), so the places are the starts of words, and at
 * each only the patterns whose first letters hold the word's are tried (CUE_LETTERS); a pattern whose first
 * letters are not known from its source is tried where a scan of its own finds it may start.
 */
export function findAllCues(folded: string, from: number, to: number): Cue[] {
  const stretch = folded.slice(from, to);
  // [start, index in CUE_RES] of every match, pushed in order of start, then of pattern.
  const found: { at: number; end: number; index: number }[] = [];
  const free = new Array<number>(CUE_RES.length).fill(0);
  const tryAt = (at: number, index: number) => {
    if (at < free[index]!) return;
    const { re } = CUE_RES[index]!;
    re.lastIndex = at;
    // Sticky: a match leaves lastIndex at its end (no match array is made for the many places that fail).
    if (!re.test(stretch)) return;
    const end = re.lastIndex;
    found.push({ at, end, index });
    free[index] = Math.max(at + 1, end);
  };
  // The runs of letters and digits, found by two sticky tests a run (what is not one, then the run): no match array
  // is made for each word of the note.
  for (let next = 0; ;) {
    NOT_WORD_RUN.lastIndex = next;
    NOT_WORD_RUN.test(stretch);
    const at = NOT_WORD_RUN.lastIndex;
    if (at >= stretch.length) break;
    WORD_RUN.lastIndex = at;
    WORD_RUN.test(stretch);
    next = WORD_RUN.lastIndex;
    const c = stretch.charCodeAt(at);
    // ASCII letters (either case): the patterns that may start with it, and with the next letter when it is one
    // too; any other letter: every pattern read.
    let tried: number[] | undefined;
    if (c < 128) {
      const next = stretch.charCodeAt(at + 1) | 0x20;
      tried = next >= 97 && next <= 122 ? CUE_LETTERS.byPair[((c | 0x20) << 7) | next] : CUE_LETTERS.byLetter[c | 0x20];
    } else tried = CUE_LETTERS.read;
    if (tried) for (const index of tried) tryAt(at, index);
  }
  if (CUE_LETTERS.unread.length) {
    // Patterns whose first letters are unknown: tried where a zero-width scan of them all finds a start.
    for (const m of matchesOf(CUE_LETTERS.unreadAt!, stretch)) for (const index of CUE_LETTERS.unread) tryAt(m.index, index);
  }
  // Stable: at one start, the patterns in the order of CUE_RES (as when each pattern ran over the stretch in turn).
  found.sort((a, b) => a.at - b.at || a.index - b.index);
  return found.map((f) => ({ start: from + f.at, end: from + f.end, def: CUE_RES[f.index]!.def }));
}

/** A run of letters and digits: where it starts, a word starts if its first character is a letter. */
const WORD_RUN = /[\p{L}\p{N}]+/uy;
/** What lies between two runs of letters and digits. */
const NOT_WORD_RUN = /[^\p{L}\p{N}]*/uy;

/**
 * For each ASCII letter's lower-case code, the indexes in CUE_RES of the patterns that may start with it; for each
 * pair of them (first << 7 | second), the patterns that may start with both (read from the patterns' own sources,
 * `leadingPairs`: a new cue is never left out, a pattern the reader cannot follow is tried after any second
 * letter); `read`, every pattern whose first letters are known; `unread`, the others, and one zero-width scan for
 * where they start.
 */
const CUE_LETTERS = (() => {
  const byLetter: (number[] | undefined)[] = [];
  const byPair: (number[] | undefined)[] = [];
  const read: number[] = [];
  const unread: number[] = [];
  CUE_RES.forEach(({ def }, index) => {
    const letters = leadingLetters(def.pattern);
    const pairs = leadingPairs(def.pattern);
    if (!letters || !pairs) {
      unread.push(index);
      return;
    }
    read.push(index);
    for (const l of letters) {
      const code = l.charCodeAt(0);
      if (code >= 128) continue;
      (byLetter[code] ??= []).push(index);
      const seconds = pairs.get(l) ?? 'any';
      for (let second = 97; second <= 122; second++) {
        if (seconds === 'any' || seconds.has(String.fromCharCode(second))) (byPair[(code << 7) | second] ??= []).push(index);
      }
    }
  });
  const unreadAt = unread.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?=${unread.map((i) => `(?:${CUE_RES[i]!.def.pattern})(?![\\p{L}\\p{N}])`).join('|')})`, 'giu')
    : undefined;
  return { byLetter, byPair, read, unread, unreadAt };
})();

/** Whether `cuesIn(all, sentence)` would find any cue: the cheap test that gates the deal rules. */
export function anyCueIn(all: readonly Cue[], sentence: Span): boolean {
  for (let i = firstCueFrom(all, sentence.start); i < all.length && all[i]!.start < sentence.end; i++) if (all[i]!.end <= sentence.end) return true;
  return false;
}

/** Index of the first cue starting at or after `start` (binary search over cues sorted by start). */
function firstCueFrom(all: readonly Cue[], start: number): number {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function cuesIn(all: readonly Cue[], sentence: Span): Cue[] {
  const found: Cue[] = [];
  for (let i = firstCueFrom(all, sentence.start); i < all.length && all[i]!.start < sentence.end; i++) if (all[i]!.end <= sentence.end) found.push(all[i]!);
  // Longest first, then drop cues inside a longer one (a sentence's one cue stays as it is).
  if (found.length < 2) return found;
  found.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: Cue[] = [];
  for (const c of found) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** A cue written in the plural ("deals", "coopérations"): one deal per company on the other side. */
export function isPluralWord(folded: string, cue: Cue): boolean {
  return /s$/iu.test(folded.slice(cue.start, cue.end));
}

/**
 * A deal noun in the plural ("deals", "accords"), as opposed to a verb that ends in s ("invests"), or a reflexive
 * verb of a noun cue's list ("se sont entendus": two companies that agreed).
 */
export function isPluralNoun(folded: string, cue: Cue): boolean {
  return cue.def.role === 'noun' && isPluralWord(folded, cue) && !/^s(?:e\s|')/iu.test(folded.slice(cue.start, cue.end));
}
