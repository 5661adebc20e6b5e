/**
 * A closed interval of numbers, `high` possibly `Infinity` (open-ended
 * quantities). Times use the same shape with half-open millisecond bounds,
 * expressed as closed bounds one millisecond short of the end.
 */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Whether two closed intervals share at least one point. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** Whether `inner` lies entirely inside `outer` (bounds included). */
export function within(inner: Interval, outer: Interval): boolean {
  return inner.low >= outer.low && inner.high <= outer.high;
}
