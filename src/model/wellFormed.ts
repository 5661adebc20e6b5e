/**
 * Whether a string is well-formed Unicode: no lone surrogate (half of a
 * UTF-16 pair, as text cut in the middle of an emoji leaves it). The native
 * `String.prototype.isWellFormed` (ES2024) when the runtime has it, else a
 * regular expression that, with the `u` flag, matches only unpaired halves.
 *
 * @example
 * [isWellFormed("Niafunké 🙂"), isWellFormed("s\ud800")]
 * //=> [true, false]
 */
export const isWellFormed: (text: string) => boolean =
  typeof (String.prototype as { isWellFormed?: unknown }).isWellFormed === "function"
    ? (text) => (text as unknown as { isWellFormed(): boolean }).isWellFormed()
    : (text) => !/[\uD800-\uDFFF]/u.test(text);
