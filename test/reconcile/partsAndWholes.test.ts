import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";
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

  it("still notes a source's figure for a part above its own figure for the whole given on another date", () => {
    const { flags } = findingsOf([
      { id: "town", source: "army", said: "2023-11-24", about: { facet: "killed", place: "town" }, value: 30 },
      { id: "region", source: "army", said: "2023-11-25", about: { facet: "killed", place: "region" }, value: 10 },
    ]);
    expect(flags.filter((f) => f.claims.includes("town") && f.claims.includes("region"))).not.toEqual([]);
  });
});

describe("partsAndWholes: a source's part and whole at two dates", () => {
  const army = (id: string, said: string, facet: string, value: number, place?: string) => ({
    id,
    source: "army",
    said,
    about: { facet, ...(place ? { place } : {}) },
    value,
  });

  it("tells the army's 40 neutralized on the 24th, then its 50 killed on the 25th, as revised, naming the whole's question, and as nothing else", () => {
    const { flags } = findingsOf([army("neutralized", "2023-11-24", "neutralized", 40), army("killed", "2023-11-25", "killed", 50)]);
    expect(flags.filter((f) => f.kind === "revised" || f.severity === "contradiction").map((f) => [f.kind, f.question, f.questions, f.sides, f.said])).toEqual([
      ["revised", "killed", ["killed", "neutralized"], [["neutralized"], ["killed"]], ["2023-11-24", "2023-11-25"]],
    ]);
  });

  it("words the revision with each answer's question, in English and in French", () => {
    const claims = [army("town", "2023-11-24", "killed", 30, "town"), army("region", "2023-11-25", "killed", 10, "region")];
    const note = (lang: "en" | "fr") => reconcile(incidentWith(claims), { lang }).flags.find((f) => f.kind === "revised")!.note;
    expect(note("en")).toBe(
      "Killed (place Niafunké): one source, Army, answered 30 for killed (place Niafunké) on 2023-11-24 and 10 for killed (place Région de Tombouctou) on 2023-11-25.",
    );
    expect(note("fr")).toBe(
      "Tués (lieu Niafunké)\u00a0: une même source, Army, a répondu 30 pour tués (lieu Niafunké) le 2023-11-24 et 10 pour tués (lieu Région de Tombouctou) le 2023-11-25.",
    );
  });

  it("tells only the changes: a source giving the same part and whole on two dates is self at each date, and no revision", () => {
    const { flags } = findingsOf([
      army("town-1", "2023-11-24", "killed", 30, "town"),
      army("region-1", "2023-11-24", "killed", 10, "region"),
      army("town-2", "2023-11-25", "killed", 30, "town"),
      army("region-2", "2023-11-25", "killed", 10, "region"),
    ]);
    expect(flags.filter((f) => f.kind === "revised" || f.severity === "contradiction").map((f) => [f.kind, f.sides])).toEqual([
      ["self", [["town-1"], ["region-1"]]],
      ["self", [["town-2"], ["region-2"]]],
    ]);
  });

  it("tells a refusal of the whole after a figure for the part as revised too, as within one question", () => {
    const { flags } = findingsOf([
      army("town", "2023-11-24", "killed", 30, "town"),
      { id: "no-toll", source: "army", said: "2023-11-25", about: { facet: "killed", place: "region" }, value: "withheld" },
    ]);
    expect(flagSides(flags, "revised", ...CONTRADICTIONS)).toEqual([["revised", [["town"], ["no-toll"]]]]);
  });

  it("tells a source's two answers about two moments that overlap as revised, not disjoint", () => {
    const { flags } = findingsOf([
      { id: "day", source: "army", said: "2023-11-24", about: { facet: "killed", when: "2023-11-24" }, value: 10 },
      { id: "evening", source: "army", said: "2023-11-25", about: { facet: "killed", when: "2023-11-24T17:00" }, value: 40 },
    ]);
    expect(flags.filter((f) => f.kind === "revised" || f.severity === "contradiction").map((f) => [f.kind, f.questions, f.sides])).toEqual([
      ["revised", ["killed|when=2023-11-24", "killed|when=2023-11-24T17:00"], [["day"], ["evening"]]],
    ]);
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

  it("adds parts of a narrower scope against a wider whole: FAMa's killed and wounded against all the neutralized", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "locals", about: { facet: "killed", party: "fama" }, value: 30 },
      { id: "wounded", source: "rfi", about: { facet: "wounded", party: "fama" }, value: 30 },
      { id: "neutralized", source: "army", about: { facet: "neutralized" }, value: 40 },
    ]);
    expect(flags.filter((f) => f.kind === "jointly-exclusive").map((f) => [...f.claims].sort())).toEqual([["killed", "neutralized", "wounded"]]);
  });

  it("makes one finding per combination of parts, against every whole claim of their scope or a wider one that it exceeds, naming every question", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "locals", about: { facet: "killed", party: "fama" }, value: 30 },
      { id: "wounded", source: "rfi", about: { facet: "wounded", party: "fama" }, value: 30 },
      { id: "all", source: "army", about: { facet: "neutralized" }, value: 40 },
      { id: "fama", source: "group", about: { facet: "neutralized", party: "fama" }, value: 45 },
      { id: "fama-too", source: "army", about: { facet: "neutralized", party: "fama" }, value: 100 },
      { id: "region", source: "group", about: { facet: "neutralized", place: "region" }, value: 50 },
    ]);
    expect(flags.filter((f) => f.kind === "jointly-exclusive").map((f) => [f.question, f.sides, f.questions])).toEqual([
      ["neutralized", [["killed"], ["wounded"], ["all", "fama"]], ["neutralized", "killed|party=fama", "neutralized|party=fama", "wounded|party=fama"]],
    ]);
  });

  it("names a source's own parts above its own whole, at one date, as self on a jointly-exclusive basis", () => {
    const claims = [
      { id: "killed", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 30 },
      { id: "wounded", source: "army", said: "2023-11-24", about: { facet: "wounded" }, value: 30 },
      { id: "neutralized", source: "army", about: { facet: "neutralized" }, value: 40 },
    ];
    const { flags } = reconcile(incidentWith(claims));
    expect(flags.filter((f) => f.severity === "contradiction").map((f) => [f.kind, f.basis, f.sides, f.note])).toEqual([
      [
        "self",
        "jointly-exclusive",
        [["killed"], ["wounded"], ["neutralized"]],
        "Neutralized: one source, Army, gives killed 30 and wounded 30, which together are more than neutralized 40 allows, though each alone is not.",
      ],
    ]);
  });
});
