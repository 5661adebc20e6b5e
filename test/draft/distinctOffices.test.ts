import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The claims of a draft as "source: facet = value". */
function lines(text: string, lang: "fr" | "en"): string[] {
  const draft = draftIncident(text, { lang });
  return draft.claims
    .filter((c) => c.about.facet === "killed")
    .map((c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet} = ${JSON.stringify(c.value)}`);
}

describe("draftIncident keeps civilian officials of distinct offices as distinct sources", () => {
  it('never merges the state prosecutor\'s office into "state authorities"', () => {
    expect(
      lines(
        "Gunmen killed at least 13 officers, state authorities said.\n\nHours later, the state prosecutor's office said in a statement that 14 officers had died.",
        "en",
      ),
    ).toEqual(['State authorities: killed = {"atLeast":13}', "State prosecutor office: killed = 14"]);
  });

  it("keeps the governor and the prefect apart (« le gouverneur » … « le préfet »)", () => {
    expect(
      lines("Douze civils ont été tués, selon le gouverneur. Le préfet a pour sa part fait état de quinze morts.", "fr").map((l) => l.split(":")[0]),
    ).toEqual(["Gouverneur", "Préfet"]);
  });

  it('still reads "the governor" and "the state governor" as one', () => {
    expect(
      lines("Twelve people were killed, the governor said.\n\nThe state governor later said 15 people were killed.", "en").map((l) => l.split(":")[0]),
    ).toEqual(["Governor", "Governor"]);
  });
});
