import type * as z from "zod";
import type { Issue, IssuePath } from "./issue.js";
import { makeIssue } from "./contestedError.js";

/**
 * Turns zod's issues into the library's, with a fix for each. Paths are
 * prefixed with `base` when the schema checked a part of a document.
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown, base: IssuePath = []): Issue[] {
  return issues.map((issue) => {
    const path: IssuePath = [...base, ...(issue.path as (string | number)[])];
    const received = valueAt(input, issue.path as (string | number)[]);
    switch (issue.code) {
      case "invalid_type":
        return received === undefined
          ? makeIssue("missing", path, { expected: describeType(issue.expected) })
          : makeIssue("invalid-type", path, { expected: describeType(issue.expected), received: describeReceived(received) });
      case "invalid_value":
        if (received === undefined) return makeIssue("missing", path, { expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}` });
        return makeIssue("invalid-option", path, { options: issue.values.map(String), received: String(received) });
      case "invalid_union":
        return makeIssue("not-a-value", path, {});
      case "unrecognized_keys":
        return makeIssue("unknown-key", path, { keys: issue.keys });
      default:
        return makeIssue("invalid-value", path, { detail: issue.message });
    }
  });
}

function describeType(expected: string): string {
  const article = /^[aeiou]/.test(expected) ? "an" : "a";
  return expected === "array" ? "a list" : expected === "object" ? "an object" : `${article} ${expected}`;
}

function describeReceived(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

function valueAt(input: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
