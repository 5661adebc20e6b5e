import { describe, expect, it } from "vitest";
import { claimsToRows, conflict, defineVocabulary, readValueCell, writeValueCell } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";

describe("one value cell, read and written as a sheet does", () => {
  it("reads a quantity's short forms, and any other words as the source's phrase", () => {
    expect(["12", "~50", "~50±5", "45-55", ">=6", "<=10", "withheld", "une cinquantaine"].map((cell) => readValueCell(cell, "killed"))).toEqual([
      12,
      { approx: 50 },
      { approx: 50, tolerance: 5 },
      { min: 45, max: 55 },
      { atLeast: 6 },
      { atMost: 10 },
      "withheld",
      { phrase: "une cinquantaine" },
    ]);
  });

  it("reads a facet's names in any case, sets split on semicolons, time spans as from/to, and JSON as it is", () => {
    expect(readValueCell("Captured", "control")).toBe("captured");
    expect(readValueCell("vbied; Shelling", "means")).toEqual(["vbied", "shelling"]);
    expect(readValueCell("2023-11-24/2023-11-25", "occurred")).toEqual({ from: "2023-11-24", to: "2023-11-25" });
    expect(readValueCell('{"approx": 50, "phrase": "une cinquantaine"}', "killed")).toEqual({ approx: 50, phrase: "une cinquantaine" });
  });

  it("writes each value as claimsToRows writes its cell, and reads back what it writes", () => {
    const values = [
      12,
      { approx: 50 },
      { min: 45, max: 55 },
      { atLeast: 6 },
      "withheld",
      { phrase: "une cinquantaine" },
      { approx: 50, phrase: "une cinquantaine" },
    ];
    const incident = incidentWith(values.map((value, i) => ({ id: `c${i}`, source: "rfi", about: { facet: "killed" }, value, lang: "fr" })) as never);
    const cells = claimsToRows(incident, { declarations: false }).map((row) => row.value);
    expect(values.map((value) => writeValueCell(value, "killed"))).toEqual(cells);
    for (const value of values) expect(readValueCell(writeValueCell(value, "killed")!, "killed")).toEqual(value);
  });

  it("reads with the vocabulary it is given", () => {
    const elections = defineVocabulary({
      name: "elections",
      facets: { turnout: { kind: "quantity" }, outcome: { kind: "category", values: ["certified", "annulled"] } },
    });
    expect(readValueCell("Annulled", "outcome", { vocabulary: elections })).toBe("annulled");
    expect(readValueCell("~40000", "turnout", { vocabulary: elections })).toEqual({ approx: 40000 });
    expect(readValueCell("~40000", "turnout", { vocabulary: conflict })).toBe("~40000");
  });
});
