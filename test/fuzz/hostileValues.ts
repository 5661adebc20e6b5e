import fc from "fast-check";

/**
 * Text an attacker or a careless tool writes into a document: terminal
 * escapes and other control characters, bidi overrides that reorder what a
 * reader sees, HTML and Markdown that would act if a report let it through,
 * keys that JavaScript reads as something else than data, and text that is
 * empty, blank or looks like a value of the format.
 */
export const HOSTILE_STRINGS = [
  "",
  " ",
  "\t\n",
  "\u0000",
  "a\u0000b",
  "\u001b[31mred\u001b[0m",
  "\u001b]0;title\u0007",
  "\u001b[2J\u001b[H",
  "\r\rcarriage",
  "\b\b\bback",
  "\u007f\u0085\u009b",
  "\u202eevil\u202c",
  "\u2066isolate\u2069",
  "\u200f\u200e\u061c",
  "\u2028line\u2029",
  "\ufeffbom",
  "\ufffd",
  "🙂\u{1F1F2}\u{1F1F1}",
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//x.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "' onmouseover='alert(1)",
  "javascript:alert(1)",
  "</textarea></style></title><script>x</script>",
  "<!--",
  "&lt;&amp;&#x3C;",
  "| a | b |",
  "a|b\\|c",
  "\\",
  "\n| x | y |\n|---|---|",
  "# heading\n---",
  "[link](javascript:alert(1))",
  "![img](http://x.example/x.png)",
  "`code` **bold** _em_ ~~s~~",
  "<details open ontoggle=alert(1)>",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "withheld",
  "unknown",
  "null",
  "undefined",
  "NaN",
  "1e309",
  "-0",
  "2023-02-30",
  "0000-00-00",
  "9999-12-31T23:59:60Z",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template's syntax, as hostile text
  "${x}",
  "%s%n%x",
  "a".repeat(257),
  "é".repeat(61),
] as const;

/** Keys that reach an object's prototype when a naive copy assigns them. */
export const POLLUTION_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** Numbers at the edges: signed zero, the largest and smallest doubles, unsafe integers, fractions, negatives, and the values JSON cannot hold. */
export const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  0.1 + 0.2,
  1e-7,
  5e-324,
  -5e-324,
  2 ** 31,
  2 ** 32 + 1,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  1e21,
  1.7976931348623157e308,
  -1.7976931348623157e308,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
] as const;

/** Any of {@link HOSTILE_STRINGS}, or short text from the whole of Unicode. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "binary" }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: "grapheme" }) },
);

/** Any of {@link EDGE_NUMBERS}, or a double from anywhere in its range. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGE_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 1000 }) },
);
