import { tokenize } from './tokenize';
void (async () => {
  const text = process.argv[2]!.replace(/\\n/g, '\n');
  for (const t of await tokenize(text, (process.argv[3] ?? 'markdown') as 'markdown')) console.log(t.line, JSON.stringify(t.text), t.scopes.slice(1).join(' '));
})();
