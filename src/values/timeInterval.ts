import type { Interval } from "./interval.js";

/**
 * ISO 8601 dates and date-times of any precision: a year, a month, a day, an
 * hour, minutes, seconds or fractions, with an optional `Z` or `±hh:mm`.
 */
const ISO_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/**
 * The span of time an ISO 8601 date or date-time covers, as a closed interval
 * of milliseconds since the epoch, or `undefined` when the text is not a real
 * date (`"2023-02-30"`, `"2023-13"`, `"24/11/2023"`).
 *
 * A value covers its whole precision: `"2023-11"` is the whole month,
 * `"2023-11-24T17:00"` the whole minute. Without an offset a time is read as
 * UTC: sources rarely give a zone, and reading every zone-less time the same
 * way keeps comparisons within an incident consistent.
 *
 * @param text - An ISO 8601 date or date-time.
 * @returns The interval it covers, or `undefined`.
 *
 * @example
 * timeInterval("2023-11-24")
 * //=> { low: 1700784000000, high: 1700870399999 }
 */
export function timeInterval(text: string): Interval | undefined {
  const known = readDates.get(text);
  if (known !== undefined) return known ?? undefined;
  const interval = readTime(text);
  // Bounded: a document of a million distinct dates cannot make it grow without end.
  if (readDates.size >= READ_DATES_KEPT) readDates.clear();
  readDates.set(text, interval === undefined ? null : Object.freeze(interval));
  return interval;
}

/**
 * Dates already read, and what they cover (`null` for text that is no date).
 * An incident says the same few dates on thousands of claims; each is read
 * once. The intervals are frozen, so sharing them is safe.
 */
const readDates = new Map<string, Interval | null>();
const READ_DATES_KEPT = 4096;

function readTime(text: string): Interval | undefined {
  const match = ISO_TIME.exec(text);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = match;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  const hour = h === undefined ? undefined : Number(h);
  const minute = mi === undefined ? undefined : Number(mi);
  const second = s === undefined ? undefined : Number(s);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month ?? 1))) return undefined;
  if (hour !== undefined && hour > 23) return undefined;
  if (minute !== undefined && minute > 59) return undefined;
  if (second !== undefined && second > 59) return undefined;

  const fractionMs = frac === undefined ? 0 : Number(`0.${frac}`) * 1000;
  const start = utc(year, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0) + fractionMs;
  const end =
    frac !== undefined
      ? start + 10 ** (3 - frac.length)
      : second !== undefined
        ? start + 1000
        : minute !== undefined
          ? start + 60_000
          : hour !== undefined
            ? start + 3_600_000
            : day !== undefined
              ? utc(year, (month ?? 1) - 1, day + 1)
              : month !== undefined
                ? utc(year, month, 1)
                : utc(year + 1, 0, 1);
  const offset = zone === undefined || zone === "Z" ? 0 : zoneOffsetMs(zone);
  return { low: start - offset, high: Math.max(start, end - 1) - offset };
}

/**
 * The span of a `{ from, to }` range: from the start of `from` to the end of
 * `to`, or `undefined` when either end is not a date or `to` ends before
 * `from` starts.
 *
 * @example
 * rangeInterval({ from: "2023-11-24", to: "2023-11-25" })
 * //=> { low: 1700784000000, high: 1700956799999 }
 */
export function rangeInterval(range: { readonly from: string; readonly to: string }): Interval | undefined {
  const from = timeInterval(range.from);
  const to = timeInterval(range.to);
  if (!from || !to || to.high < from.low) return undefined;
  return { low: from.low, high: to.high };
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/**
 * `Date.UTC` for every year of ISO 8601's four digits: `Date.UTC` reads the
 * years 0 to 99 as 1900 to 1999, so « 0050 » would be a date of 1950 and
 * 29 February 0004 no day at all; `setUTCFullYear` takes the year as given.
 */
function utc(year: number, monthIndex: number, day = 1, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

function zoneOffsetMs(zone: string): number {
  const sign = zone.startsWith("-") ? -1 : 1;
  const hours = Number(zone.slice(1, 3));
  const minutes = Number(zone.slice(4, 6));
  return sign * (hours * 60 + minutes) * 60_000;
}
