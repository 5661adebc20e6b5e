import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads who is told apart from who speaks", () => {
  it('never makes the outlet after "told" the speaker ("…, Malam Ahmed Mohammed, told The Punch that …")', () => {
    const text =
      "An indigene of the village, Malam Ahmed Mohammed, told The Punch that 22 people were killed.\nHe said the bandits also burned houses, adding that 30 people were wounded.";
    const said = draftSources(text);
    expect(said).not.toContain("Punch");
    expect(said).toContain("Malam Ahmed Mohammed (indigene)");
  });

  it('gives the words to the person set off after an unknown noun ("A source, Anas Mustapha, told this newspaper")', () => {
    expect(draftSources("A source, Anas Mustapha, told this newspaper that eight people were killed.")).toEqual(["Anas Mustapha"]);
  });

  it('still reads an inverted subject after "said" ("…, said the official")', () => {
    expect(draftSources("Eight people were killed, said the police chief.")).toEqual(["Police chief"]);
  });
});

describe("draftIncident reads an outlet no list knows by its being told", () => {
  const via = (text: string) => {
    const draft = draftIncident(text, { lang: "en" });
    return draft.claims.map((c) => (c.via ?? []).map((id) => draft.sources.find((s) => s.id === id)?.name));
  };

  it('makes the outlet told the words their relay ("told Saharareporters that…")', () => {
    const text =
      "Gunmen killed 12 villagers on Sunday, a resident told Reuters.\nSamuel Gali, a local councillor, told Saharareporters that 12 people were wounded.";
    expect(via(text)).toEqual([
      ["Reuters", "Article"],
      ["Saharareporters", "Article"],
    ]);
  });

  it("makes the one outlet told anything the article's own, when no credit line names it", () => {
    expect(via("Samuel Gali, a local councillor, told Premium Times on Sunday that gunmen killed 12 villagers.")).toEqual([["Premium Times"]]);
  });

  it.each(["The minister told Parliament that 12 soldiers were killed.", "A relative told Mr Dogo that 12 villagers were killed."])(
    "reads no outlet in « %s »",
    (text) => {
      expect(
        draftIncident(text, { lang: "en" })
          .sources.filter((s) => s.kind === "media")
          .map((s) => s.name),
      ).toEqual(["Article"]);
    },
  );
});

describe("draftIncident finds an inverted subject after the day of the words", () => {
  it("hears « a indiqué ce mardi matin la préfecture » as the prefecture, today's day between the verb and its subject", () => {
    expect(draftSources("Deux gendarmes ont été blessés lundi à Maripasoula, a indiqué ce mardi matin la préfecture.", "wounded", "fr")).toEqual([
      "Préfecture",
    ]);
  });
});
