import { overlaps, within, type Interval } from "../values/interval.js";
import { defineKind, wholeValue, type Canonical } from "./kindDefinition.js";
import { TimeValueSchema, timeValueInterval, type TimeValue } from "../values/timeValue.js";
import { intervalsTogether } from "./jointIntervals.js";

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
