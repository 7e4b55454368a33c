/**
 * Benchmark of the extension's side (issue #13): the workspace scan through the extension's own pipeline
 * (core/index/workspaceScan.ts, the persistent cache, listeners that query deals and entities as the open
 * views do), each figure beside a baseline measured in the same run:
 *   throughput   one regex alternation of every alias over the same files, and the CLI on the same folder
 *   memory       the same process with the same modules loaded and nothing done; the CLI's peak
 *   warm reopen  the cold scan of the same folder (and, in a process of its own, only the snapshot shown and
 *                the Deals view's rows made from it: the time until the deals tree is filled)
 *   activation   (none: the goal is absolute) activate() of the built extension with a stand-in vscode
 * Every measurement runs in a process of its own (peak memory from /usr/bin/time when present, else from
 * the process itself). BENCH_NOTES changes the size (10,000 by default); BENCH_PROFILE=1 writes CPU
 * profiles of the scans to .artifacts/bench/. Numbers, not assertions.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { syntheticWorkspace } from './corpus';

const NOTES = Number(process.env.BENCH_NOTES ?? 10_000);
const root = path.join(__dirname, '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'deal-notes-host-bench-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
const notesDir = path.join(work, 'notes');
const cacheDir = path.join(work, 'cache');
fs.mkdirSync(notesDir);
let bytes = 0;
for (const n of syntheticWorkspace(NOTES)) {
  fs.writeFileSync(path.join(notesDir, path.basename(n.uri)), n.text);
  bytes += Buffer.byteLength(n.text);
}
execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'ignore' });

const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const profileDir = path.join(root, '.artifacts', 'bench');

interface Run {
  ms: number;
  /** Peak resident memory in MB, when /usr/bin/time is there. */
  maxRssMB?: number;
  json: Record<string, number>;
}

/** Runs a command in a process of its own; its last stdout line may be JSON. */
function run(args: string[], env: Record<string, string> = {}): Run {
  const cmd = timeBin ? [timeBin, '-f', 'MAXRSS %M', process.execPath, ...args] : [process.execPath, ...args];
  const t0 = performance.now();
  const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd: root, env: { ...process.env, ...env }, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const rss = /MAXRSS (\d+)/.exec(r.stderr ?? '');
  const last = r.stdout.trim().split('\n').pop() ?? '';
  let json: Record<string, number>;
  try {
    json = last.startsWith('{') ? JSON.parse(last) : {};
  } catch {
    json = {};
  }
  return { ms, json, ...(rss ? { maxRssMB: Number(rss[1]) / 1024 } : {}) };
}

const worker = (mode: string, extra: string[] = []) => {
  const prof = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return run(['--expose-gc', ...prof, '--import', 'tsx', path.join('bench', 'host.worker.ts'), mode, notesDir, ...extra], { BENCH_ENGINE: `bench-${process.pid}` });
};

const rate = (ms: number) => `${Math.round(NOTES / (ms / 1000)).toLocaleString('en').padStart(7)} notes/s`;
const mb = (x: number | undefined) => (x === undefined ? '   n/a' : `${x.toFixed(0).padStart(5)} MB`);
const row = (label: string, value: string, extra = '') => console.log(`${label.padEnd(62)} ${value.padStart(20)}  ${extra}`);

console.log(`extension-host benchmark: ${NOTES.toLocaleString('en')} notes, ${(bytes / 1024 / 1024).toFixed(1)} MB, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}\n`);

const idle = worker('idle');
const regex = worker('regex');
const cli = run([path.join('dist', 'cli.js'), 'scan', notesDir, '--json']);
const cold = worker('scan', [cacheDir]);
const warm = worker('scan', [cacheDir]);
const reopen = worker('reopen', [cacheDir]);
const activation = Array.from({ length: 3 }, () => run([path.join('bench', 'activation.mjs')]).json);

console.log('throughput (first fill, views open)');
row('baseline: regex alternation of every alias (names only)', rate(regex.json['ms']!), `${(regex.json['ms']! / 1000).toFixed(1)} s`);
row('baseline: CLI scan --json (whole process)', rate(cli.ms), `${(cli.ms / 1000).toFixed(1)} s`);
row('extension pipeline: cold scan until every deal is linked', rate(cold.json['ms']!),
  `${(cold.json['ms']! / 1000).toFixed(1)} s; ${cold.json['events']} index events, ${cold.json['viewRefreshes']} view refreshes, first deals at ${(cold.json['firstDealsMs']! / 1000).toFixed(1)} s, longest block ${cold.json['longestBlockMs']!.toFixed(0)} ms (longest GC pause ${cold.json['longestGcMs']!.toFixed(0)} ms, longest view refresh ${cold.json['longestRefreshMs']!.toFixed(0)} ms)`);
console.log('\nmemory (peak resident; heap after indexing, after GC)');
row('baseline: the same process, modules loaded, nothing done', mb(idle.maxRssMB), `heap ${mb(idle.json['heapMB'])}`);
row('baseline: CLI scan --json', mb(cli.maxRssMB));
row('extension pipeline: cold scan', mb(cold.maxRssMB), `heap ${mb(cold.json['heapMB'])}`);
console.log('\nreopening the same workspace (nothing changed)');
row('baseline: cold scan (no cache)', `${(cold.json['ms']! / 1000).toFixed(2)} s`, `${cold.json['analysed']} notes analysed; cache written in ${(cold.json['saveMs']! / 1000).toFixed(1)} s (background)`);
row('warm: deals shown from the snapshot (linked.json), no note yet', `${(warm.json['preloadMs']! / 1000).toFixed(2)} s`, `first view refresh with deals at ${(warm.json['firstDealsMs']! / 1000).toFixed(2)} s (views refresh at most every 150 ms)`);
row('warm: the Deals view\'s rows made from the snapshot (tree filled)', `${(reopen.json['treeFilledMs']! / 1000).toFixed(2)} s`,
  `${reopen.json['rows']} rows, ${(reopen.json['treeFilledCpuMs']! / 1000).toFixed(2)} s of CPU until then (snapshot ${(reopen.json['preloadMs']! / 1000).toFixed(2)} s, first refresh ${(reopen.json['firstDealsMs']! / 1000).toFixed(2)} s, rows ${(reopen.json['rowsMs']! / 1000).toFixed(2)} s); longest block ${reopen.json['longestBlockMs']!.toFixed(0)} ms (GC ${reopen.json['longestGcMs']!.toFixed(0)} ms), heap ${mb(reopen.json['heapMB'])}`);
row('warm: every note restored from the shards (background)', `${(warm.json['restoredMs']! / 1000).toFixed(2)} s`, `${warm.json['restored']} notes restored, linked deals ${warm.json['linked'] ? 'from the cache (nothing re-linked)' : 'linked again'}; longest block ${warm.json['longestBlockMs']!.toFixed(0)} ms (GC ${warm.json['longestGcMs']!.toFixed(0)} ms)`);
row('warm: every file checked (stat), nothing changed', `${(warm.json['ms']! / 1000).toFixed(2)} s`, `${warm.json['analysed']} notes analysed, ${warm.json['unchanged']} unchanged; peak ${mb(warm.maxRssMB)}, heap ${mb(warm.json['heapMB'])}`);
console.log('\nactivation (dist/extension.js in Node, vscode replaced by a stand-in; 3 runs)');
row('activate() until it returns', activation.map((a) => `${a['activateMs']!.toFixed(0)}`).join(' / ') + ' ms');
row('loading the bundle before it (require)', activation.map((a) => `${a['requireMs']!.toFixed(0)}`).join(' / ') + ' ms');
console.log(`\nload average at the end: ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min)`);
