import { sheetIssue, type SheetIssue } from "./sheetIssue.js";
import { RECORD_COLUMNS, SheetRecordSchema, type SheetColumn, type SheetRecord } from "./sheetRow.js";
import { readCellWord } from "./sheetWords.js";

/** One row of a sheet: its number as a spreadsheet shows it, and its cells by column. */
export interface NumberedRow {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<SheetColumn, string>>>;
}

/** The parts of a list cell: `a; b`, `rfi > afp`. */
export function splitCell(text: string, separator: ";" | ">"): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

/**
 * A row's record (in any language: « affirmation », « acteur »…) and `more`
 * fields, with the problems of its cells: an unknown record, a cell its
 * record leaves blank, a `more` that is no JSON object.
 */
export function classify(row: NumberedRow): { record?: SheetRecord; more: Record<string, unknown>; problems: SheetIssue[] } {
  const problems: SheetIssue[] = [];
  const typed = (row.cells.record ?? "").trim();
  const record = SheetRecordSchema.safeParse(typed === "" ? "claim" : (readCellWord("record", typed) ?? typed.toLowerCase()));
  if (!record.success)
    return { more: {}, problems: [sheetIssue("invalid-cell", row.row, "record", { received: row.cells.record ?? "", options: SheetRecordSchema.options })] };
  const allowed = RECORD_COLUMNS[record.data];
  for (const [column, value] of Object.entries(row.cells) as [SheetColumn, string][]) {
    if (value.trim() !== "" && !allowed.includes(column)) problems.push(sheetIssue("stray-cell", row.row, column, { record: record.data }));
  }
  let more: Record<string, unknown> = {};
  const moreText = (row.cells.more ?? "").trim();
  if (moreText !== "") {
    try {
      const parsed: unknown = JSON.parse(moreText);
      if (!isPlainObject(parsed)) throw new Error(`${JSON.stringify(parsed)} is not an object`);
      more = parsed;
    } catch (error) {
      problems.push(sheetIssue("invalid-more", row.row, "more", { detail: (error as Error).message }));
    }
  }
  return { record: record.data, more, problems };
}

/** The fields whose cells are not blank (an empty list is blank too). */
export function cells(fields: Record<string, string | readonly string[]>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.length > 0));
}

/** `more` wins over the cells; an object in both (a claim's `about`) is merged one level deep. */
export function withMore(fields: Record<string, unknown>, more: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...fields };
  for (const [key, value] of Object.entries(more)) {
    const here = merged[key];
    merged[key] = isPlainObject(here) && isPlainObject(value) ? { ...here, ...value } : value;
  }
  return merged;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
