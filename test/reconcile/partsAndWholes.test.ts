import { describe, expect, it } from "vitest";
import { CONTRADICTIONS, findingsOf, flagSides } from "../kinds/kindHarness.js";

// The fixture's places: a camp in a town in a region. Facets: killed, wounded and missing are parts of neutralized.
describe("partsAndWholes: exceeds-whole", () => {
  it("makes one finding per figure of a part, against every wider question it exceeds, naming them all", () => {
    const { flags } = findingsOf([
      { id: "camp", source: "locals", about: { facet: "killed", place: "camp" }, value: 50 },
      { id: "town", source: "army", about: { facet: "killed", place: "town" }, value: 30 },
      { id: "region", source: "rfi", about: { facet: "killed", place: "region" }, value: 20 },
    ]);
    expect(flags.filter((f) => f.kind === "exceeds-whole").map((f) => [f.question, f.sides, f.questions])).toEqual([
      ["killed|place=camp", [["camp"], ["region", "town"]], ["killed|place=camp", "killed|place=region", "killed|place=town"]],
      ["killed|place=town", [["town"], ["region"]], ["killed|place=town", "killed|place=region"]],
    ]);
  });

  it("compares a part about a moment with its whole about the whole incident", () => {
    const { flags } = findingsOf([
      { id: "that-day", source: "locals", about: { facet: "killed", place: "town", when: "2023-11-24" }, value: 30 },
      { id: "region", source: "army", about: { facet: "killed", place: "region" }, value: 10 },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["exceeds-whole", [["that-day"], ["region"]]]]);
  });

  it("stays silent when the whole's bound is open, admitted unknown, or denied", () => {
    const { flags } = findingsOf([
      { id: "town", source: "locals", about: { facet: "killed", place: "town" }, value: 30 },
      { id: "at-least", source: "rfi", about: { facet: "killed", place: "region" }, value: { atLeast: 10 } },
      { id: "unknown", source: "army", about: { facet: "killed", place: "region" }, value: "unknown" },
      { id: "not-ten", source: "group", about: { facet: "killed", place: "region" }, value: 10, not: true },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([]);
  });

  it("names a source whose part exceeds its own whole, with no date or the same date, as self", () => {
    const { flags } = findingsOf([
      { id: "town", source: "army", about: { facet: "killed", place: "town" }, value: 30 },
      { id: "region", source: "army", about: { facet: "killed", place: "region" }, value: 10 },
    ]);
    expect(flags.filter((f) => f.severity === "contradiction").map((f) => [f.kind, f.basis, f.sides])).toEqual([
      ["self", "exceeds-whole", [["town"], ["region"]]],
    ]);
  });

  // Bug: a source's part above its own whole at two `said` dates is left to the revision pass
  // (splitPairs), but revisions are read within one question only, so no finding is made at all,
  // and readings() then puts both claims in one account, though they cannot both hold.
  it.fails("still notes a source's figure for a part above its own figure for the whole given on another date", () => {
    const { flags } = findingsOf([
      { id: "town", source: "army", said: "2023-11-24", about: { facet: "killed", place: "town" }, value: 30 },
      { id: "region", source: "army", said: "2023-11-25", about: { facet: "killed", place: "region" }, value: 10 },
    ]);
    expect(flags.filter((f) => f.claims.includes("town") && f.claims.includes("region"))).not.toEqual([]);
  });
});

describe("partsAndWholes: withheld", () => {
  it("sets a figure for a part facet against a refusal for its whole: killed against neutralized withheld", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "locals", about: { facet: "killed" }, value: 30 },
      { id: "no-toll", source: "army", about: { facet: "neutralized" }, value: "withheld" },
    ]);
    expect(flags.filter((f) => f.kind === "withheld").map((f) => [f.question, f.sides, f.questions])).toEqual([
      ["killed", [["killed"], ["no-toll"]], ["killed", "neutralized"]],
    ]);
  });

  it("makes one finding for a figure against the refusals of several wider questions", () => {
    const { flags } = findingsOf([
      { id: "camp", source: "locals", about: { facet: "killed", place: "camp" }, value: 5 },
      { id: "no-town", source: "army", about: { facet: "killed", place: "town" }, value: "withheld" },
      { id: "no-region", source: "army", about: { facet: "killed", place: "region" }, value: "withheld" },
    ]);
    expect(flags.filter((f) => f.kind === "withheld" && f.question === "killed|place=camp").map((f) => f.sides)).toEqual([
      [["camp"], ["no-region", "no-town"]],
    ]);
  });
});

describe("partsAndWholes: jointly-exclusive", () => {
  it("adds parts that cannot overlap against their whole: thirty killed and thirty wounded are more than forty neutralized", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "locals", about: { facet: "killed" }, value: 30 },
      { id: "wounded", source: "rfi", about: { facet: "wounded" }, value: 30 },
      { id: "neutralized", source: "army", about: { facet: "neutralized" }, value: 40 },
    ]);
    expect(flags.filter((f) => f.kind === "jointly-exclusive").map((f) => [f.basis, f.question, f.sides, f.questions])).toEqual([
      ["exceeds-whole", "neutralized", [["killed"], ["wounded"], ["neutralized"]], ["neutralized", "killed", "wounded"]],
    ]);
    expect(flagSides(flags, "exceeds-whole")).toEqual([]);
  });

  it("stays silent when the parts' lower bounds fit in the whole", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "locals", about: { facet: "killed" }, value: 20 },
      { id: "wounded", source: "rfi", about: { facet: "wounded" }, value: { atLeast: 20 } },
      { id: "neutralized", source: "army", about: { facet: "neutralized" }, value: 40 },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([]);
  });

  it("names only the smallest sets: three parts of thirty against forty make three pairs, not a triple", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "locals", about: { facet: "killed" }, value: 30 },
      { id: "wounded", source: "rfi", about: { facet: "wounded" }, value: 30 },
      { id: "missing", source: "group", about: { facet: "missing" }, value: 30 },
      { id: "neutralized", source: "army", about: { facet: "neutralized" }, value: 40 },
    ]);
    expect(flagSides(flags, "jointly-exclusive").map(([, sides]) => sides)).toEqual([
      [["killed"], ["missing"], ["neutralized"]],
      [["killed"], ["wounded"], ["neutralized"]],
      [["wounded"], ["missing"], ["neutralized"]],
    ]);
  });

  it("leaves a part that exceeds its whole alone to exceeds-whole", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "locals", about: { facet: "killed" }, value: 50 },
      { id: "wounded", source: "rfi", about: { facet: "wounded" }, value: 1 },
      { id: "neutralized", source: "army", about: { facet: "neutralized" }, value: 40 },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["exceeds-whole", [["killed"], ["neutralized"]]]]);
  });

  it("adds only parts of one scope: killed in the town and wounded in the region are not summed", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "locals", about: { facet: "killed", place: "town" }, value: 30 },
      { id: "wounded", source: "rfi", about: { facet: "wounded", place: "region" }, value: 30 },
      { id: "neutralized", source: "army", about: { facet: "neutralized", place: "region" }, value: 40 },
    ]);
    expect(flagSides(flags, "jointly-exclusive")).toEqual([]);
  });

  // Bug (a missed contradiction): parts are summed only against a whole of the very same scope, so
  // thirty FAMa soldiers killed and thirty wounded are not found to exceed forty neutralized in all,
  // though FAMa's are among them; readings() then holds the three claims in one account.
  it.fails("adds parts of a narrower scope against a wider whole: FAMa's killed and wounded against all the neutralized", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "locals", about: { facet: "killed", party: "fama" }, value: 30 },
      { id: "wounded", source: "rfi", about: { facet: "wounded", party: "fama" }, value: 30 },
      { id: "neutralized", source: "army", about: { facet: "neutralized" }, value: 40 },
    ]);
    expect(flags.filter((f) => f.kind === "jointly-exclusive").map((f) => [...f.claims].sort())).toEqual([["killed", "neutralized", "wounded"]]);
  });
});
