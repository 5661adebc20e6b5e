import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The claims of a draft as "source: facet = value (hedge)". */
function lines(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  return draft.claims.map(
    (c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet} = ${JSON.stringify(c.value)}${c.hedge ? ` (${c.hedge})` : ""}`,
  );
}

describe('draftIncident reads "spoke of" as a source reporting a figure', () => {
  it('gives "reports on social media spoke of more than 150 people killed" to social media, not to the outlet', () => {
    expect(lines("KHARTOUM (AFP) - Unconfirmed reports on social media spoke of more than 150 people killed.")).toEqual([
      'Social media: killed = {"atLeast":151} (unconfirmed)',
    ]);
  });

  it('reads "Residents spoke of at least 40 dead" as the residents\' report', () => {
    expect(lines("Residents spoke of at least 40 dead.")).toEqual(['Residents: killed = {"atLeast":40} (reported)']);
  });
});
