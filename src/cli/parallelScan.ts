/**
 * `scan --jobs N`: the CLI's full scan on several threads. The notes are cut into chunks of a few dozen; worker
 * threads (this same script, run in worker mode: see runScanWorker) and the main thread take the chunks in
 * order, as each is free. A worker analyses its chunk with the same core (the built-in lexicon and the
 * folder's user lexicon) and sends back each note's analysis and deal candidates as the persistent cache writes
 * them (noteCache.ts: encodeNote); the main thread takes them back into one NoteIndex in the notes' order
 * (decodeNote, then `restore`, as `--cache` does on a warm start) and links the deals at the end. So the result
 * is the sequential scan's, byte for byte (a unit test and the README's checks compare them).
 *
 * A worker that fails gives its chunks back to the main thread; if none can start, the main thread does all.
 */
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import type { Core } from '../core/createCore';
import { createCore } from '../core/createCore';
import type { Entity, NoteDocument } from '../core/types';
import type { ScanResult } from '../core/scan';
import { NoteIndex } from '../core/index/noteIndex';
import { analyzeNote, type NoteAnalysis } from '../core/analyze';
import { extractDeals, type DealCandidate } from '../core/deals/extract';
import { decodeNote, encodeNote } from '../core/index/noteCache';

/** Below this many notes, `--jobs auto` stays on one thread: starting a worker costs more. */
export const PARALLEL_THRESHOLD = 200;
/**
 * Notes per chunk handed to a thread: small enough to balance the threads, large enough to cost little to send;
 * fewer in a small scan, so that each thread has a few chunks.
 */
const CHUNK_NOTES = 25;
const chunkNotes = (notes: number, threads: number) => Math.max(1, Math.min(CHUNK_NOTES, Math.ceil(notes / (threads * 4))));
/** Chunks a worker holds at once (one it works on, one waiting), so that it never waits for the main thread. */
const CHUNKS_AHEAD = 2;

interface WorkerInit {
  userEntities: readonly Entity[];
}

/** A chunk sent to a worker, and its answer: the chunk's records (encodeNote), the text left out (0) when it is the one sent. */
interface ChunkRequest { chunk: number; docs: NoteDocument[] }
interface ChunkAnswer { chunk: number; records: unknown[][] }

/** What a parallel scan did (`DEAL_NOTES_SCAN_TRACE=1` prints it on standard error): the main thread's times, in wall milliseconds. */
export interface ScanTrace {
  /** The main thread and the workers that started. */
  threads: number;
  notesByWorkers: number;
  msAnalysing: number;
  /** Restoring into the index the notes this thread analysed, then those the workers sent (decoding them too). */
  msTakingBack: number;
  msTakingBackFromWorkers: number;
  msWaiting: number;
  msLinking: number;
}

/**
 * How many threads a scan of `notes` notes uses: `jobs` (at most one per note), or for `auto` one per core above
 * the threshold. The CLI's default is 1: on the shared 2-core machines this was measured on, two threads did not
 * shorten the scan (the README's performance section).
 */
export function threadsFor(notes: number, jobs: number | 'auto'): number {
  if (jobs !== 'auto') return Math.max(1, Math.min(jobs, notes));
  if (notes < PARALLEL_THRESHOLD) return 1;
  return Math.max(1, availableParallelism());
}

/**
 * The scan of `docs` on `threads` threads (the main thread and `threads - 1` workers running `workerScript`),
 * the same notes and deals as `core.scan(docs)`.
 */
export async function parallelScan(core: Core, docs: readonly NoteDocument[], userEntities: readonly Entity[], threads: number, workerScript: string): Promise<ScanResult & { trace: ScanTrace }> {
  const chunks: NoteDocument[][] = [];
  const size = chunkNotes(docs.length, threads);
  for (let i = 0; i < docs.length; i += size) chunks.push(docs.slice(i, i + size));
  /** Each chunk's notes once analysed: in this thread (analyses) or in a worker (records). */
  const done: Array<{ local: Array<{ analysis: NoteAnalysis; candidates: DealCandidate[] }> } | { records: unknown[][] } | undefined> = [];
  /** Chunks nobody has taken yet, in order. */
  const waiting = chunks.map((_, i) => i);
  let wake: (() => void) | undefined;
  const wakeUp = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };

  const workers: Worker[] = [];
  const init: WorkerInit = { userEntities };
  for (let w = 0; w < threads - 1; w++) {
    let worker: Worker;
    try {
      worker = startWorker(workerScript, init);
    } catch {
      break;
    }
    const held: number[] = [];
    const give = () => {
      while (held.length < CHUNKS_AHEAD && waiting.length) {
        const chunk = waiting.shift()!;
        held.push(chunk);
        worker.postMessage({ chunk, docs: chunks[chunk]! } satisfies ChunkRequest);
      }
    };
    worker.on('message', (answer: ChunkAnswer) => {
      held.splice(held.indexOf(answer.chunk), 1);
      done[answer.chunk] = { records: answer.records };
      give();
      wakeUp();
    });
    // A worker that fails (or exits early) gives back what it held: the main thread analyses it.
    const fail = () => {
      waiting.unshift(...held.splice(0));
      waiting.sort((a, b) => a - b);
      wakeUp();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
    give();
    workers.push(worker);
  }

  const recognizer = core.recognizer;
  // As core.scan: the index is asked for notes and deals only.
  const index = new NoteIndex(recognizer, { entities: false });
  const notes: NoteAnalysis[] = [];
  const trace: ScanTrace = { threads: 1 + workers.length, notesByWorkers: 0, msAnalysing: 0, msTakingBack: 0, msTakingBackFromWorkers: 0, msWaiting: 0, msLinking: 0 };
  const clock = (field: 'msAnalysing' | 'msTakingBack' | 'msTakingBackFromWorkers' | 'msWaiting', since: number) => { trace[field] += performance.now() - since; };
  try {
    await index.batchAsync(async () => {
      for (let next = 0; next < chunks.length;) {
        const ready = done[next];
        const t0 = performance.now();
        if (ready) {
          // Taken back in the notes' order, as the sequential scan adds them.
          done[next] = undefined;
          if ('local' in ready) {
            for (const { analysis, candidates } of ready.local) notes.push(index.restore(analysis, candidates));
            clock('msTakingBack', t0);
          } else {
            const chunk = chunks[next]!;
            ready.records.forEach((record, i) => {
              if (record[3] === 0) record[3] = chunk[i]!.text;
              const note = decodeNote(record);
              if (!note) throw new Error(`a worker sent back an unreadable analysis of ${chunk[i]!.uri}`);
              notes.push(index.restore(note.analysis, note.candidates));
            });
            trace.notesByWorkers += chunk.length;
            clock('msTakingBackFromWorkers', t0);
          }
          next++;
        } else if (waiting.length) {
          // Nothing to take back yet: this thread analyses the next chunk nobody took, then lets the workers' answers in.
          const chunk = waiting.shift()!;
          done[chunk] = { local: chunks[chunk]!.map((doc) => analyseNote(doc, core)) };
          clock('msAnalysing', t0);
          await new Promise((resolve) => setImmediate(resolve));
        } else {
          await new Promise<void>((resolve) => { wake = resolve; });
          clock('msWaiting', t0);
        }
      }
    });
    const t0 = performance.now();
    const deals = index.deals();
    trace.msLinking = performance.now() - t0;
    return { notes, deals, trace };
  } finally {
    index.dispose();
    for (const worker of workers) {
      worker.removeAllListeners('exit');
      void worker.terminate();
    }
  }
}

function startWorker(script: string, init: WorkerInit): Worker {
  if (!script.endsWith('.ts')) return new Worker(script, { workerData: init });
  // From the sources (the tests run `node --import tsx src/cli/main.ts`): a worker does not get tsx's loader, so
  // it loads tsx's require hook first, from beside the script.
  const at = JSON.stringify(script);
  return new Worker(`const r = require('node:module').createRequire(${at}); r('tsx/cjs'); r(${at});`, { eval: true, workerData: init });
}

/** What NoteIndex.upsert computes for a note, before the index keeps it. */
function analyseNote(doc: NoteDocument, core: Core): { analysis: NoteAnalysis; candidates: DealCandidate[] } {
  const analysis = analyzeNote(doc, core.recognizer);
  return { analysis, candidates: extractDeals(analysis, core.recognizer.lexicon) };
}

/** True in a thread started by parallelScan. */
export function isScanWorker(): boolean {
  return !!parentPort && (workerData as Partial<WorkerInit> | undefined)?.userEntities !== undefined;
}

/** The worker's side: analyses each chunk it is sent and answers with its records. */
export function runScanWorker(): void {
  const port = parentPort!;
  const core = createCore({ userEntities: (workerData as WorkerInit).userEntities });
  port.on('message', ({ chunk, docs }: ChunkRequest) => {
    const records = docs.map((doc) => {
      const { analysis, candidates } = analyseNote(doc, core);
      const record = encodeNote({ stamp: { mtime: 0, size: 0 }, analysis, candidates });
      // The main thread has the text: not sent back when it is the one it sent.
      if (record[3] === doc.text) record[3] = 0;
      return record;
    });
    port.postMessage({ chunk, records } satisfies ChunkAnswer);
  });
}

/** The CPU time of the calling thread alone, in milliseconds (Linux: /proc), or undefined where it cannot be read. */
export function mainThreadCpuMs(): number | undefined {
  try {
    // The fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in ticks of 10 ms.
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
