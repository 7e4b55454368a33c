/**
 * Runs a listener after index changes, at most once per `minMs` and never more often than its own cost
 * allows (the delay grows to four times the last run's duration): deals and entities are recomputed for
 * the whole workspace after a change, so a view must not ask for them after each of 10,000 notes of a scan.
 */
import type * as vscode from 'vscode';
import type { NoteIndex } from '../core/index/noteIndex';

export function onIndexSettled(index: NoteIndex, listener: () => void, minMs = 150): vscode.Disposable {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastCost = 0;
  const run = () => {
    timer = undefined;
    const t0 = Date.now();
    listener();
    lastCost = Date.now() - t0;
  };
  const sub = index.onDidChange(() => {
    timer ??= setTimeout(run, Math.max(minMs, lastCost * 4));
  });
  return {
    dispose: () => {
      clearTimeout(timer);
      sub.dispose();
    },
  };
}
