/**
 * Hedges on a quantity, in French and English, with their direction: the words right before an amount
 * ("jusqu'à", "about", "no more than", "pas moins de", "ne dépasse pas") and a few right after it ("or more",
 * "au maximum"). A negation turns a strict comparison into the opposite bound: "no more than" is at most,
 * "pas moins de" at least; a negated hedge never reads as itself.
 *
 * Every pattern is bounded and anchored at the amount, so a lookup reads at most a few dozen characters.
 */
import type { Qualifier } from '../types';

const SPACES = '[ \\u00a0\\u202f\\u2009]+';
const APOSTROPHE = "['’]";

/** Hedges before an amount, each with its qualifier. Longer phrases are found first (leftmost match wins). */
const BEFORE: ReadonlyArray<readonly [string, Qualifier]> = [
  // French: bounds and caps
  [`allant jusqu${APOSTROPHE}[àa]`, 'up to'], [`jusqu${APOSTROPHE}[àa]`, 'up to'], ['pouvant atteindre', 'up to'],
  ['pourrai(?:en)?t atteindre', 'up to'], ['(?:tout )?au plus', 'at most'], ['au maximum', 'at most'],
  ['(?:un )?maximum de', 'at most'], ['plafonn[ée]e?s? [àa]', 'at most'],
  [`n(?:e |${APOSTROPHE})(?:d[ée]pass|exc[éeè]d)\\p{L}{0,6} pas`, 'at most'], ['sans (?:d[ée]passer|exc[éeè]der)', 'at most'],
  ['au moins', 'at least'], ['au minimum', 'at least'], ['(?:un )?minimum de', 'at least'], ['au bas mot', 'at least'],
  // French: approximations
  ['pr[eè]s de', 'about'], ['pas loin de', 'about'], ['environ', 'about'], ['env\\.', 'about'], ['quelque', 'about'],
  ['autour de', 'about'], ['aux alentours de', 'about'], [`de l${APOSTROPHE}ordre de`, 'about'], ['approximativement', 'about'],
  ['quasiment', 'about'], ['quasi', 'about'], ['presque', 'about'], ['[àa] peu pr[eè]s', 'about'], ['plus ou moins', 'about'],
  ['avoisin(?:er|ant|e|ait|erait)(?: les?)?', 'about'],
  // French: strict comparisons
  ['un peu plus de', 'more than'], ['plus de', 'more than'], [`plus d${APOSTROPHE}`, 'more than'], ['plus que', 'more than'],
  ['au-del[àa] de', 'more than'], ['au-dessus de', 'more than'], ['sup[ée]rieure?s? [àa]', 'more than'],
  ['d[ée]passant(?: les?)?', 'more than'], ['exc[éeè]dant', 'more than'],
  ['d[ée]pass(?:e|ent|era|eront|ait|aient|é|er) les?', 'more than'],
  ['un peu moins de', 'less than'], ['moins de', 'less than'], [`moins d${APOSTROPHE}`, 'less than'], ['moins que', 'less than'],
  ['en(?:-| )dessous de', 'less than'], ['au-dessous de', 'less than'], ['en de[çc][àa] de', 'less than'],
  ['inf[ée]rieure?s? [àa]', 'less than'],
  // English: bounds and caps
  ['up to', 'up to'], ['as much as', 'up to'], ['as high as', 'up to'], ['at most', 'at most'], ['at the most', 'at most'],
  ['a maximum of', 'at most'], ['maximum of', 'at most'], ['capped at', 'at most'], ['not to exceed', 'at most'],
  ['at least', 'at least'], ['a minimum of', 'at least'], ['minimum of', 'at least'], ['as little as', 'at least'],
  // English: approximations
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['approximately', 'about'], ['approx\\.', 'about'],
  ['nearly', 'about'], ['almost', 'about'], ['close to', 'about'], ['some', 'about'], ['an estimated', 'about'],
  ['estimated at', 'about'], ['circa', 'about'], ['in the region of', 'about'], ['on the order of', 'about'],
  // English: strict comparisons
  ['more than', 'more than'], ['just over', 'more than'], ['over', 'more than'], ['upwards of', 'more than'],
  ['in excess of', 'more than'], ['above', 'more than'], ['greater than', 'more than'], ['higher than', 'more than'],
  ['larger than', 'more than'], ['exceeding', 'more than'], ['north of', 'more than'], ['topp(?:ed|ing)', 'more than'],
  ['less than', 'less than'], ['just under', 'less than'], ['under', 'less than'], ['fewer than', 'less than'],
  ['below', 'less than'], ['lower than', 'less than'], ['smaller than', 'less than'],
];

/** Words that negate the hedge right after them: "no more than", "not less than", "pas plus de", "jamais moins de". */
const NEGATION = `(?:not|no|never|pas|jamais)${SPACES}`;

const BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<neg>${NEGATION})?(?:${BEFORE.map(([h], i) => `(?<h${i}>${h.replace(/ /g, SPACES)})`).join('|')})` +
  `[ \\u00a0\\u202f\\u2009]{0,3}$|(?<tilde>[~≈∼])[ \\u00a0\\u202f\\u2009]?$`,
  'iu',
);

/** Hedges right after an amount: "$5bn or more", "10 milliards au maximum". */
const AFTER: ReadonlyArray<readonly [string, Qualifier]> = [
  ['or more', 'at least'], ['or less', 'at most'], ['at most', 'at most'], ['at the most', 'at most'], ['at least', 'at least'],
  ['or so', 'about'], ['ou plus', 'at least'], ['ou moins', 'at most'], ['au maximum', 'at most'], ['au moins', 'at least'],
  ['au minimum', 'at least'], ['maximum', 'at most'], ['minimum', 'at least'], ['environ', 'about'],
];
const AFTER_RE = new RegExp(
  `^,?[ \\u00a0\\u202f\\u2009]{1,3}(?:${AFTER.map(([h], i) => `(?<a${i}>${h.replace(/ /g, SPACES)})`).join('|')})(?![\\p{L}\\p{N}])` +
  // "…$2 billion, at least $1 billion of which" hedges the next amount, not this one.
  '(?![ \\u00a0\\u202f\\u2009]*[\\p{N}$€£¥₹])',
  'iu',
);

/** "a $500 million-plus deal", "$10bn+": at least the amount ("+" before a digit is a sum, not a hedge). */
const PLUS_AFTER_RE = /^(?:[-‑]plus(?![\p{L}\p{N}])|\+(?![ \u00a0\u202f\u2009]?[\p{N}$€£¥₹]))/iu;

/** What a negation does to a hedge: a strict comparison flips to the opposite bound; other hedges are void. */
function negated(q: Qualifier): Qualifier | undefined {
  if (q === 'more than') return 'at most';
  if (q === 'less than') return 'at least';
  return undefined;
}

/** What a hedge before an amount may end with: a letter, the dot of "env." or "approx.", an apostrophe ("plus d'"), a tilde. */
const HEDGE_END = /^[\p{L}.'’~≈∼]$/u;

/**
 * Whether BEFORE_RE may match `before`: it ends with a hedge and at most three spaces. Asked first because the
 * regex is tried at every position of its 48 characters, and V8 may run it in its slow tier (once it has run on
 * text of the other encoding): on '%1' repeated, half a million amounts each preceded by digits and percent
 * signs, it took 13 s of a 1 MB note.
 */
function mayEndWithHedge(before: string): boolean {
  let end = before.length;
  while (end > 0 && before.length - end <= 3 && /[ \u00a0\u202f\u2009]/u.test(before[end - 1]!)) end--;
  return end > 0 && before.length - end <= 3 && HEDGE_END.test(before[end - 1]!);
}

/** The hedge written right before `start` ("jusqu'à ", "about ", "no more than ", "~"), as a qualifier. */
export function qualifierBefore(text: string, start: number): Qualifier | undefined {
  const before = text.slice(Math.max(0, start - 48), start);
  if (before === '' || /\p{L}$/u.test(before) || !mayEndWithHedge(before)) return undefined;
  const m = BEFORE_RE.exec(before);
  if (!m?.groups) return undefined;
  if (m.groups.tilde !== undefined) return 'about';
  const i = BEFORE.findIndex((_, k) => m.groups?.[`h${k}`] !== undefined);
  const q = BEFORE[i]?.[1];
  if (q === undefined) return undefined;
  return m.groups.neg !== undefined ? negated(q) : q;
}

/**
 * The hedge written right after `end` ("or more", "au maximum"), as a qualifier; "au plus tard" is a date, and
 * a hedge followed by another amount belongs to that one.
 */
export function qualifierAfter(text: string, end: number): Qualifier | undefined {
  const after = text.slice(end, end + 24);
  if (PLUS_AFTER_RE.test(after)) return 'at least';
  const m = AFTER_RE.exec(after);
  if (!m?.groups) return undefined;
  const i = AFTER.findIndex((_, k) => m.groups?.[`a${k}`] !== undefined);
  return AFTER[i]?.[1];
}
