import type { ValueKind } from "../values/valueKind.js";
import type { PhraseProblem } from "../lexicon/phraseCount.js";
import type { IssuePath } from "./issuePath.js";

/** A type of JSON value, as an issue names what was expected. `json` is any plain JSON data. */
export type JsonType = "string" | "number" | "boolean" | "object" | "array" | "json";

/**
 * What was found where something else was expected: its type and, for a
 * string, number or boolean, the value as text (a string cut at 40
 * characters, with "…"). `uncopyable` is a function or class instance,
 * which plain JSON cannot hold.
 */
export interface Received {
  readonly type: "null" | "string" | "number" | "boolean" | "object" | "array" | "uncopyable" | "other";
  readonly value?: string;
}

/**
 * What a missing field should have held: a value of a JSON type, one of a
 * few values (as JSON values), or a field whose meaning the format gives
 * (`role`).
 */
export type Expected =
  | { readonly type: JsonType }
  | { readonly oneOf: readonly (string | number | boolean | null)[] }
  | { readonly role: "claim-value" | "party-actor" | "category-values" };

/**
 * The rules a value can break beyond its type, each with a stable name: a
 * quantity object's readings, and the dates of a time. A kind's zod schema
 * names the rule a custom check enforces in the issue's
 * `params: { contested: rule }`.
 *
 * @example
 * VALUE_RULES.includes("inverted-range")
 * //=> true
 */
export const VALUE_RULES = ["no-reading", "several-readings", "half-range", "inverted-range", "stray-tolerance", "not-a-date", "inverted-dates"] as const;

/** One of {@link VALUE_RULES}. */
export type ValueRule = (typeof VALUE_RULES)[number];

/**
 * A value that breaks a rule: which one, and for `inverted-range` the bounds.
 * `zod` is a check of zod's own that the format gives no name to; its
 * `detail` is zod's (English) message.
 */
export type BrokenRule =
  | { readonly rule: Exclude<ValueRule, "inverted-range"> }
  | { readonly rule: "inverted-range"; readonly min: number; readonly max: number }
  | { readonly rule: "zod"; readonly detail: string };

/** The lists a reference can point into. */
export type Referenced = "actor" | "place" | "source" | "claim" | "facet" | "item";

/** The links that can close a cycle, by what they link. */
export type Linked = "actors" | "places" | "claims" | "relays" | "facets" | "groups";

/**
 * The facts behind each issue code, as data: a tool reads the suggestion,
 * the expected values or the known names from here, never from the words.
 * Every language's table ({@link ISSUE_WORDING}) covers every code, so a code
 * added here does not compile until each language words it.
 */
export interface IssueParams {
  /** A value of the wrong JSON type. */
  "invalid-type": { readonly expected: JsonType; readonly received: Received };
  /** A value that is not one of the options (e.g. a source `kind`). */
  "invalid-option": { readonly options: readonly string[]; readonly received: string; readonly suggestion?: string | undefined };
  /** A required field that is absent. */
  missing: { readonly expected: Expected };
  /** A value that breaks a rule of its form (see {@link BrokenRule}). */
  "invalid-value": BrokenRule;
  /** A number, text or list below its smallest size (an empty name, a negative count). */
  "too-small": { readonly type: "string" | "number" | "array"; readonly minimum: number; readonly inclusive: boolean };
  /** A claim value that has no form of any kind (neither a count, a name, a list, a date nor a quantity object). */
  "not-a-value": Record<string, never>;
  /** Keys a strictly checked value does not have. */
  "unknown-key": { readonly keys: readonly string[] };
  /** A `contested` format version other than 1; `received` is its JSON. */
  "unsupported-version": { readonly received: string };
  /**
   * A name that no entry of its list has. `known` holds the first names of
   * the list (at most 10), `knownCount` how many there are in all.
   */
  "unknown-reference": {
    readonly what: Referenced;
    readonly name: string;
    readonly suggestion?: string | undefined;
    readonly known: readonly string[];
    readonly knownCount: number;
  };
  /** An id already used in the same list; `first` is the path of its first use. */
  "duplicate-id": { readonly what: "actor" | "place" | "source" | "claim" | "item"; readonly id: string; readonly first: IssuePath };
  /** A name (id, name or alias) that another actor, place or item also has. */
  "ambiguous-name": { readonly what: "actor" | "place" | "item"; readonly name: string; readonly owner: string };
  /** A facet that the vocabulary does not define. */
  "unknown-facet": { readonly facet: string; readonly vocabulary: string; readonly suggestion?: string | undefined };
  /** A value that does not fit its facet's kind, and the rule it breaks when one is known. */
  "value-kind": { readonly facet: string; readonly kind: ValueKind; readonly problem?: BrokenRule | undefined };
  /** A name that is not among a facet's values. */
  "unknown-name": { readonly name: string; readonly facet: string; readonly known: readonly string[]; readonly suggestion?: string | undefined };
  /** A string that is not an ISO 8601 date or date-time; `received` is the value as written (JSON for a range). */
  "invalid-date": { readonly received: string };
  /** A quantity's phrase that cannot be read as one count (see {@link PhraseProblem}). */
  "unreadable-phrase": PhraseProblem;
  /** Links that come back to where they started; `chain` is the ids along the cycle. */
  cycle: { readonly what: Linked; readonly link: string; readonly chain: readonly string[] };
  /** A vocabulary facet `partOf` another when one of them is not a quantity. */
  "part-of-kind": { readonly facet: string; readonly whole: string };
  /**
   * Text that is not well-formed Unicode: a lone surrogate (an unpaired
   * UTF-16 unit, `unit` in hex) at index `at`, in a string or, with
   * `inKey`, in an object's key.
   */
  "malformed-text": { readonly unit: string; readonly at: number; readonly inKey: boolean };
  /** Data nested deeper than the library reads (`limit` levels, the document itself being the first). */
  "too-deep": { readonly limit: number };
  /** A key JavaScript reads as something else than data (`__proto__`), which tools would drop silently. */
  "reserved-key": { readonly key: string };
}

/** The stable codes of {@link Issue}, one per entry of {@link IssueParams}. */
export type IssueCode = keyof IssueParams;
