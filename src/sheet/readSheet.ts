import { normalizeName } from "../model/normalizeName.js";
import { itemNames } from "../resolve/itemNames.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import { readClaim } from "./readClaimRow.js";
import { readDateCell, type DateCell, type DateOrder, type SheetDate } from "./sheetDate.js";
import { sheetIssue, type NamedEntry, type SheetIssue } from "./sheetIssue.js";
import { SheetNames } from "./sheetNames.js";
import { readCellWord } from "./sheetWords.js";
import { cells, classify, splitCell, withMore, type NumberedRow } from "./sheetRecord.js";
import type { SheetColumn } from "./sheetRow.js";

export type { NumberedRow } from "./sheetRecord.js";

/** An entry a row brought in by naming it, without a row of its own. */
export interface CreatedEntry {
  readonly what: NamedEntry;
  readonly id: string;
  readonly name: string;
  /** The row and column that first name it. */
  readonly row: number;
  readonly column: SheetColumn;
  /** A source's kind, as the row gave it or as it was taken by default. */
  readonly kind?: string;
}

/** Where one entry of the document came from, to lead a problem back to its row and column. */
export interface EntryOrigin {
  readonly row: number;
  /** For an entry created from a name: the column that named it. */
  readonly column?: SheetColumn;
  /** The fields the row's `more` cell gave. */
  readonly fromMore: ReadonlySet<string>;
}

/** Where each part of the document came from. */
export interface SheetOrigins {
  readonly claims: readonly EntryOrigin[];
  readonly lists: Readonly<Record<NamedEntry, readonly EntryOrigin[]>>;
  readonly incident?: EntryOrigin;
}

/** Rows and created names left out because a previous build's incident refused them. */
export interface Exclusions {
  readonly rows: ReadonlySet<number>;
  /** For each list, the folded names of created entries that were refused, with the row that created each. */
  readonly names: Readonly<Record<NamedEntry, ReadonlyMap<string, number>>>;
}

/** What one build of the incident document from the rows gives. */
export interface SheetBuild {
  readonly document: Record<string, unknown>;
  readonly created: readonly CreatedEntry[];
  readonly issues: readonly SheetIssue[];
  readonly origins: SheetOrigins;
  /** The dates of the rows read that a spreadsheet wrote in its own form, as they were read. */
  readonly dates: readonly SheetDate[];
}

/** What the sheet does not say about the incident, and the vocabulary its facets come from. */
export interface BuildOptions {
  readonly vocabulary: Vocabulary;
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  readonly lang?: string | undefined;
  /** The order of `03/04/2024`, when the sheet or the options tell it. */
  readonly dateOrder?: DateOrder | undefined;
}

/** Reads a date cell of a row: its value for the document, its problems said and its spreadsheet forms noted. */
export type ReadDate = (column: SheetDate["column"], cell: string, span: boolean) => string | { from: string; to: string };

const LISTS: readonly NamedEntry[] = ["source", "actor", "place", "item"];

/**
 * Builds the incident document a sheet's rows describe, leaving out every
 * row that cannot be read and saying why. Declarations are read first, then
 * claim rows in order; a name no row declares becomes a new entry, unless it
 * is a near miss of a known one (a typo). The document is not yet checked:
 * {@link rowsToIncident} parses it and leads the parser's problems back to
 * their rows with {@link SheetOrigins}.
 */
export function buildFromRows(rows: readonly NumberedRow[], options: BuildOptions, excluded: Exclusions): SheetBuild {
  const issues: SheetIssue[] = [];
  const created: CreatedEntry[] = [];
  const dates: SheetDate[] = [];
  // A sheet says the same few dates on thousands of rows: each is read once.
  const readDates = new Map<string, DateCell>();
  const dateCell = (cell: string, span: boolean): DateCell => {
    const key = `${span ? "span" : "one"}\u0000${cell}`;
    let read = readDates.get(key);
    if (read === undefined) readDates.set(key, (read = readDateCell(cell, options.dateOrder, span)));
    return read;
  };
  const vocabularyItems = itemNames([], options.vocabulary);
  const names: Record<NamedEntry, SheetNames> = {
    source: new SheetNames("source"),
    actor: new SheetNames("actor"),
    place: new SheetNames("place"),
    item: new SheetNames(
      "item",
      (name) => vocabularyItems.itemId(name),
      () => vocabularyItems.known(),
    ),
  };
  const entries: Record<NamedEntry, Record<string, unknown>[]> = { source: [], actor: [], place: [], item: [] };
  const entryOrigins: Record<NamedEntry, EntryOrigin[]> = { source: [], actor: [], place: [], item: [] };
  const sourceById = new Map<string, { entry: Record<string, unknown>; row: number }>();
  const text = (row: NumberedRow, column: SheetColumn) => (row.cells[column] ?? "").trim();
  let incident: Record<string, unknown> = {};
  let incidentOrigin: EntryOrigin | undefined;

  /** Looks names up for one row; names no row declares become entries once the whole row reads. */
  const resolverFor = (row: number) => {
    const problems: SheetIssue[] = [];
    const pending: (() => void)[] = [];
    const readDate: ReadDate = (column, cell, span) => {
      const read = dateCell(cell, span);
      for (const problem of read.problems) problems.push(sheetIssue(problem.code, row, column, problem.params as never));
      pending.push(() => dates.push(...read.read.map((date) => ({ row, column, ...date }))));
      // A span read once is given to each claim as its own object.
      return typeof read.value === "string" ? read.value : { ...read.value };
    };
    const planned = new Map<string, string>();
    const resolve = (what: NamedEntry, name: string, column: SheetColumn, extra: Record<string, unknown> = {}): string | undefined => {
      const found = names[what].lookup(name);
      if ("found" in found) return found.found;
      if ("failed" in found) problems.push(sheetIssue("depends-on-row", row, column, { what, name, row: found.failed }));
      if ("near" in found) problems.push(sheetIssue("near-name", row, column, { what, name, suggestion: found.near }));
      if (!("missing" in found)) return undefined;
      const key = `${what}\u0000${normalizeName(name)}`;
      const again = planned.get(key);
      if (again !== undefined) return again;
      const id = names[what].freshId(name);
      planned.set(key, id);
      pending.push(() => {
        const entry = { id, name, ...extra };
        names[what].add({ id, names: [name], row, column });
        entries[what].push(entry);
        entryOrigins[what].push({ row, column, fromMore: new Set() });
        if (what === "source") sourceById.set(id, { entry, row });
        created.push({ what, id, name, row, column, ...(typeof extra.kind === "string" ? { kind: extra.kind } : {}) });
      });
      return id;
    };
    /** Adds the row's problems to the sheet's, or commits the entries it created; true when the row reads. */
    const settle = (): boolean => {
      issues.push(...problems);
      if (problems.length > 0) return false;
      pending.forEach((commit) => commit());
      return true;
    };
    return { resolve, readDate, problems, settle };
  };

  const classified = rows.map((row) => ({ row, ...classify(row) }));
  const byRow = new Map(rows.map((row) => [row.row, row] as const));

  // 1. Declarations, so that claim rows anywhere in the sheet can name them.
  for (const { row, record, more, problems } of classified) {
    if (record === undefined || record === "claim") {
      if (record === undefined) issues.push(...problems);
      continue;
    }
    const failed = excluded.rows.has(row.row);
    if (record === "incident") {
      if (incidentOrigin !== undefined && !failed)
        issues.push(sheetIssue("duplicate-declaration", row.row, "record", { what: "incident", id: text(row, "id"), row: incidentOrigin.row }));
      else if (!failed && problems.length > 0) issues.push(...problems);
      else if (!failed) {
        incident = withMore(cells({ id: text(row, "id"), title: text(row, "name"), lang: text(row, "lang") }), more);
        incidentOrigin = { row: row.row, fromMore: new Set(Object.keys(more)) };
      }
      continue;
    }
    const what: NamedEntry = record;
    const name = text(row, "name");
    const id = text(row, "id") || (typeof more.id === "string" ? more.id : names[what].freshId(name || what));
    const earlier = names[what].byId(id);
    if (earlier) {
      if (!failed) issues.push(sheetIssue("duplicate-declaration", row.row, "id", { what, id, row: earlier.row }));
      continue;
    }
    const aliases = splitCell(text(row, "aliases"), ";");
    // A source's kind is one of a few words, in any language; an actor's or a place's is free text.
    const kind = what === "source" ? (readCellWord("sourceKind", text(row, "kind")) ?? text(row, "kind")) : text(row, "kind");
    const date = text(row, "date") === "" ? undefined : dateCell(text(row, "date"), false);
    for (const problem of date?.problems ?? []) problems.push(sheetIssue(problem.code, row.row, "date", problem.params as never));
    const entry = withMore(cells({ id, name, kind, aliases, url: text(row, "url"), date: typeof date?.value === "string" ? date.value : "" }), more);
    const entryNames = [typeof entry.name === "string" ? entry.name : name, ...(Array.isArray(entry.aliases) ? (entry.aliases as unknown[]).map(String) : [])];
    names[what].add({ id, names: entryNames, row: row.row }, failed || problems.length > 0 ? row.row : undefined);
    if (failed) continue;
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    entries[what].push(entry);
    entryOrigins[what].push({ row: row.row, fromMore: new Set(Object.keys(more)) });
    if (what === "source") sourceById.set(id, { entry, row: row.row });
    if (date !== undefined && !("date" in more)) dates.push(...date.read.map((read) => ({ row: row.row, column: "date" as const, ...read })));
  }
  for (const what of LISTS) for (const [name, row] of excluded.names[what]) names[what].add({ id: `\u0000${name}`, names: [name], row }, row);

  // 2. What declarations name: a source's side, an actor's larger actors, a place's enclosing place.
  for (const what of ["source", "actor", "place"] as const) {
    const kept: number[] = [];
    const declared = entries[what].length;
    entries[what].slice(0, declared).forEach((entry, k) => {
      const origin = entryOrigins[what][k]!;
      const row = byRow.get(origin.row)!;
      const { resolve, settle } = resolverFor(origin.row);
      const side = text(row, "speaks_for");
      const wholes = splitCell(text(row, "part_of"), ";");
      const within = text(row, "in");
      if (what === "source" && side !== "" && resolve("actor", side, "speaks_for") !== undefined) entry.actor ??= side;
      if (what === "actor" && wholes.length > 0 && wholes.every((w) => resolve("actor", w, "part_of") !== undefined)) entry.partOf ??= wholes;
      if (what === "place" && within !== "" && resolve("place", within, "in") !== undefined) entry.in ??= within;
      if (settle()) kept.push(k);
      else names[what].fail(String(entry.id), origin.row);
    });
    // Entries the declarations created from names (an enclosing place no row declares) follow the declared ones.
    entries[what] = [...kept.map((k) => entries[what][k]!), ...entries[what].slice(declared)];
    entryOrigins[what] = [...kept.map((k) => entryOrigins[what][k]!), ...entryOrigins[what].slice(declared)];
  }

  // 3. Claims, in row order.
  const claims: Record<string, unknown>[] = [];
  const claimOrigins: EntryOrigin[] = [];
  const removedClaims = new Map<string, number>();
  for (const { row, record, more, problems } of classified) {
    if (record !== "claim") continue;
    const id = text(row, "id") || (typeof more.id === "string" ? more.id : `row-${row.row}`);
    if (excluded.rows.has(row.row)) {
      removedClaims.set(id, row.row);
      continue;
    }
    const { resolve, readDate, problems: rowProblems, settle } = resolverFor(row.row);
    rowProblems.push(...problems);
    const claim = readClaim(
      row,
      id,
      resolve,
      readDate,
      options.vocabulary,
      vocabularyItems.declared || entries.item.length > 0,
      sourceById,
      names,
      rowProblems,
    );
    if (!settle()) {
      removedClaims.set(id, row.row);
      continue;
    }
    claims.push(withMore(claim, more));
    claimOrigins.push({ row: row.row, fromMore: new Set(Object.keys(more)) });
  }

  // A claim based on a claim whose row could not be read cannot be read either, and so on down the chain.
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = claims.length - 1; k >= 0; k--) {
      const bases = claims[k]!.basedOn;
      const missing = Array.isArray(bases) ? bases.find((b) => removedClaims.has(String(b))) : undefined;
      if (missing === undefined) continue;
      const origin = claimOrigins[k]!;
      issues.push(sheetIssue("depends-on-row", origin.row, "based_on", { what: "claim", name: String(missing), row: removedClaims.get(String(missing))! }));
      removedClaims.set(String(claims[k]!.id), origin.row);
      claims.splice(k, 1);
      claimOrigins.splice(k, 1);
      changed = true;
    }
  }

  const document: Record<string, unknown> = {
    contested: 1,
    id: options.id ?? "incident",
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...incident,
    actors: entries.actor,
    places: entries.place,
    ...(entries.item.length > 0 ? { items: entries.item } : {}),
    sources: entries.source,
    claims,
  };
  return {
    document,
    created,
    issues: issues.sort((a, b) => a.row - b.row),
    dates: dates.sort((a, b) => a.row - b.row),
    origins: { claims: claimOrigins, lists: entryOrigins, ...(incidentOrigin ? { incident: incidentOrigin } : {}) },
  };
}
