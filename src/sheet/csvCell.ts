/**
 * A cell a spreadsheet would run as a formula starts with one of these
 * (OWASP's list for CSV injection): `=`, `+`, `-`, `@`, a tab or a carriage
 * return.
 */
const FORMULA_START = /^[=+\-@\t\r]/u;
/** A cell written with the leading apostrophe {@link escapeFormula} adds. */
const ESCAPED = /^'[=+\-@\t\r']/u;

/**
 * A cell as it is safe to write in a CSV file a spreadsheet will open: a
 * cell that would start a formula (`=HYPERLINK(…)`, `+33…`, `-5`, `@SUM`)
 * gets a leading apostrophe, which spreadsheets read as "this is text". A
 * cell that already starts with an apostrophe before one of those (or
 * before another apostrophe) gets one too, so that {@link unescapeFormula}
 * gives every cell back exactly.
 *
 * @param text - The cell's text.
 * @returns The text to write.
 *
 * @example
 * [escapeFormula("=1+1"), escapeFormula("'=1+1"), escapeFormula("~50"), escapeFormula("l'armée")]
 * //=> ["'=1+1", "''=1+1", "~50", "l'armée"]
 */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) || ESCAPED.test(text) ? `'${text}` : text;
}

/**
 * The cell {@link escapeFormula} wrote: the apostrophe it added is removed;
 * any other apostrophe is the cell's own.
 *
 * @param text - A cell as read from the file.
 * @returns The cell's text.
 *
 * @example
 * [unescapeFormula("'=1+1"), unescapeFormula("''=1+1"), unescapeFormula("'quoted'")]
 * //=> ["=1+1", "'=1+1", "'quoted'"]
 */
export function unescapeFormula(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
