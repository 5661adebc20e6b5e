import type { Issue } from "../errors/issue.js";
import type { ValueKind } from "../values/valueKind.js";
import { normalizeName } from "../model/normalizeName.js";
import { SCOPE_FIELDS } from "../model/scope.js";
import { facetOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import type { EntryOrigin, SheetBuild } from "./readSheet.js";
import type { NamedEntry, SheetFix, SheetIssue } from "./sheetIssue.js";
import type { SheetColumn } from "./sheetRow.js";

const CLAIM_COLUMNS: Readonly<Record<string, SheetColumn>> = {
  id: "id",
  source: "source",
  via: "via",
  said: "said",
  value: "value",
  not: "not",
  hedge: "hedge",
  quote: "quote",
  lang: "lang",
  basedOn: "based_on",
};
const ENTRY_COLUMNS: Readonly<Record<string, SheetColumn>> = {
  id: "id",
  name: "name",
  kind: "kind",
  aliases: "aliases",
  actor: "speaks_for",
  partOf: "part_of",
  in: "in",
  url: "url",
  date: "date",
};
const INCIDENT_COLUMNS: Readonly<Record<string, SheetColumn>> = { id: "id", title: "name", lang: "lang" };
const LIST_OF: Readonly<Record<string, NamedEntry>> = { sources: "source", actors: "actor", places: "place", items: "item" };

/** How a value is written in a cell, for the fix of a value the parser refused. */
const VALUE_FIX: Readonly<Record<ValueKind, string>> = {
  quantity: 'Write a figure (12), ~50, ~50±5, 45-55, >=6, <=10, withheld, unknown, or the source\'s words ("une cinquantaine").',
  category: "Write one of the facet's names.",
  set: 'Write the names separated by ";" (vbied; shelling).',
  time: "Write an ISO date (2023-11-24) or a span from/to (2023-11-24/2023-11-25).",
  place: "Write a place's name or id.",
  actor: "Write an actor's name or id.",
  text: "Write the text.",
};
const VALUE_CODES: ReadonlySet<string> = new Set(["value-kind", "not-a-value", "unknown-key", "invalid-value", "invalid-type", "unreadable-phrase", "missing"]);

/** Words the lexicon cannot read for want of their language, and how a sheet gives it. */
const LANGUAGE_REASONS: ReadonlySet<string> = new Set(["no-language", "unread-language", "other-language"]);
const LANGUAGE_FIX = 'Give the words\' language ("fr", "en") in the row\'s lang column, or the incident\'s in an incident row (or the lang option).';

/** The English words of each of a sheet's own fixes (French: sheetIssueFr.ts). */
const SHEET_FIX: { readonly [F in SheetFix["for"]]: (fix: Extract<SheetFix, { for: F }>) => string } = {
  value: (fix) => VALUE_FIX[fix.kind],
  language: () => LANGUAGE_FIX,
  missing: (fix) => MISSING_FIX[fix.column]!,
};

/** What to write in a column the parser found missing, in a sheet's terms rather than the JSON's. */
const MISSING_FIX: Readonly<Partial<Record<SheetColumn, string>>> = {
  speaks_for: "Write the side this party source speaks for (an actor's name) in speaks_for.",
  source_kind: "Write the source's kind in source_kind: party, government, media, ngo, international, local, witness, expert, social or other.",
  kind: "Write the source's kind: party, government, media, ngo, international, local, witness, expert, social or other.",
  source: "Write who says it: a source's name or id.",
  facet: "Write the question the claim answers: a facet of the vocabulary (killed, control, means, …).",
  name: "Write its name.",
};

/**
 * Where a problem the parser found in the document a sheet built lies in the
 * sheet — its row and column — worded in the sheet's terms (a value's fix
 * says how a cell writes it, a duplicate names the first row), and what to
 * leave out for it: the row, and for an entry created from a name, the name.
 */
export function locateIssue(
  issue: Issue,
  built: SheetBuild,
  vocabulary: Vocabulary,
): { issue: SheetIssue; row?: number; name?: { what: NamedEntry; folded: string; row: number } } {
  const [top, index, ...rest] = issue.path;
  const field = String(rest[0] ?? "");
  const params = (issue as { params?: unknown }).params;
  const missingFix = (column: string): SheetFix | undefined =>
    issue.code === "missing" && MISSING_FIX[column as SheetColumn] !== undefined ? { for: "missing", column: column as SheetColumn } : undefined;
  const sheet = (row: number, column: string, sheetFix = missingFix(column)): SheetIssue => ({
    code: issue.code,
    row,
    column,
    params,
    message: issue.message,
    fix: sheetFix === undefined ? issue.fix : SHEET_FIX[sheetFix.for](sheetFix as never),
    ...(sheetFix === undefined ? {} : { sheetFix }),
  });
  if (top === "claims" && typeof index === "number") {
    const origin = built.origins.claims[index]!;
    const column = origin.fromMore.has(field) ? "more" : field === "about" ? aboutColumn(rest[1]) : (CLAIM_COLUMNS[field] ?? "more");
    const claim = (built.document.claims as { id?: unknown; about?: { facet?: string } }[])[index];
    const kind = facetOf(vocabulary, String(claim?.about?.facet ?? ""))?.kind;
    const reason = (params as { reason?: string } | undefined)?.reason;
    const sheetFix: SheetFix | undefined =
      column === "value" && reason !== undefined && LANGUAGE_REASONS.has(reason)
        ? { for: "language" }
        : column === "value" && kind !== undefined && VALUE_CODES.has(issue.code)
          ? { for: "value", kind }
          : missingFix(column);
    // A sheet names an earlier claim by its row, not by its place in the incident's list.
    const first = (params as { first?: readonly unknown[] } | undefined)?.first;
    const earlier = issue.code === "duplicate-id" && first?.[0] === "claims" && typeof first[1] === "number" ? built.origins.claims[first[1]]?.row : undefined;
    if (earlier === undefined) return { issue: sheet(origin.row, column, sheetFix), row: origin.row };
    const located = sheet(origin.row, column, sheetFix);
    return {
      issue: {
        ...located,
        params: { ...(params as object), firstRow: earlier },
        message: `duplicate claim id "${String(claim?.id)}" (first used on row ${earlier})`,
      },
      row: origin.row,
    };
  }
  const what = typeof top === "string" ? LIST_OF[top] : undefined;
  if (what !== undefined && typeof index === "number") {
    const origin: EntryOrigin = built.origins.lists[what][index]!;
    if (origin.column === undefined)
      return { issue: sheet(origin.row, origin.fromMore.has(field) ? "more" : (ENTRY_COLUMNS[field] ?? "more")), row: origin.row };
    const entry = (built.document[top as string] as { name: string }[])[index]!;
    const column = field === "kind" && origin.column === "source" ? "source_kind" : field === "actor" ? "speaks_for" : origin.column;
    return { issue: sheet(origin.row, column), row: origin.row, name: { what, folded: normalizeName(entry.name), row: origin.row } };
  }
  const incident = built.origins.incident;
  const column = incident?.fromMore.has(String(top)) ? "more" : (INCIDENT_COLUMNS[String(top)] ?? "more");
  return incident ? { issue: sheet(incident.row, column), row: incident.row } : { issue: sheet(0, column) };
}

function aboutColumn(field: string | number | undefined): SheetColumn {
  const name = String(field ?? "");
  return name === "facet" || (SCOPE_FIELDS as readonly string[]).includes(name) ? (name as SheetColumn) : "more";
}
