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
