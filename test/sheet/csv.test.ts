import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatSheetIssue, fromCsv, parseIncident, reconcile, toCsv } from "../../src/index.js";
import { escapeFormula, unescapeFormula } from "../../src/sheet/csvCell.js";
import { incidentWith } from "../fixtures/build.js";

const seedsDir = join(import.meta.dirname, "..", "..", "seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const seed = (file: string) => JSON.parse(readFileSync(join(seedsDir, file), "utf8")) as object;
const niafunke = seed("niafunke-goundam-2023-11-24.json");

describe("toCsv and fromCsv", () => {
  it.each(seeds)("take %s to CSV and back unchanged, with any separator", (file) => {
    for (const separator of [",", ";", "\t"] as const) {
      const read = fromCsv(toCsv(seed(file), { separator }));
      expect([read.issues, read.created]).toEqual([[], []]);
      expect(read.incident).toEqual(parseIncident(seed(file)));
    }
  });

  it("keeps the example sheet the seed's own: examples/niafunke-goundam-2023-11-24.csv is what toCsv writes", () => {
    expect(readFileSync(join(import.meta.dirname, "..", "..", "examples", "niafunke-goundam-2023-11-24.csv"), "utf8")).toBe(toCsv(niafunke));
  });

  it("writes RFC 4180: a header, CRLF line ends, and quotes around cells holding the separator, a quote or a line break", () => {
    const incident = incidentWith([{ id: "q", source: "rfi", about: { facet: "motive" }, value: "forced out", quote: 'il a dit "non", puis\nil est parti' }]);
    const csv = toCsv(incident, { bom: false });
    expect(csv.startsWith("record,id,source,source_kind,via,said,facet,")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe('claim,q,RFI,media,,,motive,,,,,,,forced out,,,"il a dit ""non"", puis\nil est parti",,,,,,,,,,,');
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("opens with a UTF-8 byte order mark for Excel, and skips it when reading", () => {
    const csv = toCsv(niafunke);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(toCsv(niafunke, { bom: false }).charCodeAt(0)).not.toBe(0xfeff);
    expect(fromCsv(csv).incident.id).toBe("niafunke-goundam-2023-11-24");
  });

  it("finds the semicolon a French Excel writes, and takes the separator it is given", () => {
    const french = "id;source;source_kind;facet;party;value;quote\r\nc1;Sources locales;local;killed;FAMa;~50;« une cinquantaine, au moins »\r\n";
    const read = fromCsv(french, { lang: "fr" });
    expect([read.issues, read.incident.claims[0]!.quote, read.incident.claims[0]!.value]).toEqual([[], "« une cinquantaine, au moins »", { approx: 50 }]);
    expect(fromCsv(french.replaceAll(";", "\t"), { separator: "\t", lang: "fr" }).incident.claims).toHaveLength(1);
  });

  it("writes a cell a spreadsheet would run as a formula with a leading apostrophe, and reads it back as it was", () => {
    const formulas = ['=HYPERLINK("http://x")', "+33 6 12", "-5 morts", "@SUM(A1)", "'=already", "\tTab"];
    const incident = incidentWith(formulas.map((quote, i) => ({ id: `c${i}`, source: "rfi", about: { facet: "motive" }, value: "x", quote })));
    const csv = toCsv(incident, { bom: false });
    // The tab is the cell's own white space, which a cell cannot keep: it travels in the row's JSON, which a spreadsheet never runs.
    for (const line of csv.split("\r\n").slice(1, 6)) expect(line.split(",").slice(16).join(",")).toMatch(/^"?'/);
    expect(fromCsv(csv).incident.claims.map((c) => c.quote)).toEqual(formulas);
    expect([escapeFormula("l'armée"), unescapeFormula("'quoted'")]).toEqual(["l'armée", "'quoted'"]);
  });

  it("reads an edited sheet back with its changes, and an error naming the row and column of a typo in a source", () => {
    const lines = toCsv(niafunke, { bom: false }).split("\r\n");
    const at = lines.findIndex((line) => line.startsWith("claim,local-toll,"));
    lines[at] = lines[at]!.replace(",une cinquantaine,", ",~60,");
    lines.splice(
      at + 1,
      0,
      "claim,local-wounded,Sources locales,local,RFI,,wounded,fama,soldiers,niafunke,,,,une vingtaine,,,une vingtaine de blessés,,,,,,,,,,,",
    );
    lines.splice(at + 2, 0, "claim,local-typo,Sources locale,local,RFI,,missing,fama,soldiers,niafunke,,,,3,,,,,,,,,,,,,,");
    const read = fromCsv(lines.join("\r\n"));
    expect(read.issues.map(formatSheetIssue)).toEqual([
      `row ${at + 3}, source: unknown source "Sources locale" — did you mean "Sources locales"? Fix: Correct the spelling; if it is another source, declare it in a source row.`,
    ]);
    const claim = (id: string) => read.incident.claims.find((c) => c.id === id);
    expect([claim("local-toll")?.value, claim("local-wounded")?.value, claim("local-typo")]).toEqual([{ approx: 60 }, { phrase: "une vingtaine" }, undefined]);
    expect(read.incident.claims).toHaveLength(19);
    expect(
      reconcile(read.incident)
        .questions.find((q) => q.key === "killed|party=fama|group=soldiers|place=niafunke")
        ?.positions.map((p) => p.value),
    ).toContainEqual({ approx: 60 });
  });

  it("numbers rows as the spreadsheet does, whatever line breaks their cells hold, and says when a quote is never closed", () => {
    const csv = 'id,source,source_kind,facet,value,quote\nc1,RFI,media,killed,3,"two\nlines"\nc2,RFI,media,kiled,4,x\nc3,RFI,media,killed,5,"open\n';
    const read = fromCsv(csv);
    expect(read.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [3, "facet", "unknown-facet"],
      [4, "", "unreadable-csv"],
    ]);
    expect(read.incident.claims.map((c) => c.id)).toEqual(["c1"]);
  });

  it("refuses cells beyond the last column, naming the spreadsheet column", () => {
    const read = fromCsv("id,source,source_kind,facet,value\nc1,RFI,media,killed,3,oops\n");
    expect(read.issues.map((i) => [i.row, i.column, i.message])).toEqual([[2, "F", "1 cell beyond the last column"]]);
  });
});
