/**
 * Which names the TextMate grammars colour on their own, decided once here so the grammar generator
 * (scripts/generate-grammars.ts) and the semantic tokens (src/features/semanticTokens.ts) agree.
 *
 * The grammar holds every built-in name and alias as the name matcher reads it (in every form `aliasForms` gives:
 * as written, in capitals, a one-word name with its inner capitals lowered; the first entity to claim an alias
 * keeps it), except the ambiguous aliases ("Grace", "Arm"): only the recogniser, which sees the sentence, can tell when those are names; and except outlets ("Reuters"), which
 * the recogniser knows but never reports as companies. Both still shadow shorter names. Semantic tokens
 * cover what the grammar cannot know: ambiguous aliases taken in context, companies inferred from context,
 * and the entries a user adds.
 */
import type { Entity, EntityKind, Mention } from '../types';
import { foldText } from '../text/chars';
import { isOutlet } from '../lexicon/lexicon';
import { aliasForms } from '../lexicon/matcher';

export interface GrammarName {
  /** The alias as the matcher inserts it: trimmed, in one of its `aliasForms`. */
  text: string;
  kind: EntityKind;
  entityId: string;
  /**
   * Left out of the grammar but still shadowing shorter names: ambiguous aliases and owned products such as
   * WhatsApp (semantic tokens colour them when the sentence makes them companies) and outlets (never).
   */
  ambiguous: boolean;
}

/**
 * Every alias the name matcher knows, in the matcher's insertion order, one per folded spelling (the
 * first entity to insert a spelling keeps it, as in the matcher's trie; user entries are not built in).
 */
export function matcherNames(entities: readonly Entity[]): GrammarName[] {
  const byKey = new Map<string, GrammarName>();
  for (const entity of entities) {
    const ambiguous = new Set(entity.ambiguousAliases ?? []);
    const leftOut = isOutlet(entity) || entity.parent !== undefined;
    for (const alias of [entity.name, ...entity.aliases]) {
      const trimmed = alias.trim();
      if (!trimmed) continue;
      for (const text of aliasForms(trimmed)) {
        const key = foldText(text);
        if (!byKey.has(key)) byKey.set(key, { text, kind: entity.kind, entityId: entity.id, ambiguous: leftOut || ambiguous.has(alias) });
      }
    }
  }
  return [...byKey.values()];
}

/** What the grammar colours, by folded spelling: the kind it colours it as. */
export class GrammarCoverage {
  private readonly kinds = new Map<string, EntityKind>();

  constructor(entities: readonly Entity[]) {
    for (const n of matcherNames(entities)) if (!n.ambiguous) this.kinds.set(foldText(n.text), n.kind);
  }

  /**
   * True when the grammar already colours this mention with the right kind, so a semantic token would
   * add nothing. Quantities are always coloured by the grammar in Markdown and research notes.
   */
  covers(mention: Pick<Mention, 'kind' | 'text' | 'confidence'>): boolean {
    if (mention.kind !== 'company' && mention.kind !== 'chip') return true;
    if (mention.confidence !== undefined && mention.confidence < 1) return false;
    const key = foldText(mention.text);
    const kind = this.kinds.get(key) ?? (mention.kind === 'chip' && key.endsWith('s') ? this.kinds.get(key.slice(0, -1)) : undefined);
    return kind === mention.kind;
  }
}
