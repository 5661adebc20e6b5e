import { normalizeName } from "../model/normalizeName.js";
import type { DateOrder } from "./sheetDate.js";
import type { NumberedRow } from "./sheetRecord.js";
import type { SheetColumn } from "./sheetRow.js";
import { cellWords, type CellConcern, type SheetLanguage } from "./sheetWords.js";

/** What a sheet shows of the spreadsheet it was written in: its headers' language, and the separator it was saved with. */
export interface SheetClues {
  readonly headers?: SheetLanguage | undefined;
  readonly separator?: string | undefined;
}

/** The columns whose few words tell a sheet's language, and the table each is read from. */
const WORD_COLUMNS: readonly (readonly [SheetColumn, CellConcern])[] = [
  ["record", "record"],
  ["source_kind", "sourceKind"],
  ["kind", "sourceKind"],
  ["hedge", "hedge"],
  ["not", "not"],
  ["value", "quantity"],
];

let frenchWords: ReadonlyMap<CellConcern, ReadonlySet<string>> | undefined;

/** The folded words only French writes, by concern (« affirmation », « revendiqué », « oui »; not « source », which English writes too). */
function frenchOnly(concern: CellConcern): ReadonlySet<string> {
  frenchWords ??= new Map(
    WORD_COLUMNS.map(([, c]) => {
      const words = cellWords(c);
      const english = new Set(words.filter(([lang]) => lang === "en").map(([, , word]) => normalizeName(word)));
      return [c, new Set(words.filter(([lang, , word]) => lang === "fr" && !english.has(normalizeName(word))).map(([, , word]) => normalizeName(word)))];
    }),
  );
  return frenchWords.get(concern) ?? new Set();
}

/**
 * The order a sheet's dates are read in when both orders make a day of
 * `03/04/2024`: day first when the sheet shows a day-first spreadsheet —
 * French headers, French words in its cells (« affirmation », « locale »,
 * « revendiqué », « oui », « non communiqué »), or the `;` separator that
 * Excel writes where the decimal mark is a comma (France, and every
 * day-first country with it); else `undefined`, and such a date is a
 * problem rather than a guess. English headers tell no order (a British
 * sheet is day first, an American one month first), nor does the
 * language of the quotes (an analyst in Washington codes RFI's French).
 */
export function sheetDateOrder(rows: readonly NumberedRow[], clues: SheetClues): DateOrder | undefined {
  if (clues.headers === "fr" || clues.separator === ";") return "day-first";
  // These columns take a few words, said on thousands of rows: each is looked at once.
  const seen = new Set<string>();
  for (const row of rows) {
    for (const [column, concern] of WORD_COLUMNS) {
      const cell = row.cells[column];
      if (cell === undefined || cell.trim() === "" || seen.has(`${column}\u0000${cell}`)) continue;
      seen.add(`${column}\u0000${cell}`);
      if (frenchOnly(concern).has(normalizeName(cell))) return "day-first";
    }
  }
  return undefined;
}
