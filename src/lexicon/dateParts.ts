import {
  DAY_OF,
  DAY_PARTS,
  DAY_WORDS,
  MID_PREFIXES,
  MONTH_FIRST,
  MONTHS,
  ORDINAL_SUFFIXES,
  WEEKDAY_AFTER,
  WEEKDAYS,
  type WeekdayDirection,
} from "./dateLexicon.js";
import type { LexiconLanguage } from "./language.js";
import { isCountedThing, UNITS } from "./quantityLexicon.js";
import type { Token } from "./tokenize.js";

/*
 * The pieces of a date, read token by token for `scanDates`: a day, a
 * month, a year, a weekday, and the parts of one date they make together.
 */

/** What one date says, each part when written: « mardi 17 septembre 2024 » says all four, « mars 2024 » month and year. */
export interface DateParts {
  /** 0 is Sunday, as `Date.getUTCDay` counts. */
  readonly weekday?: number;
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
}

/** The parts read at a token, and the token after them. `mid` marks « mi-mars », "mid-March". */
export interface Part extends DateParts {
  readonly end: number;
  readonly mid?: true;
}

/**
 * The parts of one date at token `i`, as far as they go: a numeric date
 * (« 17/09/2024 », "2024-09-17"); or an optional weekday, then a day and
 * month (« 17 septembre 2024 », "the 17th of September") or, in English, a
 * month and day ("Sept. 17, 2024"); or a day alone (the first end of « du 22
 * au 27 juillet »); or a month, a month and year, a year; or a weekday alone.
 */
export function readPart(tokens: readonly Token[], i: number, lang: LexiconLanguage): Part | undefined {
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
  if (read === undefined || read.month < 1 || read.month > 12 || !dayExists(read.day, read.month, read.year)) return undefined;
  return { ...read, end: i + 5 };
}

/** Whether the day exists in the month (in a leap year when the year is not known). */
export function dayExists(day: number, month: number, year?: number): boolean {
  return day >= 1 && day <= new Date(Date.UTC(year ?? 2024, month, 0)).getUTCDate();
}

/** The folded word of a token, or `undefined` for a number or a mark. */
export const word = (token: Token | undefined): string | undefined => (token?.kind === "word" ? token.folded : undefined);

/** A word without the English possessive: "Friday's attack" names Friday. */
const possessiveBase = (folded: string): string => (folded.endsWith("'s") ? folded.slice(0, -2) : folded);

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
export function weekdayAlone(
  tokens: readonly Token[],
  at: number,
  lang: LexiconLanguage,
): { weekday: number; end: number; direction?: WeekdayDirection } | undefined {
  const weekday = weekdayAt(tokens, at, lang);
  if (weekday === undefined || weekday.abbreviation) return undefined;
  const direction = WEEKDAY_AFTER[lang].get(word(tokens[weekday.end]) ?? "");
  const end = afterDayPart(tokens, direction === undefined ? weekday.end : weekday.end + 1, lang);
  return { weekday: weekday.weekday, end, ...(direction ? { direction } : {}) };
}

/** The token after a part of the day that follows at `at` (« hier soir »), or `at` when none does. */
export function afterDayPart(tokens: readonly Token[], at: number, lang: LexiconLanguage): number {
  return DAY_PARTS[lang].has(word(tokens[at]) ?? "") ? at + 1 : at;
}

/**
 * Whether the number at `j` is written as a year: four digits, 1800 to 2199.
 * A year takes no thousands separator, so "2,000 killed" and « 2 000 tués »
 * are counts; so is a figure compared in English ("more than 2000 killed":
 * no date says "than 2000"). « plus de 2000 » stays ambiguous (« de 2000 à
 * 2005 ») and is a count only before the things counted.
 *
 * @example
 * writtenAsYear(tokenize("en 2015", "fr"), 1, "fr") //=> true
 * writtenAsYear(tokenize("2,015 killed", "en"), 0, "en") //=> false
 */
export function writtenAsYear(tokens: readonly Token[], j: number, lang: LexiconLanguage): boolean {
  const token = tokens[j];
  if (token?.kind !== "number" || token.decimal === true || !/^\d{4}$/u.test(token.text)) return false;
  if (token.value! < 1800 || token.value! >= 2200) return false;
  return !(lang === "en" && word(tokens[j - 1]) === "than");
}

/** A year (see {@link writtenAsYear}), not a count of things (« 2023 morts »). */
function yearAt(tokens: readonly Token[], j: number, lang: LexiconLanguage): { year: number; end: number } | undefined {
  if (!writtenAsYear(tokens, j, lang)) return undefined;
  const year = tokens[j]!.value!;
  const next = tokens[j + 1];
  if (next?.glued === true && (next.kind === "word" || next.kind === "number")) return undefined;
  if (isCountedThing(word(next), lang)) return undefined;
  return { year, end: j + 1 };
}

/** The year after a date, after a comma in English ("Sept. 17, 2024"). */
function yearAfter(tokens: readonly Token[], at: number, lang: LexiconLanguage): { year: number; end: number } | undefined {
  if (lang === "en" && tokens[at]?.folded === ",") return yearAt(tokens, at + 1, lang);
  return yearAt(tokens, at, lang);
}
