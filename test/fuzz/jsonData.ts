/**
 * Plain JSON-like data as the fuzzer handles it: copied, compared and walked
 * without recursion (documents may be nested far deeper than the call stack
 * allows), and with `__proto__` kept as an own key, as `JSON.parse` makes it.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** One place in a document: the container that holds it (none for the root), its key there, and its value. */
export interface Location {
  readonly parent: Container | undefined;
  readonly key: string | number | undefined;
  readonly value: unknown;
  readonly depth: number;
}

const isContainer = (value: unknown): value is Container => typeof value === "object" && value !== null;

/** Sets an own property, even `__proto__`, as `JSON.parse` would (assignment would set the prototype instead). */
export function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A deep copy of JSON-like data, own `__proto__` keys included, at any depth. */
export function copyJson<T>(value: T): T {
  if (!isContainer(value)) return value;
  const root: Container = Array.isArray(value) ? [] : {};
  const stack: [Container, Container][] = [[value as Container, root]];
  while (stack.length > 0) {
    const [from, to] = stack.pop()!;
    for (const key of Object.keys(from)) {
      const child = (from as Record<string, unknown>)[key];
      if (isContainer(child)) {
        const copy: Container = Array.isArray(child) ? [] : {};
        setOwn(to, Array.isArray(to) ? Number(key) : key, copy);
        stack.push([child, copy]);
      } else {
        setOwn(to, Array.isArray(to) ? Number(key) : key, child);
      }
    }
  }
  return root as T;
}

/**
 * A canonical text of the data, at any depth: what two snapshots of an
 * input must share for the input to be unchanged. It tells apart what JSON
 * does not (`-0`, `NaN`, `undefined`, a missing key, a prototype), and marks
 * a frozen object, since freezing a caller's object is a change too. It
 * reads values through their descriptors, so a hostile getter or proxy is
 * noted, never run, and an object met again (a cycle) is noted once.
 */
export function fingerprint(value: unknown): string {
  const parts: string[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (isMark(next)) {
      parts.push(next.text);
      continue;
    }
    if (typeof next !== "object" || next === null) {
      parts.push(leafText(next));
      continue;
    }
    if (seen.has(next)) {
      parts.push("<seen>");
      continue;
    }
    seen.add(next);
    try {
      const keys = Object.keys(next);
      const prototype = Object.getPrototypeOf(next) as unknown;
      const kind = Array.isArray(next) ? "array" : prototype === null ? "null-proto" : prototype === Object.prototype ? "object" : "other";
      parts.push(`${kind}${Object.isFrozen(next) ? " frozen" : ""}(${keys.length}`);
      stack.push(new Mark(")"));
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        const descriptor = Object.getOwnPropertyDescriptor(next, key);
        stack.push(descriptor && "value" in descriptor ? descriptor.value : new Mark("<getter>"));
        stack.push(new Mark(`${JSON.stringify(key)}:`));
      }
    } catch {
      parts.push("<unreadable>");
    }
  }
  return parts.join(",");
}

function leafText(value: unknown): string {
  if (typeof value === "number") return Object.is(value, -0) ? "-0" : String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "<function>";
  return `${typeof value}:${String(value)}`;
}

/** Punctuation of a fingerprint, told apart from any value the data holds (without `instanceof`, which a proxy's trap would answer). */
class Mark {
  constructor(readonly text: string) {
    marks.add(this);
  }
}
const marks = new WeakSet<object>();
const isMark = (value: unknown): value is Mark => typeof value === "object" && value !== null && marks.has(value);

/**
 * Every place in the data down to `maxDepth` (the root is depth 0), in
 * document order: what a mutation can pick from.
 */
export function locations(root: unknown, maxDepth = 8): Location[] {
  const found: Location[] = [{ parent: undefined, key: undefined, value: root, depth: 0 }];
  for (let i = 0; i < found.length; i++) {
    const { value, depth } = found[i]!;
    if (!isContainer(value) || depth >= maxDepth) continue;
    for (const key of Object.keys(value)) {
      found.push({ parent: value, key: Array.isArray(value) ? Number(key) : key, value: (value as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return found;
}

/** The value at a path, and whether every step of it exists as an own property. */
export function valueAt(root: unknown, path: readonly (string | number)[]): { exists: boolean; value: unknown; parentExists: boolean } {
  let current: unknown = root;
  for (let i = 0; i < path.length; i++) {
    const step = path[i]!;
    const last = i === path.length - 1;
    let holds = false;
    try {
      holds =
        isContainer(current) &&
        (Array.isArray(current)
          ? typeof step === "number" && Number.isInteger(step) && step >= 0 && step < current.length
          : typeof step === "string" && Object.hasOwn(current, step));
      if (holds) current = Object.getOwnPropertyDescriptor(current, step)?.value;
    } catch {
      holds = false; // A proxy that cannot be read holds nothing a path can point to.
    }
    if (!holds) return { exists: false, value: undefined, parentExists: last && isContainer(current) };
  }
  return { exists: true, value: current, parentExists: true };
}

/** Data nested `depth` levels deep under one key: arrays, objects, or both in turn. */
export function nested(depth: number, shape: "array" | "object" | "mixed", leaf: Json = "leaf"): Json {
  let value: Json = leaf;
  for (let i = 0; i < depth; i++) value = shape === "array" || (shape === "mixed" && i % 2 === 0) ? [value] : { deeper: value };
  return value;
}
