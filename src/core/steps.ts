/**
 * Long work in steps. A core function that may run long on a large note is written as a generator that
 * yields between slices of its work; `runToEnd` runs it at once (CLI, tests), `runInSlices` runs it a
 * slice at a time and pauses between slices (the extension host, so no single task takes more than a few
 * tens of milliseconds).
 */
export type Steps<T> = Generator<void, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs `steps`, calling `pause` whenever `budgetMs` of work has been done since the last pause. */
export async function runInSlices<T>(steps: Steps<T>, pause: () => Promise<void>, budgetMs = 20, now: () => number = Date.now): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
}
