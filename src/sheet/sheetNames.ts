import { didYouMean } from "../errors/didYouMean.js";
import { normalizeName } from "../model/normalizeName.js";
import type { NamedEntry } from "./sheetIssue.js";

/** An entry a sheet names: declared on its own row, or created from the name a claim row gives. */
export interface NamedRecord {
  readonly id: string;
  readonly names: readonly string[];
  /** The row that declares or first names it. */
  readonly row: number;
  /** The column that first names it, for an entry created from a name. */
  readonly column?: string;
}

/** What a name in a cell turned out to be. */
export type Lookup =
  | { readonly found: string }
  /** A name of an entry whose row could not be read. */
  | { readonly failed: number }
  /** A name close to a known one: a typo, not a new entry. */
  | { readonly near: string }
  | { readonly missing: true };

/**
 * The names of one list of a sheet (sources, actors, places or items) and
 * how a cell's name is looked up in them: by id as written, then by any name
 * folded as {@link normalizeName} folds it. An entry created from a name is
 * found by that name afterwards; an entry whose row failed still answers to
 * its names, so that a row naming it depends on it rather than creating
 * another. A name within a few letters of a known one is a typo — unless
 * the two differ in their digits ("Témoin 1", "Témoin 2").
 */
export class SheetNames {
  private readonly ids = new Map<string, NamedRecord>();
  private readonly folded = new Map<string, NamedRecord>();
  private readonly failedRows = new Map<NamedRecord, number>();
  /** Names as rows write them, then ids: a suggestion is a name the sheet uses when one is as close. */
  private readonly written: string[] = [];
  private readonly idNames: string[] = [];
  /** Cells repeat the same few names over thousands of rows: each is folded once. */
  private readonly foldedCells = new Map<string, string>();

  constructor(
    readonly what: NamedEntry,
    private readonly outside: (name: string) => string | undefined = () => undefined,
    private readonly outsideNames: () => readonly string[] = () => [],
  ) {}

  /** Registers an entry; `failedRow` marks it as one whose row could not be read. */
  add(record: NamedRecord, failedRow?: number): void {
    if (!this.ids.has(record.id)) this.ids.set(record.id, record);
    for (const name of [...record.names, record.id]) {
      const key = normalizeName(name);
      if (!this.folded.has(key)) this.folded.set(key, record);
    }
    this.written.push(...record.names);
    if (!record.id.startsWith("\u0000")) this.idNames.push(record.id);
    if (failedRow !== undefined) this.failedRows.set(record, failedRow);
  }

  /** Marks a registered entry as one whose row could not be read. */
  fail(id: string, row: number): void {
    const record = this.ids.get(id);
    if (record) this.failedRows.set(record, row);
  }

  /** Whether an id is taken in this list. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The entry an id names exactly, if any. */
  byId(id: string): NamedRecord | undefined {
    return this.ids.get(id);
  }

  lookup(name: string): Lookup {
    let key = this.foldedCells.get(name);
    if (key === undefined) this.foldedCells.set(name, (key = normalizeName(name)));
    const record = this.ids.get(name) ?? this.folded.get(key);
    if (record) {
      const failed = this.failedRows.get(record);
      return failed === undefined ? { found: record.id } : { failed };
    }
    const outside = this.outside(name);
    if (outside !== undefined) return { found: outside };
    const suggestion = didYouMean(name, [...this.written, ...this.outsideNames()]) ?? didYouMean(name, this.idNames);
    return suggestion !== undefined && digits(suggestion) === digits(name) ? { near: suggestion } : { missing: true };
  }

  /** A fresh id made from a name: its folded words joined by hyphens, numbered when taken. */
  freshId(name: string): string {
    const base = normalizeName(name).replace(/ /gu, "-") || this.what;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}

function digits(name: string): string {
  return name.replace(/\D+/gu, " ").trim();
}
