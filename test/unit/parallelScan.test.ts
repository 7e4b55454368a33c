import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PARALLEL_THRESHOLD, threadsFor } from '../../src/cli/parallelScan';

/** Runs the CLI from source; DEAL_NOTES_SCAN_TRACE makes a parallel scan say on stderr what its workers did. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '..', '..', 'src', 'cli', 'main.ts'), ...args], {
    encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, DEAL_NOTES_SCAN_TRACE: '1' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SENTENCES = [
  'Nvidia will invest up to $100 billion in OpenAI to build 10 gigawatts of data centres.',
  'Oracle signed a $300 billion cloud contract with OpenAI on September 10, 2025.',
  'Mistral AI a levé 1,7 milliard d’euros auprès d’ASML.',
  'AMD and OpenAI announced a partnership on MI450 chips.',
  'Qorvantis Labs raised $40 million from Microsoft in a Series B round.',
  'Selon la presse, Qorvantis négocie avec Nvidia depuis le 3 mars 2026.',
  'Shares of Broadcom rose 9% after the earnings call; Intel fell.',
];

describe('command line: scan --jobs (worker threads)', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'deal-notes-jobs-'));
    // Enough notes for several chunks, so that the worker and the main thread both analyse some; the workspace
    // lexicon teaches a company, which the workers must know too.
    mkdirSync(join(dir, 'notes'));
    for (let i = 0; i < 90; i++) {
      const lines = [`# Note ${i}`, ''];
      for (let j = 0; j < 4; j++) lines.push(SENTENCES[(i * 3 + j * 5) % SENTENCES.length]!);
      writeFileSync(join(dir, 'notes', `${i}.md`), `${lines.join('\n')}\n`);
    }
    mkdirSync(join(dir, '.dealnotes'));
    writeFileSync(join(dir, '.dealnotes', 'lexicon.json'), JSON.stringify({ entities: [{ kind: 'company', name: 'Qorvantis', aliases: ['Qorvantis Labs'] }] }));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same scan JSON on two threads as on one, workers included, with the workspace lexicon', () => {
    const one = cli('scan', dir, '--json', '--jobs', '1');
    const two = cli('scan', dir, '--json', '--jobs', '2');
    assert.equal(one.code, 0, one.err);
    assert.equal(two.code, 0, two.err);
    assert.doesNotMatch(one.err, /notesByWorkers/, 'one thread: no worker');
    const trace = JSON.parse(/deal-notes: (\{.*"notesByWorkers".*\})/.exec(two.err)![1]!) as { threads: number; notesByWorkers: number };
    assert.equal(trace.threads, 2);
    assert.ok(trace.notesByWorkers > 0, two.err);
    assert.ok(two.out === one.out, 'the same bytes');
    const json = JSON.parse(one.out) as { deals: Array<{ parties: string[] }> };
    assert.ok(json.deals.some((d) => d.parties.includes('Qorvantis')), 'the taught company makes deals');
  });

  it('--jobs needs a number or auto; without it, one thread', () => {
    assert.equal(cli('scan', dir, '--json', '--jobs').code, 2);
    assert.equal(cli('scan', dir, '--json', '--jobs', '0').code, 2);
    assert.equal(cli('scan', dir, '--json', '--jobs', 'two').code, 2);
    assert.doesNotMatch(cli('scan', dir, '--json').err, /notesByWorkers/, 'one thread by default');
  });

  it('auto stays on one thread for a few notes, and no more threads start than notes', () => {
    assert.equal(threadsFor(PARALLEL_THRESHOLD - 1, 'auto'), 1);
    assert.ok(threadsFor(PARALLEL_THRESHOLD, 'auto') >= 1);
    assert.equal(threadsFor(1, 4), 1);
    assert.equal(threadsFor(3, 8), 3);
    assert.equal(threadsFor(10_000, 1), 1);
  });
});
