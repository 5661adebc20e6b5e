import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The claims of a draft as "source: facet = value". */
function lines(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  return draft.claims.map((c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet} = ${JSON.stringify(c.value)}`);
}

describe("draftIncident reads a toll weighed against another as its giver's words", () => {
  it('gives "the defence ministry gave a lower toll of 11 soldiers killed and 14 wounded" to the ministry', () => {
    expect(lines("In a statement on Monday, the defence ministry gave a lower toll of 11 soldiers killed and 14 wounded.")).toEqual([
      "Defence ministry: killed = 11",
      "Defence ministry: wounded = 14",
    ]);
  });

  it('reads "put the provisional death toll at 12" the same way', () => {
    expect(lines("The governor put the provisional death toll at 12.")).toEqual(["Governor: killed = 12"]);
  });
});
