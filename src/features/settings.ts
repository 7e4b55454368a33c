/** Typed access to the extension's settings (contributed in package.json with descriptions). */
import * as vscode from 'vscode';

export const SECTION = 'dealNotes';

export interface FileSettings {
  include: string[];
  exclude: string[];
  maxFileSizeKB: number;
}

export function fileSettings(): FileSettings {
  const c = vscode.workspace.getConfiguration(SECTION);
  return {
    include: c.get<string[]>('files.include', ['**/*.md', '**/*.txt', '**/*.note']),
    exclude: c.get<string[]>('files.exclude', ['**/node_modules/**']),
    maxFileSizeKB: c.get<number>('files.maxFileSizeKB', 5120),
  };
}

export function debounceMs(): number {
  return vscode.workspace.getConfiguration(SECTION).get<number>('index.debounceMs', 300);
}

/** One glob from several: `{a,b}` (VS Code globs accept brace groups). */
export function globOf(patterns: readonly string[]): string | undefined {
  const p = patterns.filter((x) => x.trim().length > 0);
  if (!p.length) return undefined;
  return p.length === 1 ? p[0] : `{${p.join(',')}}`;
}

/** Our excludes plus the user's `files.exclude` and `search.exclude`, which findFiles would otherwise drop. */
export function excludeGlob(own: readonly string[]): string | undefined {
  const patterns = [...own];
  for (const section of ['files.exclude', 'search.exclude']) {
    const obj = vscode.workspace.getConfiguration().get<Record<string, unknown>>(section) ?? {};
    for (const [glob, on] of Object.entries(obj)) if (on === true) patterns.push(glob);
  }
  return globOf([...new Set(patterns)]);
}
