import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { didYouMean, editDistanceWithin, SUGGESTION_LIMITS, suggester } from "../../src/errors/didYouMean.js";
import { normalizeName } from "../../src/model/normalizeName.js";

/** The plain Levenshtein distance, quadratic, as the reference to check the bounded one against. */
function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** "Did you mean" as it was before it was bounded: every known name, compared in full. */
function unboundedDidYouMean(name: string, known: readonly string[]): string | undefined {
  const folded = normalizeName(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of [...known].sort()) {
    const distance = levenshtein(folded, normalizeName(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  return bestDistance <= Math.min(3, Math.ceil(Math.max(folded.length, normalizeName(best).length) / 3)) ? best : undefined;
}

const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "é", "-", " "), maxLength: 12 });

describe("didYouMean", () => {
  it.each([
    ["jnin", ["fama", "jnim", "wagner"], "jnim"],
    ["kiled", ["killed", "wounded"], "killed"],
    ["JNIM ", ["jnim"], "jnim"],
    ["Niafunké", ["niafunke", "goundam"], "niafunke"],
    ["bamako", ["niafunke", "goundam"], undefined],
    ["ab", ["xy"], undefined],
    ["vehicels", ["vehicles", "vehicle"], "vehicle"],
  ] as const)("suggests for %j among %j: %j", (name, known, expected) => {
    expect(didYouMean(name, known)).toBe(expected);
  });

  test.prop([word, fc.array(word, { maxLength: 8 })])("suggests what the unbounded comparison suggested, for names within the limits", (name, known) => {
    expect(didYouMean(name, known)).toBe(unboundedDidYouMean(name, known));
  });

  test.prop([word, fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 4 })])(
    "suggests the same name for the same name, however often it is asked",
    (name, known, others) => {
      const suggest = suggester(known);
      const first = suggest(name);
      for (const other of others) suggest(other);
      expect(suggest(name)).toBe(first);
    },
  );

  it("gives no suggestion for a name longer than the limit, even one letter off, and suggests no such name", () => {
    const long = "x".repeat(SUGGESTION_LIMITS.length);
    expect(didYouMean(`${long}y`, [`${long}z`])).toBeUndefined();
    expect(didYouMean(`${long.slice(1)}y`, [`${long.slice(1)}z`])).toBe(`${long.slice(1)}z`);
    expect(didYouMean(`${"x".repeat(1_000_000)}y`, [`${"x".repeat(1_000_000)}z`])).toBeUndefined();
  });
});

describe("editDistanceWithin", () => {
  test.prop([word, word, fc.integer({ min: 0, max: 4 })])("is the Levenshtein distance when it is within the limit, else undefined", (a, b, limit) => {
    const distance = levenshtein(a, b);
    expect(editDistanceWithin(a, b, limit)).toBe(distance <= limit ? distance : undefined);
  });

  it.each([1_000, 100_000, 1_000_000])("computes at most 7 cells per letter between two names of %i letters one edit apart", (length) => {
    const work = { cells: 0 };
    const a = "ab".repeat(length / 2);
    const b = `${a.slice(0, length / 2)}x${a.slice(length / 2 + 1)}`;
    expect(editDistanceWithin(a, b, 3, work)).toBe(1);
    expect(work.cells).toBeLessThanOrEqual(7 * length);
  });

  it("stops at the first row past the limit, and compares nothing when the lengths are too far apart", () => {
    const work = { cells: 0 };
    expect(editDistanceWithin("a".repeat(100_000), "b".repeat(100_000), 3, work)).toBeUndefined();
    expect(work.cells).toBeLessThanOrEqual(7 * 4);
    const none = { cells: 0 };
    expect(editDistanceWithin("a".repeat(10), "a".repeat(100_000), 3, none)).toBeUndefined();
    expect(none.cells).toBe(0);
  });
});
