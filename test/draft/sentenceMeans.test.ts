import { describe, expect, it } from "vitest";
import { joinMeans, type MeansClaim, withoutBurningAsMeans } from "../../src/draft/sentenceMeans.js";

const text = "They were shooting at residents and setting homes ablaze, he said, and the army used drones.";
const at = (words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};
const means = (value: string, words: string, more: Partial<MeansClaim> = {}): MeansClaim => ({
  source: "he",
  about: { facet: "means" },
  value: [value],
  quote: words,
  evidence: at(words),
  ...more,
});

describe("joinMeans", () => {
  it("joins one source's means into one claim whose evidence runs from the first words to the last", () => {
    const joined = joinMeans([means("small-arms", "shooting at"), means("arson", "setting homes ablaze")], text);
    expect(joined).toEqual([
      {
        source: "he",
        about: { facet: "means" },
        value: ["small-arms", "arson"],
        quote: "shooting at residents and setting homes ablaze",
        evidence: at("shooting at residents and setting homes ablaze"),
      },
    ]);
    expect(text.slice(joined[0]!.evidence.start, joined[0]!.evidence.end)).toBe(joined[0]!.quote);
  });

  it("orders the joined means as the text tells them, and names each once", () => {
    const joined = joinMeans([means("arson", "setting homes ablaze"), means("small-arms", "shooting at"), means("arson", "ablaze")], text);
    expect(joined.map((c) => c.value)).toEqual([["small-arms", "arson"]]);
  });

  it("keeps apart the means of other sources, relays, hedges and denials", () => {
    const claims = [
      means("small-arms", "shooting at"),
      means("drone", "drones", { source: "army" }),
      means("arson", "setting homes ablaze", { hedge: "unconfirmed" }),
      means("ied", "used", { not: true }),
      means("rocket", "army", { via: ["afp"] }),
    ];
    expect(joinMeans(claims, text)).toEqual(claims);
  });

  it("leaves other facets where they stand and never changes its input", () => {
    const killed = { source: "he", about: { facet: "killed" }, value: 3, quote: "residents", evidence: at("residents") };
    const claims = Object.freeze([means("small-arms", "shooting at"), killed, means("arson", "setting homes ablaze")]);
    const joined = joinMeans(claims, text);
    expect(joined.map((c) => c.about.facet)).toEqual(["means", "killed"]);
    expect(claims[0]!.value).toEqual(["small-arms"]);
  });
});

describe("withoutBurningAsMeans", () => {
  const destroyed = { source: "mayor", about: { facet: "destroyed" }, value: 26 };
  const arson = { source: "mayor", about: { facet: "means" }, value: ["arson"] };

  it("leaves out arson when all the source tells of the fire is what it destroyed", () => {
    expect(withoutBurningAsMeans([destroyed, arson])).toEqual([destroyed]);
  });

  it("keeps arson told beside the assault, arson with nothing destroyed, and another source's arson", () => {
    const joined = { ...arson, value: ["small-arms", "arson"] };
    expect(withoutBurningAsMeans([destroyed, joined])).toEqual([destroyed, joined]);
    expect(withoutBurningAsMeans([arson])).toEqual([arson]);
    const other = { ...arson, source: "police" };
    expect(withoutBurningAsMeans([destroyed, other])).toEqual([destroyed, other]);
  });
});
