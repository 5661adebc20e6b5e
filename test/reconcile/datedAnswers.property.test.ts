import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { type FlagData, reconcile } from "../../src/index.js";
import { claims, widenedClaims } from "../fixtures/arbitraries.js";
import { incidentWith } from "../fixtures/build.js";

const sources = ["army", "group", "locals", "rfi"] as const;
const said = fc.constantFrom(undefined, "2023-11-24", "2023-11-25");
type Drawn = {
  id: string;
  source: string;
  said?: string;
  about: { facet: string; party?: string };
  value: number | { min: number; max: number };
  not?: boolean;
};

const flagsOf = (list: readonly object[]) => reconcile(incidentWith(list as never), { words: false }).flags;
const isJoint = (flag: FlagData) => flag.kind === "jointly-exclusive" || flag.basis === "jointly-exclusive";

/** Two claims of one source, each with its own `said` date, and the dates differ: a revision, never a contradiction. */
const twoDates = (x: Drawn, y: Drawn) => x.source === y.source && x.said !== undefined && y.said !== undefined && x.said !== y.said;

const interval = (value: Drawn["value"]) => (typeof value === "number" ? { low: value, high: value } : { low: value.min, high: value.max });

/** Every choice of one claim per side of the sets that cannot hold whole, as sorted ids. */
function jointChoices(flags: readonly FlagData[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const flag of flags.filter(isJoint)) {
    const grow = (i: number, chosen: string[]): void => {
      if (i === flag.sides.length) {
        const key = [...chosen].sort().join(" ");
        found.set(key, [...(found.get(key) ?? []), flag.kind]);
        return;
      }
      for (const claim of flag.sides[i]!) grow(i + 1, [...chosen, claim]);
    };
    grow(0, []);
  }
  return found;
}

/** Drawn claims with ids, and without the fields drawn as undefined. */
const withDates = (drawn: readonly { readonly [K in keyof Omit<Drawn, "id">]: Drawn[K] | undefined }[]): Drawn[] =>
  drawn.map((c, i) => Object.fromEntries(Object.entries({ id: `c${i}`, ...c }).filter(([, v]) => v !== undefined)) as Drawn);

describe("a source's answers at two dates, in every finding", () => {
  test.prop([fc.oneof(claims, widenedClaims)])("are never set on two sides of a contradiction, jointly-exclusive included: that is a revision", (list) => {
    const byId = new Map((list as Drawn[]).map((c) => [c.id, c] as const));
    for (const flag of flagsOf(list).filter((f) => f.severity === "contradiction")) {
      flag.sides.forEach((side, i) =>
        flag.sides.slice(i + 1).forEach((other) => {
          for (const x of side) for (const y of other) expect(twoDates(byId.get(x)!, byId.get(y)!), `${flag.kind} ${x} ${y}`).toBe(false);
        }),
      );
    }
  });

  test.prop([
    fc.array(
      fc.record({
        source: fc.constantFrom(...sources),
        said,
        about: fc.record({ facet: fc.constantFrom("killed", "wounded", "neutralized"), party: fc.constantFrom(undefined, "fama") }),
        value: fc.oneof(
          fc.integer({ min: 0, max: 40 }),
          fc.tuple(fc.nat(30), fc.nat(10)).map(([min, extra]) => ({ min, max: min + extra })),
        ),
      }),
      { maxLength: 8 },
    ),
  ])(
    "forbid exactly the killed and wounded of one scope that add up to more than a neutralized of that scope or a wider one allows, though each alone does not, and no two of them one source's answers at two dates",
    (drawn) => {
      const list = withDates(
        drawn.map((c) => ({ ...c, about: Object.fromEntries(Object.entries(c.about).filter(([, v]) => v !== undefined)) as Drawn["about"] })),
      );
      const expected: string[] = [];
      for (const k of list.filter((c) => c.about.facet === "killed")) {
        for (const w of list.filter((c) => c.about.facet === "wounded" && c.about.party === k.about.party)) {
          for (const n of list.filter((c) => c.about.facet === "neutralized" && (c.about.party === undefined || c.about.party === k.about.party))) {
            const high = interval(n.value).high;
            const [kl, wl] = [interval(k.value).low, interval(w.value).low];
            if (kl + wl > high && kl <= high && wl <= high && !twoDates(k, w) && !twoDates(k, n) && !twoDates(w, n)) {
              expected.push([k.id, w.id, n.id].sort().join(" "));
            }
          }
        }
      }
      const flags = flagsOf(list);
      const found = jointChoices(flags);
      expect([...found.keys()].sort()).toEqual([...new Set(expected)].sort());
      for (const flag of flags.filter(isJoint)) {
        const one = new Set(flag.claims.map((id) => list.find((c) => c.id === id)!.source)).size === 1;
        expect(flag.kind).toBe(one ? "self" : "jointly-exclusive");
      }
    },
  );

  test.prop([
    fc.array(
      fc.record({
        source: fc.constantFrom(...sources),
        said,
        value: fc.oneof(
          fc.integer({ min: 0, max: 12 }),
          fc.tuple(fc.nat(10), fc.nat(4)).map(([min, extra]) => ({ min, max: min + extra })),
        ),
        not: fc.boolean(),
      }),
      { maxLength: 7 },
    ),
  ])(
    "forbid exactly the two overlapping figures and the negation of what they share, of one question, no two of them one source's answers at two dates",
    (drawn) => {
      const list = withDates(drawn.map((c) => ({ ...c, about: { facet: "killed" }, not: c.not || undefined })));
      const covers = (n: { low: number; high: number }, i: { low: number; high: number }) => n.low <= i.low && i.high <= n.high;
      const expected: string[] = [];
      const asserted = list.filter((c) => !c.not);
      for (const [i, a] of asserted.entries()) {
        for (const b of asserted.slice(i + 1)) {
          const [x, y] = [interval(a.value), interval(b.value)];
          const shared = { low: Math.max(x.low, y.low), high: Math.min(x.high, y.high) };
          if (shared.low > shared.high) continue;
          for (const n of list.filter((c) => c.not)) {
            const denied = interval(n.value);
            if (covers(denied, shared) && !covers(denied, x) && !covers(denied, y) && !twoDates(a, b) && !twoDates(a, n) && !twoDates(b, n)) {
              expected.push([a.id, b.id, n.id].sort().join(" "));
            }
          }
        }
      }
      expect([...jointChoices(flagsOf(list)).keys()].sort()).toEqual([...new Set(expected)].sort());
    },
  );

  test.prop([fc.oneof(claims, widenedClaims)])("are told as revised by two sides, each of one source's claims at one date, the earlier first", (list) => {
    const byId = new Map((list as Drawn[]).map((c) => [c.id, c] as const));
    for (const flag of flagsOf(list).filter((f) => f.kind === "revised")) {
      const [before, after] = flag.said!;
      expect(flag.sides.length).toBe(2);
      expect(flag.sources.length).toBe(1);
      expect(before).not.toBe(after);
      expect(flag.sides.map((side) => [...new Set(side.map((id) => byId.get(id)!.said))])).toEqual([[before], [after]]);
    }
  });
});
