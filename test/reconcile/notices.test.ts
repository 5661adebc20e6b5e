import { describe, expect, it } from "vitest";
import { findingsOf, flagSides } from "../kinds/kindHarness.js";

describe("notices: single-source", () => {
  it("notes a question one origin answers, with every claim of the question on its one side", () => {
    const { flags } = findingsOf([{ id: "a", source: "locals", about: { facet: "location" }, value: "camp" }]);
    expect(flags.map((f) => [f.kind, f.severity, f.sides, f.sources])).toEqual([["single-source", "notice", [["a"]], ["locals"]]]);
  });

  it("counts a relayed statement and a claim based on it as one origin", () => {
    const { flags } = findingsOf([
      { id: "said", source: "locals", via: ["rfi"], about: { facet: "location" }, value: "camp" },
      { id: "repeated", source: "rfi", basedOn: ["said"], about: { facet: "location" }, value: "camp" },
    ]);
    expect(flagSides(flags, "single-source")).toEqual([["single-source", [["repeated", "said"]]]]);
  });

  it("counts one source's several claims as one origin", () => {
    const { flags } = findingsOf([
      { id: "a", source: "locals", about: { facet: "killed" }, value: 10 },
      { id: "b", source: "locals", said: "2023-11-25", about: { facet: "killed" }, value: 10 },
    ]);
    expect(flagSides(flags, "single-source")).toEqual([["single-source", [["a", "b"]]]]);
  });

  it("gives no notice to a question only refusals or admitted ignorance touch", () => {
    const { flags } = findingsOf([
      { id: "no-toll", source: "army", about: { facet: "killed" }, value: "withheld" },
      { id: "not-known", source: "rfi", about: { facet: "killed" }, value: "unknown" },
    ]);
    expect(flagSides(flags, "single-source", "parties-only")).toEqual([]);
  });
});

describe("notices: parties-only", () => {
  it("notes a question one party alone answers, beside single-source", () => {
    const { flags } = findingsOf([{ id: "a", source: "army", about: { facet: "control", place: "camp" }, value: "repelled" }]);
    expect(flagSides(flags)).toEqual([
      ["single-source", [["a"]]],
      ["parties-only", [["a"]]],
    ]);
  });

  it("looks through basedOn: a local source repeating the group's word is still the group's origin", () => {
    const { flags } = findingsOf([
      { id: "group", source: "group", about: { facet: "occurred" }, value: "2023-11-24" },
      { id: "video", source: "locals", basedOn: ["group"], about: { facet: "occurred" }, value: "2023-11-24" },
      { id: "army", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
    ]);
    expect(flagSides(flags)).toEqual([["parties-only", [["army", "group", "video"]]]]);
  });

  it("looks through via: a party's word relayed by a newspaper is still a party's", () => {
    const { flags } = findingsOf([
      { id: "army", source: "army", via: ["rfi"], about: { facet: "occurred" }, value: "2023-11-24" },
      { id: "group", source: "group", via: ["locals"], about: { facet: "occurred" }, value: "2023-11-24" },
    ]);
    expect(flagSides(flags)).toEqual([["parties-only", [["army", "group"]]]]);
  });

  it("gives no notice once an independent origin that is no party answers", () => {
    const { flags } = findingsOf([
      { id: "army", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
      { id: "rfi", source: "rfi", about: { facet: "occurred" }, value: "2023-11-24" },
    ]);
    expect(flags).toEqual([]);
  });
});
