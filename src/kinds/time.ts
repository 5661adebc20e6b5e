import * as z from "zod";
import { overlaps, within, type Interval } from "./interval.js";
import { defineKind, wholeValue, type Canonical } from "./kindDefinition.js";
import { rangeInterval, timeInterval } from "./timeInterval.js";
import { intervalsTogether } from "./jointIntervals.js";

/**
 * A time value: an ISO 8601 date or date-time of any precision, or a
 * `{ from, to }` range (DESIGN §2).
 *
 * @example
 * TimeValueSchema.parse({ from: "2023-11-24T14:00", to: "2023-11-24T18:00" })
 * //=> { from: "2023-11-24T14:00", to: "2023-11-24T18:00" }
 */
export const TimeValueSchema = z.union([
  z.string().refine((text) => timeInterval(text) !== undefined, {
    message: "not an ISO 8601 date or date-time",
    params: { contested: "not-a-date" },
  }),
  z.strictObject({ from: z.string(), to: z.string() }).refine((range) => rangeInterval(range) !== undefined, {
    message: "not a range of ISO 8601 dates whose `to` does not end before `from` starts",
    params: { contested: "inverted-dates" },
  }),
]);

/** A time value, as {@link TimeValueSchema} checks it. */
export type TimeValue = z.infer<typeof TimeValueSchema>;

/**
 * The interval a checked time value covers.
 *
 * @example
 * timeValueInterval("2023")
 * //=> { low: 1672531200000, high: 1704067199999 }
 */
export function timeValueInterval(value: TimeValue): Interval {
  const interval = typeof value === "string" ? timeInterval(value) : rangeInterval(value);
  if (!interval) throw new TypeError(`not a checked time value: ${JSON.stringify(value)}`);
  return interval;
}

/** The canonical form of each date already met (frozen, so it is safely shared). */
const canonicalDates = new Map<string, Canonical<Interval>>();
const CANONICAL_DATES_KEPT = 4096;

/** Times compare as intervals: they can both hold when they overlap. */
export const timeKind = defineKind<TimeValue, Interval>({
  schema: TimeValueSchema,
  canonical(value) {
    const known = typeof value === "string" ? canonicalDates.get(value) : undefined;
    if (known !== undefined) return known;
    const interval = timeValueInterval(value);
    const canonical = Object.freeze({
      key: typeof value === "string" ? value : `${value.from}/${value.to}`,
      value,
      data: interval,
      interval,
      range: Object.freeze({ low: new Date(interval.low).toISOString(), high: new Date(interval.high).toISOString() }),
    });
    if (typeof value === "string") {
      // Bounded, like the dates read: thousands of claims give the same few dates.
      if (canonicalDates.size >= CANONICAL_DATES_KEPT) canonicalDates.clear();
      canonicalDates.set(value, canonical);
    }
    return canonical;
  },
  check: () => [],
  compare: (a, b) => (overlaps(a, b) ? "compatible" : "disjoint"),
  contradictsNegation: (asserted, negated) => within(asserted, negated),
  facts: wholeValue,
  answers: () => true,
  together: (positions) => intervalsTogether(positions.map((p) => ({ interval: p.canonical.data, not: p.not }))),
  describe: (value, { messages }) => (typeof value === "string" ? messages.quote(value) : `${value.from}/${value.to}`),
});
