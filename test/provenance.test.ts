import { test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { independent, parseIncident, reconcile, type Reconciliation } from "../src/index.js";
import { claims } from "./fixtures/arbitraries.js";
import { incidentWith } from "./fixtures/build.js";

const control = { facet: "control", place: "camp" };
const provenanceOf = (result: Reconciliation, id: string) => result.provenance.find((p) => p.claim === id)!;

describe("origins and independence", () => {
  it("counts one statement relayed by two outlets as one origin", () => {
    const result = reconcile(
      incidentWith(
        [
          { id: "via-rfi", source: "group", via: ["rfi"], about: control, value: "captured" },
          { id: "via-locals", source: "group", via: ["locals"], about: control, value: "captured" },
        ],
        { sources: [...(incidentWith([]).sources ?? [])] },
      ),
    );
    const question = result.questions[0]!;
    expect(question.positions[0]).toMatchObject({ sources: ["group"], origins: ["group"], independent: 1 });
    expect(question.status).toBe("single-source");
    expect(result.flags.map((f) => f.kind)).toContain("single-source");
    expect(result.agreements).toEqual([]);
  });

  it("counts an outlet that repeats a claim as the claim's origin, not as a second voice", () => {
    const result = reconcile(
      incidentWith([
        { id: "group-says", source: "group", about: control, value: "captured" },
        { id: "rfi-repeats", source: "rfi", basedOn: ["group-says"], about: control, value: "captured" },
      ]),
    );
    expect(result.questions[0]).toMatchObject({ origins: ["group"], independent: 1, status: "single-source" });
    expect(independent(provenanceOf(result, "group-says"), provenanceOf(result, "rfi-repeats"))).toBe(false);
  });

  it("follows basedOn through every step: a repeat of a repeat is not independent of the first claim", () => {
    const result = reconcile(
      incidentWith([
        { id: "a-original", source: "group", about: control, value: "captured" },
        { id: "b-repeat", source: "rfi", basedOn: ["a-original"], about: control, value: "captured" },
        { id: "c-repeat-of-repeat", source: "locals", basedOn: ["b-repeat"], about: control, value: "captured" },
        { id: "d-own-word", source: "army", about: control, value: "captured" },
      ]),
    );
    const of = (id: string) => provenanceOf(result, id);
    expect(of("c-repeat-of-repeat").origins).toEqual(["group"]);
    expect(independent(of("a-original"), of("c-repeat-of-repeat"))).toBe(false);
    expect(independent(of("c-repeat-of-repeat"), of("d-own-word"))).toBe(true);
    expect(result.questions[0]).toMatchObject({ origins: ["group", "army"], independent: 2, status: "agreed" });
  });

  it("gives a claim based on two others both their origins", () => {
    const result = reconcile(
      incidentWith([
        { id: "army-says", source: "army", about: control, value: "repelled" },
        { id: "locals-say", source: "locals", about: control, value: "repelled" },
        { id: "rfi-sums-up", source: "rfi", basedOn: ["locals-say", "army-says"], about: control, value: "repelled" },
      ]),
    );
    expect(provenanceOf(result, "rfi-sums-up").origins).toEqual(["army", "locals"]);
    expect(independent(provenanceOf(result, "rfi-sums-up"), provenanceOf(result, "army-says"))).toBe(false);
  });

  it("is never independent of itself", () => {
    const result = reconcile(incidentWith([{ id: "only", source: "army", about: control, value: "repelled" }]));
    expect(independent(provenanceOf(result, "only"), provenanceOf(result, "only"))).toBe(false);
  });

  it("refuses basedOn cycles when the incident is parsed, however long", () => {
    const ring = Array.from({ length: 5000 }, (_, i) => ({ id: `r${i}`, source: "rfi", basedOn: [`r${(i + 1) % 5000}`], about: control, value: "held" }));
    expect(() => parseIncident(incidentWith(ring))).toThrow(/claims form a cycle through "basedOn": r0 → r1 → r2 → .* → r4999 → r0/);
  });

  it("traces a chain of 20 000 claims, each based on the last, to its first", () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => ({
      id: `k${String(i).padStart(5, "0")}`,
      source: i === 0 ? "army" : "rfi",
      ...(i > 0 ? { basedOn: [`k${String(i - 1).padStart(5, "0")}`] } : {}),
      about: control,
      value: "held",
    }));
    const result = reconcile(incidentWith(chain));
    expect(provenanceOf(result, "k19999").origins).toEqual(["army"]);
    expect(result.questions[0]!.independent).toBe(1);
  });

  test.prop([claims])("a claim derived from another, however many steps away, is never independent of it", (list) => {
    const result = reconcile(incidentWith(list as never));
    const byId = new Map(result.provenance.map((p) => [p.claim, p]));
    for (const p of result.provenance) {
      let step = p.basedOn[0];
      while (step !== undefined) {
        expect(independent(p, byId.get(step)!)).toBe(false);
        step = byId.get(step)!.basedOn[0];
      }
    }
  });

  test.prop([claims])("independence is symmetric, and a relay is never an origin it was not already", (list) => {
    const result = reconcile(incidentWith(list as never));
    for (const a of result.provenance) {
      for (const b of result.provenance) expect(independent(a, b)).toBe(independent(b, a));
      const rootSources = new Set(result.provenance.filter((p) => p.basedOn.length === 0).map((p) => p.source));
      for (const origin of a.origins) expect(rootSources.has(origin)).toBe(true);
    }
  });

  test.prop([claims])("a position's independent count is the number of its distinct origins", (list) => {
    const result = reconcile(incidentWith(list as never));
    const byId = new Map(result.provenance.map((p) => [p.claim, p]));
    for (const position of result.questions.flatMap((q) => q.positions)) {
      const origins = new Set(position.claims.flatMap((c) => byId.get(c)!.origins));
      expect(position.independent).toBe(origins.size);
      expect(new Set(position.origins)).toEqual(origins);
    }
  });
});

describe("chains in words", () => {
  const result = reconcile(
    incidentWith([
      { id: "group-says", source: "group", via: ["locals", "rfi"], about: control, value: "captured" },
      { id: "locals-say", source: "locals", via: ["rfi"], about: control, value: "captured" },
      { id: "video", source: "rfi", basedOn: ["group-says"], about: control, value: "captured" },
      { id: "sum-up", source: "army", basedOn: ["video"], about: control, value: "captured" },
    ]),
  );

  it("reads a source and its relays, nearest the source first", () => {
    expect(provenanceOf(result, "group-says").chain).toBe("Group, via Local sources, via RFI");
    expect(provenanceOf(result, "locals-say").chain).toBe("Local sources, via RFI");
  });

  it("names what a claim is based on, and where it comes from in the end when that is further back", () => {
    expect(provenanceOf(result, "video").chain).toBe("RFI (based on Group, via Local sources, via RFI)");
    expect(provenanceOf(result, "sum-up").chain).toBe("Army (based on RFI; originally Group)");
  });
});

describe("agreements", () => {
  const agreementsOf = (list: Parameters<typeof incidentWith>[0]) =>
    reconcile(incidentWith(list)).agreements.map((a) => ({ question: a.question, value: a.value, claims: a.claims, acrossParties: a.acrossParties }));

  it("lists a fact two independent origins give, and marks it when parties of both sides agree", () => {
    expect(
      agreementsOf([
        { id: "army-date", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
        { id: "group-date", source: "group", via: ["rfi"], about: { facet: "occurred" }, value: "2023-11-24" },
      ]),
    ).toEqual([{ question: "occurred", value: "2023-11-24", claims: ["army-date", "group-date"], acrossParties: true }]);
  });

  it("does not mark an agreement between a party and a non-party as across parties", () => {
    expect(
      agreementsOf([
        { id: "army-date", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
        { id: "locals-date", source: "locals", about: { facet: "occurred" }, value: "2023-11-24" },
      ]),
    ).toEqual([{ question: "occurred", value: "2023-11-24", claims: ["army-date", "locals-date"], acrossParties: false }]);
  });

  it("does not mark two parties of one side (a katiba and the group it is part of) as across parties", () => {
    const result = reconcile(
      incidentWith(
        [
          { id: "katiba-date", source: "katiba-says", about: { facet: "occurred" }, value: "2023-11-24" },
          { id: "group-date", source: "group", about: { facet: "occurred" }, value: "2023-11-24" },
        ],
        {
          actors: [...(incidentWith([]).actors ?? []), { id: "katiba", name: "Katiba Macina", partOf: ["jnim"] }],
          sources: [...(incidentWith([]).sources ?? []), { id: "katiba-says", name: "Katiba statement", kind: "party", actor: "katiba" }],
        },
      ),
    );
    expect(result.agreements.map((a) => [a.parties, a.acrossParties])).toEqual([[["jnim", "katiba"], false]]);
  });

  it("finds sets agreeing on the names they share, whatever else each names", () => {
    expect(
      agreementsOf([
        { id: "army-means", source: "army", about: { facet: "means" }, value: ["shelling"] },
        { id: "group-means", source: "group", about: { facet: "means" }, value: ["mortar", "shelling"] },
      ]),
    ).toEqual([{ question: "means", value: ["shelling"], claims: ["army-means", "group-means"], acrossParties: true }]);
  });

  it("finds no agreement in answers that only overlap, in two refusals, or in a value and its negation", () => {
    expect(
      agreementsOf([
        { id: "about-fifty", source: "locals", about: { facet: "killed" }, value: { approx: 50 } },
        { id: "dozens", source: "group", about: { facet: "killed" }, value: { min: 20, max: 99 } },
        { id: "no-toll", source: "army", about: { facet: "wounded" }, value: "withheld" },
        { id: "no-toll-either", source: "locals", about: { facet: "wounded" }, value: "withheld" },
        { id: "took", source: "group", about: control, value: "captured" },
        { id: "did-not", source: "army", about: control, value: "captured", not: true },
      ]),
    ).toEqual([]);
  });

  it("finds two negations of the same value in agreement", () => {
    expect(
      agreementsOf([
        { id: "army-not", source: "army", about: control, value: "captured", not: true },
        { id: "locals-not", source: "locals", about: control, value: "captured", not: true },
      ]),
    ).toEqual([{ question: "control|place=camp", value: "captured", claims: ["army-not", "locals-not"], acrossParties: false }]);
  });

  it("words an agreement neutrally, naming every origin", () => {
    const [agreement] = reconcile(
      incidentWith([
        { id: "army-date", source: "army", about: { facet: "occurred" }, value: "2023-11-24" },
        { id: "group-date", source: "group", about: { facet: "occurred" }, value: "2023-11-24" },
      ]),
    ).agreements;
    expect(agreement!.note).toBe('Occurred: "2023-11-24" — 2 independent origins agree (Army and Group), among them parties on different sides.');
  });
});

describe("histories", () => {
  const result = reconcile(
    incidentWith([
      { id: "army-1", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
      { id: "army-2", source: "army", said: "2023-11-26", about: { facet: "killed" }, value: 30 },
      { id: "army-0", source: "army", said: "2023-11", about: { facet: "killed" }, value: 10 },
      { id: "locals-1", source: "locals", said: "2023-11-25", about: { facet: "killed" }, value: 30 },
      { id: "group-undated", source: "group", about: { facet: "killed" }, value: 12 },
    ]),
  );
  const question = result.questions[0]!;

  it("orders a source's answers by said, the coarser date first when they start together", () => {
    expect(question.history).toEqual([
      {
        source: "army",
        steps: [
          { said: "2023-11", claims: ["army-0"], positions: [0] },
          { said: "2023-11-24", claims: ["army-1"], positions: [0] },
          { said: "2023-11-26", claims: ["army-2"], positions: [2] },
        ],
      },
    ]);
    expect(question.positions.map((p) => p.value)).toEqual([10, 12, 30]);
  });

  it("leaves out sources that answered on one date only, or undated", () => {
    expect(question.history.map((h) => h.source)).toEqual(["army"]);
  });

  it("builds revised findings from the history: one where the answer changed, none where it stayed", () => {
    const revised = result.flags.filter((f) => f.kind === "revised");
    expect(revised.map((f) => f.sides)).toEqual([[["army-1"], ["army-2"]]]);
  });
});
