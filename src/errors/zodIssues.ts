import type * as z from "zod";
import { makeIssue } from "./contestedError.js";
import { didYouMean } from "./didYouMean.js";
import type { Issue } from "./issue.js";
import { VALUE_RULES, type BrokenRule, type JsonType, type Received, type ValueRule } from "./issueParams.js";
import type { IssuePath } from "./issuePath.js";

/**
 * Turns zod's issues into the library's, each with its params as data and a
 * fix. Paths are prefixed with `base` when the schema checked a part of a
 * document. An absent value is always `missing`, whatever the schema
 * expected there; a custom check that names its rule in
 * `params: { contested: rule }` (see {@link VALUE_RULES}) becomes
 * `invalid-value` with that rule; checks the format does not name keep
 * zod's own message (`rule: "zod"`).
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, base: IssuePath = []): Issue[] {
  return issues.map((issue) => {
    const at = issue.path as (string | number)[];
    const path: IssuePath = [...base, ...at];
    const received = valueAt(input, at);
    switch (issue.code) {
      case "invalid_type":
        return received === undefined
          ? makeIssue("missing", path, { expected: { type: jsonType(issue.expected) } })
          : makeIssue("invalid-type", path, { expected: jsonType(issue.expected), received: describeReceived(received) });
      case "invalid_value": {
        if (received === undefined) return makeIssue("missing", path, { expected: { oneOf: issue.values.map(jsonValue) } });
        const options = issue.values.map(String);
        const suggestion = typeof received === "string" ? didYouMean(received, options) : undefined;
        return makeIssue("invalid-option", path, { options, received: String(received), ...(suggestion !== undefined ? { suggestion } : {}) });
      }
      case "invalid_union":
        if (received === undefined) {
          return makeIssue("missing", path, { expected: at[at.length - 1] === "value" ? { role: "claim-value" } : { type: "json" } });
        }
        return makeIssue("not-a-value", path, {});
      case "unrecognized_keys":
        return makeIssue("unknown-key", path, { keys: issue.keys });
      case "too_small":
        if (issue.origin === "string" || issue.origin === "number" || issue.origin === "array") {
          return makeIssue("too-small", path, {
            type: issue.origin as "string" | "number" | "array",
            minimum: Number(issue.minimum),
            inclusive: issue.inclusive ?? true,
          });
        }
        return makeIssue("invalid-value", path, { rule: "zod", detail: issue.message });
      case "custom":
        return makeIssue("invalid-value", path, brokenRule(issue, input, at));
      default:
        return makeIssue("invalid-value", path, { rule: "zod", detail: issue.message });
    }
  });
}

/** The rule a custom check names, with the bounds of an inverted range. */
function brokenRule(issue: z.core.$ZodIssueCustom, input: unknown, at: readonly (string | number)[]): BrokenRule {
  const rule = issue.params?.contested;
  if (!isValueRule(rule)) return { rule: "zod", detail: issue.message };
  if (rule !== "inverted-range") return { rule };
  const range = valueAt(input, at.slice(0, -1)) as { min?: unknown; max?: unknown } | undefined;
  return { rule, min: Number(range?.min), max: Number(range?.max) };
}

function isValueRule(rule: unknown): rule is ValueRule {
  return typeof rule === "string" && (VALUE_RULES as readonly string[]).includes(rule);
}

const JSON_TYPES: readonly string[] = ["string", "number", "boolean", "object", "array"];

function jsonType(expected: string): JsonType {
  return JSON_TYPES.includes(expected) ? (expected as JsonType) : "json";
}

function jsonValue(value: unknown): string | number | boolean | null {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null ? value : String(value);
}

function describeReceived(value: unknown): Received {
  if (value === null) return { type: "null" };
  if (Array.isArray(value)) return { type: "array" };
  if (typeof value === "string")
    return { type: "string", value: value.length > 40 ? `${value.slice(0, /[\uD800-\uDBFF]/.test(value[39]!) ? 39 : 40)}…` : value };
  if (typeof value === "object") return { type: "object" };
  if (typeof value === "number" || typeof value === "boolean") return { type: typeof value as "number" | "boolean", value: String(value) };
  return { type: "other", value: `${typeof value} ${String(value)}` };
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string | number, unknown>)[key] : undefined;
  }
  return current;
}
