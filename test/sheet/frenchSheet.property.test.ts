import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { claimsToRows, fromCsv, rowsToIncident, toCsv } from "../../src/index.js";
import { incidents } from "./sheetIncidents.js";

describe("a claims sheet in French", () => {
  test.prop([incidents, fc.constantFrom(",", ";", "\t" as const)])(
    "reads back as the same incident as the English sheet, whatever the incident holds",
    (incident, separator) => {
      const french = fromCsv(toCsv(incident, { separator, lang: "fr" }));
      const english = fromCsv(toCsv(incident, { separator }));
      expect([french.issues, french.created]).toEqual([[], []]);
      expect(french.incident).toEqual(english.incident);
    },
  );

  test.prop([incidents])("gives the same incident from its rows as from the English rows", (incident) => {
    expect(rowsToIncident(claimsToRows(incident, { lang: "fr" })).incident).toEqual(rowsToIncident(claimsToRows(incident)).incident);
  });

  test.prop([incidents])("does not mutate the incident it writes", (incident) => {
    const before = structuredClone(incident);
    toCsv(incident, { lang: "fr" });
    expect(incident).toEqual(before);
  });
});
