import { describe, expect, it } from "vitest";
import { CONTRADICTIONS, findingsOf, flagSides } from "../kinds/kindHarness.js";

describe("history: each source's answers over time", () => {
  it("orders a source's answers by the start of the period each said date covers: a month before a day in it", () => {
    const { questions } = findingsOf([
      { id: "day", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "month", source: "army", said: "2023-11", about: { facet: "killed" }, value: 5 },
      { id: "later", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 10 },
    ]);
    const values = questions[0]!.positions.map((p) => p.value);
    expect(questions[0]!.history.map((h) => [h.source, h.steps.map((s) => [s.said, s.claims, s.positions.map((i) => values[i])])])).toEqual([
      [
        "army",
        [
          ["2023-11", ["month"], [5]],
          ["2023-11-24", ["day"], [10]],
          ["2023-11-26", ["later"], [10]],
        ],
      ],
    ]);
  });

  it("tells no history for undated claims, or for a source that answered on one date only", () => {
    const { questions } = findingsOf([
      { id: "a", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "b", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "c", source: "locals", about: { facet: "killed" }, value: 12 },
      { id: "d", source: "rfi", about: { facet: "killed" }, value: 12 },
    ]);
    expect(questions[0]!.history).toEqual([]);
  });

  it("lists every position a source held on one date, in the question's order", () => {
    const { questions } = findingsOf([
      { id: "a", source: "group", said: "2023-11-24", about: { facet: "means" }, value: ["vbied"] },
      { id: "b", source: "group", said: "2023-11-25", about: { facet: "means" }, value: ["shelling"] },
      { id: "c", source: "group", said: "2023-11-25", about: { facet: "means" }, value: ["vbied"] },
    ]);
    const history = questions[0]!.history[0]!;
    expect(history.steps.map((s) => [s.said, s.claims, s.positions.length])).toEqual([
      ["2023-11-24", ["a"], 1],
      ["2023-11-25", ["b", "c"], 2],
    ]);
  });
});

describe("history: revised", () => {
  it("makes one revised finding per change from one date to the next, with both dates, and none where the answer stays", () => {
    const { flags } = findingsOf([
      { id: "first", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "same", source: "army", said: "2023-11-25", about: { facet: "killed" }, value: 10 },
      { id: "raised", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 14 },
      { id: "back", source: "army", said: "2023-11-27", about: { facet: "killed" }, value: 10 },
    ]);
    expect(flags.filter((f) => f.kind === "revised").map((f) => [f.sides, f.said, f.severity])).toEqual([
      [[["raised"], ["back"]], ["2023-11-26", "2023-11-27"], "notice"],
      [[["same"], ["raised"]], ["2023-11-25", "2023-11-26"], "notice"],
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([]);
  });

  it("reads a revision of a category as revised, never as exclusive", () => {
    const { flags } = findingsOf([
      { id: "held", source: "army", said: "2023-11-24", about: { facet: "control", place: "camp" }, value: "held" },
      { id: "lost", source: "army", said: "2023-11-25", about: { facet: "control", place: "camp" }, value: "captured" },
    ]);
    expect(flagSides(flags, "revised", ...CONTRADICTIONS)).toEqual([["revised", [["held"], ["lost"]]]]);
  });

  it("keeps each source's revisions apart: two sources changing their answers make two findings", () => {
    const { flags } = findingsOf([
      { id: "army-1", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "army-2", source: "army", said: "2023-11-25", about: { facet: "killed" }, value: 12 },
      { id: "locals-1", source: "locals", said: "2023-11-24", about: { facet: "killed" }, value: 11 },
      { id: "locals-2", source: "locals", said: "2023-11-25", about: { facet: "killed" }, value: 12 },
    ]);
    expect(flags.filter((f) => f.kind === "revised").map((f) => [f.sources, f.sides])).toEqual([
      [["army"], [["army-1"], ["army-2"]]],
      [["locals"], [["locals-1"], ["locals-2"]]],
    ]);
  });

  it("sets an undated answer of the source against its dated ones as self, since it is at no other date", () => {
    const { flags } = findingsOf([
      { id: "dated", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "undated", source: "army", about: { facet: "killed" }, value: 40 },
    ]);
    expect(flags.filter((f) => f.kind === "self" || f.kind === "revised").map((f) => [f.kind, f.basis, f.sides])).toEqual([
      ["self", "disjoint", [["dated"], ["undated"]]],
    ]);
  });

  // Bug: issue 11 asks that revised stay the only finding between a source's answers at two dates,
  // but the joint check of a question (the kinds' `together`, run in sameQuestion) sets one source's
  // three successive answers against one another as jointly-exclusive, beside the two revisions.
  it.fails("keeps a source's successive answers out of any contradiction, even one over three of them", () => {
    const { flags } = findingsOf([
      { id: "first", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: { min: 40, max: 50 } },
      { id: "second", source: "army", said: "2023-11-25", about: { facet: "killed" }, value: { min: 50, max: 60 } },
      { id: "third", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 50, not: true },
    ]);
    expect(flagSides(flags, "revised", ...CONTRADICTIONS)).toEqual([
      ["revised", [["first"], ["second"]]],
      ["revised", [["second"], ["third"]]],
    ]);
  });
});
