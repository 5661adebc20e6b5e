import type { MessageLanguage } from "../messages/languages.js";
import type { Reconciliation } from "../reconcile/reconciliation.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import { messagesFor } from "../messages/languages.js";
import { batchHtml, batchMarkdown, batchSummary, batchText } from "./batchSummary.js";
import { htmlPage } from "./htmlPage.js";
import { renderHtml } from "./renderHtml.js";
import { renderMarkdown } from "./renderMarkdown.js";
import { renderText } from "./renderText.js";
import { reportModel, type REPORT_LIMIT, type ReportModel } from "./reportModel.js";
import { reword, wordingIn } from "./reword.js";
import { sinceSection } from "./sinceSection.js";

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

/** Options of {@link formatReport} and {@link formatReports}. */
export interface ReportOptions {
  /** `"text"` (default), `"markdown"`, `"html"` (one self-contained fragment, or a page) or `"json"`. */
  readonly format?: ReportFormat;
  /** The report's language: `"en"` or `"fr"`; default, the language the reconciliation's notes are in. */
  readonly lang?: MessageLanguage;
  /** The vocabulary the result was read in, for its labels (default `conflict`). */
  readonly vocabulary?: Vocabulary;
  /**
   * With `format: "html"`: a whole HTML document — doctype, UTF-8, language,
   * title, `<main>`, one `<h1>` and a print style sheet — to send to someone
   * who will open it in a browser, instead of a fragment to put in a page.
   * Default `false`.
   */
  readonly page?: boolean;
  /**
   * An earlier reconciliation of the same incident: the report then says
   * what changed since, in a short section after its summary (see
   * {@link diffReconciliations} for the same as data). One reconciliation
   * only; `json` leaves it out.
   */
  readonly since?: Reconciliation;
  /**
   * The most questions, findings or agreements a section lists before it
   * says how many more there are (default {@link REPORT_LIMIT}, 100; a tenth
   * as many claims behind one answer), so that the report of a very large
   * incident stays one a person can read; `json` keeps everything.
   */
  readonly limit?: number;
}

/**
 * Writes a reconciliation as a report for people or tools. It leads with
 * what matters: a summary (contradictions, figures against a refusal,
 * questions answered by a single origin, agreements across parties), then
 * the contested questions — each saying in place what stands against it —
 * then the findings (a note per contradiction, one line per kind of
 * notice), the agreements between independent origins, the readings, and
 * the other questions. For each question: its status, every position with
 * the sources behind it (each claim's chain), hedges and quotes in the
 * source's own words. Nothing is ordered by who said what.
 *
 * `json` is the reconciliation itself, its notes and chains in the report's
 * language. Pure and Node-free: it returns a string and reads nothing else.
 *
 * @param result - What {@link reconcile} returned (or its JSON).
 * @param options - {@link ReportOptions}: format, language, page.
 * @returns The report.
 * @throws {RangeError} for a format or language it does not write, or `page` with another format than HTML.
 *
 * @example
 * formatReport(reconcile(incident), { format: "markdown", lang: "fr" }).split("\n")[0]
 * //=> "## Attaques du JNIM contre les camps militaires de Niafunké et Goundam"
 * formatReport(reconcile(incident), { format: "html", page: true }).split("\n")[0]
 * //=> "<!doctype html>"
 * formatReport(reconcile(today), { since: reconcile(yesterday) }).includes("\nSince the earlier version\n")
 * //=> true
 */
export function formatReport(result: Reconciliation, options: ReportOptions = {}): string {
  return formatReports([result], options);
}

/**
 * Writes several reconciliations as one report, leading with what matters:
 * a summary of the batch listing every incident with its contradictions and
 * figures against a refusal, then the reports of the incidents that hold
 * any, then the others — each group in the order given. One reconciliation
 * gives exactly {@link formatReport}'s report. `json` writes one
 * reconciliation per line, in the order given, for tools.
 *
 * @param results - What {@link reconcile} returned for each incident.
 * @param options - {@link ReportOptions}: format, language, page.
 * @returns The report of the batch.
 * @throws {RangeError} for a format or language it does not write, or `page` with another format than HTML.
 *
 * @example
 * formatReports([reconcile(bamako), reconcile(niafunkeGoundam)]).split("\n").slice(0, 4)
 * //=> ["2 incidents", "===========", "1 of 2 incidents holds contradictions or figures against a refusal; it comes first.", "⚑ Attaques du JNIM contre les camps militaires de Niafunké et Goundam — 2 contradictions, 2 figures against a refusal"]
 */
export function formatReports(results: readonly Reconciliation[], options: ReportOptions = {}): string {
  const format = options.format ?? "text";
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new RangeError(`no report format "${String(format)}": use one of ${REPORT_FORMATS.map((f) => `"${f}"`).join(", ")}`);
  }
  if (options.page && format !== "html") throw new RangeError(`page: true writes a whole HTML document: use it with format "html", not "${format}"`);
  const wordings = results.map((result) => wordingIn(result, options.lang ?? result.lang, options.vocabulary));
  if (format === "json")
    return results.map((result, i) => `${JSON.stringify(reword(result, wordings[i]!), null, results.length === 1 ? 2 : undefined)}\n`).join("");
  if (options.since && results.length !== 1) throw new RangeError("since compares one reconciliation with its earlier version: give one reconciliation");
  const since = options.since && { result: options.since, words: wordingIn(options.since, options.lang ?? results[0]!.lang, options.vocabulary) };
  const models = results.map((result, i) => ({
    ...reportModel(result, wordings[i]!, undefined, options.limit),
    ...(since ? { since: sinceSection(since, { result, words: wordings[i]! }) } : {}),
  }));
  const holds = (m: ReportModel) => m.counts.contradictions + m.counts.refusals > 0;
  const ordered = [...models.filter(holds), ...models.filter((m) => !holds(m))];
  const lang = ordered[0]?.lang ?? options.lang ?? "en";
  const batch = results.length === 1 ? undefined : batchSummary(ordered, messagesFor(lang).report.batch, lang);
  if (format === "text") return [...(batch ? [batchText(batch)] : []), ...ordered.map(renderText)].join("\n");
  if (format === "markdown") return [...(batch ? [batchMarkdown(batch)] : []), ...ordered.map((m) => renderMarkdown(m, { level: batch ? 3 : 2 }))].join("\n");
  const top = options.page ? 1 : 2;
  const fragments = [
    ...(batch ? [batchHtml(batch, top, !options.page)] : []),
    ...ordered.map((m) => renderHtml(m, { level: batch ? top + 1 : top, style: !options.page && !batch })),
  ];
  return options.page ? htmlPage(batch?.title ?? ordered[0]!.title, lang, fragments) : fragments.join("");
}
