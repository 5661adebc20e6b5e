import type { MessageLanguage } from "../messages/languages.js";
import type { Reconciliation } from "../reconcile/reconciliation.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { reportModel, type ReportModel } from "./reportModel.js";
import { reword, wordingIn } from "./reword.js";

/**
 * The formats {@link formatReport} writes.
 *
 * @example
 * REPORT_FORMATS.includes("html")
 * //=> true
 */
export const REPORT_FORMATS = ["text", "markdown", "html", "json"] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of {@link formatReport}. */
export interface ReportOptions {
  /** `"text"` (default), `"markdown"`, `"html"` (one self-contained fragment) or `"json"`. */
  readonly format?: ReportFormat;
  /** The report's language: `"en"` or `"fr"`; default, the language the reconciliation's notes are in. */
  readonly lang?: MessageLanguage;
  /** The vocabulary the result was read in, for its labels (default `conflict`). */
  readonly vocabulary?: Vocabulary;
}

const RENDERERS: Readonly<Record<Exclude<ReportFormat, "json">, (model: ReportModel) => string>> = {
  text: renderText,
  markdown: renderMarkdown,
  html: renderHtml,
};

/**
 * Writes a reconciliation as a report for people or tools. For each
 * question: its status, every position with the sources behind it (each
 * claim's chain), hedges and quotes in the source's own words; then the
 * findings with their neutral notes, the agreements between independent
 * origins, the readings, and a short summary. Contested questions come
 * first; nothing is ordered by who said what.
 *
 * `json` is the reconciliation itself, its notes and chains in the report's
 * language. Pure and Node-free: it returns a string and reads nothing else.
 *
 * @param result - What {@link reconcile} returned (or its JSON).
 * @param options - {@link ReportOptions}: format and language.
 * @throws {RangeError} for a format or language it does not write.
 *
 * @example
 * formatReport(reconcile(incident), { format: "markdown", lang: "fr" }).split("\n")[0]
 * //=> "## Attaques du JNIM contre les camps militaires de Niafunké et Goundam"
 */
export function formatReport(result: Reconciliation, options: ReportOptions = {}): string {
  const format = options.format ?? "text";
  const words = wordingIn(result, options.lang ?? result.lang, options.vocabulary);
  if (format === "json") return `${JSON.stringify(reword(result, words), null, 2)}\n`;
  const render = Object.hasOwn(RENDERERS, format) ? RENDERERS[format as keyof typeof RENDERERS] : undefined;
  if (!render) throw new RangeError(`no report format "${String(format)}": use one of ${REPORT_FORMATS.map((f) => `"${f}"`).join(", ")}`);
  return render(reportModel(result, words));
}
