import type { ClaimLine, QuestionBlock, ReportModel } from "./reportModel.js";

/**
 * A report as plain text, for a terminal or an e-mail: headings underlined,
 * each position with the claims behind it indented, the sources' words in
 * quotation marks.
 */
export function renderText(model: ReportModel): string {
  const lines: string[] = [model.title, "=".repeat(model.title.length), model.subtitle, ""];
  const heading = (text: string) => lines.push(text, "-".repeat(text.length), "");
  const { colon, quote } = model.labels;
  const claim = (c: ClaimLine) => `      ${c.chain} [${c.hedgeLabel}${c.said ? `, ${c.said}` : ""}]${c.quote !== undefined ? `${colon} ${quote(oneLine(c.quote))}` : ""}`;
  const question = (q: QuestionBlock) => {
    lines.push(`■ ${q.title} — ${q.statusLabel}`);
    for (const p of q.positions) {
      lines.push(`  ${p.answer}${p.range !== undefined && !p.answer.includes(`(${p.range})`) ? ` [${p.range}]` : ""} — ${p.originsLine}`);
      lines.push(...p.claims.map(claim));
    }
    lines.push("");
  };
  heading(model.labels.headings.contested);
  if (model.contested.length === 0) lines.push(model.labels.noContested, "");
  model.contested.forEach(question);
  heading(model.labels.headings.others);
  model.others.forEach(question);
  heading(model.labels.headings.findings);
  if (model.findings.length === 0) lines.push(model.labels.noFindings);
  for (const f of model.findings) lines.push(`${f.severity === "contradiction" ? "⚑" : "·"} ${f.kindLabel} (${f.severityLabel})${colon} ${f.note}`);
  lines.push("");
  if (model.agreements.length > 0) {
    heading(model.labels.headings.agreements);
    lines.push(...model.agreements.map((a) => `✓ ${a}`), "");
  }
  heading(model.labels.headings.readings);
  for (const component of model.readings.components) {
    lines.push(component.title);
    if (component.tooMany) lines.push(`  ${model.labels.tooMany}`);
    component.alternatives.forEach((alternative, i) => lines.push(`  ${letter(i)}. ${alternative}`));
  }
  lines.push(model.readings.unopposed, "");
  heading(model.labels.headings.summary);
  lines.push(model.summary, "");
  return lines.join("\n");
}

/** A, B, … Z, then AA, AB, …: alternatives are lettered, never ranked by number. */
export function letter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `${letter(Math.floor(i / 26) - 1)}${letter(i % 26)}`;
}

/** A source's words on one line: line breaks in a quote become spaces. */
export function oneLine(text: string): string {
  return text
    .split(/[\r\n\u2028\u2029]+/u)
    .map((line) => line.trim())
    .join(" ");
}
