import { describe, expect, it } from "vitest";
import { CONTRADICTIONS, findingsOf, flagSides, kindHarness } from "./kindHarness.js";

// The fixture's places: a camp in a town (Niafunké) in a region, and another town (Goundam) in the region.
const location = kindHarness("place", "location");

describe("place: what its schema and check take", () => {
  it("takes any non-empty reference, and reports one that names no place, with the place ids for a did-you-mean", () => {
    expect(location.accepts("camp")).toBe(true);
    expect(location.accepts("")).toBe(false);
    expect(location.check("Niafunké")).toEqual([]);
    expect(location.check("Tombouctou")).toEqual([{ what: "place", name: "Tombouctou", known: ["region", "town", "camp", "other-town"] }]);
  });
});

describe("place: what counts as the same answer", () => {
  it("resolves ids and names, ignoring case and accents, to one id", () => {
    expect(["town", "Niafunké", "NIAFUNKE", "niafunke"].map((v) => location.canonical(v).key)).toEqual(["town", "town", "town", "town"]);
    expect(location.relation("Niafunké", "town")).toBe("same");
  });

  it("shows one position for a place named by id and by name, and lets the two agree", () => {
    const { questions, agreements } = findingsOf([
      { id: "a", source: "locals", about: { facet: "location" }, value: "Niafunké" },
      { id: "b", source: "rfi", about: { facet: "location" }, value: "town" },
    ]);
    expect(questions[0]!.positions.map((p) => [p.value, p.claims])).toEqual([["town", ["a", "b"]]]);
    expect(agreements.map((a) => [a.value, a.claims])).toEqual([["town", ["a", "b"]]]);
  });
});

describe("place: how two answers relate", () => {
  it("finds a place and any place that contains it compatible, however far up and in either order", () => {
    expect(location.relation("camp", "town")).toBe("compatible");
    expect(location.relation("region", "camp")).toBe("compatible");
  });

  it("finds places neither of which contains the other exclusive, siblings or cousins", () => {
    expect(location.relation("town", "other-town")).toBe("exclusive");
    expect(location.relation("camp", "other-town")).toBe("exclusive");
  });

  it("raises neither a contradiction nor a divergence for a camp, its town and its region, through reconcile", () => {
    const { flags } = findingsOf([
      { id: "camp", source: "army", about: { facet: "location" }, value: "camp" },
      { id: "town", source: "group", about: { facet: "location" }, value: "Niafunké" },
      { id: "region", source: "locals", about: { facet: "location" }, value: "Région de Tombouctou" },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS, "divergent")).toEqual([]);
  });
});

describe("place: not", () => {
  it("is contradicted by the place denied and anything inside it, not by what contains it", () => {
    expect(location.contradictsNegation("camp", "town")).toBe(true);
    expect(location.contradictsNegation("town", "town")).toBe(true);
    expect(location.contradictsNegation("region", "town")).toBe(false);
    expect(location.contradictsNegation("other-town", "town")).toBe(false);
  });
});

describe("place: what a value asserts", () => {
  it("asserts itself, always answers, and never fails only as a set of three", () => {
    expect(location.facts("Niafunké")).toEqual([{ key: "town", value: "town" }]);
    expect(location.answers("camp")).toBe(true);
    expect(
      location.together([
        ["camp", false],
        ["region", false],
        ["town", true],
      ]),
    ).toEqual([]);
  });
});

describe("place: in words", () => {
  it("names the place through the words' place names", () => {
    expect(location.describe("camp")).toBe("place:camp");
  });
});
