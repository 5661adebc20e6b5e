import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  claimsToRows,
  columnOf,
  conflict,
  formatSheetIssue,
  fromCsv,
  readValueCell,
  rowsToIncident,
  SHEET_COLUMNS,
  SHEET_LANGUAGES,
  SheetRecordSchema,
  SheetRowSchema,
  sheetHeaders,
  toCsv,
  writeValueCell,
} from "../../src/index.js";
import { readSheetValue, writeSheetValue } from "../../src/sheet/sheetValue.js";

const niafunkeGoundam = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "seeds", "niafunke-goundam-2023-11-24.json"), "utf8")) as object;

describe("the sheet functions' documented examples", () => {
  it("claimsToRows", () => {
    const [row] = claimsToRows(niafunkeGoundam, { declarations: false }).filter((r) => r.id === "local-toll");
    expect([row!.source, row!.via, row!.facet, row!.party, row!.value, row!.quote]).toEqual([
      "Sources locales",
      "RFI",
      "killed",
      "fama",
      "une cinquantaine",
      "un bilan approximatif d'une cinquantaine de soldats maliens tués à Niafunké",
    ]);
    const [fr] = claimsToRows(niafunkeGoundam, { declarations: false, lang: "fr" }).filter((r) => r.id === "local-toll");
    expect([fr!.record, fr!.source_kind, fr!.facet, fr!.group, fr!.hedge]).toEqual(["affirmation", "locale", "tués", "soldats", "rapporté"]);
  });

  it("rowsToIncident", () => {
    const sheet = rowsToIncident(
      [
        { id: "toll", source: "Sources locales", source_kind: "local", facet: "killed", party: "FAMa", value: "~50", quote: "une cinquantaine" },
        { id: "no-toll", source: "État-major", source_kind: "party", speaks_for: "FAMa", facet: "killed", party: "FAMa", value: "withheld" },
        { id: "typo", source: "Sources locale", facet: "killed", value: "45-55" },
      ],
      { id: "niafunke", lang: "fr" },
    );
    expect(sheet.created.map((c) => [c.what, c.id, c.row])).toEqual([
      ["source", "sources-locales", 2],
      ["actor", "fama", 2],
      ["source", "etat-major", 3],
    ]);
    expect(sheet.issues.map((i) => [i.row, i.column, i.message])).toEqual([[4, "source", 'unknown source "Sources locale" — did you mean "Sources locales"?']]);
    expect(sheet.incident.claims.map((c) => c.value)).toEqual([{ approx: 50 }, "withheld"]);
  });

  it("toCsv, fromCsv and formatSheetIssue", () => {
    expect(toCsv(niafunkeGoundam, { separator: ";", bom: false }).split("\r\n")[0]).toBe(
      "record;id;source;source_kind;via;said;facet;party;group;place;when;target;item;value;not;hedge;quote;lang;based_on;name;kind;aliases;in;part_of;speaks_for;url;date;more",
    );
    expect(toCsv(niafunkeGoundam, { separator: ";", bom: false, lang: "fr" }).split("\r\n")[0]!.split(";").slice(0, 9)).toEqual([
      "Type de ligne",
      "Identifiant",
      "Source",
      "Type de source",
      "Relais",
      "Date de la déclaration",
      "Facette",
      "Partie",
      "Groupe",
    ]);
    const sheet = fromCsv("id;source;source_kind;facet;party;value;quote\nc1;Sources locales;local;killed;FAMa;~50;« une cinquantaine, au moins »\n", {
      lang: "fr",
    });
    expect([sheet.incident.claims[0]!.value, sheet.incident.claims[0]!.quote, sheet.issues]).toEqual([{ approx: 50 }, "« une cinquantaine, au moins »", []]);
    const { issues } = fromCsv("id,source,source_kind,facet,value\nc1,Sources locales,local,killed,~50\nc2,Sources locale,,killed,45-55\n");
    expect(formatSheetIssue(issues[0]!)).toBe(
      'row 3, source: unknown source "Sources locale" — did you mean "Sources locales"? Fix: Correct the spelling; if it is another source, declare it in a source row.',
    );
  });

  it("the sheet's schema, records and columns", () => {
    expect(Object.keys(SheetRowSchema.shape).slice(0, 6)).toEqual(["record", "id", "source", "source_kind", "via", "said"]);
    expect(SheetRecordSchema.options).toEqual(["claim", "incident", "source", "actor", "place", "item"]);
    expect(SHEET_COLUMNS.includes("based_on")).toBe(true);
    expect([columnOf("Based on"), columnOf("Claim ID"), columnOf("valeur"), columnOf("Fondé sur"), columnOf("Réserve"), columnOf("Type")]).toEqual([
      "based_on",
      "id",
      "value",
      "based_on",
      "hedge",
      "record",
    ]);
    expect(sheetHeaders("fr").slice(0, 7)).toEqual(["Type de ligne", "Identifiant", "Source", "Type de source", "Relais", "Date de la déclaration", "Facette"]);
    expect(SHEET_LANGUAGES).toEqual(["en", "fr"]);
  });

  it("the cell syntax of values", () => {
    expect([
      writeSheetValue({ approx: 50 }, conflict.facets.killed),
      writeSheetValue(["vbied", "shelling"], conflict.facets.means),
      writeSheetValue("captured", conflict.facets.control, { vocabulary: conflict, lang: "fr" }),
    ]).toEqual(["~50", "vbied; shelling", "pris"]);
    expect([
      readSheetValue("45-55", conflict.facets.killed),
      readSheetValue("une cinquantaine", conflict.facets.killed),
      readSheetValue("Captured", conflict.facets.control),
      readSheetValue("pris", conflict.facets.control, { vocabulary: conflict }),
    ]).toEqual([{ min: 45, max: 55 }, { phrase: "une cinquantaine" }, "captured", "captured"]);
    expect([
      readValueCell("~50", "killed"),
      readValueCell("une cinquantaine", "killed"),
      readValueCell("vbied; Shelling", "means"),
      readValueCell("pris", "control"),
      readValueCell("Non communiqué", "killed"),
    ]).toEqual([{ approx: 50 }, { phrase: "une cinquantaine" }, ["vbied", "shelling"], "captured", "withheld"]);
    expect([writeValueCell({ min: 45, max: 55 }, "killed"), writeValueCell({ approx: 50, phrase: "une cinquantaine" }, "killed")]).toEqual([
      "45-55",
      '{"approx":50,"phrase":"une cinquantaine"}',
    ]);
    expect([writeValueCell("withheld", "killed", { lang: "fr" }), writeValueCell(["vbied", "shelling", "rafales"], "means", { lang: "fr" })]).toEqual([
      "non communiqué",
      "véhicule piégé; tirs d'obus; rafales",
    ]);
  });
});
