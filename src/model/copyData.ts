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
export type CopyResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: CopyProblem };

/**
 * Keys a copy cannot keep as data: JavaScript reads `__proto__` as the
 * object's prototype, so a tool that copies or validates the object (zod
 * does) would drop it silently, or worse, pollute a prototype.
 */
const RESERVED_KEYS = new Set(["__proto__"]);

interface Frame {
  readonly source: Record<string, unknown> | unknown[];
  readonly copy: Record<string, unknown> | unknown[];
  readonly keys: readonly string[] | undefined;
  readonly path: readonly (string | number)[];
  next: number;
}

/**
 * A deep, deeply frozen copy of plain JSON data, made and frozen in one
 * walk, so that nothing the library returns shares an object with its
 * caller and no second walk is needed to freeze it. The walk keeps its own
 * stack: nesting of any depth cannot overflow the call stack, and data that
 * nests deeper than {@link MAX_DEPTH} is refused at its path.
 *
 * Plain data is what `JSON.parse` gives: objects (with the object prototype
 * or none), arrays, strings, finite or not numbers, booleans and `null`.
 * A function, a class instance, a `Map` or a `Date` is refused (`uncopyable`),
 * and so is an own key `__proto__` (`reserved-key`), which other tools
 * would silently drop.
 *
 * @param value - Any value.
 * @param maxDepth - The deepest nesting allowed (default {@link MAX_DEPTH}).
 * @returns `{ ok: true, value }` with the frozen copy, or `{ ok: false, problem }`.
 *
 * @example
 * const input = { claims: [{ id: "a" }] };
 * const copy = copyData(input);
 * copy.ok && [copy.value !== input, Object.isFrozen(copy.value.claims[0])]
 * //=> [true, true]
 */
export function copyData<T>(value: T, maxDepth: number = MAX_DEPTH): CopyResult<T> {
  const where: (string | number)[] = [];
  try {
    return walk(value, maxDepth, where);
  } catch {
    // A getter or a proxy that throws: whatever it holds is no plain data.
    return { ok: false, problem: { reason: "uncopyable", path: [...where] } };
  }
}

function walk<T>(value: T, maxDepth: number, where: (string | number)[]): CopyResult<T> {
  if (!isContainer(value)) return isPlainLeaf(value) ? { ok: true, value } : { ok: false, problem: { reason: "uncopyable", path: [] } };
  const rootCopy = Array.isArray(value) ? [] : (Object.create(Object.getPrototypeOf(value) === null ? null : Object.prototype) as Record<string, unknown>);
  const stack: Frame[] = [frame(value, rootCopy, [])];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const index = top.next++;
    const done = top.keys === undefined ? index >= (top.source as unknown[]).length : index >= top.keys.length;
    if (done) {
      Object.freeze(top.copy);
      stack.pop();
      continue;
    }
    const key: string | number = top.keys === undefined ? index : top.keys[index]!;
    where.splice(0, where.length, ...top.path, key);
    if (typeof key === "string" && RESERVED_KEYS.has(key)) return { ok: false, problem: { reason: "reserved-key", path: [...top.path, key], key } };
    const child = (top.source as Record<string | number, unknown>)[key];
    if (!isContainer(child)) {
      if (!isPlainLeaf(child)) return { ok: false, problem: { reason: "uncopyable", path: [...top.path, key] } };
      (top.copy as Record<string | number, unknown>)[key] = child;
      continue;
    }
    const path = [...top.path, key];
    if (stack.length >= maxDepth) return { ok: false, problem: { reason: "too-deep", path, limit: maxDepth } };
    const copy = Array.isArray(child) ? [] : (Object.create(Object.getPrototypeOf(child) === null ? null : Object.prototype) as Record<string, unknown>);
    (top.copy as Record<string | number, unknown>)[key] = copy;
    stack.push(frame(child, copy, path));
  }
  return { ok: true, value: rootCopy as T };
}

function frame(source: Record<string, unknown> | unknown[], copy: Record<string, unknown> | unknown[], path: readonly (string | number)[]): Frame {
  return { source, copy, keys: Array.isArray(source) ? undefined : Object.keys(source), path, next: 0 };
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
