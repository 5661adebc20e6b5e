import {
  CLOSER_ARTICLES,
  DATE_LEADS,
  DAY_OF,
  DAY_PARTS,
  DAY_WORDS,
  MID_PREFIXES,
  MONTH_FIRST,
  MONTHS,
  ORDINAL_SUFFIXES,
  RELATIVE_DAYS,
  SPAN_JOINERS,
  WEEKDAY_AFTER,
  WEEKDAYS,
  type DateLead,
  type WeekdayDirection,
} from "./dateLexicon.js";
import { perLanguage, type LexiconLanguage } from "./language.js";
import { PatternTable } from "./phrasePattern.js";
import { isCountedThing, UNITS } from "./quantityLexicon.js";
import type { Token } from "./tokenize.js";

/** What a date says, each part when written: « mardi 17 septembre 2024 » says all four, « vendredi » the weekday alone, « mars 2024 » month and year. */
export interface DateParts {
  /** 0 is Sunday, as `Date.getUTCDay` counts. */
  readonly weekday?: number;
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
}

/** A date found in a token list, with the tokens it spans (`end` exclusive). */
export type DateMatch = { readonly start: number; readonly end: number } & DateShape;

/** A calendar date or a weekday; a span of days or of weekdays; a day named from the reference (« hier »). */
export type DateShape =
  | { readonly kind: "date"; readonly parts: DateParts; readonly direction?: WeekdayDirection }
  | { readonly kind: "span"; readonly from: DateParts; readonly to: DateParts }
  | { readonly kind: "relative"; readonly days: number };

/** The parts read at a token, and the token after them. `mid` marks « mi-mars », "mid-March". */
interface Part extends DateParts {
  readonly end: number;
  readonly mid?: true;
}

/**
 * Every date in a token list, left to right, each read once: the dates
 * {@link readDates} returns, and the tokens {@link scanQuantities} skips, so
 * that « du 22 au 27 juillet » is never a count of 22. Each token is tried
 * against a bounded number of forms, so scanning is linear in the tokens.
 */
export function scanDates(tokens: readonly Token[], lang: LexiconLanguage): DateMatch[] {
  const found: DateMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const shape = dateAt(tokens, i, lang);
    if (shape) {
      found.push({ start: i, ...shape });
      i = shape.end;
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
    if (part.month !== undefined) return { kind: "date", parts: datePartsOf(part), end: part.end };
  }
  if (part !== undefined && part.day === undefined && part.weekday === undefined) {
    const period = lead?.before === "period" || (lead === undefined && (part.mid === true || (part.month !== undefined && part.year !== undefined)));
    if (period) return { kind: "date", parts: datePartsOf(part), end: part.end };
  }
  const weekday = beforeDay ? weekdayAlone(tokens, at, lang) : undefined;
  if (weekday === undefined) return undefined;
  const direction = lead?.weekday ?? weekday.direction;
  return { kind: "date", parts: { weekday: weekday.weekday }, ...(direction ? { direction } : {}), end: weekday.end };
}

const datePartsOf = ({ end: _end, mid: _mid, ...parts }: Part): DateParts => parts;

/**
 * The parts of one date at token `i`, as far as they go: a numeric date
 * (« 17/09/2024 », "2024-09-17"); or an optional weekday, then a day and
 * month (« 17 septembre 2024 », "the 17th of September") or, in English, a
 * month and day ("Sept. 17, 2024"); or a day alone (the first end of « du 22
 * au 27 juillet »); or a month, a month and year, a year; or a weekday alone.
 */
function readPart(tokens: readonly Token[], i: number, lang: LexiconLanguage): Part | undefined {
  const numeric = numericDate(tokens, i);
  if (numeric) return numeric;
  const weekday = weekdayAt(tokens, i, lang);
  const at = weekday === undefined ? i : tokens[weekday.end]?.folded === "," ? weekday.end + 1 : weekday.end;
  const dated = dayFirst(tokens, at, lang) ?? (MONTH_FIRST[lang] || weekday === undefined ? monthFirst(tokens, at, lang) : undefined);
  if (weekday === undefined) return dated ?? yearOnly(tokens, i, lang);
  if (dated?.day !== undefined) return { weekday: weekday.weekday, ...dated };
  return { weekday: weekday.weekday, end: weekday.end };
}

function dayFirst(tokens: readonly Token[], at: number, lang: LexiconLanguage): Part | undefined {
  const day = dayAt(tokens, at, lang);
  if (day === undefined) return undefined;
  const of = DAY_OF[lang].has(word(tokens[day.end]) ?? "") ? day.end + 1 : day.end;
  const month = monthAt(tokens, of, lang);
  if (month === undefined || month.mid) {
    // The end of an English span may carry the year: "March 3-5, 2024".
    const year = MONTH_FIRST[lang] ? yearAfter(tokens, day.end, lang) : undefined;
    return { day: day.day, ...(year ? { year: year.year } : {}), end: year?.end ?? day.end };
  }
  if (!dayExists(day.day, month.month)) return undefined;
  const year = yearAfter(tokens, month.end, lang);
  return { day: day.day, month: month.month, ...(year ? { year: year.year } : {}), end: year?.end ?? month.end };
}

function monthFirst(tokens: readonly Token[], at: number, lang: LexiconLanguage): Part | undefined {
  const month = monthAt(tokens, at, lang);
  if (month === undefined) return undefined;
  const day = MONTH_FIRST[lang] && !month.mid ? dayAt(tokens, month.end, lang) : undefined;
  if (day !== undefined && dayExists(day.day, month.month)) {
    const year = yearAfter(tokens, day.end, lang);
    return { month: month.month, day: day.day, ...(year ? { year: year.year } : {}), end: year?.end ?? day.end };
  }
  const year = month.mid ? undefined : yearAfter(tokens, month.end, lang);
  return { month: month.month, ...(year ? { year: year.year } : {}), ...(month.mid ? { mid: true as const } : {}), end: year?.end ?? month.end };
}

function yearOnly(tokens: readonly Token[], at: number, lang: LexiconLanguage): Part | undefined {
  const year = yearAt(tokens, at, lang);
  return year && { year: year.year, end: year.end };
}

/** « 17/09/2024 » (day first, as French writes it) and ISO "2024-09-17", glued together. */
function numericDate(tokens: readonly Token[], i: number): Part | undefined {
  const [a, s1, b, s2, c] = [0, 1, 2, 3, 4].map((k) => tokens[i + k]);
  if (!a || !s1 || !b || !s2 || !c || ![s1, b, s2, c].every((t) => t.glued) || s1.folded !== s2.folded) return undefined;
  const after = tokens[i + 5];
  if ([a, b, c].some((t) => t.kind !== "number" || t.decimal === true)) return undefined;
  if (after?.glued === true && (after.kind === "word" || after.kind === "number" || after.folded === s1.folded)) return undefined;
  const read =
    s1.folded === "-" && a.folded.length === 4 && b.folded.length === 2 && c.folded.length === 2
      ? { year: a.value!, month: b.value!, day: c.value! }
      : s1.folded === "/" && a.folded.length <= 2 && b.folded.length <= 2 && c.folded.length === 4
        ? { day: a.value!, month: b.value!, year: c.value! }
        : undefined;
  if (read === undefined || read.month < 1 || read.month > 12 || read.day < 1 || !dayExists(read.day, read.month, read.year)) return undefined;
  return { ...read, end: i + 5 };
}

/**
 * The two ends of a span, each filled from the other: the month of « du 22
 * au 27 juillet » comes from its end, that of "March 3-5" from its start, and
 * a year written at one end is the other's too, one apart when the span
 * crosses the new year (« du 28 décembre au 3 janvier 2024 »). Two weekdays
 * make a span only after a lead (« dans la nuit de jeudi à vendredi »).
 */
function joinSpan(first: Part, second: Part, opened: boolean): Extract<DateShape, { kind: "span" }> | undefined {
  const weekdayOnly = (p: Part) => p.weekday !== undefined && p.day === undefined;
  if (weekdayOnly(first) && weekdayOnly(second)) return opened ? { kind: "span", from: { weekday: first.weekday! }, to: { weekday: second.weekday! } } : undefined;
  if (first.day === undefined || second.day === undefined || (first.month === undefined && second.month === undefined)) return undefined;
  const fromMonth = (first.month ?? second.month)!;
  const toMonth = (second.month ?? first.month)!;
  const order = fromMonth - toMonth || first.day - second.day;
  if (fromMonth === toMonth && order >= 0 && (first.year === undefined || second.year === undefined || first.year === second.year)) return undefined;
  const crosses = order > 0 ? 1 : 0;
  const fromYear = first.year ?? (second.year === undefined ? undefined : second.year - crosses);
  const toYear = second.year ?? (fromYear === undefined ? undefined : fromYear + crosses);
  if (fromYear !== undefined && toYear !== undefined && (fromYear > toYear || (fromYear === toYear && order >= 0))) return undefined;
  if (!dayExists(first.day, fromMonth, fromYear) || !dayExists(second.day, toMonth, toYear)) return undefined;
  const ends = (day: number, month: number, year: number | undefined, weekday: number | undefined): DateParts => ({
    ...(weekday === undefined ? {} : { weekday }),
    day,
    month,
    ...(year === undefined ? {} : { year }),
  });
  return { kind: "span", from: ends(first.day, fromMonth, fromYear, first.weekday), to: ends(second.day, toMonth, toYear, second.weekday) };
}

const word = (token: Token | undefined): string | undefined => (token?.kind === "word" ? token.folded : undefined);

/** A word without the English possessive: "Friday's attack" names Friday. */
const possessiveBase = (folded: string): string => (folded.endsWith("'s") ? folded.slice(0, -2) : folded);

/** Whether the day exists in the month (in a leap year when the year is not known). */
export function dayExists(day: number, month: number, year?: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

/** A day of the month: 1 to 31 in digits, with its ordinal letters (« 1er », "17th"), or a day word (« premier »); not a figure glued to something else (« T-72 », « 17h », « 3/4 ») nor one before the things counted ("March 3 soldiers"). */
function dayAt(tokens: readonly Token[], j: number, lang: LexiconLanguage): { day: number; end: number } | undefined {
  const token = tokens[j];
  if (token === undefined) return undefined;
  if (token.kind === "word") {
    const day = DAY_WORDS[lang].get(token.folded);
    return day === undefined ? undefined : { day, end: j + 1 };
  }
  if (token.kind !== "number" || token.decimal === true || token.folded.length > 2 || token.value! < 1 || token.value! > 31) return undefined;
  if (token.glued && gluedAfterSomething(tokens, j)) return undefined;
  let end = j + 1;
  const next = tokens[end];
  if (next?.glued && next.kind === "word") {
    if (!ORDINAL_SUFFIXES[lang].has(next.folded)) return undefined;
    end += 1;
  } else if (next?.glued && (next.kind === "number" || [":", "/", "%", "°"].includes(next.folded))) return undefined;
  const after = word(tokens[end]);
  if (after !== undefined && (isCountedThing(after, lang) || UNITS[lang].has(after))) return undefined;
  return { day: token.value!, end };
}

/** Whether the number at `j` is glued to a word or a number before it (« T72 »), a sign (« n°3 »), or a hyphen after a word (« BM-21 »), but not the hyphen of a span ("3-5"). */
function gluedAfterSomething(tokens: readonly Token[], j: number): boolean {
  const prev = tokens[j - 1];
  if (prev === undefined) return false;
  if (prev.kind === "word" || prev.kind === "number" || ["°", "#", "№", "/", ":"].includes(prev.folded)) return true;
  return prev.folded === "-" && prev.glued && tokens[j - 2]?.kind === "word";
}

/** A month name at `j`, with the dot of its abbreviation (« janv. », "Sept."), or the middle of a month (« mi-mars »). */
function monthAt(tokens: readonly Token[], j: number, lang: LexiconLanguage): { month: number; end: number; mid: boolean } | undefined {
  const token = tokens[j];
  if (token?.kind !== "word") return undefined;
  const folded = possessiveBase(token.folded);
  const mid = folded.startsWith(MID_PREFIXES[lang]);
  const entry = MONTHS[lang].get(mid ? folded.slice(MID_PREFIXES[lang].length) : folded);
  if (entry === undefined || (mid && entry.abbreviation)) return undefined;
  const dotted = entry.abbreviation === true && tokens[j + 1]?.glued === true && tokens[j + 1]!.text === ".";
  if (entry.only === "dotted" && !dotted) return undefined;
  if (entry.only === "capitalised" && !mid && token.text[0] === token.text[0]!.toLowerCase()) return undefined;
  return { month: entry.month, end: dotted ? j + 2 : j + 1, mid };
}

/** A weekday name at `j`, with the dot of its abbreviation ("Tue."). */
function weekdayAt(tokens: readonly Token[], j: number, lang: LexiconLanguage): { weekday: number; end: number; abbreviation: boolean } | undefined {
  const token = tokens[j];
  if (token?.kind !== "word") return undefined;
  const entry = WEEKDAYS[lang].get(possessiveBase(token.folded));
  if (entry === undefined) return undefined;
  const dotted = entry.abbreviation === true && tokens[j + 1]?.glued === true && tokens[j + 1]!.text === ".";
  return { weekday: entry.weekday, end: dotted ? j + 2 : j + 1, abbreviation: entry.abbreviation === true };
}

/** A weekday alone, written in full, with the words that place it (« vendredi dernier ») and the part of the day (« samedi soir », "Friday night"). */
function weekdayAlone(tokens: readonly Token[], at: number, lang: LexiconLanguage): { weekday: number; end: number; direction?: WeekdayDirection } | undefined {
  const weekday = weekdayAt(tokens, at, lang);
  if (weekday === undefined || weekday.abbreviation) return undefined;
  const direction = WEEKDAY_AFTER[lang].get(word(tokens[weekday.end]) ?? "");
  const end = afterDayPart(tokens, direction === undefined ? weekday.end : weekday.end + 1, lang);
  return { weekday: weekday.weekday, end, ...(direction ? { direction } : {}) };
}

function afterDayPart(tokens: readonly Token[], at: number, lang: LexiconLanguage): number {
  return DAY_PARTS[lang].has(word(tokens[at]) ?? "") ? at + 1 : at;
}

/** A year in four digits, 1800 to 2199, not a count of things (« 2023 morts »). */
function yearAt(tokens: readonly Token[], j: number, lang: LexiconLanguage): { year: number; end: number } | undefined {
  const token = tokens[j];
  if (token?.kind !== "number" || token.decimal === true || token.folded.length !== 4) return undefined;
  const year = token.value!;
  const next = tokens[j + 1];
  if (year < 1800 || year >= 2200 || (next?.glued === true && (next.kind === "word" || next.kind === "number"))) return undefined;
  if (isCountedThing(word(next), lang)) return undefined;
  return { year, end: j + 1 };
}

/** The year after a date, after a comma in English ("Sept. 17, 2024"). */
function yearAfter(tokens: readonly Token[], at: number, lang: LexiconLanguage): { year: number; end: number } | undefined {
  if (lang === "en" && tokens[at]?.folded === ",") return yearAt(tokens, at + 1, lang);
  return yearAt(tokens, at, lang);
}
