/**
 * News outlets are known to the lexicon so that they are never taken for an unknown company, and are left out
 * where they are cited as sources ("selon l'AFP", "the Financial Times reported"). An outlet is a company, and
 * a deal party, where the sentence makes a deal with it: "a partnership with Agence France-Presse", "un accord
 * avec l'AFP", "Associated Press vient de signer un accord avec Google", "the deal between OpenAI and Le Monde".
 * Each test reads a bounded window of the sentence next to the outlet.
 */
import type { Span } from '../text/sentences';

const APOS = `['’]`;
/** What sits between an article and the name: "l'", "le ", "the ", an opening quote. */
const ARTICLE = String.raw`(?:l${APOS}\s*|le\s+|la\s+|les\s+|the\s+|The\s+)?["«“]?\s*`;
/** A word of the gap between a deal word and "with": not a word of speaking, so "the deal, he told the FT" is not read. */
const GAP_WORD = String.raw`(?!(?:said|says|told|tells|speaking|spoke|talking|talked|interviews?|entretiens?|interview|déclaré|confié|expliqué|indiqué|selon|according|reported|rapporté|cited|cité)(?![\p{L}]))[\p{L}'’-]+`;
const DEAL_WORDS = String.raw`accords?|partenariats?|contrats?|alliances?|collaborations?|deals?|agreements?|partnerships?|pacts?|licen[cs]es?|partners|partnered|partnering|teamed up|teams up|signed|signs|signé|signe|conclu|noué|s${APOS}allie|s${APOS}associe`;
/** Before the outlet: a deal word, a few words, then "with" ("a partnership with", "un accord du même type avec"). */
const DEAL_WITH_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${DEAL_WORDS})(?:[,\s]+${GAP_WORD}){0,10}?\s+(?:avec|with)\s+${ARTICLE}$`, 'iu');
/** Before the outlet: the second of two parties a deal is between ("l'accord entre OpenAI et Le Monde"). */
const DEAL_BETWEEN_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${DEAL_WORDS})\s+(?:\S+\s+){0,2}?(?:entre|between)\s+[^.;:]{1,40}?\s+(?:et|and)\s+${ARTICLE}$`, 'iu');
/** After the outlet: it signs or partners ("Associated Press (AP) vient de signer un accord avec", "AFP has partnered with"). */
const DEAL_VERB_AFTER = new RegExp(String.raw`^["»”]?\s*(?:\([^()]{0,30}\)\s*)?(?:(?:a|has|have|had|will|va|vient de|viennent de|ont)\s+)?(?:(?:also|aussi|également|just|déjà)\s+)?(?:signé|signe|signer|signed|signs|sign|conclu|conclut|struck|strikes|inked|inks|noué|noue|partnered|partners|teamed up|s${APOS}allie|s${APOS}associe|licensed|licenses)(?![\p{L}])`, 'iu');
/** Words that cite a source, right before the outlet: never a party there. */
const CITED_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:selon|d${APOS}après|according to|told|a indiqué à|a déclaré à|a confié à|interview with|entretien avec|reported by|rapporté par|cité par|cited by|quoted by)\s+${ARTICLE}$`, 'iu');

/** How much of the sentence before and after the outlet the tests read. */
const WINDOW_BEFORE = 120;
const WINDOW_AFTER = 80;

/** Whether the outlet mentioned at [start, end) of `text`, in `sentence`, is a party to a deal the sentence tells. */
export function isOutletParty(text: string, sentence: Span, start: number, end: number): boolean {
  const before = text.slice(Math.max(sentence.start, start - WINDOW_BEFORE), start);
  if (CITED_BEFORE.test(before)) return false;
  if (DEAL_WITH_BEFORE.test(before) || DEAL_BETWEEN_BEFORE.test(before)) return true;
  return DEAL_VERB_AFTER.test(text.slice(end, Math.min(sentence.end, end + WINDOW_AFTER)));
}
