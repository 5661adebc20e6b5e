import * as z from "zod";
import type { Interval } from "./interval.js";
import { rangeInterval, timeInterval } from "./timeInterval.js";

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
