import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The sources of a draft's counts of the dead. */
function sources(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  const killed = draft.claims.filter((c) => c.about.facet === "killed");
  return [...new Set(killed.map((c) => draft.sources.find((s) => s.id === c.source)?.name ?? ""))];
}

describe("draftIncident reads who a group of speakers is made of, and a body a capitalised noun closes", () => {
  it('gives "according to a group of local doctors" to the doctors, not to an armed group', () => {
    expect(sources("At least 19 people have been killed after shells struck a market, according to a group of local doctors.")).toEqual(["Doctors"]);
  });

  it('reads "The Sudan Doctors Network" as one body', () => {
    expect(sources("At least 19 people were killed, the Sudan Doctors Network said.")).toEqual(["Sudan Doctors Network"]);
  });

  it('still reads "the group" after an armed group as that group', () => {
    expect(sources("Boko Haram fighters attacked the town. The group said it killed seven soldiers.")).toEqual(["Boko Haram"]);
  });
});
