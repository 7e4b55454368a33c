/**
 * One note, analysed: its mentions, sentences and line index, and the date the note itself gives (front
 * matter `date:` or a leading date line), which deals fall back on when their sentence has none.
 */
import type { Mention, NoteDocument } from './types';
import type { Recognizer } from './recognize/recognizer';
import { LineIndex } from './text/lineIndex';
import { runToEnd, type Steps } from './steps';
import type { Span } from './text/sentences';

export interface NoteAnalysis {
  uri: string;
  version?: number;
  text: string;
  mentions: Mention[];
  sentences: Span[];
  lines: LineIndex;
  /** ISO date of the note, from front matter or a date line near its top. */
  noteDate?: string;
  /** First heading or first non-empty line, for titles in lists. */
  title: string;
}

export function analyzeNote(doc: NoteDocument, recognizer: Recognizer): NoteAnalysis {
  return runToEnd(analyzeNoteSteps(doc, recognizer));
}

/** `analyzeNote` in steps (see steps.ts). */
export function* analyzeNoteSteps(doc: NoteDocument, recognizer: Recognizer): Steps<NoteAnalysis> {
  const { mentions, sentences } = yield* recognizer.recognizeSteps(doc.text);
  const analysis: NoteAnalysis = {
    uri: doc.uri,
    text: doc.text,
    mentions,
    sentences,
    lines: new LineIndex(doc.text),
    title: noteTitle(doc.text, doc.uri),
  };
  if (doc.version !== undefined) analysis.version = doc.version;
  const date = noteDate(doc.text, mentions);
  if (date) analysis.noteDate = date;
  return analysis;
}

const FRONT_MATTER_DATE = /^---\r?\n(?:.*\r?\n)*?date:\s*["']?(\d{4}-\d{2}-\d{2})/;

/** The note's own date: front matter first, else the first full date in its first five lines. */
export function noteDate(text: string, mentions: readonly Mention[]): string | undefined {
  const fm = FRONT_MATTER_DATE.exec(text);
  if (fm) return fm[1];
  let lineEnd = 0;
  for (let n = 0; n < 5 && lineEnd >= 0; n++) lineEnd = text.indexOf('\n', lineEnd + 1);
  const head = lineEnd < 0 ? text.length : lineEnd;
  const d = mentions.find((m) => m.kind === 'date' && m.start < head && m.date && /^\d{4}-\d{2}-\d{2}$/.test(m.date));
  return d?.date;
}

export function noteTitle(text: string, uri: string): string {
  let body = text;
  const fm = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  if (fm) {
    const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(fm[0]);
    if (t) return t[1]!;
    body = text.slice(fm[0].length);
  }
  const line = firstNonEmptyLine(body);
  if (line) return line.length > 120 ? `${line.slice(0, 117)}…` : line;
  return uri.split('/').pop() ?? uri;
}

/** The first line with text (heading marks removed), reading no further than that line. */
function firstNonEmptyLine(text: string): string | undefined {
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '').replace(/^#+\s*/, '').trim();
    if (line.length > 0) return line;
    start = end + 1;
  }
  return undefined;
}
