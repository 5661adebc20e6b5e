import { CLOSER_ARTICLES, DATE_LEADS, RELATIVE_DAYS, SPAN_JOINERS, type DateLead, type WeekdayDirection } from "./dateLexicon.js";
import { afterDayPart, dayExists, readPart, weekdayAlone, word, type DateParts, type Part } from "./dateParts.js";
import { perLanguage, type LexiconLanguage } from "./language.js";
import { PatternTable } from "./phrasePattern.js";
import type { Token } from "./tokenize.js";

/** One end of a span of days; its year when written at either end. */
export interface SpanEnd {
  readonly day: number;
  readonly month: number;
  readonly year?: number;
}

/**
 * What a date says: a day, month or year (`date`, always with a month or a
 * year); a span of days; a weekday alone, and where it lies from the
 * reference; a span of weekdays (« de jeudi à vendredi »); a day counted
 * from the reference (« hier » is -1).
 */
export type DateShape =
  | { readonly kind: "date"; readonly parts: Omit<DateParts, "weekday"> }
  | { readonly kind: "span"; readonly from: SpanEnd; readonly to: SpanEnd }
  | { readonly kind: "weekday"; readonly weekday: number; readonly direction: WeekdayDirection }
  | { readonly kind: "weekdays"; readonly from: number; readonly to: number }
  | { readonly kind: "relative"; readonly days: number };

/** A date found in a token list, with the tokens it spans (`end` exclusive). */
export type DateMatch = { readonly start: number; readonly end: number } & DateShape;

/**
 * Every date in a token list, left to right, each read once: the dates
 * {@link readDates} returns, and the tokens {@link scanQuantities} skips, so
 * that « du 22 au 27 juillet » is never a count of 22. Each token is tried
 * against a bounded number of forms, so scanning is linear in the tokens.
 */
export function scanDates(tokens: readonly Token[], lang: LexiconLanguage): DateMatch[] {
  const found: DateMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const read = dateAt(tokens, i, lang);
    if (read) {
      found.push({ ...read, start: i });
      i = read.end;
    } else i += 1;
  }
  return found;
}

const tablesFor = perLanguage((lang) => ({ leads: new PatternTable(DATE_LEADS[lang]), relative: new PatternTable(RELATIVE_DAYS[lang]) }));

type Read = DateShape & { readonly end: number };

function dateAt(tokens: readonly Token[], i: number, lang: LexiconLanguage): Read | undefined {
  const { leads, relative } = tablesFor(lang);
  const named = relative.longestAt(tokens, i);
  if (named) return { kind: "relative", days: named.data, end: afterDayPart(tokens, named.end, lang) };
  const lead = leads.longestAt(tokens, i);
  return (lead && afterLead(tokens, lead.end, lang, lead.data)) ?? single(tokens, i, lang, undefined);
}

/** A span the lead opens (« du 22 au 27 juillet », "between March 3 and 5"), else a single date after it. */
function afterLead(tokens: readonly Token[], at: number, lang: LexiconLanguage, lead: DateLead): Read | undefined {
  if (lead.closers) {
    const first = readPart(tokens, at, lang);
    const closer = first && tokens[first.end];
    if (first && closer && lead.closers.includes(closer.folded)) {
      const next = first.end + 1;
      const second = readPart(tokens, CLOSER_ARTICLES[lang].has(word(tokens[next]) ?? "") ? next + 1 : next, lang);
      const span = second && joinSpan(first, second, true);
      if (span) return { ...span, end: second.end };
    }
    if (!lead.alone) return undefined;
  }
  return single(tokens, at, lang, lead);
}

/** One date, or a span joined without a lead (« 22-27 juillet », "March 3-5"), or a weekday alone. */
function single(tokens: readonly Token[], at: number, lang: LexiconLanguage, lead: DateLead | undefined): Read | undefined {
  const part = readPart(tokens, at, lang);
  const beforeDay = lead === undefined || lead.before === "day";
  if (part?.day !== undefined && beforeDay) {
    const joiner = tokens[part.end];
    const second = joiner && SPAN_JOINERS[lang].has(joiner.folded) ? readPart(tokens, part.end + 1, lang) : undefined;
    const span = second && joinSpan(part, second, false);
    if (span) return { ...span, end: second.end };
    if (part.month !== undefined) return { kind: "date", parts: calendarParts(part), end: part.end };
  }
  if (part !== undefined && part.day === undefined && part.weekday === undefined) {
    const period = lead?.before === "period" || (lead === undefined && (part.mid === true || (part.month !== undefined && part.year !== undefined)));
    if (period) return { kind: "date", parts: calendarParts(part), end: part.end };
  }
  const weekday = beforeDay ? weekdayAlone(tokens, at, lang) : undefined;
  if (weekday === undefined) return undefined;
  return { kind: "weekday", weekday: weekday.weekday, direction: lead?.weekday ?? weekday.direction ?? "onOrBefore", end: weekday.end };
}

const calendarParts = ({ day, month, year }: Part): Omit<DateParts, "weekday"> => ({
  ...(day === undefined ? {} : { day }),
  ...(month === undefined ? {} : { month }),
  ...(year === undefined ? {} : { year }),
});

/**
 * The two ends of a span, each filled from the other: the month of « du 22
 * au 27 juillet » comes from its end, that of "March 3-5" from its start, and
 * a year written at one end is the other's too, one apart when the span
 * crosses the new year (« du 28 décembre au 3 janvier 2024 »). Two weekdays
 * make a span only after a lead (« dans la nuit de jeudi à vendredi »).
 */
function joinSpan(first: Part, second: Part, opened: boolean): Extract<DateShape, { kind: "span" | "weekdays" }> | undefined {
  if (first.day === undefined && second.day === undefined && first.weekday !== undefined && second.weekday !== undefined) {
    return opened ? { kind: "weekdays", from: first.weekday, to: second.weekday } : undefined;
  }
  if (first.day === undefined || second.day === undefined) return undefined;
  const fromMonth = first.month ?? second.month;
  const toMonth = second.month ?? first.month;
  if (fromMonth === undefined || toMonth === undefined) return undefined;
  const order = fromMonth - toMonth || first.day - second.day;
  if (fromMonth === toMonth && order >= 0 && (first.year === undefined || second.year === undefined || first.year === second.year)) return undefined;
  const crosses = order > 0 ? 1 : 0;
  const fromYear = first.year ?? (second.year === undefined ? undefined : second.year - crosses);
  const toYear = second.year ?? (fromYear === undefined ? undefined : fromYear + crosses);
  if (fromYear !== undefined && toYear !== undefined && (fromYear > toYear || (fromYear === toYear && order >= 0))) return undefined;
  if (!dayExists(first.day, fromMonth, fromYear) || !dayExists(second.day, toMonth, toYear)) return undefined;
  const end = (day: number, month: number, year: number | undefined): SpanEnd => ({ day, month, ...(year === undefined ? {} : { year }) });
  return { kind: "span", from: end(first.day, fromMonth, fromYear), to: end(second.day, toMonth, toYear) };
}
