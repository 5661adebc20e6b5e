import { describe, expect, it } from "vitest";
import { addClaims, addClaimsWithPatches, applyIncidentPatches, editIncidentWithPatches, IncidentError, parseIncident, removeClaims } from "../src/index.js";
import { incidentWith } from "./fixtures/build.js";

const base = parseIncident(
  incidentWith([
    { id: "took", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
    { id: "relay", source: "locals", about: { facet: "control", place: "camp" }, value: "captured", basedOn: ["took"] },
  ]),
);
const repelled = { id: "repelled", source: "army", about: { facet: "control", place: "camp" }, value: "repelled" };

describe("editing an incident", () => {
  it("adds claims into a new frozen incident and leaves the old one as it was", () => {
    const next = addClaims(base, [repelled]);
    expect(next.claims.map((c) => c.id)).toEqual(["took", "relay", "repelled"]);
    expect(base.claims).toHaveLength(2);
    expect(Object.isFrozen(next.claims[2])).toBe(true);
  });

  it("records patches that replay the edit and inverse patches that undo it", () => {
    const { incident, patches, inversePatches } = addClaimsWithPatches(base, [repelled]);
    expect(patches).toEqual([{ op: "add", path: ["claims", 2], value: repelled }]);
    expect(applyIncidentPatches(base, patches)).toEqual(incident);
    expect(applyIncidentPatches(incident, inversePatches)).toEqual(base);
  });

  it("refuses an edit that would make the incident invalid, changing nothing", () => {
    expect(() => addClaims(base, [{ ...repelled, id: "took" }])).toThrow(/duplicate claim id "took"/);
    expect(() =>
      editIncidentWithPatches(base, (draft) => {
        draft.claims[0]!.source = "nobody";
      }),
    ).toThrow(IncidentError);
    expect(base.claims[0]!.source).toBe("group");
  });

  it("removes claims, but never a claim that another is based on", () => {
    expect(removeClaims(base, ["relay"]).claims.map((c) => c.id)).toEqual(["took"]);
    expect(() => removeClaims(base, ["took"])).toThrow(/unknown claim "took"/);
    expect(() => removeClaims(base, ["tok"])).toThrow(/did you mean "took"/);
  });

  it("does not keep a reference to the claims it was given", () => {
    const claim = structuredClone(repelled);
    const next = addClaims(base, [claim]);
    claim.value = "held";
    expect(next.claims[2]!.value).toBe("repelled");
    expect(Object.isFrozen(claim)).toBe(false);
  });
});
