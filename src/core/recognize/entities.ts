/**
 * Companies and chips named in the lexicon. Ambiguous aliases ("Grace", "Rubin", "Arm") only count when
 * their sentence is about chips or business: the vendor is named, or a chip or business word stands there.
 */
import type { Entity, Mention } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import type { NameMatch, NameMatcher } from '../lexicon/matcher';
import { sentenceAt, type Span } from '../text/sentences';

const CHIP_CONTEXT =
  /\b(?:gpus?|cpus?|tpus?|npus?|lpus?|asics?|fpgas?|puces?|processeurs?|chips?|chipsets?|accélérateurs?|accelerators?|superchips?|semi-?conducteurs?|semiconductors?|plateformes?|platforms?|architectures?|racks?|serveurs?|servers?|systèmes|systems|supercalculateurs?|supercomputers?|silicon|silicium|wafers?|hbm|nvlink|spectrum-x|infiniband|cuda|hardware|matériel(?:le)?s?|commutateurs?)\b/iu;

const BUSINESS_CONTEXT =
  /\b(?:sociétés?|entreprises?|groupes?|start-?ups?|firmes?|companies|company|firms?|accords?|deals?|contrats?|contracts?|partenariats?|partnerships?|alliances?|rivals?|concurrents?|investi\p{L}*|invest\p{L}*|rach\p{L}+|acqui\p{L}+|actions?|shares?|stocks?|cloud|data-?cent\p{L}+|centres? de données|ia|ai|intelligence artificielle|artificial intelligence|milliards?|millions?|billions?|revenus?|revenue|chiffre d.affaires|valoris\p{L}+|valuation|fournisseurs?|suppliers?|clients?|customers?)\b/iu;

export function findEntities(text: string, sentences: readonly Span[], lexicon: Lexicon, matcher: NameMatcher, from = 0, to = text.length): Mention[] {
  const matches = matcher.find(text, from, to);
  const out: Mention[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    if (m.ambiguous && (insideLongerName(text, m, matches[i - 1]) || letterOfAWord(text, m) || openingAdverb(text, sentences, m) || !hasContext(text, sentences, m, matches, i, lexicon))) continue;
    if (m.entity.parent && !isSold(text, sentences, m)) continue;
    // "AI firm Cohere.io", "nvidia.com": a known name glued to a web domain's ending is another firm's name, or an address.
    if (DOMAIN_ENDING_AFTER.test(text.slice(m.end, m.end + 8))) continue;
    out.push(toMention(text, m.start, m.end, m.entity, 1));
  }
  return out;
}

const DOMAIN_ENDING_AFTER = /^\.(?:io|ai|com|co|net|org|app|dev|tech|so|xyz|fr)(?![\p{L}\p{N}])/iu;

// Buying or selling right before the name: "the acquisition of the messaging app WhatsApp", "en rachetant
// ses concurrents WhatsApp et Instagram", "Meta bought Instagram".
const SALE_BEFORE =
  /(?:acqui\p{L}*|rach[eè]t\p{L}*|rachat|bought|buy(?:s|ing)?|purchas\p{L}*|takeover|took over|sold|sell(?:s|ing)?|cession|cédé|vendu|merger|fusion)(?:\s+[\p{L}\p{N}'’-]+){0,6}\s+$/iu;
// Or right after it: "WhatsApp, acquired by Facebook", "Instagram, racheté par Facebook".
const SALE_AFTER = /^,?\s+(?:(?:which|that|qui)\s+)?(?:was\s+|a\s+été\s+|had\s+been\s+)?(?:acquired|bought|purchased|sold|rachetée?|acquise?|vendue?|cédée?)(?![\p{L}])/iu;

/**
 * A company owned by another ("WhatsApp", Meta's) is its owner's product in most sentences ("follow us on
 * WhatsApp", "AI features in WhatsApp"): a company only where its own sale is the subject ("Meta acquired
 * WhatsApp", "WhatsApp, racheté par Facebook").
 */
function isSold(text: string, sentences: readonly Span[], m: NameMatch): boolean {
  const s = sentenceAt(sentences, m.start) ?? { start: 0, end: text.length };
  const before = text.slice(Math.max(s.start, m.start - 80), m.start);
  const after = text.slice(m.end, Math.min(s.end, m.end + 40));
  return SALE_BEFORE.test(before) || SALE_AFTER.test(after);
}

export function toMention(text: string, start: number, end: number, entity: Entity, confidence: number): Mention {
  const mention: Mention = {
    kind: entity.kind,
    text: text.slice(start, end),
    canonical: entity.name,
    start,
    end,
    entityId: entity.id,
  };
  if (confidence < 1) mention.confidence = confidence;
  return mention;
}

/**
 * "Two Seas Capital": an ambiguous alias right after another capitalised word is part of another name,
 * unless that word is a name we know ("NVIDIA Grace") or starts the sentence; so is one ending a
 * hyphenated compound ("Spectrum-X").
 */
function insideLongerName(text: string, m: NameMatch, previous: NameMatch | undefined): boolean {
  // "Spectrum-X", "Quantum-X": the end of a hyphenated compound is not a name of its own.
  if (/[\p{L}\p{N}][-‐‑]$/u.test(text.slice(Math.max(0, m.start - 2), m.start))) return true;
  // Matches are sorted and never overlap: only the one just before can end right before this one.
  if (previous && previous.end <= m.start && m.start - previous.end <= 1) return false;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  // The word before must be a capitalised name itself ("Two Seas"), not a compound like "Arm-based", and on
  // the same line: a name does not run across a line break (whether the note ends its lines with LF or CRLF).
  // A word ending with a full stop ends a sentence ("… sous licence Arm. Arm a été racheté"), not a name.
  return /(?<![\p{L}\p{N}-])\p{Lu}(?:[\p{L}\p{N}&.]*[\p{L}\p{N}&])?[^\S\r\n]$/u.test(before) && !/[.!?:;]\s*\p{Lu}[\p{L}\p{N}&.]*[^\S\r\n]$/u.test(before) && !/^\s*\p{Lu}[\p{L}\p{N}&.]*[^\S\r\n]$/u.test(before);
}

/** Words that open a sentence before a comma as adverbs ("Together, …", "Ensemble, …"); some are also a company's name. */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['together', 'meanwhile', 'still', 'overall', 'instead', 'likewise', 'ensemble', 'ensuite', 'enfin', 'bref', 'pourtant', 'désormais', 'depuis']);

/** "Together, Capgemini and WNS …": an ambiguous name that is also an adverb, opening its sentence before a comma, is the adverb. */
function openingAdverb(text: string, sentences: readonly Span[], m: NameMatch): boolean {
  if (text[m.end] !== ',' || !SENTENCE_ADVERBS.has(text.slice(m.start, m.end).toLowerCase())) return false;
  const s = sentenceAt(sentences, m.start);
  return s !== undefined && /^[\s#>*_"“«-]*$/u.test(text.slice(s.start, m.start));
}

/** Before a one-letter name, the words whose letter it is: "l'heure H", "la bombe H", "plan B", "type C", "section A". */
const LETTER_OF_WORD_BEFORE = /(?:^|[^\p{L}])(?:heure|bombe|jour|plan|point|version|type|série|series|vitamine|vitamin|classe|class|lettre|letter|grade|option|partie|part|niveau|level|catégorie|category|zone|format|bloc|block|étape|step|phase|annexe|appendix|section|chapitre|chapter|article|figure|tableau|table|modèle|model|taille|size|génération|generation|gen|mode|variante|variant|scénario|scenario|groupe|group|équipe|team|colonne|column|ligne|row|page|note|film|movie|projet|project)\s*$/iu;

/** A one-letter name ("H") after a word whose letter it is ("l'heure H", "la bombe H") is not the company. */
function letterOfAWord(text: string, m: NameMatch): boolean {
  return m.end - m.start === 1 && LETTER_OF_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

function hasContext(text: string, sentences: readonly Span[], m: NameMatch, all: readonly NameMatch[], index: number, lexicon: Lexicon): boolean {
  const s = sentenceAt(sentences, m.start) ?? { start: 0, end: text.length };
  // The other names of the sentence: walk out from this match (sorted, never overlapping) to the sentence's edges.
  let first = index;
  while (first > 0 && all[first - 1]!.start >= s.start) first--;
  let last = index;
  while (last + 1 < all.length && all[last + 1]!.start < s.end) last++;
  const others = all.slice(first, last + 1).filter((o) => o !== m && !o.ambiguous && o.start >= s.start && o.end <= s.end);
  const sentence = text.slice(s.start, s.end);
  if (m.entity.kind === 'chip') {
    const vendor = m.entity.vendor ? lexicon.find(m.entity.vendor) : undefined;
    if (vendor && others.some((o) => o.entity.id === vendor.id)) return true;
    if (others.some((o) => o.entity.kind === 'chip')) return true;
    return CHIP_CONTEXT.test(sentence);
  }
  if (others.some((o) => o.entity.kind === 'company' || o.entity.kind === 'chip')) return true;
  return BUSINESS_CONTEXT.test(sentence);
}
