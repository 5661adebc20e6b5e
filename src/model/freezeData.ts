/**
 * Freezes plain data deeply, in place, and returns it. Objects already
 * frozen are taken as frozen all the way down (what {@link copyData} returns
 * is), so that a document checked and copied once is not walked again for
 * its unknown fields. The walk keeps its own stack: no nesting overflows it.
 *
 * @param value - Plain data: objects, arrays and leaves.
 * @returns The same value, frozen.
 *
 * @example
 * const data = freezeData({ claims: [{ id: "a" }] });
 * Object.isFrozen(data.claims[0])
 * //=> true
 */
export function freezeData<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next !== "object" || next === null || Object.isFrozen(next)) continue;
    Object.freeze(next);
    if (Array.isArray(next)) {
      for (const item of next) if (typeof item === "object" && item !== null) stack.push(item);
    } else {
      for (const key of Object.keys(next)) {
        const item = (next as Record<string, unknown>)[key];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    }
  }
  return value;
}
