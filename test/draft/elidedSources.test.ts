import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The sources that speak in a draft, the outlet left out. */
function speakers(text: string, lang: "fr" | "en"): string[] {
  const draft = draftIncident(text, { lang });
  const killed = draft.claims.filter((c) => c.about.facet === "killed");
  return killed.map((c) => draft.sources.find((s) => s.id === c.source)?.name ?? "");
}

describe("draftIncident reads qualifiers that share one noun as one source each", () => {
  it('drafts a claim for each of "security and medical sources"', () => {
    expect(speakers("Two civilians were killed in the shelling, security and medical sources said.", "en").sort()).toEqual([
      "Medical sources",
      "Security sources",
    ]);
  });

  it('drafts a claim for each of "hospital and police officials"', () => {
    expect(speakers("Two civilians were killed, according to hospital and police officials.", "en").sort()).toEqual(["Hospital officials", "Police officials"]);
  });

  it("drafts a claim for each of « des sources sécuritaires et médicales »", () => {
    expect(speakers("Deux civils ont été tués, selon des sources sécuritaires et médicales.", "fr").sort()).toEqual([
      "Sources médicales",
      "Sources sécuritaires",
    ]);
  });

  it('leaves a qualifier that names no speaker with its noun ("heavy and sustained fire" names no one)', () => {
    expect(speakers("Two soldiers were killed in heavy and sustained fire, military sources said.", "en")).toEqual(["Military sources"]);
  });
});
