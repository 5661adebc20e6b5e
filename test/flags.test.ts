import { describe, expect, it } from "vitest";
import { conflict, defineVocabulary, parsedWith, parseIncident, reconcile, type Flag } from "../src/index.js";
import { incidentWith } from "./fixtures/build.js";

const flagsOf = (claims: Parameters<typeof incidentWith>[0]) => reconcile(incidentWith(claims)).flags;
const kinds = (flags: readonly Flag[], ...only: string[]) => flags.filter((f) => only.includes(f.kind)).map((f) => [f.kind, f.sides]);
const CONTRADICTIONS = ["exclusive", "disjoint", "exceeds-whole", "withheld", "self"];

describe("exclusive", () => {
  it("flags a capture against a repulse of the same camp", () => {
    const flags = flagsOf([
      { id: "took", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
      { id: "repelled", source: "army", about: { facet: "control", place: "camp" }, value: "repelled" },
    ]);
    expect(kinds(flags, "exclusive")).toEqual([["exclusive", [["took"], ["repelled"]]]]);
    expect(flags.find((f) => f.kind === "exclusive")?.severity).toBe("contradiction");
  });

  it("flags a value against its negation", () => {
    const flags = flagsOf([
      { id: "took", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
      { id: "in-vain", source: "army", about: { facet: "control", place: "camp" }, value: "captured", not: true },
    ]);
    expect(kinds(flags, "exclusive")).toEqual([["exclusive", [["took"], ["in-vain"]]]]);
  });

  it("flags two places that do not contain each other, and two unrelated actors", () => {
    const flags = flagsOf([
      { id: "here", source: "army", about: { facet: "location" }, value: "town" },
      { id: "there", source: "group", about: { facet: "location" }, value: "other-town" },
      { id: "by-jnim", source: "army", about: { facet: "perpetrator" }, value: "GSIM" },
      { id: "by-csp", source: "locals", about: { facet: "perpetrator" }, value: "csp" },
    ]);
    expect(kinds(flags, "exclusive")).toEqual([
      ["exclusive", [["there"], ["here"]]],
      ["exclusive", [["by-csp"], ["by-jnim"]]],
    ]);
  });

  it("stays silent for categories the facet does not declare exclusive", () => {
    const flags = flagsOf([
      { id: "took", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
      { id: "left", source: "locals", about: { facet: "control", place: "camp" }, value: "withdrew" },
    ]);
    expect(kinds(flags, ...CONTRADICTIONS)).toEqual([]);
    expect(kinds(flags, "divergent")).toEqual([["divergent", [["took"], ["left"]]]]);
  });

  it("stays silent for a place inside another and an actor part of another", () => {
    const flags = flagsOf([
      { id: "camp", source: "army", about: { facet: "location" }, value: "camp" },
      { id: "region", source: "group", about: { facet: "location" }, value: "Région de Tombouctou" },
      { id: "jnim", source: "army", about: { facet: "perpetrator" }, value: "jnim" },
      { id: "aq", source: "locals", about: { facet: "perpetrator" }, value: "al-qaida" },
    ]);
    expect(kinds(flags, ...CONTRADICTIONS, "divergent")).toEqual([]);
  });

  it("stays silent for a negation of another value, and between two negations", () => {
    const flags = flagsOf([
      { id: "not-taken", source: "army", about: { facet: "control", place: "camp" }, value: "captured", not: true },
      { id: "repelled", source: "locals", about: { facet: "control", place: "camp" }, value: "repelled" },
      { id: "not-held", source: "group", about: { facet: "control", place: "camp" }, value: "held", not: true },
    ]);
    expect(kinds(flags, ...CONTRADICTIONS)).toEqual([]);
  });

  it("treats a negated place as contradicted by any place inside it", () => {
    const flags = flagsOf([
      { id: "not-region", source: "army", about: { facet: "location" }, value: "region", not: true },
      { id: "camp", source: "group", about: { facet: "location" }, value: "camp" },
    ]);
    expect(kinds(flags, "exclusive")).toEqual([["exclusive", [["camp"], ["not-region"]]]]);
  });

  it("flags a set that negates a name another set asserts", () => {
    const flags = flagsOf([
      { id: "car-bomb", source: "group", about: { facet: "means" }, value: ["vbied", "shelling"] },
      { id: "no-car-bomb", source: "army", about: { facet: "means" }, value: ["vbied"], not: true },
    ]);
    expect(kinds(flags, "exclusive")).toEqual([["exclusive", [["no-car-bomb"], ["car-bomb"]]]]);
  });
});

describe("disjoint", () => {
  it("flags counts whose intervals do not overlap", () => {
    const flags = flagsOf([
      { id: "ten", source: "army", about: { facet: "killed", party: "fama" }, value: 10 },
      { id: "fifty", source: "locals", about: { facet: "killed", party: "fama" }, value: { approx: 50 } },
    ]);
    expect(kinds(flags, "disjoint")).toEqual([["disjoint", [["ten"], ["fifty"]]]]);
  });

  it("flags dates that do not overlap", () => {
    const flags = flagsOf([
      { id: "24th", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
      { id: "25th", source: "group", about: { facet: "occurred" }, value: "2023-11-25T03:00" },
    ]);
    expect(kinds(flags, "disjoint")).toEqual([["disjoint", [["24th"], ["25th"]]]]);
  });

  it("stays silent when intervals overlap: a range, an approximation, a month and a day", () => {
    const flags = flagsOf([
      { id: "dozens", source: "group", about: { facet: "killed", party: "fama" }, value: { phrase: "plusieurs dizaines", min: 20, max: 99 } },
      { id: "fifty", source: "locals", about: { facet: "killed", party: "fama" }, value: { approx: 50 } },
      { id: "at-least", source: "rfi", about: { facet: "killed", party: "fama" }, value: { atLeast: 40 } },
      { id: "month", source: "army", about: { facet: "occurred" }, value: "2023-11" },
      { id: "day", source: "group", about: { facet: "occurred" }, value: "2023-11-24" },
    ]);
    expect(kinds(flags, ...CONTRADICTIONS)).toEqual([]);
  });

  it("reads approx as ±10 % rounded outward, or ± the given tolerance", () => {
    const edge = flagsOf([
      { id: "a", source: "army", about: { facet: "killed" }, value: { approx: 50 } },
      { id: "b", source: "group", about: { facet: "killed" }, value: 56 },
    ]);
    expect(kinds(edge, "disjoint")).toHaveLength(1);
    const tolerant = flagsOf([
      { id: "a", source: "army", about: { facet: "killed" }, value: { approx: 50, tolerance: 6 } },
      { id: "b", source: "group", about: { facet: "killed" }, value: 56 },
    ]);
    expect(kinds(tolerant, "disjoint")).toEqual([]);
  });
});

describe("disjoint, as one finding for all the figures that do not overlap", () => {
  it("sets three figures that do not overlap on three sides of one finding", () => {
    const flags = flagsOf([
      { id: "ten", source: "army", about: { facet: "killed" }, value: 10 },
      { id: "twenty", source: "locals", about: { facet: "killed" }, value: 20 },
      { id: "thirty", source: "rfi", about: { facet: "killed" }, value: 30 },
    ]);
    expect(kinds(flags, "disjoint")).toEqual([["disjoint", [["ten"], ["twenty"], ["thirty"]]]]);
    expect(flags.find((f) => f.kind === "disjoint")!.note).toBe("Killed: 10 (Army), 20 (Local sources) and 30 (RFI) do not overlap.");
  });

  it("groups figures that overlap on one side, and still flags two of one group that do not overlap each other", () => {
    const flags = flagsOf([
      { id: "ten", source: "army", about: { facet: "killed" }, value: 10 },
      { id: "ten-to-twenty", source: "locals", about: { facet: "killed" }, value: { min: 10, max: 20 } },
      { id: "twenty", source: "rfi", about: { facet: "killed" }, value: 20 },
      { id: "fifty", source: "group", about: { facet: "killed" }, value: 50 },
    ]);
    expect(kinds(flags, "disjoint")).toEqual([
      ["disjoint", [["ten", "ten-to-twenty", "twenty"], ["fifty"]]],
      ["disjoint", [["ten"], ["twenty"]]],
    ]);
  });

  it("names every answer of a side in its note, not only the first", () => {
    const flags = flagsOf([
      { id: "ten", source: "army", about: { facet: "killed" }, value: 10 },
      { id: "ten-to-twenty", source: "locals", about: { facet: "killed" }, value: { min: 10, max: 20 } },
      { id: "fifty", source: "rfi", about: { facet: "killed" }, value: 50 },
    ]);
    expect(flags.find((f) => f.kind === "disjoint")!.note).toBe("Killed: 10, 10–20 (Army and Local sources) and 50 (RFI) do not overlap.");
  });

  it("makes one finding of a thousand different figures, with a thousand sides, not half a million", () => {
    const sources = Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}`, name: `Source ${i}`, kind: "local" as const }));
    const claims = sources.map((s, i) => ({ id: `c${i}`, source: s.id, about: { facet: "killed" }, value: i }));
    const flags = reconcile({ contested: 1, id: "many", sources, claims }, { words: false }).flags.filter((f) => f.kind === "disjoint");
    expect(flags).toHaveLength(1);
    expect(flags[0]!.sides).toHaveLength(1000);
  });
});

describe("exceeds-whole", () => {
  it("flags a part whose lower bound is above its whole's upper bound", () => {
    const flags = flagsOf([
      { id: "town", source: "locals", about: { facet: "killed", place: "town" }, value: { approx: 50 } },
      { id: "region", source: "army", about: { facet: "killed", place: "region" }, value: 20 },
    ]);
    expect(kinds(flags, "exceeds-whole")).toEqual([["exceeds-whole", [["town"], ["region"]]]]);
    const flag = flags.find((f) => f.kind === "exceeds-whole")!;
    expect(flag.question).toBe("killed|place=town");
    expect(flag.questions).toEqual(["killed|place=town", "killed|place=region"]);
  });

  it("stays silent the other way round: a whole may exceed its part", () => {
    const flags = flagsOf([
      { id: "town", source: "locals", about: { facet: "killed", place: "town" }, value: 20 },
      { id: "region", source: "army", about: { facet: "killed", place: "region" }, value: { approx: 50 } },
    ]);
    expect(kinds(flags, ...CONTRADICTIONS)).toEqual([]);
  });

  it("compares a facet with the facet it is part of: killed within neutralized", () => {
    const flags = flagsOf([
      { id: "killed", source: "locals", about: { facet: "killed", party: "jnim" }, value: 30 },
      { id: "neutralized", source: "army", about: { facet: "neutralized", party: "jnim" }, value: 12 },
    ]);
    expect(kinds(flags, "exceeds-whole")).toEqual([["exceeds-whole", [["killed"], ["neutralized"]]]]);
  });

  it("follows the group hierarchy: soldiers within combatants within persons", () => {
    const flags = flagsOf([
      { id: "soldiers", source: "locals", about: { facet: "killed", group: "soldiers" }, value: 30 },
      { id: "persons", source: "army", about: { facet: "killed", group: "persons" }, value: 10 },
    ]);
    expect(kinds(flags, "exceeds-whole")).toEqual([["exceeds-whole", [["soldiers"], ["persons"]]]]);
  });

  it("treats a scope field set on one side and open on the other as narrower", () => {
    const flags = flagsOf([
      { id: "fama", source: "locals", about: { facet: "killed", party: "fama" }, value: 30 },
      { id: "all", source: "army", about: { facet: "killed" }, value: 10 },
    ]);
    expect(kinds(flags, "exceeds-whole")).toEqual([["exceeds-whole", [["fama"], ["all"]]]]);
  });

  it("stays silent when neither scope is inside the other", () => {
    const flags = flagsOf([
      { id: "fama", source: "locals", about: { facet: "killed", party: "fama" }, value: 30 },
      { id: "town", source: "army", about: { facet: "killed", place: "town" }, value: 10 },
      { id: "civilians", source: "rfi", about: { facet: "killed", group: "civilians" }, value: 40 },
      { id: "soldiers", source: "group", about: { facet: "killed", group: "soldiers" }, value: 5 },
    ]);
    expect(kinds(flags, ...CONTRADICTIONS)).toEqual([]);
  });
});

describe("withheld", () => {
  it("flags a figure against an explicit refusal to the same question", () => {
    const flags = flagsOf([
      { id: "no-toll", source: "army", about: { facet: "killed", party: "fama" }, value: "withheld" },
      { id: "fifty", source: "locals", about: { facet: "killed", party: "fama" }, value: { approx: 50 } },
    ]);
    expect(kinds(flags, "withheld")).toEqual([["withheld", [["fifty"], ["no-toll"]]]]);
  });

  it("lets a refusal cover every narrower scope", () => {
    const flags = flagsOf([
      { id: "no-toll", source: "army", about: { facet: "killed", party: "fama" }, value: "withheld" },
      { id: "town", source: "locals", about: { facet: "killed", party: "fama", group: "soldiers", place: "town" }, value: 50 },
    ]);
    expect(kinds(flags, "withheld")).toEqual([["withheld", [["town"], ["no-toll"]]]]);
  });

  it("stays silent for a refusal about a part against a figure for the whole, and for 'unknown'", () => {
    const flags = flagsOf([
      { id: "no-town-toll", source: "army", about: { facet: "killed", place: "town" }, value: "withheld" },
      { id: "region", source: "locals", about: { facet: "killed", place: "region" }, value: 50 },
      { id: "unknown", source: "rfi", about: { facet: "wounded" }, value: "unknown" },
      { id: "twelve", source: "locals", about: { facet: "wounded" }, value: 12 },
    ]);
    expect(kinds(flags, ...CONTRADICTIONS)).toEqual([]);
  });
});

describe("self and revised", () => {
  it("flags one source asserting incompatible values on the same day", () => {
    const flags = flagsOf([
      { id: "a", source: "army", said: "2023-11-24", about: { facet: "control", place: "camp" }, value: "captured" },
      { id: "b", source: "army", said: "2023-11-24", about: { facet: "control", place: "camp" }, value: "held" },
    ]);
    expect(flags.filter((f) => f.kind === "self").map((f) => [f.basis, f.sides])).toEqual([["exclusive", [["a"], ["b"]]]]);
    expect(kinds(flags, "exclusive", "revised")).toEqual([]);
  });

  it("reports a change between two dates as revised, instead of disjoint", () => {
    const flags = flagsOf([
      { id: "first", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "later", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 14 },
    ]);
    expect(kinds(flags, "revised", "disjoint", "self")).toEqual([["revised", [["first"], ["later"]]]]);
    expect(flags.find((f) => f.kind === "revised")?.severity).toBe("notice");
  });

  it("stays silent when a source repeats the same answer on another day", () => {
    const flags = flagsOf([
      { id: "first", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "again", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 10 },
    ]);
    expect(kinds(flags, "revised", ...CONTRADICTIONS)).toEqual([]);
  });

  it("still flags the disagreement between two sources alongside one's revision", () => {
    const flags = flagsOf([
      { id: "army-1", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "army-2", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 40 },
      { id: "locals", source: "locals", about: { facet: "killed" }, value: 40 },
    ]);
    expect(kinds(flags, "disjoint", "revised")).toEqual([
      ["disjoint", [["army-1"], ["locals"]]],
      ["revised", [["army-1"], ["army-2"]]],
    ]);
  });
});

describe("a source's revision stays a revision whoever else answers", () => {
  it("never sets a source's two answers at two dates on opposite sides of a contradiction", () => {
    const flags = flagsOf([
      { id: "army-1", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "army-2", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 40 },
      { id: "locals", source: "locals", about: { facet: "killed" }, value: 40 },
      { id: "rfi", source: "rfi", about: { facet: "killed" }, value: 10 },
    ]);
    expect(kinds(flags, "disjoint", "revised")).toEqual([
      ["disjoint", [["army-1"], ["locals"]]],
      ["disjoint", [["rfi"], ["army-2", "locals"]]],
      ["revised", [["army-1"], ["army-2"]]],
    ]);
  });

  it("gives the same findings between the revision's two claims with or without a third source", () => {
    const revision = [
      { id: "army-1", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "army-2", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 40 },
    ];
    const sideOf = (flag: Flag, claim: string) => flag.sides.findIndex((side) => side.includes(claim));
    const between = (flags: readonly Flag[]) =>
      flags.filter((f) => sideOf(f, "army-1") >= 0 && sideOf(f, "army-2") >= 0 && sideOf(f, "army-1") !== sideOf(f, "army-2")).map((f) => f.kind);
    expect(between(flagsOf(revision))).toEqual(["revised"]);
    expect(between(flagsOf([...revision, { id: "rfi", source: "rfi", about: { facet: "killed" }, value: 10 }]))).toEqual(["revised"]);
    expect(
      between(
        flagsOf([
          ...revision,
          { id: "rfi", source: "rfi", about: { facet: "killed" }, value: 10 },
          { id: "group", source: "group", about: { facet: "killed" }, value: 40 },
        ]),
      ),
    ).toEqual(["revised"]);
  });
});

describe("refusals and admitted ignorance answer nothing", () => {
  it("raises neither single-source nor parties-only on a question only a refusal touches", () => {
    const flags = flagsOf([{ id: "no-toll", source: "army", about: { facet: "killed" }, value: "withheld" }]);
    expect(kinds(flags, "single-source", "parties-only")).toEqual([]);
  });

  it("counts only the answers: a refusal beside one figure leaves that figure single-source", () => {
    const flags = flagsOf([
      { id: "no-toll", source: "army", about: { facet: "killed" }, value: "withheld" },
      { id: "fifty", source: "locals", about: { facet: "killed" }, value: 50 },
    ]);
    expect(kinds(flags, "single-source", "parties-only")).toEqual([["single-source", [["fifty", "no-toll"]]]]);
  });

  it("raises no finding for 'unknown' beside a figure: not knowing is no other answer", () => {
    const flags = flagsOf([
      { id: "unknown", source: "rfi", about: { facet: "wounded" }, value: "unknown" },
      { id: "twelve", source: "locals", about: { facet: "wounded" }, value: 12 },
    ]);
    expect(kinds(flags, "divergent", ...CONTRADICTIONS)).toEqual([]);
  });
});

describe("divergent, single-source and parties-only", () => {
  it("flags different means as divergent, never as a contradiction", () => {
    const flags = flagsOf([
      { id: "shelling", source: "army", about: { facet: "means", place: "camp" }, value: ["shelling"] },
      { id: "car-bomb", source: "group", about: { facet: "means", place: "camp" }, value: ["vbied", "suicide-attack"] },
    ]);
    expect(kinds(flags, "divergent", ...CONTRADICTIONS)).toEqual([["divergent", [["shelling"], ["car-bomb"]]]]);
  });

  it("flags different motives as divergent, and texts differing only in case as the same", () => {
    const flags = flagsOf([
      { id: "strategic", source: "group", about: { facet: "motive" }, value: "Strategic withdrawal" },
      { id: "forced", source: "rfi", about: { facet: "motive" }, value: "forced out" },
      { id: "strategic-2", source: "locals", about: { facet: "motive" }, value: "strategic withdrawal" },
    ]);
    expect(kinds(flags, "divergent")).toEqual([["divergent", [["forced"], ["strategic", "strategic-2"]]]]);
  });

  it("counts origins, not outlets: a relay and a claim based on another are one voice", () => {
    const result = reconcile(
      incidentWith([
        { id: "group-says", source: "group", via: ["rfi"], about: { facet: "means" }, value: ["vbied"] },
        { id: "video", source: "locals", basedOn: ["group-says"], about: { facet: "means" }, value: ["vbied"] },
      ]),
    );
    expect(kinds(result.flags, "single-source", "parties-only")).toEqual([
      ["single-source", [["group-says", "video"]]],
      ["parties-only", [["group-says", "video"]]],
    ]);
    expect(result.questions[0]).toMatchObject({ status: "single-source", origins: ["group"], independent: 1 });
  });

  it("stays silent when independent sources answer, one of them not a party", () => {
    const flags = flagsOf([
      { id: "a", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
      { id: "b", source: "locals", about: { facet: "occurred" }, value: "2023-11-24" },
    ]);
    expect(flags).toEqual([]);
  });

  it("raises parties-only when both sides of the fighting, and only they, answer", () => {
    const flags = flagsOf([
      { id: "a", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
      { id: "b", source: "group", about: { facet: "occurred" }, value: "2023-11-24" },
    ]);
    expect(kinds(flags, "parties-only", "single-source")).toEqual([["parties-only", [["a", "b"]]]]);
  });
});

describe("when separates moments", () => {
  it("does not compare a capture at 14:00 with a withdrawal claim about 18:00", () => {
    const flags = flagsOf([
      { id: "taken", source: "group", about: { facet: "control", place: "camp", when: "2023-11-24T14:00" }, value: "captured" },
      { id: "held", source: "army", about: { facet: "control", place: "camp", when: "2023-11-24T18:00" }, value: "held" },
    ]);
    expect(kinds(flags, ...CONTRADICTIONS, "divergent")).toEqual([]);
  });

  it("compares claims whose when intervals overlap", () => {
    const flags = flagsOf([
      { id: "taken", source: "group", about: { facet: "control", place: "camp", when: "2023-11-24" }, value: "captured" },
      { id: "held", source: "army", about: { facet: "control", place: "camp", when: "2023-11-24T18:00" }, value: "held" },
    ]);
    expect(kinds(flags, "exclusive")).toEqual([["exclusive", [["taken"], ["held"]]]]);
    expect(flags.find((f) => f.kind === "exclusive")?.questions).toHaveLength(2);
  });
});

describe("question status", () => {
  it("tells agreed, compatible, contested, single-source and withheld apart", () => {
    const result = reconcile(
      incidentWith([
        { id: "d1", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
        { id: "d2", source: "locals", about: { facet: "occurred" }, value: "2023-11-24" },
        { id: "k1", source: "locals", about: { facet: "killed" }, value: { approx: 50 } },
        { id: "k2", source: "rfi", about: { facet: "killed" }, value: { min: 20, max: 99 } },
        { id: "c1", source: "army", about: { facet: "control" }, value: "repelled" },
        { id: "c2", source: "group", about: { facet: "control" }, value: "captured" },
        { id: "p1", source: "group", about: { facet: "perpetrator" }, value: "jnim" },
        { id: "w1", source: "army", about: { facet: "wounded" }, value: "withheld" },
        { id: "w2", source: "locals", about: { facet: "wounded" }, value: 4 },
      ]),
    );
    expect(Object.fromEntries(result.questions.map((q) => [q.key, q.status]))).toEqual({
      occurred: "agreed",
      killed: "compatible",
      control: "contested",
      perpetrator: "single-source",
      wounded: "withheld",
    });
  });
});

describe("reconcile without words, and with an incident parsed once", () => {
  const claims = [
    { id: "took", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
    { id: "repelled", source: "army", about: { facet: "control", place: "camp" }, value: "repelled" },
  ];

  it("gives the same findings without a single sentence when asked for no words", () => {
    const withWords = JSON.parse(JSON.stringify(reconcile(incidentWith(claims))));
    const data = reconcile(incidentWith(claims), { words: false });
    expect(JSON.stringify(data)).not.toMatch(/"(note|chain|lang)"/u);
    const stripped = {
      ...withWords,
      lang: undefined,
      flags: withWords.flags.map(({ note: _note, ...flag }: Flag) => flag),
      agreements: withWords.agreements.map(({ note: _note, ...agreement }: { note: string }) => agreement),
      provenance: withWords.provenance.map(({ chain: _chain, ...p }: { chain: string }) => p),
    };
    expect(JSON.parse(JSON.stringify(data))).toStrictEqual(JSON.parse(JSON.stringify(stripped)));
  });

  it("reads what parseIncident returned as checked, and checks it again against another vocabulary", () => {
    const parsed = parseIncident(incidentWith(claims));
    expect(parsedWith(parsed)).toBe(conflict);
    expect(parsedWith(incidentWith(claims))).toBeUndefined();
    expect(reconcile(parsed)).toStrictEqual(reconcile(incidentWith(claims)));
    const other = defineVocabulary({ name: "other", facets: { control: { kind: "text" } } });
    expect(reconcile(parsed, { vocabulary: other }).vocabulary).toBe("other");
  });
});

describe("parts and wholes along a deep chain of places", () => {
  it("finds a part above its whole ten thousand places apart, with containment read from one numbering of the places", () => {
    const places = Array.from({ length: 10_000 }, (_, i) => ({ id: `p${i}`, name: `Place ${i}`, ...(i > 0 ? { in: `p${i - 1}` } : {}) }));
    const sources = [
      { id: "a", name: "A", kind: "local" as const },
      { id: "b", name: "B", kind: "local" as const },
    ];
    const claims = [
      { id: "deep", source: "a", about: { facet: "killed", place: "p9999" }, value: 50 },
      { id: "root", source: "b", about: { facet: "killed", place: "p0" }, value: 20 },
      { id: "here", source: "a", about: { facet: "location" }, value: "p9999" },
      { id: "there", source: "b", about: { facet: "location" }, value: "p5000" },
    ];
    const flags = reconcile({ contested: 1, id: "chain", places, sources, claims }, { words: false }).flags;
    expect(flags.filter((f) => f.severity === "contradiction").map((f) => [f.kind, f.sides])).toEqual([["exceeds-whole", [["deep"], ["root"]]]]);
  });
});
