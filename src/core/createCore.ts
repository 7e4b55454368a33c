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
  /** Replaces the user's entries (from the workspace lexicon file); returns the new recogniser. */
  setUserEntities(entities: readonly Entity[]): Recognizer;
  analyze(doc: NoteDocument): NoteAnalysis;
  scan(docs: readonly NoteDocument[]): ScanResult;
  dispose(): void;
}

export function createCore(init: { userEntities?: readonly Entity[] } = {}): Core {
  const stop = builtinStopWords();
  let recognizer = new Recognizer(builtinLexicon().withUserEntities(init.userEntities ?? []), stop);
  return {
    get lexicon() {
      return recognizer.lexicon;
    },
    get recognizer() {
      return recognizer;
    },
    setUserEntities(entities) {
      recognizer = new Recognizer(builtinLexicon().withUserEntities(entities), stop);
      return recognizer;
    },
    analyze: (doc) => analyzeNote(doc, recognizer),
    scan: (docs) => scanNotes(docs, recognizer),
    dispose() {},
  };
}
