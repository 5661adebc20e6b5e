import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseIncident, reconcile } from "../src/index.js";
import { KINDS } from "../src/kinds/kinds.js";
import { indexIncident } from "../src/resolve/incidentIndex.js";
import { conflict } from "../src/vocabulary/conflict.js";
import { actor, phraseQuantity, renameSources, shuffle, text, widenedClaims, widenedQuantity } from "./fixtures/arbitraries.js";
import { incidentWith } from "./fixtures/build.js";

// The promises of neutrality.property.test.ts, over texts, actors, phrases, groups and neutralized as well.
describe("reconcile is neutral over every kind of value", () => {
  test.prop([widenedClaims, fc.infiniteStream(fc.nat())])("gives the same findings whatever the order of the claims", (list, randomness) => {
    expect(reconcile(incidentWith(shuffle(list, randomness) as never))).toStrictEqual(reconcile(incidentWith(list as never)));
  });

  test.prop([widenedClaims, fc.infiniteStream(fc.nat())])("gives the same findings without words whatever the order of the claims", (list, randomness) => {
    expect(reconcile(incidentWith(shuffle(list, randomness) as never), { words: false })).toStrictEqual(
      reconcile(incidentWith(list as never), { words: false }),
    );
  });

  test.prop([widenedClaims, fc.shuffledSubarray(["zulu", "alpha", "mike", "kilo"], { minLength: 4, maxLength: 4 })])(
    "changes only the names when the sources are renamed",
    (list, newIds) => {
      const { incident, restore } = renameSources(list, newIds);
      expect(JSON.parse(restore(JSON.stringify(reconcile(incident))))).toStrictEqual(JSON.parse(JSON.stringify(reconcile(incidentWith(list as never)))));
    },
  );

  test.prop([widenedClaims])("does not mutate the incident it is given, and returns JSON data that a round trip leaves as it is", (list) => {
    const input = incidentWith(list as never);
    const before = structuredClone(input);
    const result = reconcile(input, { words: false });
    expect(input).toEqual(before);
    // toEqual, not toStrictEqual: the result's name tables have no prototype (the bug pinned in neutrality.property.test.ts).
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("every comparator is symmetric over phrases, texts and actors by any name", () => {
  const index = indexIncident(parseIncident(incidentWith([])));
  const cases = [
    { kind: "quantity", facet: "killed", values: fc.oneof(widenedQuantity, phraseQuantity) },
    { kind: "text", facet: "motive", values: text },
    { kind: "actor", facet: "perpetrator", values: actor },
  ] as const;
  for (const { kind, facet, values } of cases) {
    test.prop([values, values])(`${kind}: compare(a, b) equals compare(b, a), and negation reads the same whichever way it is given`, (a, b) => {
      const comparator = KINDS[kind];
      const context = { index, facet: conflict.facets[facet]! };
      const x = comparator.canonical(a, context);
      const y = comparator.canonical(b, context);
      if (x.key === y.key) {
        expect(comparator.contradictsNegation(x.data, y.data, context)).toBe(true);
        return;
      }
      expect(comparator.compare(x.data, y.data, context)).toBe(comparator.compare(y.data, x.data, context));
    });
  }
});
