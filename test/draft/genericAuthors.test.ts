import { describe, expect, it } from "vitest";
import { clearedAuthor, genericAuthorAfter, genericAuthorNamedIn } from "../../src/draft/genericAuthors.js";
import { tokenize } from "../../src/lexicon/tokenize.js";

const authorAfter = (text: string, lang: "fr" | "en") => genericAuthorAfter(tokenize(text, lang), 0, lang)?.author.id;

describe("an author named by what its men are", () => {
  it("is read after determiners, quotation marks and words of doubt, in either language", () => {
    expect(authorAfter("des « éleveurs armés » d'avoir tué", "fr")).toBe("eleveurs");
    expect(authorAfter("des bandits armés venus du Nigeria voisin", "fr")).toBe("bandits");
    expect(authorAfter("suspected armed herders", "en")).toBe("herders");
    expect(authorAfter("the herdsmen", "en")).toBe("herders");
    expect(authorAfter("« des contrebandiers de carburant »", "fr")).toBe("contrebandiers");
    expect(authorAfter("cattle rustlers from the district", "en")).toBe("rustlers");
    expect(authorAfter("des voleurs de bétail", "fr")).toBe("voleurs-de-betail");
    expect(authorAfter("des voleurs venus de loin", "fr")).toBeUndefined();
    expect(authorAfter('"Fulani herders we know from the forest"', "en")).toBe("herders");
  });

  it("is a militia's members when the militia is said to be made of them", () => {
    expect(authorAfter("des milices de jeunes agriculteurs", "fr")).toBe("agriculteurs");
    expect(authorAfter("militia from the neighbouring community", "en")).toBe("militia");
  });

  it("is never a word that says only that someone attacked, nor a noun too far from the cue", () => {
    expect(authorAfter("des hommes armés", "fr")).toBeUndefined();
    expect(authorAfter("gunmen", "en")).toBeUndefined();
    expect(authorAfter("the attack in which herders", "en")).toBeUndefined();
    expect(authorAfter("des coupeurs", "fr")).toBeUndefined();
    expect(authorAfter("des coupeurs de route", "fr")).toBe("coupeurs-de-route");
  });

  it("is named by a body of them that speaks for them", () => {
    expect(genericAuthorNamedIn("Association des éleveurs nomades du Logone oriental", "fr")?.id).toBe("eleveurs");
    expect(genericAuthorNamedIn("Miyetti Allah Cattle Breeders Association", "en")?.id).toBe("herders");
    expect(genericAuthorNamedIn("Red Cross", "en")).toBeUndefined();
  });

  it("is cleared by a denial that names it and its part", () => {
    const cleared = (text: string, lang: "fr" | "en") => clearedAuthor(tokenize(text, lang), 0, lang)?.author.id;
    expect(cleared("denied that herders were involved", "en")).toBe("herders");
    expect(cleared("nié que des éleveurs soient impliqués", "fr")).toBe("eleveurs");
    expect(cleared("denied that herders had fled", "en")).toBeUndefined();
  });
});
