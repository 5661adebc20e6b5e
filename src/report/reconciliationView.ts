import type { Reconciliation } from "../reconcile/reconciliation.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import type { Views } from "../display/display.js";
import { formatReport } from "./formatReport.js";
import { inert, SUMMARY_MARKS } from "./renderText.js";
import { reportModel } from "./reportModel.js";
import { wordingIn } from "./reword.js";

/**
 * The notebook views of a reconciliation: a short summary as text (title,
 * the report's summary lines, the contested questions), and the whole
 * report in Markdown and HTML, in the language of its notes.
 */
export function reconciliationViews(result: Reconciliation, vocabulary: Vocabulary): Views {
  return {
    text: () => {
      const model = reportModel(result, wordingIn(result, result.lang, vocabulary));
      return [
        `${model.title} — ${model.subtitle}`,
        ...model.summary.map((s) => `  ${SUMMARY_MARKS[s.mark]} ${s.text}`),
        ...model.contested.map((q) => `  ■ ${q.title} — ${q.statusLabel}`),
      ]
        .map(inert)
        .join("\n");
    },
    markdown: () => formatReport(result, { format: "markdown", vocabulary }),
    html: () => formatReport(result, { format: "html", vocabulary }),
  };
}
