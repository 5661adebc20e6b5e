import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { widenedQuantity } from "../fixtures/arbitraries.js";
import { KINDS } from "../../src/kinds/kinds.js";
import { CONTRADICTIONS, findingsOf, flagSides, kindHarness } from "./kindHarness.js";

const killed = kindHarness("quantity", "killed");

describe("quantity: what its schema takes", () => {
  it("takes a count, each reading, a phrase, a refusal and an admitted ignorance", () => {
    const values = [
      12,
      0,
      { exactly: 12 },
      { approx: 50 },
      { approx: 50, tolerance: 6 },
      { min: 20, max: 99 },
      { atLeast: 500 },
      { atMost: 10 },
      { phrase: "une cinquantaine", lang: "fr" },
      { phrase: "plusieurs dizaines", min: 20, max: 99 },
      "withheld",
      "unknown",
    ];
    expect(values.filter((v) => !killed.accepts(v))).toEqual([]);
  });

  it("refuses negative or infinite counts, misspelt keys, half ranges, inverted ranges, a stray tolerance, two readings and an empty object", () => {
    const values = [
      -1,
      Number.POSITIVE_INFINITY,
      { aprox: 50 },
      { min: 20 },
      { max: 20 },
      { min: 30, max: 20 },
      { tolerance: 5 },
      { exactly: 3, tolerance: 1 },
      { approx: 50, atLeast: 40 },
      {},
      "several",
    ];
    expect(values.filter((v) => killed.accepts(v))).toEqual([]);
  });
});

describe("quantity: what counts as the same answer", () => {
  it("makes a count and the same count given as exactly one position", () => {
    expect(killed.canonical({ exactly: 20 }).key).toBe(killed.canonical(20).key);
    expect(killed.canonical({ exactly: 20 }).value).toBe(20);
  });

  it("leaves the words out of the answer: a phrase beside its reading says the same as the reading alone", () => {
    expect(killed.relation({ phrase: "plusieurs dizaines", lang: "fr", min: 20, max: 99 }, { min: 20, max: 99 })).toBe("same");
    expect(killed.canonical({ phrase: "plusieurs dizaines", lang: "fr", min: 20, max: 99 }).value).toEqual({ min: 20, max: 99 });
  });

  it("tells readings with the same bounds apart by how they are given: 45–55 is not 'about 50'", () => {
    expect(killed.relation({ approx: 50 }, { min: 45, max: 55 })).toBe("compatible");
  });

  it("reads the keys of a reading in any order as one answer", () => {
    expect(killed.relation({ tolerance: 6, approx: 50 }, { approx: 50, tolerance: 6 })).toBe("same");
  });
});

describe("quantity: the interval each form covers", () => {
  const range = (value: unknown) => killed.canonical(value).range;

  it("reads approx as ±10 % rounded outward, or ± an absolute tolerance that never goes below zero", () => {
    expect(range({ approx: 50 })).toEqual({ low: 45, high: 55 });
    expect(range({ approx: 7 })).toEqual({ low: 6, high: 8 });
    expect(range({ approx: 50, tolerance: 6 })).toEqual({ low: 44, high: 56 });
    expect(range({ approx: 3, tolerance: 5 })).toEqual({ low: 0, high: 8 });
  });

  it("leaves atLeast open above (high null) and starts atMost at zero", () => {
    expect(range({ atLeast: 500 })).toEqual({ low: 500, high: null });
    expect(killed.canonical({ atLeast: 500 }).interval).toEqual({ low: 500, high: Number.POSITIVE_INFINITY });
    expect(range({ atMost: 10 })).toEqual({ low: 0, high: 10 });
  });

  it("gives a refusal and an admitted ignorance no interval", () => {
    expect(killed.canonical("withheld")).toStrictEqual({ key: '"withheld"', value: "withheld", data: { kind: "withheld" } });
    expect(killed.canonical("unknown")).toStrictEqual({ key: '"unknown"', value: "unknown", data: { kind: "unknown" } });
  });
});

describe("quantity: phrases", () => {
  it("reads a phrase in its own language: « une cinquantaine » is about fifty, « plusieurs dizaines » 20 to 99", () => {
    expect(killed.canonical({ phrase: "une cinquantaine", lang: "fr" }).range).toEqual({ low: 45, high: 55 });
    expect(killed.canonical({ phrase: "plusieurs dizaines", lang: "fr" }).value).toEqual({ min: 20, max: 99 });
    expect(killed.canonical({ phrase: "about twenty", lang: "en" }).value).toEqual({ approx: 20 });
  });

  it("reads a phrase without a language of its own in the claim's language", () => {
    const french = kindHarness("quantity", "killed", { lang: "fr" });
    expect(french.canonical({ phrase: "plusieurs dizaines" }).value).toEqual({ min: 20, max: 99 });
    expect(french.check({ phrase: "plusieurs dizaines" })).toEqual([]);
  });

  it("reports words that hold no count as data, and lets the analyst's reading stand beside them", () => {
    const french = kindHarness("quantity", "killed", { lang: "fr" });
    expect(french.check({ phrase: "beaucoup" })).toEqual([{ problem: "unreadable-phrase", reason: { reason: "no-count", phrase: "beaucoup", lang: "fr" } }]);
    expect(french.check({ phrase: "beaucoup", min: 20, max: 99 })).toEqual([]);
    expect(killed.check({ phrase: "plusieurs dizaines" })).toEqual([
      { problem: "unreadable-phrase", reason: { reason: "no-language", phrase: "plusieurs dizaines" } },
    ]);
  });

  it("shows the sources' words (by claim id) beside the figure they are read as, and keeps phrases read alike in one position", () => {
    const { questions } = findingsOf([
      { id: "a", source: "locals", about: { facet: "killed" }, value: { phrase: "plusieurs dizaines", lang: "fr" } },
      { id: "b", source: "rfi", about: { facet: "killed" }, value: { phrase: "des dizaines", lang: "fr" } },
      { id: "c", source: "group", about: { facet: "killed" }, value: { min: 20, max: 99 } },
    ]);
    expect(questions[0]!.positions.map((p) => [p.value, p.range, p.phrases, p.claims])).toEqual([
      [{ min: 20, max: 99 }, { low: 20, high: 99 }, ["plusieurs dizaines", "des dizaines"], ["a", "b", "c"]],
    ]);
  });
});

describe("quantity: how two answers relate", () => {
  it("finds overlapping intervals compatible, touching bounds included", () => {
    expect(killed.relation({ approx: 50 }, { min: 20, max: 99 })).toBe("compatible");
    expect(killed.relation({ atLeast: 40 }, 1000)).toBe("compatible");
    expect(killed.relation({ min: 10, max: 20 }, { min: 20, max: 30 })).toBe("compatible");
    expect(killed.relation({ atMost: 10 }, 0)).toBe("compatible");
  });

  it("finds intervals that do not meet disjoint", () => {
    expect(killed.relation(10, { approx: 50 })).toBe("disjoint");
    expect(killed.relation({ atMost: 10 }, { atLeast: 11 })).toBe("disjoint");
    expect(killed.relation({ approx: 50 }, 56)).toBe("disjoint");
  });

  it("sets a figure against a refusal as withheld, whichever comes first", () => {
    expect(killed.relation("withheld", 12)).toBe("withheld");
    expect(killed.relation({ atLeast: 3 }, "withheld")).toBe("withheld");
  });

  it("finds 'unknown' compatible with a figure and with a refusal: not knowing is no other answer", () => {
    expect(killed.relation("unknown", 12)).toBe("compatible");
    expect(killed.relation("unknown", "withheld")).toBe("compatible");
  });
});

describe("quantity: how any two answers relate", () => {
  test.prop([widenedQuantity, widenedQuantity])("finds two figures compatible exactly when their intervals overlap, and disjoint otherwise", (a, b) => {
    const [x, y] = [killed.canonical(a), killed.canonical(b)];
    if (x.key === y.key || x.interval === undefined || y.interval === undefined) return;
    const overlap = x.interval.low <= y.interval.high && y.interval.low <= x.interval.high;
    expect(killed.relation(a, b)).toBe(overlap ? "compatible" : "disjoint");
  });
});

describe("quantity: not", () => {
  it("contradicts a figure inside the negated interval, and not one that reaches beyond it", () => {
    expect(killed.contradictsNegation(20, { min: 10, max: 30 })).toBe(true);
    expect(killed.contradictsNegation({ approx: 50 }, { min: 40, max: 60 })).toBe(true);
    expect(killed.contradictsNegation({ min: 10, max: 40 }, 20)).toBe(false);
    expect(killed.contradictsNegation({ atLeast: 10 }, { min: 0, max: 1000 })).toBe(false);
  });

  it("contradicts a refusal only with a denial of that refusal, never with a figure", () => {
    expect(killed.contradictsNegation("withheld", "withheld")).toBe(true);
    expect(killed.contradictsNegation(12, "withheld")).toBe(false);
    expect(killed.contradictsNegation("withheld", 12)).toBe(false);
  });

  it("flags a figure against a denial of an interval around it, through reconcile", () => {
    const { flags } = findingsOf([
      { id: "twenty", source: "locals", about: { facet: "killed" }, value: 20 },
      { id: "not-ten-to-thirty", source: "army", about: { facet: "killed" }, value: { min: 10, max: 30 }, not: true },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["exclusive", [["twenty"], ["not-ten-to-thirty"]]]]);
  });
});

describe("quantity: what a value asserts", () => {
  it("lets a figure answer and assert itself, and a refusal or an ignorance do neither", () => {
    expect(killed.facts({ approx: 50 })).toEqual([{ key: killed.canonical({ approx: 50 }).key, value: { approx: 50 } }]);
    expect(killed.answers(12)).toBe(true);
    for (const value of ["withheld", "unknown"]) {
      expect(killed.facts(value)).toEqual([]);
      expect(killed.answers(value)).toBe(false);
    }
  });

  it("makes no agreement of two refusals, and one of two figures given alike", () => {
    const { agreements } = findingsOf([
      { id: "a", source: "army", about: { facet: "killed" }, value: "withheld" },
      { id: "b", source: "group", about: { facet: "killed" }, value: "withheld" },
      { id: "c", source: "locals", about: { facet: "wounded" }, value: 4 },
      { id: "d", source: "rfi", about: { facet: "wounded" }, value: { exactly: 4 } },
    ]);
    expect(agreements.map((a) => [a.question, a.value, a.claims])).toEqual([["wounded", 4, ["c", "d"]]]);
  });
});

describe("quantity: answers that hold two by two but not all at once", () => {
  it("finds 40–50, 50–60 and not 50 a set that leaves no figure", () => {
    expect(
      killed.together([
        [{ min: 40, max: 50 }, false],
        [{ min: 50, max: 60 }, false],
        [50, true],
      ]),
    ).toEqual([[0, 1, 2]]);
  });

  it("finds none without a negation, or when the negation also covers one of the intervals", () => {
    expect(
      killed.together([
        [{ min: 40, max: 50 }, false],
        [{ min: 50, max: 60 }, false],
      ]),
    ).toEqual([]);
    expect(
      killed.together([
        [{ min: 40, max: 50 }, false],
        [{ min: 50, max: 60 }, false],
        [{ min: 40, max: 50 }, true],
      ]),
    ).toEqual([]);
  });

  it("flags the three claims as one jointly-exclusive finding, through reconcile", () => {
    const { flags } = findingsOf([
      { id: "low", source: "army", about: { facet: "killed" }, value: { min: 40, max: 50 } },
      { id: "high", source: "locals", about: { facet: "killed" }, value: { min: 50, max: 60 } },
      { id: "not-fifty", source: "rfi", about: { facet: "killed" }, value: 50, not: true },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["jointly-exclusive", [["not-fifty"], ["low"], ["high"]]]]);
  });
});

describe("quantity: in words", () => {
  it("describes each form in English", () => {
    expect(
      [12, { approx: 50 }, { approx: 50, tolerance: 6 }, { min: 20, max: 99 }, { atLeast: 500 }, { atMost: 10 }, "withheld", "unknown"].map((v) =>
        killed.describe(v),
      ),
    ).toEqual(["12", "about 50", "about 50 (±6)", "20–99", "at least 500", "at most 10", "no figure (withheld)", "not known"]);
  });

  it("describes a figure and a refusal in French", () => {
    expect(killed.describe({ approx: 50 }, "fr")).toBe("environ 50");
    expect(killed.describe("withheld", "fr")).toBe("pas de chiffre (refus)");
  });
});

describe("quantity: counting, for parts and wholes", () => {
  it("counts, and no other kind does", () => {
    const counting = (Object.keys(KINDS) as (keyof typeof KINDS)[]).filter((kind) => KINDS[kind].counts === true);
    expect(counting).toEqual(["quantity"]);
  });

  it("gives its figure as the canonical interval, which a refusal and not knowing have not", () => {
    expect(killed.canonical({ approx: 50 }).interval).toEqual({ low: 45, high: 55 });
    expect(killed.canonical("withheld").interval).toBeUndefined();
    expect(killed.canonical("unknown").interval).toBeUndefined();
  });

  it("refuses by 'withheld' alone: not knowing a toll is no refusal to give it", () => {
    const refuses = (value: unknown) => killed.hooks.refuses?.(killed.canonical(value));
    expect([refuses("withheld"), refuses("unknown"), refuses(12), refuses({ phrase: "une cinquantaine", lang: "fr" })]).toEqual([true, false, false, false]);
  });
});
