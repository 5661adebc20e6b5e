import type { Interval } from "../values/interval.js";

/** A position as the joint check sees it: its interval (when it has one) and whether it is negated. */
export interface IntervalPosition {
  readonly interval: Interval | undefined;
  readonly not: boolean;
}

/**
 * The sets of positions that hold two by two but not all at once, for values
 * read as intervals (quantities, times). Intervals that overlap two by two
 * share a common part (on a line, Helly's theorem), so a set of asserted
 * intervals fails together only when that common part is denied: the
 * intersection of two asserted intervals that a negated interval covers,
 * though it covers neither of them — `{ min: 40, max: 50 }`, `{ min: 50,
 * max: 60 }` and "not 50" leave no figure.
 *
 * Every failing set is named by the two asserted positions whose
 * intersection is denied and the negation that denies it, so the sets found
 * grow with the pairs of overlapping positions a negation touches, and there
 * are none when nothing is negated.
 *
 * @param positions - The positions of one question.
 * @returns Sets of position indexes (three each), sorted.
 */
export function intervalsTogether(positions: readonly IntervalPosition[]): number[][] {
  const negated = positions.flatMap((p, i) => (p.not && p.interval ? [{ i, interval: p.interval }] : []));
  if (negated.length === 0) return [];
  const asserted = positions.flatMap((p, i) => (!p.not && p.interval ? [{ i, interval: p.interval }] : []));
  const found: number[][] = [];
  for (let x = 0; x < asserted.length; x++) {
    for (let y = x + 1; y < asserted.length; y++) {
      const a = asserted[x]!;
      const b = asserted[y]!;
      const low = Math.max(a.interval.low, b.interval.low);
      const high = Math.min(a.interval.high, b.interval.high);
      if (low > high) continue;
      for (const n of negated) {
        const covers = (i: Interval) => n.interval.low <= i.low && i.high <= n.interval.high;
        if (covers({ low, high }) && !covers(a.interval) && !covers(b.interval)) found.push([a.i, b.i, n.i].sort((p, q) => p - q));
      }
    }
  }
  return found;
}
