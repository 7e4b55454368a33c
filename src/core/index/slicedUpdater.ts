/**
 * Applies work to the NoteIndex a slice at a time (see steps.ts), pausing whenever the current slice has used
 * its budget, so the host (the extension host, or any event loop) stays responsive however long the note or
 * the workspace. Updates are applied in order, one at a time: the last edit of a note always wins.
 */
import type { NoteDocument } from '../types';
import type { NoteIndex } from './noteIndex';
import type { Steps } from '../steps';

/** Work done between two pauses, in milliseconds. */
export const SLICE_MS = 25;

export interface SliceClock {
  now(): number;
  /** Lets the host run its other tasks (a macrotask: `setTimeout(0)` in the extension host). */
  pause(): Promise<void>;
}

export const hostClock: SliceClock = {
  now: () => Date.now(),
  pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
};

export class SlicedUpdater {
  private sliceStart: number;
  private queue: Promise<unknown> = Promise.resolve();
  private lastSettle = Number.NEGATIVE_INFINITY;
  /** Notes actually analysed (not unchanged ones): what a warm start must keep at zero. */
  analysed = 0;

  constructor(private readonly index: NoteIndex, private readonly budgetMs = SLICE_MS, private readonly clock: SliceClock = hostClock) {
    this.sliceStart = clock.now();
  }

  /**
   * Updates a note, in turn; when its turn comes, only if `current()` still holds (the read it comes from was
   * not overtaken by a newer read, a deletion or a rename of the note meanwhile).
   */
  apply(doc: NoteDocument, current: () => boolean = () => true): Promise<void> {
    return this.enqueue((function* (self: SlicedUpdater) {
      if (!current()) return;
      const before = self.index.get(doc.uri);
      const after = yield* self.index.upsertSteps(doc);
      if (after !== before) self.analysed++;
    })(this));
  }

  /** Re-links deals and summarises entities now, in slices, so that the views' next queries are cheap. */
  settle(): Promise<void> {
    this.lastSettle = this.clock.now();
    return this.enqueue(this.index.settleSteps());
  }

  /** Settles when the last settle is older than `ms` (during a long scan). */
  settleEvery(ms: number): Promise<void> {
    return this.clock.now() - this.lastSettle >= ms ? this.settle() : Promise.resolve();
  }

  /** Pauses if the current slice is used up: for loops of small synchronous steps outside the index. */
  tick(): Promise<void> {
    if (this.clock.now() - this.sliceStart < this.budgetMs) return Promise.resolve();
    return this.clock.pause().then(() => {
      this.sliceStart = this.clock.now();
    });
  }

  private enqueue(steps: Steps<unknown>): Promise<void> {
    const run = this.queue.then(async () => {
      for (let r = steps.next(); !r.done; r = steps.next()) await this.tick();
      await this.tick();
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
