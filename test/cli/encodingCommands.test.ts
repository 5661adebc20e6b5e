import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main.js";
import { parseIncident, toCsv } from "../../src/index.js";
import { runCli } from "../fixtures/cli.js";

const root = join(import.meta.dirname, "..", "..");
const text = (path: string) => readFileSync(join(root, path), "utf8");
const niafunke = text("seeds/niafunke-goundam-2023-11-24.json");
const second = text("test/fixtures/niafunke-goundam-second-coder.json");
const seed = JSON.parse(niafunke) as object;

describe("contested import", () => {
  it("writes the incident a sheet describes, and exits 0", async () => {
    const { code, stdout, stderr } = await runCli(["import", "sheet.csv"], { "sheet.csv": toCsv(seed) });
    expect([code, stderr]).toEqual([EXIT.ok, ""]);
    expect(JSON.parse(stdout)).toStrictEqual(parseIncident(seed));
  });

  it("prints each unreadable row with its file, row and column as the other commands print a problem, keeps the rest, and exits 2", async () => {
    const sheet = "id;source;source_kind;facet;value\r\nc1;Sources locales;local;killed;~50\r\nc2;Sources locale;;killed;45-55\r\nc3;RFI;media;kiled;3\r\n";
    const { code, stdout, stderr } = await runCli(["import", "feuille.csv"], { "feuille.csv": sheet });
    expect(code).toBe(EXIT.invalid);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      'feuille.csv:3: source: unknown source "Sources locale" — did you mean "Sources locales"? Fix: Correct the spelling; if it is another source, declare it in a source row.',
      expect.stringMatching(/^feuille\.csv:4: facet: unknown facet "kiled" in vocabulary "conflict" — did you mean "killed"\? Fix: /),
      'feuille.csv:2: source: new source "Sources locales" (id sources-locales, kind local), created from its name',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({ id: "feuille", claims: [{ id: "c1", value: { approx: 50 } }] });
  });

  it("takes the id, the language and the separator it is given", async () => {
    const { stdout } = await runCli(
      ["import", "-", "--id", "x", "--lang", "fr", "--separator", "tab"],
      {},
      "id\tsource\tsource_kind\tfacet\tvalue\nc1\tRFI\tmedia\tkilled\tune dizaine\n",
    );
    expect(JSON.parse(stdout)).toMatchObject({ id: "x", lang: "fr", claims: [{ value: { phrase: "une dizaine" } }] });
  });
});

describe("contested export", () => {
  it("writes the incident as a CSV sheet that import reads back unchanged", async () => {
    const exported = await runCli(["export", "incident.json", "--separator", "semicolon"], { "incident.json": niafunke });
    expect([exported.code, exported.stderr]).toEqual([EXIT.ok, ""]);
    expect(exported.stdout).toBe(toCsv(seed, { separator: ";" }));
    const imported = await runCli(["import", "sheet.csv"], { "sheet.csv": exported.stdout });
    expect(JSON.parse(imported.stdout)).toStrictEqual(parseIncident(seed));
  });

  it("writes a French sheet with --lang fr, which import reads back unchanged with no option", async () => {
    const exported = await runCli(["export", "incident.json", "--lang", "fr", "--separator", "semicolon", "--no-bom"], { "incident.json": niafunke });
    expect([exported.code, exported.stderr]).toEqual([EXIT.ok, ""]);
    expect(exported.stdout).toBe(toCsv(seed, { separator: ";", lang: "fr", bom: false }));
    expect(exported.stdout.startsWith("Type de ligne;Identifiant;Source;Type de source;Relais;")).toBe(true);
    const imported = await runCli(["import", "feuille.csv"], { "feuille.csv": exported.stdout });
    expect([imported.code, imported.stderr]).toEqual([EXIT.ok, ""]);
    expect(JSON.parse(imported.stdout)).toStrictEqual(parseIncident(seed));
  });

  it("refuses a language it does not write, as a misuse", async () => {
    const { code, stdout } = await runCli(["export", "incident.json", "--lang", "es"], { "incident.json": niafunke });
    expect([code, stdout]).toEqual([EXIT.invalid, ""]);
  });

  it("leaves out the byte order mark and the declarations when asked", async () => {
    const { stdout } = await runCli(["export", "i.json", "--no-bom", "--claims-only"], { "i.json": niafunke });
    expect(stdout.startsWith("record,id,")).toBe(true);
    expect(stdout.trimEnd().split("\r\n")).toHaveLength(1 + 18);
  });

  it("prints an invalid incident's problems as validate does, and exits 2", async () => {
    const { code, stderr, stdout } = await runCli(["export", "bad.json"], {
      "bad.json": JSON.stringify(
        { contested: 1, id: "bad", sources: [], claims: [{ id: "c", source: "nobody", about: { facet: "killed" }, value: 3 }] },
        null,
        2,
      ),
    });
    expect([code, stdout]).toEqual([EXIT.invalid, ""]);
    expect(stderr).toMatch(/^bad\.json: claims\[0 "c"\]\.source: unknown source "nobody"/);
  });
});

describe("contested merge", () => {
  it("writes the merged incident and lists on stderr what needs checking", async () => {
    const { code, stdout, stderr } = await runCli(["merge", "a.json", "b.json"], { "a.json": niafunke, "b.json": second });
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout).claims).toHaveLength(25);
    expect(stderr.split("\n")).toEqual(
      expect.arrayContaining([
        "b.json: 17 claims, 10 already in a.json, 7 added",
        'a.json: sources "wassim-nasr" (Wassim Nasr) is only in a.json',
        'b.json: claims id "local-toll" means killed|party=fama|group=soldiers|place=niafunke = {"approx":50} (local, reported) there and killed|party=fama|group=soldiers|place=niafunke = {"phrase":"une cinquantaine"} (local, reported) in a.json: renamed "local-toll-b"',
      ]),
    );
  });

  it("exits 2 when an encoding is invalid or there are not two", async () => {
    expect((await runCli(["merge", "a.json", "b.json"], { "a.json": niafunke, "b.json": "{" })).code).toBe(EXIT.invalid);
    expect((await runCli(["merge", "a.json"], { "a.json": niafunke })).stderr).toContain("merge takes two incidents");
  });
});

describe("contested compare", () => {
  it("reports where the two coders differ, and exits 1 when they do", async () => {
    const { code, stdout } = await runCli(["compare", "a.json", "b.json"], { "a.json": niafunke, "b.json": second });
    expect(code).toBe(EXIT.findings);
    expect(stdout).toContain("• jnim-took-camp — hedge claimed ≠ reported");
    expect(stdout).toContain("13 of 19 claims coded alike (68 %).");
  });

  it("exits 0 for two encodings that agree, and writes JSON when asked", async () => {
    const { code, stdout } = await runCli(["compare", "a.json", "a.json", "--format", "json"], { "a.json": niafunke });
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout).overall).toEqual({ agreed: 18, total: 18, agreement: 1 });
  });
});

describe("contested diff", () => {
  const later = JSON.stringify({
    ...seed,
    claims: (seed as { claims: { id: string }[] }).claims.map((c) => (c.id === "local-toll" ? { ...c, value: { approx: 60 } } : c)),
  });

  it("says what changed between two versions, and exits 1", async () => {
    const { code, stdout } = await runCli(["diff", "before.json", "after.json"], { "before.json": niafunke, "after.json": later });
    expect(code).toBe(EXIT.findings);
    expect(stdout.split("\n")).toEqual([
      "Since the earlier version",
      "-------------------------",
      'Δ Sources locales revised Killed (party Forces armées maliennes, group soldiers, place Niafunké): "une cinquantaine" (45–55) → about 60',
      "",
    ]);
  });

  it("exits 0 when nothing changed, writes the changes as JSON, or the later report with the changes", async () => {
    expect((await runCli(["diff", "a.json", "a.json"], { "a.json": niafunke })).code).toBe(EXIT.ok);
    const json = await runCli(["diff", "before.json", "after.json", "--format", "json"], { "before.json": niafunke, "after.json": later });
    expect(JSON.parse(json.stdout).revisions).toHaveLength(1);
    const report = await runCli(["diff", "before.json", "after.json", "--report", "--lang", "fr"], { "before.json": niafunke, "after.json": later });
    expect(report.stdout).toContain("Depuis la version précédente");
  });
});
