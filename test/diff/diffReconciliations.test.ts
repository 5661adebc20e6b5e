import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffReconciliations, formatReport, reconcile, type IncidentInput } from "../../src/index.js";

const yesterday = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "seeds", "niafunke-goundam-2023-11-24.json"), "utf8")) as IncidentInput;
/** The same incident a day later: local sources now say about sixty, the army gives a toll, and a new claim comes in. */
const today: IncidentInput = {
  ...yesterday,
  claims: [
    ...yesterday.claims.map((c) =>
      c.id === "local-toll" ? { ...c, value: { approx: 60 } } : c.id === "em-no-toll" ? { ...c, value: 25, said: "2023-11-26" } : c,
    ),
    { id: "em-wounded", source: "em", said: "2023-11-26", about: { facet: "wounded", party: "fama" }, value: 12, quote: "douze blessés" },
  ],
};

describe("diffReconciliations", () => {
  const before = reconcile(yesterday);
  const after = reconcile(today);
  const diff = diffReconciliations(before, after);

  it("finds the positions whose figure moved, and the questions that came", () => {
    expect(diff.questions.map((q) => [q.question, q.gone.map((p) => p.value), q.added.map((p) => p.value)])).toEqual([
      ["killed|party=fama", ["withheld"], [25]],
      ["killed|party=fama|group=soldiers", [], []],
      ["killed|party=fama|group=soldiers|place=niafunke", [{ approx: 50, tolerance: 5 }], [{ approx: 60 }]],
      ["wounded|party=fama", [], [12]],
    ]);
    expect(diff.questions[3]).toMatchObject({ statusAfter: "single-source" });
    expect(diff.questions[3]).not.toHaveProperty("statusBefore");
  });

  it("names the sources that revised their answer", () => {
    expect(diff.revisions.map((r) => [r.source, r.question, r.before.map((a) => a.value), r.after.map((a) => a.value)])).toEqual([
      ["em", "killed|party=fama", ["withheld"], [25]],
      ["local", "killed|party=fama|group=soldiers|place=niafunke", [{ approx: 50, tolerance: 5 }], [{ approx: 60 }]],
    ]);
  });

  it("finds the findings that appeared and those that went away", () => {
    expect(diff.appeared.map((f) => [f.kind, f.question])).toEqual([
      ["single-source", "killed|party=fama"],
      ["parties-only", "killed|party=fama"],
      ["exceeds-whole", "killed|party=fama|group=soldiers|place=niafunke"],
      ["single-source", "wounded|party=fama"],
      ["parties-only", "wounded|party=fama"],
    ]);
    expect(diff.resolved.map((f) => [f.kind, f.question])).toEqual([
      ["withheld", "killed|party=fama|group=soldiers"],
      ["withheld", "killed|party=fama|group=soldiers|place=niafunke"],
    ]);
  });

  it("finds nothing between a reconciliation and itself", () => {
    expect(diffReconciliations(before, reconcile(yesterday))).toEqual({
      incidents: { before: before.incident, after: before.incident },
      appeared: [],
      resolved: [],
      changed: [],
      questions: [],
      revisions: [],
    });
  });

  it("reads reconciliations without words as well", () => {
    expect(diffReconciliations(reconcile(yesterday, { words: false }), reconcile(today, { words: false })).revisions).toHaveLength(2);
  });

  it("does not mutate either reconciliation", () => {
    const [b, a] = [structuredClone(before), structuredClone(after)];
    diffReconciliations(b, a);
    formatReport(a, { since: b });
    expect([b, a]).toEqual([structuredClone(before), structuredClone(after)]);
  });

  it("says what changed in a short section of the later version's report", () => {
    const lines = formatReport(after, { since: before }).split("\n");
    const at = lines.indexOf("Since the earlier version");
    expect(at).toBeGreaterThan(0);
    expect(lines.filter((l) => l.startsWith("Δ ")).slice(-4)).toEqual([
      "Δ Killed (party Forces armées maliennes, group soldiers, place Niafunké): withheld → contested",
      "Δ Wounded (party Forces armées maliennes): no answer → 12",
      "Δ État-major général des Armées revised Killed (party Forces armées maliennes): no figure (withheld) → 25",
      'Δ Sources locales revised Killed (party Forces armées maliennes, group soldiers, place Niafunké): "une cinquantaine" (45–55) → about 60',
    ]);
    expect(formatReport(after, { since: before, format: "markdown", lang: "fr" })).toContain("### Depuis la version précédente");
    expect(formatReport(after, { since: before, format: "html" })).toContain('<ul class="since">');
    expect(formatReport(after, { since: reconcile(today) }).split("\n")).toContain("Δ Nothing has changed.");
    expect(formatReport(after)).not.toContain("Since the earlier version");
  });
});
