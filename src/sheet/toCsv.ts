import Papa from "papaparse";
import { claimsToRows, type ClaimsToRowsOptions } from "./claimsToRows.js";
import { escapeFormula } from "./csvCell.js";
import { sheetHeaders } from "./sheetHeaders.js";
import { SHEET_COLUMNS } from "./sheetRow.js";

/** The separators a claims sheet may use: `,`, or `;` as French and other European Excel writes it, or a tab. */
export type CsvSeparator = "," | ";" | "\t";

/** Options of {@link toCsv}. */
export interface ToCsvOptions extends ClaimsToRowsOptions {
  /** The cell separator. Default: `","`; `";"` for a French Excel. */
  readonly separator?: CsvSeparator;
  /** Start with a UTF-8 byte order mark, which Excel needs to read accents (default `true`). */
  readonly bom?: boolean;
}

/**
 * An incident as a CSV claims sheet (RFC 4180): the rows of
 * {@link claimsToRows} under a header of {@link SHEET_COLUMNS}, lines ending
 * in CRLF, cells quoted when they hold the separator, a double quote or a
 * line break. A UTF-8 byte order mark opens the text, so that Excel reads
 * « Niafunké » as written, and a cell a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`) starts with an apostrophe: {@link fromCsv} reads all
 * of it back to the same incident. With `lang: "fr"`, the headers are
 * French ({@link sheetHeaders}) and so are the words of the cells (see
 * {@link ClaimsToRowsOptions}): {@link fromCsv} reads it back to the same
 * incident as the English sheet. Dates are written in ISO 8601
 * (`2023-11-24`) in both languages: it is the one form every spreadsheet
 * reads back without guessing, whatever its language (a French Excel
 * shows it as 24/11/2023), and it says a month, a year, seconds or a zone
 * that `dd/mm/yyyy` cannot; {@link fromCsv} reads the `24/11/2023` a
 * French spreadsheet saves it as back to the same date.
 *
 * @param incident - An incident document (format 1), parsed or not.
 * @param options - {@link ToCsvOptions}: separator, byte order mark, language, declarations, vocabulary.
 * @returns The CSV text.
 * @throws {IncidentError} when the incident is invalid.
 *
 * @example
 * toCsv(niafunkeGoundam, { separator: ";", bom: false }).split("\r\n")[0]
 * //=> "record;id;source;source_kind;via;said;facet;party;group;place;when;target;item;value;not;hedge;quote;lang;based_on;name;kind;aliases;in;part_of;speaks_for;url;date;more"
 * toCsv(niafunkeGoundam, { separator: ";", bom: false, lang: "fr" }).split("\r\n")[0].split(";").slice(0, 9)
 * //=> ["Type de ligne", "Identifiant", "Source", "Type de source", "Relais", "Date de la déclaration", "Facette", "Partie", "Groupe"]
 */
export function toCsv(incident: unknown, options: ToCsvOptions = {}): string {
  const rows = claimsToRows(incident, options);
  const text = Papa.unparse(
    { fields: sheetHeaders(options.lang), data: rows.map((row) => SHEET_COLUMNS.map((column) => escapeFormula(row[column]))) },
    { delimiter: options.separator ?? ",", newline: "\r\n", quotes: false, header: true, escapeFormulae: false },
  );
  return `${options.bom === false ? "" : "\uFEFF"}${text}\r\n`;
}
