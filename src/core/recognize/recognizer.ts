/**
 * Text → mentions: companies and chips (lexicon, then context), money, power, percentages and dates.
 * One Recognizer per lexicon: it owns the compiled name matcher.
 */
import type { Mention } from '../types';
import type { Lexicon } from '../lexicon/lexicon';
import type { StopWords } from '../lexicon/builtin';
import { NameMatcher } from '../lexicon/matcher';
import { splitSentences, type Span } from '../text/sentences';
import { findEntities } from './entities';
import { findInferredCompanies } from './inferCompanies';
import { findQuantities } from './quantities';
import { boilerplateSpans } from '../text/boilerplate';

export interface Recognition {
  mentions: Mention[];
  sentences: Span[];
}

export class Recognizer {
  private readonly matcher: NameMatcher;

  constructor(readonly lexicon: Lexicon, private readonly stop: StopWords) {
    this.matcher = new NameMatcher(lexicon.entities);
  }

  recognize(text: string): Recognition {
    const sentences = splitSentences(text);
    const known = findEntities(text, sentences, this.lexicon, this.matcher);
    const inferred = findInferredCompanies(text, known, this.stop, (name) => this.lexicon.find(name) !== undefined);
    const furniture = boilerplateSpans(text, sentences);
    const inFurniture = (m: Mention) => furniture.some((s) => m.start >= s.start && m.end <= s.end);
    const names = [...known, ...inferred].filter((m) => m.kind !== 'company' || !inFurniture(m));
    const quantities = findQuantities(text).filter((q) => !names.some((n) => q.start < n.end && n.start < q.end));
    const mentions = [...names, ...quantities].sort((a, b) => a.start - b.start || b.end - a.end);
    return { mentions, sentences };
  }
}
