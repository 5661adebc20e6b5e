import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { compareEncodings, mergeIncidents, parseIncident } from "../../src/index.js";
import { claims, shuffle } from "../fixtures/arbitraries.js";
import { incidentWith } from "../fixtures/build.js";

type Claims = Parameters<typeof incidentWith>[0];

/** The same claims as another coder would write them: other ids, another order. */
function recoded(list: Claims, randomness: Iterator<number>): Claims {
  const rename = (id: string) => `other-${id}`;
  return shuffle(
    list.map((c) => ({ ...c, id: rename(c.id), ...(c.basedOn ? { basedOn: c.basedOn.map(rename) } : {}) })),
    randomness,
  );
}

describe("two encodings of one incident", () => {
  test.prop([claims])("merging an encoding with itself gives it back, every claim once", (list) => {
    const merged = mergeIncidents(incidentWith(list), incidentWith(list));
    expect(merged.incident).toEqual(parseIncident(incidentWith(list)));
    expect([merged.collisions, merged.unaligned, merged.sameClaims.length]).toEqual([[], [], list.length]);
  });

  test.prop([claims, fc.infiniteStream(fc.nat())])("keeps every claim once whatever ids and order the second coder gives them", (list, randomness) => {
    const merged = mergeIncidents(incidentWith(list), incidentWith(recoded(list, randomness)));
    expect(merged.incident.claims.map((c) => c.id)).toEqual(list.map((c) => c.id));
  });

  test.prop([claims, fc.infiniteStream(fc.nat())])(
    "finds two codings of the same claims in full agreement, whatever their ids and order",
    (list, randomness) => {
      const check = compareEncodings(incidentWith(list), incidentWith(recoded(list, randomness)));
      expect([check.differ, check.onlyA, check.onlyB, check.overall.agreement]).toEqual([[], [], [], 1]);
    },
  );
});
