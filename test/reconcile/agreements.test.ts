import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";
import { findingsOf } from "../kinds/kindHarness.js";

const agreed = (claims: Parameters<typeof findingsOf>[0]) => findingsOf(claims).agreements.map((a) => [a.question, a.value, a.not, a.claims, a.origins]);

describe("agreements: across independent origins", () => {
  it("finds the same answer from two independent origins an agreement, with every claim and origin behind it", () => {
    expect(
      agreed([
        { id: "a", source: "locals", about: { facet: "occurred" }, value: "2023-11-24" },
        { id: "b", source: "rfi", about: { facet: "occurred" }, value: "2023-11-24" },
      ]),
    ).toEqual([["occurred", "2023-11-24", false, ["a", "b"], ["locals", "rfi"]]]);
  });

  it("finds none between a statement and its relay, or a claim based on it: they are one origin", () => {
    expect(
      agreed([
        { id: "said", source: "group", via: ["rfi"], about: { facet: "occurred" }, value: "2023-11-24" },
        { id: "video", source: "locals", basedOn: ["said"], about: { facet: "occurred" }, value: "2023-11-24" },
      ]),
    ).toEqual([]);
  });

  it("finds none between answers that only overlap: about fifty and several dozen are compatible, not agreed", () => {
    expect(
      agreed([
        { id: "a", source: "locals", about: { facet: "killed" }, value: { approx: 50 } },
        { id: "b", source: "rfi", about: { facet: "killed" }, value: { min: 20, max: 99 } },
      ]),
    ).toEqual([]);
  });

  it("keeps agreeing denials apart from agreeing assertions of the same value", () => {
    expect(
      agreed([
        { id: "a", source: "locals", about: { facet: "control", place: "camp" }, value: "captured", not: true },
        { id: "b", source: "rfi", about: { facet: "control", place: "camp" }, value: "captured", not: true },
        { id: "c", source: "army", about: { facet: "control", place: "camp" }, value: "captured" },
      ]),
    ).toEqual([["control|place=camp", "captured", true, ["a", "b"], ["locals", "rfi"]]]);
  });
});

describe("agreements: acrossParties", () => {
  it("marks an agreement of party sources on two different sides as across parties", () => {
    const { agreements } = findingsOf([
      { id: "a", source: "army", about: { facet: "means" }, value: ["shelling"] },
      { id: "b", source: "group", about: { facet: "means" }, value: ["shelling", "drone"] },
    ]);
    expect(agreements.map((a) => [a.value, a.parties, a.acrossParties])).toEqual([[["shelling"], ["fama", "jnim"], true]]);
  });

  it("does not mark one side's agreement with a non-party source as across parties", () => {
    const { agreements } = findingsOf([
      { id: "a", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
      { id: "b", source: "locals", about: { facet: "occurred" }, value: "2023-11-24" },
    ]);
    expect(agreements.map((a) => [a.parties, a.acrossParties])).toEqual([[["fama"], false]]);
  });

  it("does not mark a group and the alliance it is part of as two sides", () => {
    const base = incidentWith([]);
    const sources = [...base.sources, { id: "aq-statement", name: "al-Qaida", kind: "party" as const, actor: "al-qaida" }];
    const { agreements } = reconcile(
      incidentWith(
        [
          { id: "a", source: "group", about: { facet: "occurred" }, value: "2023-11-24" },
          { id: "b", source: "aq-statement", about: { facet: "occurred" }, value: "2023-11-24" },
        ],
        { sources },
      ),
      { words: false },
    );
    expect(agreements.map((a) => [a.parties, a.acrossParties])).toEqual([[["jnim", "al-qaida"], false]]);
  });
});
