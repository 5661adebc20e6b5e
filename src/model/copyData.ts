import { isWellFormed } from "./wellFormed.js";

/**
 * How deep plain data may nest, counting the document itself as depth 1.
 * The format's own fields nest five or six levels; the rest is room for the
 * data tools keep in unknown fields. Deeper input is refused with an issue
 * at the path where it goes too deep, never a stack overflow.
 *
 * @example
 * MAX_DEPTH
 * //=> 100
 */
export const MAX_DEPTH = 100;

/** Why plain data could not be copied, and where. */
export type CopyProblem =
  | { readonly reason: "too-deep"; readonly path: readonly (string | number)[]; readonly limit: number }
  | { readonly reason: "reserved-key"; readonly path: readonly (string | number)[]; readonly key: string }
  | { readonly reason: "uncopyable"; readonly path: readonly (string | number)[] };

/** What {@link copyData} returns: the frozen copy, or the first problem met. */
export type CopyResult<T> =
  | {
      readonly ok: true;
      readonly value: T;
      /** Whether every string and key is well-formed Unicode (no lone surrogate). */
      readonly wellFormed: boolean;
    }
  | { readonly ok: false; readonly problem: CopyProblem };

/** Where the walk is: the copy being filled, and the key it goes on with. */
interface Frame {
  readonly source: Record<string, unknown> | unknown[];
  readonly copy: Record<string, unknown> | unknown[];
  /** An object's own keys; `undefined` for an array. */
  readonly keys: readonly string[] | undefined;
  readonly length: number;
  /** The key this container has in its parent (unused at the root). */
  readonly key: string | number;
  /** The index of the entry being copied. */
  next: number;
}

/**
 * A deep, deeply frozen copy of plain JSON data, made and frozen in one
 * walk, so that nothing the library returns shares an object with its
 * caller and no second walk is needed to freeze it. The walk keeps its own
 * stack: nesting of any depth cannot overflow the call stack, and data that
 * nests deeper than {@link MAX_DEPTH} is refused at its path. Paths are
 * built only for a problem, from the stack, so that a valid document costs
 * one visit per value and nothing more.
 *
 * Plain data is what `JSON.parse` gives: objects (with the object prototype
 * or none), arrays, strings, finite or not numbers, booleans and `null`.
 * A function, a class instance, a `Map` or a `Date` is refused (`uncopyable`),
 * and so is an own key `__proto__` (`reserved-key`), which other tools
 * would silently drop.
 *
 * The same walk tells whether every string and key is well-formed Unicode
 * (`wellFormed`), so that a parser need not walk the document again to know
 * it has no lone surrogate.
 *
 * @param value - Any value.
 * @param maxDepth - The deepest nesting allowed (default {@link MAX_DEPTH}).
 * @returns `{ ok: true, value, wellFormed }` with the frozen copy, or `{ ok: false, problem }`.
 *
 * @example
 * const input = { claims: [{ id: "a" }] };
 * const copy = copyData(input);
 * copy.ok && [copy.value !== input, Object.isFrozen(copy.value.claims[0]), copy.wellFormed]
 * //=> [true, true, true]
 */
export function copyData<T>(value: T, maxDepth: number = MAX_DEPTH): CopyResult<T> {
  const stack: Frame[] = [];
  try {
    return walk(value, maxDepth, stack);
  } catch {
    // A getter or a proxy that throws: whatever it holds is no plain data.
    return { ok: false, problem: { reason: "uncopyable", path: pathOf(stack) } };
  }
}

function walk<T>(value: T, maxDepth: number, stack: Frame[]): CopyResult<T> {
  if (!isContainer(value)) {
    if (!isPlainLeaf(value)) return { ok: false, problem: { reason: "uncopyable", path: [] } };
    return { ok: true, value, wellFormed: typeof value !== "string" || isWellFormed(value) };
  }
  let wellFormed = true;
  const rootCopy = emptyLike(value);
  stack.push(frame(value, rootCopy, 0));
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.next >= top.length) {
      Object.freeze(top.copy);
      stack.pop();
      continue;
    }
    const keys = top.keys;
    const key: string | number = keys === undefined ? top.next : keys[top.next]!;
    top.next++;
    if (keys !== undefined) {
      // JavaScript reads `__proto__` as the object's prototype: a tool that copies or validates
      // the object (zod does) would drop it silently, or worse, pollute a prototype.
      if (key === "__proto__") return { ok: false, problem: { reason: "reserved-key", path: pathOf(stack), key } };
      if (wellFormed && !isWellFormed(key as string)) wellFormed = false;
    }
    const child = (top.source as Record<string | number, unknown>)[key];
    if (typeof child === "string") {
      if (wellFormed && !isWellFormed(child)) wellFormed = false;
      (top.copy as Record<string | number, unknown>)[key] = child;
      continue;
    }
    if (!isContainer(child)) {
      if (!isPlainLeaf(child)) return { ok: false, problem: { reason: "uncopyable", path: pathOf(stack) } };
      (top.copy as Record<string | number, unknown>)[key] = child;
      continue;
    }
    if (stack.length >= maxDepth) return { ok: false, problem: { reason: "too-deep", path: pathOf(stack), limit: maxDepth } };
    const copy = emptyLike(child);
    (top.copy as Record<string | number, unknown>)[key] = copy;
    stack.push(frame(child, copy, key));
  }
  return { ok: true, value: rootCopy as T, wellFormed };
}

/** The path of the entry the top of the stack was copying (each frame's key, then the entry's own). */
function pathOf(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (let depth = 1; depth < stack.length; depth++) path.push(stack[depth]!.key);
  const top = stack[stack.length - 1];
  if (top !== undefined && top.next > 0) path.push(top.keys === undefined ? top.next - 1 : top.keys[top.next - 1]!);
  return path;
}

function emptyLike(container: Record<string, unknown> | unknown[]): Record<string, unknown> | unknown[] {
  if (Array.isArray(container)) return [];
  return Object.getPrototypeOf(container) === null ? (Object.create(null) as Record<string, unknown>) : {};
}

function frame(source: Record<string, unknown> | unknown[], copy: Record<string, unknown> | unknown[], key: string | number): Frame {
  if (Array.isArray(source)) return { source, copy, keys: undefined, length: source.length, key, next: 0 };
  const keys = Object.keys(source);
  return { source, copy, keys, length: keys.length, key, next: 0 };
}

/** Arrays and plain objects (object prototype, or none); everything else is a leaf or not plain. */
function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isPlainLeaf(value: unknown): boolean {
  return value === null || value === undefined || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
