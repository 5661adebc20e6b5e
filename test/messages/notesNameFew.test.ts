import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { allDifferentFigures, fewSourcesManyFigures, placeChain } from "../fuzz/hostileSizes.js";

describe("a note names at most ten items of a list and counts the rest", () => {
  it("names ten of twelve different figures, the tenth being the count of the other three", () => {
    const [flag] = reconcile(allDifferentFigures(12)).flags;
    expect(flag!.note).toBe(
      "Killed: 0 (Source 0), 1 (Source 1), 2 (Source 2), 3 (Source 3), 4 (Source 4), 5 (Source 5), 6 (Source 6), 7 (Source 7), 8 (Source 8) and 3 more do not overlap.",
    );
  });

  it("counts the rest in French as « N autres »", () => {
    const [flag] = reconcile(allDifferentFigures(12), { lang: "fr" }).flags;
    expect(flag!.note).toMatch(/8 \(Source 8\) et 3\u00a0autres ne se recoupent pas\.$/u);
  });

  it("keeps every claim and source of the finding in its data", () => {
    const [flag] = reconcile(allDifferentFigures(1_000)).flags;
    expect([flag!.sides.length, flag!.claims.length, flag!.sources.length]).toEqual([1_000, 1_000, 1_000]);
    expect(flag!.note.length).toBeLessThan(300);
  });

  it("names ten of a side's many answers: one source giving fifteen figures", () => {
    const self = reconcile(fewSourcesManyFigures(30, 2)).flags.find((f) => f.kind === "self")!;
    expect(self.note).toMatch(/^Killed: one source, Source 0, gives answers that cannot both hold: 0, 2, 4, 6, 8, 10, 12, 14, 16 and 6 more\.$/u);
  });

  it("joins three answers as the language does, with one conjunction", () => {
    const self = reconcile(fewSourcesManyFigures(6, 2)).flags.find((f) => f.kind === "self")!;
    expect(self.note).toBe("Killed: one source, Source 0, gives answers that cannot both hold: 0, 2 and 4.");
  });

  it("names ten of the wholes a toll exceeds along a chain of places, however deep", () => {
    const { flags } = reconcile(placeChain(2_000, 200));
    const exceeding = flags.filter((f) => f.kind === "exceeds-whole");
    expect(exceeding.some((f) => f.questions.length > 10)).toBe(true);
    for (const flag of exceeding) expect((flag.note.match(/; /gu) ?? []).length).toBeLessThanOrEqual(9);
  });

  it("leaves a list of ten whole", () => {
    const [flag] = reconcile(allDifferentFigures(10)).flags;
    expect(flag!.note).toContain("8 (Source 8) and 9 (Source 9) do not overlap.");
  });
});
