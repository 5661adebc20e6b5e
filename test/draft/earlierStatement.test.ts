import { describe, expect, it } from "vitest";
import { toldEarlier } from "../../src/draft/earlierStatement.js";
import { tokenize } from "../../src/lexicon/tokenize.js";

const at = (text: string, word: string, lang: "fr" | "en") => {
  const tokens = tokenize(text, lang);
  return toldEarlier(tokens, lang)(tokens.findIndex((t) => t.folded === word));
};

describe("a saying told before the news", () => {
  it("is one whose verb is in the pluperfect, in either language", () => {
    expect(at("On Friday, he had put the death toll at nine.", "put", "en")).toBe(true);
    expect(at("The ministry had earlier put the toll at 15.", "put", "en")).toBe(true);
    expect(at("Le ministère avait annoncé 15 morts lundi.", "annonce", "fr")).toBe(true);
  });

  it("is one a word dates earlier", () => {
    expect(at("An earlier toll given by the ministry was 15.", "given", "en")).toBe(true);
    expect(at("Un précédent bilan communiqué par l'armée faisait état de 15 morts.", "communique", "fr")).toBe(true);
  });

  it('is one told after « after » ("after he put the toll at 21", « après avoir annoncé »)', () => {
    expect(at("Thirteen more bodies were found, after he put the toll at 21.", "put", "en")).toBe(true);
    expect(at("Il a revu le bilan après avoir annoncé 21 morts.", "annonce", "fr")).toBe(true);
  });

  it("is not a saying in the past told as the news, even when its words are backshifted", () => {
    expect(at("He said 31 people had been killed.", "said", "en")).toBe(false);
    expect(at("Il a affirmé que 31 personnes avaient été tuées.", "affirme", "fr")).toBe(false);
  });
});
