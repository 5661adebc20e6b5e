import type { TimeValue } from "../values/timeValue.js";
import { timeInterval } from "../values/timeInterval.js";
import type { WeekdayDirection } from "./dateLexicon.js";
import { requireLanguage } from "./language.js";
import { dayExists } from "./dateParts.js";
import { scanDates, type DateShape } from "./scanDates.js";
import { tokenize } from "./tokenize.js";

/**
 * A date found in a text: where it is (`start`, `end`, offsets in the text,
 * so that `text.slice(start, end) === words`), its words as written, and the
 * format-1 time value it means, when it can be told.
 */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly words: string;
  /** An ISO date of the precision written ("2024", "2024-09", "2024-09-17") or `{ from, to }`; absent when the date needs a reference that was not given. */
  readonly value?: TimeValue;
}

/** Options of {@link readDates}. */
export interface ReadDatesOptions {
  /**
   * The date the text was written, as an ISO date (`"2023-11-25"`, or a
   * date-time): a date without a year takes the most recent year that puts
   * it on or before this day, and a weekday or « hier » is counted from it.
   * Default: none, and such dates come without a value.
   */
  readonly reference?: string;
}

/**
 * Reads every date in a French or English text, left to right, with its
 * words and the format-1 time value it means.
 *
 * | words | value |
 * |---|---|
 * | « le mardi 17 septembre 2024 », « le 13 août 2023 », "on Tuesday, Sept. 17, 2024", "17 September 2024", "the 17th of September 2024", « 17/09/2024 », "2024-09-17" | the day: `"2024-09-17"` |
 * | « septembre 2024 », « en septembre 2024 », "September 2024" | the month: `"2024-09"` |
 * | « en 2015 », « début 2024 », "in 2015", "late 2023" | the year: `"2015"` |
 * | « du 22 au 27 juillet 2024 », « entre le 3 et le 5 mars », « les 3 et 4 mars », « dans la nuit du 3 au 4 mars », « 22-27 juillet », "from 3 to 5 March", "between March 3 and 5", "March 3-5", "on 3-5 March" | a span: `{ from: "2024-07-22", to: "2024-07-27" }` |
 * | « ce samedi 25 novembre », « 24 novembre », "September 17" | the day, in the year the reference gives |
 * | « début mars », « en mars », « mi-mars », "in March", "early March", "mid-March" | the month, in the year the reference gives |
 * | « vendredi », « ce samedi », « samedi soir », "on Tuesday", "Friday night" | the last such day on or before the reference |
 * | « vendredi dernier », "last Friday" / « samedi prochain », "next Saturday" | the last such day strictly before the reference / the first strictly after |
 * | « dans la nuit de jeudi à vendredi », "from Thursday to Friday" | a span of the two days, its start on or before the reference |
 * | « hier », « avant-hier », "yesterday" | the reference's day before, or two before |
 *
 * A date without a year takes the most recent year that puts it on or
 * before the reference (« 24 novembre » read on 2023-11-25 is 2023-11-24,
 * read on 2023-11-23 is 2022-11-24); a span, the most recent year that puts
 * its start there. Without a reference such dates are still returned, with
 * their words and no `value`, so that a caller knows a date was written.
 *
 * Not dates: numbers beside a unit or the things counted (« 120 mm », « 25
 * morts », « 25 ans »), references (« RN 16 », "T-72"), times (« 17h30 »), a
 * month alone without a lead ("March", « mars »: a verb, a planet), "may" and
 * "march" in lower case, « sept » without its dot, a year alone without a
 * lead (« 2023 morts »), and English numeric dates ("9/11"), which read one
 * way in London and another in New York.
 *
 * @param text - Any text: a sentence or an article.
 * @param lang - `"fr"` or `"en"` (a region such as `"fr-ML"` is ignored).
 * @param options - The `reference` day the text was written; see {@link ReadDatesOptions}.
 * @returns The dates in the order of the text; none overlap.
 * @throws RangeError when the language is not one the lexicon reads, or the reference is not an ISO date.
 *
 * @example
 * readDates("Ce samedi 25 novembre, du 22 au 24 novembre", "fr", { reference: "2023-11-26" })
 * //=> [
 * //   { start: 0, end: 21, words: "Ce samedi 25 novembre", value: "2023-11-25" },
 * //   { start: 23, end: 43, words: "du 22 au 24 novembre", value: { from: "2023-11-22", to: "2023-11-24" } },
 * // ]
 */
export function readDates(text: string, lang: string, options: ReadDatesOptions = {}): DateMention[] {
  const language = requireLanguage(lang, "readDates");
  const reference = options.reference === undefined ? undefined : referenceDay(options.reference);
  const source = String(text);
  const tokens = tokenize(source, language);
  return scanDates(tokens, language).map((match) => {
    const start = tokens[match.start]!.start;
    const end = tokens[match.end - 1]!.end;
    const value = timeValueOf(match, reference);
    return { start, end, words: source.slice(start, end), ...(value === undefined ? {} : { value }) };
  });
}

/** A calendar day. */
interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

type ShapeOf<K extends DateShape["kind"]> = Extract<DateShape, { kind: K }>;

/** The value of each shape of date, when it can be told. */
const VALUES: { readonly [K in DateShape["kind"]]: (shape: ShapeOf<K>, reference: Day | undefined) => TimeValue | undefined } = {
  date: ({ parts: { year, month, day } }, reference) => {
    if (year !== undefined) return iso({ year, month, day });
    const resolved = reference && month !== undefined ? mostRecentYear(month, day, reference) : undefined;
    return resolved === undefined ? undefined : iso({ year: resolved, month, day });
  },
  span: ({ from, to }, reference) => {
    if (from.year !== undefined && to.year !== undefined) return { from: iso({ ...from, year: from.year }), to: iso({ ...to, year: to.year }) };
    const fromYear = reference && mostRecentYear(from.month, from.day, reference);
    if (fromYear === undefined) return undefined;
    const toYear = fromYear + (to.month < from.month ? 1 : 0);
    return dayExists(to.day, to.month, toYear) ? { from: iso({ ...from, year: fromYear }), to: iso({ ...to, year: toYear }) } : undefined;
  },
  weekday: ({ weekday, direction }, reference) => reference && iso(weekdayFrom(reference, weekday, direction)),
  weekdays: ({ from, to }, reference) => {
    if (reference === undefined) return undefined;
    const start = weekdayFrom(reference, from, "onOrBefore");
    return { from: iso(start), to: iso(addDays(start, (to - from + 7) % 7 || 7)) };
  },
  relative: ({ days }, reference) => reference && iso(addDays(reference, days)),
};

function timeValueOf<K extends DateShape["kind"]>(shape: ShapeOf<K>, reference: Day | undefined): TimeValue | undefined {
  return VALUES[shape.kind](shape, reference);
}

/** How far a weekday lies from the reference, given how far back (`back`, 0–6) and ahead (`ahead`, 0–6) the nearest one is. */
const WEEKDAY_OFFSETS: Record<WeekdayDirection, (back: number, ahead: number) => number> = {
  onOrBefore: (back) => -back,
  before: (back) => -(back || 7),
  after: (_back, ahead) => ahead || 7,
};

function weekdayFrom(reference: Day, weekday: number, direction: WeekdayDirection): Day {
  const today = new Date(Date.UTC(reference.year, reference.month - 1, reference.day)).getUTCDay();
  return addDays(reference, WEEKDAY_OFFSETS[direction]((today - weekday + 7) % 7, (weekday - today + 7) % 7));
}

/** The most recent year, at most eight back, in which the month (and day) exists and falls on or before the reference. */
function mostRecentYear(month: number, day: number | undefined, reference: Day): number | undefined {
  for (let year = reference.year; year > reference.year - 8; year -= 1) {
    if (day !== undefined && !dayExists(day, month, year)) continue;
    if (year < reference.year || month < reference.month || (month === reference.month && (day ?? 1) <= reference.day)) return year;
  }
  return undefined;
}

function addDays({ year, month, day }: Day, days: number): Day {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/** An ISO date of the precision given: "2024", "2024-09", "2024-09-17". */
function iso({ year, month, day }: { readonly year: number; readonly month?: number | undefined; readonly day?: number | undefined }): string {
  if (month === undefined) return pad(year, 4);
  return day === undefined ? `${pad(year, 4)}-${pad(month, 2)}` : `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The reference as a day; misuse is an error, not a silent guess. */
function referenceDay(reference: string): Day {
  const text = String(reference);
  const isoDay = text.length >= 10 && text[4] === "-" && text[7] === "-" && (text.length === 10 || text[10] === "T") && timeInterval(text) !== undefined;
  if (!isoDay) {
    throw new RangeError(`readDates: the reference must be an ISO date such as "2023-11-25" (the day the text was written), not ${JSON.stringify(reference)}`);
  }
  return { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) };
}
