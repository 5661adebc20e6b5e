import { claimsToRows, formatSheetIssue, rowsToIncident, type Incident } from "contested";
import type { UiLang } from "./words.js";

/**
 * Each claim's value as a spreadsheet cell, as {@link claimsToRows} writes it
 * (`~50`, `45-55`, `vbied; shelling`, « une cinquantaine »): the form the
 * table shows and reads back. A value no cell can say exactly is shown as
 * its JSON.
 *
 * @example
 * valueCells(incident).get("local-toll")
 * //=> "une cinquantaine"
 */
export function valueCells(incident: Incident): Map<string, string> {
  const rows = claimsToRows(incident, { declarations: false });
  return new Map(
    incident.claims.map((claim, i) => {
      const cell = rows[i]?.value ?? "";
      return [claim.id, cell === "" ? JSON.stringify(claim.value) : cell];
    }),
  );
}

/** What a typed cell reads as: the value, or the sheet's problem with it in the interface's words. */
export type CellReading = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: string };

/**
 * Reads a typed value cell for a facet as {@link rowsToIncident} reads a
 * sheet's: `12`, `~50`, `45-55`, `>=6`, `withheld`, `a; b`, `from/to`, or a
 * source's words read by the lexicon, in `lang`. A cell that is JSON
 * (`{"approx": 50}`) is taken as it is. A problem is said in `uiLang`.
 *
 * @example
 * readValueCell("~50", "killed", "fr", "en")
 * //=> { ok: true, value: { approx: 50 } }
 */
export function readValueCell(cell: string, facet: string, lang: string, uiLang: UiLang): CellReading {
  const text = cell.trim();
  if (/^[[{]/u.test(text)) {
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (error) {
      return { ok: false, message: (error as Error).message };
    }
  }
  const read = rowsToIncident([{ source: "cell", facet, value: text }], { lang });
  const issue = read.issues[0];
  // The problem of the one cell typed: no row or column to name.
  if (issue !== undefined) return { ok: false, message: formatSheetIssue({ ...issue, row: 0, column: "" }, { lang: uiLang }) };
  const claim = read.incident.claims[0];
  return claim === undefined ? { ok: false, message: "?" } : { ok: true, value: claim.value };
}
