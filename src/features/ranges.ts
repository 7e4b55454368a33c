/**
 * The analysis of an open note that matches what the editor shows. Providers (hover, navigation, semantic
 * tokens) run on the document's current text, while the workspace index catches up with edits after a
 * short debounce: when the two differ, the note is analysed now so offsets and ranges agree.
 */
import type * as vscode from 'vscode';
import type { NoteAnalysis } from '../core/analyze';
import type { Mention } from '../core/types';
import type { WorkspaceNotes } from './workspaceNotes';
import { toRange } from './convert';

/**
 * Above this many characters a note being edited is not analysed on the spot: the providers wait for the
 * index, which analyses it in slices (and announces it), rather than block the extension host.
 */
const ANALYSE_NOW_LIMIT = 64 * 1024;

/**
 * The note's analysis for this version of the document; undefined when it is not a note, or when a long
 * note changed and the index has not caught up yet.
 */
export function analysisOf(notes: WorkspaceNotes, document: vscode.TextDocument): NoteAnalysis | undefined {
  const uri = document.uri.toString();
  const known = notes.index.get(uri);
  if (known && (known.version === document.version || known.text === document.getText())) return known;
  if (!known && !notes.isNote(document.uri)) return undefined;
  if (document.getText().length > ANALYSE_NOW_LIMIT) return undefined;
  return notes.index.upsert({ uri, text: document.getText(), version: document.version });
}

/** The mention under an offset: the character at `offset` belongs to it (or the one just before, at a word end). */
export function mentionAtOffset(analysis: NoteAnalysis, offset: number): Mention | undefined {
  const inside = analysis.mentions.find((m) => m.start <= offset && offset < m.end);
  return inside ?? analysis.mentions.find((m) => m.end === offset && offset > m.start);
}

/** A mention's range in its note. */
export function mentionRange(analysis: NoteAnalysis, mention: Pick<Mention, 'start' | 'end'>): vscode.Range {
  return toRange(analysis.lines, mention.start, mention.end);
}
