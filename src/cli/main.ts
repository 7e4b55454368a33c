/**
 * deal-notes scan <folder> [--json|--csv|--markdown]
 * Scans a folder of notes with the same core the extension uses and prints mentions and deals.
 */
import { promises as fs } from 'node:fs';
import { createCore } from '../core/createCore';
import { lazyScanJson } from '../core/report/scanJson';
import { prettyJsonChunks } from '../core/report/prettyJsonChunks';
import { dealsCsv, dealsMarkdown, dealRows, DEAL_COLUMNS, textTable } from '../core/report/format';
import { readNotes } from './files';
import { scanWithCache } from './cachedScan';
import type { ScanResult } from '../core/scan';
import { readUserFiles } from './userFiles';
import { applyCorrections } from '../core/user/corrections';
import { isScanWorker, mainThreadCpuMs, parallelScan, PARALLEL_THRESHOLD, runScanWorker, threadsFor, type ScanTrace } from './parallelScan';

const USAGE = `Usage: deal-notes scan <folder> [--json | --csv | --markdown] [--cache DIR] [--jobs N|auto]

  --json       the scan JSON: every note's mentions and the deals (see the README)
  --csv        the deals table as CSV
  --markdown   the deals table as a Markdown table
  (default)    a summary per note and the deals table, for reading in a terminal
  --cache DIR  keep each note's analysis in DIR: the next scan analyses only the notes that changed
  --jobs N     analyse the notes on N threads (the default, 1: one thread); auto: one per core from
               ${PARALLEL_THRESHOLD} notes up. The output is the same whatever N. Not used with --cache.

Reads .md, .markdown, .txt and .note files recursively, skipping node_modules and dot-folders.`;

export async function main(argvIn: string[]): Promise<number> {
  const argv = [...argvIn];
  const cacheAt = argv.indexOf('--cache');
  const cacheDir = cacheAt >= 0 ? argv.splice(cacheAt, 2)[1] : undefined;
  if (cacheAt >= 0 && (!cacheDir || cacheDir.startsWith('--'))) {
    console.error(`deal-notes: --cache needs a folder\n\n${USAGE}`);
    return 2;
  }
  const jobsAt = argv.indexOf('--jobs');
  const jobsText = jobsAt >= 0 ? argv.splice(jobsAt, 2)[1] : undefined;
  const jobs = jobsAt < 0 ? 1 : jobsText === undefined ? undefined : jobsText === 'auto' ? 'auto' : /^[1-9]\d{0,2}$/.test(jobsText) ? Number(jobsText) : undefined;
  if (jobs === undefined) {
    console.error(`deal-notes: --jobs needs a number of threads (1 to 999) or auto\n\n${USAGE}`);
    return 2;
  }
  const args = argv.filter((a) => !a.startsWith('--'));
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  if (flags.has('--help') || args[0] !== 'scan' || !args[1]) {
    (flags.has('--help') ? console.log : console.error)(USAGE);
    return flags.has('--help') ? 0 : 2;
  }
  const unknown = [...flags].filter((f) => !['--json', '--csv', '--markdown'].includes(f));
  if (unknown.length) {
    console.error(`deal-notes: unknown option ${unknown.join(', ')}\n\n${USAGE}`);
    return 2;
  }
  const folder = args[1];
  try {
    if (!(await fs.stat(folder)).isDirectory()) throw new Error('not a folder');
  } catch {
    console.error(`deal-notes: ${folder} is not a folder I can read`);
    return 2;
  }
  const { notes, skipped } = await readNotes(folder);
  for (const s of skipped) console.error(`deal-notes: skipped ${s.path}: ${s.reason}`);
  // The workspace lexicon and deal corrections beside the notes (.dealnotes/), as the extension applies them.
  const user = await readUserFiles(folder);
  for (const p of user.problems) console.error(`deal-notes: ${p}`);
  const core = createCore({ userEntities: user.entities });
  let scanned: ScanResult;
  let trace: ScanTrace | undefined;
  if (cacheDir) {
    const cached = await scanWithCache(core, notes, folder, cacheDir);
    console.error(`deal-notes: ${cached.stats.unchanged === 1 ? "1 unchanged note" : `${cached.stats.unchanged} unchanged notes`} from the cache, ${cached.stats.analysed} analysed`);
    scanned = cached;
  } else {
    const docs = notes.map((n) => ({ uri: n.path, text: n.text }));
    const threads = threadsFor(docs.length, jobs);
    // The workers run this same script (see the end of this file).
    if (threads > 1) {
      const { trace: done, ...result } = await parallelScan(core, docs, user.entities, threads, __filename);
      trace = done;
      scanned = result;
    } else scanned = core.scan(docs);
  }
  const result = { ...scanned, deals: applyCorrections(scanned.deals, user.corrections, { unmatched: (c) => console.error(`deal-notes: ${user.where(c)}: warning: no deal matches this correction`) }) };

  if (flags.has('--json')) {
    // Written a piece at a time: the JSON of a large scan is hundreds of megabytes as one string.
    await writeChunks(prettyJsonChunks({ ...lazyScanJson(result.notes, result.deals), ...(skipped.length ? { skipped } : {}) }));
    process.stdout.write('\n');
  } else if (flags.has('--csv')) {
    process.stdout.write(dealsCsv(result.deals));
  } else if (flags.has('--markdown')) {
    process.stdout.write(dealsMarkdown(result.deals));
  } else {
    const count = (n: (typeof result.notes)[number], kind: string) => String(n.mentions.filter((m) => m.kind === kind).length);
    console.log(`Notes (${result.notes.length}) in ${folder}\n`);
    console.log(textTable(['note', 'companies', 'chips', 'money', 'power', 'dates'],
      result.notes.map((n) => [n.uri, count(n, 'company'), count(n, 'chip'), count(n, 'money'), count(n, 'power'), count(n, 'date')])));
    console.log(`Deals (${result.deals.length})\n`);
    console.log(textTable([...DEAL_COLUMNS], dealRows(result.deals).map((r) => DEAL_COLUMNS.map((c) => r[c]))));
    if (skipped.length) console.log(`Skipped ${skipped.length === 1 ? '1 file' : `${skipped.length} files`}: see the messages above.`);
  }
  // For measuring: what the workers did, and the main thread's own CPU time (the scan's critical path).
  if (process.env['DEAL_NOTES_SCAN_TRACE']) console.error(`deal-notes: ${JSON.stringify({ ...(trace ?? { threads: 1 }), mainThreadCpuMs: mainThreadCpuMs() })}`);
  return 0;
}

/** Writes the pieces to stdout in blocks of about a megabyte, waiting when the pipe is full. */
async function writeChunks(chunks: Iterable<string>): Promise<void> {
  // The pieces are encoded straight into blocks of a megabyte, each then written: joining them into one string
  // first (and encoding that) cost as much as making them, on a note of a hundred thousand mentions.
  const BLOCK = 1 << 20;
  let block = Buffer.allocUnsafe(BLOCK);
  let used = 0;
  const write = async (data: Buffer | string) => {
    if (!process.stdout.write(data)) await new Promise((resolve) => process.stdout.once('drain', resolve));
  };
  for (const chunk of chunks) {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    if (chunk.length * 3 > BLOCK - used && used) {
      await write(block.subarray(0, used));
      // The stream may hold on to a written block until it is sent: then the next one is a new buffer. A file or a
      // pipe on Linux is written at once (nothing left in the stream), and the block is used again: a new megabyte
      // for each of the 360 of a 10,000-note scan kept 10–20 MB of them waiting for the collector.
      if (process.stdout.writableLength) block = Buffer.allocUnsafe(BLOCK);
      used = 0;
    }
    if (chunk.length * 3 > BLOCK) await write(chunk);
    else used += block.write(chunk, used);
  }
  if (used) await write(block.subarray(0, used));
}

// "deal-notes scan notes --json | head": a reader that stops early closes the pipe; that ends the output, not in a crash.
function endQuietlyOnClosedPipe(e: NodeJS.ErrnoException): void {
  if (e.code !== 'EPIPE') throw e;
  process.exit(process.exitCode ?? 0);
}

// Started by parallelScan: this thread analyses the chunks of notes it is sent.
if (isScanWorker()) runScanWorker();
else {
  process.stdout.on('error', endQuietlyOnClosedPipe);
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      console.error(`deal-notes: ${(e as Error)?.stack ?? String(e)}`);
      process.exitCode = 1;
    },
  );
}
