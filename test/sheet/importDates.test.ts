import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/main.js";
import { runCli } from "../fixtures/cli.js";

describe("contested import of a sheet whose dates a spreadsheet rewrote", () => {
  it("reads the dates a spreadsheet rewrote as ISO 8601, and says on stderr how, once for each way", async () => {
    const sheet =
      "Identifiant;Source;Type de source;Date de la déclaration;Facette;Valeur\nc1;RFI;média;03/04/2024;tués;3\nc2;RFI;média;04/04/2024 14:00;tués;4\nc3;RFI;média;45254;tués;5\n";
    const { code, stdout, stderr } = await runCli(["import", "feuille.csv"], { "feuille.csv": sheet });
    expect(code).toBe(EXIT.ok);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      'feuille.csv:2: source: new source "RFI" (id rfi, kind media), created from its name',
      'feuille.csv:2: said: "03/04/2024" read as 2024-04-03, day first (and 1 other date read so)',
      'feuille.csv:4: said: "45254" read as 2023-11-24, an Excel serial day (1900 system)',
    ]);
    expect(JSON.parse(stdout).claims.map((c: { said: string }) => c.said)).toEqual(["2024-04-03", "2024-04-04T14:00", "2023-11-24"]);
  });

  it("refuses a date both orders make a day in a sheet that tells neither, unless --date-order gives the order", async () => {
    const sheet = "id,source,source_kind,said,facet,value\nc1,RFI,media,03/04/2024,killed,3\n";
    const refused = await runCli(["import", "sheet.csv"], { "sheet.csv": sheet });
    expect(refused.code).toBe(EXIT.invalid);
    expect(refused.stderr).toContain(
      'sheet.csv:2: said: "03/04/2024" could be 3 April 2024 or 4 March 2024. Fix: Write it as ISO 8601, year first: 2024-04-03 if the day comes first, 2024-03-04 if the month does.',
    );
    const read = await runCli(["import", "sheet.csv", "--date-order", "month-first"], { "sheet.csv": sheet });
    expect([read.code, JSON.parse(read.stdout).claims[0].said]).toEqual([EXIT.ok, "2024-03-04"]);
  });
});
