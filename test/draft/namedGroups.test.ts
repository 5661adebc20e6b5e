import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The sources of a draft's counts of the dead. */
function sources(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  const killed = draft.claims.filter((c) => c.about.facet === "killed");
  return [...new Set(killed.map((c) => draft.sources.find((s) => s.id === c.source)?.name ?? ""))];
}

describe('draftIncident reads a capitalised "Group" closing a name as that body', () => {
  it('gives "…, SITE Intelligence Group reported" to the monitor, never to the armed group last named', () => {
    expect(sources("Boko Haram fighters attacked the town. Seven people were killed, SITE Intelligence Group reported.")).toEqual(["SITE Intelligence Group"]);
  });

  it('still reads "the group" after an armed group as that group', () => {
    expect(sources("Boko Haram fighters attacked the town. The group said it killed seven soldiers.")).toEqual(["Boko Haram"]);
  });
});
