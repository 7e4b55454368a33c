/**
 * Semantic tokens for notes. Plain-text notes (.txt under the note globs) have no grammar, so every
 * mention gets a token and they are coloured like Markdown notes; in Markdown and research notes the
 * grammars colour names and amounts already, and tokens only add what code alone knows (ambiguous
 * aliases taken in context, companies inferred from context, names the user added). package.json maps
 * each token type to the grammar's TextMate scope of the same kind (semanticTokenScopes), so a theme
 * colours both alike. The choice of mentions is the core's (core/highlight/semanticMentions).
 */
import * as vscode from 'vscode';
import type { Feature } from './index';
import type { WorkspaceNotes } from './workspaceNotes';
import { builtinLexicon } from '../core/lexicon/builtin';
import { GrammarCoverage } from '../core/highlight/grammarNames';
import { SEMANTIC_TOKEN_TYPES, mentionsToColour, semanticTokens, type NoteLanguage } from '../core/highlight/semanticMentions';
import { NOTE_SELECTOR } from './hover';
import { analysisOf } from './ranges';

export const LEGEND = new vscode.SemanticTokensLegend([...SEMANTIC_TOKEN_TYPES], []);

function languageOf(document: vscode.TextDocument): NoteLanguage | undefined {
  const id = document.languageId;
  return id === 'plaintext' || id === 'markdown' || id === 'research-note' ? id : undefined;
}

export class NoteSemanticTokensProvider implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeSemanticTokens = this.changed.event;
  /** What the grammars colour by themselves: built from the same lexicon as the generated grammars. */
  private coverageBuilt: GrammarCoverage | undefined;
  private readonly subscription: vscode.Disposable;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly notes: WorkspaceNotes) {
    // A new lexicon or a finished scan changes what is recognised: ask VS Code for tokens again, at most
    // every 200 ms while a scan reports notes one by one.
    const sub = notes.index.onDidChange(() => {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        this.changed.fire();
      }, 200);
    });
    this.subscription = { dispose: () => sub.dispose() };
  }

  /** What the grammars colour by themselves: built on first use, not at activation. */
  private coverage(): GrammarCoverage {
    return (this.coverageBuilt ??= new GrammarCoverage(builtinLexicon().entities));
  }

  provideDocumentSemanticTokens(document: vscode.TextDocument): vscode.SemanticTokens {
    const builder = new vscode.SemanticTokensBuilder(LEGEND);
    const language = languageOf(document);
    const analysis = language ? analysisOf(this.notes, document) : undefined;
    if (!language || !analysis) return builder.build();
    const mentions = mentionsToColour(analysis.text, analysis.mentions, language, this.coverage());
    for (const t of semanticTokens(mentions, analysis.lines, analysis.text)) builder.push(t.line, t.character, t.length, t.type, 0);
    return builder.build();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export const registerSemanticTokens: Feature = (context, { notes }) => {
  const provider = new NoteSemanticTokensProvider(notes);
  context.subscriptions.push(provider, vscode.languages.registerDocumentSemanticTokensProvider(NOTE_SELECTOR, provider, LEGEND));
};
