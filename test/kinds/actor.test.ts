import { describe, expect, it } from "vitest";
import { CONTRADICTIONS, findingsOf, flagSides, kindHarness } from "./kindHarness.js";

// The fixture's actors: FAMa, JNIM (alias GSIM) part of al-Qaida, and the CSP.
const perpetrator = kindHarness("actor", "perpetrator");

describe("actor: what its schema and check take", () => {
  it("takes any non-empty reference, and reports one that names no actor, with the actor ids for a did-you-mean", () => {
    expect(perpetrator.accepts("jnim")).toBe(true);
    expect(perpetrator.accepts("")).toBe(false);
    expect(perpetrator.check("GSIM")).toEqual([]);
    expect(perpetrator.check("jnin")).toEqual([{ what: "actor", name: "jnin", known: ["fama", "jnim", "al-qaida", "csp"] }]);
  });
});

describe("actor: what counts as the same answer", () => {
  it("resolves ids, names and aliases, ignoring case, accents and punctuation, to one id", () => {
    expect(["fama", "FAMa", "armée malienne", "ARMEE MALIENNE", "Forces armées maliennes"].map((v) => perpetrator.canonical(v).key)).toEqual([
      "fama",
      "fama",
      "fama",
      "fama",
      "fama",
    ]);
    expect(perpetrator.relation("GSIM", "jnim")).toBe("same");
  });
});

describe("actor: how two answers relate", () => {
  it("finds an actor and an actor it is part of compatible, in either order", () => {
    expect(perpetrator.relation("jnim", "al-qaida")).toBe("compatible");
    expect(perpetrator.relation("al-qaida", "GSIM")).toBe("compatible");
  });

  it("finds actors neither of which is part of the other exclusive", () => {
    expect(perpetrator.relation("jnim", "csp")).toBe("exclusive");
    expect(perpetrator.relation("al-qaida", "fama")).toBe("exclusive");
  });

  it("sets the CSP against JNIM and against al-Qaida, but never JNIM against al-Qaida, through reconcile", () => {
    const { flags } = findingsOf([
      { id: "gsim", source: "army", about: { facet: "perpetrator" }, value: "GSIM" },
      { id: "aq", source: "locals", about: { facet: "perpetrator" }, value: "al-qaida" },
      { id: "csp", source: "rfi", about: { facet: "perpetrator" }, value: "csp" },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([
      ["exclusive", [["aq"], ["csp"]]],
      ["exclusive", [["csp"], ["gsim"]]],
    ]);
  });
});

describe("actor: not", () => {
  it("is contradicted by the actor denied and any part of it, not by what it is part of", () => {
    expect(perpetrator.contradictsNegation("jnim", "al-qaida")).toBe(true);
    expect(perpetrator.contradictsNegation("GSIM", "jnim")).toBe(true);
    expect(perpetrator.contradictsNegation("al-qaida", "jnim")).toBe(false);
    expect(perpetrator.contradictsNegation("csp", "jnim")).toBe(false);
  });

  it("flags an attack claimed by JNIM against the army's « not al-Qaida », through reconcile", () => {
    const { flags } = findingsOf([
      { id: "jnim", source: "group", about: { facet: "perpetrator" }, value: "jnim" },
      { id: "not-aq", source: "army", about: { facet: "perpetrator" }, value: "al-qaida", not: true },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["exclusive", [["jnim"], ["not-aq"]]]]);
  });
});

describe("actor: what a value asserts", () => {
  it("asserts itself, always answers, and never fails only as a set of three", () => {
    expect(perpetrator.facts("GSIM")).toEqual([{ key: "jnim", value: "jnim" }]);
    expect(perpetrator.answers("csp")).toBe(true);
    expect(
      perpetrator.together([
        ["jnim", false],
        ["al-qaida", false],
        ["csp", true],
      ]),
    ).toEqual([]);
  });
});

describe("actor: in words", () => {
  it("names the actor through the words' actor names", () => {
    expect(perpetrator.describe("jnim")).toBe("actor:jnim");
  });
});
