import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The claims of a draft as "source: facet = value". */
function lines(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  return draft.claims.map((c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet} = ${JSON.stringify(c.value)}`);
}

const lead = "BUNIA, Congo (Reuters) - At least 31 people were killed in an overnight attack on a camp, local officials said on Sunday.\n\n";

describe("draftIncident gives the lead of unnamed officials to the official named next, when clearly the same", () => {
  it("gives the lead's toll to the administrator who gives the same figure again", () => {
    const drafted = lines(`${lead}"So far we have recovered 31 bodies," territory administrator Ruffin Ngoy told Reuters.`);
    expect(drafted.filter((l) => l.includes("killed"))).toEqual(['Ruffin Ngoy (administrator): killed = {"atLeast":31}']);
  });

  it("keeps the lead's speaker when the named official gives other figures", () => {
    const drafted = lines(`${lead}Territory administrator Ruffin Ngoy said 20 bodies were found in one village and 11 in another.`);
    expect(drafted).toContain('Local officials: killed = {"atLeast":31}');
  });

  it("keeps the lead's speaker when the next speaker is of another voice (the army after officials)", () => {
    const drafted = lines(`${lead}"We recovered 31 bodies," army spokesman Captain Jules Mbala said.`);
    expect(drafted).toContain('Local officials: killed = {"atLeast":31}');
  });
});
