/**
 * The data the core speaks. Offsets are UTF-16 code-unit offsets into a document's text (as VS Code and
 * JavaScript strings count them); lines and columns only appear at the edges (CLI output, VS Code adapters).
 */

export type MentionKind = 'company' | 'chip' | 'money' | 'power' | 'percent' | 'date';

/** How sure the recogniser is: lexicon hits are certain, context-inferred companies less so. */
export type Confidence = number;

/**
 * A hedge on an amount, with its direction: "up to" and "at most" bound it from above ("jusqu'à", "no more
 * than", "pas plus de"), "at least" from below ("au moins", "not less than"), "more than" and "less than" are
 * strict ("plus de", "below", "en dessous de"), "about" is approximate; `several` marks a vague amount
 * ("plusieurs milliards") whose value is only a lower bound. A range is not a hedge: it is `valueMax`, and a
 * hedged range keeps both ("about $10–20 billion": `about`, value and valueMax).
 */
export type Qualifier = 'up to' | 'at most' | 'about' | 'more than' | 'at least' | 'less than' | 'several';

/** Money: the other reading of an amount whose number format stays ambiguous ("1,500" as 1.5 or 1 500). */
export interface AlternativeAmount {
  value: number;
  valueMax?: number;
  canonical: string;
}

export interface Mention {
  kind: MentionKind;
  /** Exactly `documentText.slice(start, end)`. */
  text: string;
  /** Canonical form: entity name for companies and chips, "$100B" for money, "10 GW" for power, ISO for dates. */
  canonical: string;
  start: number;
  end: number;
  /** Entity id in the lexicon (companies and chips). */
  entityId?: string;
  /** 1 for lexicon matches; below 1 for companies inferred from context. */
  confidence?: Confidence;
  /** Money: the amount in `currency` units (lower bound of a range). */
  value?: number;
  /** Money: upper bound of a range ("entre 30 et 50 milliards"). */
  valueMax?: number;
  /** Money: ISO 4217 code (USD, EUR, GBP, JPY, CNY, CHF, …). */
  currency?: string;
  /** Money: value in US dollars, when the currency is USD or a dated rate converts it. */
  usd?: number;
  qualifier?: Qualifier;
  /** Money: the number format is ambiguous here (no evidence settles "1,500"); `alternative` is the other reading. */
  ambiguous?: boolean;
  alternative?: AlternativeAmount;
  /** Money: the currency is not written at this amount but taken from a neighbour in the sentence. */
  currencyImplied?: boolean;
  /**
   * Money: a bare "$" in a note that writes "US$" elsewhere. Outlets that write "US$" (Singapore, Canada, Australia,
   * Hong Kong, Taiwan) write their own dollar as "$", so the amount is read as US dollars but may be a local dollar.
   */
  dollarInDoubt?: boolean;
  /** Power in gigawatts. */
  gw?: number;
  /** Percent value, e.g. 4 for "4 %". */
  percent?: number;
  /** Date: ISO-8601 prefix as precise as the text ("2025-09-22", "2026-07" , "2026"). */
  date?: string;
}

export type EntityKind = 'company' | 'chip';

/** What a company is, when the lexicon knows: outlets and platforms are never deal parties. */
export type CompanyCategory =
  | 'ai-lab' | 'chipmaker' | 'foundry' | 'cloud' | 'hyperscaler' | 'datacenter' | 'investor'
  | 'tech' | 'telecom' | 'industrial' | 'energy' | 'finance' | 'media' | 'platform' | 'other';

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  /** Companies: what they are. */
  category?: CompanyCategory;
  /**
   * Companies owned by another whose name usually means the owner's product ("on WhatsApp"): the owner's
   * canonical name. They count as companies only where the text speaks of their sale ("Meta acquired
   * WhatsApp").
   */
  parent?: string;
  /** Chips: the vendor's canonical company name. */
  vendor?: string;
  /** Chips: family or architecture ("Hopper", "Blackwell", "Instinct"). */
  family?: string;
  description?: string;
  /**
   * Aliases that are also ordinary words or first names ("Grace", "Rubin", "Arm") are only taken when
   * the sentence around them talks about chips or names the vendor.
   */
  ambiguousAliases?: string[];
  /** Where the entity comes from: the built-in lexicon or the user's workspace lexicon. */
  source?: 'builtin' | 'user';
}

export type DealKind =
  | 'investment' | 'acquisition' | 'stake' | 'partnership' | 'supply' | 'purchase' | 'cloud'
  | 'joint-venture' | 'lease' | 'licensing' | 'other';

export interface DealValue {
  amount: number;
  currency: string;
  usd?: number;
  qualifier?: Qualifier;
  amountMax?: number;
  /** The text the value was read from, e.g. "100 milliards de dollars". */
  text: string;
  /** The amount's number format stays in doubt ("1,500 euros" in a note that says nothing of its format). */
  ambiguous?: boolean;
  /** The other reading of an ambiguous amount. */
  alternative?: { amount: number; amountMax?: number };
  /** A bare "$" in a note that writes "US$" elsewhere: read as US dollars, but maybe a local dollar (see Mention). */
  dollarInDoubt?: boolean;
}

export interface DealSource {
  /** Document identifier: a workspace-relative path in the CLI, a URI string in the extension. */
  uri: string;
  start: number;
  end: number;
  sentence: string;
}

export interface Deal {
  /** Stable across rescans: derived from the parties and kind (and value when two deals share parties). */
  id: string;
  parties: string[];
  kind: DealKind;
  value?: DealValue;
  chips: string[];
  powerGw?: number;
  date?: string;
  sources: DealSource[];
  /** The name a joint venture or consortium goes by ("Stargate"), when the notes give one. */
  venture?: string;
  /** Set when the user corrected this deal (hidden deals are dropped): what was changed, for display. */
  corrected?: string[];
}

/** The smallest document shape the core needs; VS Code's TextDocument fits it through a thin wrapper. */
export interface NoteDocument {
  uri: string;
  text: string;
  version?: number;
}
