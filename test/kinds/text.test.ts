import { describe, expect, it } from "vitest";
import { CONTRADICTIONS, findingsOf, flagSides, kindHarness } from "./kindHarness.js";

const motive = kindHarness("text", "motive");

describe("text: what its schema takes", () => {
  it("takes any non-empty string and checks nothing else", () => {
    expect(motive.accepts("forced out")).toBe(true);
    expect(motive.accepts("")).toBe(false);
    expect(motive.accepts(12)).toBe(false);
    expect(motive.check("anything at all")).toEqual([]);
  });
});

describe("text: what counts as the same answer", () => {
  it("folds case, accents, punctuation and spacing, and keeps the words as written", () => {
    expect(motive.relation("Retrait stratégique", "retrait  strategique !")).toBe("same");
    expect(motive.canonical("Retrait  stratégique !")).toStrictEqual({
      key: "retrait strategique",
      value: "Retrait  stratégique !",
      data: "retrait strategique",
    });
  });

  it("shows the words of the first claim by id for texts folded alike, whatever the order of the claims", () => {
    const claims = [
      { id: "b", source: "locals", about: { facet: "motive" }, value: "strategic withdrawal" },
      { id: "a", source: "group", about: { facet: "motive" }, value: "Strategic Withdrawal!" },
    ];
    for (const list of [claims, [...claims].reverse()]) {
      expect(findingsOf(list).questions[0]!.positions.map((p) => [p.value, p.claims])).toEqual([["Strategic Withdrawal!", ["a", "b"]]]);
    }
  });
});

describe("text: how two answers relate", () => {
  it("finds any two different texts divergent, never a contradiction", () => {
    expect(motive.relation("strategic withdrawal", "forced out")).toBe("divergent");
    expect(motive.relation("forced out", "strategic withdrawal")).toBe("divergent");
  });
});

describe("text: not", () => {
  it("contradicts only the same text once folded", () => {
    expect(motive.contradictsNegation("Forced out", "forced out.")).toBe(true);
    expect(motive.contradictsNegation("forced out", "strategic withdrawal")).toBe(false);
  });

  it("flags a target against its denial, through reconcile", () => {
    const { flags } = findingsOf([
      { id: "camp", source: "group", about: { facet: "target" }, value: "Military camp" },
      { id: "not-camp", source: "army", about: { facet: "target" }, value: "military camp", not: true },
      { id: "market", source: "locals", about: { facet: "target" }, value: "market" },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["exclusive", [["camp"], ["not-camp"]]]]);
  });
});

describe("text: what a value asserts", () => {
  it("asserts itself folded, always answers, and never fails only as a set of three", () => {
    expect(motive.facts("Forced out")).toEqual([{ key: "forced out", value: "Forced out" }]);
    expect(motive.answers("forced out")).toBe(true);
    expect(
      motive.together([
        ["a", false],
        ["b", false],
        ["c", true],
      ]),
    ).toEqual([]);
  });
});

describe("text: in words", () => {
  it("quotes the text, with other marks when it holds quotation marks", () => {
    expect(motive.describe("forced out")).toBe('"forced out"');
    expect(motive.describe('a "strategic" move')).toBe('“a "strategic" move”');
  });
});
