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
  mentions: readonly Mention[];
  sentences: readonly Span[];
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
  // Lines, title and date read the whole note again: a step of their own.
  yield;
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

/**
 * Lines a clipped article begins with before its headline ("source: https://…", "lang: fr", "Date : …"):
 * metadata, not the title. A `title:` line is the title.
 */
const METADATA_LINE = /^\s*(source|url|link|lang|language|langue|date|published|publié|author|auteur|by|par|tags|site|clipped|saved|title|titre)\s*:\s*(.*)$/iu;

/**
 * The note's title: front matter's `title:`, else its first heading or first line of text, skipping the
 * metadata lines clipped articles start with; the file name when the note has no text.
 */
export function noteTitle(text: string, uri: string): string {
  let body = text;
  const fm = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (fm) {
    const t = /^title:\s*["']?(.+?)["']?\s*$/m.exec(fm[0]);
    if (t) return shorten(t[1]!);
    body = text.slice(fm[0].length);
  }
  // Only the head of the note is looked at: a title is never far down, and this keeps the cost flat.
  for (const raw of body.slice(0, 4000).split(/\r?\n/)) {
    const line = raw.replace(/^#+\s*/, '').trim();
    if (!line) continue;
    const meta = METADATA_LINE.exec(line);
    if (!meta) return shorten(line);
    const key = meta[1]!.toLowerCase();
    const value = meta[2]!.trim().replace(/^["']|["']$/g, '');
    if ((key === 'title' || key === 'titre') && value) return shorten(value);
  }
  return uri.split('/').pop() ?? uri;
}

function shorten(line: string): string {
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
