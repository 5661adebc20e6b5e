import { facetOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import { sheetIssue, type NamedEntry, type SheetIssue } from "./sheetIssue.js";
import type { ReadDate } from "./readSheet.js";
import type { SheetNames } from "./sheetNames.js";
import { splitCell, type NumberedRow } from "./sheetRecord.js";
import type { SheetColumn } from "./sheetRow.js";
import { readSheetValue } from "./sheetValue.js";
import { readCellWord } from "./sheetWords.js";
import { vocabularyWords } from "./vocabularyWords.js";

/** The kind of a source a claim row names without declaring it, when the row says none: a relay is most often a newsroom. */
const DEFAULT_KIND = { source: "other", via: "media" } as const;
/** Looks a name up in the sheet, creating an entry for a new one; `undefined` (with the row's problem said) when it cannot. */
export type Resolve = (what: NamedEntry, name: string, column: SheetColumn, extra?: Record<string, unknown>) => string | undefined;

/** A claim row's cells as a claim: names looked up (and created), the value read by its facet's kind. */
export function readClaim(
  row: NumberedRow,
  id: string,
  resolve: Resolve,
  readDate: ReadDate,
  vocabulary: Vocabulary,
  itemsDeclared: boolean,
  sourceById: ReadonlyMap<string, { entry: Record<string, unknown>; row: number }>,
  names: Readonly<Record<NamedEntry, SheetNames>>,
  problems: SheetIssue[],
): Record<string, unknown> {
  const text = (column: SheetColumn) => (row.cells[column] ?? "").trim();
  const claim: Record<string, unknown> = { id };
  const words = vocabularyWords(vocabulary);
  /** A cell's word in any language (« média », « revendiqué », « tués »), or the cell as written for the incident's checks to judge. */
  const read = (column: SheetColumn, word: (cell: string) => string | undefined) => {
    const cell = text(column);
    return cell === "" ? "" : (word(cell) ?? cell);
  };
  const sourceName = text("source");
  const kind = read("source_kind", (cell) => readCellWord("sourceKind", cell));
  const side = text("speaks_for");
  if (sourceName !== "") {
    const source = resolve("source", sourceName, "source", { kind: kind || DEFAULT_KIND.source, ...(side ? { actor: side } : {}) });
    if (source !== undefined) claim.source = source;
    const known = source === undefined ? undefined : sourceById.get(source);
    if (known && kind !== "" && known.entry.kind !== kind) {
      problems.push(
        sheetIssue("conflicting-cell", row.row, "source_kind", {
          what: "source",
          name: sourceName,
          given: text("source_kind"),
          known: String(known.entry.kind),
          row: known.row,
        }),
      );
    }
    const knownSide = known?.entry.actor;
    const sideOf = (name: string) => {
      const found = names.actor.lookup(name);
      return "found" in found ? found.found : name;
    };
    if (known && side !== "" && typeof knownSide === "string" && sideOf(side) !== sideOf(knownSide)) {
      problems.push(sheetIssue("conflicting-cell", row.row, "speaks_for", { what: "source", name: sourceName, given: side, known: knownSide, row: known.row }));
    }
  }
  if (side !== "") resolve("actor", side, "speaks_for");
  const via = splitCell(text("via"), ">").map((relay) => resolve("source", relay, "via", { kind: DEFAULT_KIND.via }));
  if (via.length > 0 && via.every((v) => v !== undefined)) claim.via = via;
  // Dates as ISO 8601, whatever form the spreadsheet gave them (24/11/2023, 45254).
  if (text("said") !== "") claim.said = readDate("said", text("said"), false);
  const facet = read("facet", words.facet);
  const about: Record<string, unknown> = { facet };
  const named: readonly [SheetColumn & ("party" | "place" | "item"), NamedEntry][] = [
    ["party", "actor"],
    ["place", "place"],
    ["item", "item"],
  ];
  for (const [column, what] of named) {
    const name = text(column);
    if (name === "") continue;
    // An item is free text when neither the vocabulary nor the sheet declares any.
    if ((what === "item" && !itemsDeclared) || resolve(what, name, column) !== undefined) about[column] = name;
  }
  if (text("group") !== "") about.group = read("group", words.group);
  if (text("target") !== "") about.target = text("target");
  if (text("when") !== "") about.when = readDate("when", text("when"), true);
  claim.about = Object.fromEntries(["facet", "party", "group", "place", "when", "target", "item"].filter((f) => f in about).map((f) => [f, about[f]]));
  const definition = facetOf(vocabulary, facet);
  if (text("value") !== "") {
    const value =
      definition?.kind === "time" && !/^[[{]/u.test(text("value"))
        ? readDate("value", text("value"), true)
        : readSheetValue(text("value"), definition, { vocabulary });
    claim.value = value;
    if ((definition?.kind === "place" || definition?.kind === "actor") && typeof value === "string") resolve(definition.kind, value, "value");
  }
  const not = text("not") === "" ? undefined : readCellWord("not", text("not"));
  if (not !== undefined) claim.not = not === "true";
  else if (text("not") !== "") problems.push(sheetIssue("invalid-cell", row.row, "not", { received: text("not"), options: ["true", "false"] }));
  if (text("hedge") !== "") claim.hedge = read("hedge", (cell) => readCellWord("hedge", cell));
  for (const column of ["quote", "lang"] as const) if (text(column) !== "") claim[column] = text(column);
  const bases = splitCell(text("based_on"), ";");
  if (bases.length > 0) claim.basedOn = bases;
  return claim;
}
