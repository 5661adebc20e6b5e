import type { IssueCode, IssueParams } from "./issueParams.js";
import { formatPath, type IssuePath } from "./issuePath.js";
import { issueText, wordingFor, type IssueLanguage } from "./issueText.js";

export { formatPath, type IssuePath } from "./issuePath.js";
export type { IssueCode, IssueParams } from "./issueParams.js";

/**
 * One problem found in an input document, as plain data, like zod v4's
 * issues: a stable `code` to branch on, the `path` to the offending value,
 * the facts as `params` (the suggestion, the expected values, the known
 * names…, typed per code), and in English a `message` that says what is
 * wrong and a `fix` that says what to do. {@link issueText} words the same
 * issue in another language; a tool reads `params`, never the sentences.
 *
 * `entryId` is the id of the actor, place, source or claim the path starts
 * in (`claims[3]`), when that entry has one, so that the entry can be named
 * by its id as well as its index.
 */
export type Issue = { readonly [C in IssueCode]: IssueOf<C> }[IssueCode];

/** The {@link Issue} of one code, with that code's params. */
export interface IssueOf<C extends IssueCode> {
  readonly code: C;
  readonly path: IssuePath;
  readonly params: IssueParams[C];
  readonly message: string;
  readonly fix: string;
  readonly entryId?: string;
}

/**
 * One issue on one line, in English: its path (with the entry's id, see
 * {@link formatPath}), its message and its fix, as {@link IncidentError}
 * messages and the command line print them.
 *
 * @param issue - An issue.
 * @returns The line, without a line break.
 *
 * @example
 * formatIssue({ code: "unknown-reference", path: ["claims", 0, "source"], entryId: "c1", params: { what: "source", name: "nobody", known: [], knownCount: 0 }, message: 'unknown source "nobody"', fix: 'Use an id from "sources", or add the source there.' })
 * //=> 'claims[0 "c1"].source: unknown source "nobody". Fix: Use an id from "sources", or add the source there.'
 */
export function formatIssue(issue: Pick<Issue, "path" | "message" | "fix" | "entryId">): string {
  return wordingFor("en").line(formatPath(issue.path, issue.entryId), issue);
}

/**
 * {@link formatIssue} in another language: the line is worded from the
 * issue's `code` and `params`, with the language's typography.
 *
 * @param issue - An issue.
 * @param lang - `"en"` or `"fr"`.
 * @returns The line, without a line break.
 *
 * @example
 * formatIssueIn({ code: "unknown-reference", path: ["claims", 0, "source"], params: { what: "source", name: "nobody", known: [], knownCount: 0 } }, "fr")
 * //=> 'claims[0].source : source inconnue « nobody ». Correction : Utilisez un identifiant de "sources", ou ajoutez-y la source.'
 */
export function formatIssueIn(issue: Pick<Issue, "code" | "path" | "params" | "entryId">, lang: IssueLanguage): string {
  return wordingFor(lang).line(formatPath(issue.path, issue.entryId), issueText(issue, lang));
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
