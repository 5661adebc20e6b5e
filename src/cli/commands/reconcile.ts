import { MESSAGES, type MessageLanguage } from "../../messages/languages.js";
import { reconcile as reconcileIncident } from "../../facade/reconcile.js";
import { readings } from "../../facade/readings.js";
import type { Reconciliation } from "../../reconcile/reconciliation.js";
import { formatReports, REPORT_FORMATS, type ReportFormat } from "../../report/formatReport.js";
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
    'Reads each file (an incident, a JSON array of incidents, or NDJSON: one incident per line, read as a stream) and writes the report of every valid incident; invalid ones are listed on stderr and the others still reported. "-" reads standard input.',
    "A report for people leads with what matters: with several incidents, a summary of them all, then the incidents that hold contradictions, then the others (it is written once every incident is read). JSON is for tools: one reconciliation per line, in the order read, each written as soon as its incident is read.",
  ],
  options: {
    format: { type: "string", value: "FORMAT", description: "the report's format", choices: REPORT_FORMATS, default: "text" },
    lang: { type: "string", value: "LANG", description: "the report's language", choices: Object.keys(MESSAGES), default: "en" },
    "fail-on": { type: "string", value: "SEVERITY", description: "exit 1 when a finding is at least this severe", choices: FAIL_ON, default: "none" },
    page: { type: "boolean", description: "with --format html: a whole page to share (doctype, title, print style) instead of a fragment" },
    readings: { type: "boolean", description: 'with --format json: add each incident\'s readings (the accounts that can hold together) as "readings"' },
  },
  examples: [
    ["contested reconcile seeds/*.json", "the text report of each seed"],
    ["contested reconcile seeds/*.json --format html --page --lang fr > rapport.html", "a French HTML page to send to an editor"],
    ["contested reconcile incidents.ndjson --format json --fail-on contradiction", "one JSON line per incident; exit 1 on a contradiction"],
    ["contested reconcile incident.json --format json --readings", "the reconciliation with its readings, for a tool"],
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
    if (values.page && format !== "html") throw new UsageError(`--page writes a whole HTML page: use it with --format html, not ${format}`);
    if (values.readings && format !== "json")
      throw new UsageError(`--readings adds the readings to JSON: use it with --format json (the ${format} report always shows them)`);
    const tally: Tally = { valid: 0, invalid: 0 };
    let findings = false;
    const reports: Reconciliation[] = [];
    for await (const { incident } of checkedIncidents(files, io, tally)) {
      const result = reconcileIncident(incident, { lang });
      if (reaches(result, failOn)) findings = true;
      if (format === "json") await write(io.stdout, `${JSON.stringify(values.readings ? { ...result, readings: readings(result) } : result)}\n`);
      else reports.push(result);
    }
    if (reports.length > 0) await write(io.stdout, formatReports(reports, { format, lang, page: values.page }));
    return tally.invalid > 0 ? EXIT.invalid : findings ? EXIT.findings : EXIT.ok;
  },
});

function reaches(result: Reconciliation, failOn: FailOn): boolean {
  if (failOn === "none") return false;
  return result.flags.some((flag) => failOn === "notice" || flag.severity === "contradiction");
}
