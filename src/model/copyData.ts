/**
 * `structuredClone` is a global in every runtime the library supports
 * (browsers, Node ≥ 17, Deno, Bun); ES2022's lib does not declare it, and
 * the library does not take DOM or Node types for one function.
 */
declare const structuredClone: <T>(value: T) => T;

/**
 * A deep copy of plain data, so that nothing the library returns or freezes
 * shares an object with its caller.
 *
 * @throws {DOMException} when the value holds a function or another value
 *   that cannot be copied.
 */
export function copyData<T>(value: T): T {
  return structuredClone(value);
}
