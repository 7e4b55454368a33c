/**
 * Finds lexicon names in text with a character trie walked from every word start: linear in the text,
 * whatever the size of the lexicon. Matching is case-sensitive on each alias as written and on its
 * all-capitals form ("Nvidia", "NVIDIA"), folds typographic apostrophes, special spaces and hyphens, and
 * respects word boundaries, so "Meta" is not found in "métaux" or "Metadata" and "d’OpenAI" works.
 */
import type { Entity } from '../types';
import { foldCode, foldText, isWordCode, isWordEnd } from '../text/chars';
import type { Steps } from '../steps';

export interface NameMatch {
  start: number;
  end: number;
  entity: Entity;
  /** True when the matched alias is also an ordinary word and needs context to count. */
  ambiguous: boolean;
}

interface TrieNode {
  /** Children by folded UTF-16 code unit. */
  next: Map<number, TrieNode>;
  hit?: { entity: Entity; ambiguous: boolean };
}

const newNode = (): TrieNode => ({ next: new Map() });

/**
 * The spellings a (trimmed) alias is found under: as written, in capitals ("NVIDIA"; an all-caps form of a
 * one-letter or already all-caps name adds nothing), and, for a one-word name with inner capitals, with those
 * lowered ("Deepseek", "Softbank", "Coreweave": outlets often write them so).
 */
export function aliasForms(alias: string): string[] {
  const forms = [alias];
  const upper = alias.toUpperCase();
  if (upper !== alias && alias.length > 1) forms.push(upper);
  if (/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(alias)) forms.push(alias[0] + alias.slice(1).toLowerCase());
  return forms;
}

export class NameMatcher {
  private readonly root = newNode();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) this.add(entity);
  }

  /**
   * The names of `entities` added a share at a time, pausing between shares: a note may name tens of
   * thousands of companies no lexicon knows, and building their matcher at once took over a second.
   */
  static *buildSteps(entities: Iterable<Entity>, perStep = 1000): Steps<NameMatcher> {
    const matcher = new NameMatcher([]);
    let n = 0;
    for (const entity of entities) {
      matcher.add(entity);
      if (++n % perStep === 0) yield;
    }
    return matcher;
  }

  /** Adds the entity's name and aliases (an entity added earlier keeps a name both have, unless this one is the user's). */
  private add(entity: Entity): void {
    const ambiguous = new Set(entity.ambiguousAliases ?? []);
    for (const alias of [entity.name, ...entity.aliases]) {
      const trimmed = alias.trim();
      if (!trimmed) continue;
      const isAmbiguous = ambiguous.has(alias);
      for (const form of aliasForms(trimmed)) this.insert(form, entity, isAmbiguous);
    }
  }

  private insert(alias: string, entity: Entity, ambiguous: boolean): void {
    let node = this.root;
    const folded = foldText(alias);
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      let child = node.next.get(code);
      if (!child) {
        child = newNode();
        node.next.set(code, child);
      }
      node = child;
    }
    // User entries win over built-in ones; otherwise the first entity keeps the alias.
    if (!node.hit || entity.source === 'user') node.hit = { entity, ambiguous };
  }

  /** Leftmost-longest matches, in order, never overlapping; only those inside [from, to) when given. */
  find(text: string, from = 0, to = text.length): NameMatch[] {
    const out: NameMatch[] = [];
    const root = this.root.next;
    // Whether the character before `i` is a word character: inside a word, nothing can start.
    let afterWordChar = from > 0 && isWordCode(text.charCodeAt(from - 1));
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      let node = afterWordChar ? undefined : root.get(foldCode(c));
      if (!node) {
        afterWordChar = isWordCode(c);
        i++;
        continue;
      }
      let best: NameMatch | undefined;
      for (let j = i; ;) {
        if (node.hit) {
          const end = j + 1;
          if (isWordEnd(text, end)) best = { start: i, end, entity: node.hit.entity, ambiguous: node.hit.ambiguous };
          else if (node.hit.entity.kind === 'chip' && end < to && text.charCodeAt(end) === 115 && isWordEnd(text, end + 1)) {
            // Plurals of chip names: "TPUs", "H100s".
            best = { start: i, end: end + 1, entity: node.hit.entity, ambiguous: node.hit.ambiguous };
          }
        }
        if (++j >= to) break;
        node = node.next.get(foldCode(text.charCodeAt(j)));
        if (!node) break;
      }
      if (best) {
        out.push(best);
        i = best.end;
        afterWordChar = isWordCode(text.charCodeAt(i - 1));
      } else {
        afterWordChar = isWordCode(c);
        i++;
      }
    }
    return out;
  }
}
