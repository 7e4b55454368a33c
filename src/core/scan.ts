/** A whole folder of notes → analysed notes and the deals they report, linked across notes. */
import type { Deal, NoteDocument } from './types';
import { analyzeNote, type NoteAnalysis } from './analyze';
import type { Recognizer } from './recognize/recognizer';
import { extractDeals } from './deals/extract';
import { mergeDeals } from './deals/merge';

export interface ScanResult {
  notes: NoteAnalysis[];
  deals: Deal[];
}

export function scanNotes(docs: readonly NoteDocument[], recognizer: Recognizer): ScanResult {
  const notes = docs.map((d) => analyzeNote(d, recognizer));
  const deals = mergeDeals(notes.flatMap((n) => extractDeals(n, recognizer.lexicon)));
  return { notes, deals };
}
