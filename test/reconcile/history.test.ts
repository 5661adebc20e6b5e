import { describe, expect, it } from "vitest";
import { reconcile } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";
import { CONTRADICTIONS, findingsOf, flagSides } from "../kinds/kindHarness.js";

describe("history: each source's answers over time", () => {
  it("orders a source's answers by the start of the period each said date covers: a month before a day in it", () => {
    const { questions } = findingsOf([
      { id: "day", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "month", source: "army", said: "2023-11", about: { facet: "killed" }, value: 5 },
      { id: "later", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 10 },
    ]);
    const values = questions[0]!.positions.map((p) => p.value);
    expect(questions[0]!.history.map((h) => [h.source, h.steps.map((s) => [s.said, s.claims, s.positions.map((i) => values[i])])])).toEqual([
      [
        "army",
        [
          ["2023-11", ["month"], [5]],
          ["2023-11-24", ["day"], [10]],
          ["2023-11-26", ["later"], [10]],
        ],
      ],
    ]);
  });

  it("tells no history for undated claims, or for a source that answered on one date only", () => {
    const { questions } = findingsOf([
      { id: "a", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "b", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "c", source: "locals", about: { facet: "killed" }, value: 12 },
      { id: "d", source: "rfi", about: { facet: "killed" }, value: 12 },
    ]);
    expect(questions[0]!.history).toEqual([]);
  });

  it("lists every position a source held on one date, in the question's order", () => {
    const { questions } = findingsOf([
      { id: "a", source: "group", said: "2023-11-24", about: { facet: "means" }, value: ["vbied"] },
      { id: "b", source: "group", said: "2023-11-25", about: { facet: "means" }, value: ["shelling"] },
      { id: "c", source: "group", said: "2023-11-25", about: { facet: "means" }, value: ["vbied"] },
    ]);
    const history = questions[0]!.history[0]!;
    expect(history.steps.map((s) => [s.said, s.claims, s.positions.length])).toEqual([
      ["2023-11-24", ["a"], 1],
      ["2023-11-25", ["b", "c"], 2],
    ]);
  });
});

describe("history: revised", () => {
  it("makes one revised finding per change from one date to the next, with both dates, and none where the answer stays", () => {
    const { flags } = findingsOf([
      { id: "first", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "same", source: "army", said: "2023-11-25", about: { facet: "killed" }, value: 10 },
      { id: "raised", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 14 },
      { id: "back", source: "army", said: "2023-11-27", about: { facet: "killed" }, value: 10 },
    ]);
    expect(flags.filter((f) => f.kind === "revised").map((f) => [f.sides, f.said, f.severity])).toEqual([
      [[["raised"], ["back"]], ["2023-11-26", "2023-11-27"], "notice"],
      [[["same"], ["raised"]], ["2023-11-25", "2023-11-26"], "notice"],
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([]);
  });

  it("reads a revision of a category as revised, never as exclusive", () => {
    const { flags } = findingsOf([
      { id: "held", source: "army", said: "2023-11-24", about: { facet: "control", place: "camp" }, value: "held" },
      { id: "lost", source: "army", said: "2023-11-25", about: { facet: "control", place: "camp" }, value: "captured" },
    ]);
    expect(flagSides(flags, "revised", ...CONTRADICTIONS)).toEqual([["revised", [["held"], ["lost"]]]]);
  });

  it("keeps each source's revisions apart: two sources changing their answers make two findings", () => {
    const { flags } = findingsOf([
      { id: "army-1", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "army-2", source: "army", said: "2023-11-25", about: { facet: "killed" }, value: 12 },
      { id: "locals-1", source: "locals", said: "2023-11-24", about: { facet: "killed" }, value: 11 },
      { id: "locals-2", source: "locals", said: "2023-11-25", about: { facet: "killed" }, value: 12 },
    ]);
    expect(flags.filter((f) => f.kind === "revised").map((f) => [f.sources, f.sides])).toEqual([
      [["army"], [["army-1"], ["army-2"]]],
      [["locals"], [["locals-1"], ["locals-2"]]],
    ]);
  });

  it("sets an undated answer of the source against its dated ones as self, since it is at no other date", () => {
    const { flags } = findingsOf([
      { id: "dated", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "undated", source: "army", about: { facet: "killed" }, value: 40 },
    ]);
    expect(flags.filter((f) => f.kind === "self" || f.kind === "revised").map((f) => [f.kind, f.basis, f.sides])).toEqual([
      ["self", "disjoint", [["dated"], ["undated"]]],
    ]);
  });

  it("keeps a source's successive answers out of any contradiction, even one over three of them", () => {
    const { flags } = findingsOf([
      { id: "first", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: { min: 40, max: 50 } },
      { id: "second", source: "army", said: "2023-11-25", about: { facet: "killed" }, value: { min: 50, max: 60 } },
      { id: "third", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 50, not: true },
    ]);
    expect(flagSides(flags, "revised", ...CONTRADICTIONS)).toEqual([
      ["revised", [["first"], ["second"]]],
      ["revised", [["second"], ["third"]]],
    ]);
  });

  it("keeps a source's killed and wounded on one date out of any contradiction with its neutralized on a later date", () => {
    const { flags } = findingsOf([
      { id: "killed", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 30 },
      { id: "wounded", source: "army", said: "2023-11-24", about: { facet: "wounded" }, value: 30 },
      { id: "neutralized", source: "army", said: "2023-11-25", about: { facet: "neutralized" }, value: 40 },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([]);
  });

  it("tells a set between sources only over the choices that hold no two answers of one source at two dates", () => {
    const { flags } = findingsOf([
      { id: "army-first", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: { min: 40, max: 50 } },
      { id: "locals", source: "locals", about: { facet: "killed" }, value: { min: 40, max: 50 } },
      { id: "army-second", source: "army", said: "2023-11-25", about: { facet: "killed" }, value: { min: 50, max: 60 } },
      { id: "rfi", source: "rfi", about: { facet: "killed" }, value: { min: 50, max: 60 } },
      { id: "group", source: "group", about: { facet: "killed" }, value: 50, not: true },
    ]);
    expect(flagSides(flags, "revised", ...CONTRADICTIONS)).toEqual([
      ["jointly-exclusive", [["group"], ["army-first"], ["rfi"]]],
      ["jointly-exclusive", [["group"], ["locals"], ["army-second", "rfi"]]],
      ["revised", [["army-first"], ["army-second"]]],
    ]);
  });

  it("splits a set that many sources answered at two dates into findings that grow with those sources, not with their pairs", () => {
    const sources = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, name: `Source ${i}`, kind: "media" as const }));
    const claims = sources.flatMap(({ id }) => [
      { id: `${id}-first`, source: id, said: "2023-11-24", about: { facet: "killed" }, value: { min: 40, max: 50 } },
      { id: `${id}-second`, source: id, said: "2023-11-25", about: { facet: "killed" }, value: { min: 50, max: 60 } },
    ]);
    const { flags } = reconcile(
      incidentWith([...claims, { id: "denial", source: "group", about: { facet: "killed" }, value: 50, not: true }], {
        sources: [...sources, { id: "group", name: "Group", kind: "media" }],
      }),
      { words: false },
    );
    const joint = flags.filter((f) => f.kind === "jointly-exclusive");
    expect(joint.length).toBe(50);
    for (const flag of joint) {
      const [source] = flag.sides[1]!.map((id) => id.split("-")[0]);
      expect(flag.sides[2]!.length).toBe(49);
      expect(flag.sides[2]!.some((id) => id.startsWith(`${source}-`))).toBe(false);
    }
  });

  it("leaves out of the set the answers that stand in it only beside the same source's answers at another date", () => {
    const { flags } = findingsOf([
      { id: "army-first", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: { min: 40, max: 50 } },
      { id: "army-second", source: "army", said: "2023-11-25", about: { facet: "killed" }, value: { min: 50, max: 60 } },
      { id: "rfi", source: "rfi", about: { facet: "killed" }, value: { min: 50, max: 60 } },
      { id: "group", source: "group", about: { facet: "killed" }, value: 50, not: true },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["jointly-exclusive", [["group"], ["army-first"], ["rfi"]]]]);
  });

  it("names a source's own set at one date, or with none, as self on a jointly-exclusive basis, worded as such", () => {
    const claims = [
      { id: "first", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: { min: 40, max: 50 } },
      { id: "second", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: { min: 50, max: 60 } },
      { id: "third", source: "army", about: { facet: "killed" }, value: 50, not: true },
    ];
    const { flags } = reconcile(incidentWith(claims), { lang: "fr" });
    expect(flags.filter((f) => f.severity === "contradiction").map((f) => [f.kind, f.basis, f.sides, f.note])).toEqual([
      [
        "self",
        "jointly-exclusive",
        [["third"], ["first"], ["second"]],
        "Tués\u00a0: une même source, Army, donne des réponses qui ne peuvent être vraies toutes à la fois, bien que deux d'entre elles le puissent toujours\u00a0: non 50, 40–50 et 50–60.",
      ],
    ]);
  });
});
