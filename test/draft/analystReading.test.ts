import { describe, expect, it } from "vitest";
import { draftIncident, type IncidentDraft } from "../../src/index.js";

/** Each drafted claim as "source: facet = value", the way a reviewer scans a draft. */
function lines(text: string, lang: "fr" | "en"): string[] {
  const draft: IncidentDraft = draftIncident(text, { lang });
  const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
  return draft.claims.map((c) => `${name(c.source)}: ${c.about.facet} = ${c.not ? "not " : ""}${JSON.stringify(c.value)}`);
}

describe("draftIncident tells silence from a refusal", () => {
  it("drafts no refusal where a figure is only missing (« n'a pas donné de bilan », « sans donner de chiffre »)", () => {
    expect(lines("L'armée a confirmé l'attaque. Elle n'a pas donné de bilan.", "fr").filter((l) => l.includes("withheld"))).toEqual([]);
    expect(lines("Le ministère indique que des assaillants ont été tués, sans donner de chiffre.", "fr").filter((l) => l.includes("withheld"))).toEqual([]);
  });

  it('drafts no refusal where a source "did not give" a toll or "gave no figure"', () => {
    expect(lines("The army confirmed the raid but did not give a toll.", "en").filter((l) => l.includes("withheld"))).toEqual([]);
    expect(lines("A military spokesman said the post held, but gave no figure for its losses.", "en").filter((l) => l.includes("withheld"))).toEqual([]);
  });

  it('still drafts a refusal where a source declines (« n\'a pas souhaité donner de bilan », "declined to give a toll")', () => {
    expect(lines("L'armée n'a pas souhaité donner de bilan.", "fr")).toContain('Armée: killed = "withheld"');
    expect(lines("The army declined to give a toll.", "en")).toContain('Army: killed = "withheld"');
  });
});
