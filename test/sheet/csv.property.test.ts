import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { fromCsv, parseIncident, toCsv } from "../../src/index.js";
import { incidents } from "./sheetIncidents.js";

describe("a claims sheet in CSV", () => {
  test.prop([incidents, fc.constantFrom(",", ";", "\t" as const), fc.boolean()])(
    "gives back the same incident, whatever its text holds",
    (incident, separator, bom) => {
      const read = fromCsv(toCsv(incident, { separator, bom }));
      expect([read.issues, read.created]).toEqual([[], []]);
      expect(read.incident).toEqual(parseIncident(incident));
    },
  );

  test.prop([incidents])("does not mutate the incident it writes", (incident) => {
    const before = structuredClone(incident);
    toCsv(incident);
    expect(incident).toEqual(before);
  });
});
