import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The status claims of a draft. */
function statuses(text: string): unknown[] {
  return draftIncident(text, { lang: "en" })
    .claims.filter((c) => c.about.facet === "status")
    .map((c) => c.value);
}

describe("draftIncident reads the label of the dead only right after the verb", () => {
  it('reads no status in "At least four people were killed and nine others were injured as terrorists stormed the office"', () => {
    expect(statuses("At least four people were killed and nine others were injured as terrorists stormed the police office.")).toEqual([]);
  });

  it('still reads "the dead were civilians" and "the victims were mostly militants"', () => {
    expect(statuses("All the dead were civilians, police said.")).toEqual(["civilians"]);
    expect(statuses("The victims were mostly militants, the army said.")).toEqual(["combatants"]);
  });
});
