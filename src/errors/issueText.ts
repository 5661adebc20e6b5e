import type { IssueCode } from "./issue.js";

/** The facts behind each issue code, filled in where the problem is found. */
export interface IssueParams {
  "invalid-type": { expected: string; received: string };
  "invalid-option": { options: readonly string[]; received: string };
  missing: { expected: string };
  "invalid-value": { detail: string };
  "not-a-value": Record<string, never>;
  "unknown-key": { keys: readonly string[] };
  "unsupported-version": { received: string };
  "unknown-reference": { what: string; name: string; list: string; suggestion?: string | undefined };
  "duplicate-id": { what: string; id: string; first: string };
  "unknown-facet": { facet: string; vocabulary: string; suggestion?: string | undefined };
  "value-kind": { facet: string; kind: string; expected: string; detail: string };
  "unknown-name": { what: string; name: string; facet: string; known: readonly string[]; suggestion?: string | undefined };
  "invalid-date": { received: string };
  "unreadable-phrase": { detail: string; fix: string };
  cycle: { what: string; link: string; chain: readonly string[] };
}

type IssueText = { [C in IssueCode]: (p: IssueParams[C]) => { message: string; fix: string } };

const maybe = (suggestion: string | undefined) => (suggestion === undefined ? "" : ` — did you mean "${suggestion}"?`);
const list = (names: readonly string[]) => names.map((n) => `"${n}"`).join(", ");

/**
 * The English wording of every issue: what is wrong, and how to fix it. The
 * wording is kept apart from the checks so that it can be translated and so
 * that tools can branch on `code` without parsing sentences.
 */
export const ISSUE_TEXT: IssueText = {
  "invalid-type": (p) => ({
    message: `expected ${p.expected}, received ${p.received}`,
    fix: `Give ${p.expected} here.`,
  }),
  "invalid-option": (p) => ({
    message: `"${p.received}" is not one of ${list(p.options)}`,
    fix: `Use one of ${list(p.options)}.`,
  }),
  missing: (p) => ({
    message: `missing ${p.expected}`,
    fix: `Add ${p.expected} here.`,
  }),
  "invalid-value": (p) => ({
    message: p.detail,
    fix: "Correct the value as the message says.",
  }),
  "not-a-value": () => ({
    message: "not a value of any kind",
    fix: 'Give a count, a name, a list of names, an ISO date, a quantity object such as { "approx": 50 }, or "withheld" / "unknown".',
  }),
  "unknown-key": (p) => ({
    message: `unexpected key${p.keys.length > 1 ? "s" : ""} ${list(p.keys)} in a value`,
    fix: "Correct the key's spelling or remove it: values are checked strictly so that a typo cannot change a figure (see the format's JSON Schema for the keys).",
  }),
  "unsupported-version": (p) => ({
    message: `format version ${p.received} is not supported`,
    fix: 'Set "contested": 1 (this version of the library reads format 1).',
  }),
  "unknown-reference": (p) => ({
    message: `unknown ${p.what} "${p.name}"${maybe(p.suggestion)}`,
    fix: `Use an id${p.what === "actor" || p.what === "place" ? " or alias" : ""} from "${p.list}", or add the ${p.what} there.`,
  }),
  "duplicate-id": (p) => ({
    message: `duplicate ${p.what} id "${p.id}" (first used at ${p.first})`,
    fix: `Give each ${p.what} its own id.`,
  }),
  "unknown-facet": (p) => ({
    message: `unknown facet "${p.facet}" in vocabulary "${p.vocabulary}"${maybe(p.suggestion)}`,
    fix: `Use a facet of the "${p.vocabulary}" vocabulary, or pass a vocabulary that defines it (defineVocabulary).`,
  }),
  "value-kind": (p) => ({
    message: `value does not fit facet "${p.facet}" (a ${p.kind})${p.detail ? `: ${p.detail}` : ""}`,
    fix: `Give ${p.expected}.`,
  }),
  "unknown-name": (p) => ({
    message: `"${p.name}" is not a ${p.what} of facet "${p.facet}"${maybe(p.suggestion)}`,
    fix: `Use one of ${list(p.known)}.`,
  }),
  "invalid-date": (p) => ({
    message: `"${p.received}" is not an ISO 8601 date or date-time`,
    fix: 'Write dates as "2023", "2023-11", "2023-11-24" or "2023-11-24T17:00" (optionally with Z or an offset).',
  }),
  "unreadable-phrase": (p) => ({ message: p.detail, fix: p.fix }),
  cycle: (p) => ({
    message: `${p.what} form a cycle through "${p.link}": ${p.chain.join(" → ")}`,
    fix: `Remove or change one "${p.link}" link so that the chain never comes back to where it started.`,
  }),
};
