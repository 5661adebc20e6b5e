import { MESSAGES, type MessageLanguage } from "../../messages/languages.js";
import { reconcile as reconcileIncident } from "../../facade/reconcile.js";
import type { Reconciliation } from "../../reconcile/reconciliation.js";
import { formatReport, REPORT_FORMATS, type ReportFormat } from "../../report/formatReport.js";
import { checkedIncidents, type Tally } from "../checkedIncidents.js";
import { defineCommand, EXIT, UsageError, write } from "../command.js";

const FAIL_ON = ["contradiction", "notice", "none"] as const;
type FailOn = (typeof FAIL_ON)[number];

/** `contested reconcile`: the report of every incident, for people or tools. */
export const reconcile = defineCommand({
  name: "reconcile",
  summary: "Report where the accounts of each incident agree, differ, and cannot all be true",
  arguments: "<files… | ->",
  description: [
    "Reads each file (an incident, a JSON array of incidents, or NDJSON: one incident per line, read as a stream) and writes the report of every valid incident; invalid ones are listed on stderr and the others still reported. \"-\" reads standard input.",
    "JSON output is one reconciliation per line.",
  ],
  options: {
    format: { type: "string", value: "FORMAT", description: "the report's format", choices: REPORT_FORMATS, default: "text" },
    lang: { type: "string", value: "LANG", description: "the report's language", choices: Object.keys(MESSAGES), default: "en" },
    "fail-on": { type: "string", value: "SEVERITY", description: "exit 1 when a finding is at least this severe", choices: FAIL_ON, default: "none" },
  },
  examples: [
    ["contested reconcile seeds/*.json", "the text report of each seed"],
    ["contested reconcile seeds/*.json --format html --lang fr > rapport.html", "a French HTML report"],
    ["contested reconcile incidents.ndjson --format json --fail-on contradiction", "one JSON line per incident; exit 1 on a contradiction"],
  ],
  exitCodes: {
    0: "every incident was reported, and no finding reaches --fail-on",
    1: "a finding reaches --fail-on",
    2: "an incident is invalid (the valid ones are still reported), or the command was misused",
  },
  async run({ files, values }, io) {
    if (files.length === 0) throw new UsageError(`reconcile needs at least one file, or "-" for standard input`);
    const format = values.format as ReportFormat;
    const lang = values.lang as MessageLanguage;
    const failOn = values["fail-on"] as FailOn;
    const tally: Tally = { valid: 0, invalid: 0 };
    let findings = false;
    let first = true;
    for await (const { incident } of checkedIncidents(files, io, tally)) {
      const result = reconcileIncident(incident, { lang });
      if (reaches(result, failOn)) findings = true;
      await write(io.stdout, render(result, format, lang, first));
      first = false;
    }
    return tally.invalid > 0 ? EXIT.invalid : findings ? EXIT.findings : EXIT.ok;
  },
});

function render(result: Reconciliation, format: ReportFormat, lang: MessageLanguage, first: boolean): string {
  if (format === "json") return `${JSON.stringify(result)}\n`;
  const report = formatReport(result, { format, lang });
  return first ? report : `\n${report}`;
}

function reaches(result: Reconciliation, failOn: FailOn): boolean {
  if (failOn === "none") return false;
  return result.flags.some((flag) => failOn === "notice" || flag.severity === "contradiction");
}
