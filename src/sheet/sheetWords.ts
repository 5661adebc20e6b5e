import { HedgeSchema } from "../model/claim.js";
import { normalizeName } from "../model/normalizeName.js";
import { SourceKindSchema } from "../model/source.js";
import { SheetRecordSchema } from "./sheetRow.js";
import { SHEET_CELL_WORDS_FR, type SheetCellWords, type SheetWordsOf } from "./sheetWordsFr.js";

/**
 * The languages a claims sheet's headers and words are written in. Every
 * sheet is read in all of them at once; writing takes one (`"en"`, the
 * format's own names, by default).
 *
 * @example
 * SHEET_LANGUAGES
 * //=> ["en", "fr"]
 */
export const SHEET_LANGUAGES = ["en", "fr"] as const;

/** One of {@link SHEET_LANGUAGES}. */
export type SheetLanguage = (typeof SHEET_LANGUAGES)[number];

/** Each name as its own word. */
function itself<Name extends string>(names: readonly Name[]): SheetWordsOf<Name> {
  return Object.fromEntries(names.map((name) => [name, [name]])) as unknown as SheetWordsOf<Name>;
}

/** The English words are the format's own names, and a few more for `not`. */
const SHEET_CELL_WORDS_EN: SheetCellWords = {
  record: itself(SheetRecordSchema.options),
  sourceKind: itself(SourceKindSchema.options),
  hedge: itself(HedgeSchema.options),
  quantity: itself(["withheld", "unknown"]),
  not: { true: ["true", "yes", "y", "x", "1", "not"], false: ["false", "no", "n", "0"] },
};

/** The words of each language, English first: where two languages fold a word alike, the first language's name wins. */
const SHEET_CELL_WORDS: Readonly<Record<SheetLanguage, SheetCellWords>> = { en: SHEET_CELL_WORDS_EN, fr: SHEET_CELL_WORDS_FR };

/** A concern of {@link SheetCellWords}: which cells a table of words is for. */
export type CellConcern = keyof SheetCellWords;
/** The names one concern's words stand for. */
export type CellName<C extends CellConcern> = keyof SheetCellWords[C] & string;

const readers = new Map<CellConcern, ReadonlyMap<string, string>>();

function readerOf(concern: CellConcern): ReadonlyMap<string, string> {
  let reader = readers.get(concern);
  if (reader === undefined) {
    const built = new Map<string, string>();
    for (const lang of SHEET_LANGUAGES) {
      const table = SHEET_CELL_WORDS[lang][concern] as Readonly<Record<string, readonly string[]>>;
      for (const [name, words] of Object.entries(table)) {
        for (const word of words) if (!built.has(normalizeName(word))) built.set(normalizeName(word), name);
      }
    }
    readers.set(concern, (reader = built));
  }
  return reader;
}

/**
 * The name a cell's word stands for, in any language a sheet is read in
 * (case, accents and punctuation aside): `readCellWord("hedge", "Revendiqué")`
 * is `"claimed"`; `undefined` for a word of no table, which the cell then
 * keeps as written (so that the incident's checks say what is wrong).
 */
export function readCellWord<C extends CellConcern>(concern: C, cell: string): CellName<C> | undefined {
  return readerOf(concern).get(normalizeName(cell)) as CellName<C> | undefined;
}

/** The word a sheet in `lang` writes for a name: the first of its table. */
export function writeCellWord<C extends CellConcern>(concern: C, name: CellName<C>, lang: SheetLanguage): string {
  const table = SHEET_CELL_WORDS[lang][concern] as Readonly<Record<string, readonly [string, ...string[]]>>;
  return Object.hasOwn(table, name) ? table[name]![0] : name;
}

/** Every word of every language for one concern, with the name it stands for: for tests and documentation. */
export function cellWords(concern: CellConcern): readonly (readonly [lang: SheetLanguage, name: string, word: string])[] {
  return SHEET_LANGUAGES.flatMap((lang) =>
    Object.entries(SHEET_CELL_WORDS[lang][concern] as Readonly<Record<string, readonly string[]>>).flatMap(([name, words]) =>
      words.map((word) => [lang, name, word] as const),
    ),
  );
}
