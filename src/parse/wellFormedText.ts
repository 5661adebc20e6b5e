import { makeIssue } from "../errors/contestedError.js";
import type { Issue } from "../errors/issue.js";
import type { IssuePath } from "../errors/issuePath.js";
import { isWellFormed } from "../model/wellFormed.js";

/**
 * The issues of every string in a document — values and keys, known fields
 * and unknown ones — that is not well-formed Unicode, that is, that holds a
 * lone surrogate (half of a UTF-16 pair, as text cut in the middle of an
 * emoji leaves it). Format 1 documents are I-JSON (RFC 7493): such text
 * cannot be written as UTF-8, so every report would show it as "�" (two ids
 * that differ only there would look the same) and other JSON tools read it
 * differently or refuse it. It is refused at its path (`malformed-text`,
 * with the unit and its index), never repaired silently.
 *
 * The walk keeps its own stack, so nesting of any depth cannot overflow the
 * call stack; it records paths only when something is found.
 *
 * @param document - A copy of the input document.
 * @returns One issue per malformed string or key, in no particular order.
 *
 * @example
 * malformedText({ claims: [{ id: "s\ud800" }] }).map((i) => [i.path, i.params])
 * //=> [[["claims", 0, "id"], { unit: "d800", at: 1, inKey: false }]]
 */
export function malformedText(document: unknown): Issue[] {
  if (allWellFormed(document)) return [];
  const issues: Issue[] = [];
  const stack: [unknown, IssuePath][] = [[document, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      if (!isWellFormed(value)) issues.push(issueAt(path, value, false));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, [...path, i]]));
    } else if (value !== null && typeof value === "object") {
      for (const key of Object.keys(value)) {
        if (!isWellFormed(key)) issues.push(issueAt([...path, key], key, true));
        stack.push([(value as Record<string, unknown>)[key], [...path, key]]);
      }
    }
  }
  return issues;
}

/** The fast pass: whether every string and key is well-formed, without building paths. */
function allWellFormed(document: unknown): boolean {
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (!isWellFormed(value)) return false;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === "object") {
      for (const key of Object.keys(value)) {
        if (!isWellFormed(key)) return false;
        stack.push((value as Record<string, unknown>)[key]);
      }
    }
  }
  return true;
}

function issueAt(path: IssuePath, text: string, inKey: boolean): Issue {
  const at = loneSurrogateAt(text);
  return makeIssue("malformed-text", path, { unit: text.charCodeAt(at).toString(16), at, inKey });
}

/** The index of the first unit of a surrogate pair's half that has no partner. */
function loneSurrogateAt(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return i;
  }
  return -1;
}
