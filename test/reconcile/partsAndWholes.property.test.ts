import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reconcile, type FlagData } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";
import { actorChain, placeChain } from "../fuzz/hostileSizes.js";

type Value = number | "withheld";
const killed = (id: string, source: string, place: string | undefined, value: Value, said?: string, party?: string) => ({
  id,
  source,
  about: { facet: "killed", ...(place !== undefined ? { place } : {}), ...(party !== undefined ? { party } : {}) },
  value,
  ...(said !== undefined ? { said } : {}),
});
const flagsOf = (claims: ReturnType<typeof killed>[]) => reconcile(incidentWith(claims), { words: false }).flags;
const ACROSS = new Set(["exceeds-whole", "withheld"]);

describe("a part's figure against its wholes", () => {
  it("makes one finding of a figure above several wholes, its claims on one side and the wholes' on the other, naming every question", () => {
    const flags = flagsOf([
      killed("camp", "locals", "camp", 50),
      killed("town", "army", "town", 30),
      killed("region", "rfi", "region", 20),
      killed("all", "group", undefined, 40),
    ]);
    const found = flags.filter((f) => f.kind === "exceeds-whole").map((f) => [f.question, f.questions, f.sides]);
    expect(found).toEqual([
      ["killed|place=camp", ["killed|place=camp", "killed", "killed|place=region", "killed|place=town"], [["camp"], ["all", "region", "town"]]],
      ["killed|place=town", ["killed|place=town", "killed|place=region"], [["town"], ["region"]]],
    ]);
  });

  it("names every whole in the note, each with its answers, when a figure exceeds several", () => {
    const flag = reconcile(
      incidentWith([killed("camp", "locals", "camp", 50), killed("town", "army", "town", 30), killed("region", "rfi", "region", 20)]),
    ).flags.find((f) => f.kind === "exceeds-whole" && f.question === "killed|place=camp")!;
    expect(flag.note).toBe(
      "Killed (place Camp de Niafunké): 50 (Local sources) is more than killed (place Région de Tombouctou) allows: 20; killed (place Niafunké): 30 (RFI and Army).",
    );
  });

  it("keeps a figure's wholes from its own source apart, as self, and leaves them out of the finding between sources", () => {
    const flags = flagsOf([killed("camp", "locals", "camp", 50), killed("town", "locals", "town", 30), killed("region", "rfi", "region", 20)]);
    expect(flags.filter((f) => f.severity === "contradiction").map((f) => [f.kind, f.basis ?? null, f.sides])).toEqual([
      ["exceeds-whole", null, [["camp"], ["region"]]],
      ["self", "exceeds-whole", [["camp"], ["town"]]],
      ["exceeds-whole", null, [["town"], ["region"]]],
    ]);
  });

  it("makes findings that grow with the tolls down a chain of places or actors, not with their pairs", () => {
    for (const document of [placeChain(400, 800), actorChain(400, 400)]) {
      const flags = reconcile(document, { words: false }).flags.filter((f) => f.kind === "exceeds-whole" || f.basis === "exceeds-whole");
      expect(flags.length).toBeLessThan(2 * 400);
      expect(flags.length).toBeGreaterThan(100);
    }
  });

  it("sets on opposite sides exactly the part and whole claims that cannot both hold, once each, whoever gives them, whenever, and whatever places and parties they narrow", () => {
    const claimArb = fc.record({
      source: fc.constantFrom("army", "locals", "rfi"),
      place: fc.constantFrom(undefined, "region", "town", "camp", "other-town"),
      value: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant("withheld" as const)),
      said: fc.constantFrom(undefined, "2023-11-24", "2023-11-26"),
      party: fc.constantFrom(undefined, undefined, "jnim", "al-qaida", "fama"),
    });
    const inside: Record<string, readonly string[]> = { region: [], town: ["region"], camp: ["town", "region"], "other-town": ["region"], jnim: ["al-qaida"] };
    const within = (x: string | undefined, y: string | undefined) => y === undefined || x === y || (x !== undefined && (inside[x] ?? []).includes(y));
    type Drawn = ReturnType<typeof killed>;
    const partOf = (x: Drawn, y: Drawn) =>
      within(x.about.place, y.about.place) && within(x.about.party, y.about.party) && (x.about.place !== y.about.place || x.about.party !== y.about.party);
    fc.assert(
      fc.property(fc.array(claimArb, { minLength: 2, maxLength: 10 }), (drawn) => {
        const claims = drawn.map((c, i) => killed(`c${i}`, c.source, c.place, c.value, c.said, c.party));
        const expected = new Map<string, string>();
        for (const x of claims) {
          for (const y of claims) {
            if (typeof x.value !== "number" || !partOf(x, y)) continue;
            const kind = y.value === "withheld" ? "withheld" : x.value > y.value ? "exceeds-whole" : undefined;
            if (kind === undefined) continue;
            const sameSaid = x.said === undefined || y.said === undefined || x.said === y.said;
            if (x.source !== y.source) expected.set(`${x.id} ${y.id}`, kind);
            else if (sameSaid) expected.set(`${x.id} ${y.id}`, `self ${kind}`);
          }
        }
        const found = new Map<string, string>();
        for (const flag of flagsOf(claims) as FlagData[]) {
          const kind = flag.kind === "self" ? `self ${flag.basis}` : flag.kind;
          if (!ACROSS.has(flag.basis ?? flag.kind) || flag.sides.length !== 2) continue;
          for (const x of flag.sides[0]!) {
            for (const y of flag.sides[1]!) {
              const pair = `${x} ${y}`;
              found.set(pair, found.has(pair) ? `${found.get(pair)} and again ${kind}` : kind);
            }
          }
        }
        // A refusal against a figure of the same question is the same question's finding, not a part's.
        const sameQuestion = (pair: string) => {
          const [x, y] = pair.split(" ").map((id) => claims.find((c) => c.id === id)!);
          return x!.about.place === y!.about.place && x!.about.party === y!.about.party;
        };
        expect(new Map([...found].filter(([pair]) => !sameQuestion(pair)).sort())).toEqual(new Map([...expected].sort()));
      }),
      { numRuns: 300 },
    );
  });
});
