import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

describe("draftIncident never makes the dateline's outlet a speaker of the lead", () => {
  it('proposes nothing for a lead whose speaker it cannot name ("(AP) — The bureau said …")', () => {
    const draft = draftIncident("MORELIA, Mexico (AP) — The bureau said that 14 officers died.", { lang: "en" });
    expect(draft.claims).toEqual([]);
  });

  it("still gives the lead to the speaker it names", () => {
    const draft = draftIncident("MORELIA, Mexico (AP) — Fourteen officers died in the ambush, police said.", { lang: "en" });
    expect(draft.claims.map((c) => [draft.sources.find((s) => s.id === c.source)?.name, c.via])).toContainEqual(["Police", ["ap"]]);
  });
});

describe("draftIncident reads an outlet no list knows from the sources it reached", () => {
  it("makes « joint par Alwihda Info » the article's own outlet, not a speaker", () => {
    const draft = draftIncident(
      "Au moins 19 morts à Tamkalé\n\nAlwihda Info – N'Djamena, mardi 28 novembre 2028\n\nLe chef de canton de Koukou, joint par Alwihda Info, avance un bilan de 24 morts.",
      { lang: "fr" },
    );
    const outlets = draft.sources.filter((s) => s.name === "Alwihda Info");
    expect(outlets).toHaveLength(1);
    expect(outlets[0]).toMatchObject({ kind: "media" });
    expect(draft.claims.map((c) => [draft.sources.find((s) => s.id === c.source)?.name, c.value, c.via])).toEqual([["Chef de canton", 24, [outlets[0]!.id]]]);
  });
});

describe("draftIncident reads the article's outlet from the lines that open it", () => {
  const outletOf = (text: string, lang: "fr" | "en") => draftIncident(text, { lang }).sources.find((s) => s.kind === "media")?.name;
  const body = { fr: "Au moins huit personnes ont été tuées samedi, selon la police.", en: "At least eight people were killed on Saturday, police said." };

  it("takes the publisher of « Le Monde avec AFP », not the agency whose copy it runs", () => {
    expect(outletOf(`Mali : huit morts dans une attaque\n\nLe Monde avec AFP\n\n${body.fr}`, "fr")).toBe("Le Monde");
  });

  it('takes a known outlet from any part of a credit line (« Publié le : 11/08/2025 - France 24 avec AFP », "BBC News, Lagos")', () => {
    expect(outletOf(`Titre\n\nPublié le : 11/08/2025 - France 24 avec AFP\n\n${body.fr}`, "fr")).toBe("France 24");
    expect(outletOf(`Gunmen kill eight\n\nBy Chiamaka Okafor\n\nBBC News, Lagos\n\n${body.en}`, "en")).toBe("BBC");
  });

  it('takes a known outlet after a byline\'s author, with its desk ("By Yama Bariz, BBC Afghan Service")', () => {
    expect(outletOf(`Eight killed in Kunduz\n\nBy Yama Bariz, BBC Afghan Service\n\n12 June 2030\n\n${body.en}`, "en")).toBe("BBC");
  });

  it("reads an outlet no list knows from a name of the press followed by the date (« L'Œil du Sahel – Garoua, jeudi 14 novembre 2030 »)", () => {
    expect(outletOf(`Extrême-Nord : attentat\n\nL'Œil du Sahel – Garoua, jeudi 14 novembre 2030\n\n${body.fr}`, "fr")).toBe("L'Œil du Sahel");
    expect(outletOf(`Titre\n\nSahel Tribune | Publié le 3 mai 2030\n\n${body.fr}`, "fr")).toBe("Sahel Tribune");
  });

  it('reads a hyphenated name with a word of the press ("Post-Courier | Wednesday, June 9, 2032")', () => {
    expect(outletOf(`Enga toll climbs\n\nBy JOSEPH WAKI in Wabag\nPost-Courier | Wednesday, June 9, 2032\n\n${body.en}`, "en")).toBe("Post-Courier");
  });

  it("reads a one-word name marked with a copyright sign (« Guineenews© – N'Zérékoré, mardi 9 septembre 2031 »), and never « tout le monde » as Le Monde", () => {
    const text = `Titre\n\nGuineenews© – N'Zérékoré, mardi 9 septembre 2031\n\n${body.fr} « Tout le monde les a reconnus », dit un habitant, « tout le monde ».`;
    expect(
      draftIncident(text, { lang: "fr" })
        .sources.filter((s) => s.kind === "media")
        .map((s) => s.name),
    ).toEqual(["Guineenews"]);
  });

  it("reads an outlet no list knows from a dateline's parentheses (« NIAMEY, 9 février 2026 (Sahel Matin) – »)", () => {
    expect(outletOf(`NIAMEY, 9 février 2026 (Sahel Matin) – ${body.fr}`, "fr")).toBe("Sahel Matin");
  });

  it("never makes a byline's author, a person with the date or a dateline's own date the outlet", () => {
    expect(outletOf(`Titre\n\nPar Jean Dupont | 12 mars 2029\n\n${body.fr}`, "fr")).toBe("Article");
    expect(outletOf(`Titre\n\nJean Dupont – 12 mars 2029\n\n${body.fr}`, "fr")).toBe("Article");
    expect(outletOf(`ERBIL, Kurdistan Region (October 22, 2025) — ${body.en}`, "en")).toBe("Article");
    expect(outletOf(`October 27, 2026 (SENNAR) – ${body.en}`, "en")).toBe("Article");
  });
});

describe("draftIncident tells the outlet a source reached from the source", () => {
  it("gives « communiqué dimanche à Radio Ndeke Luka par le sous-préfet » to the sub-prefect, relayed by the outlet", () => {
    const draft = draftIncident(
      "Ouham : huit morts\n\nRadio Ndeke Luka – lundi 5 mars 2029\n\nAu moins huit personnes ont été tuées samedi. Le bilan a été communiqué dimanche à Radio Ndeke Luka par le sous-préfet de Batangafo.",
      { lang: "fr" },
    );
    const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
    const killed = draft.claims.find((c) => c.about.facet === "killed")!;
    expect([name(killed.source), ...(killed.via ?? []).map(name)]).toEqual(["Sous-préfet", "Radio Ndeke Luka"]);
  });

  it("reads « Joint au téléphone par le CNC, un porte-parole … affirme » as the spokesman's words, relayed by the outlet that reached him, the article's own", () => {
    const draft = draftIncident("Joint au téléphone par le CNC, un porte-parole du FPRC affirme avoir tué 15 soldats.", { lang: "fr" });
    const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
    expect(draft.claims.map((c) => [name(c.source), c.value, (c.via ?? []).map(name)])).toEqual([["FPRC", 15, ["Corbeau News Centrafrique"]]]);
  });
});
