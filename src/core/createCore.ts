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

export function createCore(init: { userEntities?: readonly Entity[] } = {}): Core {
  const stop = builtinStopWords();
  let recognizer = new Recognizer(builtinLexicon().withUserEntities(init.userEntities ?? []), stop);
  let userLexiconKey = JSON.stringify(init.userEntities ?? []);
  return {
    get lexicon() {
      return recognizer.lexicon;
    },
    get recognizer() {
      return recognizer;
    },
    get userLexiconKey() {
      return userLexiconKey;
    },
    setUserEntities(entities) {
      userLexiconKey = JSON.stringify(entities);
      recognizer = new Recognizer(builtinLexicon().withUserEntities(entities), stop);
      return recognizer;
    },
    analyze: (doc) => analyzeNote(doc, recognizer),
    scan: (docs) => scanNotes(docs, recognizer),
    dispose() {},
  };
}
