import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";
import { draftLines, draftSources } from "./draftLines.js";

describe("draftIncident reads a dateline below the article's title", () => {
  const text =
    "Uror County: 32 killed in cattle raid\n\nBOR, 21 May 2026 – At least 32 people were killed when armed youth attacked cattle camps between Sunday and Tuesday, a local official has said.";

  it("dates the incident by its own words, never by the day of the dateline", () => {
    const dates = draftIncident(text, { lang: "en" }).claims.filter((c) => c.about.facet === "occurred");
    expect(dates.map((c) => c.value)).toEqual([{ from: "2026-05-17", to: "2026-05-19" }]);
  });
});

describe("draftIncident reads a pronoun after a speaker of its own sentence as that speaker", () => {
  it("gives 'UNMISS said that it had received reports' to UNMISS, not to the paragraph before", () => {
    const text = "Peter Lokuji said the youth did not go to Uror.\n\nUNMISS said that it had received reports of more than 40 people killed.";
    expect(draftSources(text, "killed")).toEqual(["UNMISS"]);
  });

  it("still reads a pronoun that opens a sentence as the last speaker", () => {
    expect(draftLines("The army said 12 soldiers were killed. It added that 30 were wounded.")).toEqual(["Army: killed = 12", "Army: wounded = 30"]);
  });
});
