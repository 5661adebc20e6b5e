import { letter, oneLine } from "./renderText.js";
import type { QuestionBlock, ReportModel } from "./reportModel.js";

/**
 * A report as Markdown, to paste into an article draft or a notebook: a
 * table per question (one row per claim), then the findings, agreements,
 * readings and summary. Every piece of input text is escaped, so a quote
 * cannot open a link, a table cell or raw HTML.
 */
export function renderMarkdown(model: ReportModel): string {
  const { headings, columns } = model.labels;
  const out: string[] = [`## ${md(model.title)}`, "", md(model.subtitle), ""];
  const question = (q: QuestionBlock) => {
    out.push(`#### ${md(q.title)} — *${md(q.statusLabel)}*`, "");
    out.push(row([columns.answer, columns.independent, columns.chain, columns.hedge, columns.quote]), row(["---", "---:", "---", "---", "---"], false));
    for (const p of q.positions) {
      p.claims.forEach((c, i) =>
        out.push(
          row([
            i === 0 ? `**${md(p.answer)}**${p.range !== undefined && !p.answer.includes(`(${p.range})`) ? ` (${md(p.range)})` : ""}` : "",
            i === 0 ? String(p.independent) : "",
            md(c.chain),
            `${md(c.hedgeLabel)}${c.said ? `, ${md(c.said)}` : ""}`,
            c.quote !== undefined ? `*${md(oneLine(c.quote))}*` : "",
          ], false),
        ),
      );
    }
    out.push("");
  };
  out.push(`### ${md(headings.contested)}`, "");
  if (model.contested.length === 0) out.push(md(model.labels.noContested), "");
  model.contested.forEach(question);
  out.push(`### ${md(headings.others)}`, "");
  model.others.forEach(question);
  out.push(`### ${md(headings.findings)}`, "");
  if (model.findings.length === 0) out.push(md(model.labels.noFindings), "");
  else {
    out.push(row([columns.kind, columns.note]), row(["---", "---"], false));
    for (const f of model.findings) out.push(row([`${f.severity === "contradiction" ? "⚑ " : ""}**${md(f.kindLabel)}** (${md(f.severityLabel)})`, md(f.note)], false));
    out.push("");
  }
  if (model.agreements.length > 0) out.push(`### ${md(headings.agreements)}`, "", ...model.agreements.map((a) => `- ${md(a)}`), "");
  out.push(`### ${md(headings.readings)}`, "");
  for (const component of model.readings.components) {
    out.push(`- ${md(component.title)}`);
    if (component.tooMany) out.push(`  - ${md(model.labels.tooMany)}`);
    component.alternatives.forEach((alternative, i) => out.push(`  - **${letter(i)}.** ${md(alternative)}`));
  }
  out.push("", md(model.readings.unopposed), "", `### ${md(headings.summary)}`, "", md(model.summary), "");
  return out.join("\n");
}

/** A table row; cells are escaped unless they are already Markdown. */
function row(cells: readonly string[], escape = true): string {
  return `| ${cells.map((c) => (escape ? md(c) : c)).join(" | ")} |`;
}

/**
 * Input text as inert Markdown, for use inside a line (every piece of input
 * is placed after a table bar, a heading mark or a list mark, never at the
 * start of a line): the characters that could open emphasis, code, a link or
 * image, a table cell or strikethrough are backslash-escaped, `<`, `>` and `&`
 * become entities (which CommonMark and GFM both decode, so no raw HTML or
 * autolink can open), and line breaks become spaces.
 */
export function md(text: string): string {
  let escaped = "";
  for (const ch of oneLine(text)) {
    if (ch === "<") escaped += "&lt;";
    else if (ch === ">") escaped += "&gt;";
    else if (ch === "&") escaped += "&amp;";
    else if ("\\`*_[]|~".includes(ch)) escaped += `\\${ch}`;
    else escaped += ch;
  }
  return escaped;
}
