import type { Issue } from "../errors/issue.js";
import type { Referenced } from "../errors/issueParams.js";
import { ActorSchema } from "../model/actor.js";
import { ClaimSchema } from "../model/claim.js";
import { IncidentSchema, type Incident } from "../model/incident.js";
import { normalizeName } from "../model/normalizeName.js";
import { PlaceSchema } from "../model/place.js";
import { SourceSchema } from "../model/source.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import { checkIncident } from "./checkIncident.js";

const ENTRY_SCHEMAS = { actors: ActorSchema, places: PlaceSchema, sources: SourceSchema, claims: ClaimSchema } as const;
type EntryList = keyof typeof ENTRY_SCHEMAS;
const ENTRY: Readonly<Record<EntryList, Referenced>> = { actors: "actor", places: "place", sources: "source", claims: "claim" };

/** The lists that must be given: a reference into one that is absent is not the reference's fault. */
const REQUIRED: ReadonlySet<EntryList> = new Set(["sources", "claims"]);

/**
 * When the document's shape is wrong, the rest of it is still checked, so
 * that one run lists every problem — but never a problem that only the
 * broken part causes:
 *
 * - list entries that fail their schema are left out, and a reference to one
 *   of them (by id or, for actors and places, by alias) is not reported as
 *   unknown; a reference into a list that is absent or not a list is not
 *   reported either;
 * - top-level fields that are well-formed (`lang`, `items`, unknown fields)
 *   are kept, so that a phrase is read in the incident's language; when
 *   `lang` itself is broken, a phrase is not said to have no language, and
 *   when `items` is broken, an item is not said to be unknown;
 * - a claim whose only problem is its value still has its source, scope and
 *   links checked.
 *
 * Paths are those of the original document.
 *
 * @param input - The document (a private copy), which failed {@link IncidentSchema}.
 * @param vocabulary - The vocabulary of the claims' facets.
 * @returns The issues of the well-formed parts, without false follow-ons.
 *
 * @example
 * checkWellFormedParts({ contested: 1, id: "x", lang: "fr", actors: [{ id: "a", name: "A", partOf: [3] }], sources: [{ id: "s", name: "S", kind: "media" }], claims: [{ id: "c", source: "s", about: { facet: "killed" }, value: { phrase: "une cinquantaine" } }] }, conflict)
 * //=> []
 */
export function checkWellFormedParts(input: unknown, vocabulary: Vocabulary): Issue[] {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return [];
  const raw = input as Record<string, unknown>;
  const field = (key: string) => (Object.hasOwn(raw, key) ? raw[key] : undefined);

  const top: Record<string, unknown> = {};
  const brokenFields = new Set<string>();
  for (const [key, schema] of Object.entries(IncidentSchema.shape)) {
    if (Object.hasOwn(ENTRY_SCHEMAS, key)) continue;
    const checked = schema.safeParse(field(key));
    if (!checked.success) brokenFields.add(key);
    else if (checked.data !== undefined) top[key] = checked.data;
  }

  const unavailable = new Set<Referenced>(brokenFields.has("items") ? ["item"] : []);
  const brokenNames = new Map<Referenced, Set<string>>();
  const positions: Record<string, number[]> = {};
  const skipValues = new Set<number>();
  const lists = Object.fromEntries(
    (Object.keys(ENTRY_SCHEMAS) as EntryList[]).map((list) => {
      const given = field(list);
      if (!Array.isArray(given) && (given !== undefined || REQUIRED.has(list))) unavailable.add(ENTRY[list]);
      const entries = Array.isArray(given) ? (given as unknown[]) : [];
      const broken = new Set<string>();
      brokenNames.set(ENTRY[list], broken);
      positions[list] = [];
      const kept = entries.flatMap((entry, i) => {
        const checked = ENTRY_SCHEMAS[list].safeParse(entry);
        if (checked.success) {
          positions[list]!.push(i);
          return [checked.data];
        }
        if (list === "claims" && valueIsTheOnlyProblem(entry)) {
          skipValues.add(positions[list]!.length);
          positions[list]!.push(i);
          return [ClaimSchema.parse({ ...(entry as object), value: 0 })];
        }
        for (const name of namesOf(entry)) broken.add(normalizeName(name));
        return [];
      });
      return [list, kept];
    }),
  );

  const partial = { ...top, contested: 1, id: "", ...lists } as unknown as Incident;
  const followsFromBrokenParts = (issue: Issue) =>
    (issue.code === "unknown-reference" &&
      (unavailable.has(issue.params.what) || (brokenNames.get(issue.params.what)?.has(normalizeName(issue.params.name)) ?? false))) ||
    (issue.code === "unreadable-phrase" && issue.params.reason === "no-language" && brokenFields.has("lang"));
  return checkIncident(partial, vocabulary, skipValues)
    .filter((issue) => !followsFromBrokenParts(issue))
    .map((issue) => {
      const [list, i, ...rest] = issue.path;
      const original = typeof list === "string" && typeof i === "number" ? positions[list]?.[i] : undefined;
      return original === undefined ? issue : { ...issue, path: [list!, original, ...rest] };
    });
}

/** A claim whose value is malformed still has its source, scope and links checked. */
function valueIsTheOnlyProblem(entry: unknown): boolean {
  return entry !== null && typeof entry === "object" && ClaimSchema.safeParse({ ...entry, value: 0 }).success;
}

/** The names a broken entry may still be referred to by: its id and its aliases, where they are strings. */
function namesOf(entry: unknown): string[] {
  if (entry === null || typeof entry !== "object") return [];
  const { id, aliases } = entry as { id?: unknown; aliases?: unknown };
  return [id, ...(Array.isArray(aliases) ? aliases : [])].filter((name): name is string => typeof name === "string");
}
