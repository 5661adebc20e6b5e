import { describe, expect, it } from "vitest";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads who is told apart from who speaks", () => {
  it('never makes the outlet after "told" the speaker ("…, Malam Ahmed Mohammed, told The Punch that …")', () => {
    const text =
      "An indigene of the village, Malam Ahmed Mohammed, told The Punch that 22 people were killed.\nHe said the bandits also burned houses, adding that 30 people were wounded.";
    const said = draftSources(text);
    expect(said).not.toContain("Punch");
    expect(said).toContain("Malam Ahmed Mohammed");
  });

  it('gives the words to the person set off after an unknown noun ("A source, Anas Mustapha, told this newspaper")', () => {
    expect(draftSources("A source, Anas Mustapha, told this newspaper that eight people were killed.")).toEqual(["Anas Mustapha"]);
  });

  it('still reads an inverted subject after "said" ("…, said the official")', () => {
    expect(draftSources("Eight people were killed, said the police chief.")).toEqual(["Police chief"]);
  });
});
