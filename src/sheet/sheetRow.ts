import * as z from "zod";

const cell = z.string();

/**
 * One row of a claims sheet, as {@link claimsToRows} writes it and
 * {@link rowsToIncident} reads it: every cell is text a person can type, a
 * blank cell is `""`. A row is a claim (`record` blank or `claim`) or
 * declares what claims refer to (`incident`, `source`, `actor`, `place`,
 * `item`); each record uses its own columns and leaves the others blank.
 *
 * | column | claim rows | declaration rows |
 * |---|---|---|
 * | `record` | blank or `claim` | `incident`, `source`, `actor`, `place`, `item` |
 * | `id` | the claim's id (blank: one is made from the row number) | the entry's id |
 * | `source`, `source_kind` | who says it (a source's name or id) and its kind | — |
 * | `via` | the relays, nearest the source first, separated by `>` | — |
 * | `said`, `facet`, `party`, `group`, `place`, `when`, `target`, `item` | as in the JSON; `when` may be `from/to`; dates in ISO 8601 or as a spreadsheet writes them (`24/11/2023`, `45254`) | — |
 * | `value` | `12`, `~50`, `~50±5`, `45-55`, `>=6`, `<=10`, `withheld`, `unknown`, a name, `a; b` for a set, `from/to` for a time, or the source's words (read by `parseQuantity`) | — |
 * | `not`, `hedge`, `quote`, `lang`, `based_on` | `true` to assert the opposite; the hedge; the words; their language; claim ids separated by `;` | `lang`: the incident's |
 * | `name`, `kind`, `aliases` | — | the entry's name (an incident's title), kind, other names separated by `;` |
 * | `in`, `part_of`, `speaks_for`, `url`, `date` | `speaks_for`: the side of a party source the row creates | a place's enclosing place, an actor's larger actors (`;`), a party source's side, a source's address and date |
 * | `more` | the JSON of any other field (unknown fields, and what a cell cannot say exactly) | the same |
 *
 * @example
 * Object.keys(SheetRowSchema.shape).slice(0, 6)
 * //=> ["record", "id", "source", "source_kind", "via", "said"]
 */
export const SheetRowSchema = z.object({
  record: cell,
  id: cell,
  source: cell,
  source_kind: cell,
  via: cell,
  said: cell,
  facet: cell,
  party: cell,
  group: cell,
  place: cell,
  when: cell,
  target: cell,
  item: cell,
  value: cell,
  not: cell,
  hedge: cell,
  quote: cell,
  lang: cell,
  based_on: cell,
  name: cell,
  kind: cell,
  aliases: cell,
  in: cell,
  part_of: cell,
  speaks_for: cell,
  url: cell,
  date: cell,
  more: cell,
});

/** A row of a claims sheet, as {@link SheetRowSchema} describes it. */
export type SheetRow = z.infer<typeof SheetRowSchema>;

/** One column of a claims sheet. */
export type SheetColumn = keyof SheetRow;

/**
 * The columns of a claims sheet, in the order they are written.
 *
 * @example
 * SHEET_COLUMNS.includes("based_on")
 * //=> true
 */
export const SHEET_COLUMNS = Object.keys(SheetRowSchema.shape) as readonly SheetColumn[];

/**
 * What a sheet row holds: a claim, or the declaration of the incident, a
 * source, an actor, a place or an item.
 *
 * @example
 * SheetRecordSchema.options
 * //=> ["claim", "incident", "source", "actor", "place", "item"]
 */
export const SheetRecordSchema = z.enum(["claim", "incident", "source", "actor", "place", "item"]);

/** One of {@link SheetRecordSchema}'s records. */
export type SheetRecord = z.infer<typeof SheetRecordSchema>;

/** The columns each record may fill; every other cell of its row is left blank. */
export const RECORD_COLUMNS: Readonly<Record<SheetRecord, readonly SheetColumn[]>> = {
  claim: [
    "record",
    "id",
    "source",
    "source_kind",
    "via",
    "said",
    "facet",
    "party",
    "group",
    "place",
    "when",
    "target",
    "item",
    "value",
    "not",
    "hedge",
    "quote",
    "lang",
    "based_on",
    "speaks_for",
    "more",
  ],
  incident: ["record", "id", "name", "lang", "more"],
  source: ["record", "id", "name", "kind", "speaks_for", "url", "date", "more"],
  actor: ["record", "id", "name", "kind", "aliases", "part_of", "more"],
  place: ["record", "id", "name", "kind", "aliases", "in", "more"],
  item: ["record", "id", "name", "aliases", "more"],
};

const BLANK: Readonly<Record<SheetColumn, string>> = Object.freeze(
  Object.fromEntries(SHEET_COLUMNS.map((column) => [column, ""])) as Record<SheetColumn, string>,
);

/** A row with every column blank, to fill in (a copy of one frozen row: a sheet writes a hundred thousand). */
export function blankRow(): Record<SheetColumn, string> {
  return { ...BLANK };
}
