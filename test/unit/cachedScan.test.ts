import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../src/core/createCore';
import { readNotes } from '../../src/cli/files';
import { scanWithCache } from '../../src/cli/cachedScan';

describe('command line: scan --cache', () => {
  let dir: string;
  let cache: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'deal-notes-cached-'));
    cache = join(dir, '.cache');
    writeFileSync(join(dir, 'a.md'), 'Nvidia will invest up to $100 billion in OpenAI.\n');
    writeFileSync(join(dir, 'b.md'), 'Oracle signed a $300 billion cloud contract with OpenAI.\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('analyses every note once, then only what changed, with the same deals as a scan without cache', async () => {
    const core = createCore();
    const plain = core.scan((await readNotes(dir)).notes.map((n) => ({ uri: n.path, text: n.text })));
    const first = await scanWithCache(core, (await readNotes(dir)).notes, dir, cache);
    assert.equal(first.stats.analysed, 2);
    assert.deepEqual(first.deals, plain.deals);
    assert.ok(readdirSync(cache).some((f) => f.endsWith('.json')));

    const second = await scanWithCache(core, (await readNotes(dir)).notes, dir, cache);
    assert.equal(second.stats.analysed, 0);
    assert.equal(second.stats.unchanged, 2);
    assert.deepEqual(second.deals, plain.deals);
    assert.deepEqual(second.notes.map((n) => n.mentions), plain.notes.map((n) => n.mentions));

    writeFileSync(join(dir, 'b.md'), 'Oracle signed a $30 billion cloud contract with OpenAI.\n');
    utimesSync(join(dir, 'b.md'), new Date(), new Date(Date.now() + 5000));
    const third = await scanWithCache(core, (await readNotes(dir)).notes, dir, cache);
    assert.equal(third.stats.analysed, 1);
    assert.ok(third.deals.some((d) => d.parties.includes('Oracle') && d.value?.amount === 30e9));
  });

  it('ignores a corrupt cache and a cache of another lexicon', async () => {
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), '{"format":"deal-notes-index-cache","layout":1,"key"');
    const corrupt = await scanWithCache(createCore(), (await readNotes(dir)).notes, dir, cache);
    assert.equal(corrupt.stats.analysed, 2);
    const other = await scanWithCache(createCore({ userEntities: [{ id: 'user:acme', kind: 'company', name: 'Acme', aliases: [], source: 'user' }] }), (await readNotes(dir)).notes, dir, cache);
    assert.equal(other.stats.analysed, 2);
  });
});
