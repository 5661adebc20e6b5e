import { html, md } from "../display/escape.js";
import type { ReportWords } from "../messages/messages.js";
import { STYLE } from "./renderHtml.js";
import { inert, SUMMARY_MARKS, underline } from "./renderText.js";
import type { ReportModel, SummaryLine } from "./reportModel.js";

/** The summary of several incidents reported together, in words. */
export interface BatchSummary {
  readonly lang: string;
  readonly title: string;
  readonly lead: string;
  /** Each incident, in the order their reports follow. */
  readonly entries: readonly SummaryLine[];
}

/**
 * The summary of a batch: how many incidents hold contradictions (or
 * figures against a refusal), then one line per incident with its counts,
 * in the order their reports follow.
 */
export function batchSummary(ordered: readonly ReportModel[], words: ReportWords["batch"], lang: string): BatchSummary {
  const holding = ordered.filter((m) => m.counts.contradictions + m.counts.refusals > 0).length;
  return {
    lang,
    title: words.title(ordered.length),
    lead: words.lead(ordered.length, holding),
    entries: ordered.map((m) => ({
      mark: m.counts.contradictions + m.counts.refusals > 0 ? "contradiction" : "plain",
      text: words.entry({ title: m.title, ...m.counts }),
    })),
  };
}

/** The batch's summary as text, before the reports. */
export function batchText(batch: BatchSummary): string {
  return `${[...underline(batch.title, "="), batch.lead, ...batch.entries.map((e) => `${SUMMARY_MARKS[e.mark]} ${e.text}`)].map(inert).join("\n")}\n`;
}

/** The batch's summary as Markdown, a heading above the reports' own. */
export function batchMarkdown(batch: BatchSummary): string {
  return `${[`## ${md(batch.title)}`, "", md(batch.lead), "", ...batch.entries.map((e) => `- ${SUMMARY_MARKS[e.mark]} ${md(e.text)}`)].join("\n")}\n`;
}

/**
 * The batch's summary as an HTML section at `level`, the reports' titles
 * one level below; with `style`, it carries the reports' style sheet once.
 */
export function batchHtml(batch: BatchSummary, level: number, style: boolean): string {
  return `${[
    `<section class="contested-report contested-batch" lang="${html(batch.lang)}">`,
    ...(style ? [`<style>${STYLE}</style>`] : []),
    `<h${level} class="title">${html(batch.title)}</h${level}>`,
    `<p>${html(batch.lead)}</p>`,
    '<ul class="summary">',
    ...batch.entries.map((e) => `<li class="${e.mark}">${SUMMARY_MARKS[e.mark]} ${html(e.text)}</li>`),
    "</ul>",
    "</section>",
  ].join("\n")}\n`;
}
