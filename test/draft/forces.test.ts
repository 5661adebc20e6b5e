import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The perpetrators a draft proposes. */
function perpetrators(text: string): unknown[] {
  return draftIncident(text, { lang: "en" })
    .claims.filter((c) => c.about.facet === "perpetrator")
    .map((c) => c.value);
}

describe("draftIncident reads a country's forces by their demonym", () => {
  it('drafts the perpetrator of "Russian forces shelled the border town"', () => {
    expect(perpetrators("Russian forces shelled the border town overnight, killing seven civilians, the governor said.")).toEqual(["russian-forces"]);
  });

  it('never reads the "Forces" that ends a name as the army ("the Ambazonia Restoration Forces claimed responsibility")', () => {
    const draft = draftIncident("A separatist group calling itself the Ambazonia Restoration Forces claimed responsibility in a video.", { lang: "en" });
    expect(draft.sources.map((s) => s.name)).not.toContain("Forces");
  });
});
