/**
 * Views that follow the active note (Backlinks, Related Notes): they retarget when the editor changes and
 * refresh, throttled, when the index changes; while focus is in a view they keep the last note.
 */
import * as vscode from 'vscode';
import type { Services } from './index';
import { onIndexSettled } from './throttle';

/** The note the views follow: the active editor's, when it is a note. */
export function activeNoteUri(services: Services): string | undefined {
  const doc = vscode.window.activeTextEditor?.document;
  return doc && services.notes.isNote(doc.uri) ? doc.uri.toString() : undefined;
}

export interface NoteFollower {
  readonly target: string | undefined;
  setTarget(uri: string): void;
  refresh(): void;
}

/** Keeps `provider` and its view on the active note; `emptyMessage` shows while no note is open. */
export function followActiveNote(services: Services, view: vscode.TreeView<unknown>, provider: NoteFollower, emptyMessage: () => string): vscode.Disposable {
  const follow = () => {
    const uri = activeNoteUri(services);
    if (uri && uri !== provider.target) provider.setTarget(uri);
    view.description = provider.target ? services.notes.index.get(provider.target)?.title : undefined;
    view.message = provider.target ? undefined : emptyMessage();
  };
  follow();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(follow),
    onIndexSettled(services.notes.index, () => {
      provider.refresh();
      follow();
    }, 300),
  );
}
