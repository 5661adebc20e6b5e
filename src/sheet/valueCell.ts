import { conflict } from "../vocabulary/conflict.js";
import { facetOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import type { DateOrder } from "./sheetDate.js";
import type { SheetLanguage } from "./sheetWords.js";
import { readSheetValue, writeSheetValue } from "./sheetValue.js";

/** Options of {@link readValueCell} and {@link writeValueCell}. */
export interface ValueCellOptions {
  /** The vocabulary the facet comes from, and whose labels name its values. Default: {@link conflict}. */
  readonly vocabulary?: Vocabulary;
  /**
   * The language {@link writeValueCell} writes in: `"fr"` writes a refusal
   * « non communiqué » and a facet's names by the vocabulary's French labels
   * (« pris »). Default: `"en"`. {@link readValueCell} reads every language.
   * A time is written in ISO 8601 in every language.
   */
  readonly lang?: SheetLanguage;
  /**
   * The order in which {@link readValueCell} reads the day and the month of
   * a time such as `03/04/2024`, a day in either order. Default: none, and
   * such a cell is read as written (for `parseIncident` to refuse); a date
   * only one order reads (`24/11/2023`) is read whatever this says.
   */
  readonly dateOrder?: DateOrder;
}

/**
 * The value a claims sheet's `value` cell says for a facet, as
 * {@link rowsToIncident} reads it — for a tool with its own table or form:
 * quantities in their short forms (`12`, `~50`, `~50±5`, `45-55`, `>=6`,
 * `<=10`, `withheld`, `unknown`) or as the source's words (`{ phrase }`,
 * read by the lexicon when the incident is parsed), a facet's names in any
 * case or accents or by any label of the vocabulary (« pris » is
 * `captured`), sets as `a; b`, time spans as `from/to`, and JSON as it is;
 * times as ISO 8601 or as a spreadsheet writes them — `24/11/2023`
 * (`24.11.2023`, `24-11-2023`, with an optional ` 14:00`) day first,
 * `11/24/2023` month first when no day-first reading is a date,
 * `03/04/2024` in `dateOrder`, and an Excel serial day (`45254`) —
 * always given back as ISO 8601;
 * `withheld` and `unknown` in English or French (« non communiqué »,
 * « inconnu »). It reads, it does not check: `parseIncident` says what is
 * wrong with the value in its claim.
 *
 * @param cell - The cell as typed.
 * @param facet - The claim's facet; one the vocabulary does not know reads as text (or a number).
 * @param options - {@link ValueCellOptions}.
 * @returns The value, in the format's own form.
 *
 * @example
 * [readValueCell("~50", "killed"), readValueCell("une cinquantaine", "killed"), readValueCell("vbied; Shelling", "means"), readValueCell("pris", "control"), readValueCell("Non communiqué", "killed")]
 * //=> [{ approx: 50 }, { phrase: "une cinquantaine" }, ["vbied", "shelling"], "captured", "withheld"]
 * [readValueCell("24/11/2023 14:00", "occurred"), readValueCell("45254", "occurred"), readValueCell("03/04/2024", "occurred"), readValueCell("03/04/2024", "occurred", { dateOrder: "day-first" })]
 * //=> ["2023-11-24T14:00", "2023-11-24", "03/04/2024", "2024-04-03"]
 */
export function readValueCell(cell: string, facet: string, options: ValueCellOptions = {}): unknown {
  const vocabulary = options.vocabulary ?? conflict;
  return readSheetValue(cell, facetOf(vocabulary, facet), { vocabulary, dateOrder: options.dateOrder });
}

/**
 * A value as a claims sheet's `value` cell writes it for a facet, as
 * {@link claimsToRows} does: the short form a person types when it reads
 * back as the same value ({@link readValueCell}), else its JSON, else
 * `undefined` (a value no cell can hold exactly). With `lang: "fr"`, in
 * the French words that read back as the same value.
 *
 * @param value - A claim's value.
 * @param facet - The claim's facet.
 * @param options - {@link ValueCellOptions}.
 * @returns The cell, or `undefined`.
 *
 * @example
 * [writeValueCell({ min: 45, max: 55 }, "killed"), writeValueCell({ approx: 50, phrase: "une cinquantaine" }, "killed")]
 * //=> ["45-55", '{"approx":50,"phrase":"une cinquantaine"}']
 * [writeValueCell("withheld", "killed", { lang: "fr" }), writeValueCell(["vbied", "shelling", "rafales"], "means", { lang: "fr" })]
 * //=> ["non communiqué", "véhicule piégé; tirs d'obus; rafales"]
 */
export function writeValueCell(value: unknown, facet: string, options: ValueCellOptions = {}): string | undefined {
  const vocabulary = options.vocabulary ?? conflict;
  return writeSheetValue(value, facetOf(vocabulary, facet), { vocabulary, lang: options.lang });
}
