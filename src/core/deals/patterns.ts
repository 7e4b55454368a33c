/**
 * The patterns the deal rules read a sentence with, kept in one place with a comment each: limits on how far
 * apart a subject, a cue and an object may stand, and the regular expressions for linkers, bystanders,
 * clause breaks, modifiers and descriptions. The cue words themselves are data in cues.ts.
 * Every pattern is bounded (no unbounded repetition before an anchor), so a sentence is read in linear time.
 * Under the i flag a letter class matches both cases (\p{Lu} and \p{Ll} match any cased letter), so a pattern that
 * must tell capitals apart has no i flag; where words of either case may stand between keywords, they are \p{LC}
 * (lower case only was tried for those, and lost deals on four sets).
 */
import type { CompanyCategory } from '../types';
import { BYSTANDER_BEFORE, CAREER_WORDS, CONTINUED_WORDS, CUES, LINKERS, NEGATED } from './cues';
import { NATIONALITY_WORDS } from './nationality';
import { withOptionalLoops } from '../text/regexLoop';

/** Inferred companies below this confidence are highlighted but not taken as deal parties. */
export const MIN_PARTY_CONFIDENCE = 0.6;
export const MAX_SUBJECT_GAP = 14;
export const MAX_OBJECT_GAP = 10;
/** How many words a relative clause may hold between its antecedent and a cue in it ("X, which … and provides … in partnership with"). */
export const MAX_RELATIVE_GAP = 30;
/** How many sentences back the implied subject of a deal may have been named. */
export const FOCUS_WINDOW = 4;
/** Sentences a round's story goes on for after the company raising it is named: its investors and their shares. */
export const ROUND_WINDOW = 8;
/** How many sentences after a deal may still go on with its story ("The first gigawatt will run on Vera Rubin"). */
export const STORY_WINDOW = 5;

/** Each cue word, tried at one position (sticky): findAllCues only tries it where a word starts with one of its first letters. */
export const CUE_RES = CUES.map((def) => ({ def, re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${def.pattern})(?![\\p{L}\\p{N}])`, 'iuy') }));
export const LINKER_END = new RegExp(`(?:^|[\\s(«"])(?:${LINKERS})\\s*$|d'\\s*$|l'\\s*$`, 'iu');
/** Before an object, a linker may carry a short description: "avec le néocloud CoreWeave", "du spécialiste des serveurs ZT Systems". */
export const OBJECT_LINKED = new RegExp(`(?:^|[\\s(«"])(?:${LINKERS}|d'|l')\\s*(?:(?:le|la|les|l'|the|a|an|un|une|son|sa|ses|its|their|leur|leurs)\\s+)?(?:\\p{LC}[\\p{LC}\\p{Pd}']*\\s+){0,3}$`, 'iu');
export const BYSTANDER_END = new RegExp(`(?<![\\p{L}])(?:${BYSTANDER_BEFORE.join('|')})(?:\\s*|\\s+(?:(?!avec|with|entre|between)\\S+\\s+){1,2})$`, 'iu');
/** Before a company, the words that say it is the one bought: "le rachat de Silo AI", "the acquisition of Moveworks". */
export const BOUGHT_BEFORE = /(?:rachat|acquisition|prise de contrôle|takeover|purchase|buyout)\s+(?:de|d'|du|of)\s*(?:(?:la|le|l'|the)\s*)?(?:[\p{LC}-]+\s+){0,2}$/iu;
/** After a company, a participle saying it was bought: "DeepMind, racheté par Google", "Mobileye, acquired by Intel". */
export const BOUGHT_AFTER = /^\s*,?\s*(?:(?:qui a été|qui avait été|which was|that was|since|depuis)\s+)?(?:rachetée?s?|acquise?s?|absorbée?s?|acquired|bought|purchased|taken over)\s+(?:en \d{4}\s+)?(?:par|by)\s/iu;
export const GROUP_JOIN = new RegExp(`^\\s*(?:,|et|and|&|ou|or|ou encore|voire|ainsi que|as well as|, et|, and|, ou|, or|-|–|\\/)\\s*(?:the|le|la|les|l')?\\s*` +
  // "la française Mipsology et l'américaine Nod.ai": a nationality before the next name.
  `(?:(?:${NATIONALITY_WORDS})\\s+)?$` +
  // "auprès de A, B et de l'incubateur américain C": the preposition said again, and one word of trade.
  `|^\\s*,?\\s*(?:et|ou)\\s+(?:de|d'|du|des)\\s*(?:l'|la\\s|le\\s|les\\s)?\\s*(?:[\\p{Ll}-]+\\s+)?(?:(?:${NATIONALITY_WORDS})\\s+)?$`, 'iu');
/** Between a noun of buying and what was bought: "l'acquisition de ", "the purchase of ". */
export const BOUGHT_OF_NOUN = /^\s*(?:de|du|des|d'|of)\s*(?:l'|la\s+|le\s+|the\s+)?$/iu;
/** Between what was bought and its buyer: " par le britannique ", ", by the ", " by US chipmaker ". */
export const BUYER_BY = new RegExp(`^\\s*,?\\s*(?:par|by)\\s+(?:(?:le|la|l'|les|the)\\s*)?(?:(?:${NATIONALITY_WORDS})\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$`, 'iu');
export const HYPHEN_PAIR = /^\s*(?:[-–/×]|\s[xX]\s)\s*$/u;
export const BETWEEN_AFTER = /^\s*(?:[^\s,;:]+\s+){0,7}?(?:entre|between)\s*$/iu;
export const CLAUSE_BREAK = /[;!?]|:\s|\s[—–]\s/u;
/** Two clauses set against each other: what one says is not about the other. */
export const CONTRAST = /(?<![\p{L}])(?:while|whereas|but|however|meanwhile|tandis que|alors que|mais|cependant|pendant que|quant à)(?![\p{L}])/iu;
/**
 * Where a sentence turns to another clause that a deal's subject does not cross: a contrast, a consequence
 * (", so", ", donc"), or a second deal set beside the first ("follows", "fait écho à", "du même type que").
 */
export const CLAUSE_TURN = /(?<![\p{L}])(?:while|whereas|but(?! also)|however|meanwhile|tandis que|alors que|mais(?! aussi| également)|cependant|pendant que|quant à|follows|fait écho à|font écho à|fait suite à|intervient après|comes after|du même type que|similar to)(?![\p{L}])|,\s+(?:so|donc)\s/iu;
/** "the Intel announcement", "Enfabrica CEO", "Intel shares": a company used to describe something else. */
/** Verbs that make what follows the subject's own description or role: "remains", "est", "has been", "a également été". */
export const COPULA_VERBS = String.raw`is|was|has been|had been|remains|remained|becomes|became|has become|stays|est|était|a été|avait été|reste|demeure|devient|devenu|est devenue?|a (?:également|aussi|déjà|longtemps|toujours) été`;
export const COPULA = new RegExp(String.raw`(?<![\p{L}])(?:${COPULA_VERBS})\s+(?:\S+\s+){0,2}$`, 'iu');
/** After a company, a person of it who owns what follows: "invest in OpenAI co-founder's start-up" (the start-up is not OpenAI). */
export const PERSON_OWNS_AFTER = /^\s*(?:co-?founder|cofounder|founder|ceo|chief executive|chief scientist|boss|chairman|president|executive|researcher|alumn(?:us|i)|veteran|engineer)s?'s?\s/iu;
/**
 * After a company in a list, a role and the person who holds it: "Oculus co-founder Brendan Iribe", "Y Combinator CEO
 * Garry Tan", "Apple scientist Vladlen Koltun", "Amazon founder Bezos, …" (a name, then a surname or the list going on). The person is the one listed, not the company.
 */
// Case-sensitive, so that the name after the role is capitalised (under the i flag \p{Lu} matches any letter).
const FOUNDER_WORDS = String.raw`[Cc]o-?[Ff]ounder|[Cc]ofounder|[Ff]ounder`;
/** A first name (or a surname alone) after a role: "Brendan", "Jean-Pierre". */
const GIVEN_NAME = String.raw`\p{Lu}\p{Ll}+`;
export const PERSON_NAMED_AFTER = new RegExp(String.raw`^\s+(?:${FOUNDER_WORDS}|CEO|CTO|[Cc]hief (?:executive|scientist)|[Cc]hairman|[Pp]resident|executive|researcher|scientist|engineer|veteran)\s+${GIVEN_NAME}(?:-${GIVEN_NAME})?(?:\s+\p{Lu}|\s*,|\s+(?:and|et)\s)`, 'u');
/** After a company, its founder named: "Amazon founder Jeff Bezos has invested" (the founder invests on his own). */
export const FOUNDER_NAMED_AFTER = new RegExp(String.raw`^\s+(?:${FOUNDER_WORDS})\s+${GIVEN_NAME}\s+\p{Lu}`, 'u');
/** Hardware a company's name may stand before as its brand: "Nvidia chips", "AMD GPUs". */
const HARDWARE_WORDS = 'chips|GPUs|graphics|processors|accelerators|servers|hardware|puces|processeurs|serveurs';
export const NOUN_MODIFIER = new RegExp(String.raw`(?:^|\s)(?:the|a|an|this|that)\s+\uE000\s+(?!(?:was|is|were|are|has|had|have|will|would|could|can|may|might|should|did|does|said|says|plans|agreed|announced|also)(?![\p{L}]))\p{Ll}|\p{Ll}\s+\uE000\s+(?:CEO|chief|PDG|président|founder|fondateur|co-founder|cofondateur|spokes\p{L}*|porte-parole)|\uE000\s+(?:shares|stock|action|titre)` +
  // "Nvidia chips supplied by Dell": the chips' brand, not the party the seller deals with.
  String.raw`|\uE000\s+(?:${HARDWARE_WORDS})\s+(?:supplied|provided|delivered|sold|built)\s+by`, 'u');
/** A company describing something else, or owning it: not who the next sentences are about. */
export const MODIFIER_USE = new RegExp(`${NOUN_MODIFIER.source}|\\uE000's\\s`, 'u');
/** A sentence that opens on its topic: "Pour OpenAI, …", "For Microsoft, …". */
/** A sentence opening on a company described by its country: "Le groupe japonais …", "The Japanese conglomerate …". */
export const NATIONAL_SUBJECT = /^\s*(?:(?:le|la|l['’])\s*(?:groupe|conglomérat|géant|société|entreprise|firme|fabricant|constructeur|holding|fondeur|équipementier)\s+(\p{L}+)|the\s+(\p{L}+)\s+(?:group|conglomerate|giant|company|firm|maker|chipmaker))(?![\p{L}])/iu;
export const TOPIC_BEFORE = /^\s*(?:pour|for|quant à|as for)\s*$/iu;
/** A sentence that opens on a participial clause: "Après avoir dépensé …, Meta …". */
export const FRONTED = /^\s*(?:après avoir|après|avant de|en|after|having|before)\s/iu;
/** A linker and a description standing for a company: "dans le fondeur", "into the startup", "to the ChatGPT maker". */
/** A nationality before (English) or after (French) the noun is captured: "the French startup", "la start-up française". */
export const DESCRIBED_OBJECT = new RegExp(`(?:^|\\s)(?:dans|à|au|avec|auprès de|in|into|with|to|from)\\s+(?:le|la|l'|the)\\s*(?:(?<before>${NATIONALITY_WORDS})\\s+)?(?:fondeur|groupe|société|entreprise|start-up|startup|jeune pousse|fabricant|concepteur|laboratoire|géant|company|firm|group|chipmaker|lab|giant|maker|\\S+ maker|créateur de \\S+|développeur de \\S+)(?![\\p{L}])(?:\\s+(?<after>${NATIONALITY_WORDS})(?![\\p{L}]))?`, 'iu');
export const CHIP_WORDS = /fondeur|chipmaker|fabricant|concepteur/iu;
export const CHIP_CATEGORIES: ReadonlySet<CompanyCategory> = new Set(['chipmaker', 'foundry']);
export const LAB_WORDS = /start-?up|jeune pousse|laboratoire|lab\b|maker|créateur|développeur/iu;
export const LAB_CATEGORIES: ReadonlySet<CompanyCategory> = new Set(['ai-lab']);
/** How many sentences back a description ("le fondeur") may point. */
export const DESCRIBED_WINDOW = 10;
export const AMONG_ITS = /^\s*(?:\S+\s+){0,2}(?:parmi ses|among its)\s+(?:\S+\s+)?$/iu;
/** Between a role noun and the companies that hold it: "ses partenaires que sont A, B", "its suppliers, including A", "partners such as A". */
export const ROLE_MEMBERS_BETWEEN = /^\s*(?:,\s*)?(?:que sont|qui sont|à savoir|including|such as|namely|notably|notamment|comme|tels? que|telles? que|:)\s*$/iu;
export const INVESTOR_ROLE = /^(?:investors?|investisseurs?|backers?|actionnaires?|shareholders?)$/iu;
/** A pronoun or a generic noun standing for the company just named, right before a verb. */
const PRONOUN_WORDS = `it|they|il|elle|ils|elles|(?:the|le|la|l')\\s*(?:\\p{Ll}+\\s+)?(?:company|group|firm|startup|start-up|giant|conglomerate|chipmaker|entreprise|groupe|société|firme|géant|conglomérat|fondeur|jeune pousse)(?:\\s+(?:${NATIONALITY_WORDS}))?`;
export const PRONOUN_SUBJECT = new RegExp(`(?<![\\p{L}])(?:${PRONOUN_WORDS}),?(?:\\s+\\S+){0,6}\\s*$`, 'iu');
/** The same, opening the sentence, a few more words before the cue: "Le géant américain des semi-conducteurs a annoncé le rachat de". */
export const PRONOUN_OPENING = new RegExp(`^\\s*(?:${PRONOUN_WORDS})(?:\\s+[^\\s,;:]+){0,8}\\s*$`, 'iu');
export const CLAUSE_SEPARATOR = new RegExp(`;|${CONTRAST.source}`, 'giu');
export const NEGATED_ALL = new RegExp(NEGATED.source, 'giu');
/** Words one of which every negation contains: the negation pattern only runs on sentences that have one. */
export const NEGATION_HINTS = ['pas', 'jamais', 'not', "n't", 'never', 'dément', 'denie', 'deny', 'renon', 'abandon', 'off', 'scrap', 'plutôt', 'au lieu',
  'rather', 'instead', 'succès', 'vain', 'without', 'unsuccess', 'failed', 'échoué', 'rejet', 'refus', 'reject', 'declin', 'turned down',
  'tenté', 'tentative', 'tried', 'attempted', 'attempt', 'sought', 'rupture', 'breach', 'lawsuit', 'poursuites', 'sued', 'sues', 'encourag',
  'absence', 'faute d'];
/**
 * Whether a text holds one of NEGATION_HINTS, in any case: one pass instead of lowering the sentence and searching
 * it once per hint. The flag `i` without `u` lets a letter match only its own capital or small form (no KELVIN
 * SIGN for "k", no LONG S for "s"), which is what lowering the text then comparing gave for these words.
 */
export const NEGATION_HINT = new RegExp(NEGATION_HINTS.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
export const DEAL_VALUED = /(?:deal|transaction|acquisition|offer|accord|opération|contrat|offre|rachat)\s+(?:\S+\s+){0,2}(?:valued at|worth|valorisée? à|d'une valeur de)\s*(?:\S+\s+){0,2}$/iu;
export const RESPECTIVELY = /(?<![\p{L}])(?:respectively|respectivement)(?![\p{L}])/iu;
/** "two of OpenAI's closest partners": a company whose partners or customers are spoken of is not a party. */
export const OWNER_OF_MANY = /^'s\s+(?:\S+\s+){0,2}(?:partners|customers|clients|rivals|competitors|suppliers|investors|backers|shareholders)(?![\p{L}])/iu;
/** "Nvidia-backed", "Google-owned": a company used as a modifier is not a party. */
export const MODIFIER_AFTER = /^-\p{Ll}/u;
export const STAKE_WORDS = /(?<![\p{L}])(?:stakes?|participations?|capital|equity|actionnaire|shareholder)(?![\p{L}])/iu;

/** How many words a stretch of text holds. */
export function words(s: string): number {
  // Runs of what `\s` does not match, counted without an array of them: `\s` is these code points.
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
      || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Between a list's opening word and its first company: a description ("prominent firms such as", "des
 * personnalités telles que") and up to three items that are no company ("Bill Gates, l'ancien PDG …,").
 */
const LIST_PREAMBLE = String.raw`(?:(?:[\p{L}\p{Pd}']+\s+){1,5}(?:such as|like|comme|tels? que|telles? que)\s+)?(?:[^,.;:]{1,50},\s*){0,3}`;
/** A list of a round's investors begins: "Investors in the venture include prominent firms such as", "des investisseurs existants :". */
export const INVESTOR_LIST = new RegExp(`(?<![\\p{L}])(?:investisseurs?|investors?|backers?|actionnaires?|shareholders?|bailleurs de fonds|VCs?|venture capitalists|fonds)(?:\\s+[\\p{LC}\\p{Pd}']+){0,4}?\\s*(?:\\([^()]{0,80}$|(?::|,?\\s+(?:including|includes|include|included|dont notamment|dont|notamment|parmi lesquels|such as|like|comme|tels? que|among them|were|are|sont|étaient|comprennent|comprenaient|incluent|incluaient|comptent|figurent|figuraient))\\s*${LIST_PREAMBLE}(?:\\S+\\s+){0,2}$)`, 'iu');
/** A word every match of INVESTOR_LIST holds (same flags): a sentence without one has no list of investors to test for. */
export const INVESTOR_LIST_WORDS = /investisseur|investor|backer|actionnaire|shareholder|fonds|vc|venture capitalist/iu;
/** A list of investors after a dash: "The list of backers reads like a Silicon Valley hall of fame—". */
export const INVESTORS_AFTER_DASH = /(?<![\p{L}])(?:investors|backers|investisseurs|soutiens|actionnaires|shareholders)(?![\p{L}])[^.;:—–]{0,60}[—–]\s*$/iu;
/** How a lead ends, past its spaces (`lead.trimEnd()`), when INVESTORS_AFTER_DASH may match it: others are not tried. */
export const INVESTORS_AFTER_DASH_END = /[—–]$/u;
/** Before a company, a word of a person's career: "former Google CEO", "ex-", "ancien". */
export const CAREER_BEFORE = new RegExp(`(?:${CAREER_WORDS.join('|')})\\s*$`, 'iu');
/** Between "customers" (and its owner) and the first customer a list names: "include", "comprennent des laboratoires comme", "include robotics firm". */
export const MEMBERS_INTRO = new RegExp(`^\\s*(?:include[sd]?|including|comprennent|comprenaient|incluent|incluaient|comptent|sont|are|were|such as|like|comme|tels? que|telles? que|dont|notamment|:)\\s*${LIST_PREAMBLE}(?:the\\s+|les?\\s+|la\\s+|l')?(?:(?!(?:in|of|de|du|dans|with|avec)\\s)[\\p{L}-]+\\s+){0,3}$`, 'iu');
/** Between the last of the customers a list names and the cue after it: " are among its", " figurent parmi ses", " font partie des". */
export const MEMBERS_BEFORE = /^\s*(?:are|were|sont|étaient|figurent|figuraient|comptent|font partie|faisaient partie)\s+(?:(?:also|aussi|également|notamment|déjà|already|now|désormais)\s+)?(?:among|parmi|de|des|d')\s*(?:(?:its|their|ses|leurs|les|the)\s+)?(?:(?:biggest|largest|main|key|major|early|first|principaux|grands|premiers)\s+)?$/iu;
/** Whose customers: "ses clients", "its customers", "MosaicML's customers", "les clients", "key clients like" (not "des clients comme", examples sought). */
export const MEMBERS_OWNED = /(?:(?:^|\s)(?:ses|sa|son|leurs?|its|their|les|the|some of (?:its|their|the))|'s)\s+(?:\p{L}+\s+)?$|(?:^|\s)(?:key|major|big|biggest|largest|main|top|leading|principaux|principales|grands|gros)\s+$/iu;
/** A definite article before a deal noun: "l'accord avec Meta", "the deal with OpenAI" tell of a deal already reported. */
export const DEFINITE_BEFORE = /(?:^|\s)(?:l'|le |la |the |ce |cet |cette |this )$/iu;
/** A sentence that goes on with the last round's list: "Viennent ensuite A, B", "Other investors include A". */
export const CONTINUED_LIST = new RegExp(`^\\s*(?:${CONTINUED_WORDS})\\s*:?\\s*(?:\\S+\\s+){0,4}$`, 'iu');
/** Investors named as such in a list's opening: "On retrouve aussi les fonds d'investissement américains A et B". */
export const INVESTOR_NOUN = /(?<![\p{L}])(?:fonds|investisseurs|actionnaires|investors|backers|shareholders|funds)(?![\p{L}])/iu;
/** The role's company told by a description: "les autres actionnaires de l'entreprise", "investors in the startup". */
export const ROLE_OF_DESCRIBED = /^\S+\s+(?:\p{LC}+\s+)?(?:de\s+l'|de\s+la\s+|du\s+|of\s+the\s+|in\s+the\s+)(?:entreprise|société|start-?up|jeune pousse|company|firm|startup)(?![\p{L}])/iu;
/** Between a role or list noun and the company it belongs to: "les investisseurs d'Inflection", "les clients de Nvidia", "customers of CoreWeave". */
export const ROLE_OWNER_AFTER = /^\s*(?:d'|de|du|of|in)\s*$/iu;
/** Between the company a role or list noun belongs to and the noun: "MosaicML's customers", "OpenAI's early investors", "Core Scientific shareholders". */
export const OWNER_BEFORE_ROLE = /^(?:'s\s+(?:\p{L}+\s+)?|\s+)$/u;
/** Who led or joined a round: "led by General Catalyst", "menée par Lightspeed", "with participation from …". */
export const ROUND_LED_BY = /(?<![\p{L}])(?:(?:co-)?led by|(?:it|they|round|funding|financing|investment) (?:was|were|has been|is) (?:also )?joined by|(?:co-?)?menée? par|(?:co-?)?pilotée? par|co-?dirigée? par|(?:saw |with )?(?:the )?(?:strategic )?(?:participation|investments?|funding|contributions?|backing) (?:from|of|by)|avec (?:la participation|la contribution|le soutien|l'appui) d[e']|with the (?:support|contribution) of)\s*(?:\S+\s+){0,6}$/iu;
/** A word every match of ROUND_LED_BY holds (same flags). */
export const ROUND_LED_BY_WORDS = /led by|joined by|par|investment|funding|contribution|backing|avec|with the/iu;
/** After a company, the words that make it the one raising money: "a bouclé un tour de table", "raised", "was seeking". */
export const RAISES_MONEY = /^(?:,[^.;]{0,120}?,)?\s*(?:[\p{LC}']+\s+){0,6}?(?:bouclé|boucle|lève|levé|lèvera|de lever|to raise|raised|raises|raising|closed a|closes a|secured|secures|(?:plans?|planned|planning|prepares?|preparing|prépare|files?|filed|filing) (?:for )?(?:an|its|a|une|son|sa) (?:IPO|initial public offering|introduction en bourse|listing|cotation)|(?:to float|will float|floats?|floated) its shares|(?:was |is )?seek(?:ing|s) (?:to raise|up to|about|around|as much as|[$€£\d])|cherche à lever|annonce une levée|a annoncé une levée)(?![\p{L}])/iu;
/** A word every match of RAISES_MONEY holds (same flags). */
export const RAISES_MONEY_WORDS = /boucl|lève|levé|lever|raise|raising|closed a|closes a|secure|ipo|initial public offering|introduction en bourse|listing|cotation|float|seek/iu;
/**
 * French writes the hardware before its maker: "jusqu'à 50 000 GPU Nvidia Blackwell", "60 000 GPU Blackwell de Nvidia",
 * "10 000 puces d'AMD": a count, the hardware's noun, maybe a product's capitalised name, then the maker.
 */
export const COUNT_HARDWARE_BEFORE_BRAND = /^\s*(?:(?:jusqu'à|environ|plus de|près de|quelque)\s+)?\d[\d\s,.]*\s*(?:de\s+|d')?(?:GPU|GPUs|puces|processeurs|accélérateurs|serveurs|superpuces|cartes graphiques)\s+(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,2}(?:(?:de|du)\s+|d')?$/u;
/** "50,000 Nvidia GPUs", "up to 1,000 AMD Instinct accelerators": a count, then the maker as the hardware's brand. */
export const COUNT_BEFORE_BRAND = /^\s*(?:(?:up to|around|about|some|over|more than|nearly|roughly|jusqu'à|environ|plus de|près de)\s+)?\d[\d\s,.]*\s*$/iu;
/**
 * After a company, the hardware it names as a brand, maybe through a product's capitalised name: "Nvidia chips",
 * "AMD GPUs", "Nvidia Blackwell GPUs". Case-sensitive, so that only capitalised words may stand between.
 */
export const BRANDED_HARDWARE = new RegExp(String.raw`^\s+(?:[\p{Lu}\d][\p{L}\d-]*\s+){0,2}(?:${HARDWARE_WORDS})(?![\p{L}])`, 'u');
/** Between a company and the investors backing it: "has received backing from", ", backed by", "a reçu le soutien de". */
export const BACKED_BETWEEN = /^[^.;:]*?(?<![\p{L}])(?:received|receives|has received|got|secured|obtained|drawn|drew|attracted|a reçu|reçoit|a obtenu|obtient|a attiré|attire|backed|funded|financed|soutenue?|financée?)(?![\p{L}])[^.;:]*$/iu;
/** How far before its investors a company backed may stand. */
export const BACKED_WINDOW = 100;
/** "led by former researchers at", "dirigée par d'anciens ingénieurs de": people lead the company, not investors a round. */
export const LED_BY_PEOPLE = /(?:led|run|founded|dirigée?|menée?|fondée?)\s+(?:by|par)\s+(?:\S+\s+){0,3}?(?:former|ex-|anciens?|researchers?|chercheurs?|executives?|dirigeants?|founders?|fondateurs?|engineers?|ingénieurs?|alumni|veterans?|vétérans?|CEO|PDG|team|équipe)(?![\p{L}])/iu;
/** A relative clause set off by commas right after the subject: ", which has pledged to invest …,", ", qui …,". */
export const RELATIVE_ASIDE = /^\s*(?:[\p{L}.]+\s+){0,3}?,\s*(?:which|who|qui)\s[^,;:()]{1,160},/iu;
/** The words that open a list of examples of a company's deals: "including", "such as", "dont", "tels que". */
const EXAMPLES_INTRO = String.raw`(?:including|such as|like|among them|notably|dont|notamment|comme|parmi lesquelles|parmi lesquels|tels? que|telles? que|à l'image d(?:e|'))`;
/**
 * An investment in many companies, then the examples: "invested in 59 AI startups this year alone, including ",
 * "a investi dans une dizaine de jeunes pousses, dont ", "has backed several labs such as ".
 */
export const PORTFOLIO_LIST = new RegExp(String.raw`(?<![\p{L}])(?:invested in|invests in|investing in|has backed|backed|a investi dans|investi dans|investit dans|a soutenu|soutient|a financé)\s+(?:\d[\d,.]*|several|many|dozens of|hundreds of|a dozen|numerous|plusieurs|de nombreuses|de nombreux|des dizaines de|une dizaine de|une vingtaine de|des centaines de)\s+(?:[\p{L}-]+\s+){0,2}?(?:startups?|start-ups?|companies|firms|labs|entreprises|sociétés|jeunes pousses|laboratoires|pépites)(?![\p{L}])[^.;:]{0,40}?,?\s+${EXAMPLES_INTRO}\s*$`, 'iu');
/**
 * A company's deals in the plural, then the examples: "with acquisitions like ", "ses récents rachats, dont ", "two other
 * acquisitions, ", "the acquisitions of ", "investments in leading U.S. energy and digital infrastructure businesses including ".
 */
export const DEALS_EXAMPLES = new RegExp(String.raw`(?<![\p{L}])(?:acquisitions|rachats|investments|investissements)(?:\s+(?:récents|récentes|recent))?\s*(?:,?\s+${EXAMPLES_INTRO}\s*|,\s*|\s+(?:of|de|d')\s*)$|(?<![\p{L}])(?:investments|investissements|stakes|participations)\s+(?:in|dans)\s+(?:[^.;:]|(?<=(?:^|[\s.])\p{L})\.){0,80}?(?:businesses|companies|startups|start-ups|firms|entreprises|sociétés|jeunes pousses)\s*,?\s+${EXAMPLES_INTRO}\s*$`, 'iu');
/** "SoftBank détient également des parts dans d'autres acteurs des semi-conducteurs, comme …", "holds stakes in chipmakers such as …". */
export const STAKE_EXAMPLES = new RegExp(String.raw`(?<![\p{L}])(?:détient|détenait|détiendra|possède|possédait|holds|held|owns|owned)\s+(?:(?:également|aussi|also|encore)\s+)?(?:des\s+)?(?:parts|participations|stakes|shares)\s+(?:dans|in)\s[^.;:]{0,100}?,?\s+${EXAMPLES_INTRO}\s*$`, 'iu');
/**
 * A linker, a plural noun, then its examples: "collabore avec des opérateurs comme ", "through partnerships with major
 * companies like ", "sells to customers such as ". The examples are the linker's objects, one deal each, not
 * bystanders of a comparison (rivals and competitors given as examples stay bystanders).
 */
export const EXAMPLES_OF_LINKED = new RegExp(String.raw`(?<![\p{L}])(?:avec|with|auprès d[e']|chez|to|for|pour|from)\s+(?:(?:des|les|de|d'|the|some|several|many|other|plusieurs|de nombreux|de nombreuses|d'autres)\s+)?(?:(?!rivals|competitors|concurrents|rivaux|adversaires)[\p{L}-]+\s+){0,2}?(?!rivals|competitors|concurrents|rivaux|adversaires)[\p{L}-]*[sx]\s*,?\s+${EXAMPLES_INTRO}\s*$`, 'iu');
/**
 * How a lead ends, past its spaces (`lead.trimEnd()`), when PORTFOLIO_LIST, DEALS_EXAMPLES or STAKE_EXAMPLES may match
 * it (what each may end with, same flags): others are not tried (they open with a lookbehind: tried at every character).
 */
export const EXAMPLES_LEAD_END = new RegExp(`(?:${EXAMPLES_INTRO}|,|of|de|d')$`, 'iu');
/** The words that open examples, at the start of a text. */
export const EXAMPLES_INTRO_AT = new RegExp(`^${EXAMPLES_INTRO}`, 'iu');
/** Right before a company, the word that makes it an example: "players like Meta", "des groupes comme Sanofi". */
export const EXAMPLE_BEFORE = new RegExp(`(?<![\\p{L}])${EXAMPLES_INTRO}\\s+$`, 'iu');
/** How far before a portfolio's first example its verb may stand. */
export const PORTFOLIO_LEAD_CHARS = 160;
/** After a company, people of it: "the Netflix engineers who created Iceberg", "Google researchers". */
/**
 * After a company, an analyst's verb: "Jefferies downgraded Vistra's stock", "Morgan Stanley upgraded Nvidia", "UBS
 * relève son objectif de cours": the bank rates the other company, it makes no deal with it.
 */
export const ANALYST_AFTER = /^\s+(?:(?:has|have|had|a|also|aussi|just)\s+)?(?:downgraded|upgraded|downgrades|upgrades|reiterated|reiterates|(?:initiated|initiates|started|starts|resumed) coverage|(?:cut|cuts|raised|raises|lifted|lifts|lowered|lowers|trimmed|trims|boosted|boosts) (?:its|their|the) (?:\p{L}+\s+){0,2}(?:price target|target price|rating|recommendation)|(?:abaiss|relev|relèv|rehauss|dégrad|réitèr|réitér)\p{Ll}{0,3} (?:sa|son|ses|leur) (?:recommandation|objectif|note|opinion|conseil))(?![\p{L}])/iu;
export const PEOPLE_AFTER = /^\s+(?:engineers?|researchers?|employees?|executives?|veterans?|alumni|staffers?|scientists?|engineering team)(?![\p{L}])/iu;
/**
 * A sentence opening on a company's founder, its subject: "Le fondateur de Spotify investit …", "Daniel Ek, fondateur
 * de Spotify, est le fer de lance d'un investissement …", "The founder of Spotify backs …".
 */
export const FOUNDER_OPENING = /^\s*(?:(?:[Ll]e|[Ll]a|[Tt]he)\s+|\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2}\s*,\s*(?:le\s+|la\s+|the\s+)?)(?:co-?)?(?:fondat(?:eur|rice)|founder)\s+(?:de|d'|of)\s*$/u;
/** An amount as written: "$300 billion", "300 milliards de dollars", "€1.5bn" (global: every one is stepped over). */
export const AMOUNT_WORDS = /[$€£]?\s?\d[\d.,]*\s*(?:billion|million|trillion|bn|mn|m|b|milliards?|millions?|Md)?(?:\s+(?:de\s+)?(?:dollars|euros|\$|€))?/giu;
/** A sentence whose subject is a public body, not a company: "Le gouvernement français a signé …", "The Saudi government signed …", "The new administration" (one word of any case before the noun). */
export const PUBLIC_SUBJECT = /^\s*(?:le|la|les|l'|the)\s*(?:[\p{L}-]+\s+)?(?:gouvernement|government|état|ministère|ministry|ministre|minister|commission|ville|city|région|region|administration|présiden\p{L}*|president|autorités|authorities|régulateur|regulator|parlement|parliament|agence|agency|armée|army|pentagone|pentagon)(?![\p{L}])/iu;
/**
 * After a cue whose subject is two to four companies and which names no company as its object, what makes the deal
 * theirs together: a joint word ("un investissement conjoint", "jointly", "un centre de données commun") or one
 * facility they put money into or build ("investissent 1 Md€ dans un centre de données", "to build a data centre").
 */
export const JOINT_PROJECT = /^[^.;:]{0,80}?(?<![\p{L}])(?:conjointe?s?|commune?s?|ensemble|together|jointly|joint)(?![\p{L}])|^[^.;:]{0,60}?(?<![\p{L}])(?:dans|in|into|build|construire|bâtir)\s+(?:un|une|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:centres?|centers?|campus|usines?|factory|gigafactory|cluster|supercalculateur|supercomputer|data)(?![\p{L}])/iu;
/** Before a subject, what joins it to a company named before: "Mubadala Capital, along with US investment firm ", "et le fabricant américain de puces ". */
const ALONG_WITH = String.raw`(?:\s*,\s*(?:along with|together with|de concert avec)\s+(?:[\p{L}-]+\s+){0,4}|\s+(?:et|and)\s+(?:le|la|l'|the)\s*(?:[\p{L}-]+\s+){1,5})`;
export const ALONG_WITH_END = new RegExp(`${ALONG_WITH}$`, 'iu');
/** The whole text between that company and the subject ("Deutsche Telekom et le fabricant américain de puces Nvidia"). */
export const ALONG_WITH_BETWEEN = new RegExp(`^${ALONG_WITH}$`, 'iu');
/** Right after a company, a relative clause that is not closed before the cue: ", which already operates … and provides". */
export const RELATIVE_OPENING = /^\s*,\s*(?:which|who|qui)\s[^,;:()]{0,300}$/iu;
/** A sentence opening on a comparison, up to its comma: "Comme Mandiant avant elle,", "Like Mandiant before it,", "À l'instar de Microsoft,". */
/** A sentence opening on a circumstance, up to its comma: "En plus de la vente de …,", "Outre …,", "After …,". */
export const FRONTED_CIRCUMSTANCE = /^\s*(?:en plus d(?:e|u|es|')|outre|au-delà d(?:e|u|es|')|après|suite à|à la suite d(?:e|u|es|')|in addition to|besides|beyond|after|following|apart from|aside from)\s*[^,;:.]{1,100}?,/iu;
export const FRONTED_COMPARISON = /^\s*(?:comme|like|just like|as with|à l'instar d[e'])\s*[^,;:.]{1,40}?\s*,/iu;
/** Between a company and a deal noun, a coordinator and a possessive: "Wayve ou sa participation", "Wayve and its stake". */
/** Before a role noun, what makes it someone's role: "OpenAI's biggest", "son principal", "its", "their new". */
// Case-sensitive: under the i flag \p{Ll} matches any letter, so "its New York Backer" would have owned the role.
export const ROLE_OWNED_BEFORE = /(?:'s|(?<![\p{L}])(?:[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Nn]otre|[Oo]ur))(?:\s+[\p{Ll}\p{Pd}]+){0,3}\s*$/u;
/** The possessive determiners: "sa participation", "its partnership". */
const POSSESSIVE = String.raw`(?:sa|son|ses|leur|leurs|its|their)`;
export const POSSESSIVE_COORDINATED = new RegExp(String.raw`^\s*,?\s*(?:ou|or|et|and)\s+${POSSESSIVE}\s+(?:[\p{L}-]+\s+)?$`, 'iu');
/** Between the object of one deal and the next cue, a coordinator that opens a second predicate of the same subject: ", et 5,4 milliards pour". */
// Also after the first deal's price, and through a participle or an adverb of sequence: "bought Intersil for $3.2bn,
// going on to acquire IDT", "a racheté X pour 2 milliards, puis Y".
export const COORDINATED_PREDICATE = /^\s*(?:(?:for|pour)\s[^,;:]{1,40}?)?,?\s*(?:et|and|going on to|then|puis|avant de|before)\s/iu;
/** Right after the first deal's object, its price up to the comma: "Intersil for $3.2bn" (it stays the first deal's). */
export const PRICE_BEFORE_COMMA = /^\s*(?:for|pour)\s[^,;:]{1,40}?(?=\s*,)/iu;
/** After an investment with no object, the word that says it went where the last one did: "made a $2 billion investment too". */
export const SAME_OBJECT_TOO = /^\s*(?:too|as well|aussi|également|lui aussi|elle aussi)(?![\p{L}])/iu;
/** Before an investor, a relative pronoun that stands for the round just named: "…, à laquelle Nvidia a participé". */
export const ROUND_RELATIVE_BEFORE = /(?:à laquelle|auquel|dans laquelle|dans lequel|to which|in which)\s*$/iu;
/** After a company, words that open a list of examples: the company is the one they belong to ("backers of Mistral such as A"). */
export const EXAMPLES_FOLLOW = /^\s*,?\s*(?:comme|tels? que|telles? que|such as|like)(?![\p{L}])/iu;
/** After a company introduced by "à"/"to", an infinitive that makes it the one raising: "permettre à Mistral de lever". */
export const RAISE_INFINITIVE = /^\s*(?:de lever|d'obtenir|to raise)(?![\p{L}])/iu;
/** Between a round's word and the company that raised it: "la levée de 6 milliards de dollars par xAI", "a round raised by", "le tour de table de 500 millions chez Aleph Alpha". */
const BY_RAISER = String.raw`(?:réalisée?\s+)?(?:par|by|chez|at)\s*$`;
export const RAISE_BY_LINK = new RegExp(String.raw`(?:^|\s)${BY_RAISER}`, 'iu');
/** Before a company, what says it raised a round: "la levée de 6 milliards de dollars par xAI". */
export const RAISED_BY_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:levée|lev[ée]e de fonds|tour de table|round|funding round)\s+(?:de|d'|of)\s+[^.;:,]{1,40}?\s${BY_RAISER}`, 'iu');
/** Before a company, what says it is raising: "qui valorise Hugging Face", "valorisant Mistral". */
/** "has raised USD 1 billion in funding for his new venture, Safe Superintelligence": the company raised for. */
export const RAISED_FOR_BEFORE = /(?<![\p{L}])(?:raised|raises|raising|secured|secures|securing|lève|levé|lèvera|obtient|obtenu|décroche|décroché)(?![\p{L}])[^.;]{0,80}?\s(?:for|pour)\s+(?:(?:his|her|their|its|sa|son|leur)\s+)?(?:[\p{L}\p{Pd}']+\s+){0,4}(?:venture|startup|start-up|company|firm|lab|entreprise|société|laboratoire|jeune pousse),?\s*$/iu;
/** A word every match of RAISED_FOR_BEFORE holds (same flags). */
export const RAISED_FOR_BEFORE_WORDS = /raise|raising|secur|lève|levé|obtient|obtenu|décroch/iu;
export const VALUED_BEFORE = /(?:valorise|valorisant|valorisent|valued|values)\s*$/iu;
/** After a company, what says it is raising: "Hugging Face said it was valued at", "Mistral, valorisée à". */
export const VALUED_AFTER = /^(?:,[^,.;]{0,80},)?\s*(?:(?:said|says|a annoncé|annonce)\s+(?:on\s+\p{L}+\s+)?(?:it|être|qu'elle)\s+)?(?:was |is |has been |est |a été |serait |sera |,\s*)?(?:(?:last|now|recently|already|désormais|déjà|dernièrement) )?(?:valued|valorisée?)(?![\p{L}])/iu;
/** A round's investors named before their verb: "A, B et d'autres y ont participé", "A and B joined the round". */
export const INVESTORS_BEFORE = withOptionalLoops(/^(?:\s+(?:des|du|de|d'|of|from|based in|basée? (?:à|aux?|en))\s+[^,.;:()]{1,40}?|\s*\([^()]{0,60}\))?\s*(?:,(?=\s+(?:ont|have) ))?\s*(?:,?\s*(?:et|and) (?:d'autres|others|other investors|plusieurs autres)\s*)?(?:y |in it )?(?:(?:a |ont |has |have )?(?:confirmé|annoncé|indiqué|confirmed|announced|said it)\s+(?:avoir |having |it |had )?)?(?:ont |a |have |has |had |avoir )?(?:all |tous |toutes |also |aussi |également |too )?(?:participé|participated|pris part|took part|joined the round|joined in|se sont joints?|contributed|ont contribué|contribué|(?:mené|dirigé|piloté|co-?mené|co-?dirigé) (?:l'opération|le tour|ce tour|la levée|cette levée)|(?:co-)?led (?:the|this|its) (?:(?:series|série) \p{L}\s+|seed\s+|[\p{L}-]+-stage\s+)?(?:round|funding|financing|investment)|(?:est|était|sera|is|was) (?:à la tête|aux commandes) (?:de ce|du|de cette|de la) (?:tour de table|tour|levée|opération)|(?:is |was )?leading (?:the|this) (?:round|funding|financing)|(?:are|were|is|was|sont|étaient|figurent|figuraient|comptent|font partie) (?:(?:also|aussi|également|notamment) )?(?:among|parmi|des) (?:the |les )?(?:(?:other|autres|new|nouveaux|early|premiers) )?(?:funders|investors|backers|investisseurs|financeurs|bailleurs de fonds))(?![\p{L}])/iu);
/** What makes one investor before its verb a round's investor ("MGX also participated in the round"). */
/** The nouns a funding round goes by. */
const ROUND_WORDS = `round|funding|financing|tour de table|levée(?: de fonds)?`;
export const ROUND_NAMED = new RegExp(`(?:${ROUND_WORDS}|opération|investment|investissement)`, 'iu');
/** Between two investors of a list read backwards from its verb: a comma or "and", then at most a short description ("and Abu Dhabi's state-backed investment firm"). */
export const LIST_BACK_GAP = /^\s*(?:,|,?\s*(?:and|et))\s+(?:[^\s,.;:()]+\s+){0,6}$|^\s*,\s*$/iu;
/** After a round's verb, the company whose round it is ("participated in Hugging Face's latest round", "au tour de table de Mistral"). */
export const ROUND_OWNER_BEFORE = new RegExp(`(?:^|\\s)(?:in|to|into|dans|à|au|de|d'|du)\\s*(?:(?:the|la|le|l')\\s*)?(?:(?:latest|last|new|recent|dernier|dernière|nouveau|nouvelle)\\s+)?(?:(?:${ROUND_WORDS})\\s+(?:de|d'|du|of)\\s*)?$`, 'iu');
/** Just before the company: the round named as its ("au tour de table de Mistral", "the funding of Cohere"). */
export const ROUND_OF_BEFORE = new RegExp(`(?:${ROUND_WORDS})\\s+(?:de|d'|du|of)\\s*$`, 'iu');
/** After a round's verb, more investors: "ont participé à ce tour de table avec Microsoft et Nvidia". */
export const CO_INVESTORS_AFTER = /^[^.;:]{0,60}?(?:avec|with|alongside|along with|aux côtés d[e'])(?:\s+(?:a|an|the|le|la|les|l'|un|une|des|newly|new|joined|nouvel|nouveau|nouvelle|investor|investisseur|backer|fund|fonds)){0,4}\s*$/iu;
/**
 * What introduces a round's investors when the round itself is named: "Le tour de table, mené par …, comprend
 * Google, Amazon", "a funding round backed by technology heavyweights, including Salesforce".
 */
export const ROUND_MEMBERS = /(?<![\p{L}])(?:(?:ont|a|avaient|avait)\s+(?:aussi\s+|également\s+|notamment\s+)?participé\s+à\s+(?:cette|la|ce|l')\s*(?:nouvelle\s+)?(?:levée(?: de fonds)?|tour(?: de table)?|opération|financement)\s*:|(?:auquel|à laquelle|auxquels|auxquelles)\s+(?:ont|a|avaient|avait)\s+(?:aussi\s+|également\s+|notamment\s+)?participé|(?:levé|lève|levée|raised|raises|raising)\s[^.;:]{0,80}?(?:auprès\s+d(?:e|es|u|')|from)\s*[^.;:]{0,60}?:|(?:tour de table|tour|round|levée(?: de fonds)?|funding|financing)[^.;]{0,80}?\s(?:comprend|comprennent|comprenait|comprenaient|inclut|incluent|incluait|réunit|rassemble|a attiré|attire|includes?|included|comprises?|comprised|features|featured|attracted|attracts|drew)|(?:parmi les|among (?:the|its))\s+(?:autres\s+|other\s+)?(?:investisseurs|actionnaires|investors|backers|shareholders)[^.;:]{0,60}?\s(?:figuraient|figurent|figure|on (?:re)?trouve|were|are|include|included)(?:\s+[^.;:]{0,40}?\s*:)?(?:\s+(?:des|de|les)?\s*(?:noms?|fonds|groupes|bailleurs de fonds)?(?:\s+\p{LC}+)?\s*(?:comme|tels? que|dont|such as|like)(?:\s+(?:le|la|les|l'|the)\s+(?:[^\s,.;:]+\s+){0,4})?)?|(?:backed|funded|financed|supported) by [^.;:]{0,50}?,?\s(?:including|such as|like|among them)|(?:soutenue?s?|financée?s?|accompagnée?s?) par [^.;:]{0,50}?,?\s(?:dont|notamment|comme|tels? que|parmi lesquels))\s*(?:\S+\s+){0,2}$/iu;
/** A word every match of ROUND_MEMBERS holds (same flags). */
export const ROUND_MEMBERS_WORDS = /particip|tour|round|levée|auprès|from|funding|financing|parmi les|among|backed|funded|financed|supported|soutenu|financé|accompagné/iu;
/** How far apart two investors of one list may stand: "Jeff Bezos (through …", ", Inc., alongside financial giants". */
export const LIST_GAP_WORDS = 5;
/** A list's next item described in lower case after its comma: ", le géant des puces électroniques ", ", the chip giant ". */
export const DESCRIBED_ITEM = /^\s*,\s*(?:(?:et|and|ou|or)\s+)?(?:le|la|les|l'|the|its|son|sa|ses)\s*[\p{Ll}'-]+(?:\s+[\p{Ll}'-]+)*\s*$/u;
/** How long that description may be. */
export const DESCRIBED_ITEM_WORDS = 8;
/**
 * Between two items, the first one's description set off by commas: "A, fonds d'investissement spécialisé dans
 * l'amorçage, B et C", "A, a venture firm focused on deep tech, and B".
 */
export const APPOSED_ITEM = /^\s*,\s*(?:(?:un|une|le|la|l'|the|a|an)\s*)?(?:fonds|société|start-?up|firme|groupe|investisseur|banque|fund|firm|investor|company|bank|venture(?:[ -]capital)? firm)(?![\p{L}])[\p{Ll}\p{N}'\s-]*,\s*(?:(?:et|and)\s+)?$/u;
/** How long that description may be. */
export const APPOSED_ITEM_WORDS = 15;
/** How far before a list of investors its opening ("Investors in the venture include … such as") is looked for. */
export const LIST_LEAD_CHARS = 160;
/** A sentence that opens on a pronoun or a generic noun for the company just named: "It is backed by …". */
/** A sentence that opens on "ce dernier", "the latter": the company named last before it, up to the verb. */
export const LATTER_OPENING = /^\s*(?:(?:et|and|mais|but)\s+)?(?:ce dernier|cette dernière|celui-ci|celle-ci|the latter)(?=[\s,])/iu;
export const OPENING_PRONOUN = /^\s*(?:it|il|elle|the company|the startup|the firm|the group|l'entreprise|la société|la start-up|le groupe|la jeune pousse)\s/iu;
/** Between a deal and a second subject whose verb and object are left out: ", tandis que", "and", "while". */
export const ELIDED_CONJUNCTION = /^[^;:.]{0,60}?(?:,\s*)?(?:and|et|while|whereas|tandis que|alors que)\s*$|^[^;:.]{0,60}?\d[^;:.,]{0,30},\s*$/iu;
/** What the second subject gives: a verb or two at most, then an amount ("apportera jusqu'à 5 milliards", "up to $5 billion"). */
/** Hedges written before an amount: "up to", "environ", "quelque". */
const AMOUNT_HEDGE = String.raw`up to|jusqu'à|about|around|roughly|some|environ|près de|quelque|approx\.?`;
/** Between an owner and its unit's name: "SoftBank Group's British chip design unit, Arm". */
export const OWNERS_UNIT_NAMED = /^'s\s+(?:[\p{L}-]+\s+){0,4}?(?:unit|subsidiary|division|affiliate|business)\s*,\s*$/iu;
/** A kind of company and its examples, before their verb: "Arm customers, including", "ses clients, dont". */
export const EXAMPLES_AS_SUBJECT = new RegExp(String.raw`(?<![\p{L}])(?:customers|clients|partners|partenaires|suppliers|fournisseurs)\s*,?\s*${EXAMPLES_INTRO}\s+`, 'iu');
/** Before a role everyone of a kind holds: "tous les investisseurs", "all its suppliers", "every partner". */
export const QUANTIFIED_ROLE = /(?<![\p{L}])(?:tous|toutes|all(?: of)?|every|chaque)\s+(?:(?:les|ses|leurs|the|its|their)\s+)?$/iu;
/** "would invest in the IPO", "participera au tour de table": money into the round of the company raising, not named. */
export const INTO_THE_ROUND = /^\s*(?:in|into|dans|à|au)\s+(?:the|its|this|that|l'|la|le|ce|cette|son|sa)\s*(?:(?:planned|upcoming|coming|future|prochaine?|future)\s+)?(?:IPO|initial public offering|offering|listing|(?:funding |financing )?round|introduction en bourse|tour de table|levée de fonds|levée)(?![\p{L}])/iu;
export const ELIDED_AMOUNT = new RegExp(String.raw`^\s*(?:[\p{Ll}']+\s+){0,2}?(?:(?:${AMOUNT_HEDGE})\s+)?(?:US\$|[$€£])?\s?\d[\d.,\s]*(?:\s*(?:billion|million|milliards?|millions?|bn|Md|M)\b)?(?:\s*(?:de dollars|d'euros|dollars|euros))?`, 'u');
/** Text that ends on an amount and a comma: "a investi près de 88 millions d'euros, ". */
export const AMOUNT_THEN_COMMA = /\d[^,]*(?:,|\s(?:and|et))\s*$/u;
/** Between a second subject and its own object when the verb is left out: "et Google ceux de Character.ai". */
export const ELIDED_OBJECT = /^\s*(?:ceux|celles?|celui|those|that)\s+(?:de|d'|du|des|of)\s*$/iu;
/** A group introduced by a linker other than "entre"/"between": an object ("dans Intel", "in Anthropic"). */
export const LINKED_NOT_BETWEEN = new RegExp(`(?:^|[\\s(«"])(?:(?!entre|between)(?:${LINKERS}))\\s*(?:(?:le|la|les|l'|the)\\s+)?$|d'\\s*$`, 'iu');
/** What opens a clause right after a company: an auxiliary or a deal verb ("a signé", "will invest", "apportera"). */
export const CLAUSE_OPENER = /^\s*(?:a|ont|avait|avaient|va|vont|sera|seront|will|would|has|have|had|is|was|are|were|plans|signed|invests?|invested|investit|investira|apporte|apportera|apportent|injecte|injectera|met|mettra|adds?|added|ajoute|ajoutera)(?![\p{L}])/iu;
/** Between a deal noun and its owner: "coopérations existantes d'", "partenariat historique de". */
export const OWNER_AFTER_NOUN = /^\s*(?:[\p{LC}\p{Pd}]+\s+){0,2}(?:de|d'|du)\s*$/iu;
/** After a participle, its agent: "les contrats signés par TotalEnergies avec A, B", "the deals signed by X with A". */
export const AGENT_AFTER_PARTICIPLE = /^\s*(?:déjà\s+|already\s+)?(?:par|by)\s*$/iu;
/** Between the owner of a deal noun and its other side: "avec", "with", "et de". */
export const PARTNER_AFTER_OWNER = /^\s*(?:avec|with|auprès de|auprès d')\s*(?:(?:le|la|les|l'|the)\s+)?$/iu;
/** "Nvidia-backed CoreWeave", "SoftBank-funded": a company that funds the next one; "CoreWeave-backer Magnetar": the next funds the first. */
export const BACKED_BY_MODIFIER = /^(?:-(?:backed|funded|financed)\s+(?:[\p{LC}\p{Pd}]+\s+){0,3}|[-\s](?:backer|investor|shareholder)\s+)$/iu;
/** "Nvidia supplier SK Hynix", "Nvidia's main memory supplier SK Hynix": the company after supplies the one before. */
export const SUPPLIER_MODIFIER = /^(?:['’]s)?\s+(?:(?:main|key|biggest|largest|major|top|longtime|long-time|exclusive|sole|primary|chief)\s+)?(?:(?:memory|chip|cloud|HBM|GPU|foundry|server|component)\s+)?(?:supplier|provider|vendor)(s?)\s+$/iu;
/** "le fournisseur de Nvidia SK Hynix", "le principal fournisseur de mémoire de Nvidia, SK Hynix": before the customer named first. */
export const SUPPLIER_OF_BEFORE = /(?<![\p{L}])(?:fournisseur|prestataire)\s+(?:(?:de\s+mémoire|de\s+puces|de\s+cloud|attitré|principal|historique)\s+)?(?:de|d')\s*$/iu;
/** "Alphabet's Google", "Alphabet Inc.'s Google": a parent named as the owner of the company that follows. */
export const OWNER_OF_NEXT = /^(?:\s+Inc\.?|\s+Corp\.?)?'s\s+$/u;

/** A stake named without its company: "entré au capital", "a stake" ("au capital de X" has its object). */
export const CAPITAL_OF_FOCUS = /(?:au capital|capital)(?!\s+(?:de|d'|du|of))/iu;
/** Before companies that did the same: "de même qu'Amazon", "tout comme", "as did", "ainsi que". */
export const CO_SUBJECTS = /(?:de même qu[e']|tout comme|ainsi que|as did|as have|like)\s*(?:\S+\s+){0,1}$/iu;
/** The dot of "Inc.", "Corp." ends no sentence. */
export const LEGAL_SUFFIX_DOT = /(?<![\p{L}])(?:Inc|Corp|Co|Ltd|Cie)\./gu;
/** Before an example of the deals a sentence speaks of: "…, à l'instar d'", "such as". */
export const EXAMPLE_INTRO = /(?:à l'instar d[e']|such as|notamment)\s*$/iu;
/** Deals spoken of in the plural, made "with" others: "ont signé des contrats … avec", "struck deals with". */
export const PLURAL_DEALS_WITH = /(?<![\p{L}])(?:contrats|accords|partenariats|deals|contracts|agreements|partnerships)(?![\p{L}])[^.;:]{0,80}?(?:avec|with)(?![\p{L}])[^.;:]*$/iu;
/** Between the first company of an example and its partners ("OpenAI et Nvidia"), or between partners. */
export const PAIR_JOIN = /^\s*(?:et|and)\s*$/iu;
/** Between two pairs of companies listed after "between": "A et B, C et D", "A and B, and C and D". */
export const PAIRS_BETWEEN = /^\s*,\s*(?:(?:et|and)\s+)?$/iu;
export const PARTNER_JOIN = /^\s*(?:,|,?\s*(?:ou encore|ou|or|et|and))\s*$/iu;
/** Before an amount that is the value of the deal a sentence goes on about: "l'acquisition … est estimée à". */
export const STORY_VALUE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:acquisition|rachat|accord|deal|contrat|contract|transaction|opération|agreement|takeover|buyout)(?![\p{L}])[^.;]{0,60}?(?:estimée?s?|évaluée?s?|valued|worth|d'un montant d[e']|s'élève à|amounts? to|totall?ing|for)\s*(?:à|at)?\s*(?:(?:${AMOUNT_HEDGE})\s+)?$`, 'iu');
/** After an amount that names the deal: "the $700 million acquisition". */
export const STORY_VALUE_AFTER = /^\s*(?:acquisition|deal|contract|transaction|agreement|takeover|buyout|purchase)(?![\p{L}])/iu;
/** Between an investor of a list and its own amount: "Microsoft (", "Nvidia, with ", "Bpifrance : ". */
export const SHARE_GAP = new RegExp(String.raw`^[\s,:(]*(?:(?:with|avec|pour|for|soit|${AMOUNT_HEDGE})\s+)?$`, 'iu');
/** Between an amount and its dollar equivalent in brackets: " (", " (about ", " (soit ". */
export const EQUIVALENT_OPENS = new RegExp(String.raw`^\s*\(\s*(?:(?:or|soit|~|${AMOUNT_HEDGE})\s*)?$`, 'iu');
/** After a closing quote, the verb that says who spoke: "…," said AMD CFO Jean Hu; «…», a déclaré la directrice d'AMD. */
export const ATTRIBUTION = /[”"»]\s*,?\s*(?:[^.;:”"»“«]{0,100}?\s)?(?:said|says|added|explained|wrote|a déclaré|a indiqué|a affirmé|a ajouté|a expliqué|a souligné|a précisé|déclare|explique)(?![\p{L}])/iu;

/** Before a platform named as the place something was posted: "a déclaré jeudi sur X", "in a post on X", "via LinkedIn". */
export const POSTED_ON_BEFORE = /(?<![\p{L}])(?:sur|on|via)\s+(?:(?:le|son|sa|the|his|her|its)\s+)?(?:(?:réseau social|compte|social (?:network|media(?: platform)?)|account|platform|plateforme)\s+)?$/iu;
/** A possessive pronoun and a few words before a deal word: "its successful existing partnership", "sa collaboration". */
export const POSSESSIVE_PRONOUN_BEFORE = new RegExp(String.raw`(?<![\p{L}])${POSSESSIVE}\s+(?:[\p{L}-]+\s+){0,3}$`, 'iu');
/** Between a transitive verb and the first of its objects given as examples: "alimentant notamment Mistral". */
export const EXAMPLES_AFTER_VERB = new RegExp(String.raw`^\s*(?:notamment|en particulier|including|among them)\s+$|^\s*(?:(?:des|les|the|some|several|many|other|plusieurs|d'autres|de nombreux|de nombreuses)\s+)?(?:(?!rivals|competitors|concurrents|rivaux|adversaires)[\p{L}-]+\s+){0,2}?(?!rivals|competitors|concurrents|rivaux|adversaires)[\p{L}-]*[sx]\s*,?\s+${EXAMPLES_INTRO}\s+$`, 'iu');
