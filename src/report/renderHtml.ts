import type { QuestionBlock, ReportModel } from "./reportModel.js";

/**
 * The report's style, scoped to its own class so that it cannot touch the
 * page around it. Colours pass WCAG AA contrast on white, and every status
 * is written out in words: colour only repeats what the text says.
 */
export const STYLE = `
.contested-report{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff;max-width:72rem;padding:1rem}
.contested-report h2{font-size:1.4rem;margin:0 0 .25rem}
.contested-report h3{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #444}
.contested-report table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem}
.contested-report caption{text-align:left;font-weight:600;padding:.25rem 0}
.contested-report th,.contested-report td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}
.contested-report thead th{background:#e8e8e8}
.contested-report tbody th{font-weight:600;background:#f6f6f6}
.contested-report .num{text-align:right}
.contested-report .status{display:inline-block;border:1px solid currentColor;border-radius:3px;padding:0 .35rem;font-size:.85em;font-weight:600}
.contested-report .status-contested,.contested-report .status-withheld,.contested-report .contradiction{color:#8b0000}
.contested-report .status-agreed{color:#1b5e20}
.contested-report .status-compatible,.contested-report .status-single-source,.contested-report .notice{color:#3a3a3a}
.contested-report q{font-style:italic}
.contested-report q:lang(fr){quotes:"«\\00a0" "\\00a0»"}
.contested-report .put{white-space:nowrap}
.contested-report ol.alternatives{list-style:upper-alpha}
`;

/**
 * A report as one self-contained HTML fragment: no external style sheet,
 * font or script, real tables with captions and header cells, the language
 * of the report and of each quote marked up, and every piece of input text
 * escaped — a quote holding `<script>` or an `onerror=` attribute shows as
 * the text it is.
 */
export function renderHtml(model: ReportModel): string {
  const { headings, columns } = model.labels;
  const out: string[] = [`<section class="contested-report" lang="${html(model.lang)}">`, `<style>${STYLE}</style>`, `<h2>${html(model.title)}</h2>`, `<p>${html(model.subtitle)}</p>`];
  const question = (q: QuestionBlock) => {
    out.push(
      "<table>",
      `<caption>${html(q.title)} <span class="status status-${html(q.status)}">${html(q.statusLabel)}</span></caption>`,
      `<thead><tr><th scope="col">${html(columns.answer)}</th><th scope="col">${html(columns.independent)}</th><th scope="col">${html(columns.chain)}</th><th scope="col">${html(columns.hedge)}</th><th scope="col">${html(columns.quote)}</th></tr></thead>`,
    );
    for (const p of q.positions) {
      out.push("<tbody>");
      p.claims.forEach((c, i) => {
        const lead =
          i === 0
            ? `<th scope="rowgroup" rowspan="${p.claims.length}">${html(p.answer)}${p.range !== undefined && !p.answer.includes(`(${p.range})`) ? ` (${html(p.range)})` : ""}</th><td class="num" rowspan="${p.claims.length}">${p.independent}</td>`
            : "";
        const quote = c.quote !== undefined ? `<q${c.lang !== undefined ? ` lang="${html(c.lang)}"` : ""}>${html(c.quote)}</q>` : "";
        out.push(`<tr>${lead}<td>${html(c.chain)}</td><td class="put">${html(c.hedgeLabel)}${c.said ? `, ${html(c.said)}` : ""}</td><td>${quote}</td></tr>`);
      });
      out.push("</tbody>");
    }
    out.push("</table>");
  };
  out.push(`<h3>${html(headings.contested)}</h3>`);
  if (model.contested.length === 0) out.push(`<p>${html(model.labels.noContested)}</p>`);
  model.contested.forEach(question);
  out.push(`<h3>${html(headings.others)}</h3>`);
  model.others.forEach(question);
  out.push(`<h3>${html(headings.findings)}</h3>`);
  if (model.findings.length === 0) out.push(`<p>${html(model.labels.noFindings)}</p>`);
  else {
    out.push("<table>", `<thead><tr><th scope="col">${html(columns.kind)}</th><th scope="col">${html(columns.note)}</th></tr></thead>`, "<tbody>");
    for (const f of model.findings) {
      out.push(`<tr><th scope="row" class="${html(f.severity)}">${f.severity === "contradiction" ? "⚑ " : ""}${html(f.kindLabel)} <small>(${html(f.severityLabel)})</small></th><td>${html(f.note)}</td></tr>`);
    }
    out.push("</tbody>", "</table>");
  }
  if (model.agreements.length > 0) out.push(`<h3>${html(headings.agreements)}</h3>`, "<ul>", ...model.agreements.map((a) => `<li>${html(a)}</li>`), "</ul>");
  out.push(`<h3>${html(headings.readings)}</h3>`);
  for (const component of model.readings.components) {
    out.push(`<p><strong>${html(component.title)}</strong></p>`);
    if (component.tooMany) out.push(`<p>${html(model.labels.tooMany)}</p>`);
    else out.push('<ol class="alternatives">', ...component.alternatives.map((a) => `<li>${html(a)}</li>`), "</ol>");
  }
  out.push(`<p>${html(model.readings.unopposed)}</p>`, `<h3>${html(headings.summary)}</h3>`, `<p>${html(model.summary)}</p>`, "</section>");
  return `${out.join("\n")}\n`;
}

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text as HTML, in content or in a double-quoted attribute: the five characters that could open markup or end an attribute become entities. */
export function html(text: string): string {
  let escaped = "";
  for (const ch of text) escaped += ENTITIES[ch] ?? ch;
  return escaped;
}
