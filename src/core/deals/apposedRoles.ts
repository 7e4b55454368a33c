/**
 * A role set beside a company with a possessive: "sa dépendance à Microsoft Azure, son partenaire historique",
 * "Amazon, its main cloud provider", "Microsoft, son principal actionnaire, …". The company and the one the
 * possessive stands for are tied, even where the sentence names the company in passing ("sa dépendance à").
 * Also a role held among others: "Meta, one of Nvidia's biggest customers", "l'un des plus gros clients de Nvidia".
 */
import type { DealKind } from '../types';
import type { Span } from '../text/sentences';
import type { Party } from './relationTypes';
import { COPULA_VERBS } from './patterns';

/** Right after a company (and a product of its: "Microsoft Azure"): ", son partenaire historique", ", its main cloud provider". */
const APPOSED_ROLE = /^(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2}\s*,\s*(?:son|sa|ses|leur|leurs|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:(partenaires?|fournisseurs?|prestataires?|hébergeurs?|partners?|providers?|suppliers?|hosts?|landlords?)|(investisseurs?|actionnaires?|bailleurs? de fonds|investors?|backers?|shareholders?))(?![\p{L}])/u;

/**
 * "one of Nvidia's biggest customers", "l'un des plus gros clients de Nvidia": a company named as the owner of a role
 * that someone holds among others. Group 1 (customers, suppliers, partners) or 2 (investors) says which role.
 */
const ONE_OF_BEFORE_EN = /(?:one of|among)\s*$/iu;
const ONE_OF_AFTER_EN = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:(customers|clients|suppliers|providers|partners)|(investors|backers|shareholders))(?![\p{L}])/iu;
/** A relative pronoun ("which", "qui") after a company. */
const RELATIVE_PRONOUN = /^\s*,?\s*(?:which|who|that|qui)(?![\p{L}])/iu;
/** A verb that makes the role the subject's: "Founders Fund, qui … et a également été l'un des", "and was also one of". */
const ROLE_VERB_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${COPULA_VERBS})\s+(?:(?:also|already|long|still|aussi|également|déjà|longtemps|toujours)\s+)?(?:one of|among|l'une?|une?)\s`, 'iu');
const ONE_OF_BEFORE_FR = /(?:l['’]un|l['’]une|un|une)\s+des\s+(?:[\p{L}-]+\s+){0,3}?(?:(clients|fournisseurs|partenaires)|(investisseurs|actionnaires|bailleurs de fonds))(?:\s+[\p{L}-]+){0,2}?\s+(?:de\s+|d['’])$/iu;

/**
 * "Synopsys counts AMD as a customer", "counts Nvidia among its investors", "compte Nvidia parmi ses actionnaires": a
 * company counted in a role of the one that counts it. Group 1 (customers, suppliers, partners) or 2 (investors).
 */
const COUNTS_BEFORE = /(?<![\p{L}])(?:counts|count|counted|compte|comptent|comptait|comptaient)\s+(?:(?:also|already|now|aussi|déjà|désormais|également)\s+)?$/iu;
const COUNTED_AS_AFTER = /^\s+(?:as\s+(?:a|an|one of its)\s+|among\s+its\s+|parmi\s+ses\s+|comme\s+(?:un\s+|une\s+)?)(?:[\p{L}-]+\s+)?(?:(customers?|clients?|suppliers?|fournisseurs?|partners?|partenaires?)|(investors?|backers?|shareholders?|investisseurs?|actionnaires?))(?![\p{L}])/iu;

/** One company tied by an apposed role to the company a possessive stands for. */
export interface ApposedRole {
  party: Party;
  owner: string;
  kind: DealKind;
  end: number;
}

/**
 * The roles set beside a company in a sentence. The possessive stands for the sentence's first other company
 * before it, else `implied` (the company the passage is about, not the party itself).
 */
export function apposedRoles(folded: string, sentence: Span, parties: readonly Party[], implied: (exclude: string[]) => string | undefined): ApposedRole[] {
  const out: ApposedRole[] = [];
  // The sentence's first company, and the first one named otherwise: the first other company before any party is one of them.
  const first = parties[0]?.name;
  let second: string | undefined;
  // The last company named so far, and the last one before it with another name (a role's holder, found in one step).
  let previous: string | undefined;
  let beforePrevious: string | undefined;
  // Who holds a role a party is named in ("Meta, one of Nvidia's …", "Synopsys counts AMD as …"): the company named
  // before it with another name, else the one the passage is about.
  const holderBefore = (p: Party) => (previous !== p.name ? previous : beforePrevious) ?? implied([p.name]);
  for (let i = 0; i < parties.length; i++) {
    const p = parties[i]!;
    const role = APPOSED_ROLE.exec(folded.slice(p.mention.end, Math.min(sentence.end, p.mention.end + 80)));
    if (role) {
      const before = i > 0 ? (first !== p.name ? first : second) : undefined;
      const owner = before ?? implied([p.name]);
      if (owner && owner !== p.name) out.push({ party: p, owner, kind: role[2] ? 'investment' : 'partnership', end: p.mention.end + role.index + role[0].length });
    }
    // "Meta, one of Nvidia's biggest customers", "The company has been one of Nvidia's biggest customers": the role
    // is held by the company named before the phrase, else by the one the passage is about.
    const lead = folded.slice(Math.max(sentence.start, p.mention.start - 80), p.mention.start);
    const english = ONE_OF_BEFORE_EN.test(lead) ? ONE_OF_AFTER_EN.exec(folded.slice(p.mention.end, Math.min(sentence.end, p.mention.end + 60))) : null;
    const french = english ? null : ONE_OF_BEFORE_FR.exec(lead);
    const oneOf = english ?? french;
    if (oneOf) {
      // After a verb whose subject opens the sentence, that subject holds the role, not the company named last
      // ("Founders Fund, qui a investi dans Crusoe et a également été l'un des premiers bailleurs de fonds d'OpenAI").
      // Not through a relative pronoun that stands for the company named last ("with Oracle, which is one of …").
      const opener = parties[0]!.mention.start - sentence.start < 3 ? first : undefined;
      const sincePrevious = i > 0 ? folded.slice(parties[i - 1]!.mention.end, p.mention.start) : '';
      const holder = opener && opener !== p.name && ROLE_VERB_BEFORE.test(lead.slice(-60)) && !RELATIVE_PRONOUN.test(sincePrevious) ? opener : holderBefore(p);
      const end = english ? p.mention.end + english.index + english[0].length : p.mention.end;
      if (holder && holder !== p.name) out.push({ party: p, owner: holder, kind: oneOf[2] ? 'investment' : 'supply', end });
    }
    // "Synopsys counts AMD as a customer": the company that counts holds the role's other side.
    const counted = COUNTS_BEFORE.test(folded.slice(Math.max(sentence.start, p.mention.start - 30), p.mention.start))
      ? COUNTED_AS_AFTER.exec(folded.slice(p.mention.end, Math.min(sentence.end, p.mention.end + 60))) : null;
    if (counted) {
      const counter = holderBefore(p);
      if (counter && counter !== p.name) out.push({ party: p, owner: counter, kind: counted[2] ? 'investment' : 'supply', end: p.mention.end + counted.index + counted[0].length });
    }
    if (second === undefined && p.name !== first) second = p.name;
    if (p.name !== previous) {
      beforePrevious = previous;
      previous = p.name;
    }
  }
  return out;
}
