import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** Each drafted claim as "source (kind): facet", the way a reviewer scans who said what. */
function speakers(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  return draft.claims.map((c) => {
    const source = draft.sources.find((s) => s.id === c.source);
    return `${source?.name} (${source?.kind}): ${c.about.facet}`;
  });
}

describe('draftIncident reads the body that owns a role ("the army\'s spokesman", "the prosecutor\'s office")', () => {
  it("gives the words of \"the army's spokesman\" to the army's side", () => {
    expect(speakers("Nine soldiers were killed, the army's spokesman said.")).toEqual(["Army spokesman (party): killed"]);
  });

  it('gives "the group\'s spokesman" to the armed group last named', () => {
    expect(speakers("Boko Haram fighters attacked the town. Fourteen soldiers died, the group's spokesman said.")).toContain("Boko Haram (party): killed");
  });

  it("reads a prosecutor's office as a civilian public body", () => {
    expect(speakers("Fourteen officers died, the state prosecutor's office said in a statement.")).toEqual(["State prosecutor office (government): killed"]);
  });

  it("never reads \"it's\" as a speaker's possessive", () => {
    const said = speakers("It's unclear how many died, but the army said nine soldiers were killed.");
    expect(said).toContain("Army (party): killed");
    expect(said.every((s) => s.startsWith("Army"))).toBe(true);
  });
});
