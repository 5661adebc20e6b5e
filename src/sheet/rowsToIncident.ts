import type { Incident } from "../model/incident.js";
import { safeParseIncident } from "../parse/parseIncident.js";
import { conflict } from "../vocabulary/conflict.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import { locateIssue } from "./locateIssue.js";
import { buildFromRows, type CreatedEntry, type NumberedRow } from "./readSheet.js";
import type { DateOrder, SheetDate } from "./sheetDate.js";
import { sheetDateOrder, type SheetClues } from "./sheetDateOrder.js";
import { sheetIssue, type NamedEntry, type SheetIssue } from "./sheetIssue.js";
import { columnOf, headerLanguage, headerSuggestion } from "./sheetHeaders.js";
import type { SheetColumn } from "./sheetRow.js";

/** Options of {@link rowsToIncident} and {@link fromCsv}. */
export interface RowsToIncidentOptions {
  /** The vocabulary the facets come from. Default: {@link conflict}. */
  readonly vocabulary?: Vocabulary;
  /** The incident's id when no `incident` row gives one. Default: `"incident"`. */
  readonly id?: string;
  /** The incident's title when no `incident` row gives one. */
  readonly title?: string;
  /** The language of quotes and phrases when no `incident` row gives one (`"fr"`, `"en"`). */
  readonly lang?: string;
  /** The row number of the first row given, as the spreadsheet shows it. Default: 2 (the header is row 1). */
  readonly firstRow?: number;
  /**
   * The order of the day and the month in a date such as `03/04/2024`, which
   * is a day in either. Default: `"day-first"` when the sheet shows a
   * day-first spreadsheet (French headers or words, or `;` as separator),
   * else none: such a date is then a problem of its row, never a guess. A
   * date only one order reads (`24/11/2023`, `11/24/2023`) is read in that
   * order whatever this says.
   */
  readonly dateOrder?: DateOrder;
}

/**
 * What a sheet gives: the incident its readable rows make, the entries its
 * rows named without declaring them (so that a typo shows up), and every
 * problem, each with its row, column and fix.
 */
export interface SheetImport {
  /** The checked, frozen incident of every row that could be read. */
  readonly incident: Incident;
  /** Sources, actors, places and items created from the names claim rows gave them, in the order they first appear. */
  readonly created: readonly CreatedEntry[];
  /** Every problem, by row; the rows they are on are left out of the incident. */
  readonly issues: readonly SheetIssue[];
  /**
   * The dates of the rows read that the spreadsheet wrote in its own form
   * (`24/11/2023`, `11/24/2023`, `45254`) rather than ISO 8601, each with
   * its row, column, the date as written, the ISO date the incident keeps
   * and how it was read, so that what a spreadsheet did can be checked.
   */
  readonly dates: readonly SheetDate[];
}

/**
 * A row as a table library or a dataframe gives it: cells by header, as
 * text, numbers, booleans or dates (a `Date` at midnight UTC is that day,
 * `2023-11-24`; any other, its instant in ISO 8601).
 */
export type SheetRowInput = Readonly<Record<string, unknown>>;

/**
 * Reads a claims sheet — one row per claim, and rows declaring the incident,
 * sources, actors, places and items (see {@link SheetRowSchema}) — as an
 * incident. Never throws for a bad row: every row that can be read is kept,
 * every problem is listed with its row number, column and fix, and a row
 * that names an entry or claim whose own row failed is left out too, saying
 * so.
 *
 * Names need no declaration: a source, actor, place or item no row declares
 * is created from its name (a source takes the row's `source_kind`, else
 * `other`; a relay, `media`) and listed in `created`, so that a new name can
 * be checked. A name within a few letters of a known one is a typo, never a
 * new entry: it is a problem with a "did you mean".
 *
 * Headers and words are read in English and in French alike, with no
 * option: headers by {@link columnOf} (« Type de source » is
 * `source_kind`, case, accents, spaces and hyphens aside), records
 * (« affirmation »), source kinds (« média »), hedges (« revendiqué »),
 * `not` (« oui »), refusals (« non communiqué »), and facets, values and
 * groups by any label of the vocabulary (« tués », « pris », « soldats »).
 * Cells are trimmed. Pure: the rows are not changed.
 *
 * Dates (`said`, `when`, a time facet's `value`, a source's `date`) are
 * ISO 8601, and are also read as a spreadsheet rewrites what a person typed
 * — `24/11/2023`, `24.11.2023`, `24-11-2023`, with an optional ` 14:00` or
 * ` 14:00:05`, and Excel's serial days (`45254`, a whole number from 20000
 * to 79999, in Excel's 1900 system; a fraction is the time of day) — and
 * kept as ISO 8601, so the incident is the same whatever the spreadsheet
 * did; each is listed in `dates` with the cell as written. A date only one
 * order makes a day is read in it (`24/11/2023` day first, `11/24/2023`
 * month first); one both orders make a day (`03/04/2024`) is read in
 * `dateOrder`, by default day first in a sheet with French headers or
 * words, and is otherwise a problem that gives both readings, never a
 * guess. A two-digit year (`24/11/23`) and a day of no calendar
 * (`31/02/2024`) are problems too.
 *
 * @param rows - The rows, each an object of cells by header.
 * @param options - {@link RowsToIncidentOptions}.
 * @returns {@link SheetImport}: the incident, what was created, the problems.
 * @throws {IncidentError} only when the options themselves make the incident invalid (an `id` of `""`, a `lang` of one letter).
 *
 * @example
 * const sheet = rowsToIncident([
 *   { id: "toll", source: "Sources locales", source_kind: "local", facet: "killed", party: "FAMa", value: "~50", quote: "une cinquantaine" },
 *   { id: "no-toll", source: "État-major", source_kind: "party", speaks_for: "FAMa", facet: "killed", party: "FAMa", value: "withheld" },
 *   { id: "typo", source: "Sources locale", facet: "killed", value: "45-55" },
 * ], { id: "niafunke", lang: "fr" });
 * sheet.created.map((c) => [c.what, c.id, c.row])
 * //=> [["source", "sources-locales", 2], ["actor", "fama", 2], ["source", "etat-major", 3]]
 * sheet.issues.map((i) => [i.row, i.column, i.message])
 * //=> [[4, "source", 'unknown source "Sources locale" — did you mean "Sources locales"?']]
 * sheet.incident.claims.map((c) => c.value)
 * //=> [{ approx: 50 }, "withheld"]
 * const dated = rowsToIncident([{ source: "RFI", source_kind: "media", said: "24/11/2023", facet: "killed", value: "3" }, { source: "RFI", said: "03/04/2024", facet: "killed", value: "4" }]);
 * [dated.incident.claims.map((c) => c.said), dated.dates.map((d) => [d.written, d.iso, d.form]), dated.issues.map((i) => i.message)]
 * //=> [["2023-11-24"], [["24/11/2023", "2023-11-24", "day-first"]], ['"03/04/2024" could be 3 April 2024 or 4 March 2024']]
 */
export function rowsToIncident(rows: readonly SheetRowInput[], options: RowsToIncidentOptions = {}): SheetImport {
  const first = options.firstRow ?? 2;
  const headerIssues: SheetIssue[] = [];
  const columns = new Map<string, SheetColumn | undefined>();
  const seen = new Map<SheetColumn, string>();
  for (const row of rows) for (const header of Object.keys(row)) if (!columns.has(header)) columns.set(header, columnOf(header));
  const lang = headerLanguage([...columns.keys()]);
  for (const [header, column] of columns) {
    if (column === undefined)
      headerIssues.push(sheetIssue("unknown-column", first - 1, header, { header, suggestion: headerSuggestion(header, lang), ...(lang ? { lang } : {}) }));
    else if (seen.has(column)) headerIssues.push(sheetIssue("duplicate-column", first - 1, header, { column, first: seen.get(column)! }));
    else seen.set(column, header);
  }
  const numbered = rows.map((row, i): NumberedRow => {
    const cells: Partial<Record<SheetColumn, string>> = {};
    for (const [header, value] of Object.entries(row)) {
      const column = columns.get(header);
      if (column !== undefined && seen.get(column) === header) cells[column] = cellText(value);
    }
    return { row: first + i, cells };
  });
  return readNumberedRows(numbered, options, headerIssues, { headers: lang });
}

/**
 * Reads rows already numbered and split into columns (what {@link fromCsv}
 * and {@link rowsToIncident} both give): builds the document, parses it,
 * leads each of the parser's problems back to its row and column, leaves
 * those rows out and builds again, until what is left parses.
 */
export function readNumberedRows(
  rows: readonly NumberedRow[],
  options: RowsToIncidentOptions,
  sheetIssues: readonly SheetIssue[] = [],
  clues: SheetClues = {},
): SheetImport {
  const vocabulary = options.vocabulary ?? conflict;
  const dateOrder = options.dateOrder ?? sheetDateOrder(rows, clues);
  const build = { vocabulary, id: options.id, title: options.title, lang: options.lang, dateOrder };
  const excludedRows = new Set<number>();
  const excludedNames: Record<NamedEntry, Map<string, number>> = { source: new Map(), actor: new Map(), place: new Map(), item: new Map() };
  const refused: SheetIssue[] = [];
  for (;;) {
    const built = buildFromRows(rows, build, { rows: excludedRows, names: excludedNames });
    const parsed = safeParseIncident(built.document, { vocabulary });
    if (parsed.success) {
      const issues = [...sheetIssues, ...built.issues, ...refused].sort((a, b) => a.row - b.row);
      return { incident: parsed.data, created: built.created, issues, dates: built.dates };
    }
    let progress = false;
    for (const issue of parsed.error.issues) {
      const located = locateIssue(issue, built, vocabulary);
      refused.push(located.issue);
      if (located.row !== undefined && !excludedRows.has(located.row)) {
        excludedRows.add(located.row);
        progress = true;
      }
      if (located.name && !excludedNames[located.name.what].has(located.name.folded)) {
        excludedNames[located.name.what].set(located.name.folded, located.name.row);
        progress = true;
      }
    }
    if (!progress) throw parsed.error;
  }
}

/** A cell as text: numbers and booleans as written, a date in ISO 8601, nothing as blank, anything else as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return dateText(value);
  return JSON.stringify(value);
}

/** A table library's date: the day when it is midnight UTC (a date cell with no time), else the instant; an invalid date as written. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
