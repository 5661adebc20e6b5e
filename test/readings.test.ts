import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readings, reconcile, type Reconciliation } from "../src/index.js";
import { conflictGraph, separates } from "../src/readings/conflictGraph.js";
import { maximalIndependentSets } from "../src/readings/maximalSets.js";
import { claims, renameSources, shuffle } from "./fixtures/arbitraries.js";
import { incidentWith } from "./fixtures/build.js";

const control = { facet: "control", place: "camp" };
const alternativesOf = (result: ReturnType<typeof readings>) => result.components.map((c) => c.alternatives.map((a) => a.claims));

/** Pairs of claims a contradiction sets on opposite sides (a set that fails only whole is no pair: see {@link jointSets}). */
function opposed(result: Reconciliation): Set<string> {
  const pairs = new Set<string>();
  for (const flag of result.flags.filter((f) => separates(f) && !isJoint(f))) {
    flag.sides.forEach((side, i) =>
      flag.sides.slice(i + 1).forEach((other) => side.forEach((a) => other.forEach((b) => pairs.add(`${a}|${b}`).add(`${b}|${a}`)))),
    );
  }
  return pairs;
}

/** The sets of claims that hold two by two but not all at once, as their sides. */
function jointSets(result: Reconciliation): string[][][] {
  return result.flags.filter(isJoint).map((f) => f.sides.map((side) => [...side]));
}

/** A set that fails only whole: `jointly-exclusive`, or a source's own such set (`self` on that basis). */
function isJoint(flag: Pick<Reconciliation["flags"][number], "kind" | "basis">): boolean {
  return flag.kind === "jointly-exclusive" || flag.basis === "jointly-exclusive";
}

/** Whether a set of claims holds a claim of every side of some joint set. */
function holdsWhole(claims: ReadonlySet<string>, joints: readonly string[][][]): boolean {
  return joints.some((sides) => sides.every((side) => side.some((c) => claims.has(c))));
}

/** The maximal consistent sets of a component's claims, by trying every subset: the independent solver the readings are checked against. */
function bruteForce(claims: readonly string[], pairs: ReadonlySet<string>, joints: readonly string[][][]): string[][] {
  const consistent: string[][] = [];
  for (let mask = 0; mask < 1 << claims.length; mask++) {
    const set = claims.filter((_, i) => mask & (1 << i));
    const members = new Set(set);
    if (set.some((a) => set.some((b) => pairs.has(`${a}|${b}`))) || holdsWhole(members, joints)) continue;
    consistent.push(set);
  }
  return consistent.filter((set) => !consistent.some((other) => other.length > set.length && set.every((c) => other.includes(c)))).map((s) => [...s].sort());
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
          {
            claims: ["took"],
            sources: ["group"],
            origins: ["group"],
            holds: [{ question: "control|place=camp", positions: [0] }],
            leavesOut: ["in-vain", "repelled"],
          },
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
    expect(alternativesOf(result)).toEqual([
      [["took"], ["held", "repelled"]],
      [["there"], ["here"]],
    ]);
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
    const result = reconcile(incidentWith(list, { items: [1, 2, 3].map((n) => ({ id: `i${n}`, name: `item ${n}` })) }));
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

  it("counts a component whose finding has more sides than the bound, without listing it or joining its sides two by two: a thousand different figures are at least a thousand readings", () => {
    const list = Array.from({ length: 1_000 }, (_, i) => ({ id: `c${i}`, source: `s${i}`, about: { facet: "killed" }, value: i }));
    const result = reconcile(incidentWith(list, { sources: list.map((c) => ({ id: c.source, name: c.source, kind: "media" as const })) }), { words: false });
    expect(readings(result).components).toMatchObject([{ alternatives: [], count: 1_000, exact: false }]);
    expect(readings(result).components[0]!.claims).toHaveLength(1_000);
    const graph = conflictGraph(result.flags, 64);
    expect([graph.neighbours.flat().length, graph.wide.map((w) => [w.classes.length, w.sides])]).toEqual([0, [[1_000, 1_000]]]);
  });

  it("refuses what is not a reconciliation, saying what to pass", () => {
    expect(() => readings(incidentWith([]) as never)).toThrow(/readings\(\) takes what reconcile\(\) returns.*pass reconcile\(incident\)/);
  });

  it("reads the JSON of a reconciliation as well as the reconciliation", () => {
    const result = reconcile(
      incidentWith([
        { id: "took", source: "group", about: control, value: "captured" },
        { id: "repelled", source: "army", about: control, value: "repelled" },
      ]),
    );
    expect(readings(JSON.parse(JSON.stringify(result)))).toStrictEqual(readings(result));
  });
});

describe("readings of sets that hold two by two but not all at once", () => {
  it("keeps any two of three quantity claims that leave no figure together, never the three", () => {
    const result = reconcile(
      incidentWith([
        { id: "forty-fifty", source: "army", about: { facet: "killed" }, value: { min: 40, max: 50 } },
        { id: "fifty-sixty", source: "locals", about: { facet: "killed" }, value: { min: 50, max: 60 } },
        { id: "not-fifty", source: "rfi", about: { facet: "killed" }, value: 50, not: true },
      ]),
    );
    expect(result.flags.filter((f) => f.severity === "contradiction").map((f) => [f.kind, f.sides])).toEqual([
      ["jointly-exclusive", [["not-fifty"], ["forty-fifty"], ["fifty-sixty"]]],
    ]);
    expect(alternativesOf(readings(result))).toEqual([
      [
        ["forty-fifty", "not-fifty"],
        ["fifty-sixty", "not-fifty"],
        ["fifty-sixty", "forty-fifty"],
      ],
    ]);
  });

  it("sums parts that cannot overlap against their whole: thirty killed and thirty wounded are more than forty neutralised", () => {
    const result = reconcile(
      incidentWith([
        { id: "killed", source: "army", about: { facet: "killed" }, value: 30 },
        { id: "wounded", source: "locals", about: { facet: "wounded" }, value: 30 },
        { id: "neutralized", source: "group", about: { facet: "neutralized" }, value: 40 },
      ]),
    );
    const joint = result.flags.filter((f) => f.kind === "jointly-exclusive");
    expect(joint.map((f) => [f.basis, f.question, f.sides])).toEqual([["exceeds-whole", "neutralized", [["killed"], ["wounded"], ["neutralized"]]]]);
    expect(joint[0]!.note).toBe(
      "Neutralized: killed 30 (Army) and wounded 30 (Local sources) together are more than 40 (Group) allows, though each alone is not.",
    );
    expect(readings(result).components[0]!.count).toBe(3);
  });
});

describe("readings of a source's own answers", () => {
  it("read a source's own set that cannot hold whole as a set: any two of its claims stand together, never the three", () => {
    const result = reconcile(
      incidentWith([
        { id: "killed", source: "army", about: { facet: "killed" }, value: 30 },
        { id: "wounded", source: "army", about: { facet: "wounded" }, value: 30 },
        { id: "neutralized", source: "army", about: { facet: "neutralized" }, value: 40 },
      ]),
    );
    expect(result.flags.filter((f) => f.severity === "contradiction").map((f) => [f.kind, f.basis])).toEqual([["self", "jointly-exclusive"]]);
    expect(alternativesOf(readings(result))).toEqual([
      [
        ["killed", "neutralized"],
        ["killed", "wounded"],
        ["neutralized", "wounded"],
      ],
    ]);
  });

  it("hold a source's answers at two dates in one reading, each read at its date: a part above its whole given on another day", () => {
    const result = reconcile(
      incidentWith([
        { id: "neutralized", source: "army", said: "2023-11-24", about: { facet: "neutralized" }, value: 40 },
        { id: "killed", source: "army", said: "2023-11-25", about: { facet: "killed" }, value: 50 },
        { id: "wounded", source: "army", said: "2023-11-25", about: { facet: "wounded" }, value: 30 },
      ]),
    );
    expect(result.flags.filter((f) => f.severity === "contradiction")).toEqual([]);
    expect(readings(result).unopposed.claims).toEqual(["killed", "neutralized", "wounded"]);
  });
});

describe("readings, for any incident", () => {
  test.prop([claims])("keep only claims that can all hold together", (list) => {
    const result = reconcile(incidentWith(list as never));
    const pairs = opposed(result);
    const joints = jointSets(result);
    for (const alternative of readings(result, { maxAlternatives: 10_000 }).components.flatMap((c) => c.alternatives)) {
      for (const a of alternative.claims) for (const b of alternative.claims) expect(pairs.has(`${a}|${b}`)).toBe(false);
      expect(holdsWhole(new Set(alternative.claims), joints)).toBe(false);
    }
  });

  test.prop([claims])("are maximal: every claim an alternative leaves out contradicts one it keeps, or completes a set that cannot hold whole", (list) => {
    const result = reconcile(incidentWith(list as never));
    const pairs = opposed(result);
    const joints = jointSets(result);
    for (const alternative of readings(result, { maxAlternatives: 10_000 }).components.flatMap((c) => c.alternatives)) {
      for (const out of alternative.leavesOut) {
        const pairwise = alternative.claims.some((kept) => pairs.has(`${out}|${kept}`));
        expect(pairwise || holdsWhole(new Set([...alternative.claims, out]), joints)).toBe(true);
      }
    }
  });

  test.prop([claims])("are exactly what trying every subset of a component finds", (list) => {
    const result = reconcile(incidentWith(list as never));
    const pairs = opposed(result);
    const joints = jointSets(result);
    for (const component of readings(result, { maxAlternatives: 10_000 }).components) {
      if (component.claims.length > 12) continue;
      const expected = bruteForce(component.claims, pairs, joints)
        .map((s) => s.join(" "))
        .sort();
      expect(component.alternatives.map((a) => a.claims.join(" ")).sort()).toEqual(expected);
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
