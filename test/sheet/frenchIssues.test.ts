import { describe, expect, it } from "vitest";
import { formatSheetIssue, fromCsv } from "../../src/index.js";

const NB = "\u00a0";
const linesIn = (csv: string, lang: "en" | "fr") => fromCsv(csv).issues.map((issue) => formatSheetIssue(issue, { lang }));

describe("a sheet's problems in French", () => {
  it("words a sheet's own problem in French, with French typography, from the same code and params", () => {
    const [line] = linesIn("id,source,source_kind,facet,value\nc1,Sources locales,local,killed,~50\nc2,Sources locale,,killed,45-55\n", "fr");
    expect(line).toBe(
      `ligne 3, source${NB}: source inconnue «${NB}Sources locale${NB}» — vouliez-vous dire «${NB}Sources locales${NB}»${NB}? Correction${NB}: Corrigez l'orthographe${NB}; si c'est une autre source, déclarez-la sur une ligne «${NB}source${NB}».`,
    );
  });

  it("keeps, in French, the fix a sheet gives in its own terms for a problem the incident's checks found", () => {
    const lines = linesIn("id,source,source_kind,facet,value\nc1,Army,party,killed,3\nc2,,media,killed,4\n", "fr");
    expect(lines).toEqual([
      expect.stringMatching(/^ligne 2, speaks_for\u00a0: .* Correction\u00a0: Écrivez dans speaks_for le camp au nom duquel parle cette source partie/u),
      expect.stringMatching(/^ligne 3, source\u00a0: .* Correction\u00a0: Écrivez qui le dit\u00a0: le nom ou l'identifiant d'une source\.$/u),
    ]);
  });

  it("names the row of the first use of a claim id used twice, in French as in English", () => {
    const csv = "id,source,source_kind,facet,value\nc1,RFI,media,killed,3\nc1,RFI,media,killed,4\n";
    expect(linesIn(csv, "en")).toEqual(['row 3, id: duplicate claim id "c1" (first used on row 2). Fix: Give each claim its own id.']);
    expect(linesIn(csv, "fr")).toEqual([
      `ligne 3, id${NB}: identifiant d'affirmation «${NB}c1${NB}» en double (déjà utilisé ligne 2). Correction${NB}: Donnez à chaque affirmation son propre identifiant.`,
    ]);
  });

  it("writes every problem of a broken sheet in French without an English word of explanation left", () => {
    const csv = "id,source,source_kind,facet,value,colour\nc1,Army,party,killed,lots\nc1,RFI,media,kiled,3\nc3,,media,killed,4\n";
    const lines = linesIn(csv, "fr");
    expect(lines).toHaveLength(fromCsv(csv).issues.length);
    for (const line of lines) expect(line).not.toMatch(/\b(?:Fix|row|missing|unknown|did you mean)\b/u);
  });

  it("stays in English when mapped over a list, which passes each line's index", () => {
    const { issues } = fromCsv("id,source,source_kind,facet,value\nc1,RFI,media,kiled,3\n");
    expect(issues.map(formatSheetIssue)).toEqual([formatSheetIssue(issues[0]!, { lang: "en" })]);
  });
});
