/**
 * The semantic tokens of a note, decided here (pure); src/features/semanticTokens.ts hands them to VS Code.
 *
 * - Plain text has no grammar: every mention gets a token (companies, chips, money, power, percentages,
 *   dates), so .txt notes are coloured like Markdown ones without taking over the plaintext language.
 * - Markdown and research notes are coloured by the grammars: only what the grammar cannot know gets a
 *   token (ambiguous aliases taken in context, companies inferred from context, names a user added), and
 *   never inside Markdown code, where the grammar injection does not go either.
 */
import type { Mention, MentionKind } from '../types';
import type { LineIndex } from '../text/lineIndex';
import type { GrammarCoverage } from './grammarNames';
import { markdownCodeRanges, overlapsAny } from './markdownCode';

/** The token types, in the legend's order (package.json's semanticTokenTypes use the same ids). */
export const SEMANTIC_TOKEN_TYPES = ['dealNotesCompany', 'dealNotesChip', 'dealNotesMoney', 'dealNotesPower', 'dealNotesPercent', 'dealNotesDate'] as const;
const TYPE_INDEX: Record<MentionKind, number> = { company: 0, chip: 1, money: 2, power: 3, percent: 4, date: 5 };

export type NoteLanguage = 'plaintext' | 'markdown' | 'research-note';

export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  /** Index into SEMANTIC_TOKEN_TYPES. */
  type: number;
}

/** The mentions that need a semantic token in a note of `language`. */
export function mentionsToColour(text: string, mentions: readonly Mention[], language: NoteLanguage, coverage: GrammarCoverage): Mention[] {
  if (language === 'plaintext') return [...mentions];
  const code = language === 'markdown' ? markdownCodeRanges(text) : [];
  return mentions.filter((m) => !coverage.covers(m) && !overlapsAny(code, m.start, m.end));
}

/** Tokens for mentions, one per line a mention covers (a semantic token cannot span lines), in order. */
export function semanticTokens(mentions: readonly Mention[], lines: LineIndex, text: string): SemanticToken[] {
  const out: SemanticToken[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let lastEnd = 0;
  for (const m of sorted) {
    if (m.start < lastEnd || m.end <= m.start) continue; // overlapping tokens are not allowed
    lastEnd = m.end;
    let start = m.start;
    while (start < m.end) {
      const nl = text.slice(start, m.end).search(/[\r\n]/);
      const end = nl < 0 ? m.end : start + nl;
      if (end > start) {
        const p = lines.positionAt(start);
        out.push({ line: p.line, character: p.character, length: end - start, type: TYPE_INDEX[m.kind] });
      }
      start = end;
      while (start < m.end && (text[start] === '\r' || text[start] === '\n' || text[start] === ' ')) start++;
    }
  }
  return out;
}
