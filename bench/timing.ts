/*
 * How the benchmarks time a run: on a shared, loaded machine a figure means
 * something only beside another measured in the same run (JSON.parse of the
 * same text, most often), so these give milliseconds per run, to be divided.
 */

/**
 * Milliseconds per run, the mean of `repeat` runs, after one run to warm up
 * (left out with `warmUp: false`, for a case too costly to run twice).
 */
export function meanTime(run: () => unknown, repeat: number, warmUp = true): number {
  if (warmUp) run();
  const start = performance.now();
  for (let i = 0; i < repeat; i++) run();
  return (performance.now() - start) / repeat;
}

/** Milliseconds per run, the fastest of `repeat` runs after one to warm up: the least disturbed by the machine's other work. */
export function bestTime(run: () => unknown, repeat: number): number {
  run();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Milliseconds per run, doubling the runs until together they take `budgetMs` at least: for runs from microseconds to seconds. */
export function timeWithin(run: () => unknown, budgetMs: number): number {
  run();
  for (let repeat = 1; ; repeat *= 2) {
    const start = performance.now();
    for (let i = 0; i < repeat; i++) run();
    const elapsed = performance.now() - start;
    if (elapsed > budgetMs) return elapsed / repeat;
  }
}

/**
 * Milliseconds per run of each of several runs, timed in turn round after
 * round and the fastest kept for each: a burst of load on the machine then
 * slows every one of them alike, or none, and their ratios hold.
 */
export function interleavedBestTimes<K extends string>(runs: Readonly<Record<K, () => unknown>>, rounds: number): Record<K, number> {
  const names = Object.keys(runs) as K[];
  for (const name of names) runs[name]();
  const best = Object.fromEntries(names.map((name) => [name, Number.POSITIVE_INFINITY])) as Record<K, number>;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const start = performance.now();
      runs[name]();
      best[name] = Math.min(best[name], performance.now() - start);
    }
  }
  return best;
}

/** Bytes of heap a value holds, measured between two full collections when the run has `--expose-gc`; `undefined` without it. */
export function heapHeldBy<T>(make: () => T): { readonly value: T; readonly bytes: number | undefined } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const value = make();
  gc?.();
  const bytes = gc === undefined ? undefined : process.memoryUsage().heapUsed - before;
  return { value, bytes };
}
