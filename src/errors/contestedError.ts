import { formatIssue, type Issue, type IssueOf } from "./issue.js";
import type { IssueCode, IssueParams } from "./issueParams.js";
import type { IssuePath } from "./issuePath.js";
import { englishText } from "./issueText.js";

/**
 * Builds an {@link Issue} from its code and params, with its English
 * message and fix taken from the wording table.
 *
 * @example
 * makeIssue("unknown-reference", ["claims", 3, "about", "party"], { what: "actor", name: "jnin", suggestion: "jnim", known: ["fama", "jnim"], knownCount: 2 }).message
 * //=> 'unknown actor "jnin" — did you mean "jnim"?'
 */
export function makeIssue<C extends IssueCode>(code: C, path: IssuePath, params: IssueParams[C]): IssueOf<C> {
  const { message, fix } = englishText(code, params);
  return { code, path: [...path], params, message, fix };
}

/**
 * The brand every error of the library carries, under a registered symbol:
 * the names of its class and of the classes it extends. A symbol from
 * `Symbol.for` is the same in every copy of the library, so the brand
 * survives what `instanceof` does not — an error thrown by the CommonJS
 * build and caught by code that imported the ESM build, or two versions of
 * the package in one tree.
 */
const BRAND = Symbol.for("contested.error");

/** Whether a value carries the brand of the named error class. */
function branded(value: unknown, name: string): boolean {
  if (typeof value !== "object" || value === null) return false;
  const brand = (value as { [BRAND]?: unknown })[BRAND];
  return Array.isArray(brand) && brand.includes(name);
}

/** Marks a class's prototype with its brand: its own name after its parent's. */
function brand(target: { prototype: object }, names: readonly string[]): void {
  Object.defineProperty(target.prototype, BRAND, { value: Object.freeze([...names]), enumerable: false });
}

/**
 * The error thrown for invalid input. It carries every problem found, never
 * only the first: `issues` is plain data, and `message` lists them one per
 * line as `path: problem. Fix: …`. {@link IncidentError} and
 * {@link VocabularyError} extend it, so one `instanceof` catches both.
 *
 * `instanceof` fails when the error comes from another copy of the library
 * (the CommonJS build caught by ESM code, or another version installed
 * beside it): `ContestedError.is(error)`, `IncidentError.is(error)` and
 * `VocabularyError.is(error)` read a brand that every copy shares.
 *
 * @example
 * try { defineVocabulary({}) } catch (e) { e instanceof ContestedError && ContestedError.is(e) }
 * //=> true
 */
export class ContestedError extends Error {
  /** Every problem found, in document order. */
  readonly issues: readonly Issue[];

  /**
   * Whether a value is an error of this library, from this copy of it or any
   * other (ESM or CommonJS, any version that has the brand).
   *
   * @example
   * ContestedError.is(safeParseIncident({}).error)
   * //=> true
   */
  static is(value: unknown): value is ContestedError {
    return branded(value, "ContestedError");
  }

  static {
    brand(ContestedError, ["ContestedError"]);
  }

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
  /**
   * Whether a value is an {@link IncidentError} from any copy of the library.
   *
   * @example
   * IncidentError.is(safeParseIncident({}).error)
   * //=> true
   */
  static override is(value: unknown): value is IncidentError {
    return branded(value, "IncidentError");
  }

  static {
    brand(IncidentError, ["ContestedError", "IncidentError"]);
  }

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
  /**
   * Whether a value is a {@link VocabularyError} from any copy of the library.
   *
   * @example
   * VocabularyError.is(safeParseIncident({}).error)
   * //=> false
   */
  static override is(value: unknown): value is VocabularyError {
    return branded(value, "VocabularyError");
  }

  static {
    brand(VocabularyError, ["ContestedError", "VocabularyError"]);
  }

  constructor(issues: readonly Issue[]) {
    super("vocabulary", issues);
    this.name = "VocabularyError";
  }
}
