import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { mergeIncidents, reconcile, type Flag } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";

const root = join(import.meta.dirname, "..", "..");
const first = JSON.parse(readFileSync(join(root, "seeds", "niafunke-goundam-2023-11-24.json"), "utf8")) as object;
const second = JSON.parse(readFileSync(join(root, "test", "fixtures", "niafunke-goundam-second-coder.json"), "utf8")) as object;

describe("mergeIncidents", () => {
  const merged = mergeIncidents(first, second);

  it("aligns the second coder's sources, actors and places with the first's by id, or by a name folded as normalizeName folds it", () => {
    expect(merged.aligned.filter((e) => e.a !== e.b).map((e) => [e.list, e.a, e.b, e.by])).toEqual([
      ["actors", "fama", "famas", "name"],
      ["places", "niafunke-camp", "camp-niafunke", "name"],
      ["places", "goundam-camp", "camp-goundam", "name"],
      ["sources", "jnim-statement", "jnim-communique", "name"],
      ["sources", "em", "etat-major", "name"],
      ["sources", "local", "sources-locales", "name"],
    ]);
    expect(merged.unaligned.map((e) => [e.list, e.side, e.id])).toEqual([
      ["actors", "a", "wagner"],
      ["actors", "a", "al-qaida"],
      ["sources", "a", "wassim-nasr"],
    ]);
  });

  it("keeps every claim once: a claim both coders made is one, whatever its id", () => {
    expect(merged.sameClaims).toHaveLength(10);
    expect(merged.sameClaims).toContainEqual({ a: "em-date", b: "army-date" });
    expect(merged.incident.claims).toHaveLength(18 + 17 - 10);
  });

  it("renames an id the second coder gave to a different claim, and says so", () => {
    expect(merged.collisions.map((c) => [c.list, c.id, c.renamed])).toEqual([
      ["claims", "jnim-took-camp", "jnim-took-camp-b"],
      ["claims", "jnim-prisoners", "jnim-prisoners-b"],
      ["claims", "local-toll", "local-toll-b"],
    ]);
    expect(merged.collisions[0]).toMatchObject({
      a: 'control|place=niafunke-camp = "captured" (jnim-statement, claimed)',
      b: 'control|place=niafunke-camp = "captured" (jnim-statement, reported)',
    });
  });

  it("rewrites the second coder's references to the merged entries, keeping those that already name them", () => {
    const claim = (id: string) => merged.incident.claims.find((c) => c.id === id)!;
    expect(claim("army-repelled")).toMatchObject({ source: "em", via: ["rfi"], about: { facet: "control", place: "niafunke" } });
    expect(claim("local-toll-b")).toMatchObject({ source: "local", about: { party: "fama", place: "Niafunké" } });
    expect(merged.idsOfB.sources).toEqual({ "jnim-communique": "jnim-statement", "etat-major": "em", "sources-locales": "local", rfi: "rfi" });
  });

  it("reconciles to the union of both encodings' findings", () => {
    const [ra, rb, rm] = [reconcile(first), reconcile(second), reconcile(merged.incident)];
    const toMerge = (id: string) => merged.idsOfB.claims[id] ?? id;
    // Every finding of each encoding is in the merge, over the same claims or more.
    for (const [flags, ids] of [
      [ra.flags, (id: string) => id],
      [rb.flags, toMerge],
    ] as const) {
      for (const flag of flags) expect(rm.flags.some((m) => m.kind === flag.kind && flag.claims.every((c) => m.claims.includes(ids(c))))).toBe(true);
    }
    // And the merge finds nothing neither found: its findings are the union of theirs, each read in the merge's questions.
    const questionOf = (result: typeof ra, claim: string) => result.provenance.find((p) => p.claim === claim)!.question;
    const inB = (flag: Flag) => `${flag.kind} ${questionOf(rm, toMerge(flag.claims.find((c) => questionOf(rb, c) === flag.question)!))}`;
    const key = (flag: Flag) => `${flag.kind} ${flag.question}`;
    expect(new Set(rm.flags.map(key))).toEqual(new Set([...ra.flags.map(key), ...rb.flags.map(inB)]));
  });

  it("keeps a's incident fields and lists the ones b gives otherwise", () => {
    expect(merged.incident.title).toBe("Attaques du JNIM contre les camps militaires de Niafunké et Goundam");
    expect(merged.conflicts.map((c) => [c.list, c.field])).toEqual([
      ["incident", "title"],
      ["incident", "comment"],
    ]);
  });

  it("gives an aligned entry the other coder's names as aliases, unless another entry answers to them", () => {
    const byName = mergeIncidents(
      incidentWith([]),
      incidentWith([], {
        actors: [
          { id: "fama", name: "FAMa" },
          { id: "gsim", name: "GSIM", aliases: ["JNIM", "Jama'at Nasr al-Islam"] },
        ],
      }),
    );
    expect(byName.aligned.find((e) => e.b === "gsim")).toEqual({ list: "actors", a: "jnim", b: "gsim", by: "name" });
    expect(byName.incident.actors.find((x) => x.id === "jnim")?.aliases).toEqual(["GSIM", "Jama'at Nasr al-Islam"]);
    const taken = mergeIncidents(
      incidentWith([]),
      incidentWith([], {
        actors: [
          { id: "fama", name: "FAMa" },
          { id: "jnim", name: "JNIM", aliases: ["al-Qaïda"] },
        ],
      }),
    );
    expect(taken.incident.actors.find((x) => x.id === "jnim")?.aliases).toEqual(["GSIM"]);
  });

  it("does not align an entry whose names match several of the other encoding's, and keeps it apart", () => {
    const result = mergeIncidents(
      incidentWith([]),
      incidentWith([], {
        actors: [
          { id: "fama", name: "FAMa" },
          { id: "gsim", name: "GSIM", aliases: ["JNIM", "al-Qaïda"] },
        ],
      }),
    );
    expect(result.unaligned.filter((e) => e.side === "b")).toEqual([
      { list: "actors", side: "b", id: "gsim", name: "GSIM", reason: "ambiguous", candidates: ["al-qaida", "jnim"] },
    ]);
    expect(result.incident.actors.find((x) => x.id === "gsim")).toEqual({ id: "gsim", name: "GSIM (b)" });
  });

  it("keeps an entry whose id means something else in the other encoding under a new id", () => {
    const a = incidentWith([{ id: "c1", source: "army", about: { facet: "killed" }, value: 3 }]);
    const b = incidentWith([{ id: "c1", source: "army", about: { facet: "killed" }, value: 3 }], {
      sources: [{ id: "army", name: "Armée nigériane", kind: "government" }],
    });
    const result = mergeIncidents(a, b);
    expect(result.collisions).toEqual([
      { list: "sources", id: "army", a: "Army", b: "Armée nigériane", renamed: "army-b" },
      { list: "claims", id: "c1", a: "killed = 3 (army)", b: "killed = 3 (army-b)", renamed: "c1-b" },
    ]);
    expect(result.incident.claims.map((c) => [c.id, c.source])).toEqual([
      ["c1", "army"],
      ["c1-b", "army-b"],
    ]);
  });

  it("does not mutate either encoding", () => {
    const [a, b] = [structuredClone(first), structuredClone(second)];
    mergeIncidents(a, b);
    expect([a, b]).toEqual([first, second]);
  });
});
