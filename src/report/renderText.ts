import type { ClaimLine, QuestionBlock, ReportModel, SummaryLine } from "./reportModel.js";
import type { ReadingsSection } from "./readingsSection.js";
import { visible } from "../display/visible.js";
import { oneLine } from "../display/escape.js";

/** The mark before a summary line: a flag for what cannot all hold, a tick for agreements. */
export const SUMMARY_MARKS: Readonly<Record<SummaryLine["mark"], string>> = { contradiction: "⚑", agreement: "✓", plain: "·" };

/**
 * A report as plain text, for a terminal or an e-mail: headings underlined,
 * the summary first, each position with the claims behind it indented, the
 * sources' words in quotation marks. Control characters and bidirectional
 * overrides from the input show as marks (␛, ⟨U+202E⟩) instead of acting on
 * the terminal.
 */
export function renderText(model: ReportModel): string {
  const lines: string[] = [...underline(model.title, "="), model.subtitle, ""];
  const heading = (text: string) => lines.push(...underline(text, "-"), "");
  const { colon, quote } = model.labels;
  const claim = (c: ClaimLine) =>
    `      ${c.chain} [${c.hedgeLabel}${c.said ? `, ${c.said}` : ""}]${c.quote !== undefined ? `${colon} ${quote(oneLine(c.quote))}` : ""}`;
  const question = (q: QuestionBlock) => {
    lines.push(`■ ${q.title} — ${q.statusLabel}`, ...q.against.map((a) => `  ⚑ ${a}`));
    for (const p of q.positions) {
      lines.push(`  ${p.answer} — ${p.originsLine}`, ...p.claims.map(claim));
      if (p.moreClaims > 0) lines.push(`      … ${model.labels.more(p.moreClaims)}`);
    }
    if (q.morePositions > 0) lines.push(`  … ${model.labels.more(q.morePositions)}`);
    lines.push("");
  };
  heading(model.labels.headings.summary);
  lines.push(...model.summary.map((s) => `${SUMMARY_MARKS[s.mark]} ${s.text}`), "");
  if (model.since) {
    heading(model.since.heading);
    lines.push(...model.since.lines.map((line) => `Δ ${line}`), "");
  }
  heading(model.labels.headings.contested);
  if (model.contested.length === 0) lines.push(model.labels.noContested, "");
  model.contested.forEach(question);
  if (model.more.contested > 0) lines.push(`… ${model.labels.more(model.more.contested)}`, "");
  heading(model.labels.headings.findings);
  if (model.contradictions.length === 0 && model.notices.length === 0) lines.push(model.labels.noFindings);
  for (const f of model.contradictions) lines.push(`⚑ ${f.kindLabel} (${f.severityLabel})${colon} ${f.note}`);
  if (model.more.contradictions > 0) lines.push(`⚑ … ${model.labels.more(model.more.contradictions)}`);
  for (const n of model.notices) lines.push(`· ${n.label}${colon} ${model.labels.series(n.questions)}`);
  lines.push("");
  if (model.agreements.length > 0) {
    heading(model.labels.headings.agreements);
    lines.push(...model.agreements.map((a) => `✓ ${a}`), ...(model.more.agreements > 0 ? [`✓ … ${model.labels.more(model.more.agreements)}`] : []), "");
  }
  heading(model.labels.headings.readings);
  lines.push(...readingsText(model.readings, model.labels.tooMany), "");
  if (model.others.length > 0) {
    heading(model.labels.headings.others);
    model.others.forEach(question);
    if (model.more.others > 0) lines.push(`… ${model.labels.more(model.more.others)}`);
  }
  return `${lines.map(inert).join("\n").trimEnd()}\n`;
}

/** One line of a text report, with nothing in it that could break the line or act on a terminal. */
export function inert(line: string): string {
  return visible(line.replace(/[\r\n\u2028\u2029]+/gu, " "));
}

/** The readings as text lines: each component, its alternatives lettered, then the claims that stand in all. */
export function readingsText(readings: ReadingsSection, tooMany: string): string[] {
  const lines: string[] = [];
  for (const component of readings.components) {
    lines.push(component.title);
    if (component.tooMany) lines.push(`  ${tooMany}`);
    component.alternatives.forEach((alternative, i) => lines.push(`  ${letter(i)}. ${alternative}`));
  }
  lines.push(readings.unopposed);
  return lines;
}

/** A title and its underline, as long as the title shows (a combining accent takes no column). */
export function underline(text: string, mark: "=" | "-"): [string, string] {
  return [text, mark.repeat(Math.max(3, [...text.normalize("NFC")].length))];
}

/** A, B, … Z, then AA, AB, …: alternatives are lettered, never ranked by number. */
export function letter(i: number): string {
  return i < 26 ? String.fromCharCode(65 + i) : `${letter(Math.floor(i / 26) - 1)}${letter(i % 26)}`;
}
