import Papa from "papaparse";
import { unescapeFormula } from "./csvCell.js";
import type { NumberedRow } from "./readSheet.js";
import { readNumberedRows, type RowsToIncidentOptions, type SheetImport } from "./rowsToIncident.js";
import { sheetIssue, type SheetIssue } from "./sheetIssue.js";
import { columnOf, headerLanguage, headerSuggestion } from "./sheetHeaders.js";
import type { SheetColumn } from "./sheetRow.js";
import type { CsvSeparator } from "./toCsv.js";

/** Options of {@link fromCsv}. */
export interface FromCsvOptions extends RowsToIncidentOptions {
  /** The cell separator; by default, the one of `,`, `;` and tab under which the header names the most columns. */
  readonly separator?: CsvSeparator;
}

const SEPARATORS: readonly CsvSeparator[] = [",", ";", "\t"];

/**
 * Reads a CSV claims sheet (RFC 4180, as {@link toCsv} writes it, or as a
 * person typed it in a spreadsheet) as an incident: a UTF-8 byte order mark
 * is skipped, the separator is found from the header (`,`, or the `;` a
 * French Excel writes, or a tab) unless given, quoted cells may hold
 * separators, double quotes and line breaks, and the apostrophe
 * {@link toCsv} puts before a formula is taken off. Rows are numbered as the
 * spreadsheet numbers them (the header is row 1), whatever line breaks
 * their cells hold. Then it reads as {@link rowsToIncident} does, in
 * English or French headers and words alike (as {@link toCsv} writes them
 * with `lang: "fr"`): every row that can be read is kept, and every problem
 * is listed with its row, column and fix — a header that names no column
 * with the closest name of the sheet's own language. Dates a spreadsheet
 * rewrote (`24/11/2023`, `45254`) are read as ISO 8601, as
 * {@link rowsToIncident} says; a sheet saved with `;` (as Excel saves
 * where the decimal mark is a comma, France among them) reads
 * `03/04/2024` day first, as one with French headers or words does.
 *
 * @param text - The CSV text.
 * @param options - {@link FromCsvOptions}.
 * @returns {@link SheetImport}: the incident, what was created, the problems.
 *
 * @example
 * const sheet = fromCsv("id;source;source_kind;facet;party;value;quote\nc1;Sources locales;local;killed;FAMa;~50;« une cinquantaine, au moins »\n", { lang: "fr" });
 * [sheet.incident.claims[0].value, sheet.incident.claims[0].quote, sheet.issues]
 * //=> [{ approx: 50 }, "« une cinquantaine, au moins »", []]
 * fromCsv("Identifiant;Source;Type de source;Date de la déclaration;Facette;Valeur\nc1;RFI;média;03/04/2024 14:00;tués;3\n").incident.claims[0].said
 * //=> "2024-04-03T14:00"
 */
export function fromCsv(text: string, options: FromCsvOptions = {}): SheetImport {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = options.separator ?? detectSeparator(body);
  const parsed = Papa.parse<string[]>(body, { delimiter: separator, header: false, skipEmptyLines: false });
  const issues: SheetIssue[] = [];
  const broken = new Set<number>();
  for (const error of parsed.errors) {
    const row = (error.row ?? 0) + 1;
    if (broken.has(row)) continue;
    broken.add(row);
    issues.push(sheetIssue("unreadable-csv", row, "", { detail: error.message }));
  }
  const [header = [], ...records] = parsed.data;
  const columns: (SheetColumn | undefined)[] = [];
  const seen = new Map<SheetColumn, string>();
  const lang = headerLanguage(header.map(unescapeFormula));
  for (const cell of header) {
    const name = unescapeFormula(cell);
    const column = columnOf(name);
    if (column === undefined && name.trim() !== "")
      issues.push(sheetIssue("unknown-column", 1, name, { header: name, suggestion: headerSuggestion(name, lang), ...(lang ? { lang } : {}) }));
    if (column !== undefined && seen.has(column)) issues.push(sheetIssue("duplicate-column", 1, name, { column, first: seen.get(column)! }));
    columns.push(column !== undefined && !seen.has(column) ? column : undefined);
    if (column !== undefined && !seen.has(column)) seen.set(column, name);
  }
  const rows: NumberedRow[] = [];
  records.forEach((record, i) => {
    const row = i + 2;
    if (broken.has(row) || record.every((cell) => cell.trim() === "")) return;
    const extra = record.slice(header.length).filter((cell) => cell.trim() !== "").length;
    if (extra > 0) {
      issues.push(sheetIssue("extra-cells", row, columnLetter(header.length), { count: extra }));
      return;
    }
    const cells: Partial<Record<SheetColumn, string>> = {};
    record.forEach((cell, c) => {
      const column = columns[c];
      if (column !== undefined) cells[column] = unescapeFormula(cell);
    });
    rows.push({ row, cells });
  });
  return readNumberedRows(rows, options, issues, { headers: lang, separator });
}

/** A column as a spreadsheet names it: A … Z, AA, AB, … */
function columnLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `${columnLetter(Math.floor(index / 26) - 1)}${columnLetter(index % 26)}`;
}

/** The separator under which the header names the most columns; `,` when none does better. */
function detectSeparator(text: string): CsvSeparator {
  let best: CsvSeparator = ",";
  let bestCount = 0;
  for (const separator of SEPARATORS) {
    const [header = []] = Papa.parse<string[]>(text, { delimiter: separator, preview: 1 }).data;
    const count = header.filter((cell) => columnOf(unescapeFormula(cell)) !== undefined).length;
    if (count > bestCount) [best, bestCount] = [separator, count];
  }
  return best;
}
