/**
 * The composition root of the core: the lexicon, the recogniser and the scanner, built once and shared by
 * the extension's features and the CLI.
 */
import type { Entity, NoteDocument } from './types';
import { builtinLexicon, builtinStopWords } from './lexicon/builtin';
import type { Lexicon } from './lexicon/lexicon';
import { Recognizer } from './recognize/recognizer';
import { scanNotes, type ScanResult } from './scan';
import { analyzeNote, type NoteAnalysis } from './analyze';

export interface Core {
  readonly lexicon: Lexicon;
  readonly recognizer: Recognizer;
  /** The user's entries as one string: changes whenever they do (the persistent cache's lexicon version). */
  readonly userLexiconKey: string;
  /** Replaces the user's entries (from the workspace lexicon file); returns the new recogniser. */
  setUserEntities(entities: readonly Entity[]): Recognizer;
  analyze(doc: NoteDocument): NoteAnalysis;
  scan(docs: readonly NoteDocument[]): ScanResult;
  dispose(): void;
}

/**
 * Cheap to call: the lexicon and its matcher are built when first needed (the first note analysed, the first
 * hover), so that the extension's activation does not wait for them.
 */
export function createCore(init: { userEntities?: readonly Entity[] } = {}): Core {
  let entities: readonly Entity[] = init.userEntities ?? [];
  let lexicon: Lexicon | undefined;
  let built: Recognizer | undefined;
  // The lexicon alone is cheap (a warm start's snapshot needs only it); the recogniser compiles its matcher.
  const currentLexicon = () => (lexicon ??= builtinLexicon().withUserEntities(entities));
  const current = () => (built ??= new Recognizer(currentLexicon(), builtinStopWords()));
  let userLexiconKey = JSON.stringify(entities);
  return {
    get lexicon() {
      return currentLexicon();
    },
    get recognizer() {
      return current();
    },
    get userLexiconKey() {
      return userLexiconKey;
    },
    setUserEntities(next) {
      userLexiconKey = JSON.stringify(next);
      entities = next;
      lexicon = undefined;
      built = undefined;
      return current();
    },
    analyze: (doc) => analyzeNote(doc, current()),
    scan: (docs) => scanNotes(docs, current()),
    dispose() {},
  };
}
