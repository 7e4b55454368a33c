/**
 * Nationalities in descriptions: "la start-up française", "the French startup", "le géant américain" pick, among
 * the companies a passage names, the one whose lexicon description says it is from that country.
 */
import { boundedMemo } from '../text/boundedMemo';

/** Adjectives (French, every gender and number, and English) and the country each names. */
const ADJECTIVES: Readonly<Record<string, string>> = {
  american: 'us', us: 'us', 'u.s.': 'us', américain: 'us', américaine: 'us', américains: 'us', américaines: 'us',
  french: 'fr', français: 'fr', française: 'fr', françaises: 'fr', tricolore: 'fr',
  chinese: 'cn', chinois: 'cn', chinoise: 'cn', chinoises: 'cn',
  japanese: 'jp', japonais: 'jp', japonaise: 'jp', japonaises: 'jp',
  british: 'gb', britannique: 'gb', britanniques: 'gb',
  german: 'de', allemand: 'de', allemande: 'de', allemands: 'de', allemandes: 'de',
  korean: 'kr', 'south korean': 'kr', coréen: 'kr', coréenne: 'kr', coréens: 'kr', 'sud-coréen': 'kr', 'sud-coréenne': 'kr',
  taiwanese: 'tw', taïwanais: 'tw', taïwanaise: 'tw',
  indian: 'in', indien: 'in', indienne: 'in', indiens: 'in',
  canadian: 'ca', canadien: 'ca', canadienne: 'ca', canadiens: 'ca',
  israeli: 'il', israélien: 'il', israélienne: 'il',
  saudi: 'sa', saoudien: 'sa', saoudienne: 'sa',
  emirati: 'ae', émirati: 'ae', émiratie: 'ae', 'abu dhabi': 'ae',
  dutch: 'nl', néerlandais: 'nl', néerlandaise: 'nl',
  swedish: 'se', suédois: 'se', suédoise: 'se',
  swiss: 'ch', suisse: 'ch',
  spanish: 'es', espagnol: 'es', espagnole: 'es',
  australian: 'au', australien: 'au', australienne: 'au',
  singapore: 'sg', singaporean: 'sg', singapourien: 'sg', singapourienne: 'sg',
  european: 'eu', européen: 'eu', européenne: 'eu',
};

/** The adjectives as one alternation, longest first (for patterns that read a description). */
export const NATIONALITY_WORDS = Object.keys(ADJECTIVES).sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.]/g, '\\.')).join('|');

/** The country a nationality adjective names ("française" → "fr"), or undefined. */
export function countryOfAdjective(word: string): string | undefined {
  return Object.hasOwn(ADJECTIVES, word.toLowerCase()) ? ADJECTIVES[word.toLowerCase()] : undefined;
}

const DESCRIPTION_OPENING = new RegExp(`^(?:${NATIONALITY_WORDS})(?![\\p{L}])`, 'iu');

/** The country a lexicon description opens with ("French AI lab (Paris) …" → "fr"); a joint "French-American" is none. */
export function countryOfDescription(description: string | undefined): string | undefined {
  return description ? descriptionCountry(description) : undefined;
}

/** Descriptions are the lexicon's (a few thousand), read again for every company of every deal sentence: kept. */
const descriptionCountry = boundedMemo(10_000, (description): string | undefined => {
  const m = /^\p{L}+-\p{Lu}/u.test(description) ? null : DESCRIPTION_OPENING.exec(description);
  return m ? countryOfAdjective(m[0]) : undefined;
});
