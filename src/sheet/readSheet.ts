import { normalizeName } from "../model/normalizeName.js";
import { itemNames } from "../resolve/itemNames.js";
import { facetOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import { sheetIssue, type NamedEntry, type SheetIssue } from "./sheetIssue.js";
import { SheetNames } from "./sheetNames.js";
import { RECORD_COLUMNS, SheetRecordSchema, type SheetColumn, type SheetRecord } from "./sheetRow.js";
import { readSheetValue } from "./sheetValue.js";

/** One row of a sheet: its number as a spreadsheet shows it, and its cells by column. */
export interface NumberedRow {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<SheetColumn, string>>>;
}

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
}

/** What the sheet does not say about the incident, and the vocabulary its facets come from. */
export interface BuildOptions {
  readonly vocabulary: Vocabulary;
  readonly id?: string | undefined;
  readonly title?: string | undefined;
  readonly lang?: string | undefined;
}

/** The words a `not` cell may hold. */
const NOT_WORDS: Readonly<Record<string, boolean>> = { true: true, yes: true, y: true, x: true, "1": true, not: true, oui: true, vrai: true, false: false, no: false, n: false, "0": false, non: false, faux: false };
/** The kind of a source a claim row names without declaring it, when the row says none: a relay is most often a newsroom. */
const DEFAULT_KIND = { source: "other", via: "media" } as const;
const LISTS: readonly NamedEntry[] = ["source", "actor", "place", "item"];

/** The parts of a list cell: `a; b`, `rfi > afp`. */
export function splitCell(text: string, separator: ";" | ">"): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

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
  const vocabularyItems = itemNames([], options.vocabulary);
  const names: Record<NamedEntry, SheetNames> = {
    source: new SheetNames("source"),
    actor: new SheetNames("actor"),
    place: new SheetNames("place"),
    item: new SheetNames("item", (name) => vocabularyItems.itemId(name), () => vocabularyItems.known()),
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
        created.push({ what, id, name, row, column, ...(typeof extra["kind"] === "string" ? { kind: extra["kind"] } : {}) });
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
    return { resolve, problems, settle };
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
      if (incidentOrigin !== undefined && !failed) issues.push(sheetIssue("duplicate-declaration", row.row, "record", { what: "incident", id: text(row, "id"), row: incidentOrigin.row }));
      else if (!failed && problems.length > 0) issues.push(...problems);
      else if (!failed) {
        incident = withMore(cells({ id: text(row, "id"), title: text(row, "name"), lang: text(row, "lang") }), more);
        incidentOrigin = { row: row.row, fromMore: new Set(Object.keys(more)) };
      }
      continue;
    }
    const what: NamedEntry = record;
    const name = text(row, "name");
    const id = text(row, "id") || (typeof more["id"] === "string" ? more["id"] : names[what].freshId(name || what));
    const earlier = names[what].byId(id);
    if (earlier) {
      if (!failed) issues.push(sheetIssue("duplicate-declaration", row.row, "id", { what, id, row: earlier.row }));
      continue;
    }
    const aliases = splitCell(text(row, "aliases"), ";");
    const entry = withMore(cells({ id, name, kind: text(row, "kind"), aliases, url: text(row, "url"), date: text(row, "date") }), more);
    const entryNames = [typeof entry["name"] === "string" ? entry["name"] : name, ...(Array.isArray(entry["aliases"]) ? (entry["aliases"] as unknown[]).map(String) : [])];
    names[what].add({ id, names: entryNames, row: row.row }, failed || problems.length > 0 ? row.row : undefined);
    if (failed) continue;
    if (problems.length > 0) {
      issues.push(...problems);
      continue;
    }
    entries[what].push(entry);
    entryOrigins[what].push({ row: row.row, fromMore: new Set(Object.keys(more)) });
    if (what === "source") sourceById.set(id, { entry, row: row.row });
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
      if (what === "source" && side !== "" && resolve("actor", side, "speaks_for") !== undefined) entry["actor"] ??= side;
      if (what === "actor" && wholes.length > 0 && wholes.every((w) => resolve("actor", w, "part_of") !== undefined)) entry["partOf"] ??= wholes;
      if (what === "place" && within !== "" && resolve("place", within, "in") !== undefined) entry["in"] ??= within;
      if (settle()) kept.push(k);
      else names[what].fail(String(entry["id"]), origin.row);
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
    const id = text(row, "id") || (typeof more["id"] === "string" ? more["id"] : `row-${row.row}`);
    if (excluded.rows.has(row.row)) {
      removedClaims.set(id, row.row);
      continue;
    }
    const { resolve, problems: rowProblems, settle } = resolverFor(row.row);
    rowProblems.push(...problems);
    const claim = readClaim(row, id, resolve, options.vocabulary, vocabularyItems.declared || entries.item.length > 0, sourceById, names, rowProblems);
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
      const bases = claims[k]!["basedOn"];
      const missing = Array.isArray(bases) ? bases.find((b) => removedClaims.has(String(b))) : undefined;
      if (missing === undefined) continue;
      const origin = claimOrigins[k]!;
      issues.push(sheetIssue("depends-on-row", origin.row, "based_on", { what: "claim", name: String(missing), row: removedClaims.get(String(missing))! }));
      removedClaims.set(String(claims[k]!["id"]), origin.row);
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
    origins: { claims: claimOrigins, lists: entryOrigins, ...(incidentOrigin ? { incident: incidentOrigin } : {}) },
  };
}

type Resolve = (what: NamedEntry, name: string, column: SheetColumn, extra?: Record<string, unknown>) => string | undefined;

/** A claim row's cells as a claim: names looked up (and created), the value read by its facet's kind. */
function readClaim(
  row: NumberedRow,
  id: string,
  resolve: Resolve,
  vocabulary: Vocabulary,
  itemsDeclared: boolean,
  sourceById: ReadonlyMap<string, { entry: Record<string, unknown>; row: number }>,
  names: Readonly<Record<NamedEntry, SheetNames>>,
  problems: SheetIssue[],
): Record<string, unknown> {
  const text = (column: SheetColumn) => (row.cells[column] ?? "").trim();
  const claim: Record<string, unknown> = { id };
  const sourceName = text("source");
  const kind = text("source_kind");
  const side = text("speaks_for");
  if (sourceName !== "") {
    const source = resolve("source", sourceName, "source", { kind: kind || DEFAULT_KIND.source, ...(side ? { actor: side } : {}) });
    if (source !== undefined) claim["source"] = source;
    const known = source === undefined ? undefined : sourceById.get(source);
    if (known && kind !== "" && known.entry["kind"] !== kind) {
      problems.push(sheetIssue("conflicting-cell", row.row, "source_kind", { what: "source", name: sourceName, given: kind, known: String(known.entry["kind"]), row: known.row }));
    }
    const knownSide = known?.entry["actor"];
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
  if (via.length > 0 && via.every((v) => v !== undefined)) claim["via"] = via;
  if (text("said") !== "") claim["said"] = text("said");
  const facet = text("facet");
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
  for (const column of ["group", "target"] as const) if (text(column) !== "") about[column] = text(column);
  if (text("when") !== "") about["when"] = readSheetValue(text("when"), { kind: "time" });
  claim["about"] = Object.fromEntries(["facet", "party", "group", "place", "when", "target", "item"].filter((f) => f in about).map((f) => [f, about[f]]));
  const definition = facetOf(vocabulary, facet);
  if (text("value") !== "") {
    const value = readSheetValue(text("value"), definition);
    claim["value"] = value;
    if ((definition?.kind === "place" || definition?.kind === "actor") && typeof value === "string") resolve(definition.kind, value, "value");
  }
  const not = text("not").toLowerCase();
  if (not !== "" && Object.hasOwn(NOT_WORDS, not)) claim["not"] = NOT_WORDS[not];
  else if (not !== "") problems.push(sheetIssue("invalid-cell", row.row, "not", { received: text("not"), options: ["true", "false"] }));
  for (const column of ["hedge", "quote", "lang"] as const) if (text(column) !== "") claim[column] = text(column);
  const bases = splitCell(text("based_on"), ";");
  if (bases.length > 0) claim["basedOn"] = bases;
  return claim;
}

/** A row's record and `more` fields, with the problems of its cells: an unknown record, a cell its record leaves blank, a `more` that is no JSON object. */
function classify(row: NumberedRow): { record?: SheetRecord; more: Record<string, unknown>; problems: SheetIssue[] } {
  const problems: SheetIssue[] = [];
  const typed = (row.cells.record ?? "").trim().toLowerCase();
  const record = SheetRecordSchema.safeParse(typed === "" ? "claim" : typed);
  if (!record.success) return { more: {}, problems: [sheetIssue("invalid-cell", row.row, "record", { received: row.cells.record ?? "", options: SheetRecordSchema.options })] };
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
function cells(fields: Record<string, string | readonly string[]>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v.length > 0));
}

/** `more` wins over the cells; an object in both (a claim's `about`) is merged one level deep. */
function withMore(fields: Record<string, unknown>, more: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...fields };
  for (const [key, value] of Object.entries(more)) {
    const here = merged[key];
    merged[key] = isPlainObject(here) && isPlainObject(value) ? { ...here, ...value } : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
