/**
 * Runs a listener after index changes, at most once per `minMs` and never more often than its own cost
 * allows (the delay grows to four times the last run's duration): deals and entities are recomputed for
 * the whole workspace after a change, so a view must not ask for them after each of 10,000 notes of a scan.
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
  let disposed = false;
  const run = async () => {
    await runInSlices(index.settleSteps(), () => new Promise((resolve) => setTimeout(resolve, 0)), SLICE_MS);
    timer = undefined;
    if (disposed) return;
    const t0 = Date.now();
    listener();
    lastCost = Date.now() - t0;
  };
  const sub = index.onDidChange(() => {
    timer ??= setTimeout(() => void run(), Math.max(minMs, lastCost * 4));
  });
  return {
    dispose: () => {
      disposed = true;
      clearTimeout(timer);
      sub.dispose();
    },
  };
}
