/**
 * Runs a listener after index changes, at most once per `minMs` and never more often than its own cost
 * allows (the gap grows to four times the last run's duration): deals and entities are recomputed for
 * the whole workspace after a change, so a view must not ask for them after each of 10,000 notes of a scan.
 * A change after a quiet period is shown at once (the gap is counted from the last run, not from the
 * change): a warm start's snapshot of every deal is one change, and the views show it without waiting.
 * Before the listener runs, what the changes left to re-link and summarise is done in slices (settleSteps),
 * so that the views' queries only read: re-linking a large workspace in one go blocked the host for ~0.8 s.
 */
import type * as vscode from 'vscode';
import type { NoteIndex } from '../core/index/noteIndex';
import { SLICE_MS } from '../core/index/slicedUpdater';
import { runInSlices } from '../core/steps';

export function onIndexSettled(index: NoteIndex, listener: () => void, minMs = 150): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCost = 0;
  let lastRun = Number.NEGATIVE_INFINITY;
  let disposed = false;
  const run = async () => {
    await runInSlices(index.settleSteps(), () => new Promise((resolve) => setTimeout(resolve, 0)), SLICE_MS);
    timer = undefined;
    if (disposed) return;
    const t0 = Date.now();
    listener();
    lastRun = Date.now();
    lastCost = lastRun - t0;
  };
  const sub = index.onDidChange(() => {
    timer ??= setTimeout(() => void run(), Math.max(0, lastRun + Math.max(minMs, lastCost * 4) - Date.now()));
  });
  return {
    dispose: () => {
      disposed = true;
      clearTimeout(timer);
      sub.dispose();
    },
  };
}
