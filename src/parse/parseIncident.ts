import { IncidentError, makeIssue } from "../errors/contestedError.js";
import { sortIssues, type Issue } from "../errors/issue.js";
import { fromZodIssues } from "../errors/zodIssues.js";
import { IncidentSchema, type Incident } from "../model/incident.js";
import { conflict } from "../vocabulary/conflict.js";
import type { ConflictIncidentInput } from "../vocabulary/incidentInput.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import { checkIncident } from "./checkIncident.js";
import { checkWellFormedParts } from "./checkWellFormedParts.js";
import { withEntryIds } from "./entryIds.js";
import { malformedText } from "./wellFormedText.js";
import { copyData } from "../model/copyData.js";
import { freezeData } from "../model/freezeData.js";
import { displayable } from "../display/display.js";
import { incidentViews } from "../display/incidentView.js";

/** Options of {@link parseIncident}, {@link safeParseIncident} and the functions built on them. */
export interface ParseOptions {
  /** The vocabulary the claims' facets come from. Default: {@link conflict}. */
  readonly vocabulary?: Vocabulary;
}

/** The result of {@link safeParseIncident}: the incident, or the error with every issue. */
export type SafeParseResult = { readonly success: true; readonly data: Incident } | { readonly success: false; readonly error: IncidentError };

/**
 * Checks an incident document (format 1) and returns it as a deeply frozen
 * {@link Incident}. The input is never mutated: the result is a copy, and
 * unknown fields are kept in it at every level.
 *
 * Beyond the shape, it checks what a schema cannot: unique ids, references
 * to sources, actors, places and claims (with a "did you mean" for a close
 * name), real dates, values that fit their facet's kind, and no cycle in
 * `via`, `basedOn`, `partOf` or `in`.
 *
 * Every string must be well-formed Unicode (the document is I-JSON): text
 * holding a lone surrogate is refused at its path.
 *
 * Every problem is listed, never one that another causes: an issue carries
 * its `code` and `params` as data, its path, the id of the entry the path
 * starts in (`entryId`, shown as `claims[3 "em-toll"].value`), and an
 * English message and fix ({@link formatIssueIn} words it in French).
 *
 * @param input - The document, e.g. from `JSON.parse`; typed as {@link ConflictIncidentInput} when written in code, so that an editor completes it.
 * @param options - {@link ParseOptions}.
 * @returns The checked, frozen incident.
 * @throws {IncidentError} listing every problem, each with its path and a fix.
 *
 * @example
 * const incident = parseIncident({
 *   contested: 1, id: "demo",
 *   sources: [{ id: "rfi", name: "RFI", kind: "media" }],
 *   claims: [{ id: "c1", source: "rfi", about: { facet: "killed" }, value: { approx: 50 } }],
 * });
 * incident.claims[0].value
 * //=> { approx: 50 }
 */
export function parseIncident(input: ConflictIncidentInput, options?: ParseOptions): Incident;
export function parseIncident(input: unknown, options?: ParseOptions): Incident;
export function parseIncident(input: unknown, options: ParseOptions = {}): Incident {
  const result = safeParseIncident(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parseIncident}, but returns `{ success: false, error }` instead
 * of throwing when the document is invalid.
 *
 * @param input - The document, e.g. from `JSON.parse`.
 * @param options - {@link ParseOptions}.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 *
 * @example
 * const result = safeParseIncident({ contested: 1, id: "x", sources: [], claims: [{ id: "c", source: "nobody", about: { facet: "killed" }, value: 3 }] });
 * result.success ? [] : result.error.issues.map((i) => i.message)
 * //=> ['unknown source "nobody"']
 */
export function safeParseIncident(input: unknown, options: ParseOptions = {}): SafeParseResult {
  const vocabulary = options.vocabulary ?? conflict;
  const copy = cloneInput(input);
  if (!copy.ok) return failure([copy.issue]);
  // The copy's walk already knows whether some text is malformed; only then is it walked again for the paths.
  const malformed = copy.wellFormed ? [] : malformedText(copy.value);
  const parsed = IncidentSchema.safeParse(copy.value);
  if (!parsed.success) {
    return failure(
      withEntryIds(sortIssues([...malformed, ...shapeIssues(parsed.error.issues, copy.value), ...checkWellFormedParts(copy.value, vocabulary)]), copy.value),
    );
  }
  // Frozen before it is checked, so that the index the checks build is the one the engine reads.
  const data = freezeData(displayable(parsed.data, incidentViews(parsed.data)));
  const issues = sortIssues([...malformed, ...checkIncident(data, vocabulary)]);
  if (issues.length > 0) return failure(withEntryIds(issues, copy.value));
  checked.set(data, vocabulary);
  return { success: true, data };
}

/** The incidents this module returned, and the vocabulary each was checked against. */
const checked = new WeakMap<object, Vocabulary>();

/**
 * The vocabulary an incident was checked against, when it is one that
 * {@link parseIncident} returned (deeply frozen, so it cannot have changed
 * since); `undefined` for anything else. Functions that take an incident
 * parse it only when this says they must.
 *
 * @param incident - Anything.
 * @returns The vocabulary, or `undefined` when it is not an incident this module returned.
 *
 * @example
 * const parsed = parseIncident({ contested: 1, id: "x", sources: [], claims: [] });
 * [parsedWith(parsed) === conflict, parsedWith({ ...parsed })]
 * //=> [true, undefined]
 */
export function parsedWith(incident: unknown): Vocabulary | undefined {
  return typeof incident === "object" && incident !== null ? checked.get(incident) : undefined;
}

function failure(issues: readonly Issue[]): SafeParseResult {
  return { success: false, error: new IncidentError(issues) };
}

/**
 * A private copy, made and frozen in one walk (see {@link copyData}), so that
 * neither parsing nor freezing ever touches the caller's objects, and data
 * that cannot be read is refused at its path: too deep, a `__proto__` key, or
 * something that is not plain data.
 */
function cloneInput(input: unknown): { ok: true; value: unknown; wellFormed: boolean } | { ok: false; issue: Issue } {
  const copy = copyData(input);
  if (copy.ok) return copy;
  const { problem } = copy;
  const path = [...problem.path];
  if (problem.reason === "too-deep") return { ok: false, issue: makeIssue("too-deep", path, { limit: problem.limit }) };
  if (problem.reason === "reserved-key") return { ok: false, issue: makeIssue("reserved-key", path, { key: problem.key }) };
  return { ok: false, issue: makeIssue("invalid-type", path, { expected: "json", received: { type: "uncopyable" } }) };
}

function shapeIssues(issues: Parameters<typeof fromZodIssues>[0], input: unknown): Issue[] {
  return fromZodIssues(issues, input).map((issue) =>
    issue.path.length === 1 && issue.path[0] === "contested" && issue.code !== "missing"
      ? makeIssue("unsupported-version", issue.path, { received: JSON.stringify((input as { contested?: unknown }).contested) })
      : issue,
  );
}
