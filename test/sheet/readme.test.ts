import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareEncodings, formatSheetIssue, fromCsv, reconcile, formatReport, sheetHeaders, toCsv, type IncidentInput } from "../../src/index.js";
import { runCli } from "../fixtures/cli.js";

const root = join(import.meta.dirname, "..", "..");
const readme = readFileSync(join(root, "README.md"), "utf8");
const section = (heading: string) => readme.slice(readme.indexOf(`\n## ${heading}\n`), readme.indexOf("\n## ", readme.indexOf(`\n## ${heading}\n`) + 1));
const seed = JSON.parse(readFileSync(join(root, "seeds", "niafunke-goundam-2023-11-24.json"), "utf8")) as IncidentInput;

describe("the README's claims sheet", () => {
  const text = section("Claims in spreadsheets");
  const csv = /```csv\n([\s\S]*?)```/u.exec(text)![1]!;
  const sheet = fromCsv(csv, { id: "niafunke", lang: "fr" });

  it("reads as the README shows: no problem, the entries it names, the contradictions", () => {
    expect(text).toContain("sheet.issues;                                        //=> []");
    expect(sheet.issues).toEqual([]);
    expect(text).toContain(
      '//=> [["source", "Communiqué du JNIM"], ["actor", "JNIM"], ["source", "RFI"], ["place", "Camp de Niafunké"],\n//    ["source", "État-major"], ["actor", "FAMa"], ["source", "Sources locales"], ["place", "Niafunké"]]',
    );
    expect(sheet.created.map((c) => [c.what, c.name])).toEqual([
      ["source", "Communiqué du JNIM"],
      ["actor", "JNIM"],
      ["source", "RFI"],
      ["place", "Camp de Niafunké"],
      ["source", "État-major"],
      ["actor", "FAMa"],
      ["source", "Sources locales"],
      ["place", "Niafunké"],
    ]);
    expect(
      reconcile(sheet.incident)
        .flags.filter((f) => f.severity === "contradiction")
        .map((f) => [f.kind, f.sides]),
    ).toEqual([
      ["exclusive", [["took"], ["failed"]]],
      ["exclusive", [["took"], ["repelled"]]],
      ["withheld", [["group-toll"], ["no-toll"]]],
      ["withheld", [["local-toll"], ["no-toll"]]],
    ]);
  });

  it("names a typo's row and column as the README says", () => {
    const typo = fromCsv(csv.replace("no-toll,État-major", "no-toll,Etat-majr"), { id: "niafunke", lang: "fr" });
    const line = formatSheetIssue(typo.issues[0]!);
    expect(line).toBe(
      'row 7, source: unknown source "Etat-majr" — did you mean "État-major"? Fix: Correct the spelling; if it is another source, declare it in a source row.',
    );
    expect(text.replace(/\s+/gu, " ")).toContain(`\`${line}\``);
  });

  it("prints an unreadable value on the command line as the README shows", async () => {
    const { stderr } = await runCli(["import", "sheet.csv", "--lang", "fr"], {
      "sheet.csv": `id,source,source_kind,facet,value\n${[1, 2, 3, 4, 5].map((n) => `c${n},RFI,media,killed,${n}\n`).join("")}c6,RFI,media,killed,~5O\n`,
    });
    expect(stderr.split("\n")[0]).toMatch(/^sheet\.csv:7: value: the phrase "~5O" holds no count the lexicon can read\. Fix: Write a figure \(12\), ~50, /);
    expect(readme.replace(/\s+/gu, " ")).toContain(
      '`sheet.csv:7: value: the phrase "~5O" holds no count the lexicon can read. Fix: Write a figure (12), ~50, …`',
    );
  });
});

describe("the README's dates", () => {
  const text = section("Claims in spreadsheets").replace(/\s+/gu, " ");

  it("quotes the problem of a date both orders make a day as the library words it, and reads it in the order given", () => {
    const csv = "id,source,source_kind,said,facet,value\nc1,RFI,media,03/04/2024,killed,3\n";
    const line = formatSheetIssue(fromCsv(csv).issues[0]!);
    expect(text).toContain(`\`${line}\``);
    expect(text).toContain('`fromCsv(text, { dateOrder: "month-first" })`');
    expect(fromCsv(csv, { dateOrder: "month-first" }).incident.claims[0]!.said).toBe("2024-03-04");
  });

  it("reads the spreadsheet forms it names as the ISO dates it says, and lists them in dates", () => {
    const csv =
      "Identifiant;Source;Type de source;Date de la déclaration;Facette;Quand;Valeur\nc1;RFI;média;24/11/2023 14:00;occurred;24/11/2023 au 25/11/2023;45254\n";
    const sheet = fromCsv(csv);
    expect(sheet.incident.claims[0]).toMatchObject({
      said: "2023-11-24T14:00",
      about: { when: { from: "2023-11-24", to: "2023-11-25" } },
      value: "2023-11-24",
    });
    expect(sheet.dates.map((d) => d.form)).toEqual(["day-first", "day-first", "day-first", "excel-serial"]);
    expect(text).toContain("`45254` is 2023-11-24");
  });
});

describe("the README's French claims sheet", () => {
  const text = section("Claims in spreadsheets");
  const csv = [...text.matchAll(/```csv\n([\s\S]*?)```/gu)][1]![1]!;
  const feuille = fromCsv(csv, { id: "niafunke", lang: "fr" });

  it("reads as the README shows, with no problem and no option, to the claims its English sheet gives", () => {
    expect(csv.startsWith("Identifiant;Source;Type de source;")).toBe(true);
    expect(feuille.issues).toEqual([]);
    expect(text).toContain(
      '//=> [["control", "captured", false, "claimed"], ["control", "captured", true, ""],\n//    ["killed", { approx: 50 }, false, "reported"], ["killed", "withheld", false, ""]]',
    );
    expect(feuille.incident.claims.map((c) => [c.about.facet, c.value, c.not ?? false, c.hedge ?? ""])).toEqual([
      ["control", "captured", false, "claimed"],
      ["control", "captured", true, ""],
      ["killed", { approx: 50 }, false, "reported"],
      ["killed", "withheld", false, ""],
    ]);
    const english = fromCsv(section("Claims in spreadsheets").match(/```csv\n([\s\S]*?)```/u)![1]!, { id: "niafunke", lang: "fr" }).incident;
    for (const claim of feuille.incident.claims) {
      const twin = english.claims.find((c) => c.id === claim.id)!;
      expect([claim.id, claim.about, claim.value, claim.not, claim.hedge]).toEqual([twin.id, twin.about, twin.value, twin.not, twin.hedge]);
    }
    expect(fromCsv(toCsv(feuille.incident, { lang: "fr", separator: ";" })).incident).toEqual(feuille.incident);
  });

  it("lists every French header sheetHeaders writes", () => {
    for (const header of sheetHeaders("fr")) expect(text.replace(/\s+/gu, " ")).toContain(`« ${header} »`);
  });
});

describe("the README's double coding", () => {
  const text = section("Two analysts, one incident");
  const second = JSON.parse(readFileSync(join(root, "test", "fixtures", "niafunke-goundam-second-coder.json"), "utf8")) as IncidentInput;
  const check = compareEncodings(seed, second);

  it("shows where the two coders differ as compareEncodings says it", () => {
    expect(text).toContain('//=> [["jnim-niafunke-means", "jnim-kamikaze", [["value", ["vbied", "suicide-attack"], ["vbied"]]]],');
    expect(check.differ.map((p) => [p.a, p.b, p.differences.map((d) => [d.field, d.a, d.b])])).toEqual([
      ["jnim-niafunke-means", "jnim-kamikaze", [["value", ["vbied", "suicide-attack"], ["vbied"]]]],
      ["jnim-took-camp", "jnim-took-camp", [["hedge", "claimed", "reported"]]],
      ["em-repelled-niafunke", "army-repelled", [["scope", { place: "niafunke-camp" }, { place: "niafunke" }]]],
    ]);
    expect(text).toContain('//=> [["nasr-drone-video", "em-occupy-failed-goundam"], ["goundam-toll-unknown"]]');
    expect([check.onlyA, check.onlyB]).toEqual([["nasr-drone-video", "em-occupy-failed-goundam"], ["goundam-toll-unknown"]]);
    expect(check.overall).toMatchObject({ agreed: 13, total: 19 });
  });
});

describe("the README's incident followed over time", () => {
  const text = section("An incident followed over time");
  const today: IncidentInput = {
    ...seed,
    claims: [
      ...seed.claims.map((c) =>
        c.id === "local-toll" ? { ...c, value: { approx: 60 } } : c.id === "em-no-toll" ? { ...c, value: 25, said: "2023-11-26" } : c,
      ),
      { id: "em-wounded", source: "em", said: "2023-11-26", about: { facet: "wounded", party: "fama" }, value: 12, quote: "douze blessés" },
    ],
  };

  it("shows lines the report of a later version really writes", () => {
    const report = formatReport(reconcile(today), { since: reconcile(seed) }).split("\n");
    const shown = /```\n(Since the earlier version[\s\S]*?)```/u
      .exec(text)![1]!
      .split("\n")
      .filter((line) => line.startsWith("Δ"));
    expect(shown.length).toBeGreaterThan(3);
    for (const line of shown) expect(report).toContain(line);
  });
});
