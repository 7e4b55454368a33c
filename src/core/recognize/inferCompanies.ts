/**
 * Companies that are not in the lexicon, recognised from the words around them, in French and English:
 * - an apposition before the name: "la start-up française Quantaflux", "the chipmaker Etchwell";
 * - an apposition after it: "Quantaflux, la start-up …", "Etchwell, a Paris-based chip designer";
 * - a list a company noun introduces: "investors including Quantaflux and Etchwell" (listedCompanies.ts);
 * - a legal form: "Quantaflux SAS", "Etchwell Inc.";
 * - a deal verb: "Quantaflux a signé …", "Etchwell announced …" (weaker evidence).
 * Each cue gives a confidence; once a name is recognised, its other occurrences in the note are too.
 * Products, projects, places, months, people and common sentence-initial words are never taken.
 */
import type { Entity, Mention } from '../types';
import type { StopWords } from '../lexicon/builtin';
import { NameMatcher } from '../lexicon/matcher';
import type { Steps } from '../steps';
import { slug } from '../lexicon/lexicon';
import { toMention } from './entities';
import { isCurrencyLetters } from './money';
import { listedNames } from './listedCompanies';
import { BoundaryPattern } from '../text/boundaryMatches';
import { repeated } from '../text/regexLoop';
import { borrow, countMatches, giveBack, matchesOf } from '../text/keptRegExps';

export interface InferredName {
  name: string;
  confidence: number;
  cue: 'apposition' | 'list' | 'legal-form' | 'deal-object' | 'deal-verb' | 'subject';
}

// A name: up to four capitalised tokens ("Quantaflux", "Nova Compute", "Etch-Well Labs", "AI21"), written
// with letters, digits and inner hyphens, dots or ampersands; an ampersand may stand between two tokens
// ("Ernst & Young"), which stay one name. Every part is bounded (no word of a name is longer than 40
// characters, no name has more than 6 hyphenated parts), so that a regex trying a name at each capital of a
// long run ("AAAA…", "Nvidia-OpenAI-Microsoft-…") reads a bounded stretch each time, not the rest of the
// run: linear, where unbounded parts made it quadratic.
const TOKEN = String.raw`(?:\p{Lu}[\p{L}\p{N}]{0,39}(?:[-.&][\p{L}\p{N}]{1,40}){0,5}|\p{Ll}\p{Lu}[\p{L}\p{N}]{0,39})`;
const NAME = `(${TOKEN}${repeated(String.raw` (?:& )?${TOKEN}`, 0, 3)})`;
const APOS = `['’]`;

const NOUNS_FR = String.raw`start-?ups?|jeunes? pousses?|sociétés?|entreprises?|firmes?|licornes?|pépites?|scale-?ups?|groupes?|fabricants?|constructeurs?|concepteurs?|fondeurs?|équipementiers?|opérateurs?|hébergeurs?|éditeurs?|spécialistes?|fonds|investisseurs?|néo-?clouds?|neo-?clouds?|laboratoires?|fournisseurs?|filiales?|géants?|banques?|distributeurs?|assureurs?|énergéticiens?|électriciens?|pétroliers?|avionneurs?|motoristes?|industriels?`;
const NOUNS_EN = String.raw`start-?ups?|companies|company|firms?|chipmakers?|chip ?makers?|chip designers?|makers?|manufacturers?|providers?|operators?|developers?|labs?|laboratory|unicorns?|funds?|investors?|neo-?clouds?|suppliers?|vendors?|specialists?|conglomerates?|designers?|subsidiary|subsidiaries|units?|spin-?offs?|giants?|utility|utilities|distributors?|backers?|banks?|lenders?|insurers?|retailers?|carriers?|automakers?|carmakers?|telcos?|rivals?|powerhouses?`;
// Between the noun and the name: a few lower-case words ("française", "des semi-conducteurs", "d'IA").
const FILLER = repeated(String.raw`(?:\p{Ll}[\p{Ll}-]*|d${APOS}\p{L}+|l${APOS}\p{L}+|IA|AI|de l${APOS}IA|AI-powered|[\p{Lu}][\p{L}]+-based) `, 0, 3);
/** A title written in capitals, read as part of the name before it: "Le PDG Tarek Volmer a annoncé". */
const TITLE_IN_NAME = /(?:^|\s)(?:CEO|PDG|CFO|CTO|COO|DG)\s/u;
/** A person's title right before a name: "chief executive ", "CEO ", "le PDG ", "founder ". */
const TITLE_BEFORE = /(?<![\p{L}])(?:chief executive|chief executive officer|CEO|CFO|CTO|COO|PDG|chairman|chairwoman|president|président|présidente|founder|co-founder|fondateur|fondatrice|cofondateur|boss|patron|patronne|directeur général|directrice générale|chief scientist)\s*,?\s*$/iu;
// Fillers that announce a person or a clause, not the name itself.
const BAD_FILLER = /\b(?:par|by|behind|derrière|dirigée?s?|led|fondée?s?|founded|avec|with|dont|whose|qui|which|that|que|selon|according|and|et|or|ou|is|are|was|were|est|sont|has|have|will|va|a)\b/iu;

const BEFORE = new BoundaryPattern(String.raw`(?<![\p{L}\p{N}])`, String.raw`(?:${NOUNS_FR}|${NOUNS_EN}) ${FILLER}${NAME}`);
// The patterns led by a name (AFTER, LEGAL, VERB) would try a name at every capital letter of the note, and
// most of that work is wasted: each needs words after the name (", la start-up", " Inc.", " a annoncé") that
// many slices do not hold at all. Those words, alone, are a cheap regex: where they do not occur, the
// pattern cannot match, and it is not run.
interface CuedPattern {
  pattern: RegExp;
  /** Matches somewhere in every text the pattern matches. */
  cue: RegExp;
}
const cued = (pattern: string, cue: string): CuedPattern => ({ pattern: new RegExp(pattern, 'gu'), cue: new RegExp(cue, 'u') });
const ARTICLE = `(?:la|le|les|une|un|l${APOS}|the|a|an)`;
const AFTER = cued(String.raw`${NAME}, (?:${ARTICLE} ?)(?:\p{L}+-[\p{L}-]+ )?${repeated(String.raw`[\p{L}-]+ `, 0, 2)}(?:${NOUNS_FR}|${NOUNS_EN})(?![\p{L}])`, `, ${ARTICLE}`);
/**
 * French writes a company's nationality as a lower-case noun before its name ("le suédois Hexagon", "l'italien
 * Telespazio", "chez l'américain Nvidia"); a person's takes a capital ("l'Américain Sam Altman").
 */
const DEMONYMS_FR = String.raw`(?:américaine?s?|français|française?s?|chinois|chinoise?s?|japonais|japonaise?s?|britanniques?|allemande?s?|sud-coréen(?:ne)?s?|coréen(?:ne)?s?|taïwanais|taïwanaise?s?|indien(?:ne)?s?|canadien(?:ne)?s?|israélien(?:ne)?s?|saoudien(?:ne)?s?|émiratie?s?|néerlandais|néerlandaise?s?|suédois|suédoise?s?|suisses?|espagnole?s?|australien(?:ne)?s?|singapourien(?:ne)?s?|européen(?:ne)?s?|italien(?:ne)?s?|finlandais|finlandaise?s?|norvégien(?:ne)?s?|danois|danoise?s?|belges?|irlandais|irlandaise?s?|autrichien(?:ne)?s?|brésilien(?:ne)?s?|californien(?:ne)?s?|texane?s?|bavarois|bavaroise?s?)`;
const DEMONYM_BEFORE = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:le|la|les|l${APOS}|du|au|aux|des) ?${DEMONYMS_FR} ${NAME}`);
/**
 * French sets a company's trade after its name without an article: "Kestrova, développeur de médicaments",
 * "Norvalis, fabricant français de puces" (only nouns that name a firm, not a person's trade).
 */
const TRADE_FR = String.raw`(?:start-?up|jeune pousse|société|entreprise|firme|groupe|fabricant|constructeur|concepteur|fondeur|équipementier|hébergeur|éditeur|fournisseur|développeur|laboratoire|licorne|pépite|spécialiste)`;
const AFTER_NO_ARTICLE = cued(String.raw`${NAME}, ${TRADE_FR} (?:(?:de|d${APOS}|du|des|spécialisée?|${DEMONYMS_FR})(?![\p{L}]))`, String.raw`, ${TRADE_FR} `);
/**
 * An owner named after a subsidiary: "Telespazio, filiale de Leonardo et Thales", "a subsidiary of Hexagon" (not
 * "a subsidiary of Warren Buffett's Berkshire": a possessive names the owner's owner).
 */
const OWNER_OF = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:filiale|subsidiary|maison mère|parent company) (?:de|d${APOS}|du|of) ?${NAME}(?![\p{L}\p{N}'’]| \p{Lu})(?:(?:,| et| and) ${NAME}(?![\p{L}\p{N}'’]| \p{Lu}))?`);
/**
 * A company's new or former name: "change de nom pour devenir Quobly", "renamed itself Meta", "rebrands as X",
 * "rebaptisée X", ", anciennement SiQuance", ", formerly known as Facebook".
 */
const RENAMED_TO = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:change de nom pour devenir|changé de nom pour devenir|changera de nom pour devenir|se rebaptise|rebaptisée?|renamed(?: itself)?|rebrand(?:s|ed)?(?: itself)? as|anciennement|formerly known as|previously known as|formerly called) ${NAME}(?![\p{L}\p{N}])`);
const LEGAL_AFTER_NAME = String.raw` (?:Inc\.?|Incorporated|Corp\.?|Corporation|Ltd\.?|Limited|LLC|L\.L\.C\.|plc|PLC|SAS|SASU|SA|SE|AG|GmbH|N\.?V\.?|B\.?V\.?|S\.p\.A\.?|Co\.|Holdings?|Technologies)(?![\p{L}])`;
const LEGAL = cued(String.raw`${NAME},?${LEGAL_AFTER_NAME}`, LEGAL_AFTER_NAME);
// A name ended by a word only firms' names end with: "BDT & MSD Partners", "Central Iowa Power Cooperative",
// "Explore Investments", "Parkway Venture Capital", "Wa'ed Ventures" (an apostrophe inside a word, not a possessive's).
// The word is evidence as a legal form is.
const FIRM_WORD = String.raw`(?:Partners|Capital|Ventures|Cooperative|Coopérative|Investments|Holdings)`;
const FIRM_NAMED = cued(String.raw`(?<![\p{L}\p{N}])(${TOKEN}(?:${APOS}(?!s )\p{Ll}{1,12})?${repeated(String.raw` (?:& )?${TOKEN}`, 0, 2)} ${FIRM_WORD})(?![\p{L}\p{N}])`, String.raw` ${FIRM_WORD}(?![\p{L}])`);
/** The last word of a firm's name that no person's name ends with. */
const FIRM_END = new RegExp(String.raw`^(?:${FIRM_WORD}|Management|Fund|Labs|Group)$`, 'u');
// "Venture Capital", "Working Capital", "Limited Partners": the firm word after common words names a trade or a
// role, not a firm.
const GENERIC_FIRM = /^(?:(?:Venture|Working|Human|Private|Public|Growth|Risk|Seed|Equity|Joint|Strategic|Limited|General|Managing|Global|Total|Our|Their|New|Key|Top) )+\S+$/u;
const VERB_AFTER_NAME = String.raw` (?:(?:a|ont|avait|vient d${APOS}|va|will|has|have|had|is|just) |(?:vient|viennent) d(?:e |${APOS})|(?:va|vont) )?(?:annoncé|annonce|lever|boucler|boucle|bouclé|finaliser|finalise|finalisé|signer|conclure|racheter|acquérir|investir|annoncer|signé|signe|conclu|conclut|investi|investit|investira|acquis|acquiert|racheté|rachète|rachètera|levé|lève|noué|s${APOS}allie|s${APOS}associe|fournira|fournit|announced|announces|signed|signs|invested|invests|invest|acquired|acquires|acquire|raised|raises|agreed|partnered|partners with|teamed up|inked|struck|closed|secured|backed|supplies|supply|bought|buys|buy)(?![\p{L}])`;
const VERB = cued(String.raw`${NAME}${VERB_AFTER_NAME}`, VERB_AFTER_NAME);
/** After a name, words that make it a description or a place: " (SMR) firm Oklo", " company Copyleaks", ".-based". */
const DESCRIPTION_AFTER = new RegExp(String.raw`^(?:\s*\([^()]{1,12}\))?\s+(?:${NOUNS_FR}|${NOUNS_EN})(?![\p{L}])|^\.?-\p{Ll}`, 'u');
/**
 * A company named by one of its officers' roles: "le patron de A", "fondateur de A", "CEO of A" (ROLE_OF_COMPANY), or
 * "A CEO Jane Doe", "A co-founder Jane Doe" (COMPANY_ROLE: a capitalised word after the role, a person). Group 1 is A.
 */
const ROLE_WORDS = String.raw`(?:CEO|PDG|patron|patronne|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|co-fondatrice|founder|co-founder|cofounder|chief executive|directeur général|directrice générale|chairman|chairwoman)`;
const ROLE_OF_COMPANY = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`${ROLE_WORDS} (?:de |d${APOS}|du |of |at |chez )${NAME}(?![\p{L}\p{N}]|${APOS}s | \p{Lu})`);
const COMPANY_ROLE = cued(String.raw`${NAME} ${ROLE_WORDS} (?=\p{Lu}\p{Ll})`, String.raw` ${ROLE_WORDS} \p{Lu}`);
/**
 * A company a place owns or holds, by the place's possessive: "Germany's A", "Saudi Arabia's A" (group 1 the place, 2 the
 * name); not a name and its number ("China's Jiuzhang 4.0", "Saudi Arabia's LEAP 2025 event": a product, an event).
 */
const PLACE_POSSESSIVE = cued(String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)${APOS}s ${NAME}(?![\p{L}\p{N}]| \d)`, String.raw`${APOS}s \p{Lu}`);
/** Two companies as one verb's subject: "KKR and Lumora Capital have formed", "Quantaflux et Nvidia ont signé". */
/**
 * The subject of a passive purchase or ownership: "Oravex a été rachetée par", "Velmora was acquired by", "Velmora is
 * majority-owned by". Group 1 is the company bought or owned.
 */
const PASSIVE_OWNED_AFTER = String.raw` (?:a été|avait été|aura été|sera|serait|était|est|sont|ont été|was|were|has been|have been|had been|is being|will be|would be|is|are) (?:(?:entièrement|majoritairement|partiellement|wholly|majority-|fully|partly|jointly) ?)?(?:rachetée?s?|acquise?s?|absorbée?s?|détenue?s?|contrôlée?s?|acquired|bought|purchased|taken over|owned|controlled)(?![\p{L}])`;
const DEMONSTRATIVE = /^(?:Celui|Celle|Ceux|Celles|Cela|Ceci|Ça)(?:-ci|-là)?$/u;
const PASSIVE_OWNED = cued(String.raw`${NAME}${PASSIVE_OWNED_AFTER}`, PASSIVE_OWNED_AFTER);
/** "Velmora's chief executive", "Velmora's CEO": an officer's company named by a possessive. Group 1 is the company. */
const POSSESSIVE_ROLE = cued(String.raw`${NAME}${APOS}s? (?:(?:co-?)?founders?|chief executive|chief executive officer|CEO|CFO|CTO|COO|chairman|chairwoman|board)(?![\p{L}])`, String.raw`${APOS}s? (?:(?:co-?)?founder|chief executive|CEO|CFO|CTO|COO|chairman|chairwoman|board)`);
const PAIR_VERB = cued(String.raw`${NAME} (?:and|et|&) ${NAME}${VERB_AFTER_NAME.replace('(?:a|ont|', '(?:ont|')}`, VERB_AFTER_NAME);


const LEGAL_FORM = /^(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|LLC|plc|PLC|SA|SAS|SASU|SE|AG|GmbH|NV|BV|Co)\.?$/u;
const INSTITUTION = /^(?:Act|Board|University|Université|Universität|College|School|École|Institute|Institut|Commission|Department|Ministry|Ministère|Agency|Agence|Parliament|Parlement|Senate|Sénat|Government|Gouvernement|Council|Conseil|Court|Cour|Tribunal|Assembly|Assemblée|Administration|Authority|Autorité|Office|Bureau|House|Maison|Army|Armée|Police|Pentagon|Pentagone|Congress|Congrès|State|État|Republic|République|Union|Federal|Fédéral|City|Ville|Region|Région)$/u;
/** Words that end company names and must stay: "Quantaflux AI", "Nova Compute Labs". */
const COMPANY_WORD = /^(?:AI|IA|Labs?|Cloud|Capital|Management|Fund|Fonds|Technologies|Tech|Systems|Robotics|Energy|Computing|Compute|Data|Group|Groupe|Holdings?|Partners|Ventures|Investments|Cooperative|Coopérative|Networks|Semiconductor|Semiconductors|Software|Bio|Quantum|Health|Industries)$/u;
const PREPOSITION_BEFORE = /(?:^|[\s(])(?:de|du|des|d['’]|l['’]|of|à|au|aux|par|by|for|pour|with|avec)\s*$/iu;

// The company bought or invested in: "AMD acquired ZT Systems", "rachète Quantaflux", "a stake in Lumora".
// A second company bought in the same breath: "a mis la main sur la française Mipsology et l'américaine Nod.ai".
const SECOND_OBJECT = String.raw`(?:(?:,| et| and) (?:(?:la|le|l${APOS}|the) ?)?(?:\p{Ll}[\p{Ll}-]* ){0,1}${NAME})?`;
const OBJECT = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:acquires?|acquired|acquiring|to acquire|buys?|bought|to buy|takeover of|acquisition of|purchase of|stake in|investment in|rachète|rachètera|racheter|racheté|acquiert|acquérir|rachat de|rachat d${APOS}|rachat du|acquisition de|acquisition d${APOS}|acquisition du|participations? (?:(?:minoritaires?|majoritaires?|stratégiques?|significatives?) )?dans|participation de \d+\s?% (?:dans|de|d${APOS})|(?:entre|entré|entrée|entrer|entrera|monte|monté|monter|montera) au capital (?:de|du|d${APOS})|(?:prend|pris|prise|prendre|prendra) (?:le )?contrôle (?:de|du|d${APOS})|(?:takes?|took|taking|to take) (?:a )?(?:majority |full )?control of|(?:merge|merges|merged|merging|merger) with|(?:fusionner|fusionne|fusionnera|fusionné|fusion) avec|fusion entre|(?:mis|met|mettre|mettra) la main sur|s${APOS}offrir|s${APOS}offre|s${APOS}est offert|s${APOS}était offert|acheter|achète|achètera|a acheté|avait acheté|to purchase|snapped up|took over|takes over|to take over|absorbe|absorber|a absorbé)(?:(?<=['’])|\s)(?:(?!(?:from|to|in|on|at|with|for|de|du|des|à|au|en|par|pour|auprès|chez) )(?:\p{Ll}[\p{Ll}-]*|l${APOS}\p{Ll}+) ){0,3}${NAME}${SECOND_OBJECT}`);
/**
 * The other party of a deal named by its noun: "un partenariat avec Quantaflux", "a supply agreement with oil giant
 * Etchwell", "a deal with Quantaflux and Etchwell", "teamed up with Quantaflux".
 */
const PARTNER_OBJECT = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:partenariats?|partnerships?|accords?|agreements?|contrats?|contracts?|deals?|alliances?|collaborations?|coentreprises?|joint ventures?|teamed up|teams up|team up|partnered|partnering|collaborates?|collaborated|collaborating|s${APOS}allie|s${APOS}associe|s${APOS}est alliée?|s${APOS}est associée?|s${APOS}allier|s${APOS}associer) (?:\p{Ll}[\p{Ll}-]* ){0,3}(?:avec|with) (?:(?:la|le|les|l${APOS}|the) ?)?(?:\p{Ll}[\p{Ll}-]* ){0,2}${NAME}${SECOND_OBJECT}`);

/** After a product's name, the noun that makes it its company's description: "Ray-Ban maker", "ChatGPT owner". */
const MAKER_AFTER = /^[ -](?:maker|makers|owner|parent|developer|creator)(?![\p{L}])/iu;
/** A unit's noun right before a name: "la division Robotique", "the unit". */
const UNIT_NAMED = /(?<![\p{L}])(?:division|unité|branche|activité|filiale|pôle|fonds|unit|business|segment|arm|fund|subsidiary)\s+$/iu;
/** Its owner right after it: " d'ABB", " de Siemens", " of Intel". */
const UNIT_OWNER_AFTER = /^\s+(?:d['’]|de\s|du\s|of\s)/u;
/**
 * Whether the name ending at `nameEnd`, after the words `before`, is a unit or fund its owner names right after it:
 * "la division Robotique d'ABB", "le fonds Large Venture de Bpifrance", "the Altera unit of Intel".
 */
function ownersUnitAt(before: string, text: string, nameEnd: number): boolean {
  return UNIT_NAMED.test(before) && UNIT_OWNER_AFTER.test(text.slice(nameEnd, nameEnd + 5));
}

// A company named in lower case, bought and described at once: "to acquire io, an AI device startup",
// "rachète io, la start-up de Jony Ive". Only this shape: a lower-case word is a name nowhere else.
const LOWER_CASE_BOUGHT = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:acquire|acquires|acquired|acquiring|buy|buys|bought|rachète|racheter|racheté|rachat de|acquisition of|acquisition de|acquiert|acquérir) (\p{Ll}[\p{Ll}\p{N}]{1,19}), (?:${ARTICLE} ?)${repeated(String.raw`[\p{L}-]+ `, 0, 3)}(?:${NOUNS_FR}|${NOUNS_EN})(?![\p{L}])`);

// The buyer in a sale: "to sell ZT's manufacturing business to Sanmina", "cède sa filiale à Quantaflux".
/**
 * A company in a list of companies bought, each with its price: "racheté A pour 7 milliards de dollars en 2005, B pour
 * 4,5 milliards", "bought A for $3.2bn in 2016, B for $6.7bn in 2018 and C for $5.9bn".
 */
const PRICED_ITEM = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:pour|for) [^,;:.()]{0,40}?\d(?:[^,;:()]|,(?=\d)){0,40}?(?:, (?:(?:et|and|ou encore|ou|or|puis|then|as well as|ainsi que) )?| (?:et|and|ou encore|ou|or|puis|then|as well as|ainsi que) )${NAME}(?= (?:pour|for) (?:(?:about|around|some|près de|environ|quelque) )?(?:US\$|[$€£])?\s?\d)`);
const BUYER = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:sell|sells|sold|selling|cède|cédé|cèdera|vend|vendu|vendra|revend|revendu|revendra|vente|cession) (?:\S+ ){0,4}(?:to|à) ${NAME}`);

const CONFIDENCE = { apposition: 0.9, list: 0.8, 'legal-form': 0.85, 'deal-object': 0.7, 'deal-verb': 0.65, subject: 0.6 } as const;

/** One list item that is a capitalised name, whole. */
const LIST_MATE = new RegExp(String.raw`^${NAME}$`, 'u');
/** Between two companies of a list: ", X, " or ", X and ", with one to three items X. */
const BETWEEN_LISTED = /^,\s+([^.;:()]{1,100}?)(?:,\s+(?:and\s+|et\s+)?|\s+(?:and|et|ou|or)\s+)$/u;
/** Two companies side by side in a list: ", " or " and " between them. */
const SIDE_BY_SIDE = /^(?:,\s+(?:and\s+|et\s+)?|,?\s+(?:and|et|ou|or)\s+)$/u;
/**
 * An item before a list's companies: after another item (", "), or the list's first, opened by a lower-case word, a
 * bracket or a colon ("avec Quantaflux, Etchwell et Nova Compute"); never a sentence's first word, which may be a
 * fronted phrase ("Selon Talvik, A et B …"), nor a word after "and" or "or", the end of another list ("At FP8 or
 * BF16, A and B …"), nor after a one-word label ("Topics: AI, Hardware, A, B"). Group 1 is the separator before it, group 2 the item.
 */
const ITEM_BEFORE = new RegExp(String.raw`(,\s+|(?<![\p{L}\p{N}])(?!(?:and|or|et|ou|but|mais|nor|ni) )\p{Ll}[\p{L}'’-]{0,30} |\( ?|(?<=\p{L} \p{L}{1,30} ?): ?)${NAME},\s+$`, 'u');
/**
 * An item after a list's companies: "…, Etchwell et Quantaflux", "…, Etchwell, Quantaflux", the whole name (not
 * "Abu" of "Abu Dhabi's fund"), then punctuation or a lower-case word (a headline's "and CPP Form $15B JV" is none).
 */
const ITEM_AFTER = new RegExp(String.raw`^(?:,\s+(?:and\s+|et\s+)?|,?\s+(?:and|et|ou|or)\s+)${NAME}(?=[,.;:)?!]|\s+[\p{Ll}?!]|\s*$)`, 'u');
/** At most this many items are read on each side of the pair. */
const MAX_ITEMS_AROUND = 3;
/** A company noun in the plural, first in a match of BEFORE ("firms ", "start-ups ", "sociétés "). */
const PLURAL_NOUN_START = /^\p{L}[\p{L}-]*[sx]\s/u;

/**
 * The items of a list that goes on at `at` (", A, B et C"), at most MAX_ITEMS_AROUND, as raw names. A legal form after a
 * comma ends the name before it and is no item: "giants BlackRock, Inc. and Morgan Stanley".
 */
function* itemsAfter(text: string, at: number): Generator<string> {
  for (let n = 0; n < MAX_ITEMS_AROUND; n++) {
    const item = ITEM_AFTER.exec(text.slice(at, at + 80));
    if (!item) return;
    at += item[0].length;
    if (!LEGAL_FORM.test(item[1]!)) yield item[1]!;
    else if (text[at] === '.') at++;
  }
}

/**
 * The capitalised items of a list that holds two known companies side by side or with one to three items between
 * them ("Applied Ventures, GlobalFoundries, Hewlett Packard Pathfinder, Intel Capital and …", "avec Quantaflux,
 * Runa Capital, Daphni et Eni Next"): companies too, as raw names for the inference to trim, unless a first name
 * opens them (a person's name). The list's item just before and just after the pair count too.
 * `companies` are the known company mentions of `text`, in order.
 */
export function listMates(text: string, companies: readonly { start: number; end: number }[], stop: StopWords): string[] {
  const out: string[] = [];
  const keep = (raw: string | undefined) => {
    // "Xavier Niel": a first name opens a person's name (a title is trimName's to refuse).
    if (raw && !stop.isFirstName(raw.split(' ')[0]!)) out.push(raw);
  };
  for (let i = 0; i + 1 < companies.length; i++) {
    const first = companies[i]!;
    const second = companies[i + 1]!;
    const gap = text.slice(first.end, second.start);
    if (gap.length > 120) continue;
    const between = SIDE_BY_SIDE.test(gap) ? null : BETWEEN_LISTED.exec(gap);
    if (between) {
      const items = between[1]!.split(/,\s+/u);
      if (items.length > 3) continue;
      for (const item of items) keep(LIST_MATE.exec(item)?.[1]);
    } else if (!SIDE_BY_SIDE.test(gap)) continue;
    // The items before the pair count only when the list's opening is found ("Topics: AI, Hardware, A, B" has none).
    const before: string[] = [];
    for (let at = first.start, n = 0; n < MAX_ITEMS_AROUND; n++) {
      const stretch = text.slice(Math.max(0, at - 80), at);
      const m = ITEM_BEFORE.exec(stretch);
      if (!m) break;
      before.push(m[2]!);
      if (!m[1]!.startsWith(',')) {
        before.forEach(keep);
        break;
      }
      at -= stretch.length - m.index - m[1]!.length;
    }
    for (const item of itemsAfter(text, second.end)) keep(item);
  }
  return out;
}

/** Verbs of speech: people say things ("Keller said", "Patel a déclaré"); a company's subject is read from other verbs. */
const SPEECH_VERB = String.raw`(?:said|says|told|tells|added|adds|noted|notes|explained|explains|wrote|writes|stated|argued|argues|believes|thinks|thought|pointed|emphasi[sz]ed|stressed|recalled|insisted|acknowledged|a déclaré|déclare|a dit|dit|explique|a expliqué|ajoute|a ajouté|estime|souligne|affirme|précise|indique|rappelle|confie|insiste|reconnaît)(?![\p{L}])`;
/**
 * A name that opens a sentence (or the note, or a line) and is followed by a lower-case word other than a
 * preposition, article or conjunction: the sentence's subject and its verb ("Quantaflux recently raised", "Etchwell
 * perd 23 %", "Nova Compute is preparing"). Group 1 is the name.
 */
const SENTENCE_SUBJECT = new RegExp(String.raw`${NAME} (?!${SPEECH_VERB})(\p{Ll}[\p{Ll}'’-]{0,24})(?![\p{L}'’-])(?: (\p{Ll}[\p{Ll}'’-]{0,24})(?![\p{L}'’-]))?`, 'uy');
/** Where a sentence, a line or the note begins, before a capital: the places SENTENCE_SUBJECT is tried (a name at every capital was tried, and refused, when it ran over the whole text). */
const SENTENCE_START = /(?:^|[.!?»"”]\s{1,3}|\n\s{0,3})(?=\p{Lu}|\p{Ll}\p{Lu})/gu;
/** Words after a name that are no verb: prepositions, articles, conjunctions ("Quantaflux de …", "Etchwell and the …"). */
const FUNCTION_WORD = /^(?:de|du|des|la|le|les|et|ou|of|the|and|or|in|on|at|for|to|with|by|from|en|au|aux|à|pour|par|sur|dans|avec|un|une|an|as|than|que|qui|vs|versus|via|chez|selon|after|before|après|avant|since|depuis|this|that|these|those|ce|cette|ces|its|his|her|their|son|sa|ses|leur|leurs)$/u;
const EN_VERB = /^\p{Ll}{2,}(?:s|ed)$/u;
const EN_AUXILIARY = /^(?:is|was|are|were|has|have|had)$/u;
const EN_PARTICIPLE = /^\p{Ll}{2,}(?:ing|ed|en)$/u;
const EN_MODAL_OR_ADVERB = /^(?:will|would|can|could|may|might|must|should|also|now|still|already|itself|just|then|never|first|\p{Ll}{3,}ly)$/u;
const FR_VERB = /^(?:a|ont|vient|va|doit|peut|veut|compte|avait|aurait|se|s['’]\p{Ll}+|n['’]\p{Ll}+|ne|l['’]\p{Ll}+|\p{Ll}{2,}(?:e|t|d|a|ra))$/u;
const PROJECT_WORD = /(?:Project|project|Projet|projet|Opération|opération|Operation|operation) \p{Lu}/u;
const PROJECT_NAMED = new BoundaryPattern(String.raw`(?<![\p{L}])`, String.raw`(?:Project|project|Projet|projet|Opération|opération|Operation|operation) ${NAME}`);
const FRENCH_WORDS = / (?:les|des|une|dans|avec|est|sont|pour) /gu;
const ENGLISH_WORDS = / (?:the|and|with|is|are|for|of) /gu;

/**
 * The words after a subject that read as its verb: an English verb in -s or -ed, or an auxiliary before a participle
 * ("is preparing", "has acquired"; not "is the first stage", "is also emerging": a copula tells nothing); an adverb
 * then a verb ("recently raised"); in French, an auxiliary ("a remporté", "vient de") or a verb of the third person
 * (-e, -t, -a, -ra: "perd", "exerce", "produira") when the note is French.
 */
function readsAsVerb(first: string, second: string | undefined, french: boolean): boolean {
  if (FUNCTION_WORD.test(first)) return false;
  if (french) return FR_VERB.test(first);
  if (EN_AUXILIARY.test(first)) return second !== undefined && EN_PARTICIPLE.test(second);
  if (EN_MODAL_OR_ADVERB.test(first)) return second !== undefined && !FUNCTION_WORD.test(second) && second !== 'be' && second !== 'been';
  return EN_VERB.test(first);
}
/** A name inside a sentence, after a lower-case word, a number, a comma or an elided article: written with a capital only because it is one. */
const INSIDE_SENTENCE = new BoundaryPattern(String.raw`(?<=[\p{Ll}\p{N},;)] |\p{Ll}['’])`, NAME);

/**
 * The names that stand as a sentence's subject before a verb and are written with their capital inside a sentence
 * too, somewhere in the note: a proper name the note's story is about ("Quantaflux recently raised … backed by
 * Quantaflux's investors"). A capitalised word that only opens sentences ("However", "Financially") is none.
 */
function repeatedSubjects(text: string): string[] {
  // The subjects first (few in most notes), and only what reads as a verb after them; then whether each is written
  // inside a sentence too, looked up name by name as the inside names are read.
  const french = countMatches(FRENCH_WORDS, text) > countMatches(ENGLISH_WORDS, text);
  const subjects = new Set<string>();
  const subject = borrow(SENTENCE_SUBJECT);
  for (const start of matchesOf(SENTENCE_START, text)) {
    subject.lastIndex = start.index + start[0].length;
    const m = subject.exec(text);
    if (m && readsAsVerb(m[2]!, m[3], french)) subjects.add(m[1]!);
  }
  giveBack(SENTENCE_SUBJECT, subject);
  if (!subjects.size) return [];
  const inside = new Set<string>();
  // Words a name ends with, after another of its words: "Jim Keller … Keller emphasised" is a person's surname.
  const tails = new Set<string>();
  for (const m of INSIDE_SENTENCE.matchAll(text)) {
    // Every leading part of the name: "Fervo Energy utilizes … the company, Fervo Energy Inc" holds "Fervo Energy".
    const name = m[1]!;
    for (let space = name.indexOf(' '); ; space = name.indexOf(' ', space + 1)) {
      const lead = space < 0 ? name : name.slice(0, space);
      if (subjects.has(lead)) inside.add(lead);
      if (space < 0) break;
      const next = name.indexOf(' ', space + 1);
      const tail = name.slice(space + 1, next < 0 ? name.length : next);
      if (subjects.has(tail)) tails.add(tail);
    }
  }
  // "Project Astra … Astra can remember": a project's name.
  const projects = new Set<string>();
  if (PROJECT_WORD.test(text)) for (const m of PROJECT_NAMED.matchAll(text)) if (subjects.has(m[1]!)) projects.add(m[1]!);
  return [...subjects].filter((name) => inside.has(name) && (name.includes(' ') || !tails.has(name)) && !projects.has(name));
}

/** The names the cues point at, with the best confidence each got (`mates`: names from listMates). */
export function inferCompanyNames(text: string, stop: StopWords, mates: readonly string[] = []): InferredName[] {
  const found = new Map<string, InferredName>();
  const surnames = peopleSurnames(text, stop);
  const places = placesOfBased(text);
  // A note names the same words again and again: each is trimmed once.
  const trimmed = new Map<string, string | undefined>();
  const take = (raw: string, cue: InferredName['cue'], filler?: string) => {
    // "le groupe de Veldhoven", "la société d'Ilya Sutskever": after "de" comes a place or an owner.
    if (filler && (BAD_FILLER.test(filler) || /(?:^|\s)(?:de|du|des|d['’]|of|from|in|à|au)\s*$/iu.test(filler) || /d['’]\p{Lu}/u.test(filler))) return;
    let name = trimmed.get(raw);
    if (name === undefined && !trimmed.has(raw)) {
      name = trimName(raw, stop);
      trimmed.set(raw, name);
    }
    // "Donald Trump … Trump announced": a surname the note gives with a first name is a person; "the fund
    // holds Rs 3.5 lakh", "the fund manages HK$10bn": a currency, not a company.
    if (!name || surnames.has(name) || places.has(name) || isCurrencyLetters(name)) return;
    const prev = found.get(name);
    if (!prev || prev.confidence < CONFIDENCE[cue]) found.set(name, { name, confidence: CONFIDENCE[cue], cue });
  };
  // A name read whole or not at all: "avec France Travail" is no "Travail", "the EU's AI Act" no "Act".
  const takeWhole = (raw: string, cue: InferredName['cue']) => {
    const name = trimName(raw, stop);
    if (name && raw.startsWith(name)) take(raw, cue);
  };
  for (const m of BEFORE.matchAll(text)) {
    const filler = m[0].slice(0, m[0].length - m[1]!.length);
    // "le fonds Large Venture de Bpifrance", "the Altera unit of Intel": a fund or unit its owner names after it.
    if (!ownersUnitAt(filler, text, m.index + m[0].length)) take(m[1]!, 'apposition', filler);
    // "oil and gas firms A and B", "les start-up A, B et C": a plural noun names every item of the list after it.
    if (!PLURAL_NOUN_START.test(filler) || BAD_FILLER.test(filler.replace(/^\S+\s/u, ''))) continue;
    for (const item of itemsAfter(text, m.index + m[0].length)) take(item, 'apposition');
  }
  for (const m of matchesWithCue(text, AFTER)) take(m[1]!, 'apposition');
  for (const m of matchesWithCue(text, AFTER_NO_ARTICLE)) take(m[1]!, 'apposition');
  for (const m of DEMONYM_BEFORE.matchAll(text)) take(m[1]!, 'apposition');
  for (const m of RENAMED_TO.matchAll(text)) take(m[1]!, 'apposition');
  for (const m of OWNER_OF.matchAll(text)) {
    take(m[1]!, 'apposition');
    if (m[2]) take(m[2], 'apposition');
  }
  for (const raw of listedNames(text, `${NOUNS_FR}|${NOUNS_EN}`, NAME)) take(raw, 'list');
  for (const raw of mates) take(raw, 'list');
  for (const m of matchesWithCue(text, LEGAL)) take(m[1]!, 'legal-form');
  for (const m of matchesWithCue(text, FIRM_NAMED)) if (!GENERIC_FIRM.test(m[1]!)) take(m[1]!, 'legal-form');
  for (const m of OBJECT.matchAll(text)) {
    // "acquérir la division Robotique d'ABB", "to buy the Altera unit of Intel": a unit's name, its owner named after it.
    const nameAt = m[0].indexOf(m[1]!);
    const nameEnd = m.index + nameAt + m[1]!.length;
    if (ownersUnitAt(m[0].slice(0, nameAt), text, nameEnd)) continue;
    // "a stake in Ray-Ban maker …", "investment in ChatGPT owner": a product named for its company, not a company.
    if (MAKER_AFTER.test(text.slice(nameEnd, nameEnd + 12))) continue;
    take(m[1]!, 'deal-object');
    if (m[2]) take(m[2], 'deal-object');
  }
  for (const m of PARTNER_OBJECT.matchAll(text)) {
    for (const raw of [m[1], m[2]]) {
      if (!raw) continue;
      const end = m.index + m[0].lastIndexOf(raw) + raw.length;
      // "with Small Modular Reactor (SMR) firm Oklo": a description; "with Santa Clara, Calif.-based Oklo": a place;
      // "avec France Travail" is no company once its place is dropped; "avec ST", "with Op…": too short to tell.
      if (DESCRIPTION_AFTER.test(text.slice(end, end + 30)) || raw.length < 3) continue;
      takeWhole(raw, 'deal-object');
    }
  }
  for (const m of BUYER.matchAll(text)) take(m[1]!, 'deal-object');
  for (const m of PRICED_ITEM.matchAll(text)) take(m[1]!, 'deal-object');
  for (const m of LOWER_CASE_BOUGHT.matchAll(text)) take(m[1]!, 'deal-object');
  for (const m of matchesWithCue(text, VERB)) {
    // The subject of a verb is not the object of a preposition: "le ministère de l'Économie a annoncé".
    if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "chief executive Timotheus Höttges announced", "le PDG Tim Höttges a annoncé": a person's title before the name.
    if (TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || TITLE_IN_NAME.test(m[1]!)) continue;
    take(m[1]!, 'deal-verb');
  }
  for (const m of ROLE_OF_COMPANY.matchAll(text)) {
    // "CEO of AI-detection company Copyleaks": a description before the company's noun.
    const end = m.index + m[0].length;
    if (!DESCRIPTION_AFTER.test(text.slice(end, end + 30))) take(m[1]!, 'apposition');
  }
  for (const m of matchesWithCue(text, COMPANY_ROLE)) if (!TITLE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) take(m[1]!, 'apposition');
  for (const m of matchesWithCue(text, PLACE_POSSESSIVE)) if (stop.isPlace(m[1]!)) takeWhole(m[2]!, 'apposition');
  for (const raw of repeatedSubjects(text)) {
    // Only a name the trimming keeps whole: "Selon Quantaflux" opens with a stop word, and is no subject.
    if (trimName(raw, stop) === raw) take(raw, 'subject');
  }
  for (const m of matchesWithCue(text, PASSIVE_OWNED)) {
    // "Celui-ci sera acquis": a demonstrative pronoun, not a name.
    if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || DEMONSTRATIVE.test(m[1]!)) continue;
    take(m[1]!, 'deal-object');
  }
  for (const m of matchesWithCue(text, POSSESSIVE_ROLE)) if (!PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) takeWhole(m[1]!, 'apposition');
  for (const m of matchesWithCue(text, PAIR_VERB)) {
    if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    take(m[1]!, 'deal-verb');
    take(m[2]!, 'deal-verb');
  }
  return [...found.values()];
}

/** The pattern's matches, or none at once when the text lacks its cue. */
function matchesWithCue(text: string, { pattern, cue }: CuedPattern): Iterable<RegExpExecArray> {
  return cue.test(text) ? matchesOf(pattern, text) : [];
}

// A capitalised word followed by another, read at every word so that pairs may overlap. The first word is at
// most 40 characters: unbounded, it was tried after every hyphen of a long hyphenated run and read the rest of
// the run each time (quadratic: 1 MB of names joined by hyphens took 4 s of CPU).
const WORD_PAIR = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]{0,39})(?![\p{L}-])(?= (\p{Lu}[\p{L}'’-]*\p{L}))/gu;
/** What every pair holds: a space, then a capital. */
const SPACE_CAPITAL = / \p{Lu}/u;

/** "the Devens, Massachusetts-based company": a town before its region, the place a company is based in. */
const PLACE_OF_BASED = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]{1,30}(?: \p{Lu}[\p{L}-]{1,30})?), \p{Lu}[\p{L}.-]{1,30}(?: \p{Lu}[\p{L}.-]{1,30})?-based(?![\p{L}])/gu;

/** Names the note writes as places: the town of a "Town, Region-based" modifier. */
function placesOfBased(text: string): Set<string> {
  const out = new Set<string>();
  if (!text.includes('-based')) return out;
  for (const m of matchesOf(PLACE_OF_BASED, text)) out.add(m[1]!);
  return out;
}

/** Words the note writes after a first name ("Donald Trump", "Jensen Huang"): people's surnames. */
function peopleSurnames(text: string, stop: StopWords): Set<string> {
  const out = new Set<string>();
  if (!SPACE_CAPITAL.test(text)) return out;
  for (const m of matchesOf(WORD_PAIR, text)) if (stop.isFirstName(m[1]!)) out.add(m[2]!.replace(/['’]s$/u, ''));
  return out;
}

/** A French elided word glued to a lower-case word: "C'est", "Qu'il", "N'est". */
const ELIDED_OPENING = /^(?:[CcDdJjLlMmNnSsTt]|Qu|qu)['’]\p{Ll}+$/u;
/** One word whose last part, after a hyphen, is a lowercase participle or adjective ending ("AI-assisted"). */
const ADJECTIVE_COMPOUND = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-\p{Ll}+(?:ed|ing|based|native|first|friendly|ready|centric|focused|driven|powered|heavy|intensive|related|specific|wide|free)$/u;

/**
 * Drops leading stop words ("Selon Quantaflux" → "Quantaflux") and rejects names that are stop words,
 * people ("Sam Altman") or too short to be sure of.
 */
/** A title that opens a person's name: "Prince Alwaleed Bin Talal", "Sheikh Tahnoun". */
const PERSON_TITLE = /^(?:Prince|Princess|Princesse|Sheikh|Cheikh|Sultan|Emir|Émir|King|Queen|Roi|Reine|Sir|Dame|Lord)$/u;

function trimName(raw: string, stop: StopWords): string | undefined {
  if (stop.has(raw)) return undefined;
  const tokens = raw.split(' ');
  if (PERSON_TITLE.test(tokens[0]!)) return undefined;
  // "London-listed Alphawave IP Group", "Paris-based Quantaflux": a compound adjective before the name describes it,
  // whatever words of a place it ends ("Hong Kong-based Cloud Light").
  // The words after it are the name, common words too ("Cloud Light").
  const described = tokens.findIndex((t, i) => i > 0 && i < tokens.length - 1 && ADJECTIVE_COMPOUND.test(t));
  if (described > 0) tokens.splice(0, described + 1);
  // "C'est Kestrova Capital qui …": a French elided word and its verb open no name ("L'Oréal" keeps its capital).
  else if (tokens.length > 1 && ELIDED_OPENING.test(tokens[0]!)) tokens.shift();
  else while (tokens.length > 1 && ((stop.has(tokens[0]!) && !stop.isFirstName(tokens[0]!)) || ADJECTIVE_COMPOUND.test(tokens[0]!))) tokens.shift();
  // "Sam Altman", "Selon Jensen Huang": a first name starts a person's name, not a company's; not a firm's word after it
  // ("Felix Capital", "Benson Partners").
  if (tokens.length && stop.isFirstName(tokens[0]!) && !(tokens.length === 2 && FIRM_END.test(tokens[1]!))) return undefined;
  // "Lumora Robotics Inc": the legal form is not part of the name people use.
  while (tokens.length > 1 && LEGAL_FORM.test(tokens[tokens.length - 1]!)) tokens.pop();
  // "European Commission", "Harvard University", "Commerce Department": institutions, not companies.
  if (tokens.some((t) => INSTITUTION.test(t))) return undefined;
  // "Quantaflux Lundi" loses its weekday; "Scientific Atlanta" keeps its place, part of the name.
  while (tokens.length > 1 && stop.has(tokens[tokens.length - 1]!) && !COMPANY_WORD.test(tokens[tokens.length - 1]!) && !stop.isPlace(tokens[tokens.length - 1]!)) tokens.pop();
  if (!tokens.length) return undefined;
  // "including Two Seas Capital" stripped to "Capital": a company word alone names nobody.
  if (tokens.length === 1 && COMPANY_WORD.test(tokens[0]!)) return undefined;
  const name = tokens.join(' ');
  if (stop.has(name) || name.length < 2) return undefined;
  // "buy GPUs", "des ASICs": an acronym the stop words hold, in the plural.
  if (/^\p{Lu}{2,}s$/u.test(name) && stop.has(name.slice(0, -1))) return undefined;
  if (/^\p{Lu}\.?$/u.test(name)) return undefined;
  // "AI-assisted", "GPU-based", "Cloud-native", "Ashton Kutcher-backed": a compound adjective, not a name.
  if (ADJECTIVE_COMPOUND.test(tokens[tokens.length - 1]!)) return undefined;
  return name;
}

/**
 * Mentions of inferred companies: every occurrence of every inferred name, except where a lexicon mention
 * already stands.
 */
export function findInferredCompanies(text: string, known: readonly Mention[], stop: StopWords, lexiconHas: (name: string) => boolean): Mention[] {
  const names = inferCompanyNames(text, stop).filter((n) => !lexiconHas(n.name));
  return new InferredMatcher(names).find(text, known);
}

/** Finds every occurrence of the inferred names, except where a lexicon mention already stands. */
export class InferredMatcher {
  private readonly confidence: Map<string, number>;

  constructor(names: readonly InferredName[], private readonly matcher = names.length ? new NameMatcher(names.map(inferredEntity)) : undefined, confidence?: Map<string, number>) {
    this.confidence = confidence ?? new Map(names.map((n) => [n.name, n.confidence]));
  }

  /** The same matcher, built a share of the names at a time (a note may infer tens of thousands). */
  static *buildSteps(names: readonly InferredName[]): Steps<InferredMatcher> {
    if (!names.length) return new InferredMatcher(names);
    // The confidences too, as the matcher takes the names: a map of 76,000 names made at once was a step of 0.1 s.
    const confidence = new Map<string, number>();
    const matcher = yield* NameMatcher.buildSteps((function* () {
      for (const n of names) {
        confidence.set(n.name, n.confidence);
        yield inferredEntity(n);
      }
    })());
    return new InferredMatcher(names, matcher, confidence);
  }

  /** `known` are the lexicon mentions of [from, to), sorted by start. */
  find(text: string, known: readonly Mention[], from = 0, to = text.length): Mention[] {
    if (!this.matcher) return [];
    let k = 0;
    const out: Mention[] = [];
    for (const m of this.matcher.find(text, from, to)) {
      if (m.entity.name !== text.slice(m.start, m.end)) continue;
      while (k < known.length && known[k]!.end <= m.start) k++;
      if (k < known.length && known[k]!.start < m.end) continue;
      out.push(toMention(text, m.start, m.end, m.entity, this.confidence.get(m.entity.name) ?? 0.5));
    }
    return out;
  }
}

/** The entity an inferred name stands for. */
function inferredEntity(n: InferredName): Entity {
  return {
    id: `inferred:${slug(n.name)}`,
    kind: 'company',
    name: n.name,
    aliases: [],
    description: `Recognised from context (${n.cue}).`,
  };
}

/** Merges inferred names found in several slices of a note, keeping the best confidence of each. */
export function mergeInferredNames(into: Map<string, InferredName>, names: readonly InferredName[]): void {
  for (const n of names) {
    const prev = into.get(n.name);
    if (!prev || prev.confidence < n.confidence) into.set(n.name, n);
  }
}
