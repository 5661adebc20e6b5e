import type { ReadingsSection } from "./readingsSection.js";
import { SUMMARY_MARKS } from "./renderText.js";
import type { ClaimLine, QuestionBlock, ReportModel } from "./reportModel.js";
import { html } from "../display/escape.js";

/**
 * The report's style, scoped to its own class so that it cannot touch the
 * page around it. Colours pass WCAG AA contrast on white, and every status
 * is written out in words: colour only repeats what the text says. Printed,
 * it drops its width and background, keeps rows and captions whole and
 * repeats table headers on each page.
 */
export const STYLE = `
.contested-report{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff;max-width:72rem;padding:1rem}
.contested-report .title{font-size:1.4rem;margin:0 0 .25rem}
.contested-report .part{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #444}
.contested-report table{border-collapse:collapse;width:100%;margin:.5rem 0 1.25rem}
.contested-report caption{text-align:left;font-weight:600;padding:.25rem 0}
.contested-report caption .against{display:block;font-weight:400}
.contested-report th,.contested-report td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}
.contested-report thead th{background:#e8e8e8}
.contested-report tbody th{font-weight:600;background:#f6f6f6}
.contested-report .num{text-align:right}
.contested-report .status{display:inline-block;border:1px solid currentColor;border-radius:3px;padding:0 .35rem;font-size:.85em;font-weight:600}
.contested-report .status-contested,.contested-report .status-withheld,.contested-report .contradiction,.contested-report .against{color:#8b0000}
.contested-report .status-agreed,.contested-report .agreement{color:#1b5e20}
.contested-report .status-compatible,.contested-report .status-single-source,.contested-report .notice{color:#3a3a3a}
.contested-report ul.summary{list-style:none;padding-left:0}
.contested-report q{font-style:italic}
.contested-report q:lang(fr){quotes:"«\\00a0" "\\00a0»"}
.contested-report q.holds-guillemets{quotes:"“" "”"}
.contested-report q.holds-quotes{quotes:"«\\00a0" "\\00a0»"}
.contested-report .put{white-space:nowrap}
.contested-report ol.alternatives{list-style:upper-alpha}
@media print{
.contested-report{max-width:none;padding:0;font-size:10.5pt;color:#000000}
.contested-report thead{display:table-header-group}
.contested-report tr,.contested-report caption,.contested-report li{break-inside:avoid}
.contested-report .title,.contested-report .part,.contested-report caption{break-after:avoid}
.contested-report thead th,.contested-report tbody th{background:none}
}
`;

/** How {@link renderHtml} places a report. */
export interface HtmlLayout {
  /** The heading level of the report's title (2 by default); its parts are one level below. */
  readonly level?: number;
  /** Whether the fragment carries its own `<style>` (default true); a page puts it in its head once. */
  readonly style?: boolean;
}

/**
 * A report as one self-contained HTML fragment: no external style sheet,
 * font or script, real tables with captions and header cells, the language
 * of the report and of each quote marked up, and every piece of input text
 * escaped — a quote holding `<script>` or an `onerror=` attribute shows as
 * the text it is, and a control character as a visible mark.
 */
export function renderHtml(model: ReportModel, layout: HtmlLayout = {}): string {
  const level = layout.level ?? 2;
  const { headings, columns } = model.labels;
  const part = (text: string) => `<h${level + 1} class="part">${html(text)}</h${level + 1}>`;
  const out: string[] = [
    `<section class="contested-report" lang="${html(model.lang)}">`,
    ...(layout.style === false ? [] : [`<style>${STYLE}</style>`]),
    `<h${level} class="title">${html(model.title)}</h${level}>`,
    `<p>${html(model.subtitle)}</p>`,
  ];
  const question = (q: QuestionBlock) => {
    out.push(
      "<table>",
      `<caption>${html(q.title)} <span class="status status-${html(q.status)}">${html(q.statusLabel)}</span>${q.against.map((a) => `<span class="against">⚑ ${html(a)}</span>`).join("")}</caption>`,
      `<thead><tr><th scope="col">${html(columns.answer)}</th><th scope="col">${html(columns.independent)}</th><th scope="col">${html(columns.chain)}</th><th scope="col">${html(columns.hedge)}</th><th scope="col">${html(columns.quote)}</th></tr></thead>`,
    );
    for (const p of q.positions) {
      out.push("<tbody>");
      p.claims.forEach((c, i) => {
        const lead =
          i === 0
            ? `<th scope="rowgroup" rowspan="${p.claims.length}">${html(p.answer)}</th><td class="num" rowspan="${p.claims.length}">${p.independent}</td>`
            : "";
        out.push(`<tr>${lead}<td>${html(c.chain)}</td><td class="put">${html(c.hedgeLabel)}${c.said ? `, ${html(c.said)}` : ""}</td><td>${quote(c)}</td></tr>`);
      });
      if (p.moreClaims > 0) out.push(`<tr><td colspan="3">… ${html(model.labels.more(p.moreClaims))}</td></tr>`);
      out.push("</tbody>");
    }
    if (q.morePositions > 0) out.push(`<tbody><tr><td colspan="5">… ${html(model.labels.more(q.morePositions))}</td></tr></tbody>`);
    out.push("</table>");
  };
  const more = (n: number) => (n > 0 ? [`<p class="more">… ${html(model.labels.more(n))}</p>`] : []);
  out.push(
    part(headings.summary),
    '<ul class="summary">',
    ...model.summary.map((s) => `<li class="${s.mark}">${SUMMARY_MARKS[s.mark]} ${html(s.text)}</li>`),
    "</ul>",
  );
  if (model.since) out.push(part(model.since.heading), '<ul class="since">', ...model.since.lines.map((line) => `<li>${html(line)}</li>`), "</ul>");
  out.push(part(headings.contested));
  if (model.contested.length === 0) out.push(`<p>${html(model.labels.noContested)}</p>`);
  model.contested.forEach(question);
  out.push(...more(model.more.contested));
  out.push(part(headings.findings));
  if (model.contradictions.length === 0 && model.notices.length === 0) out.push(`<p>${html(model.labels.noFindings)}</p>`);
  if (model.contradictions.length > 0) {
    out.push("<table>", `<thead><tr><th scope="col">${html(columns.kind)}</th><th scope="col">${html(columns.note)}</th></tr></thead>`, "<tbody>");
    for (const f of model.contradictions) {
      out.push(
        `<tr><th scope="row" class="${html(f.severity)}">⚑ ${html(f.kindLabel)} <small>(${html(f.severityLabel)})</small></th><td>${html(f.note)}</td></tr>`,
      );
    }
    out.push("</tbody>", "</table>", ...more(model.more.contradictions));
  }
  if (model.notices.length > 0) {
    out.push(
      '<ul class="notices">',
      ...model.notices.map((n) => `<li><strong>${html(n.label)}</strong>${html(model.labels.colon)} ${html(model.labels.series(n.questions))}</li>`),
      "</ul>",
    );
  }
  if (model.agreements.length > 0)
    out.push(part(headings.agreements), "<ul>", ...model.agreements.map((a) => `<li>${html(a)}</li>`), "</ul>", ...more(model.more.agreements));
  out.push(part(headings.readings), ...readingsHtml(model.readings, model.labels.tooMany));
  if (model.others.length > 0) {
    out.push(part(headings.others));
    model.others.forEach(question);
    out.push(...more(model.more.others));
  }
  out.push("</section>");
  return `${out.join("\n")}\n`;
}

/**
 * A source's words as a quotation in its language. When the words hold
 * quotation marks of their own, the outer marks are of the other kind, so
 * that guillemets never sit inside guillemets.
 */
function quote(c: ClaimLine): string {
  if (c.quote === undefined) return "";
  const marks = /[«»]/u.test(c.quote) ? ' class="holds-guillemets"' : /["“”]/u.test(c.quote) ? ' class="holds-quotes"' : "";
  return `<q${c.lang !== undefined ? ` lang="${html(c.lang)}"` : ""}${marks}>${html(c.quote)}</q>`;
}

/** The readings as HTML: each component in bold, its alternatives lettered, then the claims that stand in all. */
export function readingsHtml(readings: ReadingsSection, tooMany: string): string[] {
  const out: string[] = [];
  for (const component of readings.components) {
    out.push(`<p><strong>${html(component.title)}</strong></p>`);
    if (component.tooMany) out.push(`<p>${html(tooMany)}</p>`);
    else out.push('<ol class="alternatives">', ...component.alternatives.map((a) => `<li>${html(a)}</li>`), "</ol>");
  }
  out.push(`<p>${html(readings.unopposed)}</p>`);
  return out;
}
