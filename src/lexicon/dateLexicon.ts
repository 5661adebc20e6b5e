import type { LexiconLanguage } from "./language.js";

/*
 * The tables behind {@link readDates} and `scanDates`. What each form
 * means is in readDates' documentation.
 */

/** A month name: its number, and when the word is a month only under a condition. */
export interface MonthWord {
  readonly month: number;
  /** An abbreviation, which may take a dot (« janv. », "Sept."). */
  readonly abbreviation?: true;
  /**
   * A month only when written with a capital ("May", "March": "12 may have
   * died" is a verb), or only with its dot (« sept. »: « sept » is seven).
   */
  readonly only?: "capitalised" | "dotted";
}

const month = (n: number, only?: MonthWord["only"]): MonthWord => ({ month: n, ...(only ? { only } : {}) });
const short = (n: number, only?: MonthWord["only"]): MonthWord => ({ ...month(n, only), abbreviation: true });

/** Month names, folded, with their usual abbreviations: a number beside one is a date (« 24 novembre », "November 24", "May 2023"). */
export const MONTHS: Record<LexiconLanguage, ReadonlyMap<string, MonthWord>> = {
  fr: new Map([
    ["janvier", month(1)],
    ["fevrier", month(2)],
    ["mars", month(3)],
    ["avril", month(4)],
    ["mai", month(5)],
    ["juin", month(6)],
    ["juillet", month(7)],
    ["aout", month(8)],
    ["septembre", month(9)],
    ["octobre", month(10)],
    ["novembre", month(11)],
    ["decembre", month(12)],
    ["janv", short(1)],
    ["fevr", short(2)],
    ["fev", short(2)],
    ["avr", short(4)],
    ["juil", short(7)],
    ["sept", short(9, "dotted")],
    ["oct", short(10)],
    ["nov", short(11)],
    ["dec", short(12)],
  ]),
  en: new Map([
    ["january", month(1)],
    ["february", month(2)],
    ["march", month(3, "capitalised")],
    ["april", month(4)],
    ["may", month(5, "capitalised")],
    ["june", month(6)],
    ["july", month(7)],
    ["august", month(8)],
    ["september", month(9)],
    ["october", month(10)],
    ["november", month(11)],
    ["december", month(12)],
    ["jan", short(1)],
    ["feb", short(2)],
    ["mar", short(3)],
    ["apr", short(4)],
    ["jun", short(6)],
    ["jul", short(7)],
    ["aug", short(8)],
    ["sep", short(9)],
    ["sept", short(9)],
    ["oct", short(10)],
    ["nov", short(11)],
    ["dec", short(12)],
  ]),
};

/** The prefix of the middle of a month, written as one word: « mi-mars », "mid-March". */
export const MID_PREFIXES: Record<LexiconLanguage, string> = { fr: "mi-", en: "mid-" };

/** A weekday name: its number (0 is Sunday, as `Date.getUTCDay` counts), and whether it is an abbreviation, which stands only before a day ("Tue., Sept. 17"). */
export interface WeekdayWord {
  readonly weekday: number;
  readonly abbreviation?: true;
}

const day = (weekday: number): WeekdayWord => ({ weekday });
const shortDay = (weekday: number): WeekdayWord => ({ weekday, abbreviation: true });

/** Weekday names, folded. French abbreviations (« mar. », « mer. ») are left out: they are common words. */
export const WEEKDAYS: Record<LexiconLanguage, ReadonlyMap<string, WeekdayWord>> = {
  fr: new Map([
    ["dimanche", day(0)],
    ["lundi", day(1)],
    ["mardi", day(2)],
    ["mercredi", day(3)],
    ["jeudi", day(4)],
    ["vendredi", day(5)],
    ["samedi", day(6)],
  ]),
  en: new Map([
    ["sunday", day(0)],
    ["monday", day(1)],
    ["tuesday", day(2)],
    ["wednesday", day(3)],
    ["thursday", day(4)],
    ["friday", day(5)],
    ["saturday", day(6)],
    ["sun", shortDay(0)],
    ["mon", shortDay(1)],
    ["tue", shortDay(2)],
    ["tues", shortDay(2)],
    ["wed", shortDay(3)],
    ["thu", shortDay(4)],
    ["thur", shortDay(4)],
    ["thurs", shortDay(4)],
    ["fri", shortDay(5)],
    ["sat", shortDay(6)],
  ]),
};

/** Letters glued to a day's number that make it an ordinal (« 1er », "17th"). */
export const ORDINAL_SUFFIXES: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["er", "re", "e", "eme"]),
  en: new Set(["st", "nd", "rd", "th"]),
};

/** Days written in words (« le premier mars »). */
export const DAY_WORDS: Record<LexiconLanguage, ReadonlyMap<string, number>> = {
  fr: new Map([["premier", 1]]),
  en: new Map(),
};

/** Where a weekday alone lies from the reference: on it or before (« vendredi »), strictly before ("last Friday"), strictly after ("next Friday"). */
export type WeekdayDirection = "onOrBefore" | "before" | "after";

/** A word before a date that belongs to it: « le », « du … au », "on", "between … and", « en », "early", "last". */
export interface DateLead {
  /** What follows: a day or a weekday (« le », "on"), or a month or a year (« en », "early"). */
  readonly before: "day" | "period";
  /** For a lead that opens a span: the words that join its ends (« du … au », "between … and"). */
  readonly closers?: readonly string[];
  /** Whether a lead that opens a span also stands before a single date (« l'attaque du 3 mars »). */
  readonly alone?: boolean;
  /** Where a weekday after this lead lies from the reference ("last Friday", "next Friday"). */
  readonly weekday?: WeekdayDirection;
}

const DAY: DateLead = { before: "day" };
const PERIOD: DateLead = { before: "period" };
const opens = (closers: string, alone = false): DateLead => ({ before: "day", closers: closers.split("|"), ...(alone ? { alone } : {}) });

/** Leads, as phrase patterns (see `phrasePattern`); where several match, the longest wins. */
export const DATE_LEADS: Record<LexiconLanguage, readonly (readonly [string, DateLead])[]> = {
  fr: [
    ["le|ce|cette", DAY],
    ["du", opens("au", true)],
    ["de|d'", opens("a|au")],
    ["entre le|l'?", opens("et")],
    ["les", opens("et")],
    ["la nuit du|de|d'", opens("au|a", true)],
    ["dans|pendant|durant la nuit du|de|d'", opens("au|a", true)],
    ["au cours de la nuit du|de|d'", opens("au|a", true)],
    ["en", PERIOD],
    ["debut|fin|courant", PERIOD],
    ["au debut de|d'", PERIOD],
    ["a la fin de|d'", PERIOD],
    ["au mois de|d'", PERIOD],
  ],
  en: [
    ["on the?", DAY],
    ["the", DAY],
    ["from", opens("to|until|till|through")],
    ["between", opens("and")],
    ["the night of", opens("to|into|and", true)],
    ["on|during|over the night of", opens("to|into|and", true)],
    ["last", { before: "day", weekday: "before" }],
    ["this", DAY],
    ["next", { before: "day", weekday: "after" }],
    ["in", PERIOD],
    ["early|late|mid", PERIOD],
    ["in early|late|mid", PERIOD],
    ["at? the beginning|start|end of", PERIOD],
  ],
};

/** Words that join the two ends of a span without a lead to open it: « 22 au 27 juillet », "3-5 March", "March 3 to 5". */
export const SPAN_JOINERS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["au", "a", "-", "–", "—"]),
  en: new Set(["-", "–", "—", "to", "through", "until", "till"]),
};

/** Articles that may follow the word closing a span (« entre le 3 et le 5 mars »). */
export const CLOSER_ARTICLES: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["le", "l'"]),
  en: new Set(["the"]),
};

/** Words after a weekday that place it (« vendredi dernier », « samedi prochain »). */
export const WEEKDAY_AFTER: Record<LexiconLanguage, ReadonlyMap<string, WeekdayDirection>> = {
  fr: new Map([
    ["dernier", "before"],
    ["prochain", "after"],
  ]),
  en: new Map(),
};

/** Parts of a day that may follow a weekday or a relative day, and belong to the date's words (« vendredi soir », "yesterday morning"). */
export const DAY_PARTS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["matin", "matinee", "midi", "apres-midi", "soir", "soiree", "nuit"]),
  en: new Set(["morning", "afternoon", "evening", "night"]),
};

/** Days named from the reference, in days from it (« hier », "yesterday"). */
export const RELATIVE_DAYS: Record<LexiconLanguage, readonly (readonly [string, number])[]> = {
  fr: [
    ["hier", -1],
    ["avant-hier", -2],
    ["avant hier", -2],
  ],
  en: [
    ["yesterday", -1],
    ["the day before yesterday", -2],
  ],
};

/** The word between a day and its month in English ("the 17th of September"). */
export const DAY_OF: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(), en: new Set(["of"]) };

/** Whether a language writes the month before the day ("September 17"); French never does, so « en mars 12 soldats » is no date. */
export const MONTH_FIRST: Record<LexiconLanguage, boolean> = { fr: false, en: true };

/**
 * The full names of the months and the weekdays, folded, per language (no
 * abbreviation: « mar », "sat" are common words): words that say a time,
 * never a place, a name or a speaker.
 */
export const CALENDAR_NAMES: Record<LexiconLanguage, { readonly months: readonly string[]; readonly weekdays: readonly string[] }> = {
  fr: { months: fullNames(MONTHS.fr), weekdays: fullNames(WEEKDAYS.fr) },
  en: { months: fullNames(MONTHS.en), weekdays: fullNames(WEEKDAYS.en) },
};

/** The months' and weekdays' full names of every language, folded. */
export const ALL_CALENDAR_NAMES: ReadonlySet<string> = new Set(Object.values(CALENDAR_NAMES).flatMap(({ months, weekdays }) => [...months, ...weekdays]));

function fullNames(table: ReadonlyMap<string, { readonly abbreviation?: true }>): string[] {
  return [...table].filter(([, word]) => !word.abbreviation).map(([name]) => name);
}
