import { html, md } from "../display/escape.js";
import { messagesFor } from "../messages/languages.js";
import { wording } from "../messages/wording.js";
import type { Readings } from "../readings/readings.js";
import type { Findings } from "../reconcile/reconciliation.js";
import { conflict } from "../vocabulary/conflict.js";
import type { Views } from "../display/display.js";
import { readingsSection } from "./readingsSection.js";
import { readingsHtml, STYLE } from "./renderHtml.js";
import { readingsMarkdown } from "./renderMarkdown.js";
import { inert, readingsText } from "./renderText.js";

/**
 * The notebook views of what {@link readings} returns: the incident's title,
 * how many coherent readings there are, and each component's alternatives
 * lettered — as text (Node's REPL), Markdown and an HTML fragment (Deno's
 * Jupyter kernel, `toHTML()`), in the language of the reconciliation's notes
 * (English when it has none), with the built-in vocabulary's labels when it
 * was read in it.
 */
export function readingsViews(read: Readings, findings: Findings & { readonly lang?: string }): Views {
  const section = () => {
    const messages = messagesFor(findings.lang ?? "en");
    const labels = findings.vocabulary === conflict.name ? conflict.labels?.[messages.lang] : undefined;
    const words = wording(findings, messages, labels);
    const report = messages.report;
    return {
      lang: messages.lang,
      title: `${findings.title ?? findings.incident} — ${report.headings.readings}`,
      count: report.overview.readings(read.count, read.exact),
      tooMany: report.tooMany,
      body: readingsSection(read, findings, words),
    };
  };
  return {
    text: () => {
      const s = section();
      return [s.title, s.count, ...readingsText(s.body, s.tooMany)].map(inert).join("\n");
    },
    markdown: () => {
      const s = section();
      return `${[`**${md(s.title)}**`, "", md(s.count), "", ...readingsMarkdown(s.body, s.tooMany)].join("\n")}\n`;
    },
    html: () => {
      const s = section();
      return `${[
        `<section class="contested-report" lang="${html(s.lang)}">`,
        `<style>${STYLE}</style>`,
        `<h2 class="title">${html(s.title)}</h2>`,
        `<p>${html(s.count)}</p>`,
        ...readingsHtml(s.body, s.tooMany),
        "</section>",
      ].join("\n")}\n`;
    },
  };
}
