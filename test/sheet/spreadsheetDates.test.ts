import { describe, expect, it } from "vitest";
import { formatSheetIssue, fromCsv, readValueCell, rowsToIncident, toCsv, writeValueCell } from "../../src/index.js";

const NB = "\u00a0";
const HEADER = "id,source,source_kind,said,facet,when,value";
/** A sheet of one claim whose `said`, `when` and value (of the time facet `occurred`) are the cells given, under English headers. */
const oneClaim = (said: string, when = "", value = "2023-11-24", header = HEADER, separator = ",") =>
  `${header}\nc1,RFI,media,${said},occurred,${when},${value}\n`.replaceAll(",", separator);

describe("dates as a spreadsheet writes them", () => {
  it("reads a French sheet's day-first dates in every date column as ISO 8601, and lists each as it was written", () => {
    const csv = [
      "Type de ligne;Identifiant;Source;Type de source;Date de la déclaration;Facette;Quand;Valeur;Nom;Nature;Date de publication",
      "affirmation;c1;RFI;;03/04/2024;occurred;02/04/2024 14:00;01/04/2024;;;",
      "source;rfi;;;;;;;RFI;média;05/04/2024",
    ].join("\n");
    const sheet = fromCsv(csv);
    expect(sheet.issues).toEqual([]);
    expect(sheet.incident.claims[0]).toMatchObject({ said: "2024-04-03", about: { when: "2024-04-02T14:00" }, value: "2024-04-01" });
    expect(sheet.incident.sources[0]!.date).toBe("2024-04-05");
    expect(sheet.dates).toEqual([
      { row: 2, column: "said", written: "03/04/2024", iso: "2024-04-03", form: "day-first" },
      { row: 2, column: "when", written: "02/04/2024 14:00", iso: "2024-04-02T14:00", form: "day-first" },
      { row: 2, column: "value", written: "01/04/2024", iso: "2024-04-01", form: "day-first" },
      { row: 3, column: "date", written: "05/04/2024", iso: "2024-04-05", form: "day-first" },
    ]);
  });

  it("reads dots and hyphens as slashes, a time to the minute or the second, and a day or month of one digit", () => {
    const read = (cell: string) => fromCsv(oneClaim(cell, "", "2023-11-24", HEADER, ";")).incident.claims[0]?.said;
    expect(["24.11.2023", "24-11-2023", "24/11/2023 14:00", "24/11/2023 14:00:05", "24/11/2023T9:05", "3/4/2024"].map(read)).toEqual([
      "2023-11-24",
      "2023-11-24",
      "2023-11-24T14:00",
      "2023-11-24T14:00:05",
      "2023-11-24T09:05",
      "2024-04-03",
    ]);
  });

  it("reads a date only one order makes a day in any sheet: day first when the day is above 12, month first only when no month is 24", () => {
    const sheet = fromCsv(oneClaim("24/11/2023", "11/24/2023", "12/12/2024"));
    expect(sheet.issues).toEqual([]);
    expect(sheet.incident.claims[0]).toMatchObject({ said: "2023-11-24", about: { when: "2023-11-24" }, value: "2024-12-12" });
    expect(sheet.dates.map((d) => d.form)).toEqual(["day-first", "month-first", "day-first"]);
  });

  it("does not guess a date both orders make a day when the sheet tells neither, and says which two days it could be", () => {
    const sheet = fromCsv(oneClaim("03/04/2024"));
    expect(sheet.incident.claims).toEqual([]);
    expect(sheet.issues.map((i) => [i.code, i.row, i.column, i.params])).toEqual([
      ["ambiguous-date", 2, "said", { received: "03/04/2024", dayFirst: "2024-04-03", monthFirst: "2024-03-04" }],
    ]);
    expect(formatSheetIssue(sheet.issues[0]!)).toBe(
      'row 2, said: "03/04/2024" could be 3 April 2024 or 4 March 2024. Fix: Write it as ISO 8601, year first: 2024-04-03 if the day comes first, 2024-03-04 if the month does.',
    );
    expect(formatSheetIssue(sheet.issues[0]!, { lang: "fr" })).toBe(
      `ligne 2, said${NB}: «${NB}03/04/2024${NB}» peut être le 3 avril 2024 ou le 4 mars 2024. Correction${NB}: Écrivez-la en ISO 8601, l'année d'abord${NB}: 2024-04-03 si le jour vient en premier, 2024-03-04 si c'est le mois.`,
    );
  });

  it("keeps the time in both readings of an ambiguous date-time", () => {
    const [issue] = fromCsv(oneClaim("03/04/2024 14:00")).issues;
    expect(issue?.params).toEqual({ received: "03/04/2024 14:00", dayFirst: "2024-04-03T14:00", monthFirst: "2024-03-04T14:00" });
    expect(issue?.message).toBe('"03/04/2024 14:00" could be 3 April 2024 14:00 or 4 March 2024 14:00');
  });

  it("reads day first a sheet with French headers, French words, or saved with ';', and in the order the option gives", () => {
    const said = (csv: string, options = {}) => fromCsv(csv, options).incident.claims[0]?.said;
    expect(said(oneClaim("03/04/2024", "", "2023-11-24", HEADER, ";"))).toBe("2024-04-03");
    expect(said(oneClaim("03/04/2024", "", "2023-11-24", "Identifiant,Source,Type de source,Date de la déclaration,Facette,Quand,Valeur"))).toBe("2024-04-03");
    expect(said("id,source,source_kind,said,facet,value,hedge\nc1,RFI,media,03/04/2024,occurred,2023-11-24,revendiqué\n")).toBe("2024-04-03");
    expect(said(oneClaim("03/04/2024"), { dateOrder: "day-first" })).toBe("2024-04-03");
    expect(said(oneClaim("03/04/2024"), { dateOrder: "month-first" })).toBe("2024-03-04");
  });

  it("takes no order from the language of the quotes: an English sheet of French quotes may be American", () => {
    const sheet = fromCsv("id,source,source_kind,said,facet,value,quote,lang\nc1,RFI,media,03/04/2024,occurred,2023-11-24,hier soir,fr\n", { lang: "fr" });
    expect(sheet.issues.map((i) => i.code)).toEqual(["ambiguous-date"]);
  });

  it("refuses a two-digit year, which could be of any century", () => {
    const [issue] = fromCsv(oneClaim("24/11/23", "", "2023-11-24", HEADER, ";")).issues;
    expect([issue?.code, issue?.row, issue?.column]).toEqual(["short-year", 2, "said"]);
    expect(formatSheetIssue(issue!)).toBe(
      'row 2, said: "24/11/23" has a two-digit year. Fix: Write the date as ISO 8601, with the year in full (2023-11-24): a two-digit year could be of any century.',
    );
    expect(formatSheetIssue(issue!, { lang: "fr" })).toMatch(
      /^ligne 2, said\u00a0: «\u00a024\/11\/23\u00a0» a une année à deux chiffres\. Correction\u00a0: /u,
    );
  });

  it("refuses at its cell a date that is no day of the calendar, in either order", () => {
    const sheet = fromCsv(oneClaim("2023-11-24", "31/02/2024", "24/11/2023 25:00", HEADER, ";"));
    expect(sheet.issues.map((i) => [i.code, i.row, i.column, formatSheetIssue(i, { lang: "fr" }).split(`${NB}: `)[1]])).toEqual([
      ["impossible-date", 2, "when", `«${NB}31/02/2024${NB}» n'est pas un jour du calendrier. Correction`],
      ["impossible-date", 2, "value", `«${NB}24/11/2023 25:00${NB}» n'est pas un jour du calendrier. Correction`],
    ]);
    expect(sheet.incident.claims).toEqual([]);
  });

  it("reads an Excel serial day in a date column as a day of Excel's 1900 system, and its fraction as the time of day", () => {
    const sheet = fromCsv(oneClaim("45254", "45254.583333333336", '"45254,5"'));
    expect(sheet.incident.claims[0]).toMatchObject({ said: "2023-11-24", about: { when: "2023-11-24T14:00" }, value: "2023-11-24T12:00" });
    expect(sheet.dates.map((d) => [d.column, d.written, d.form])).toEqual([
      ["said", "45254", "excel-serial"],
      ["when", "45254.583333333336", "excel-serial"],
      ["value", "45254,5", "excel-serial"],
    ]);
    // Past Excel's fictitious 29 February 1900: 1 March 1900 is its serial 61, and every serial read is far beyond it.
    expect([readValueCell("20000", "occurred"), readValueCell("36526", "occurred"), readValueCell("79999", "occurred")]).toEqual([
      "1954-10-03",
      "2000-01-01",
      "2119-01-10",
    ]);
  });

  it("leaves a five-digit number out of the serials' range as written, for the incident's check to refuse", () => {
    const sheet = fromCsv(oneClaim("12345"));
    expect(sheet.issues.map((i) => [i.code, i.column])).toEqual([["invalid-date", "said"]]);
    expect(readValueCell("12345", "killed")).toBe(12345);
  });

  it("reads a span of two spreadsheet dates parted by a dash, « au » or a slash", () => {
    const when = (cell: string) => fromCsv(oneClaim("2023-11-24", cell, "2023-11-24", HEADER, ";")).incident.claims[0]?.about.when;
    expect(["24/11/2023 - 25/11/2023", "24/11/2023 au 25/11/2023", "24/11/2023/25/11/2023", "24/11/2023 14:00 – 24/11/2023 18:00"].map(when)).toEqual([
      { from: "2023-11-24", to: "2023-11-25" },
      { from: "2023-11-24", to: "2023-11-25" },
      { from: "2023-11-24", to: "2023-11-25" },
      { from: "2023-11-24T14:00", to: "2023-11-24T18:00" },
    ]);
  });

  it("gives the same incident whatever form the spreadsheet gave its dates", () => {
    const sheet = (said: string, when: string, value: string) =>
      fromCsv(`Identifiant;Source;Type de source;Date de la déclaration;Facette;Quand;Valeur\nc1;RFI;média;${said};occurred;${when};${value}\n`);
    const iso = sheet("2023-11-24T14:00", "2023-11-24/2023-11-25", "2023-11-23");
    expect(iso.issues).toEqual([]);
    expect(sheet("24/11/2023 14:00", "24/11/2023 - 25/11/2023", "23/11/2023").incident).toEqual(iso.incident);
    expect(sheet("24.11.2023 14:00", "45254/45255", "45253").incident).toEqual(iso.incident);
  });

  it("reads ISO 8601 as it always did, and lists no date it did not rewrite", () => {
    const sheet = fromCsv(oneClaim("2023-11-24T14:00", "2023-11-24/2023-11-25", "2023"));
    expect(sheet.incident.claims[0]).toMatchObject({ said: "2023-11-24T14:00", about: { when: { from: "2023-11-24", to: "2023-11-25" } }, value: "2023" });
    expect(sheet.dates).toEqual([]);
  });

  it("reads the dates of rows from a table library, French words telling the order", () => {
    const rows = [{ id: "c1", source: "RFI", source_kind: "locale", said: "03/04/2024", facet: "occurred", value: "45254" }];
    const before = structuredClone(rows);
    const sheet = rowsToIncident(rows);
    expect(sheet.incident.claims[0]).toMatchObject({ said: "2024-04-03", value: "2023-11-24" });
    expect(rows).toEqual(before);
  });

  it("reads a table library's dates as ISO 8601: a day at midnight UTC, else the instant", () => {
    const rows = [
      { id: "c1", source: "RFI", source_kind: "media", said: new Date(Date.UTC(2023, 10, 24)), facet: "occurred", value: new Date(Date.UTC(2023, 10, 24, 14)) },
    ];
    expect(rowsToIncident(rows).incident.claims[0]).toMatchObject({ said: "2023-11-24", value: "2023-11-24T14:00:00.000Z" });
  });

  it("does not mutate the text or the options it reads", () => {
    const options = { dateOrder: "day-first" as const, id: "x" };
    const frozen = Object.freeze({ ...options });
    const sheet = fromCsv(oneClaim("03/04/2024"), frozen);
    expect([sheet.incident.claims[0]?.said, frozen]).toEqual(["2024-04-03", options]);
  });

  it("writes dates as ISO 8601 in both languages, which every spreadsheet reads back without guessing", () => {
    const { incident } = fromCsv(oneClaim("24/11/2023", "24/11/2023 14:00", "45254", HEADER, ";"));
    const french = toCsv(incident, { lang: "fr", separator: ";", bom: false });
    expect(french.split("\r\n")[1]!.split(";").slice(5, 14)).toEqual(["2023-11-24", "date", "", "", "", "2023-11-24T14:00", "", "", "2023-11-24"]);
    expect(fromCsv(french).incident).toEqual(incident);
    expect([
      writeValueCell("2023-11-24", "occurred", { lang: "fr" }),
      writeValueCell({ from: "2023-11-24", to: "2023-11-25" }, "occurred", { lang: "fr" }),
    ]).toEqual(["2023-11-24", "2023-11-24/2023-11-25"]);
  });

  it("reads one value cell's spreadsheet date as the sheet does, and one both orders read only in the order given", () => {
    expect([
      readValueCell("24/11/2023", "occurred"),
      readValueCell("03/04/2024", "occurred"),
      readValueCell("03/04/2024", "occurred", { dateOrder: "month-first" }),
    ]).toEqual(["2023-11-24", "03/04/2024", "2024-03-04"]);
  });
});
