import { describe, expect, it } from "vitest";
import { CONTRADICTIONS, findingsOf, flagSides, kindHarness } from "./kindHarness.js";

const means = kindHarness("set", "means");

describe("set: what its schema and check take", () => {
  it("takes a non-empty list of non-empty names", () => {
    expect(means.accepts(["vbied"])).toBe(true);
    expect(means.accepts([])).toBe(false);
    expect(means.accepts([""])).toBe(false);
    expect(means.accepts("vbied")).toBe(false);
  });

  it("takes names an open facet does not list (means is open)", () => {
    expect(means.check(["vbied", "car-bomb"])).toEqual([]);
  });

  it("reports each name a closed facet does not list", () => {
    const closed = { ...means.context, facet: { kind: "set" as const, values: ["vbied", "shelling"] } };
    expect(means.hooks.check(["vbied", "mortar", "drone"], closed)).toEqual([
      { what: "value", name: "mortar", known: ["vbied", "shelling"] },
      { what: "value", name: "drone", known: ["vbied", "shelling"] },
    ]);
  });
});

describe("set: what counts as the same answer", () => {
  it("ignores order and repetitions, and shows the names sorted", () => {
    expect(means.relation(["vbied", "shelling", "vbied"], ["shelling", "vbied"])).toBe("same");
    expect(means.canonical(["vbied", "shelling"]).value).toEqual(["shelling", "vbied"]);
  });
});

describe("set: how two answers relate", () => {
  it("finds any two different sets divergent: sets that overlap, that nest, or that share nothing", () => {
    expect(means.relation(["vbied", "shelling"], ["shelling"])).toBe("divergent");
    expect(means.relation(["vbied"], ["shelling"])).toBe("divergent");
    expect(means.relation(["vbied", "suicide-attack"], ["shelling", "mortar"])).toBe("divergent");
  });
});

describe("set: not", () => {
  it("contradicts a set that asserts any name the negated set names", () => {
    expect(means.contradictsNegation(["vbied", "shelling"], ["vbied"])).toBe(true);
    expect(means.contradictsNegation(["shelling"], ["vbied", "shelling"])).toBe(true);
    expect(means.contradictsNegation(["shelling"], ["vbied"])).toBe(false);
  });

  it("leaves two denials, and a denial beside other means, without contradiction through reconcile", () => {
    const { flags } = findingsOf([
      { id: "no-car-bomb", source: "army", about: { facet: "means" }, value: ["vbied"], not: true },
      { id: "no-drone", source: "group", about: { facet: "means" }, value: ["drone"], not: true },
      { id: "shelling", source: "locals", about: { facet: "means" }, value: ["shelling"] },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([]);
  });
});

describe("set: what a value asserts", () => {
  it("asserts each of its names on its own", () => {
    expect(means.facts(["vbied", "shelling"])).toEqual([
      { key: "shelling", value: ["shelling"] },
      { key: "vbied", value: ["vbied"] },
    ]);
    expect(means.answers(["vbied"])).toBe(true);
    expect(
      means.together([
        [["vbied"], false],
        [["shelling"], false],
        [["vbied", "shelling"], true],
      ]),
    ).toEqual([]);
  });

  it("lets sources that name other means beside shelling agree on shelling", () => {
    const { agreements, flags } = findingsOf([
      { id: "a", source: "locals", about: { facet: "means" }, value: ["vbied", "shelling"] },
      { id: "b", source: "army", about: { facet: "means" }, value: ["shelling", "mortar"] },
    ]);
    expect(agreements.map((a) => [a.value, a.claims])).toEqual([[["shelling"], ["a", "b"]]]);
    expect(flagSides(flags, "divergent")).toEqual([["divergent", [["b"], ["a"]]]]);
  });
});

describe("set: in words", () => {
  it("lists the vocabulary's labels of its names in the language's way", () => {
    expect(means.describe(["vbied", "shelling"])).toBe("label:vbied + label:shelling");
  });
});
