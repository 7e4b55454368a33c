// Tokenises text with the generated grammars through vscode-textmate and vscode-oniguruma, the engine
// VS Code itself uses, so the scopes asserted here are the scopes the editor gives.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');

const GRAMMARS: Record<string, string> = {
  'text.research-note': path.join(repoRoot, 'syntaxes', 'research-note.tmLanguage.json'),
  'dealnotes.markdown.injection': path.join(repoRoot, 'syntaxes', 'dealnotes.markdown.injection.json'),
  'text.html.markdown': path.join(here, 'vendor', 'markdown.tmLanguage.json'),
};

export type Language = 'research-note' | 'markdown';
const SCOPE_OF: Record<Language, string> = { 'research-note': 'text.research-note', markdown: 'text.html.markdown' };

export interface Token {
  /** Zero-based line of the document. */
  line: number;
  /** UTF-16 offsets in the document. */
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

let registry: Promise<textmate.Registry> | undefined;

function createRegistry(): Promise<textmate.Registry> {
  registry ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
        createOnigString: (s: string) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName: string) => {
        const file = GRAMMARS[scopeName];
        if (!file) return null;
        return textmate.parseRawGrammar(fs.readFileSync(file, 'utf8'), file);
      },
      // As VS Code does with package.json's `injectTo`: our grammar is injected into Markdown.
      getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? ['dealnotes.markdown.injection'] : undefined),
    });
  })();
  return registry;
}

const grammars = new Map<Language, Promise<textmate.IGrammar>>();

export function grammarFor(language: Language): Promise<textmate.IGrammar> {
  let g = grammars.get(language);
  if (!g) {
    g = createRegistry().then(async (r) => {
      const grammar = await r.loadGrammar(SCOPE_OF[language]);
      if (!grammar) throw new Error(`grammar ${SCOPE_OF[language]} did not load`);
      return grammar;
    });
    grammars.set(language, g);
  }
  return g;
}

/** Every token of the text, line by line, with document offsets. */
export async function tokenize(text: string, language: Language): Promise<Token[]> {
  const grammar = await grammarFor(language);
  const out: Token[] = [];
  let state = textmate.INITIAL;
  let offset = 0;
  const lines = text.split(/(?<=\n)/);
  lines.forEach((raw, line) => {
    const content = raw.replace(/\r?\n$/, '');
    const result = grammar.tokenizeLine(content, state);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, content.length);
      if (end <= t.startIndex) continue;
      out.push({ line, start: offset + t.startIndex, end: offset + end, text: content.slice(t.startIndex, end), scopes: t.scopes });
    }
    state = result.ruleStack;
    offset += raw.length;
  });
  return out;
}

export type SpanKind = 'company' | 'chip' | 'money' | 'power' | 'percent' | 'date';
const KIND_OF_SCOPE: [RegExp, SpanKind][] = [
  [/\.company\.dealnotes$/, 'company'],
  [/\.chip\.dealnotes$/, 'chip'],
  [/\.money\.dealnotes$/, 'money'],
  [/\.power\.dealnotes$/, 'power'],
  [/\.percent\.dealnotes$/, 'percent'],
  [/\.date\.dealnotes$/, 'date'],
];

export interface Span {
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
}

/** The Deal Notes spans of the text: adjacent tokens with the same .dealnotes scope merged into one span. */
export async function spans(text: string, language: Language): Promise<Span[]> {
  const out: Span[] = [];
  for (const t of await tokenize(text, language)) {
    const kind = KIND_OF_SCOPE.find(([re]) => t.scopes.some((s) => re.test(s)))?.[1];
    if (!kind) continue;
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.end === t.start) {
      last.end = t.end;
      last.text = text.slice(last.start, last.end);
    } else out.push({ kind, start: t.start, end: t.end, text: t.text });
  }
  return out;
}
