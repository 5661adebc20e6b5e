import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareEncodings, formatComparison } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";

const root = join(import.meta.dirname, "..", "..");
const first = JSON.parse(readFileSync(join(root, "seeds", "niafunke-goundam-2023-11-24.json"), "utf8")) as object;
const second = JSON.parse(readFileSync(join(root, "test", "fixtures", "niafunke-goundam-second-coder.json"), "utf8")) as object;

describe("compareEncodings", () => {
  const check = compareEncodings(first, second);

  it("lists exactly where the two coders differ: another value, hedge or place for the same claim", () => {
    expect(check.differ).toEqual([
      { a: "jnim-niafunke-means", b: "jnim-kamikaze", differences: [{ field: "value", a: ["vbied", "suicide-attack"], b: ["vbied"] }] },
      { a: "jnim-took-camp", b: "jnim-took-camp", differences: [{ field: "hedge", a: "claimed", b: "reported" }] },
      { a: "em-repelled-niafunke", b: "army-repelled", differences: [{ field: "scope", a: { place: "niafunke-camp" }, b: { place: "niafunke" } }] },
    ]);
  });

  it("lists the claims only one coder made", () => {
    expect([check.onlyA, check.onlyB]).toEqual([["nasr-drone-video", "em-occupy-failed-goundam"], ["goundam-toll-unknown"]]);
  });

  it("pairs the claims both made whatever their ids, and counts a value that reads the same as the same (2 and « deux », ~50 and « une cinquantaine »)", () => {
    expect(check.agreed).toHaveLength(13);
    expect(check.agreed).toContainEqual({ a: "jnim-prisoners", b: "jnim-prisoners", differences: [] });
    expect(check.agreed).toContainEqual({ a: "local-toll", b: "local-toll", differences: [] });
    expect(check.agreed).toContainEqual({ a: "jnim-looted-vehicles", b: "jnim-loot", differences: [] });
  });

  it("gives the agreement per facet and overall: claims coded alike out of every claim either made", () => {
    expect(check.facets.map((f) => [f.facet, f.agreed, f.total])).toEqual([
      ["captured-persons", 1, 1],
      ["control", 2, 5],
      ["killed", 3, 4],
      ["looted", 1, 1],
      ["means", 3, 5],
      ["occurred", 2, 2],
      ["perpetrator", 1, 1],
    ]);
    expect(check.overall).toEqual({ agreed: 13, total: 19, agreement: 13 / 19 });
  });

  it("counts a claim coded under another facet as a disagreement in both facets", () => {
    const a = incidentWith([{ id: "x", source: "army", about: { facet: "killed" }, value: 12, quote: "douze soldats neutralisés" }]);
    const b = incidentWith([{ id: "y", source: "army", about: { facet: "neutralized" }, value: 12, quote: "douze soldats neutralisés" }]);
    const result = compareEncodings(a, b);
    expect(result.differ).toEqual([{ a: "x", b: "y", differences: [{ field: "facet", a: "killed", b: "neutralized" }] }]);
    expect(result.facets.map((f) => [f.facet, f.agreed, f.total])).toEqual([
      ["killed", 0, 1],
      ["neutralized", 0, 1],
    ]);
  });

  it("agrees fully with itself", () => {
    const self = compareEncodings(first, first);
    expect([self.differ, self.onlyA, self.onlyB, self.overall.agreement]).toEqual([[], [], [], 1]);
  });

  it("says it in a report, in English or French", () => {
    const text = formatComparison(check);
    expect(text.split("\n").slice(0, 3)).toEqual([
      "Double coding of niafunke-goundam-2023-11-24",
      "============================================",
      "13 of 19 claims coded alike (68 %).",
    ]);
    expect(text).toContain("• jnim-took-camp — hedge claimed ≠ reported");
    expect(text).toContain("• em-repelled-niafunke / army-repelled — scope place=niafunke-camp ≠ place=niafunke");
    expect(text).toContain("• control: 2 of 5 (40 %)");
    expect(formatComparison(check, { format: "markdown", lang: "fr" })).toContain("### Accord par facette");
    expect(JSON.parse(formatComparison(check, { format: "json" }))).toStrictEqual(JSON.parse(JSON.stringify(check)));
  });

  it("does not mutate either encoding", () => {
    const [a, b] = [structuredClone(first), structuredClone(second)];
    compareEncodings(a, b);
    expect([a, b]).toEqual([first, second]);
  });
});
