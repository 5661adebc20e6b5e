import { describe, expect, it } from "vitest";
import { conflict, parseIncident, questionKey, SCOPE_FIELDS } from "../../src/index.js";
import { canonicalScope, whenInterval } from "../../src/reconcile/questionKey.js";
import { indexIncident } from "../../src/resolve/incidentIndex.js";
import { incidentWith } from "../fixtures/build.js";
import { findingsOf } from "../kinds/kindHarness.js";

const index = indexIncident(parseIncident(incidentWith([])), conflict);

describe("canonicalScope", () => {
  it("resolves actors and places by id, whatever alias or name the claim used", () => {
    expect(canonicalScope({ facet: "killed", party: "armée malienne", place: "Niafunké" }, index)).toStrictEqual({ party: "fama", place: "town" });
    expect(canonicalScope({ facet: "killed", party: "GSIM", place: "CAMP DE NIAFUNKE" }, index)).toStrictEqual({ party: "jnim", place: "camp" });
  });

  it("lowers and trims groups, folds targets, writes a when range as from/to, and resolves a declared item by its id", () => {
    expect(
      canonicalScope(
        { facet: "looted", group: " Soldiers ", when: { from: "2023-11-24", to: "2023-11-25" }, target: "Camp-Nord  HQ", item: "Véhicules" },
        index,
      ),
    ).toStrictEqual({ group: "soldiers", when: "2023-11-24/2023-11-25", target: "camp nord hq", item: "vehicles" });
  });

  it("keeps a when as written, and folds an item no list declares", () => {
    expect(canonicalScope({ facet: "looted", when: "2023-11-24T17:00", item: "Zébu-Carts !" }, index)).toStrictEqual({
      when: "2023-11-24T17:00",
      item: "zebu carts",
    });
  });

  it("leaves fields outside the scope out of the question, and sets only the fields given", () => {
    const about = { facet: "killed", party: "fama", note: "carried by a tool" } as Parameters<typeof canonicalScope>[0];
    expect(canonicalScope(about, index)).toStrictEqual({ party: "fama" });
    expect(canonicalScope({ facet: "killed" }, index)).toStrictEqual({});
  });
});

describe("questionKey", () => {
  it("writes the facet, then each field set, in the fixed order of SCOPE_FIELDS whatever the order given", () => {
    expect(questionKey("killed", { place: "niafunke", party: "fama" })).toBe("killed|party=fama|place=niafunke");
    expect(questionKey("looted", { item: "vehicles", target: "camp", when: "2023-11-24", place: "town", group: "soldiers", party: "fama" })).toBe(
      "looted|party=fama|group=soldiers|place=town|when=2023-11-24|target=camp|item=vehicles",
    );
    expect(SCOPE_FIELDS).toEqual(["party", "group", "place", "when", "target", "item"]);
  });

  it("is the facet alone for a question about the whole incident", () => {
    expect(questionKey("occurred", {})).toBe("occurred");
  });

  it("keys the questions of a reconciliation, so claims naming one scope in different words share one question", () => {
    const { questions } = findingsOf([
      { id: "a", source: "army", about: { facet: "killed", place: "Niafunké", party: "FAMa" }, value: 10 },
      { id: "b", source: "locals", about: { facet: "killed", party: "fama", place: "town" }, value: 12 },
    ]);
    expect(questions.map((q) => [q.key, q.scope, q.claims])).toStrictEqual([["killed|party=fama|place=town", { party: "fama", place: "town" }, ["a", "b"]]]);
  });
});

describe("whenInterval", () => {
  it("gives the span of a canonical when, a range's from the start of from to the end of to", () => {
    expect(whenInterval({ when: "2023-11-24" })).toEqual({ low: Date.UTC(2023, 10, 24), high: Date.UTC(2023, 10, 25) - 1 });
    expect(whenInterval({ when: "2023-11-24/2023-11-25" })).toEqual({ low: Date.UTC(2023, 10, 24), high: Date.UTC(2023, 10, 26) - 1 });
  });

  it("gives nothing for a scope without when", () => {
    expect(whenInterval({ party: "fama" })).toBeUndefined();
  });
});
