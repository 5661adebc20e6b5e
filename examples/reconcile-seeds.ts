/**
 * The demo: reconciles the five seed incidents and prints a plain-text
 * report — for each contested question its positions, who holds them (and
 * through whom), their quotes and hedges, and the flags.
 *
 * Run: npm run demo
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIncident, reconcile, type Incident, type Reconciliation } from "../src/index.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");

for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".json")).sort()) {
  const incident = parseIncident(JSON.parse(readFileSync(join(seedsDir, file), "utf8")));
  console.log(report(incident, reconcile(incident)));
}

function report(incident: Incident, result: Reconciliation): string {
  const source = (id: string) => incident.sources.find((s) => s.id === id);
  const claim = (id: string) => incident.claims.find((c) => c.id === id)!;
  const lines: string[] = [];
  const rule = "═".repeat(78);
  lines.push(rule, incident.title ?? incident.id, `${incident.claims.length} claims, ${incident.sources.length} sources, ${result.questions.length} questions`, rule);

  const contested = result.questions.filter((q) => q.status === "contested" || q.status === "withheld");
  const others = result.questions.filter((q) => !contested.includes(q));
  for (const question of contested) {
    lines.push("", `■ ${question.key}  [${question.status}]`);
    for (const position of question.positions) {
      const range = position.range ? `  (${position.range.low}–${position.range.high ?? "∞"})` : "";
      const answer = position.phrases?.length ? position.phrases.map((p) => `« ${p} »`).join(", ") : JSON.stringify(position.value);
      lines.push(`  ${position.not ? "NOT " : ""}${answer}${range} — ${position.independent} independent origin(s)`);
      for (const id of position.claims) {
        const c = claim(id);
        const chain = [source(c.source)?.name ?? c.source, ...(c.via ?? []).map((v) => `via ${source(v)?.name ?? v}`)].join(", ");
        lines.push(`      ${chain}${c.hedge ? ` [${c.hedge}]` : ""}${c.quote ? `: « ${c.quote} »` : ""}`);
      }
    }
    for (const flag of result.flags.filter((f) => f.questions.includes(question.key) && f.severity === "contradiction")) {
      lines.push(`  ⚑ ${flag.kind}: ${flag.note}`);
    }
  }
  lines.push("", "Other questions:");
  for (const question of others) lines.push(`  ${question.status.padEnd(13)} ${question.key}`);
  const notices = result.flags.filter((f) => f.severity === "notice" && (f.kind === "divergent" || f.kind === "revised"));
  if (notices.length > 0) lines.push("", "Notices:", ...notices.map((f) => `  · ${f.kind}: ${f.note}`));
  const count = (kind: string) => result.flags.filter((f) => f.kind === kind).length;
  lines.push("", `Flags: ${result.flags.length} (${["exclusive", "disjoint", "exceeds-whole", "withheld", "self", "revised", "divergent", "single-source", "parties-only"].map((k) => `${k} ${count(k)}`).join(", ")})`, "");
  return lines.join("\n");
}
