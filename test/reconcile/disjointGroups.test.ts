import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readings, reconcile, type FlagData } from "../../src/index.js";
import { conflictGraph } from "../../src/readings/conflictGraph.js";
import { incidentWith } from "../fixtures/build.js";
import { fewSourcesManyFigures } from "../fuzz/hostileSizes.js";

type Figure = number | { min: number; max: number };
const killed = (id: string, source: string, value: Figure, said?: string) => ({
  id,
  source,
  about: { facet: "killed" },
  value,
  ...(said !== undefined ? { said } : {}),
});
const flagsOf = (claims: ReturnType<typeof killed>[]) => reconcile(incidentWith(claims), { words: false }).flags;
const shown = (flags: readonly FlagData[], ...kinds: string[]) =>
  flags.filter((f) => kinds.includes(f.kind)).map((f) => [f.kind, ...(f.basis ? [f.basis] : []), f.sides]);

describe("disjoint figures when one source gives several of them", () => {
  it("puts a source's two figures on one side of the grouped finding, and tells its contradiction with itself apart", () => {
    const flags = flagsOf([killed("a0", "army", 0), killed("a9", "army", 9), killed("l3", "locals", 3), killed("r6", "rfi", 6)]);
    expect(shown(flags, "disjoint", "self")).toEqual([
      ["disjoint", [["a0", "a9"], ["l3"], ["r6"]]],
      ["self", "disjoint", [["a0"], ["a9"]]],
    ]);
  });

  it("keeps a source's figures at two dates out of each other's way: revised between them, and nothing else", () => {
    const flags = flagsOf([killed("a1", "army", 10, "2023-11-24"), killed("a2", "army", 50, "2023-11-26"), killed("l", "locals", 30), killed("r", "rfi", 70)]);
    expect(shown(flags, "disjoint", "self", "revised")).toEqual([
      ["disjoint", [["a1", "a2"], ["l"], ["r"]]],
      ["revised", [["a1"], ["a2"]]],
    ]);
  });

  it("makes one self finding per date of a source that dated every answer", () => {
    const flags = flagsOf([
      killed("a1", "army", 10, "2023-11-24"),
      killed("a2", "army", 20, "2023-11-24"),
      killed("a3", "army", 30, "2023-11-26"),
      killed("a4", "army", 40, "2023-11-26"),
    ]);
    expect(shown(flags, "disjoint", "self")).toEqual([
      ["self", "disjoint", [["a1"], ["a2"]]],
      ["self", "disjoint", [["a3"], ["a4"]]],
    ]);
  });

  it("never sets a source's claims at two dates against each other in a self finding, even beside its undated ones", () => {
    const flags = flagsOf([killed("a", "army", 10), killed("b", "army", 10, "2023-11-24"), killed("c", "army", 50, "2023-11-26"), killed("d", "army", 50)]);
    expect(shown(flags, "disjoint", "self", "revised")).toEqual([
      ["self", "disjoint", [["a"], ["c", "d"]]],
      ["self", "disjoint", [["b"], ["d"]]],
      ["revised", [["b"], ["c"]]],
    ]);
  });

  it("makes findings that grow with the figures: a thousand figures from ten sources make one disjoint finding and ten self findings", () => {
    const flags = reconcile(fewSourcesManyFigures(1_000, 10), { words: false }).flags;
    expect(shown(flags, "disjoint").map(([, sides]) => (sides as unknown[]).length)).toEqual([10]);
    expect(flags.filter((f) => f.kind === "self").map((f) => f.sides.length)).toEqual(Array.from({ length: 10 }, () => 100));
  });

  it("lets the readings count the figures ten sources give without joining their sides two by two", () => {
    const result = reconcile(fewSourcesManyFigures(1_000, 10), { words: false });
    expect(readings(result).components).toMatchObject([{ alternatives: [], count: 100, exact: false }]);
    expect(conflictGraph(result.flags, 64, 100_000).neighbours.flat()).toEqual([]);
  });

  it("sets on opposite sides exactly the pairs of claims that cannot both hold, once each, as disjoint between sources, self within one at one date, and never a revision", () => {
    const figure = fc.oneof(
      fc.integer({ min: 0, max: 30 }),
      fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 8 })).map(([min, width]) => ({ min, max: min + width })),
    );
    const claimArb = fc.record({
      source: fc.constantFrom("army", "locals", "rfi"),
      value: figure,
      said: fc.constantFrom(undefined, "2023-11-24", "2023-11-26"),
    });
    fc.assert(
      fc.property(fc.array(claimArb, { minLength: 2, maxLength: 9 }), (drawn) => {
        const claims = drawn.map((c, i) => killed(`c${i}`, c.source, c.value, c.said));
        const interval = (v: Figure) => (typeof v === "number" ? [v, v] : [v.min, v.max]);
        const expected = new Map<string, string>();
        claims.forEach((x, i) =>
          claims.forEach((y, j) => {
            if (j <= i) return;
            const [a, b] = [interval(x.value), interval(y.value)];
            if (a[1]! >= b[0]! && b[1]! >= a[0]!) return;
            const sameSaid = x.said === undefined || y.said === undefined || x.said === y.said;
            const kind = x.source !== y.source ? "disjoint" : sameSaid ? "self" : undefined;
            if (kind) expected.set(`${x.id} ${y.id}`, kind);
          }),
        );
        const found = new Map<string, string>();
        for (const flag of flagsOf(claims)) {
          if (flag.kind !== "disjoint" && flag.kind !== "self") continue;
          flag.sides.forEach((one, s) =>
            flag.sides.forEach((other, t) => {
              if (t <= s) return;
              for (const x of one) {
                for (const y of other) {
                  const pair = Number(x.slice(1)) < Number(y.slice(1)) ? `${x} ${y}` : `${y} ${x}`;
                  found.set(pair, found.has(pair) ? `${found.get(pair)} and again ${flag.kind}` : flag.kind);
                }
              }
            }),
          );
        }
        expect(new Map([...found].sort())).toEqual(new Map([...expected].sort()));
      }),
      { numRuns: 300 },
    );
  });
});
