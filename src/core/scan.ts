/**
 * A whole folder of notes → analysed notes and the deals they report, linked across notes: the CLI's view of
 * the same NoteIndex the extension keeps live, so both always agree.
 */
import type { Deal, NoteDocument } from './types';
import type { NoteAnalysis } from './analyze';
import type { Recognizer } from './recognize/recognizer';
import { NoteIndex } from './index/noteIndex';

export interface ScanResult {
  notes: NoteAnalysis[];
  deals: Deal[];
}

export function scanNotes(docs: readonly NoteDocument[], recognizer: Recognizer): ScanResult {
  // The scan's answer is notes and deals: the index keeps no entity totals.
  const index = new NoteIndex(recognizer, { entities: false });
  const notes = index.batch(() => docs.map((d) => index.upsert(d)));
  const deals = index.deals();
  index.dispose();
  return { notes, deals };
}
