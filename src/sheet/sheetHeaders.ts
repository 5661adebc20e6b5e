import { didYouMean } from "../errors/didYouMean.js";
import { SHEET_COLUMNS, type SheetColumn } from "./sheetRow.js";
import { SHEET_LANGUAGES, type SheetLanguage } from "./sheetWords.js";
import { SHEET_HEADERS_FR, type SheetWordsOf } from "./sheetWordsFr.js";

/** Other ways a person may head a column in English: "Claim ID", "Based on", "source-kind", "Type". */
const HEADER_ALIASES_EN: Readonly<Partial<Record<SheetColumn, readonly string[]>>> = {
  id: ["claim", "claim_id"],
  based_on: ["basedon"],
  part_of: ["partof"],
  speaks_for: ["speaksfor"],
  source_kind: ["sourcekind"],
  record: ["type"],
};

/** The headers of each language; the first of each column is the one written. */
const SHEET_HEADERS: Readonly<Record<SheetLanguage, SheetWordsOf<SheetColumn>>> = {
  en: Object.fromEntries(SHEET_COLUMNS.map((column) => [column, [column, ...(HEADER_ALIASES_EN[column] ?? [])]])) as unknown as SheetWordsOf<SheetColumn>,
  fr: SHEET_HEADERS_FR,
};

/** A header as it is looked up: no case, accents, spaces, hyphens, apostrophes or underscores told apart. */
function foldHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s\-_'’]+/gu, "_")
    .replace(/^_|_$/gu, "");
}

/** Every folded header, with its column and the languages that write it. */
const HEADERS = new Map<string, { readonly column: SheetColumn; readonly langs: Set<SheetLanguage> }>();
for (const lang of SHEET_LANGUAGES) {
  for (const column of SHEET_COLUMNS) {
    for (const name of SHEET_HEADERS[lang][column]) {
      const key = foldHeader(name);
      const known = HEADERS.get(key);
      if (known === undefined) HEADERS.set(key, { column, langs: new Set([lang]) });
      else if (known.column === column) known.langs.add(lang);
    }
  }
}

/**
 * The column a header names, in English or French: case, accents, spaces,
 * hyphens and apostrophes ignored ("Source kind", "source-kind" and
 * « Type de source » are one column), or `undefined` for a header that is
 * no column. « Type » is `record`, as in English; a French sheet heads the
 * kind « Nature ».
 *
 * @param header - A header as typed.
 * @returns The column, or `undefined`.
 *
 * @example
 * [columnOf("Based on"), columnOf("Claim ID"), columnOf("valeur"), columnOf("Fondé sur"), columnOf("Réserve"), columnOf("Type")]
 * //=> ["based_on", "id", "value", "based_on", "hedge", "record"]
 */
export function columnOf(header: string): SheetColumn | undefined {
  return HEADERS.get(foldHeader(header))?.column;
}

/**
 * The headers a claims sheet in `lang` is written with, in the order of
 * {@link SHEET_COLUMNS}: the columns' own names in English, in French the
 * names a French analyst gives them (« Source », « Type de source »,
 * « Relais », …). {@link columnOf} reads both.
 *
 * @param lang - The sheet's language. Default: `"en"`.
 * @returns One header per column.
 *
 * @example
 * sheetHeaders("fr").slice(0, 7)
 * //=> ["Type de ligne", "Identifiant", "Source", "Type de source", "Relais", "Date de la déclaration", "Facette"]
 */
export function sheetHeaders(lang: SheetLanguage = "en"): string[] {
  return SHEET_COLUMNS.map((column) => SHEET_HEADERS[lang][column][0]);
}

/**
 * The language a sheet's headers are written in: the one more of them
 * belong to alone (« Valeur » is French, "value" English, "source" both),
 * or `undefined` when none leads.
 */
export function headerLanguage(headers: readonly string[]): SheetLanguage | undefined {
  const counts = new Map<SheetLanguage, number>();
  for (const header of headers) {
    const langs = HEADERS.get(foldHeader(header))?.langs;
    if (langs?.size === 1) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first !== undefined && (second === undefined || first[1] > second[1]) ? first[0] : undefined;
}

/**
 * The column name closest to a header that names none, among the names of
 * the sheet's language: its French names in a French sheet; in an English
 * one, or one whose headers tell no language, the columns' own names, then
 * the French ones.
 */
export function headerSuggestion(header: string, lang: SheetLanguage | undefined): string | undefined {
  const french = () => SHEET_COLUMNS.flatMap((column) => SHEET_HEADERS_FR[column]);
  if (lang === "fr") return didYouMean(header, french());
  return didYouMean(header, SHEET_COLUMNS) ?? (lang === undefined ? didYouMean(header, french()) : undefined);
}
