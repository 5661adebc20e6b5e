import { md, oneLine } from "../display/escape.js";
import type { ReadingsSection } from "./readingsSection.js";
import { letter, SUMMARY_MARKS } from "./renderText.js";
import type { QuestionBlock, ReportModel } from "./reportModel.js";

/** Options of {@link renderMarkdown}. */
export interface MarkdownLayout {
  /** The level of the report's title: 2 (default) alone, 3 inside a batch. */
  readonly level?: number;
}

/**
 * A report as Markdown, to paste into an article draft or a notebook: the
 * summary first, a table per question (one row per claim), the findings
 * (contradictions one per row, notices one line per kind), agreements,
 * readings and the other questions. Every piece of input text is escaped,
 * so a quote cannot open a link, a table cell or raw HTML, and control
 * characters show as marks instead of acting.
 */
export function renderMarkdown(model: ReportModel, layout: MarkdownLayout = {}): string {
  const level = layout.level ?? 2;
  const { headings, columns } = model.labels;
  const title = "#".repeat(level);
  const section = "#".repeat(level + 1);
  const out: string[] = [`${title} ${md(model.title)}`, "", md(model.subtitle), ""];
  const question = (q: QuestionBlock) => {
    out.push(`${"#".repeat(level + 2)} ${md(q.title)} — *${md(q.statusLabel)}*`, "");
    if (q.against.length > 0) out.push(...q.against.map((a) => `- ⚑ ${md(a)}`), "");
    out.push(row([columns.answer, columns.independent, columns.chain, columns.hedge, columns.quote]), row(["---", "---:", "---", "---", "---"], false));
    for (const p of q.positions) {
      p.claims.forEach((c, i) =>
        out.push(
          row(
            [
              i === 0 ? `**${md(p.answer)}**` : "",
              i === 0 ? String(p.independent) : "",
              md(c.chain),
              `${md(c.hedgeLabel)}${c.said ? `, ${md(c.said)}` : ""}`,
              c.quote !== undefined ? `*${md(oneLine(c.quote))}*` : "",
            ],
            false,
          ),
        ),
      );
      if (p.moreClaims > 0) out.push(row(["", "", `… ${md(model.labels.more(p.moreClaims))}`, "", ""], false));
    }
    if (q.morePositions > 0) out.push(row([`… ${md(model.labels.more(q.morePositions))}`, "", "", "", ""], false));
    out.push("");
  };
  const more = (n: number) => (n > 0 ? [`… ${md(model.labels.more(n))}`, ""] : []);
  out.push(`${section} ${md(headings.summary)}`, "", ...model.summary.map((s) => `- ${SUMMARY_MARKS[s.mark]} ${md(s.text)}`), "");
  if (model.since) out.push(`${section} ${md(model.since.heading)}`, "", ...model.since.lines.map((line) => `- Δ ${md(line)}`), "");
  out.push(`${section} ${md(headings.contested)}`, "");
  if (model.contested.length === 0) out.push(md(model.labels.noContested), "");
  model.contested.forEach(question);
  out.push(...more(model.more.contested));
  out.push(`${section} ${md(headings.findings)}`, "");
  if (model.contradictions.length === 0 && model.notices.length === 0) out.push(md(model.labels.noFindings), "");
  if (model.contradictions.length > 0) {
    out.push(row([columns.kind, columns.note]), row(["---", "---"], false));
    for (const f of model.contradictions) out.push(row([`⚑ **${md(f.kindLabel)}** (${md(f.severityLabel)})`, md(f.note)], false));
    out.push("", ...more(model.more.contradictions));
  }
  if (model.notices.length > 0)
    out.push(...model.notices.map((n) => `- **${md(n.label)}**${md(model.labels.colon)} ${md(model.labels.series(n.questions))}`), "");
  if (model.agreements.length > 0)
    out.push(`${section} ${md(headings.agreements)}`, "", ...model.agreements.map((a) => `- ${md(a)}`), "", ...more(model.more.agreements));
  out.push(`${section} ${md(headings.readings)}`, "", ...readingsMarkdown(model.readings, model.labels.tooMany), "");
  if (model.others.length > 0) {
    out.push(`${section} ${md(headings.others)}`, "");
    model.others.forEach(question);
    out.push(...more(model.more.others));
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** The readings as Markdown lines: a list item per component, its alternatives lettered beneath. */
export function readingsMarkdown(readings: ReadingsSection, tooMany: string): string[] {
  const out: string[] = [];
  for (const component of readings.components) {
    out.push(`- ${md(component.title)}`);
    if (component.tooMany) out.push(`  - ${md(tooMany)}`);
    component.alternatives.forEach((alternative, i) => out.push(`  - **${letter(i)}.** ${md(alternative)}`));
  }
  if (out.length > 0) out.push("");
  out.push(md(readings.unopposed));
  return out;
}

/** A table row; cells are escaped unless they are already Markdown. */
function row(cells: readonly string[], escaping = true): string {
  return `| ${cells.map((c) => (escaping ? md(c) : c)).join(" | ")} |`;
}
