import { describe, expect, it } from "vitest";
import { CONTRADICTIONS, findingsOf, flagSides } from "../kinds/kindHarness.js";

// sameQuestion is being reworked: these specs hold only its public behaviour, through reconcile.
describe("sameQuestion: which claims are compared", () => {
  it("compares claims whose facet and scope match once aliases are resolved", () => {
    const { flags } = findingsOf([
      { id: "took", source: "group", about: { facet: "control", place: "Camp de Niafunké" }, value: "captured" },
      { id: "repelled", source: "army", about: { facet: "control", place: "camp" }, value: "repelled" },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["exclusive", [["took"], ["repelled"]]]]);
  });

  it("never compares claims about different facets or different scopes", () => {
    const { flags } = findingsOf([
      { id: "took-camp", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
      { id: "held-town", source: "army", about: { facet: "control", place: "town" }, value: "held" },
      { id: "ten", source: "army", about: { facet: "killed", party: "fama" }, value: 10 },
      { id: "fifty", source: "locals", about: { facet: "wounded", party: "fama" }, value: 50 },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS, "divergent")).toEqual([]);
  });

  it("compares a day with a range of days that covers it, and names both questions", () => {
    const { flags } = findingsOf([
      { id: "took", source: "group", about: { facet: "control", place: "camp", when: { from: "2023-11-23", to: "2023-11-25" } }, value: "captured" },
      { id: "held", source: "army", about: { facet: "control", place: "camp", when: "2023-11-24" }, value: "held" },
    ]);
    const exclusive = flags.filter((f) => f.kind === "exclusive");
    expect(exclusive.map((f) => [f.sides, [...f.questions].sort()])).toEqual([
      [
        [["took"], ["held"]],
        ["control|place=camp|when=2023-11-23/2023-11-25", "control|place=camp|when=2023-11-24"],
      ],
    ]);
  });

  it("never compares a claim about the whole incident (no when) with one about a moment", () => {
    const { flags } = findingsOf([
      { id: "took", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
      { id: "held", source: "army", about: { facet: "control", place: "camp", when: "2023-11-24" }, value: "held" },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS, "divergent")).toEqual([]);
  });

  it("never compares moments that do not overlap, to the minute", () => {
    const { flags } = findingsOf([
      { id: "took", source: "group", about: { facet: "control", place: "camp", when: "2023-11-24T14:00" }, value: "captured" },
      { id: "held", source: "army", about: { facet: "control", place: "camp", when: "2023-11-24T14:01" }, value: "held" },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS, "divergent")).toEqual([]);
  });
});

describe("sameQuestion: what the comparison finds", () => {
  it("gathers every answer that differs but can hold into one divergent finding per question", () => {
    const { flags } = findingsOf([
      { id: "a", source: "group", about: { facet: "motive" }, value: "strategic withdrawal" },
      { id: "b", source: "locals", about: { facet: "motive" }, value: "forced out" },
      { id: "c", source: "rfi", about: { facet: "motive" }, value: "lack of supplies" },
    ]);
    expect(flagSides(flags, "divergent")).toEqual([["divergent", [["b"], ["c"], ["a"]]]]);
  });

  it("does not call a source's own changed answer divergent: between two dates it is a revision", () => {
    const { flags } = findingsOf([
      { id: "first", source: "group", said: "2023-11-24", about: { facet: "motive" }, value: "strategic withdrawal" },
      { id: "later", source: "group", said: "2023-11-25", about: { facet: "motive" }, value: "forced out" },
    ]);
    expect(flagSides(flags, "divergent", "revised")).toEqual([["revised", [["first"], ["later"]]]]);
  });

  it("gives one finding, not one per pair, for a question's answers that all agree", () => {
    const { flags, questions } = findingsOf([
      { id: "a", source: "army", about: { facet: "location" }, value: "camp" },
      { id: "b", source: "locals", about: { facet: "location" }, value: "Camp de Niafunké" },
      { id: "c", source: "rfi", about: { facet: "location" }, value: "camp" },
    ]);
    expect(flags).toEqual([]);
    expect(questions.map((q) => [q.status, q.positions.length])).toEqual([["agreed", 1]]);
  });

  it("names the source that holds both sides of a contradiction in a self finding, beside the others'", () => {
    const { flags } = findingsOf([
      { id: "a", source: "army", about: { facet: "location" }, value: "town" },
      { id: "b", source: "army", about: { facet: "location" }, value: "other-town" },
    ]);
    expect(flags.filter((f) => f.severity === "contradiction").map((f) => [f.kind, f.basis, f.sides, f.sources])).toEqual([
      ["self", "exclusive", [["b"], ["a"]], ["army"]],
    ]);
  });
});
