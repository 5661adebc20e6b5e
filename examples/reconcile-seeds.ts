/**
 * The demo: reconciles the five seed incidents and prints a plain-text
 * report — for each contested question its positions, who holds them (each
 * claim's chain: its source and the relays it reached us through), how many
 * independent origins stand behind each, their quotes and hedges, and the
 * flags; then what independent origins agree on, and the coherent readings:
 * for each group of claims that contradict one another, the alternative
 * accounts that can each hold.
 *
 * Run: npm run demo
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseIncident, readings, reconcile, type Incident, type Position, type Reconciliation } from "../src/index.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");

for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".json")).sort()) {
  const incident = parseIncident(JSON.parse(readFileSync(join(seedsDir, file), "utf8")));
  console.log(report(incident, reconcile(incident)));
}

function report(incident: Incident, result: Reconciliation): string {
  const sourceName = (id: string) => incident.sources.find((s) => s.id === id)?.name ?? id;
  const claim = (id: string) => incident.claims.find((c) => c.id === id)!;
  const chain = (id: string) => result.provenance.find((p) => p.claim === id)!.chain;
  const question = (key: string) => result.questions.find((q) => q.key === key)!;
  const lines: string[] = [];
  const rule = "═".repeat(78);
  lines.push(rule, incident.title ?? incident.id, `${incident.claims.length} claims, ${incident.sources.length} sources, ${result.questions.length} questions`, rule);

  const contested = result.questions.filter((q) => q.status === "contested" || q.status === "withheld");
  const others = result.questions.filter((q) => !contested.includes(q));
  for (const q of contested) {
    lines.push("", `■ ${q.key}  [${q.status}]`);
    for (const position of q.positions) {
      lines.push(`  ${answer(position)} — ${position.independent} independent origin(s): ${position.origins.map(sourceName).join(", ")}`);
      for (const id of position.claims) {
        const c = claim(id);
        lines.push(`      ${chain(id)}${c.hedge ? ` [${c.hedge}]` : ""}${c.quote ? `: « ${c.quote} »` : ""}`);
      }
    }
    for (const flag of result.flags.filter((f) => f.questions.includes(q.key) && f.severity === "contradiction")) {
      lines.push(`  ⚑ ${flag.kind}: ${flag.note}`);
    }
  }

  lines.push("", "Other questions:");
  for (const q of others) {
    const shown = q.positions.map(answer).join(" | ");
    lines.push(`  ${q.status.padEnd(13)} ${q.key}: ${shown} (${q.origins.map(sourceName).join(", ")})`);
  }

  if (result.agreements.length > 0) lines.push("", "Agreements:", ...result.agreements.map((a) => `  ✓ ${a.note}`));
  const notices = result.flags.filter((f) => f.severity === "notice" && (f.kind === "divergent" || f.kind === "revised"));
  if (notices.length > 0) lines.push("", "Notices:", ...notices.map((f) => `  · ${f.kind}: ${f.note}`));

  const read = readings(result);
  lines.push("", `Readings: ${read.count} coherent account(s)${read.exact ? "" : " at least"}; ${read.unopposed.claims.length} claims stand in every one.`);
  read.components.forEach((component, i) => {
    lines.push(`  Component ${i + 1} (${component.questions.join(", ")}): ${component.count} alternative(s)`);
    component.alternatives.forEach((alternative, j) => {
      const says = alternative.holds.flatMap((h) => h.positions.map((p) => answer(question(h.question).positions[p]!))).join(" and ");
      lines.push(`    ${String.fromCharCode(65 + j)}. ${says} — ${alternative.sources.map(sourceName).join(", ")} (${alternative.claims.join(", ")})`);
    });
  });

  const count = (kind: string) => result.flags.filter((f) => f.kind === kind).length;
  lines.push("", `Flags: ${result.flags.length} (${["exclusive", "disjoint", "exceeds-whole", "withheld", "self", "revised", "divergent", "single-source", "parties-only"].map((k) => `${k} ${count(k)}`).join(", ")})`, "");
  return lines.join("\n");
}

/** A position as the source gave it: its words for counts given in words, with the interval read from them. */
function answer(position: Position): string {
  const range = position.range && typeof position.range.low === "number" ? `  (${position.range.low}–${position.range.high ?? "∞"})` : "";
  const value = position.phrases?.length ? position.phrases.map((p) => `« ${p} »`).join(", ") : JSON.stringify(position.value);
  return `${position.not ? "NOT " : ""}${value}${range}`;
}
