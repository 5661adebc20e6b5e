import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readings, reconcile, type Reconciliation } from "../src/index.js";
import { expectGolden } from "./fixtures/golden.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");
const goldenDir = join(import.meta.dirname, "golden");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const load = (file: string) => JSON.parse(readFileSync(join(seedsDir, file), "utf8")) as unknown;
const byId = Object.fromEntries(seeds.map((f) => [f.replace(/\.json$/, ""), reconcile(load(f))]));

const outputs = seeds.flatMap((file) => {
  const id = file.replace(/\.json$/, "");
  return [
    { golden: `${id}.reconciled.json`, make: () => byId[id]! },
    { golden: `${id}.readings.json`, make: () => readings(byId[id]!, { accounts: 16 }) },
  ];
});

describe("the seeds give their golden outputs: reconciliation (with origins, chains and agreements) and readings", () => {
  it.each(outputs)("$golden", ({ golden: name, make }) => {
    expectGolden(join(goldenDir, name), `${JSON.stringify(make(), null, 2)}\n`);
  });
});

describe("the Niafunké–Goundam seed", () => {
  const result: Reconciliation = byId["niafunke-goundam-2023-11-24"]!;
  const flag = (kind: string, question: string) => result.flags.filter((f) => f.kind === kind && f.question === question).map((f) => f.sides);

  it("finds the group's capture of the camp exclusive with the army's « repoussés » and « tenté d'occuper en vain »", () => {
    expect(flag("exclusive", "control|place=niafunke-camp")).toEqual([
      [["jnim-took-camp"], ["em-occupy-failed-niafunke"]],
      [["jnim-took-camp"], ["em-repelled-niafunke"]],
    ]);
  });

  it("finds local sources' « une cinquantaine » of soldiers killed against the army's refusal to give a toll", () => {
    expect(flag("withheld", "killed|party=fama|group=soldiers|place=niafunke")).toEqual([[["local-toll"], ["em-no-toll"]]]);
  });

  it("finds the group's « plusieurs dizaines » compatible with « une cinquantaine »", () => {
    const contradictions = result.flags.filter((f) => f.severity === "contradiction" && f.claims.includes("jnim-toll") && f.claims.includes("local-toll"));
    expect(contradictions).toEqual([]);
  });

  it("finds shelling against a suicide car bomb divergent", () => {
    expect(flag("divergent", "means|place=niafunke-camp")).toEqual([[["em-niafunke-shelling"], ["jnim-niafunke-means", "nasr-drone-video"]]]);
  });

  it("counts the video made from the group's own footage as the group's voice", () => {
    const means = result.questions.find((q) => q.key === "means|place=niafunke-camp")!;
    expect(means.positions.find((p) => p.claims.includes("nasr-drone-video"))).toMatchObject({
      sources: ["jnim-statement", "wassim-nasr"],
      origins: ["jnim-statement"],
      independent: 1,
    });
  });

  it("reads each claim's chain as a sentence", () => {
    const chain = (id: string) => result.provenance.find((p) => p.claim === id)!.chain;
    expect(chain("jnim-took-camp")).toBe("Communiqué du JNIM, via RFI");
    expect(chain("local-toll")).toBe("Sources locales, via RFI");
    expect(chain("nasr-drone-video")).toBe("Wassim Nasr (based on Communiqué du JNIM, via RFI)");
  });

  it("finds the army and the group agreeing, across the two sides, on the date and on the shelling of Goundam", () => {
    expect(result.agreements.map((a) => [a.question, a.value, a.claims, a.acrossParties])).toEqual([
      ["means|place=goundam-camp", ["shelling"], ["em-goundam-shelling", "jnim-goundam-means"], true],
      ["occurred", "2023-11-24", ["em-date", "jnim-date"], true],
    ]);
  });

  it("finds no agreement in a video made from the group's own footage", () => {
    expect(result.agreements.filter((a) => a.claims.includes("nasr-drone-video"))).toEqual([]);
  });

  it("reads two accounts of the camp's control — the group's and the army's — while the shared facts stand in both", () => {
    const read = readings(result);
    expect(read.components.map((c) => [c.questions, c.alternatives.map((a) => [a.claims, a.sources])])).toEqual([
      [
        ["control|place=niafunke-camp"],
        [
          [["jnim-took-camp"], ["jnim-statement"]],
          [["em-occupy-failed-niafunke", "em-repelled-niafunke"], ["em"]],
        ],
      ],
    ]);
    expect(read.unopposed.claims).toEqual(expect.arrayContaining(["em-date", "jnim-date", "em-goundam-shelling", "jnim-goundam-means"]));
    expect(read.count).toBe(2);
  });
});
