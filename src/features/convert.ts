/**
 * Converters between the core's data (URI strings, UTF-16 offsets) and VS Code's (Uri, Position, Range),
 * plus checks for command arguments, which can come from anywhere (a keybinding, another extension).
 */
import * as vscode from 'vscode';
import type { LineIndex } from '../core/text/lineIndex';
import type { NoteIndex } from '../core/index/noteIndex';
import type { Deal } from '../core/types';

export function toUri(uri: string): vscode.Uri {
  return vscode.Uri.parse(uri, true);
}

export function toPosition(p: { line: number; character: number }): vscode.Position {
  return new vscode.Position(p.line, p.character);
}

/** A core range (offsets into a note's text) as a VS Code Range, through the note's line index. */
export function toRange(lines: LineIndex, start: number, end: number): vscode.Range {
  return new vscode.Range(toPosition(lines.positionAt(start)), toPosition(lines.positionAt(end)));
}

/** A VS Code position as an offset into a note's text. */
export function toOffset(lines: LineIndex, position: vscode.Position): number {
  return lines.offsetAt({ line: position.line, character: position.character });
}

/** `x` as a Uri when it is a Uri or a URI string that parses; undefined otherwise. */
export function asUri(x: unknown): vscode.Uri | undefined {
  if (x instanceof vscode.Uri) return x;
  if (typeof x !== 'string' || x.length === 0 || x.length > 8192) return undefined;
  try {
    return vscode.Uri.parse(x, true);
  } catch {
    return undefined;
  }
}

/** `x` when it is a non-negative integer offset. */
export function asOffset(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined;
}

/**
 * Opens a note and selects `start`–`end` (offsets into its current text), revealing the selection in the
 * centre. Offsets past the end are clamped by the document.
 */
export async function openAt(uri: vscode.Uri, start: number, end: number, options: { preview?: boolean; preserveFocus?: boolean; viewColumn?: vscode.ViewColumn } = {}): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { ...options, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/**
 * The deal a command was given, checked against the index: a deal id, a Deals view element (`{ deal }`), an
 * object with a `dealId`, or a deal itself. Undefined for anything else, or for a deal the index no longer has.
 */
export function asDeal(index: NoteIndex, arg: unknown): Deal | undefined {
  if (typeof arg === 'string') return arg.length > 0 && arg.length <= 500 ? index.deal(arg) : undefined;
  if (!arg || typeof arg !== 'object') return undefined;
  const o = arg as { deal?: unknown; dealId?: unknown; id?: unknown; sources?: unknown };
  if (o.deal && typeof o.deal === 'object') return asDeal(index, (o.deal as { id?: unknown }).id);
  if (typeof o.dealId === 'string') return asDeal(index, o.dealId);
  if (typeof o.id === 'string' && Array.isArray(o.sources)) return asDeal(index, o.id);
  return undefined;
}
