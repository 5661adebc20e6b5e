import type { IssueCode } from "../errors/issue.js";
import type { IssueParams } from "../errors/issueParams.js";
import { issueText, type IssueLanguage } from "../errors/issueText.js";
import type { ValueKind } from "../values/valueKind.js";
import { spelledDate } from "./spelledDate.js";
import { SHEET_ISSUE_TEXT_FR, sheetFixFr } from "./sheetIssueFr.js";
import { sheetHeaders } from "./sheetHeaders.js";
import { SHEET_COLUMNS, type SheetColumn } from "./sheetRow.js";
import type { SheetLanguage } from "./sheetWords.js";

/** What a sheet-only problem says, as data: the words are written from these. */
export interface SheetIssueParams {
  /** A header that names no column; `lang` is the language the sheet's other headers are written in, when they tell one. */
  "unknown-column": { readonly header: string; readonly suggestion?: string | undefined; readonly lang?: SheetLanguage | undefined };
  /** Two headers naming the same column. */
  "duplicate-column": { readonly column: SheetColumn; readonly first: string };
  /** Text the CSV reader could not split into cells (an unclosed quote). */
  "unreadable-csv": { readonly detail: string };
  /** More cells in a row than the header has columns. */
  "extra-cells": { readonly count: number };
  /** A cell that only allows a few words (`record`, `not`). */
  "invalid-cell": { readonly received: string; readonly options: readonly string[] };
  /** A cell the row's record leaves blank. */
  "stray-cell": { readonly record: string };
  /** A `more` cell that is not a JSON object. */
  "invalid-more": { readonly detail: string };
  /** A name close to one the sheet already has: a typo, never a new entry. */
  "near-name": { readonly what: NamedEntry; readonly name: string; readonly suggestion: string };
  /** A row that gives a source another kind or side than its declaration or first use. */
  "conflicting-cell": { readonly what: NamedEntry; readonly name: string; readonly given: string; readonly known: string; readonly row: number };
  /** A second declaration of the same id. */
  "duplicate-declaration": { readonly what: NamedEntry | "incident"; readonly id: string; readonly row: number };
  /** A row that names an entry or claim whose own row could not be read. */
  "depends-on-row": { readonly what: NamedEntry | "claim"; readonly name: string; readonly row: number };
  /** A date a spreadsheet wrote (`03/04/2024`) that is a day in either order, in a sheet that tells neither: both ISO readings. */
  "ambiguous-date": { readonly received: string; readonly dayFirst: string; readonly monthFirst: string };
  /** A date a spreadsheet wrote with a two-digit year (`24/11/23`). */
  "short-year": { readonly received: string };
  /** A date a spreadsheet wrote that is no day of the calendar in either order (`31/02/2024`), or no time of day (`24/11/2023 25:00`). */
  "impossible-date": { readonly received: string };
}

/** The codes of problems only a sheet has; the others are the incident's own {@link IssueCode}s. */
export type SheetIssueCode = keyof SheetIssueParams;

/** The kinds of entry a sheet declares or creates from a name. */
export type NamedEntry = "source" | "actor" | "place" | "item";

/**
 * One problem in a claims sheet: the `row` as a spreadsheet numbers it (the
 * header is row 1; `0` for the sheet as a whole), the `column` (`""` when
 * the problem is the row's whole text), what is
 * wrong and how to fix it. `code` is a sheet's own (`near-name`,
 * `unknown-column`, …) or the incident's (`unknown-facet`, `value-kind`, …),
 * with its `params` as data.
 */
export interface SheetIssue {
  readonly code: SheetIssueCode | IssueCode;
  readonly row: number;
  /** A column of {@link SHEET_COLUMNS}, or the header as written when it names none. */
  readonly column: string;
  readonly params: unknown;
  readonly message: string;
  readonly fix: string;
  /**
   * For a problem the incident's checks found, the fix a sheet gives in its
   * own terms instead of the incident's (how a cell writes a value, what a
   * missing column takes), so that it can be worded in every language.
   */
  readonly sheetFix?: SheetFix;
}

/** Which of a sheet's own fixes replaces the incident's: a value as a cell writes it, the words' language, or a missing column. */
export type SheetFix =
  | { readonly for: "value"; readonly kind: ValueKind }
  | { readonly for: "language" }
  | { readonly for: "missing"; readonly column: SheetColumn };

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

const SHEET_ISSUE_TEXT: { readonly [C in SheetIssueCode]: (p: SheetIssueParams[C]) => { message: string; fix: string } } = {
  "unknown-column": (p) => ({
    message: `"${p.header}" is not a column${p.suggestion === undefined ? "" : ` — did you mean "${p.suggestion}"?`}`,
    fix: `Name it as one of ${quoted(p.lang === "fr" ? sheetHeaders("fr") : SHEET_COLUMNS)}; its cells are left out until then.`,
  }),
  "duplicate-column": (p) => ({ message: `a second "${p.column}" column (the first is headed "${p.first}")`, fix: "Keep one column of each name." }),
  "unreadable-csv": (p) => ({ message: p.detail, fix: 'Close every quoted cell with a double quote, and write a double quote inside one as "".' }),
  "extra-cells": (p) => ({
    message: `${p.count} cell${p.count === 1 ? "" : "s"} beyond the last column`,
    fix: "Remove them, or add a header for them; a separator inside a cell needs the cell in double quotes.",
  }),
  "invalid-cell": (p) => ({ message: `"${p.received}" is not one of ${quoted(p.options)}`, fix: `Write one of ${quoted(p.options)}, or leave it blank.` }),
  "stray-cell": (p) => ({
    message: `a ${p.record} row leaves this column blank`,
    fix: `Clear it, or move it to the row where it belongs (see which columns a ${p.record} row fills).`,
  }),
  "invalid-more": (p) => ({
    message: `not a JSON object: ${p.detail}`,
    fix: 'Write the other fields as one JSON object, e.g. {"comment": "…"}, or leave it blank.',
  }),
  "near-name": (p) => ({
    message: `unknown ${p.what} "${p.name}" — did you mean "${p.suggestion}"?`,
    fix: `Correct the spelling; if it is another ${p.what}, declare it in a ${p.what} row.`,
  }),
  "conflicting-cell": (p) => ({
    message: `${p.what} "${p.name}" is "${p.known}" on row ${p.row}, not "${p.given}"`,
    fix: "Write the same here, or leave it blank.",
  }),
  "duplicate-declaration": (p) => ({
    message: `${p.what} "${p.id}" is already declared on row ${p.row}`,
    fix: `Give each ${p.what} its own id, or remove one of the rows.`,
  }),
  "depends-on-row": (p) => ({ message: `${p.what} "${p.name}" is on row ${p.row}, which could not be read`, fix: `Correct row ${p.row} first.` }),
  "ambiguous-date": (p) => ({
    message: `"${p.received}" could be ${spelledDate(p.dayFirst, "en")} or ${spelledDate(p.monthFirst, "en")}`,
    fix: `Write it as ISO 8601, year first: ${p.dayFirst} if the day comes first, ${p.monthFirst} if the month does.`,
  }),
  "short-year": (p) => ({
    message: `"${p.received}" has a two-digit year`,
    fix: "Write the date as ISO 8601, with the year in full (2023-11-24): a two-digit year could be of any century.",
  }),
  "impossible-date": (p) => ({
    message: `"${p.received}" is no day of the calendar`,
    fix: "Correct the day, the month or the time, and write the date as ISO 8601 (2024-02-29, 2024-02-29T14:00).",
  }),
};

/** Builds a sheet issue from its code and params, with its words. */
export function sheetIssue<C extends SheetIssueCode>(code: C, row: number, column: string, params: SheetIssueParams[C]): SheetIssue {
  return { code, row, column, params, ...SHEET_ISSUE_TEXT[code](params) };
}

/** Options of {@link formatSheetIssue}. */
export interface FormatSheetIssueOptions {
  /** The language of the line: `"en"` (default) or `"fr"`. */
  readonly lang?: IssueLanguage;
}

/**
 * One sheet issue on one line, as a person reads it: `row 7, value: … Fix: …`,
 * or in French `ligne 7, value : … Correction : …`. The words are written
 * from the issue's `code` and `params`; a problem the incident's checks
 * found keeps, in French too, the fix a sheet gives in its own terms.
 *
 * @param issue - An issue from {@link rowsToIncident} or {@link fromCsv}.
 * @param options - {@link FormatSheetIssueOptions}; a number (as `issues.map(formatSheetIssue)` passes) is ignored.
 * @returns The line.
 *
 * @example
 * const { issues } = fromCsv("id,source,source_kind,facet,value\nc1,Sources locales,local,killed,~50\nc2,Sources locale,,killed,45-55\n");
 * formatSheetIssue(issues[0])
 * //=> 'row 3, source: unknown source "Sources locale" — did you mean "Sources locales"? Fix: Correct the spelling; if it is another source, declare it in a source row.'
 * formatSheetIssue(issues[0], { lang: "fr" })
 * //=> 'ligne 3, source : source inconnue « Sources locale » — vouliez-vous dire « Sources locales » ? Correction : Corrigez l\'orthographe ; si c\'est une autre source, déclarez-la sur une ligne « source ».'
 */
export function formatSheetIssue(issue: SheetIssue, options?: FormatSheetIssueOptions | number): string {
  const lang = typeof options === "object" ? (options.lang ?? "en") : "en";
  if (lang === "en") {
    const where = [issue.row > 0 ? `row ${issue.row}` : "", issue.column].filter((part) => part !== "").join(", ");
    return `${where === "" ? "" : `${where}: `}${issue.message}${/[.?!]$/u.test(issue.message) ? "" : "."} Fix: ${issue.fix}`;
  }
  const { message, fix } = frenchText(issue);
  const where = [issue.row > 0 ? `ligne ${issue.row}` : "", issue.column].filter((part) => part !== "").join(", ");
  return `${where === "" ? "" : `${where}\u00a0: `}${message}${/[.?!»]$/u.test(message) ? "" : "."} Correction\u00a0: ${fix}`;
}

/** An issue's words in French: a sheet's own problem from its table, the incident's from the incident's words and the sheet's fix. */
function frenchText(issue: SheetIssue): { message: string; fix: string } {
  if (Object.hasOwn(SHEET_ISSUE_TEXT, issue.code)) {
    return SHEET_ISSUE_TEXT_FR[issue.code as SheetIssueCode](issue.params as never);
  }
  const text = issueText({ code: issue.code as IssueCode, params: issue.params as IssueParams[IssueCode] }, "fr");
  const firstRow = (issue.params as { firstRow?: number } | undefined)?.firstRow;
  const id = (issue.params as { id?: string } | undefined)?.id;
  const message =
    issue.code === "duplicate-id" && firstRow !== undefined
      ? `identifiant d'affirmation «\u00a0${id}\u00a0» en double (déjà utilisé ligne ${firstRow})`
      : text.message;
  return { message, fix: (issue.sheetFix === undefined ? undefined : sheetFixFr(issue.sheetFix)) ?? text.fix };
}
