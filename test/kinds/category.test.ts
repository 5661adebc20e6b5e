import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../src/index.js";
import { CONTRADICTIONS, findingsOf, flagSides, kindHarness } from "./kindHarness.js";

const control = kindHarness("category", "control");
const status = kindHarness("category", "status");

describe("category: what its schema and check take", () => {
  it("takes any non-empty name, and leaves the facet's list to check", () => {
    expect(control.accepts("captured")).toBe(true);
    expect(control.accepts("")).toBe(false);
    expect(control.accepts(["captured"])).toBe(false);
  });

  it("reports a name the facet does not list, with the names it lists for a did-you-mean", () => {
    expect(control.check("captured")).toEqual([]);
    expect(control.check("taken")).toEqual([{ what: "value", name: "taken", known: ["captured", "held", "repelled", "withdrew", "retaken"] }]);
  });

  it("takes any name for an open facet", () => {
    const open = { ...control.context, facet: { ...control.context.facet, open: true } };
    expect(control.hooks.check("taken", open)).toEqual([]);
  });
});

describe("category: how two answers relate", () => {
  it("keys a name as itself: the same name is the same answer, another case another name", () => {
    expect(control.relation("captured", "captured")).toBe("same");
    expect(control.canonical("captured")).toStrictEqual({ key: "captured", value: "captured", data: "captured" });
  });

  it("finds the pairs the facet declares exclusive exclusive, in either order", () => {
    expect(control.relation("captured", "repelled")).toBe("exclusive");
    expect(control.relation("repelled", "captured")).toBe("exclusive");
    expect(control.relation("held", "captured")).toBe("exclusive");
    expect(status.relation("soldiers", "civilians")).toBe("exclusive");
  });

  it("finds names the facet does not declare exclusive divergent, even a name narrower than the other", () => {
    expect(control.relation("captured", "withdrew")).toBe("divergent");
    expect(control.relation("held", "repelled")).toBe("divergent");
    expect(status.relation("soldiers", "combatants")).toBe("divergent");
  });
});

describe("category: not", () => {
  it("contradicts only the very name it denies", () => {
    expect(control.contradictsNegation("captured", "captured")).toBe(true);
    expect(control.contradictsNegation("repelled", "captured")).toBe(false);
    expect(control.contradictsNegation("withdrew", "held")).toBe(false);
  });

  it("flags « tenté d'occuper en vain » against the capture it denies, and only that", () => {
    const { flags } = findingsOf([
      { id: "took", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
      { id: "in-vain", source: "army", about: { facet: "control", place: "camp" }, value: "captured", not: true },
      { id: "withdrew", source: "locals", about: { facet: "control", place: "camp" }, value: "withdrew" },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["exclusive", [["took"], ["in-vain"]]]]);
  });
});

describe("category: what a value asserts", () => {
  it("asserts itself, always answers, and never fails only as a set of three", () => {
    expect(control.facts("held")).toEqual([{ key: "held", value: "held" }]);
    expect(control.answers("held")).toBe(true);
    expect(
      control.together([
        ["captured", false],
        ["withdrew", false],
        ["retaken", true],
      ]),
    ).toEqual([]);
  });

  it("makes the army and the group agree across parties when both say the camp was retaken", () => {
    const { agreements } = findingsOf([
      { id: "a", source: "army", about: { facet: "control", place: "camp" }, value: "retaken" },
      { id: "b", source: "group", about: { facet: "control", place: "camp" }, value: "retaken" },
    ]);
    expect(agreements.map((a) => [a.value, a.claims, a.parties, a.acrossParties])).toEqual([["retaken", ["a", "b"], ["fama", "jnim"], true]]);
  });
});

describe("category: in words", () => {
  it("quotes the vocabulary's label for the name", () => {
    expect(control.describe("captured")).toBe('"label:captured"');
    expect(control.describe("captured", "fr")).toBe(MESSAGES.fr.quote("label:captured"));
    expect(MESSAGES.fr.quote("x")).toMatch(/^«\s?x\s?»$/u);
  });
});
