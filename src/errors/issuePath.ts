/** A path into the input document: property names and array indices. */
export type IssuePath = readonly (string | number)[];

/** Ids longer than this are cut, with "…", where a path names its entry. */
const SHOWN_ID_LENGTH = 60;

/**
 * Writes a path the way a JavaScript reader would: `claims[3].about.party`.
 * When the issue names the entry the path starts in (`entryId`: the id of
 * `claims[3]`), the id follows its index inside the brackets, as JSON —
 * `claims[3 "em-repelled"].about.party` — so that the entry can be found by
 * its index or by its id. Keys that are not identifiers are written as
 * JSON in brackets (`facets["mine-2"]`); ids longer than 60 characters are
 * cut with "…".
 *
 * @param path - The path of an issue.
 * @param entryId - The id of the list entry at `path[1]`, if known.
 * @returns The path as text; `(root)` for the document itself.
 *
 * @example
 * [formatPath(["claims", 3, "about", "party"]), formatPath(["claims", 3, "about", "party"], "em-repelled")]
 * //=> ["claims[3].about.party", 'claims[3 "em-repelled"].about.party']
 */
export function formatPath(path: IssuePath, entryId?: string): string {
  if (path.length === 0) return "(root)";
  return path
    .map((part, i) => {
      if (typeof part === "number") return i === 1 && entryId !== undefined ? `[${part} ${shownId(entryId)}]` : `[${part}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(part)) return i === 0 ? part : `.${part}`;
      return `[${JSON.stringify(part)}]`;
    })
    .join("");
}

function shownId(id: string): string {
  if (id.length <= SHOWN_ID_LENGTH) return JSON.stringify(id);
  const cut = id.slice(0, SHOWN_ID_LENGTH - 1);
  return JSON.stringify(`${/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut}…`);
}
