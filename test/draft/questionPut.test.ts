import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/lexicon/tokenize.js";
import { inQuestionPut } from "../../src/draft/questionPut.js";

const at = (text: string, word: string, lang: "fr" | "en") => {
  const tokens = tokenize(text, lang);
  return inQuestionPut(
    tokens,
    tokens.findIndex((t) => t.text === word),
    lang,
  );
};

describe("inQuestionPut", () => {
  it("finds a figure inside reports put to a source that declined to answer", () => {
    expect(at("did not respond to requests for comment on reports that three soldiers were killed", "three", "en")).toBe(true);
    expect(at("n'a pas souhaité commenter les informations faisant état de cinq bergers tués", "cinq", "fr")).toBe(true);
  });

  it("leaves a figure a source gives, or reports no one was asked about", () => {
    expect(at("the army said three soldiers were killed", "three", "en")).toBe(false);
    expect(at("reports that three soldiers were killed spread on social media", "three", "en")).toBe(false);
    expect(at("selon des informations locales, cinq bergers ont été tués", "cinq", "fr")).toBe(false);
  });
});
