/** A path into the input document: property names and array indices. */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in an input document, as plain data: a stable `code` to
 * branch on, the `path` to the offending value, a `message` that says what is
 * wrong and a `fix` that says what to do.
 */
export interface Issue {
  readonly code: IssueCode;
  readonly path: IssuePath;
  readonly message: string;
  readonly fix: string;
}

/** The stable codes of {@link Issue}. */
export type IssueCode =
  | "invalid-type"
  | "invalid-option"
  | "missing"
  | "invalid-value"
  | "not-a-value"
  | "unknown-key"
  | "unsupported-version"
  | "unknown-reference"
  | "duplicate-id"
  | "unknown-facet"
  | "value-kind"
  | "unknown-name"
  | "invalid-date"
  | "unreadable-phrase"
  | "cycle";

/**
 * Writes a path the way a JavaScript reader would: `claims[3].about.party`.
 *
 * @param path - The path of an issue.
 * @returns The path as text; `(root)` for the document itself.
 *
 * @example
 * formatPath(["claims", 3, "about", "party"])
 * //=> "claims[3].about.party"
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return "(root)";
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : /^[A-Za-z_$][\w$]*$/.test(part) ? (i === 0 ? part : `.${part}`) : `[${JSON.stringify(part)}]`))
    .join("");
}

/**
 * One issue on one line: its path, its message and its fix, as
 * {@link IncidentError} messages and the command line print it.
 *
 * @example
 * formatIssue({ code: "unknown-reference", path: ["claims", 0, "source"], message: 'unknown source "nobody"', fix: 'Use an id from "sources".' })
 * //=> 'claims[0].source: unknown source "nobody". Fix: Use an id from "sources".'
 */
export function formatIssue(issue: Issue): string {
  return `${formatPath(issue.path)}: ${issue.message}${/[.?!]$/.test(issue.message) ? "" : "."} Fix: ${issue.fix}`;
}

const TOP_LEVEL_ORDER = ["contested", "id", "title", "lang", "actors", "places", "sources", "claims"];

/**
 * Orders issues as they appear in a document: top-level fields in the format's
 * order, then list entries by index. Stable for paths that tie.
 *
 * @example
 * sortIssues([{ path: ["claims", 2] }, { path: ["places", 0] }] as Issue[]).map((i) => i.path[0])
 * //=> ["places", "claims"]
 */
export function sortIssues<T extends { readonly path: IssuePath }>(issues: readonly T[]): T[] {
  const rank = (key: string | number | undefined) => {
    const at = TOP_LEVEL_ORDER.indexOf(String(key));
    return at < 0 ? TOP_LEVEL_ORDER.length : at;
  };
  return [...issues].sort((a, b) => {
    const top = rank(a.path[0]) - rank(b.path[0]);
    if (top !== 0) return top;
    const x = a.path[1];
    const y = b.path[1];
    return typeof x === "number" && typeof y === "number" ? x - y : 0;
  });
}
