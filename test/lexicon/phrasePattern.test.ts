import { describe, expect, it } from "vitest";
import { PatternTable } from "../../src/lexicon/phrasePattern.js";
import { isQuoteMark, tokenize } from "../../src/lexicon/tokenize.js";

const table = new PatternTable([
  ["attaque terroriste contre", "target"],
  ["a|ont attaque", "subject"],
] as const);

/** The words each match covers, as written. */
function matched(text: string, skip?: (token: ReturnType<typeof tokenize>[number]) => boolean): string[] {
  const tokens = tokenize(text, "fr");
  const matches = skip ? table.scanSkipping(tokens, skip) : table.scan(tokens);
  return matches.map((m) => text.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end));
}

describe("a table of phrase patterns", () => {
  it("finds each longest match left to right", () => {
    expect(matched("Des hommes ont attaqué le poste après une attaque terroriste contre la brigade.")).toEqual(["ont attaqué", "attaque terroriste contre"]);
  });

  it("loses a phrase a writer's quotation marks cut in two", () => {
    expect(matched("une « attaque terroriste » contre la brigade")).toEqual([]);
  });

  it("finds it past the quotation marks it is told to skip, with positions in the whole sentence", () => {
    expect(matched("une « attaque terroriste » contre la brigade", isQuoteMark)).toEqual(["attaque terroriste » contre"]);
  });

  it("finds nothing more when nothing is skipped", () => {
    const text = "Des hommes ont attaqué le poste.";
    expect(matched(text, () => false)).toEqual(matched(text));
  });
});

describe("French elisions in the tokenizer", () => {
  const words = (text: string) => tokenize(text, "fr").map((t) => t.text);

  it("keeps the apostrophe with the elided word before a quotation mark or a digit", () => {
    expect(words("parlait d'« une vingtaine » et l'\"opération\"")).toEqual(["parlait", "d'", "«", "une", "vingtaine", "»", "et", "l'", '"', "opération", '"']);
  });

  it("leaves a closing apostrophe after any other word alone", () => {
    expect(words("les 'rebelles' ont fui")).toEqual(["les", "'", "rebelles", "'", "ont", "fui"]);
  });

  it("reads digits joined to capitals as a name (« le groupe armé 3R »), never a time or a count", () => {
    expect(words("le groupe armé 3R (Retour), à 15H30, un 4X4, le 3e, 12 morts")).toEqual([
      "le",
      "groupe",
      "armé",
      "3R",
      "(",
      "Retour",
      ")",
      ",",
      "à",
      "15",
      "H",
      "30",
      ",",
      "un",
      "4",
      "X",
      "4",
      ",",
      "le",
      "3",
      "e",
      ",",
      "12",
      "morts",
    ]);
  });
});
