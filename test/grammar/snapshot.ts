// Golden token snapshots, in the spirit of microsoft/vscode-markdown-tm-grammar's colorization tests: each
// fixture's Deal Notes tokens are written next to it as <fixture>.snap and compared on every run.
// UPDATE_SNAPSHOTS=1 npm run test:grammar rewrites them (review the diff before committing).
import type { Language, Token } from './tokenize';
import { tokenize } from './tokenize';

/** One line per source line that has Deal Notes tokens: the line, then each token and its innermost scopes. */
export async function renderSnapshot(text: string, language: Language): Promise<string> {
  const tokens = await tokenize(text, language);
  const lines = text.split(/\r?\n/);
  const byLine = new Map<number, Token[]>();
  for (const t of tokens) {
    if (!t.scopes.some((s) => s.endsWith('.dealnotes'))) continue;
    byLine.set(t.line, [...(byLine.get(t.line) ?? []), t]);
  }
  const out: string[] = [];
  for (const [line, ts] of [...byLine].sort(([a], [b]) => a - b)) {
    out.push(`${line + 1}: ${lines[line]}`);
    for (const t of ts) {
      const own = t.scopes.filter((s) => s.endsWith('.dealnotes'));
      out.push(`    ${JSON.stringify(t.text)} ${own.join(' ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}
