import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { IncidentError, parseIncident, reconcile, safeParseIncident } from "../src/index.js";
import { KINDS } from "../src/kinds/kinds.js";
import { indexIncident } from "../src/resolve/incidentIndex.js";
import { conflict } from "../src/vocabulary/conflict.js";
import { incidentWith } from "./fixtures/build.js";
import { claims, quantity, renameSources, shuffle } from "./fixtures/arbitraries.js";

describe("reconcile is neutral", () => {
  test.prop([claims, fc.infiniteStream(fc.nat())])("gives the same findings whatever the order of the claims", (list, randomness) => {
    expect(reconcile(incidentWith(shuffle(list, randomness) as never))).toEqual(reconcile(incidentWith(list as never)));
  });

  test.prop([claims, fc.shuffledSubarray(["zulu", "alpha", "mike", "kilo"], { minLength: 4, maxLength: 4 })])(
    "changes only the names when the sources are renamed",
    (list, newIds) => {
      const { incident, restore } = renameSources(list, newIds);
      expect(JSON.parse(restore(JSON.stringify(reconcile(incident))))).toStrictEqual(JSON.parse(JSON.stringify(reconcile(incidentWith(list as never)))));
    },
  );

  test.prop([claims])("does not mutate the incident it is given", (list) => {
    const input = incidentWith(list as never);
    const before = structuredClone(input);
    reconcile(input);
    expect(input).toEqual(before);
  });

  test.prop([claims])("returns plain JSON data: a round trip through JSON gives it back strictly equal", (list) => {
    const result = reconcile(incidentWith(list as never));
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
  });

  it("keeps targets named like built-in properties of objects (constructor, __proto__) as plain data", () => {
    const result = reconcile(
      incidentWith([
        { id: "a", source: "rfi", about: { facet: "target", target: "constructor" }, value: "camp" },
        { id: "b", source: "rfi", about: { facet: "killed", target: "__proto__" }, value: 3 },
      ]),
      { words: false },
    );
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    expect(Object.keys(result.names.targets ?? {})).toEqual(["constructor", "proto"]);
  });
});

describe("every comparator is symmetric", () => {
  const index = indexIncident(parseIncident(incidentWith([])));
  const cases = {
    quantity: { facet: "killed", values: quantity },
    category: { facet: "control", values: fc.constantFrom("captured", "held", "repelled", "withdrew", "retaken") },
    set: { facet: "means", values: fc.subarray(["vbied", "shelling", "drone", "ied"], { minLength: 1 }) },
    time: {
      facet: "occurred",
      values: fc.constantFrom("2023", "2023-11", "2023-11-24", "2023-11-24T17:00", "2023-11-25", { from: "2023-11-23", to: "2023-11-24" }),
    },
    place: { facet: "location", values: fc.constantFrom("camp", "town", "other-town", "region", "Niafunké") },
    actor: { facet: "perpetrator", values: fc.constantFrom("fama", "jnim", "GSIM", "al-qaida", "csp") },
    text: { facet: "motive", values: fc.constantFrom("Strategic withdrawal", "strategic withdrawal", "forced out") },
  } as const;
  for (const [kind, { facet, values }] of Object.entries(cases)) {
    test.prop([values, values])(`${kind}: compare(a, b) equals compare(b, a)`, (a, b) => {
      const comparator = KINDS[kind as keyof typeof KINDS];
      const context = { index, facet: conflict.facets[facet]! };
      const x = comparator.canonical(a, context);
      const y = comparator.canonical(b, context);
      if (x.key === y.key) return;
      expect(comparator.compare(x.data, y.data, context)).toBe(comparator.compare(y.data, x.data, context));
    });
  }
});

describe("parsing", () => {
  test.prop([fc.anything(), claims.map((l) => incidentWith(l as never)).chain((i) => fc.constant(i)), fc.jsonValue()])(
    "never throws anything but the library's error, and safeParse never throws",
    (anything, incident, json) => {
      for (const input of [anything, json, { ...incident, claims: [...incident.claims, json] }, { ...incident, sources: json }]) {
        expect(() => safeParseIncident(input)).not.toThrow();
        try {
          parseIncident(input);
        } catch (error) {
          expect(error).toBeInstanceOf(IncidentError);
        }
      }
    },
  );
});
