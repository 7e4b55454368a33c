/**
 * The currency an amount without one borrows from a neighbour: "8 milliards et 2 milliards de dollars" (the
 * first takes the second's), "3 milliards de dollars, portant le total à 12 milliards" (the second takes the
 * first's). Bounded: the same sentence and a short window, or a slightly longer one across sentences when
 * the words around the amount say it is money ("les 400 millions restants", "163 millions de pertes", "les
 * services pèseront 324 milliards"). An
 * amount followed by what it counts ("700 millions d'utilisateurs", "700 million users") never borrows one. A bare "centime" is a hundredth of the
 * currency the text was just speaking of, or of the euro.
 */
import type { Qualifier } from '../types';

const SP = '[ \\u00a0\\u202f\\u2009]';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';

/** Connectors between an amount without currency and the amount right after it that gives it one. */
const SHARED_CONNECTOR_RE = new RegExp(`^${SP}{0,2}(?:,|et|and|ou|or|puis|then|plus|à|to)?${SP}{1,3}$|^${SP}?,${SP}?$`, 'iu');
/** Words after an amount that say it is money: "restants", "investis", "de pertes", "spent", "of revenue". */
const MONEY_WORDS =
  'restants?|supplémentaires|additionnels|déboursés|investis|versés|levés|dépensés|engagés|injectés|mobilisés|' +
  `(?:de|d['’]|of)${SP}{1,3}(?:pertes|bénéfices?|revenus?|chiffre|ventes|dettes?|investissements?|financements?|dépenses|recettes|subventions?|profits?|losses|revenue|sales|debt|funding|investments?|capex|spending)|` +
  'remaining|additional|spent|invested|raised|committed|' +
  // "a 300 billion valuation", "a 2 billion deal": what the amount is the value of.
  'valuation|deal|round|contract|loan|package|investment|acquisition|takeover|buyout|bond|facility|' +
  // "Treize milliards en série F": a funding round.
  `en${SP}(?:série|tour|levée)|in${SP}(?:series|funding)`;
const MONEY_FOLLOW_RE = new RegExp(`^${SP}+(?:${MONEY_WORDS})${NOT_WORD_AFTER}`, 'iu');
/** Words before an amount, in its sentence, that say it is money: "les services pèseront 324 milliards". */
const MONEY_CONTEXT_RE =
  /(?<![\p{L}])(?:p[èe]s\p{L}*|co[uû]t\p{L}*|invest\p{L}*|d[ée]pens\p{L}*|lev[ée]\p{L}*|valoris\p{L}*|chiffre d['’]affaires|revenus?|ventes|budgets?|worth|cost\p{L}*|spen[dt]\p{L}*|rais\p{L}*|revenues?|sales|valu\p{L}*|pertes?|b[ée]n[ée]fices?|profits?|loss\p{L}*|earn\p{L}*|g[ée]n[ée]r\p{L}*|generat\p{L}*|encaiss\p{L}*|rapport[ée]\p{L}*|payer|payée?s?|payait|paie\p{L}*|paying|pay|paid|accords?|deals?|contrats?|contracts?|transactions?|montants?|s['’]él[èe]v\p{L}*|amount\p{L}*)(?![\p{L}])/iu;
/** What may follow an amount that borrows a currency: an end of clause or a word that cannot be the counted thing. */
const BARE_FOLLOW_RE = new RegExp(
  `^(?:${SP}*(?:$|[.,;:!?)\\]»”"–—-])|${SP}+(?:et|and|ou|or|en|in|par|per|a|an|sur|over|pour|for|au|aux|à|to|from|d['’]ici|by|this|cette|ce|cet|chacun|each|annually|annuellement|contre|versus|vs|dans|chez|into` +
  // "54,92 milliards attendus", "2 milliards il y a deux ans", "un milliard de plus", "43 milliards issus des GPU".
  `|attendu[es]?|attendues|prévue?s?|estimée?s?|expected|estimated|forecast|anticipated|issue?s?|provenant|générée?s?|enregistrée?s?|réalisée?s?|recorded|reported|il${SP}y${SP}a|ago|de${SP}plus|des|du)${NOT_WORD_AFTER}` +
  // "les 774 millions de 2016", "the 774 million of 2016": the year it was, not what it counts.
  `|${SP}+(?:de|of)${SP}+(?:19|20)\\d{2}(?!\\d))`,
  'iu',
);
/** "(dont 1 milliard de l'État)", "2 milliards du gouvernement": who gives the amount, not what it counts. */
const GIVER_FOLLOW_RE = /^[ \u00a0\u202f\u2009]+(?:de[ \u00a0\u202f\u2009]+l['’]\p{Lu}|du[ \u00a0\u202f\u2009]+(?:gouvernement|groupe|fonds|Trésor)(?![\p{L}\p{N}]))/u;
/** A short parenthesis right after an amount: "(+30 %)", "(2024)". */
const ASIDE_RE = new RegExp(`^${SP}*\\([^()\\n]{0,30}\\)`, 'u');
/** The most characters between an amount and the following one it borrows from. */
const CONNECTOR_WINDOW = 12;
/** How far back, in the same sentence, an amount may find the currency it shares with a previous one. */
const IMPLIED_WINDOW = 160;
/** How far back, across sentences, an amount that says it is money ("les 400 millions restants") may look. */
const MONEY_WORD_WINDOW = 320;
/** How far back, across paragraphs, an amount followed by what money it is ("51 milliards de revenus") may look. */
const MONEY_FOLLOW_WINDOW = 1000;
/** "un centime" takes the currency of an amount up to this far before it, in any sentence; else the euro's. */
const MINOR_WINDOW = 600;

/** An amount read with its currency. */
export interface PlacedAmount {
  start: number;
  end: number;
  currency: string;
  qualifier?: Qualifier;
}

/** An amount with a magnitude word ("12 milliards") or a bare "centime", and no currency. */
export interface BareAmount {
  start: number;
  end: number;
  /** Hundredths ("un centime"): borrows from further away, and falls back to the euro. */
  minor: boolean;
}

/** The start of the sentence up to `at`, at most 120 characters back. */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 120), at);
  const cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('\n'), window.lastIndexOf('! '), window.lastIndexOf('? '));
  return cut >= 0 ? window.slice(cut + 1) : window;
}

/** No sentence end between the two offsets (".", "!" or "?" before a space, or a line break). */
function sameSentence(text: string, from: number, to: number): boolean {
  return !/[.!?](?:[ \u00a0\u202f]|$)|\n/u.test(text.slice(from, to));
}

/**
 * Each bare amount that borrows a currency, with that currency. Both lists are sorted by start. An amount
 * that borrowed one lends it in turn ("324 milliards en 2026, … 269 milliards et …").
 */
export function impliedCurrencies<B extends BareAmount>(text: string, found: readonly PlacedAmount[], bare: readonly B[]): Array<[B, string]> {
  const out: Array<[B, string]> = [];
  let j = 0;
  let lastImplied: PlacedAmount | undefined;
  const currencies = new Set(found.map((f) => f.currency));
  const soleCurrency = currencies.size === 1 ? found[0]!.currency : undefined;
  for (const a of bare) {
    while (j < found.length && found[j]!.end <= a.start) j++;
    if (j < found.length && found[j]!.start < a.end) continue; // inside an amount already read
    // An aside right after the amount ("4,3 milliards (+30 %)") is stepped over: what comes after it decides.
    const raw = text.slice(a.end, a.end + 80);
    const follow = raw.replace(ASIDE_RE, '').slice(0, 40);
    const moneyAfter = MONEY_FOLLOW_RE.test(follow);
    // What follows decides between money and a count ("700 millions d'utilisateurs"), whatever the context.
    if (!a.minor && !moneyAfter && !BARE_FOLLOW_RE.test(follow) && !GIVER_FOLLOW_RE.test(follow)) continue;
    const saysMoney = moneyAfter || MONEY_CONTEXT_RE.test(sentenceBefore(text, a.start));
    const after = found[j];
    const written = j > 0 ? found[j - 1] : undefined;
    const before = lastImplied && (!written || lastImplied.end > written.end) ? lastImplied : written;
    let from: Pick<PlacedAmount, 'currency' | 'qualifier'> | undefined;
    if (a.minor) from = before && a.start - before.end <= MINOR_WINDOW ? before : { currency: 'EUR' };
    else if (after && after.start - a.end <= CONNECTOR_WINDOW && SHARED_CONNECTOR_RE.test(text.slice(a.end, after.start))) from = after;
    else if (before && a.start - before.end <= IMPLIED_WINDOW && sameSentence(text, before.end, a.start)) from = before;
    else if (before && saysMoney && a.start - before.end <= (moneyAfter ? MONEY_FOLLOW_WINDOW : MONEY_WORD_WINDOW)) from = before;
    // A title's "Treize milliards en série F", or a figure far from any other, in a text that speaks of one currency only.
    else if (saysMoney && soleCurrency) from = { currency: soleCurrency };
    // A vague amount ("des dizaines de milliards") is no figure to share with a precise one.
    if (!from || (from.qualifier === 'several' && !a.minor)) continue;
    out.push([a, from.currency]);
    lastImplied = { start: a.start, end: a.end, currency: from.currency };
  }
  return out;
}
