import { formatIssue, type Issue, type IssueCode, type IssuePath } from "./issue.js";
import { ISSUE_TEXT, type IssueParams } from "./issueText.js";

/**
 * Builds an {@link Issue}, with its wording taken from the message table.
 *
 * @example
 * makeIssue("unknown-reference", ["claims", 3, "about", "party"], { what: "actor", name: "jnin", list: "actors", suggestion: "jnim" }).message
 * //=> 'unknown actor "jnin" — did you mean "jnim"?'
 */
export function makeIssue<C extends IssueCode>(code: C, path: IssuePath, params: IssueParams[C]): Issue {
  const { message, fix } = ISSUE_TEXT[code](params);
  return { code, path: [...path], message, fix };
}

/**
 * The error thrown for invalid input. It carries every problem found, never
 * only the first: `issues` is plain data, and `message` lists them one per
 * line as `path: problem. Fix: …`. {@link IncidentError} and
 * {@link VocabularyError} extend it, so one `instanceof` catches both.
 *
 * @example
 * try { defineVocabulary({}) } catch (e) { e instanceof ContestedError }
 * //=> true
 */
export class ContestedError extends Error {
  /** Every problem found, in document order. */
  readonly issues: readonly Issue[];

  constructor(subject: string, issues: readonly Issue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(`Invalid ${subject} (${count}):\n${issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`);
    this.name = "ContestedError";
    this.issues = issues;
  }
}

/**
 * Thrown by {@link parseIncident} and the editing functions when an incident
 * document is invalid.
 *
 * @example
 * try { parseIncident({ contested: 1 }) } catch (e) { (e as IncidentError).issues.map((i) => i.code) }
 * //=> ["missing", "missing", ...]
 */
export class IncidentError extends ContestedError {
  constructor(issues: readonly Issue[]) {
    super("incident", issues);
    this.name = "IncidentError";
  }
}

/**
 * Thrown by {@link defineVocabulary} when a vocabulary is invalid.
 *
 * @example
 * try { defineVocabulary({ name: "x", facets: { a: { kind: "colour" } } }) } catch (e) { (e as VocabularyError).issues[0].path }
 * //=> ["facets", "a", "kind"]
 */
export class VocabularyError extends ContestedError {
  constructor(issues: readonly Issue[]) {
    super("vocabulary", issues);
    this.name = "VocabularyError";
  }
}
