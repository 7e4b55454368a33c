import { strict as assert } from 'node:assert';
import { parseUserLexicon } from '../../src/core/user/lexiconFile';
import { parseCorrections } from '../../src/core/user/corrections';
import { tooDeepAt, USER_FILE_LIMITS } from '../../src/core/user/jsonText';
import { createCore } from '../../src/core/createCore';

/**
 * `.dealnotes/lexicon.json` and `corrections.json` may come from a stranger's repository (Deal Notes runs in
 * untrusted workspaces): whatever they hold, reading them is bounded, refuses what is too big with a problem
 * that says so, and never lets a key reach an object's prototype.
 */
describe('user files from a stranger: bounded and said', () => {
  const lexicon = (entities: unknown[]) => JSON.stringify({ entities });
  const corrections = (list: unknown[]) => JSON.stringify({ corrections: list });

  it('refuses a file over the size limit, whole, with a problem that gives the size', () => {
    const big = lexicon([{ kind: 'company', name: 'Lumora', description: 'x'.repeat(USER_FILE_LIMITS.maxChars) }]);
    const r = parseUserLexicon(big);
    assert.equal(r.ok, false, 'the last good version stays in force');
    assert.deepEqual(r.entities, []);
    assert.match(r.problems[0]!.message, /too large to read \(\d+ KB, at most 256 KB\)/);
    assert.equal(parseCorrections(corrections([{ action: 'hide', source: { note: 'a.md', sentence: 'y'.repeat(300_000) } }])).ok, false);
  });

  it('refuses deep nesting before parsing (100,000 levels), and counts strings and comments right', () => {
    const deep = `{"entities":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const r = parseUserLexicon(deep);
    assert.equal(r.ok, false);
    assert.match(r.problems[0]!.message, /nested too deeply \(more than 32 levels\)/);
    assert.equal(r.problems[0]!.offset, 12 + 31, 'at the 33rd opening bracket');
    assert.equal(parseCorrections(`{"corrections":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`).ok, false);
    assert.equal(tooDeepAt('{"a": "[[[[[[", // [[[[[[\n /* {{{{ */ "b": [1]}', 2), -1);
    assert.equal(tooDeepAt('{"a": "\\"[[[", "b": [[1]]}', 2), 21);
  });

  it('100,000 entries are over the size limit; of 8,000 short ones the first 2,000 are read and the rest said ignored', () => {
    const entries = (n: number) => Array.from({ length: n }, (_, i) => ({ kind: 'chip', name: `C${i}` }));
    assert.equal(parseUserLexicon(lexicon(entries(100_000))).ok, false);
    const text = lexicon(entries(8000));
    assert.ok(text.length < USER_FILE_LIMITS.maxChars, `${text.length} characters`);
    const r = parseUserLexicon(text);
    assert.equal(r.entities.length, 2000);
    const warning = r.problems.find((p) => /Only the first 2000 entries are read/.test(p.message))!;
    assert.match(warning.message, /this one and the 5999 after it are ignored/);
    const cs = parseCorrections(corrections(Array.from({ length: 4000 }, () => ({ action: 'hide', source: { note: 'a', sentence: 'b' } }))));
    assert.equal(cs.corrections.length, 2000);
  });

  it('shows at most 100 problems and one more that counts the rest', () => {
    const bad = Array.from({ length: 1500 }, (_, i) => ({ kind: 'robot', name: i }));
    const r = parseUserLexicon(lexicon(bad));
    assert.equal(r.problems.length, 101);
    assert.match(r.problems[100]!.message, /^\d+ more problems from here on are not shown\.$/);
    assert.equal(r.problems[100]!.message, `${1500 * 2 - 100} more problems from here on are not shown.`);
  });

  it('refuses over-long names, aliases, descriptions and sentences, and too many aliases', () => {
    const r = parseUserLexicon(lexicon([
      { kind: 'company', name: 'N'.repeat(100_000) },
      { kind: 'company', name: 'Lumora', aliases: ['A'.repeat(121), ...Array.from({ length: 30 }, (_, i) => `Lumora ${i}`)], description: 'd'.repeat(501) },
      { kind: 'company', name: 'Kestrel', aliases: Array.from({ length: 30 }, (_, i) => `Kestrel ${i}`) },
    ]));
    assert.deepEqual(r.entities.map((e) => e.name), ['Kestrel']);
    assert.equal(r.entities[0]!.aliases.length, 20);
    const messages = r.problems.map((p) => p.message).join('\n');
    assert.match(messages, /"name" is too long \(100000 characters, at most 120\)/);
    assert.match(messages, /An alias is at most 120 characters/);
    assert.match(messages, /"description" is too long \(501 characters, at most 500\)/);
    assert.match(messages, /at most 20 aliases/);
    const c = parseCorrections(corrections([
      { action: 'hide', source: { note: 'a.md', sentence: 's'.repeat(4001) } },
      { action: 'setParties', source: { note: 'a.md', sentence: 'ok' }, parties: Array.from({ length: 11 }, (_, i) => `P${i}`) },
      { action: 'setValue', source: { note: 'a.md', sentence: 'ok' }, value: { amount: 1, currency: 'USD', text: 't'.repeat(201) } },
    ]));
    assert.deepEqual(c.corrections.map((x) => x.action), ['setValue']);
    assert.equal(c.corrections[0]!.value!.text, undefined);
    assert.equal(c.problems.length, 3);
  });

  it('keeps names holding Markdown, HTML and command links as plain names (the renderers escape them)', () => {
    const names = ['[click](command:workbench.action.terminal.new)', '<img src=x onerror=alert(1)>', '**Bold** `code` $(alert)'];
    const r = parseUserLexicon(lexicon(names.map((name) => ({ kind: 'company', name }))));
    assert.deepEqual(r.entities.map((e) => e.name), names);
  });

  it('never lets "__proto__" or "constructor" keys reach a prototype', () => {
    const text = '{"__proto__": {"polluted": 1}, "entities": [{"kind": "company", "name": "Lumora", "__proto__": {"polluted": 2}, "constructor": {"prototype": {"polluted": 3}}}]}';
    const r = parseUserLexicon(text);
    assert.deepEqual(r.entities.map((e) => e.name), ['Lumora']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(r.entities[0]), Object.prototype);
    const c = parseCorrections('{"corrections": [{"action": "setValue", "source": {"note": "a.md", "sentence": "s", "__proto__": {"x": 1}}, "value": {"amount": 1, "currency": "USD", "__proto__": {"usd": 5}}}]}');
    assert.equal(c.corrections[0]!.value!.usd, undefined, 'a "__proto__" key does not supply a field');
    assert.equal(({} as Record<string, unknown>).x, undefined);
  });

  it('a lexicon at its limits still makes a recogniser that reads notes', () => {
    const entities = Array.from({ length: 2000 }, (_, i) => ({ kind: 'company', name: `Zq${i} Labs`, aliases: Array.from({ length: 20 }, (_, k) => `Zq${i}x${k}`) }));
    const text = lexicon(entities);
    const r = parseUserLexicon(text.length < USER_FILE_LIMITS.maxChars ? text : lexicon(entities.slice(0, 600)));
    const core = createCore({ userEntities: r.entities });
    const names = core.analyze({ uri: 'a.md', text: 'Zq7 Labs signed a deal with Nvidia. Zq7x3 grows.' }).mentions.map((m) => m.canonical);
    assert.deepEqual(names, ['Zq7 Labs', 'Nvidia', 'Zq7 Labs']);
  });
});
