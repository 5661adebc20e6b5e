import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reconcile, type Reconciliation } from "../src/index.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");
const goldenDir = join(import.meta.dirname, "golden");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".json")).sort();
const load = (file: string) => JSON.parse(readFileSync(join(seedsDir, file), "utf8")) as unknown;
const byId = Object.fromEntries(seeds.map((f) => [f.replace(/\.json$/, ""), reconcile(load(f))]));

describe("the seeds reconcile to their golden outputs", () => {
  it.each(seeds)("%s", (file) => {
    const result = byId[file.replace(/\.json$/, "")]!;
    const golden = join(goldenDir, file.replace(/\.json$/, ".reconciled.json"));
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (process.env["UPDATE_GOLDEN"] === "1" || !existsSync(golden)) {
      if (process.env["CI"] && !existsSync(golden)) throw new Error(`missing golden file ${golden}: run npm run golden`);
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(golden, text);
    }
    expect(text).toBe(readFileSync(golden, "utf8"));
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
    const contradictions = result.flags.filter(
      (f) => f.severity === "contradiction" && f.claims.includes("jnim-toll") && f.claims.includes("local-toll"),
    );
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
});
