import type { Claim } from "../model/claim.js";
import type { Incident } from "../model/incident.js";
import type { SourceKind } from "../model/source.js";
import { SCOPE_FIELDS } from "../model/scope.js";
import { parseIncident } from "../parse/parseIncident.js";
import { conflict } from "../vocabulary/conflict.js";
import { facetOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import type { RowsToIncidentOptions } from "./rowsToIncident.js";
import { SheetNames } from "./sheetNames.js";
import { blankRow, type SheetColumn, type SheetRecord, type SheetRow } from "./sheetRow.js";
import { writeSheetValue } from "./sheetValue.js";
import { writeCellWord, type CellConcern, type CellName, type SheetLanguage } from "./sheetWords.js";
import { vocabularyWords, type VocabularyWords } from "./vocabularyWords.js";

/** Options of {@link claimsToRows} and {@link toCsv}. */
export interface ClaimsToRowsOptions {
  /** The vocabulary the incident's facets come from. Default: {@link conflict}. */
  readonly vocabulary?: Vocabulary;
  /**
   * Also write the rows that declare the incident, its sources, actors,
   * places and items, after the claims (default `true`), so that
   * {@link rowsToIncident} gives the same incident back. `false`: the claim
   * rows alone.
   */
  readonly declarations?: boolean;
  /**
   * The language of the sheet's words (default `"en"`, the format's own
   * names). `"fr"` writes the records (« affirmation », « source »), source
   * kinds (« média », « locale »), hedges (« revendiqué »), `not` (« oui »),
   * refusals (« non communiqué », « inconnu »), and facets, values and
   * groups by the vocabulary's French labels (« tués », « pris »,
   * « soldats »), each only where it reads back as the same name (dates
   * stay ISO 8601, which no spreadsheet reads in another order); with
   * {@link toCsv}, the headers too (« Type de source »). Either reads back
   * as the same incident: {@link rowsToIncident} reads every language.
   * (The `lang` of {@link RowsToIncidentOptions} is another thing: the
   * language of the quotes and phrases, when no incident row gives it.)
   */
  readonly lang?: SheetLanguage;
}

/** What a row's words are written with. */
interface Words {
  readonly lang: SheetLanguage;
  readonly vocabulary: Vocabulary;
  readonly labels: VocabularyWords;
  /** A cell's word for a name, in the sheet's language. */
  readonly cell: <C extends CellConcern>(concern: C, name: CellName<C>) => string;
}

/** The fields each declaration writes in its own columns; the rest goes in `more`. */
const ENTRY_FIELDS: Readonly<Record<Exclude<SheetRecord, "claim" | "incident">, readonly (readonly [string, SheetColumn, "text" | "list"])[]>> = {
  source: [
    ["id", "id", "text"],
    ["name", "name", "text"],
    ["kind", "kind", "text"],
    ["actor", "speaks_for", "text"],
    ["url", "url", "text"],
    ["date", "date", "text"],
  ],
  actor: [
    ["id", "id", "text"],
    ["name", "name", "text"],
    ["kind", "kind", "text"],
    ["aliases", "aliases", "list"],
    ["partOf", "part_of", "list"],
  ],
  place: [
    ["id", "id", "text"],
    ["name", "name", "text"],
    ["kind", "kind", "text"],
    ["aliases", "aliases", "list"],
    ["in", "in", "text"],
  ],
  item: [
    ["id", "id", "text"],
    ["name", "name", "text"],
    ["aliases", "aliases", "list"],
  ],
};
const INCIDENT_FIELDS: readonly (readonly [string, SheetColumn])[] = [
  ["id", "id"],
  ["title", "name"],
  ["lang", "lang"],
];
const LISTS = ["contested", "actors", "places", "items", "sources", "claims"];

/**
 * One row per claim, as a person would type it in a spreadsheet: the
 * source by name, relays separated by `>`, the value in short forms (`~50`,
 * `45-55`, `>=6`, `withheld`, `vbied; shelling`) or the source's own words,
 * `not` as `true` — then, unless `declarations` is `false`, one row for the
 * incident and one per source, actor, place and item, so that
 * {@link rowsToIncident} gives back the same incident. A field no cell can
 * say exactly (an unknown field, a value with both words and a reading, a
 * name with a `;` in it) is written as JSON in the row's `more` column.
 * Every row has every column of {@link SHEET_COLUMNS}, blank as `""`.
 * With `lang: "fr"`, the cells' words are French (« affirmation »,
 * « locale », « tués », « rapporté »); the rows keep the columns as keys,
 * and {@link sheetHeaders} gives their French headers.
 *
 * For one row per *position* of a reconciliation (for dataframes), use
 * {@link toRows}.
 *
 * @param incident - An incident document (format 1), parsed or not.
 * @param options - {@link ClaimsToRowsOptions}.
 * @returns The rows: claims first, in the incident's order, then declarations.
 * @throws {IncidentError} when the incident is invalid.
 *
 * @example
 * const [row] = claimsToRows(niafunkeGoundam, { declarations: false }).filter((r) => r.id === "local-toll");
 * [row.source, row.via, row.facet, row.party, row.value, row.quote]
 * //=> ["Sources locales", "RFI", "killed", "fama", "une cinquantaine", "un bilan approximatif d'une cinquantaine de soldats maliens tués à Niafunké"]
 * const [fr] = claimsToRows(niafunkeGoundam, { declarations: false, lang: "fr" }).filter((r) => r.id === "local-toll");
 * [fr.record, fr.source_kind, fr.facet, fr.group, fr.hedge]
 * //=> ["affirmation", "locale", "tués", "soldats", "rapporté"]
 */
export function claimsToRows(incident: unknown, options: ClaimsToRowsOptions = {}): SheetRow[] {
  const vocabulary = options.vocabulary ?? conflict;
  const lang = options.lang ?? "en";
  const words: Words = { lang, vocabulary, labels: vocabularyWords(vocabulary), cell: (concern, name) => writeCellWord(concern, name, lang) };
  const checked = parseIncident(incident, { vocabulary });
  const sourceNames = new SheetNames("source");
  for (const source of checked.sources) sourceNames.add({ id: source.id, names: [source.name], row: 0 });
  const cells = new Map<string, string | undefined>();
  const sourceCell = (id: string) => {
    if (cells.has(id)) return cells.get(id);
    const name = checked.sources.find((s) => s.id === id)?.name;
    const byName = name !== undefined && plain(name) !== undefined ? sourceNames.lookup(name) : undefined;
    const cell = byName !== undefined && "found" in byName && byName.found === id ? name : plain(id);
    cells.set(id, cell);
    return cell;
  };
  const kinds = new Map(checked.sources.map((source) => [source.id, source.kind] as const));
  const claims = checked.claims.map((claim) => claimRow(claim, kinds, words, sourceCell));
  if (options.declarations === false) return claims;
  return [
    ...claims,
    incidentRow(checked, words),
    ...(["source", "actor", "place", "item"] as const).flatMap((what) =>
      (checked[`${what}s`] ?? []).map((entry) => entryRow(what, entry as Record<string, unknown>, words)),
    ),
  ];
}

function claimRow(claim: Claim, kinds: ReadonlyMap<string, SourceKind>, words: Words, sourceCell: (id: string) => string | undefined): SheetRow {
  const row = blankRow();
  const more: Record<string, unknown> = {};
  const aboutMore: Record<string, unknown> = {};
  const { labels } = words;
  row.record = words.cell("record", "claim");
  const put = (column: SheetColumn, field: string, written: string | undefined, value: unknown, into = more) => {
    if (written !== undefined) row[column] = written;
    else into[field] = value;
  };
  put("id", "id", plain(claim.id), claim.id);
  put("source", "source", sourceCell(claim.source), claim.source);
  const kind = kinds.get(claim.source);
  row.source_kind = kind === undefined ? "" : words.cell("sourceKind", kind);
  if (claim.via !== undefined) {
    const relays = claim.via.map(sourceCell);
    put("via", "via", relays.length > 0 && relays.every((r) => r !== undefined && !r.includes(">")) ? relays.join(" > ") : undefined, claim.via);
  }
  if (claim.said !== undefined) put("said", "said", plain(claim.said), claim.said);
  const { facet, when, ...scope } = claim.about;
  put("facet", "facet", readsAs(labels.write("facets", facet, words.lang), labels.facet, facet), facet, aboutMore);
  for (const [field, value] of Object.entries(scope)) {
    const column = (SCOPE_FIELDS as readonly string[]).includes(field) ? (field as SheetColumn) : undefined;
    if (column === "group" && typeof value === "string")
      put(column, field, readsAs(labels.write("groups", value, words.lang), labels.group, value), value, aboutMore);
    else if (column !== undefined && typeof value === "string") put(column, field, plain(value), value, aboutMore);
    else aboutMore[field] = value;
  }
  if (when !== undefined) {
    // A span is written from/to, as ISO 8601 writes intervals, so a "/" of its own would split it.
    const parts = typeof when === "string" ? [when] : [when.from, when.to];
    const written = parts.every((part) => plain(part) !== undefined && !part.includes("/")) ? parts.join("/") : undefined;
    put("when", "when", written, when, aboutMore);
  }
  if (Object.keys(aboutMore).length > 0) more.about = aboutMore;
  put("value", "value", writeSheetValue(claim.value, facetOf(words.vocabulary, facet), words), claim.value);
  if (claim.not !== undefined) row.not = words.cell("not", String(claim.not) as "true" | "false");
  if (claim.hedge !== undefined) row.hedge = words.cell("hedge", claim.hedge);
  for (const field of ["quote", "lang"] as const) if (claim[field] !== undefined) put(field, field, plain(claim[field]), claim[field]);
  if (claim.basedOn !== undefined) put("based_on", "basedOn", list(claim.basedOn), claim.basedOn);
  const known = new Set(["id", "source", "via", "said", "about", "value", "not", "hedge", "quote", "lang", "basedOn"]);
  for (const [field, value] of Object.entries(claim)) if (!known.has(field)) more[field] = value;
  if (Object.keys(more).length > 0) row.more = JSON.stringify(more);
  return row;
}

function incidentRow(incident: Incident, words: Words): SheetRow {
  const row = blankRow();
  const more: Record<string, unknown> = {};
  row.record = words.cell("record", "incident");
  for (const [field, column] of INCIDENT_FIELDS) {
    const value = (incident as Record<string, unknown>)[field];
    if (value === undefined) continue;
    const written = typeof value === "string" ? plain(value) : undefined;
    if (written !== undefined) row[column] = written;
    else more[field] = value;
  }
  for (const [field, value] of Object.entries(incident)) {
    if (!LISTS.includes(field) && !INCIDENT_FIELDS.some(([f]) => f === field)) more[field] = value;
  }
  if (Array.isArray(incident.items) && incident.items.length === 0) more.items = [];
  if (Object.keys(more).length > 0) row.more = JSON.stringify(more);
  return row;
}

function entryRow(what: keyof typeof ENTRY_FIELDS, entry: Record<string, unknown>, words: Words): SheetRow {
  const row = blankRow();
  const more: Record<string, unknown> = {};
  row.record = words.cell("record", what);
  const fields = ENTRY_FIELDS[what];
  for (const [field, column, shape] of fields) {
    const value = entry[field];
    if (value === undefined) continue;
    const written =
      shape === "list"
        ? Array.isArray(value) && value.every((v) => typeof v === "string")
          ? list(value)
          : undefined
        : typeof value === "string"
          ? plain(value)
          : undefined;
    if (written !== undefined) row[column] = what === "source" && field === "kind" ? words.cell("sourceKind", written as SourceKind) : written;
    else more[field] = value;
  }
  for (const [field, value] of Object.entries(entry)) if (!fields.some(([f]) => f === field)) more[field] = value;
  if (Object.keys(more).length > 0) row.more = JSON.stringify(more);
  return row;
}

/** A name's word when the cell reads it back as the name (a word of no table reads as itself), else `undefined`. */
function readsAs(written: string, read: (cell: string) => string | undefined, name: string): string | undefined {
  return plain(written) !== undefined && (read(written) ?? written) === name ? written : undefined;
}

/** Text a cell says exactly: cells are read trimmed, and a blank cell says nothing. */
function plain(text: string): string | undefined {
  return text !== "" && text.trim() === text ? text : undefined;
}

/** A list as `a; b`, when no name in it is blank, padded or holds a `;`. */
function list(values: readonly string[]): string | undefined {
  return values.length > 0 && values.every((v) => plain(v) !== undefined && !v.includes(";")) ? values.join("; ") : undefined;
}
