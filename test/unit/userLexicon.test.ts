import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { addEntityEdit, parseUserLexicon, removeEntityEdit, validateNewName } from '../../src/core/user/lexiconFile';
import { applyEdit, parseJson } from '../../src/core/user/jsonText';

const relearn = (index: NoteIndex, r: Parameters<NoteIndex['setRecognizer']>[0]) => index.setRecognizer(r);
const add = (text: string, entry: Parameters<typeof addEntityEdit>[1]) => {
  const r = addEntityEdit(text, entry);
  assert.ok(r.edit, r.error);
  return applyEdit(text, r.edit);
};
const remove = (text: string, name: string) => {
  const r = removeEntityEdit(text, name);
  assert.ok(r.edit, r.error);
  return applyEdit(text, r.edit);
};

describe('user lexicon: reading', () => {
  it('reads companies and chips with aliases, as user entities', () => {
    const { entities, problems, ok } = parseUserLexicon(JSON.stringify({ entities: [
      { kind: 'company', name: 'Lumora', aliases: ['Lumora AI'], category: 'ai-lab' },
      { kind: 'chip', name: 'Nimbus X1', vendor: 'Lumora' },
    ] }));
    assert.equal(ok, true);
    assert.deepEqual(problems, []);
    assert.deepEqual(entities.map((e) => [e.kind, e.name, e.aliases, e.source]), [['company', 'Lumora', ['Lumora AI'], 'user'], ['chip', 'Nimbus X1', [], 'user']]);
    assert.equal(entities[0]!.category, 'ai-lab');
    assert.equal(entities[1]!.vendor, 'Lumora');
  });

  it('a blank file is an empty lexicon, not an error', () => {
    assert.deepEqual(parseUserLexicon('  \n'), { entities: [], problems: [], ok: true });
  });

  it('keeps the good entries when one is bad, and points at the bad one', () => {
    const text = '{ "entities": [ { "kind": "company", "name": "Lumora" }, { "kind": "robot", "name": "X" }, { "name": "NoKind" }, 42, { "kind": "chip", "name": "Nimbus" } ] }';
    const { entities, problems, ok } = parseUserLexicon(text);
    assert.equal(ok, true);
    assert.deepEqual(entities.map((e) => e.name), ['Lumora', 'Nimbus']);
    assert.equal(problems.length, 3);
    assert.equal(text.slice(problems[0]!.offset, problems[0]!.offset + problems[0]!.length), '"robot"');
    assert.equal(text.slice(problems[2]!.offset, problems[2]!.offset + problems[2]!.length), '42');
  });

  it('reports a syntax error with its offset and reads nothing (the caller keeps the last good version)', () => {
    const text = '{ "entities": [ { "kind": "company", "name": "Lumora" } ';
    const r = parseUserLexicon(text);
    assert.equal(r.ok, false);
    assert.equal(r.entities.length, 0);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.offset, text.length);
    const r2 = parseUserLexicon('{ "entities": [ { kind: "company" } ] }');
    assert.equal(r2.ok, false);
    assert.equal(r2.problems[0]!.offset, 18);
    assert.match(r2.problems[0]!.message, /^Unexpected "kind": .*double quotes/);
  });

  it('accepts comments and trailing commas; warns on unknown keys and duplicates', () => {
    const r = parseUserLexicon('// mine\n{ "entities": [ { "kind": "company", "name": "Lumora", "colour": "red" }, { "kind": "company", "name": "LUMORA" }, ], }');
    assert.equal(r.ok, true);
    assert.deepEqual(r.entities.map((e) => e.name), ['Lumora']);
    assert.deepEqual(r.problems.map((p) => p.severity), ['warning', 'warning']);
  });

  it('validates a selection as a name', () => {
    assert.equal(validateNewName(' Lumora '), undefined);
    assert.ok(validateNewName(''));
    assert.ok(validateNewName('a\nb'));
    assert.ok(validateNewName('123'));
  });
});

describe('user lexicon: editing', () => {
  it('creates the file from nothing', () => {
    const text = add('', { kind: 'company', name: ' Lumora ', aliases: ['Lumora AI', 'lumora'] });
    assert.deepEqual(JSON.parse(text), { entities: [{ kind: 'company', name: 'Lumora', aliases: ['Lumora AI'] }] });
    assert.ok(text.endsWith('\n'));
  });

  it('appends in the layout of the file and leaves the rest byte for byte', () => {
    const before = '{\n    "$schema": "x",\n    "entities": [\n        { "kind": "company", "name": "A" } // first\n    ]\n}\n';
    const after = add(before, { kind: 'chip', name: 'Nimbus' });
    assert.equal(after, '{\n    "$schema": "x",\n    "entities": [\n        { "kind": "company", "name": "A" },\n        {\n            "kind": "chip",\n            "name": "Nimbus"\n        } // first\n    ]\n}\n');
    assert.equal(parseUserLexicon(after).entities.length, 2);
  });

  it('appends inline to an inline array, and indents with tabs in a tab-indented file', () => {
    const inline = '{ "entities": [ { "kind": "company", "name": "A" } ] }';
    assert.equal(add(inline, { kind: 'chip', name: 'B' }), '{ "entities": [ { "kind": "company", "name": "A" }, { "kind": "chip", "name": "B" } ] }');
    const tabs = '{\n\t"entities": [\n\t\t{ "kind": "company", "name": "A" }\n\t]\n}\n';
    assert.equal(add(tabs, { kind: 'chip', name: 'B' }), '{\n\t"entities": [\n\t\t{ "kind": "company", "name": "A" },\n\t\t{\n\t\t\t"kind": "chip",\n\t\t\t"name": "B"\n\t\t}\n\t]\n}\n');
  });

  it('adds to an empty array and to an object without "entities"', () => {
    assert.deepEqual(JSON.parse(add('{ "entities": [] }', { kind: 'company', name: 'A' })).entities, [{ kind: 'company', name: 'A' }]);
    assert.deepEqual(JSON.parse(add('{}', { kind: 'company', name: 'A' })).entities, [{ kind: 'company', name: 'A' }]);
    assert.deepEqual(JSON.parse(add('{ "$schema": "s" }', { kind: 'company', name: 'A' })), { $schema: 's', entities: [{ kind: 'company', name: 'A' }] });
  });

  it('teaching a known name again replaces its entry and keeps its aliases', () => {
    const one = add('', { kind: 'company', name: 'Lumora', aliases: ['Lumora AI'] });
    const two = add(one, { kind: 'chip', name: 'lumora', aliases: ['LMR'] });
    assert.deepEqual(JSON.parse(two).entities, [{ kind: 'chip', name: 'lumora', aliases: ['Lumora AI', 'LMR'] }]);
  });

  it('refuses to edit a broken file', () => {
    assert.ok(addEntityEdit('{ "entities": [ ', { kind: 'company', name: 'A' }).error);
    assert.ok(addEntityEdit('{ "entities": 3 }', { kind: 'company', name: 'A' }).error);
  });

  it('removes an entry by name or alias; add then remove gives back the same text', () => {
    const base = '{\n  "entities": [\n    { "kind": "company", "name": "A" },\n    { "kind": "company", "name": "B", "aliases": ["Bee"] }\n  ]\n}\n';
    const added = add(base, { kind: 'company', name: 'C' });
    assert.equal(remove(added, 'C'), base);
    assert.deepEqual(JSON.parse(remove(base, 'bee')).entities.map((e: { name: string }) => e.name), ['A']);
    assert.deepEqual(JSON.parse(remove(base, 'A')).entities.map((e: { name: string }) => e.name), ['B']);
    assert.deepEqual(JSON.parse(remove(remove(base, 'A'), 'B')).entities, []);
    assert.ok(removeEntityEdit(base, 'Z').error);
  });

  it('keeps CRLF line endings', () => {
    const base = '{\r\n  "entities": [\r\n    { "kind": "company", "name": "A" }\r\n  ]\r\n}\r\n';
    const after = add(base, { kind: 'company', name: 'B' });
    assert.ok(!/[^\r]\n/.test(after));
    assert.ok(parseJson(after).root);
  });
});

describe('user lexicon: a taught name is recognised everywhere', () => {
  it('colours, indexes and links deals of a name the built-in lexicon does not know', () => {
    const core = createCore();
    const index = new NoteIndex(core.recognizer);
    index.upsert({ uri: 'a.md', text: 'Zorblax signed a $2 billion supply agreement with OpenAI.' });
    index.upsert({ uri: 'b.md', text: 'OpenAI and Zorblax announced a partnership on chips.' });
    assert.equal(index.entity('Zorblax')?.confidence === 1, false);
    const { entities } = parseUserLexicon(add('', { kind: 'company', name: 'Zorblax' }));
    relearn(index, core.setUserEntities(entities));
    assert.deepEqual(index.entity('Zorblax')?.noteUris, ['a.md', 'b.md']);
    assert.equal(index.entity('Zorblax')?.confidence, 1);
    assert.ok(index.deals().some((d) => d.parties.includes('Zorblax') && d.parties.includes('OpenAI')));
    relearn(index, core.setUserEntities([]));
    // Forgotten: back to a guess from context.
    assert.ok(index.entity('Zorblax')!.confidence < 1);
  });

  it('a user entry overrides a built-in one of the same name', () => {
    const core = createCore();
    const { entities } = parseUserLexicon(add('', { kind: 'chip', name: 'Nvidia' }));
    const r = core.setUserEntities(entities);
    assert.equal(r.lexicon.find('Nvidia')?.kind, 'chip');
    assert.equal(r.lexicon.find('Nvidia')?.source, 'user');
  });
});
