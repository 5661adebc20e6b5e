import type { Issue } from "../errors/issue.js";

/** The top-level lists whose entries have an id. */
const LISTS: ReadonlySet<string> = new Set(["actors", "places", "sources", "claims", "items"]);

/**
 * Names, on each issue, the entry its path starts in (`claims[3]`) by that
 * entry's id as the document gives it (`entryId`), so that the issue can be
 * found by id as well as by index (see {@link formatPath}). An entry whose
 * id is not a non-empty string is named by its index only.
 *
 * @param issues - Issues with paths into `input`.
 * @param input - The document the paths point into.
 * @returns The same issues, with `entryId` where an entry has one.
 *
 * @example
 * withEntryIds([makeIssue("missing", ["claims", 0, "value"], { expected: { role: "claim-value" } })], { claims: [{ id: "em-repelled" }] })[0].entryId
 * //=> "em-repelled"
 */
export function withEntryIds(issues: readonly Issue[], input: unknown): Issue[] {
  return issues.map((issue) => {
    const id = entryIdAt(input, issue.path);
    return id === undefined ? issue : { ...issue, entryId: id };
  });
}

function entryIdAt(input: unknown, path: Issue["path"]): string | undefined {
  const [list, index] = path;
  if (typeof list !== "string" || typeof index !== "number" || !LISTS.has(list)) return undefined;
  if (input === null || typeof input !== "object" || !Object.hasOwn(input, list)) return undefined;
  const entries = (input as Record<string, unknown>)[list];
  const entry = Array.isArray(entries) ? (entries[index] as unknown) : undefined;
  const id = entry !== null && typeof entry === "object" && Object.hasOwn(entry, "id") ? (entry as { id: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? id : undefined;
}
