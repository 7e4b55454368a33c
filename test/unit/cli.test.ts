import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs the CLI from source, as `deal-notes …` would run it from dist. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'src', 'cli', 'main.ts'), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('command line: a reader that stops early', function () {
  this.timeout(60_000);
  it('"scan --json | head" ends the output quietly, with no EPIPE error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deal-notes-pipe-'));
    try {
      // Enough notes for several megabytes of JSON: more than the pipe holds when its reader has gone.
      for (let i = 0; i < 400; i++) writeFileSync(join(dir, `n${i}.md`), 'Nvidia will invest up to $100 billion in OpenAI. AMD signed a deal with Oracle.\n'.repeat(20));
      const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'src', 'cli', 'main.ts'), 'scan', dir, '--json']);
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.equal(/EPIPE|Unhandled/.test(err), false, err);
      assert.equal(code, 0, err);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('command line: deal-notes scan', function () {
  this.timeout(30_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'deal-notes-cli-'));
    writeFileSync(join(dir, 'en.md'), '# Deal\r\n\r\nNvidia will invest up to $100 billion in OpenAI.\r\n');
    // UTF-16 LE with a BOM, as some editors on Windows save notes.
    writeFileSync(join(dir, 'fr.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nvidia investira jusqu’à 100 milliards de dollars dans OpenAI.\n', 'utf16le')]));
    writeFileSync(join(dir, 'image.note'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'ignored.pdf'), 'Nvidia and AMD announced a partnership.');
    mkdirSync(join(dir, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'x', 'readme.md'), 'Oracle signed a deal with OpenAI.');
    mkdirSync(join(dir, '.trash'));
    writeFileSync(join(dir, '.trash', 'old.md'), 'Oracle signed a deal with OpenAI.');
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the scan JSON: notes in any encoding, one deal with both sources, skipped files said on stderr', () => {
    const { code, out, err } = cli('scan', dir, '--json');
    assert.equal(code, 0, err);
    const json = JSON.parse(out);
    assert.deepEqual(json.documents.map((d: { path: string }) => d.path).sort(), ['en.md', 'fr.txt']);
    assert.equal(json.deals.length, 1);
    assert.deepEqual(json.deals[0].parties, ['Nvidia', 'OpenAI']);
    assert.equal(json.deals[0].valueUsd, 100e9);
    assert.deepEqual(json.deals[0].sources.map((s: { path: string; line: number }) => [s.path, s.line]).sort(), [['en.md', 3], ['fr.txt', 1]]);
    assert.match(err, /skipped image\.note: binary/);
    assert.deepEqual(json.skipped, [{ path: 'image.note', reason: 'binary content (NUL bytes)' }]);
  });

  it('prints the deals table as CSV and Markdown', () => {
    const csv = cli('scan', dir, '--csv');
    assert.equal(csv.code, 0);
    assert.equal(csv.out.split('\n')[0], 'parties,kind,value,valueUsd,valueNote,chips,power,date,sources');
    assert.match(csv.out, /^Nvidia \+ OpenAI,investment,up to \$100B,100000000000,,,,,2$/m);
    const md = cli('scan', dir, '--markdown');
    assert.match(md.out, /^\| Nvidia \+ OpenAI \| investment \| up to \$100B \|/m);
  });

  it('says how to use it when the arguments are wrong', () => {
    assert.equal(cli('scan').code, 2);
    assert.equal(cli('scan', dir, '--xml').code, 2);
    const missing = cli('scan', join(dir, 'nope'));
    assert.equal(missing.code, 2);
    assert.match(missing.err, /is not a folder I can read/);
    assert.equal(cli('--help').code, 0);
  });

  it('writes a scan JSON of several megabytes byte for byte as JSON.stringify, non-ASCII names across its blocks', () => {
    const big = mkdtempSync(join(tmpdir(), 'deal-notes-cli-big-'));
    try {
      // About 40,000 mentions, names with accents and a dash outside ASCII: several megabytes of JSON, so the
      // pieces are encoded into more than one block and some fall on a block's end.
      const names = ['Nvidia', 'OpenAI', 'Société Générale', 'Mistral AI', 'Orange', 'Thalès'];
      const text = Array.from({ length: 40_000 }, (_, i) => `${names[i % names.length]}${i % 7 ? ' – ' : '\n'}`).join('');
      writeFileSync(join(big, 'long.md'), text);
      const { code, out, err } = cli('scan', big, '--json');
      assert.equal(code, 0, err);
      assert.ok(Buffer.byteLength(out) > 3 << 20, `${Buffer.byteLength(out)} bytes`);
      assert.equal(out, `${JSON.stringify(JSON.parse(out), null, 2)}\n`);
      const mentions = JSON.parse(out).documents[0].mentions as { text: string; start: number; end: number }[];
      assert.ok(mentions.length > 30_000);
      for (const m of mentions) assert.equal(m.text, text.slice(m.start, m.end));
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  });
});
