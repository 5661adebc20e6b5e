import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readings, reconcile, type Reconciliation } from "../src/index.js";
import { separates } from "../src/readings/conflictGraph.js";
import { maximalIndependentSets } from "../src/readings/maximalSets.js";
import { claims, renameSources, shuffle } from "./fixtures/arbitraries.js";
import { incidentWith } from "./fixtures/build.js";

const control = { facet: "control", place: "camp" };
const alternativesOf = (result: ReturnType<typeof readings>) => result.components.map((c) => c.alternatives.map((a) => a.claims));

/** Pairs of claims a contradiction sets on opposite sides. */
function opposed(result: Reconciliation): Set<string> {
  const pairs = new Set<string>();
  for (const flag of result.flags.filter(separates)) {
    flag.sides.forEach((side, i) =>
      flag.sides.slice(i + 1).forEach((other) => side.forEach((a) => other.forEach((b) => pairs.add(`${a}|${b}`).add(`${b}|${a}`)))),
    );
  }
  return pairs;
}

describe("readings", () => {
  it("gives the two accounts of a camp's control, each with the claims and sources behind it", () => {
    const result = readings(
      reconcile(
        incidentWith([
          { id: "took", source: "group", about: control, value: "captured" },
          { id: "in-vain", source: "army", about: control, value: "captured", not: true },
          { id: "repelled", source: "army", about: control, value: "repelled" },
          { id: "date", source: "rfi", about: { facet: "occurred" }, value: "2023-11-24" },
        ]),
      ),
    );
    expect(result.components).toEqual([
      {
        questions: ["control|place=camp"],
        claims: ["in-vain", "repelled", "took"],
        alternatives: [
          { claims: ["took"], sources: ["group"], origins: ["group"], holds: [{ question: "control|place=camp", positions: [0] }], leavesOut: ["in-vain", "repelled"] },
          {
            claims: ["in-vain", "repelled"],
            sources: ["army"],
            origins: ["army"],
            holds: [{ question: "control|place=camp", positions: [1, 2] }],
            leavesOut: ["took"],
          },
        ],
        count: 2,
        exact: true,
      },
    ]);
    expect(result.unopposed).toEqual({ claims: ["date"], sources: ["rfi"] });
    expect([result.count, result.exact]).toEqual([2, true]);
  });

  it("keeps a refusal to give a figure beside every figure", () => {
    const result = readings(
      reconcile(
        incidentWith([
          { id: "fifty", source: "locals", about: { facet: "killed" }, value: { approx: 50 } },
          { id: "no-toll", source: "army", about: { facet: "killed" }, value: "withheld" },
        ]),
      ),
    );
    expect(result.components).toEqual([]);
    expect(result.unopposed.claims).toEqual(["fifty", "no-toll"]);
  });

  it("joins a part and its whole in one component when the part exceeds the whole", () => {
    const result = readings(
      reconcile(
        incidentWith([
          { id: "fifty-in-town", source: "locals", about: { facet: "killed", place: "town" }, value: { approx: 50 } },
          { id: "twenty-in-region", source: "army", about: { facet: "killed", place: "region" }, value: 20 },
          { id: "sixty-in-region", source: "group", about: { facet: "killed", place: "region" }, value: 60 },
        ]),
      ),
    );
    expect(result.components.map((c) => c.questions)).toEqual([["killed|place=region", "killed|place=town"]]);
    expect(alternativesOf(result)).toEqual([[["twenty-in-region"], ["fifty-in-town", "sixty-in-region"]]]);
  });

  it("reads three answers that exclude one another as three alternatives, and factors independent questions", () => {
    const result = readings(
      reconcile(
        incidentWith([
          { id: "here", source: "army", about: { facet: "location" }, value: "town" },
          { id: "there", source: "group", about: { facet: "location" }, value: "other-town" },
          { id: "took", source: "group", about: control, value: "captured" },
          { id: "repelled", source: "army", about: control, value: "repelled" },
          { id: "held", source: "locals", about: control, value: "held" },
        ]),
      ),
      { accounts: 10 },
    );
    expect(alternativesOf(result)).toEqual([[["took"], ["held", "repelled"]], [["there"], ["here"]]]);
    expect(result.count).toBe(4);
    expect(result.accounts?.map((a) => a.claims)).toEqual([
      ["there", "took"],
      ["here", "took"],
      ["held", "repelled", "there"],
      ["held", "here", "repelled"],
    ]);
  });

  it("lists whole accounts only on request, and counts them instead of listing more than asked", () => {
    const list = [1, 2, 3].flatMap((n) => [
      { id: `g${n}`, source: "group", about: { facet: "killed", item: `i${n}` }, value: 10 },
      { id: `a${n}`, source: "army", about: { facet: "killed", item: `i${n}` }, value: 30 },
    ]);
    const result = reconcile(incidentWith(list));
    expect(readings(result).accounts).toBeUndefined();
    expect(readings(result, { accounts: 7 })).toMatchObject({ count: 8, exact: true });
    expect(readings(result, { accounts: 7 }).accounts).toBeUndefined();
    expect(readings(result, { accounts: 8 }).accounts).toHaveLength(8);
  });

  it("says a component has more alternatives than the bound (as a lower bound) instead of listing some of them", () => {
    const counts = [0, 10, 20, 30, 40, 50, 60];
    const list = counts.map((n, i) => ({ id: `c${i}`, source: i % 2 ? "army" : "group", about: { facet: "killed" }, value: { min: n, max: n + 15 } }));
    const full = readings(reconcile(incidentWith(list)));
    expect(full.components[0]).toMatchObject({ count: 6, exact: true });
    const bounded = readings(reconcile(incidentWith(list)), { maxAlternatives: 3 });
    expect(bounded.components[0]).toMatchObject({ alternatives: [], count: 4, exact: false });
    expect([bounded.count, bounded.exact]).toEqual([4, false]);
  });

  it("refuses what is not a reconciliation, saying what to pass", () => {
    expect(() => readings(incidentWith([]) as never)).toThrow(/readings\(\) takes what reconcile\(\) returns.*pass reconcile\(incident\)/);
  });

  it("reads the JSON of a reconciliation as well as the reconciliation", () => {
    const result = reconcile(incidentWith([{ id: "took", source: "group", about: control, value: "captured" }, { id: "repelled", source: "army", about: control, value: "repelled" }]));
    expect(readings(JSON.parse(JSON.stringify(result)))).toEqual(readings(result));
  });
});

describe("readings, for any incident", () => {
  test.prop([claims])("keep only claims that can all hold together", (list) => {
    const result = reconcile(incidentWith(list as never));
    const pairs = opposed(result);
    for (const alternative of readings(result, { maxAlternatives: 10_000 }).components.flatMap((c) => c.alternatives)) {
      for (const a of alternative.claims) for (const b of alternative.claims) expect(pairs.has(`${a}|${b}`)).toBe(false);
    }
  });

  test.prop([claims])("are maximal: every claim an alternative leaves out contradicts one it keeps", (list) => {
    const result = reconcile(incidentWith(list as never));
    const pairs = opposed(result);
    for (const alternative of readings(result, { maxAlternatives: 10_000 }).components.flatMap((c) => c.alternatives)) {
      for (const out of alternative.leavesOut) expect(alternative.claims.some((kept) => pairs.has(`${out}|${kept}`))).toBe(true);
    }
  });

  test.prop([claims])("give every claim a place in at least one reading, and every claim once: in a component or unopposed", (list) => {
    const result = reconcile(incidentWith(list as never));
    const read = readings(result, { maxAlternatives: 10_000 });
    const inComponents = read.components.flatMap((c) => c.claims);
    expect([...inComponents, ...read.unopposed.claims].sort()).toEqual(result.provenance.map((p) => p.claim).sort());
    for (const component of read.components) {
      expect(new Set(component.alternatives.flatMap((a) => a.claims))).toEqual(new Set(component.claims));
    }
  });

  test.prop([claims, fc.infiniteStream(fc.nat())])("are the same, in the same order, whatever the order of the claims", (list, randomness) => {
    const shuffled = readings(reconcile(incidentWith(shuffle(list, randomness) as never)), { accounts: 1000 });
    expect(shuffled).toEqual(readings(reconcile(incidentWith(list as never)), { accounts: 1000 }));
  });

  test.prop([claims, fc.shuffledSubarray(["zulu", "alpha", "mike", "kilo"], { minLength: 4, maxLength: 4 })])(
    "are the same, in the same order, whatever the sources are called",
    (list, newIds) => {
      const { incident, restore } = renameSources(list, newIds);
      const renamed = JSON.parse(restore(JSON.stringify(readings(reconcile(incident), { accounts: 1000 }))));
      expect(renamed).toEqual(readings(reconcile(incidentWith(list as never)), { accounts: 1000 }));
    },
  );
});

describe("maximal independent sets", () => {
  const graphs = fc.integer({ min: 1, max: 11 }).chain((n) =>
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }).map((edges) => {
      const neighbours = Array.from({ length: n }, () => new Set<number>());
      for (const [a, b] of edges) if (a !== b) neighbours[a]!.add(b) && neighbours[b]!.add(a);
      return { n, neighbours: neighbours.map((s) => [...s]) };
    }),
  );

  /** Every subset, kept when independent and maximal: the definition, by brute force. */
  function bruteForce(n: number, neighbours: readonly (readonly number[])[]): number[][] {
    const found: number[][] = [];
    for (let mask = 0; mask < 1 << n; mask++) {
      const inSet = (v: number) => (mask & (1 << v)) !== 0;
      const members = Array.from({ length: n }, (_, v) => v).filter(inSet);
      const independentSet = members.every((v) => neighbours[v]!.every((w) => !inSet(w)));
      const maximal = Array.from({ length: n }, (_, v) => v).every((v) => inSet(v) || neighbours[v]!.some(inSet));
      if (independentSet && maximal) found.push(members);
    }
    return found;
  }

  test.prop([graphs])("are exactly the sets the definition gives, each once", ({ n, neighbours }) => {
    const { sets, complete, count } = maximalIndependentSets(n, neighbours, 10_000);
    expect(complete).toBe(true);
    expect(count).toBe(sets.length);
    const key = (s: readonly number[]) => s.join(",");
    expect(sets.map(key).sort()).toEqual(bruteForce(n, neighbours).map(key).sort());
  });

  it("stop at the bound, or when the step budget runs out, and say how many there are at least", () => {
    const path = Array.from({ length: 30 }, (_, i) => [i - 1, i + 1].filter((j) => j >= 0 && j < 30));
    expect(maximalIndependentSets(30, path, 5)).toEqual({ sets: [], complete: false, count: 6 });
    expect(maximalIndependentSets(30, path, 10_000, 3)).toMatchObject({ sets: [], complete: false });
  });
});
