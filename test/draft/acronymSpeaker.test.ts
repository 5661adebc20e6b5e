import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The sources of a draft's claims. */
function sources(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  return [...new Set(draft.claims.map((c) => draft.sources.find((s) => s.id === c.source)?.name ?? ""))];
}

describe("draftIncident reads a body known only by its acronym, with its article, as a speaker", () => {
  it('gives "…, the ISPR said in a statement, Dawn reported" to the ISPR, not to the outlet that reported it', () => {
    expect(sources("Four soldiers were killed, the ISPR said in a statement, Dawn reported.")).toEqual(["ISPR"]);
  });

  it('never reads a capitalised common word after an article as a name ("…, the Attackers said" is no body)', () => {
    expect(sources("Four soldiers were killed, the Herald said.")).toEqual([]);
  });
});
