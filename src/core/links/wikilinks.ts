/**
 * `[[note name]]` and `[[note name|shown text]]` links between notes. A name resolves to the notes whose
 * file name (without its extension) or title is that name, ignoring case, accents and spacing; a name may
 * also be a path ("2025/nvidia-openai"). Offsets are UTF-16 offsets into the note's text.
 */
import { looseKey } from '../text/chars';

export interface Wikilink {
  /** The whole link, "[[" to "]]". */
  start: number;
  end: number;
  /** The target name as written, and where it is. */
  target: string;
  targetStart: number;
  targetEnd: number;
  /** The text after "|", if any. */
  alias?: string;
  /** "#heading" after the name, if any. */
  heading?: string;
}

/** What a link can point at: a note's URI (or path), and its title. */
export interface LinkTarget {
  uri: string;
  title?: string;
}

const LINK = /\[\[([^[\]\r\n|#]*)(#[^[\]\r\n|]*)?(?:\|([^[\]\r\n]*))?\]\]/g;

/** Every wikilink of a text, in order; links inside code spans and fenced code blocks are not links. */
export function findWikilinks(text: string): Wikilink[] {
  if (!text.includes('[[')) return [];
  const code = codeRanges(text);
  const out: Wikilink[] = [];
  LINK.lastIndex = 0;
  for (let m = LINK.exec(text); m; m = LINK.exec(text)) {
    const raw = m[1]!;
    if (!raw.trim()) continue;
    if (code.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
    const lead = raw.length - raw.trimStart().length;
    const target = raw.trim();
    const link: Wikilink = { start: m.index, end: m.index + m[0].length, target, targetStart: m.index + 2 + lead, targetEnd: m.index + 2 + lead + target.length };
    if (m[2]) link.heading = m[2].slice(1).trim();
    if (m[3] !== undefined && m[3].trim()) link.alias = m[3].trim();
    out.push(link);
  }
  return out;
}

function codeRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const fence = /^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm;
  for (let m = fence.exec(text); m; m = fence.exec(text)) out.push([m.index, m.index + m[0].length]);
  const span = /`[^`\n]+`/g;
  for (let m = span.exec(text); m; m = span.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** The link whose brackets contain `offset`. */
export function wikilinkAt(text: string, offset: number): Wikilink | undefined {
  return findWikilinks(text).find((l) => offset >= l.start && offset <= l.end);
}

/**
 * When the cursor is inside an unfinished "[[…" on its line, the text typed so far and where it starts
 * (for completion); undefined otherwise.
 */
export function openWikilinkAt(text: string, offset: number): { typed: string; start: number } | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const open = before.lastIndexOf('[[');
  if (open < 0) return undefined;
  const typed = before.slice(open + 2);
  if (/[\]|#]/.test(typed)) return undefined;
  return { typed, start: lineStart + open + 2 };
}

/** The note's file name without its extension: "notes/2025-09-nvidia-openai.md" → "2025-09-nvidia-openai". */
export function noteName(uri: string): string {
  const file = decodeSafe(uri.split(/[/\\]/).pop() ?? uri);
  const dot = file.lastIndexOf('.');
  return dot > 0 ? file.slice(0, dot) : file;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A name reduced for comparison: no case, accents, or differences between spaces, dashes and underscores. */
export function linkKey(name: string): string {
  return looseKey(name.replace(/\.(md|markdown|txt|note)$/i, '')).replace(/[\s_\-–—]+/g, ' ').trim();
}

/**
 * The notes a link name points at, best first: same file name, then same title, then a path ending
 * ("folder/name"). Several notes can share a name; an empty list means a dangling link.
 */
export function resolveWikilink(name: string, notes: readonly LinkTarget[]): LinkTarget[] {
  return new NoteNames(notes).resolve(name);
}

/** The notes of a workspace by file name and title, built once for many lookups. */
export class NoteNames {
  private readonly byFile = new Map<string, LinkTarget[]>();
  private readonly byTitle = new Map<string, LinkTarget[]>();

  constructor(readonly notes: readonly LinkTarget[]) {
    const add = (map: Map<string, LinkTarget[]>, key: string, n: LinkTarget) => {
      if (!key) return;
      const list = map.get(key);
      if (list) list.push(n);
      else map.set(key, [n]);
    };
    for (const n of notes) {
      add(this.byFile, linkKey(noteName(n.uri)), n);
      if (n.title !== undefined) add(this.byTitle, linkKey(n.title), n);
    }
  }

  resolve(name: string): LinkTarget[] {
    const key = linkKey(name.split('/').pop() ?? name);
    if (!key) return [];
    const byFile = this.byFile.get(key) ?? [];
    if (name.includes('/')) {
      const pathKey = linkKey(name);
      const inPath = byFile.filter((n) => linkKey(decodeSafe(n.uri)).endsWith(pathKey));
      if (inPath.length) return inPath;
    }
    if (byFile.length) return [...byFile].sort((a, b) => a.uri.length - b.uri.length || a.uri.localeCompare(b.uri));
    return this.byTitle.get(linkKey(name)) ?? [];
  }
}

export interface Backlink {
  /** The note that links. */
  uri: string;
  link: Wikilink;
}

/** The links from `notes` that resolve to `target` (a note's URI), in note order. */
export function backlinks(target: string, notes: ReadonlyArray<LinkTarget & { text: string }>): Backlink[] {
  const names = new NoteNames(notes);
  const out: Backlink[] = [];
  for (const n of notes) {
    for (const link of findWikilinks(n.text)) {
      if (names.resolve(link.target).some((t) => t.uri === target)) out.push({ uri: n.uri, link });
    }
  }
  return out;
}
