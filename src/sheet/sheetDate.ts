import { timeInterval } from "../values/timeInterval.js";
import type { SheetIssueParams } from "./sheetIssue.js";

/**
 * The order of the day and the month in a date a spreadsheet wrote with
 * slashes, dots or hyphens: `"day-first"` as a French, British or any
 * European spreadsheet writes it (`24/11/2023`), `"month-first"` as a US
 * one does (`11/24/2023`).
 */
export type DateOrder = "day-first" | "month-first";

/** How a date cell that was not ISO 8601 was read: in one order of {@link DateOrder}, or as an Excel serial day (`45254`). */
export type DateForm = DateOrder | "excel-serial";

/** A date cell a spreadsheet wrote in its own form, read as the ISO 8601 date the incident keeps. */
export interface SheetDate {
  /** The row, as the spreadsheet numbers it (the header is row 1). */
  readonly row: number;
  /** `said`, `when`, `value` (a time facet's) or `date` (a source's). */
  readonly column: "said" | "when" | "value" | "date";
  /** The date as the cell wrote it (one side of a span). */
  readonly written: string;
  /** The ISO 8601 date or date-time it was read as. */
  readonly iso: string;
  readonly form: DateForm;
}

/** What is wrong with a date written in a spreadsheet's form, as a sheet issue's code and params. */
export type DateProblem = {
  readonly [C in "ambiguous-date" | "short-year" | "impossible-date"]: { readonly code: C; readonly params: SheetIssueParams[C] };
}["ambiguous-date" | "short-year" | "impossible-date"];

/** One date in a spreadsheet's form: its ISO reading, or what keeps it from having one. */
type Reading = { readonly iso: string; readonly form: DateForm } | { readonly problem: DateProblem };

/** `24/11/2023`, `24.11.2023`, `24-11-2023`, each with an optional ` 14:00` or ` 14:00:05` (or `T14:00`). */
const SLASHED = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:(?:\s+|T)(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/u;
/** A day as Excel counts them (1900 system), with an optional fraction of a day; a decimal comma as a French Excel writes it. */
const SERIAL = /^(\d{5})(?:[.,](\d+))?$/u;
/** The serials read as dates: 20000 is 3 October 1954, 79999 is 10 January 2119. Outside, a five-digit number is more likely a mistake. */
const SERIAL_RANGE = { low: 20000, high: 80000 } as const;
/** Excel's day 0 once past its fictitious 29 February 1900 (serial 60), as every serial of the range is. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The days of a month of the proleptic Gregorian calendar, as ISO 8601 counts them (Date.UTC would take the year 0024 for 1924). */
function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The ISO date of a day, month and year, or `undefined` when the calendar has no such day. */
function isoDay(year: number, month: number, day: number): string | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` : undefined;
}

function readSlashed(match: RegExpMatchArray, received: string, order: DateOrder | undefined): Reading {
  const [, a, , b, y, h, mi, s] = match;
  if (y!.length === 2) return { problem: { code: "short-year", params: { received } } };
  const year = Number(y);
  const [first, second] = [Number(a), Number(b)];
  const time = h === undefined ? "" : `T${pad(Number(h))}:${mi}${s === undefined ? "" : `:${s}`}`;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return { problem: { code: "impossible-date", params: { received } } };
  const dayFirst = isoDay(year, second, first);
  const monthFirst = isoDay(year, first, second);
  if (dayFirst === undefined && monthFirst === undefined) return { problem: { code: "impossible-date", params: { received } } };
  if (dayFirst !== undefined && monthFirst !== undefined && dayFirst !== monthFirst && order === undefined) {
    return { problem: { code: "ambiguous-date", params: { received, dayFirst: `${dayFirst}${time}`, monthFirst: `${monthFirst}${time}` } } };
  }
  // The sheet's order when both readings are dates; else the only reading there is, whatever the sheet's order.
  const form: DateOrder = dayFirst === undefined ? "month-first" : monthFirst === undefined ? "day-first" : (order ?? "day-first");
  return { iso: `${form === "day-first" ? dayFirst : monthFirst}${time}`, form };
}

function readSerial(match: RegExpMatchArray): Reading | undefined {
  const [, whole, fraction] = match;
  const days = Number(whole);
  if (days < SERIAL_RANGE.low || days >= SERIAL_RANGE.high) return undefined;
  const seconds = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 86_400);
  const at = new Date(EXCEL_EPOCH + days * DAY_MS + seconds * 1000);
  const date = `${pad(at.getUTCFullYear(), 4)}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
  if (fraction === undefined) return { iso: date, form: "excel-serial" };
  const time = `T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}${at.getUTCSeconds() === 0 ? "" : `:${pad(at.getUTCSeconds())}`}`;
  return { iso: `${date}${time}`, form: "excel-serial" };
}

/**
 * One date as a spreadsheet writes it, read as ISO 8601 — or `undefined`
 * when the text is in no spreadsheet form (ISO, or anything else, which the
 * incident's checks then judge as written).
 */
function readOne(text: string, order: DateOrder | undefined): Reading | undefined {
  const slashed = text.match(SLASHED);
  if (slashed) return readSlashed(slashed, text, order);
  const serial = text.match(SERIAL);
  return serial ? readSerial(serial) : undefined;
}

/** What a date cell says: the value for the document, the dates read from a spreadsheet's form, and the problems. */
export interface DateCell {
  /** An ISO date, a `{ from, to }` span, or the cell as written when it is in no form a date is read from. */
  readonly value: string | { readonly from: string; readonly to: string };
  readonly read: readonly Omit<SheetDate, "row" | "column">[];
  readonly problems: readonly DateProblem[];
}

/** Where a span's two dates may be parted: ISO 8601's `/`, a dash, or « au » / "to" between spaces (the sides are trimmed). */
const SPAN_SEPARATORS = /\/|[-–—]|\s(?:au|to)\s/gu;

/**
 * A date cell of a claims sheet, read as ISO 8601: an ISO date as it is;
 * `dd/mm/yyyy` (or with dots or hyphens, and an optional ` hh:mm` or
 * ` hh:mm:ss`) in the sheet's order, or in the only order in which it is a
 * date; an Excel serial day (`45254`, `45254.5833`) from 20000 to
 * 79999. With `span`, two such dates parted by `/`, a dash, « au » or "to"
 * are a `{ from, to }` span. A date that two orders read as two days
 * (`03/04/2024` in a sheet that tells no order), has a two-digit year or is
 * no day of the calendar (`31/02/2024`) is a problem, so that its row is
 * left out rather than read wrong.
 */
export function readDateCell(text: string, order: DateOrder | undefined, span: boolean): DateCell {
  const read: Omit<SheetDate, "row" | "column">[] = [];
  const problems: DateProblem[] = [];
  /** A date's ISO form, noting what was read; `undefined` when it is in no date form at all. */
  const one = (part: string): string | undefined => {
    const reading = readOne(part, order);
    if (reading === undefined) return timeInterval(part) === undefined ? undefined : part;
    if ("problem" in reading) {
      problems.push(reading.problem);
      return part;
    }
    read.push({ written: part, iso: reading.iso, form: reading.form });
    return reading.iso;
  };
  const whole = one(text);
  if (whole !== undefined || !span) return { value: whole ?? text, read, problems };
  for (const separator of text.matchAll(SPAN_SEPARATORS)) {
    const [left, right] = [text.slice(0, separator.index).trim(), text.slice(separator.index + separator[0].length).trim()];
    if (left === "" || right === "") continue;
    read.length = 0;
    problems.length = 0;
    const [from, to] = [one(left), one(right)];
    if (from !== undefined && to !== undefined) return { value: { from, to }, read, problems };
  }
  read.length = 0;
  problems.length = 0;
  // Not two dates: a span as ISO 8601 writes it is still split at its one "/", for the incident's checks to judge each side.
  const [from, to, ...rest] = text.split("/");
  return { value: to !== undefined && rest.length === 0 ? { from: from!.trim(), to: to.trim() } : text, read, problems };
}
