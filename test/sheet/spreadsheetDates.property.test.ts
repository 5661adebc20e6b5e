import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { fromCsv, parseIncident, readValueCell, toCsv } from "../../src/index.js";
import { incidents } from "./sheetIncidents.js";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A day of the calendar, to the minute or the second or neither, as ISO 8601 writes it and as a day-first spreadsheet does. */
const days = fc
  .record({
    year: fc.integer({ min: 1000, max: 2999 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayIndex: fc.nat(),
    time: fc.option(
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined })),
      {
        nil: undefined,
      },
    ),
    mark: fc.constantFrom("/", ".", "-"),
    padded: fc.boolean(),
  })
  .map(({ year, month, dayIndex, time, mark, padded }) => {
    const day = (dayIndex % daysIn(year, month)) + 1;
    const [hour, minute, second] = time ?? [];
    const clock = (sep: string) => (time === undefined ? "" : `${sep}${pad(hour!)}:${pad(minute!)}${second === undefined ? "" : `:${pad(second)}`}`);
    const dm = padded ? [pad(day), pad(month)] : [String(day), String(month)];
    return {
      iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}${clock("T")}`,
      written: `${dm[0]}${mark}${dm[1]}${mark}${year}${clock(" ")}`,
    };
  });

describe("a date a day-first spreadsheet wrote", () => {
  test.prop([days, fc.constantFrom(",", ";")])("reads back in a French sheet as the ISO date it was written from", ({ iso, written }, separator) => {
    const csv = ["Identifiant,Source,Type de source,Date de la déclaration,Facette,Valeur", `c1,RFI,média,${written},occurred,${written}`]
      .join("\n")
      .replaceAll(",", separator);
    const sheet = fromCsv(csv);
    expect(sheet.issues).toEqual([]);
    expect([sheet.incident.claims[0]?.said, sheet.incident.claims[0]?.value]).toEqual([iso, iso]);
    expect(sheet.dates.map((d) => d.iso)).toEqual([iso, iso]);
  });

  test.prop([days])("reads as the same date in any sheet when the order is given, and as itself or a problem when it is not", ({ iso, written }) => {
    expect(readValueCell(written, "occurred", { dateOrder: "day-first" })).toBe(iso);
    expect([iso, written]).toContain(readValueCell(written, "occurred"));
  });
});

describe("a sheet's dates written and read back", () => {
  test.prop([incidents, fc.constantFrom("en", "fr" as const), fc.constantFrom(",", ";", "\t" as const)])(
    "are the same dates, ISO 8601 in either language, and none is taken for a spreadsheet's form",
    (incident, lang, separator) => {
      const read = fromCsv(toCsv(incident, { lang, separator }));
      expect([read.issues, read.dates]).toEqual([[], []]);
      expect(read.incident).toEqual(parseIncident(incident));
    },
  );
});
