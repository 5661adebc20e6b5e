import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads French outlets by name, the sources they cite, and unnamed officials", () => {
  const cited =
    "Six personnes ont été tuées dans des frappes sur le port, a rapporté la chaîne Al-Masirah, qui cite le ministère de la santé du gouvernement houthi.";

  it("gives « a rapporté la chaîne Al-Masirah, qui cite le ministère » to the ministry, relayed by Al-Masirah", () => {
    const draft = draftIncident(cited, { lang: "fr" });
    const claim = draft.claims.find((c) => c.about.facet === "killed")!;
    const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
    expect([name(claim.source), ...(claim.via ?? []).map(name)]).toEqual(["Ministère de la santé", "Al-Masirah", "Article"]);
  });

  it("passes over the outlet its header names to the speaker after it (« a confirmé jeudi à L'Œil du Sahel le sous-préfet de Kolofata, X »)", () => {
    const article =
      "L'Œil du Sahel – Publié le 17 janvier 2031\n\nSept personnes ont été tuées dans la nuit de mercredi à jeudi lors d'une incursion à Gouzoudou, a confirmé jeudi à L'Œil du Sahel le sous-préfet de Kolofata, Emmanuel Ngah Onana.";
    const draft = draftIncident(article, { lang: "fr" });
    const claim = draft.claims.find((c) => c.about.facet === "killed")!;
    const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
    expect([name(claim.source), ...(claim.via ?? []).map(name)]).toEqual(["Emmanuel Ngah Onana (sous-préfet)", "L'Œil du Sahel"]);
  });

  it("reads « d'après un responsable de l'autorité portuaire » as an official", () => {
    expect(draftSources("D'après un responsable de l'autorité portuaire, deux grues ont été détruites.", "destroyed", "fr")).toEqual(["Responsable"]);
  });

  it("keeps « un responsable local » a local official", () => {
    expect(draftSources("Selon un responsable local, une trentaine de camions ont été incendiés.", "destroyed", "fr")).toEqual(["Responsable local"]);
  });

  it("reads « le groupe responsable de l'attaque » as no official", () => {
    expect(draftSources("Le groupe responsable de l'attaque a affirmé avoir tué 12 soldats.", undefined, "fr")).not.toContain("Responsable");
  });
});
