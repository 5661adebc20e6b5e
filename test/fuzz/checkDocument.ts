import {
  formatIssue,
  formatIssueIn,
  formatReport,
  formatReports,
  IncidentError,
  parseIncident,
  readings,
  reconcile,
  REPORT_FORMATS,
  safeParseIncident,
  toProvJson,
  toRows,
  type Incident,
  type Issue,
} from "../../src/index.js";
import { unsafeHtml } from "./htmlSafety.js";
import { fingerprint, valueAt } from "./jsonData.js";
import { brokenTables } from "./markdownTables.js";

/** What went wrong with one document, by kind, so that a run can count failures of each kind. */
export interface Failure {
  readonly kind: string;
  readonly detail: string;
}

/** What became of one document: accepted or refused, and every promise it broke. */
export interface Outcome {
  readonly accepted: boolean;
  readonly issues: number;
  readonly failures: readonly Failure[];
}

const LANGUAGES = ["en", "fr"] as const;

/** Options of {@link checkDocument}. */
export interface CheckOptions {
  /** The languages the exports are run in (default both): one is enough for the hostile sizes, which take long. */
  readonly languages?: readonly (typeof LANGUAGES)[number][];
}

/** Characters that act on a terminal or reorder text: no report a person reads may hold one (tab and line feed are layout). */
const ACTING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Runs every promise the library makes about hostile input on one document:
 *
 * - `safeParseIncident` never throws, and never changes (nor freezes) its input;
 * - `parseIncident` throws only an `IncidentError` (by `IncidentError.is`),
 *   and only when `safeParseIncident` refuses;
 * - every issue has a non-empty message and fix, in English and French; its
 *   path exists in the input (or, for a missing field, its parent does; the
 *   root only with a reason); its `entryId` is the id of the entry it names;
 * - for an accepted document, `reconcile` (with and without words, in each
 *   language), `readings`, `toProvJson`, `toRows` and `formatReport` in
 *   every format and language (and the HTML page) never throw, and the
 *   results are JSON; the HTML lets no tag or attribute of the input act,
 *   Markdown tables keep their columns, and no report a person reads holds a
 *   character that acts on a terminal;
 * - no prototype is polluted.
 *
 * Exceptions are caught and counted as failures of their kind: the fuzzer
 * counts, and a test expects none.
 */
export function checkDocument(input: unknown, options: CheckOptions = {}): Outcome {
  const languages = options.languages ?? LANGUAGES;
  const failures: Failure[] = [];
  const fail = (kind: string, detail: string) => failures.push({ kind, detail: detail.slice(0, 500) });
  const guard = <T>(kind: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      fail(kind, describe(error));
      return undefined;
    }
  };

  const before = fingerprint(input);
  const result = guard("safeParseIncident throws", () => safeParseIncident(input));
  if (fingerprint(input) !== before) fail("input mutated", "safeParseIncident changed or froze its input");

  let thrown: unknown;
  let parsed: Incident | undefined;
  try {
    parsed = parseIncident(input);
  } catch (error) {
    thrown = error ?? new Error("threw nothing");
  }
  if (thrown !== undefined && !IncidentError.is(thrown)) fail("parseIncident throws something else than IncidentError", describe(thrown));
  if (result && result.success !== (thrown === undefined))
    fail("parseIncident and safeParseIncident disagree", `safe: ${result.success}, parse threw: ${describe(thrown)}`);

  if (result && !result.success) {
    for (const issue of result.error.issues) checkIssue(input, issue, fail);
    // The exports that take a document refuse it as the parser does.
    for (const [name, run] of [
      ["reconcile", () => reconcile(input)],
      ["toProvJson", () => toProvJson(input)],
    ] as const) {
      try {
        run();
        fail(`${name} accepts what the parser refuses`, "");
      } catch (error) {
        if (!IncidentError.is(error)) fail(`${name} throws something else than IncidentError`, describe(error));
      }
    }
  }

  if (result?.success && parsed) checkExports(result.data, languages, fail, guard);
  checkPrototypes(fail);
  return { accepted: result?.success ?? false, issues: result && !result.success ? result.error.issues.length : 0, failures };
}

function checkIssue(input: unknown, issue: Issue, fail: (kind: string, detail: string) => void): void {
  const where = JSON.stringify(issue.path).slice(0, 200);
  if (!issue.message?.trim() || !issue.fix?.trim()) fail("issue without message or fix", `${issue.code} at ${where}`);
  for (const lang of LANGUAGES) {
    try {
      const line = formatIssueIn(issue, lang);
      if (!line.trim()) fail("issue without message or fix", `${issue.code} at ${where} in ${lang}`);
    } catch (error) {
      fail("issue wording throws", `${issue.code} in ${lang}: ${describe(error)}`);
    }
  }
  try {
    formatIssue(issue);
  } catch (error) {
    fail("issue wording throws", `${issue.code}: ${describe(error)}`);
  }
  if (issue.path.length === 0) return; // The root: the message gives the reason.
  const found = valueAt(input, issue.path);
  const pointsSomewhere = issue.code === "missing" ? found.parentExists || found.exists : found.exists;
  if (!pointsSomewhere) fail("issue path points nowhere", `${issue.code} at ${where}`);
  if (issue.entryId !== undefined) {
    const entry = valueAt(input, issue.path.slice(0, 2)).value as { id?: unknown } | undefined;
    if (entry?.id !== issue.entryId) fail("issue names the wrong entry", `${issue.code} at ${where}: entryId ${JSON.stringify(issue.entryId).slice(0, 80)}`);
  }
}

function checkExports(
  incident: Incident,
  languages: readonly (typeof LANGUAGES)[number][],
  fail: (kind: string, detail: string) => void,
  guard: <T>(kind: string, run: () => T) => T | undefined,
): void {
  const data = guard("reconcile (words: false) throws", () => reconcile(incident, { words: false }));
  if (data) guard("readings (words: false) throws", () => JSON.stringify(readings(data)));
  guard("toProvJson throws", () => JSON.stringify(toProvJson(incident)));
  for (const lang of languages) {
    const result = guard(`reconcile (${lang}) throws`, () => reconcile(incident, { lang }));
    if (!result) continue;
    guard("reconciliation is not JSON", () => JSON.parse(JSON.stringify(result)));
    guard("readings throws", () => JSON.stringify(readings(result)));
    guard("toRows throws", () => toRows(result));
    for (const format of REPORT_FORMATS) {
      const report = guard(`formatReport ${format} throws`, () => formatReport(result, { format, lang }));
      if (report === undefined) continue;
      if (format === "html") for (const problem of unsafeHtml(report)) fail("HTML lets input act", problem);
      if (format === "markdown") for (const problem of brokenTables(report)) fail("Markdown table loses its columns", problem);
      if (format !== "json") {
        const acting = ACTING.exec(report);
        if (acting) fail(`${format} report holds a control character`, `U+${acting[0].charCodeAt(0).toString(16).padStart(4, "0")} at ${acting.index}`);
      }
    }
    const page = guard("formatReport html page throws", () => formatReport(result, { format: "html", page: true, lang }));
    if (page !== undefined) for (const problem of unsafeHtml(page)) fail("HTML lets input act", problem);
    guard("formatReports throws", () => formatReports([result, result], { lang }));
  }
}

/** The prototypes a copy through assignment would pollute. */
const PROTOTYPES: readonly [string, object][] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
];
const ownKeys = PROTOTYPES.map(([, p]) => Reflect.ownKeys(p).length);

function checkPrototypes(fail: (kind: string, detail: string) => void): void {
  PROTOTYPES.forEach(([name, prototype], i) => {
    if ("polluted" in prototype || Reflect.ownKeys(prototype).length !== ownKeys[i]) {
      fail("prototype polluted", name);
      delete (prototype as Record<string, unknown>).polluted;
    }
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split("\n")[0]}`;
  return String(error);
}
