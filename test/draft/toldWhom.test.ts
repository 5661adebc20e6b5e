import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The sources of a draft's claims. */
function sources(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  return [...new Set(draft.claims.map((c) => draft.sources.find((s) => s.id === c.source)?.name ?? ""))];
}

describe("draftIncident reads who is told apart from who speaks", () => {
  it('never makes the outlet after "told" the speaker ("…, Malam Ahmed Mohammed, told The Punch that …")', () => {
    const text =
      "An indigene of the village, Malam Ahmed Mohammed, told The Punch that 22 people were killed.\nHe said the bandits also burned houses, adding that 30 people were wounded.";
    const said = sources(text);
    expect(said).not.toContain("Punch");
    expect(said).toContain("Malam Ahmed Mohammed");
  });

  it('gives the words to the person set off after an unknown noun ("A source, Anas Mustapha, told this newspaper")', () => {
    expect(sources("A source, Anas Mustapha, told this newspaper that eight people were killed.")).toEqual(["Anas Mustapha"]);
  });

  it('still reads an inverted subject after "said" ("…, said the official")', () => {
    expect(sources("Eight people were killed, said the police chief.")).toEqual(["Police chief"]);
  });
});
