/**
 * Companies named as members of a list a company noun introduces: "raised $34 million from investors,
 * including Quantaflux, Nova Compute and Etchwell Labs", "its customers include Quantaflux and Etchwell",
 * "des fonds tels que Quantaflux, Nova Compute ou Etchwell", and money raised from a list ("a collecté 1 milliard
 * auprès de Quantaflux, Etchwell"). Each capitalised item of the list is a company
 * candidate (the inference then trims stop words and drops people and institutions).
 */
import { BoundaryPattern } from '../text/boundaryMatches';
import { repeated } from '../text/regexLoop';

/** Nouns that introduce companies, beside the apposition nouns (`companyNouns`). */
const LIST_NOUNS = String.raw`businesses|clients?|customers?|backers?|actionnaires?|shareholders?|partenaires?|partners?|bailleurs de fonds|soutiens?|mastodontes|géants|giants|heavyweights|poids lourds|marques|brands|acquisitions|rachats`;
const INTRO_WORD = String.raw`[\p{L}'’-]{1,40}`;
const INTRODUCERS = String.raw`including|such as|like|notably|among them|tels? que|telles? que|comme|dont|notamment|parmi lesquels|parmi lesquelles`;
/** Verbs that introduce members only after a plural noun ("its investors include", not "the company includes"). */
const PLURAL_INTRODUCERS = String.raw`include|included|comprennent|incluent|comptent|comprenaient|incluaient`;
/** A description between the introducer and the list: "include prominent firms such as", "comprennent des personnalités telles que". */
const DESCRIPTION = String.raw`(?: (?:des?|the|les|of|some|several|plusieurs)${repeated(` ${INTRO_WORD}`, 1, 4)} (?:such as|like|tels? que|telles? que|comme))?`;
/** Money raised from a list: "a collecté 1 milliard de dollars auprès de A, B", "raised $1 billion from A, B", "backing from venture capital giants A, B". */
const RAISED_FROM = String.raw`(?:(?:levé|lève|lèvent|collecté|récolté|obtenu|raised|raises|raising|secured)(?: [^\s.;:]{1,40}){1,6} (?:auprès de|auprès d['’]|from)|(?:backing|funding|investments?) from)` +
  // A short description before the first item: "from venture capital giants A, B" (words listed: the pattern
  // ignores case, so a lower-case class would take names too).
  repeated(' (?:venture|capital|private|equity|tech|technology|giants?|heavyweights?|investors?|backers?|firms?|funds?|existing|new|major|big|several|strategic|institutional)', 0, 3);
/** A round's lead: "a round led by A", "un tour de table de 100 millions mené par A", "l'opération a été menée par A" (not any "led by": people lead companies). */
const ROUND_LED = String.raw`(?:round|tour de table|levée de fonds|funding|financing|opération),?(?: [^\s.;:]{1,40}){0,6} (?:co-)?(?:mené|menée|led) (?:par|by)`;
/**
 * Who backs a company or joins its round: "backed by A, B", "soutenue par A et B", "participation from A and B", "avec la participation de A et B",
 * "existing investors A, B", "ses investisseurs historiques A et B" (people back companies too: the inference drops
 * names a first name opens). Where a verb follows ("early backers included A"), the plural noun's own intro reads the list.
 */
const BACKED_BY = String.raw`(?:(?:backed|funded|financed) by|(?:soutenue?s?|financée?s?) par|(?:participation|investments?|backing) from|avec la participation (?:de|d['’]|du|des)|(?:existing|new|returning|early) (?:investors|backers|shareholders)(?! (?:includ|compr|comptent|compt))|(?:investisseurs|actionnaires) (?:historiques|existants)(?! (?:includ|compr|comptent|compt)))`;
/**
 * Deals in the plural, then the companies they were made with: "two other acquisitions, Paradox and Flowise,", "the
 * acquisitions of Sana, Paradox". Set off by a comma only after a count ("After the acquisitions, Rowe said" names none).
 * A count is one to three digits after no digit: "\d+" was tried at every digit of a long run of them, each time to its end.
 */
const DEALS_NAMED = String.raw`(?:(?:(?<!\d)\d{1,3}|two|three|four|five|several|other|deux|trois|quatre|cinq|plusieurs|autres)${repeated(String.raw` [\p{L}-]+`, 0, 2)} (?:acquisitions|rachats),|(?:acquisitions|rachats) (?:of|de|d['’]))`;
/** At most this many items are read from one list, and at most this many items in a row that are no name. */
const MAX_ITEMS = 16;
const MAX_OTHER_ITEMS = 2;

/**
 * Every capitalised item of a list that a company noun introduces, as raw text for the inference to trim.
 * `nouns` is the alternation of company nouns (French and English); `name` a pattern for one name (one group).
 */
export function listedNames(text: string, nouns: string, name: string): string[] {
  const { intro, item } = patternsFor(nouns, name);
  const out: string[] = [];
  for (const m of intro.matchAll(text)) {
    let at = m.index + m[0].length;
    for (let n = 0, others = 0; n < MAX_ITEMS; n++) {
      item.lastIndex = at;
      const it = item.exec(text);
      // An item that is no name ("a16z", "l'ancien PDG de Google") is stepped over, not read; after two in a
      // row the list is over ("including Talvik, said a person familiar with the matter, …").
      if (it) {
        // The whole item, with its "of"/"de" part ("le Fonds du Conseil européen" is no company "Fonds").
        out.push(it[2] ? `${it[1]!}${it[2]}` : it[1]!);
        others = 0;
      } else {
        OTHER_ITEM.lastIndex = at;
        if (++others > MAX_OTHER_ITEMS || !OTHER_ITEM.exec(text)) break;
      }
      SEPARATOR.lastIndex = it ? item.lastIndex : OTHER_ITEM.lastIndex;
      if (!SEPARATOR.exec(text)) break;
      at = SEPARATOR.lastIndex;
    }
  }
  return out;
}

/** An item that is no capitalised name: up to five words with no separator in them. */
const OTHER_ITEM = /[^\s,.;:]{1,40}(?: (?!(?:and|et|ou|or) )[^\s,.;:]{1,40}){0,4}/uy;
/** Between two items (sticky: read where the last item ended). */
const SEPARATOR = /(?:,? (?:as well as|ainsi que|or even|ou encore) |, (?:and |et |ou |or )?| (?:and|et|ou|or) )/uy;

let compiled: { key: string; intro: BoundaryPattern; item: RegExp } | undefined;

/** The list's opening and one item, compiled once for the nouns and name pattern given. */
function patternsFor(nouns: string, name: string): { intro: BoundaryPattern; item: RegExp } {
  const key = `${nouns}\u0000${name}`;
  if (compiled?.key === key) return compiled;
  const byNoun = String.raw`(?:${nouns}|${LIST_NOUNS})(?:(?: ${INTRO_WORD}){0,5},? (?:${INTRODUCERS})|(?<=[sx])(?: ${INTRO_WORD}){0,5} (?:${PLURAL_INTRODUCERS}))${DESCRIPTION}`;
  // Its words are looked for first, its lookbehind only where they stand (a pattern opening with a lookbehind
  // is tried at every character).
  const intro = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:${byNoun}|${RAISED_FROM}|${DEALS_NAMED}|${ROUND_LED}|${BACKED_BY}) `, { ignoreCase: true });
  // "the Allen Institute for AI": an item may end on "for", "of" or "de" and one more capitalised word.
  const item = new RegExp(String.raw`(?:(?:the|la|le|l['’]) ?)?${name}( (?:for|of|de|du) \p{Lu}[\p{L}\p{N}]{0,39})?`, 'uy');
  compiled = { key, intro, item };
  return compiled;
}
