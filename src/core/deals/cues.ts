/**
 * The words that make a sentence about a deal, in French and English, and the words that make a company
 * in it a bystander (a rival, a comparison, an example in a list) rather than a party.
 * Patterns run on the sentence "skeleton" (see extract.ts): apostrophes folded to ', spaces collapsed.
 */
import type { DealKind } from '../types';
import { repeated } from '../text/regexLoop';

/**
 * `members`: a noun whose members a list names ("its customers include A, B"); `continued`: words that go on with
 * the list of a round told before ("Viennent ensuite A, B"). Each is read by its own rule, not as a verb or noun.
 */
export type CueRole = 'verb' | 'noun' | 'role' | 'members' | 'continued';

export interface CueDef {
  pattern: string;
  kind: DealKind;
  role: CueRole;
  /** A verb whose object follows it directly ("rachète Intel", "acquires Etchwell"). */
  transitive?: boolean;
  /** Strong enough on its own to make two companies in one sentence a deal. */
  strong?: boolean;
  /**
   * A deal two sides make together ("partenariat", "joint venture", "s'allient"): "A and B" alone are its
   * parties, and "a collaboration with Oracle and SoftBank" is one deal of three.
   */
  mutual?: boolean;
  /** The only words that may introduce its object (a weak verb: "design chips for OpenAI"). */
  linkers?: string;
  /** A sale: what is sold may stand between the verb and the buyer, its object ("cède sa filiale Altera à Silver Lake"). */
  sold?: boolean;
  /** Money raised from its objects ("a levé 600 millions auprès de A, B"): a round, whose size no investor takes. */
  raise?: boolean;
  /**
   * The kind of tie a role names ("actionnaire": a stake, "supplier": supply), the deal's kind when no other cue of
   * the relation says more. Its `kind` stays 'partnership' for the rules that read roles as such.
   */
  names?: DealKind;
  /** Words that only name a round when the passage has just told one ("l'opération a été menée par"). */
  afterRound?: boolean;
}

const A = `'`;

/** A verb of serving customers and the customers it serves: "serves major clients", "accompagne déjà des mastodontes". */
export const SERVES_MEMBERS = `(?:serves|served|serving|sert|servent|accompagne|accompagnent|accompagnait|works with|worked with|travaille avec) ${repeated('(?:déjà|already|notamment|des|de|major|large|big|leading|grands?|grandes|nombreux|nombreuses|many|several|global|top) ', 0, 3)}(?:clients|customers|mastodontes|géants|groupes|entreprises|companies|enterprises|corporations|brands|marques|comptes|accounts)`;

/** Words that go on with a round's list in a new sentence: "Viennent ensuite A, B", "Other investors include A". */
export const CONTINUED_WORDS = `viennent ensuite|suivent|on (?:re)?trouve (?:aussi|également|ensuite)|others include|other (?:investors|backers|participants) (?:include|included|were|are)`;

export const CUES: CueDef[] = [
  // Investments and stakes.
  { pattern: `(?<!(?:fonds|société|sociétés|filiale|banque|banques|véhicule|bras|branche|fonds souverain|firme|groupe|cabinet|boom|vague|frénésie|fièvre|cycle|course) d${A})investissements?|investit|investira|investiront|investir|investi|investissent|a investi|investissait|investissaient|investirait|investiraient|investie|investis`, kind: 'investment', role: 'verb', strong: true },
  { pattern: `invests?|invested|investing|investments?(?! (?:firms?|funds?|arms?|banks?|banking|banker|bankers|compan(?:y|ies)|vehicles?|groups?|managers?|management|frenzy|boom|craze|cycle|spree|wave|bubble|climate|strateg(?:y|ies)|horizon|thesis|advis[eo]rs?|houses?|trusts?|offices?|corporations?|units?|platforms?|portfolios?|grade|banks?|returns?)(?![\\p{L}]))`, kind: 'investment', role: 'verb', strong: true },
  { pattern: `prises? de participation|participations?|parts? dans|prend une participation|entre au capital|entrée au capital|entré au capital|entrés au capital|entrer au capital|entrera au capital|est entré au capital`, kind: 'stake', role: 'noun', strong: true },
  { pattern: `stakes?|takes a stake|took a stake|equity stake`, kind: 'stake', role: 'noun', strong: true },
  // "SoftBank s'est également partiellement retiré de T-Mobile", "s'était déjà retiré de Nvidia", "exited Nvidia": a stake sold.
  { pattern: `s${A}(?:est|était) (?:\\p{Ll}+ ){0,2}retirée?s?(?: du capital)?|(?:est|sont) sortie?s? du capital|exited|exits|has exited`, kind: 'stake', role: 'verb', linkers: `de|d${A}|du|from|of`, transitive: true },
  { pattern: `bons de souscription|warrants?`, kind: 'stake', role: 'noun', strong: true },
  { pattern: `lève|levé|lèvent|lèvera|lèveront|levait|lever|levée de fonds|levée|collecté|collecte|récolté|récolte|tour de table|financement|finance|injecte|injectent|injecté|injectant|injecter|injectera|injecteront|investissant|soutient financièrement`, kind: 'investment', role: 'noun', raise: true },
  { pattern: `met|mettra|mettre|mis`, kind: 'investment', role: 'verb', linkers: `dans` },
  // "qui a déjà versé 16 millions de dollars dans Mistral AI": money paid into a company.
  { pattern: `versé|versés|versée|versées`, kind: 'investment', role: 'verb', linkers: `dans` },
  { pattern: `obtenu|obtient|obtiendra|obtained|obtains|secured|secures|received|receives|reçu|reçoit`, kind: 'purchase', role: 'verb', linkers: `de|d'|du|des|from|auprès de|auprès d'` },
  { pattern: `funding round|funding from|financing|backs|backed|backing|led (?:the|a|its) (?:(?:series|série) \\p{L} |seed |[\\p{L}-]+-stage )?round|(?:raised|raises|raise|raising)(?! (?:its|their|the|our|his|her) (?:\\S+ )?(?:target|forecast|guidance|estimates?|outlook|rating|prices?|dividend|stake))`, kind: 'investment', role: 'verb', raise: true },
  // "Samsung is leading a round of at least $300 million for Tenstorrent", "leads a $50 million round in X": the
  // leader invests in the company after "for", "in".
  // "Thrive Capital led OpenAI's $6.6 billion round": the same, the company named as the round's owner.
  { pattern: `(?:leads|leading|will lead|to lead|co-leads|co-leading|co-led|led) (?:the|a|an|its|this) [^.;:]{0,60}?(?:round|financing|fundraise)(?: of [^.;:]{0,30}?)? (?:for|in|into)|(?:leads|leading|will lead|to lead|co-leads|co-leading|co-led|led)(?= [\\p{L}\\d&.-]+(?: [\\p{L}\\d&.-]+)?'s (?:[^;:]{0,40}? )?(?:round|financing|fundraise|raise)(?![\\p{L}]))`, kind: 'investment', role: 'verb', transitive: true },
  // "Aker led the Series B round. It was joined by A, B and C": more investors of the round just told.
  { pattern: `(?:it|they|the (?:\\S+ )?round|the (?:funding|financing|investment)) (?:was|were|has been|is) (?:also )?joined by`, kind: 'investment', role: 'verb' },
  // "valued at $32bn in a round led by Greenoaks": the round's leader invests in the company valued.
  // "une Série B de 300 millions de dollars, co-dirigée par A et B": the same, a few words after the round's name.
  { pattern: `(?:round|tour de table|tour|levée(?: de fonds)?|financing|funding|s[ée]ries? [a-h]\\d?|seed)(?:,? [^.;:]{0,60}?,?)? (?:(?:co-)?led by|(?:co-?)?menée? par|(?:co-?)?pilotée? par|co-?dirigée? par)`, kind: 'investment', role: 'verb' },
  // "L'opération a été menée par A, B et C" after a round: its leaders. After a sale, the same words name its advisers.
  { pattern: `l${A}opération(?:,? [^.;:]{0,60}?,?)? (?:(?:co-?)?menée? par|(?:co-?)?pilotée? par|co-?dirigée? par)`, kind: 'investment', role: 'verb', afterRound: true },
  { pattern: `(?:mené|dirigé|piloté|co-?mené|co-?dirigé) (?:l${A}opération|le tour de table|ce tour de table|la levée|cette levée)|(?:a|ont) pris la tête (?:du tour de table|de la levée|de l${A}opération)|took the lead in (?:the|a|its|this) (?:[\\p{L}-]+ ){0,3}?(?:round|fundraising|financing)`, kind: 'investment', role: 'verb' },
  // "A, B et d'autres y ont participé", "took part in the round": the investors of a round the passage told.
  { pattern: `participe|participé|participent|participera|participated|participates|took part|pris part|contributed to|ont contribué à|a contribué à`, kind: 'investment', role: 'verb', linkers: `dans|in|à|au|to` },
  // "Le tour a attiré A, B", "the round attracted A": a round's investors (read by the investor lists).
  { pattern: `a attiré|ont attiré|attracted|attracts|a réuni|a rassemblé`, kind: 'investment', role: 'verb', linkers: `de|d${A}|from` },
  // "A, B and C are among the funders in the series", "figurent parmi les investisseurs": a round's investors (read by the investor lists).
  { pattern: `among the (?:\\S+ )?(?:funders|investors|backers)|parmi les (?:\\S+ )?(?:investisseurs|financeurs|actionnaires)`, kind: 'investment', role: 'verb' },
  // Acquisitions.
  // "Intel cède 51 % d'Altera au fonds Silver Lake", "la cession de sa filiale à X": a sale, whose buyer follows "à"
  // ("Nvidia cède 3 % en Bourse" names no buyer).
  { pattern: `cède|cèdent|cèdera|cédera|céderont|cédait|cédé|cédée|céder|cession`, kind: 'acquisition', role: 'verb', linkers: `(?:à|au|aux)(?:\\s+[\\p{Ll}-]+){0,2}`, sold: true },
  // "Wiz sera incorporée à la division Google Cloud", "Wiz will become part of Google Cloud": a company bought, folded into its buyer.
  { pattern: `sera incorporée|sera incorporé|sera intégrée|sera intégré|seront intégrées|sera absorbée|sera absorbé|fera partie|will be folded|will be absorbed|will be integrated|will become part`, kind: 'acquisition', role: 'verb', linkers: `(?:à|au|dans|de|d${A}|du|into|in|of)(?:\\s+(?:la|le|sa|son|its|the)\\s+(?:division|unité|branche|filiale|pôle|unit|arm|business))?` },
  { pattern: `rachète|rachètera|racheter|rachat|racheté|rachetée|rachetés|rachetées|rachètent|rachetait|rachetant|rachèterait|rachèteraient|racheta|acquiert|acquièrent|acquerra|acquerront|acquérait|acquérir|a acquis|ont acquis|avait acquis|aurait acquis|avoir acquis|acquisitions?|absorbe|absorbent|absorbera|absorbé|(?<!énergie de |énergie de la |centrales? à |réacteurs? à |électricité de |électricité issue de la )fusion(?! nucléaire| froide| de l'hydrogène)|fusionne|fusionner|fusionnera|s${A}offrir|s${A}offre|s${A}est offert|s${A}offrira|prend le contrôle|prendra le contrôle|a pris le contrôle|prise de contrôle|met la main sur|mettre la main sur|a mis la main sur|mis la main sur|mettra la main sur`, kind: 'acquisition', role: 'verb', transitive: true, strong: true },
  { pattern: `mise|misent|misé|parie|parient|bets|bet|betting`, kind: 'investment', role: 'verb', linkers: `sur|on` },
  { pattern: `committed|commits|commit|pledged|pledges|promised|promet|a promis`, kind: 'investment', role: 'verb', linkers: `to|à` },
  // Money put into a company ("poured $10 billion into", "put more cash into"), not divisions put into a new firm.
  { pattern: `(?:put|puts|poured|pours|pumped|pumps|inject|injecting|injected|injects|plowed)(?= (?:\\S+ ){0,3}?(?:[$€£¥]|\\d|money|cash|capital|funds|funding|billions?|millions?|bn\\b))`, kind: 'investment', role: 'verb', linkers: `into|in` },
  // Two companies that become one: "A and B have finalized a merger", "A et B ont finalisé leur fusion", "A and B agreed to merge".
  { pattern: `(?:agreed|agree|agrees|plan|plans|planned|decided|voted) to merge|will merge|have merged|merged (?:into one|their)|(?:finalized|finalised|completed|announced|agreed|signed|approved|finalisé|finalise|annoncé|annoncent|conclu|bouclé|approuvé) (?:a|their|the|leur|une|la) (?:\\S+ ){0,2}?(?:merger|fusion)|vont fusionner|ont fusionné|ont décidé de fusionner|fusionnent|fusionneront`, kind: 'acquisition', role: 'noun', strong: true, mutual: true },
  // "SoftBank took Arm private": bought out of the stock market.
  { pattern: `(?:took|takes|take|taking|to take)(?= (?:\\S+ ){1,3}?private(?![\\p{L}]))`, kind: 'acquisition', role: 'verb', transitive: true, strong: true },
  { pattern: `acquires?|acquired|acquiring|acquisitions?|takeover|buyout|merger|merges? with|to buy|agreed to buy|will buy|snapped up|snaps up|took over|takes over|to take over`, kind: 'acquisition', role: 'verb', transitive: true, strong: true },
  // Purchases and supply.
  // "TSMC will manufacture OpenAI's first custom chip", "Samsung makes Tesla's AI5 chips": a maker of a customer's chips
  // supplies it (only with the customer's possessive and a chip word after it: "makes chips for" alone is no deal).
  { pattern: `(?:manufactures?|manufactured|manufacturing|makes|made|make|produces?|produced|producing|fabricates?|fabricated)(?= (?:\\S+ ){0,2}?\\S+'s (?:[\\p{L}\\p{N}-]+ ){0,3}?(?:chips?|processors?|accelerators?|GPUs?|CPUs?|TPUs?|silicon|semiconductors?|wafers?|modems?)(?![\\p{L}]))`, kind: 'supply', role: 'verb', transitive: true, strong: true },
  { pattern: `achète|achètent|achetait|achetaient|achèteront|achètera|achèterait|achèteraient|acheter|acheté|achat|achats|commande|commandes|commandent|commandé|commander|commandera|commanderont|commandait|commandaient|s${A}approvisionne|équipe|équipent|équipera|fournit|fournissent|fournira|fourniront|fournirait|fourni|fournissait|fournissaient|fournir|fourniture|livrera|livreront|livrent`, kind: 'purchase', role: 'verb', transitive: true, strong: true },
  // "vend 51 % d'Altera à Silver Lake", "will sell a 51% stake in its unit Altera to Silver Lake": the buyer follows
  // what is sold; "sells Altera" names what is sold only.
  { pattern: `vend|vendent|vendra|vendront|vendait|vendaient|vendre|vendu|revend|revendent|revendra|revendre|revendu|vente|revente|sells?|sold|selling`, kind: 'purchase', role: 'verb', transitive: true, strong: true, linkers: `(?:à|au|aux|to)(?:\\s+[\\p{Ll}-]+){0,3}`, sold: true },
  { pattern: `s${A}engage(?:nt)? (?:à|sur)|s${A}est engagée? (?:à|sur)|commits? to|committed to`, kind: 'purchase', role: 'verb' },
  { pattern: `delivered|delivers|delivering|shipped|ships|livré|livre|livrera|livrés`, kind: 'supply', role: 'verb' },
  // "Micron began mass production of a memory chip for use in Nvidia's GPUs", "destinés à être utilisés dans la puce de
  // Nvidia": a part made for a customer's product.
  { pattern: `(?:designed for|made for|for) use in(?= \\S+${A}s )`, kind: 'supply', role: 'verb' },
  { pattern: `destinée?s? à être utilisée?s? dans|destinée?s? à équiper`, kind: 'supply', role: 'verb', linkers: `de|d${A}|du` },
  // "un fournisseur de cloud d'IA, alimentant notamment Mistral", "powers Anthropic's models": compute for its customers.
  { pattern: `alimente|alimentent|alimentant|alimentera|powers|powering`, kind: 'supply', role: 'verb', transitive: true },
  // "Meta is adopting AMD's cloud chip", "adopte les puces d'AMD": a maker's chips taken up by a customer.
  { pattern: `(?:adopts?|adopted|adopting|adopte|adoptent|adopté|adoptera)(?= (?:\\S+ ){0,3}?(?:chips?|puces?|GPUs?|processors?|processeurs?|accelerators?|accélérateurs?|CPUs?)(?![\\p{L}]))`, kind: 'purchase', role: 'verb', transitive: true },
  // "déploiera 50 000 puces Instinct MI450 d'AMD", "was contracting 24,000 Nvidia chips from Oracle": chips or capacity bought from its maker.
  // "supercomputers powered by Cerebras processors", "built on Nvidia Blackwell hardware", "its first shipment of Nvidia
  // chips": a maker's hardware the subject runs ("will need clusters of Nvidia GPUs" is a need, no deal).
  { pattern: `(?:powered by|built on|running on|runs on|equipped with|shipments? of|équipée?s? de|propulsée?s? par)(?= (?:[\\p{L}\\d-]+ ){1,3}?(?:chips|GPUs|processors|accelerators|hardware|servers|puces|processeurs|accélérateurs|serveurs)(?![\\p{L}]))`, kind: 'purchase', role: 'verb', transitive: true },
  // "will each install up to 50,000 of Nvidia's GPUs": the same, installed.
  { pattern: `déploie|déploient|déploiera|déploieront|déploierait|déployer|deploys|deployed|will deploy|to deploy|contracting|contracted|install|installs|installed|installe|installent|installer|installera|installeront`, kind: 'purchase', role: 'verb', linkers: `de|d${A}|du|from|of` },
  // "Perplexity, qui est soutenu par Nvidia", "X, soutenue par A et B": backed by investors.
  { pattern: `soutenue?s? par|financée?s? par|soutenus par|financés par|supported by(?! [\\p{L}\\d-]+(?: [\\p{L}\\d-]+)?'s(?![\\p{L}]))`, kind: 'investment', role: 'verb', strong: true, transitive: true },
  { pattern: `pay|pays|paid|paying|spend|spends|spent|spending|payer|paiera|paie|versera|verse|dépenser|dépensera|dépense`, kind: 'purchase', role: 'verb', transitive: true },
  { pattern: `a choisi|choisit|choisira|a retenu|retient|selected|selects|picked|picks|chose|chooses|taps|tapped`, kind: 'partnership', role: 'verb', transitive: true },
  { pattern: `design|designs|designed|designing|develop|develops|developed|developing|build|builds|built|building|concevoir|concevra|conçoit|développer|développe|développera|construire|construira|construit|construisent|bâtit|bâtissent|bâtir|créent|create`, kind: 'partnership', role: 'verb', linkers: `for|pour|with|avec` },
  // "Microsoft détiendra désormais 27 % de la structure commerciale d'OpenAI", "owns 49% of": a stake.
  { pattern: `(?:détient|détiendra|détiendrait|détenait|détiennent|holds|will hold|owns|will own)(?= (?:\\S+ ){0,3}?(?:\\d+(?:[.,]\\d+)?\\s?%|\\d+(?:[.,]\\d+)?(?: (?:million|billion|millions?|milliards?))? (?:shares|actions)(?![\\p{L}])))`, kind: 'stake', role: 'verb', linkers: `de|d${A}|du|des|in|of` },
  { pattern: `construite?s? avec|conçue?s? avec|développée?s? avec|co-?construite?s? avec`, kind: 'partnership', role: 'noun', mutual: true },
  { pattern: `développeront ensemble|développer ensemble|conçoivent ensemble|work together|co-develop\\p{L}*|codévelopp\\p{L}*|co-design\\p{L}*|jointly develop\\p{L}*|conjointement`, kind: 'partnership', role: 'noun', strong: true, mutual: true },
  { pattern: `buys?|bought|buying|purchases?|purchased|purchasing|orders?|ordered|ordering|supply|supplies|supplied|supplying|will supply|provides?|provided|providing`, kind: 'purchase', role: 'verb', transitive: true, strong: true },
  // Licences: "Meta will license Midjourney's technology", "licensed its models to", "un accord de licence avec".
  // (Not the French "licencie", which lays off staff.)
  { pattern: `licen[cs]es?|licen[cs]ed|licen[cs]ing|accords? de licence|sous licence`, kind: 'licensing', role: 'verb', transitive: true },
  // Cloud, leases, compute capacity.
  { pattern: `loue|louent|louera|louer|location|bail|baux|héberge|hébergent|hébergé|hébergera|capacité de calcul|puissance de calcul`, kind: 'cloud', role: 'verb' },
  { pattern: `leases?|leased|leasing|rents?|rented|cloud contract|compute deal|capacity deal|hosts?|hosted`, kind: 'cloud', role: 'verb' },
  // Agreements and partnerships.
  { pattern: `partenariats?|relations? (?:stratégiques?|commerciales?)|accords?|alliances?|collaborations?|coopérations?|entente|coentreprises?|joint-ventures?|pactes?|protocole d${A}accord|mémorandum|s${A}allie|s${A}allient|s${A}allier|s${A}allieront|s${A}alliera|s${A}associe|s${A}associent|s${A}associer|s${A}associera|s${A}associeront|unissent leurs forces|unit ses forces|unir leurs forces|uniront leurs forces|rapprochement`, kind: 'partnership', role: 'noun', strong: true, mutual: true },
  { pattern: `contrats?|conclut|concluent|conclura|concluront|concluait|conclu|conclure|signe|signé|signée|signés|signées|signent|signera|signeront|signait|signaient|signer|noue|nouent|nouera|noué|scellent|scelle|scellé`, kind: 'partnership', role: 'noun', strong: true },
  { pattern: `partnerships?|(?:strategic|commercial|long-term) relationships?|agreements?|deals?|alliances?|collaborations?|joint ventures?|JVs?|tie-ups?|pacts?|memorandum of understanding|mou|partners? with|partnered with|partnering with|partner (?:to|on|in|for)|partnering (?:to|on)|teams? up|teaming up|teamed up|joins? forces|joined forces`, kind: 'partnership', role: 'noun', strong: true, mutual: true },
  { pattern: `contracts?|signs?|signed|signing|inks?|inked|struck|strikes`, kind: 'partnership', role: 'noun', strong: true },
  { pattern: `agreed with|agrees with|collaborates? with|collaborated with|collaborate|work(?:s|ed)? together|collabor(?:e|ent|era|eront|ait|aient|é)(?: avec)?|coopère(?:nt)?|coopérer(?:a|ont)?(?: avec)?|coopéré(?: avec)?|travaillent ensemble|s${A}est entendue? avec|se sont entendus`, kind: 'partnership', role: 'noun', strong: true, mutual: true },
  // Roles that tie two companies ("Microsoft, partenaire cloud d'OpenAI", "its main supplier").
  // Each role names its kind of tie ("X, an investor in Y" is an investment); a partner's is unspecified.
  { pattern: `partenaires?`, kind: 'partnership', role: 'role' },
  { pattern: `fournisseurs?`, kind: 'partnership', role: 'role', names: 'supply' },
  { pattern: `actionnaires?`, kind: 'partnership', role: 'role', names: 'stake' },
  { pattern: `investisseurs?|bailleurs?`, kind: 'partnership', role: 'role', names: 'investment' },
  { pattern: `partners?`, kind: 'partnership', role: 'role' },
  { pattern: `suppliers?|providers?`, kind: 'partnership', role: 'role', names: 'supply' },
  { pattern: `shareholders?`, kind: 'partnership', role: 'role', names: 'stake' },
  { pattern: `investors?|backers?`, kind: 'partnership', role: 'role', names: 'investment' },
  { pattern: `landlords?`, kind: 'partnership', role: 'role', names: 'lease' },
  // "Anthropic reste cliente d'Amazon Web Services", "X, a customer of Y": a customer is supplied by the role's owner.
  // A list of them is read as the members of the role ("Some of MosaicML's customers include A, B").
  { pattern: `clients?|clientes?|customers?`, kind: 'partnership', role: 'role', names: 'supply' },
  // Customers a list names: "la clientèle de Nvidia comprend A" (the plural nouns are roles, above).
  { pattern: `clientèle`, kind: 'supply', role: 'members' },
  // "currently serves major clients including A, B", "accompagne déjà des mastodontes comme A, B": customers of the verb's subject.
  { pattern: SERVES_MEMBERS, kind: 'supply', role: 'members' },
  // "Its technology is used by companies including A, B": customers too, of the company "its" stands for.
  // "Ses modèles sont déjà utilisés par Adobe, Picsart et ElevenLabs": the customers themselves, listed right after "par"/"by".
  { pattern: `(?:its|their|sa|son|ses|leur|leurs) (?:[\\p{L}-]+ ){1,2}(?:is|are|est|sont) (?:(?:already|now|also|déjà|aussi|notamment) )?(?:used|utilisée?s?) (?:by|par)(?: (?:des )?(?:companies|firms|businesses|enterprises|entreprises|sociétés|groupes))?`, kind: 'supply', role: 'members' },
  // "Viennent ensuite Valor, Vy Capital", "On retrouve aussi les fonds A et B": more of a round's investors.
  { pattern: CONTINUED_WORDS, kind: 'investment', role: 'continued' },
];

/** Words that introduce the other party after a cue. */
export const LINKERS = `avec|à|au|aux|dans|auprès de|auprès d${A}|de|d${A}|du|des|chez|pour|par|entre|compte|with|in|into|from|to|of|for|by|on|between|counts`;

/**
 * Before a company, these make it a bystander in the sentence: rivalry ("face à Nvidia"), comparison
 * ("comme", "plutôt que"), dependence ("dépendre de"), examples in a list ("des clients comme …").
 */
/** Words of a person's career before a company: "former Google CEO", "un ancien de Google". */
export const CAREER_WORDS = [`former`, `formerly (?:of|at)`, `ex-`, `ancien`, `ancienne`, `anciens`, `ont fui`, `a fui`, `ayant fui`, `(?:ont|a|ayant|avoir) quitté`, `who left`, `after leaving`, `who quit`];

export const BYSTANDER_BEFORE = [
  `face à`, `face aux`, `contre`, `concurrents?`, `concurrentes?`, `rivale?s?`, `rivaux`, `adversaires?`,
  `plutôt que`, `au lieu de`, `comme`, `tels? que`, `telles? que`, `à l${A}instar d[e${A}]`, `notamment`,
  `alternatives? (?:\\S+ )?(?:à|au|aux)`, `domination d[e${A}]`, `monopole d[e${A}]`, `hégémonie d[e${A}]`,
  `dépendance (?:\\S+ )?(?:à|envers|vis-à-vis d[e${A}])`, `dépendre (?:\\S+ )?d[e${A}]`, `dépendait (?:\\S+ )?d[e${A}]`,
  `indépendance (?:\\S+ )?(?:à l${A}égard|vis-à-vis) d[e${A}]`, `se passer d[e${A}]`, `à l${A}image d[e${A}]`,
  `against`, `versus`, `vs\\.?`, `rivals?`, `competitors?`, `competes? with`, `competing with`,
  `compared (?:to|with)`, `toe-to-toe with`, `same (?:terms|conditions|way|price|basis) as`, `aux mêmes conditions que`, `au même titre que`, `head-to-head (?:with|against)`, `au coude-à-coude avec`, `rather than`, `instead of`, `like`, `such as`, `including`, `unlike`,
  `dominance of`, `reliance on`, `rely on`, `relies on`, `alternative to`, `challenge`, `challenges`, `challenging`,
  `than`, `maison mère d[e${A}]`, `société mère d[e${A}]`, `filiale d[e${A}]`, `parent (?:company )?of`, `subsidiary of`,
  `owner of`, `propriétaire d[e${A}]`, `propriété d[e${A}]`, `owned by`, `a unit of`, `(?:\\p{Ll}+ ){0,2}arm of`, `(?:bras|branche) (?:\\p{Ll}+ ){0,2}d[e${A}]`, `une? filiale d[e${A}]`,
  `distancée?s? par`, `devancée?s? par`, `outpaced by`, `du même type que`, `similar to`, `alongside`, `aux côtés d[e${A}]`, `sa filiale`, `ses filiales`, `son unité`, `its (?:unit|subsidiary|subsidiaries)`,
  // A career, not a deal: "founded by former Intel president Renée James", "un ancien de Google".
  ...CAREER_WORDS, `passée? par`, `spun out of`, `spun off from`, `spin-?off of`, `demerger of`, `split of`, `break-?up of`, `scission d[e${A}]`, `issue? d[e${A}]`, `issue? du démantèlement d[e${A}]`, `issue? du (?:géant|groupe) (?:\\S+ ){0,3}`,
];

/** Hedged, denied or merely discussed: a deal that is not one. */
export const NEGATED = /(?:\bn['e]\s*\S+\s+(?:pas|jamais)\b|\b(?:did|does|has|have|will|would) not\b|\b(?:didn't|doesn't|hasn't|haven't|won't)\b|\bnever\b|\bdément\S*|\bdenied\b|\bdenies\b|\bdeny\b|\brenonce\S*|\babandon\S*|\bcall(?:s|ed)? off\b|\bscrapp?\S*|\bplutôt que\b|\bau lieu d|\brather than\b|\binstead of\b|\bsans succès\b|\ben vain\b|\bwithout success\b|\bunsuccessful\S*|\bfailed to\b|\ba échoué\b|\brejet\S*|\bre(?:fus|ject)\S*|\bdeclin\S*|\bturned down\b|\btenté\b|\btentatives?\b|\btried to\b|\battempted to\b|\battempts? to\b|\bsought to\b|\brupture\b(?:\s+\S+){0,2}\s+d[e']|\bbreach(?:es|ed)? of\b|\blawsuits?\b|\bpoursuites\b|\bsued\b|\bsues\b|\bencourag\S*|\babsence (?:of|d['e])|\bfaute d['e])/iu;

/** Nouns that stand for the companies of a deal, counted: "les deux géants", "the three firms". */
export const PARTIES_NOUNS_FR = `géants|groupes|entreprises|sociétés|partenaires|acteurs|compagnies|firmes|parties`;
export const PARTIES_NOUNS_EN = `companies|giants|groups|firms|partners|sides`;

/** A later sentence that points back at the deal just reported. */
export const ANAPHORA =
  new RegExp(`(?<![\\p{L}])(?:les deux (?:${PARTIES_NOUNS_FR})|the two (?:${PARTIES_NOUNS_EN})|both (?:companies|firms|groups|sides)|(?:cet|l['e]) (?:accord|investissement|partenariat|contrat)|ce (?:partenariat|contrat|deal)|the (?:deal|agreement|partnership|investment|contract))(?![\\p{L}])`, 'iu');
/** What opens a sentence that goes on with the deal just reported: "The deal, …", "L'accord …", "Today's announcement follows …". */
export const DEAL_OPENING_WORDS = `${ANAPHORA.source}|(?:today's|this|the|cette|l')\\s*(?:announcement|annonce|transaction|opération|move)`;

/** After an amount, what makes it a price per share, not a deal's value: "$157 per share", "0,76 dollar par action". */
export const PER_SHARE_AFTER = /^\s*(?:(?:a|per|each|par|pour une?|l')\s*(?:share|ordinary share|ADS|American depositary share|action|action ordinaire|titre)s?|apiece|pièce)(?![\p{L}])/iu;
/** Amounts of something other than a deal: revenue, valuation, market value, losses. */
export const NOT_DEAL_VALUE_BEFORE =
  /(?<![\p{L}])(?:chiffre d'affaires|revenus?|ventes|valorisation|valoris\p{L}*(?: à| a)?|capitalisation|bénéfices?|pertes?|dette|revenues?|sales|valuation|valued at|market (?:cap|value)|worth of|profits?|loss(?:es)?|debt|a généré|généré|generated)(?![\p{L}])\s*(?:\S+\s+){0,3}$/iu;
