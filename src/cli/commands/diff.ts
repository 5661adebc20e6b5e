import { md } from "../../display/escape.js";
import { diffReconciliations } from "../../diff/diffReconciliations.js";
import { reconcile } from "../../facade/reconcile.js";
import { MESSAGES, type MessageLanguage } from "../../messages/languages.js";
import { formatReport } from "../../report/formatReport.js";
import { inert } from "../../report/renderText.js";
import { wordingIn } from "../../report/reword.js";
import { sinceSection } from "../../report/sinceSection.js";
import { defineCommand, EXIT, UsageError, write } from "../command.js";
import { oneIncidentEach } from "../oneIncident.js";

/** `contested diff`: what changed between two versions of one incident. */
export const diff = defineCommand({
  name: "diff",
  summary: "Say what changed between two versions of one incident",
  arguments: "<before.json> <after.json>",
  description: [
    "Reconciles both versions and says what changed: the findings that appeared, went away or changed, the questions whose figures moved or whose status changed, and the sources that revised their answers. With --report, the later version's whole report, with what changed since after its summary.",
  ],
  options: {
    format: {
      type: "string",
      value: "FORMAT",
      description: "text or Markdown for people, JSON (the changes as data) for tools",
      choices: ["text", "markdown", "json"],
      default: "text",
    },
    lang: { type: "string", value: "LANG", description: "the language of the changes", choices: Object.keys(MESSAGES), default: "en" },
    report: { type: "boolean", description: "write the later version's whole report, with a section on what changed" },
  },
  examples: [
    ["contested diff yesterday.json today.json", "what changed since yesterday's version"],
    ["contested diff yesterday.json today.json --report --format markdown", "today's report, saying what changed"],
  ],
  exitCodes: { 0: "nothing changed", 1: "something changed", 2: "a version is invalid, or the command was misused" },
  async run({ files, values }, io) {
    if (files.length !== 2) throw new UsageError("diff takes two incidents: the earlier version and the later");
    if (values.report && values.format === "json") throw new UsageError("--report writes a report for people: use it with --format text or markdown");
    const both = await oneIncidentEach(files, io);
    if (!both) return EXIT.invalid;
    const lang = values.lang as MessageLanguage;
    const [before, after] = both.map((incident) => reconcile(incident, { lang })) as [ReturnType<typeof reconcile>, ReturnType<typeof reconcile>];
    const changes = diffReconciliations(before, after);
    const changed = changes.appeared.length + changes.resolved.length + changes.changed.length + changes.questions.length + changes.revisions.length > 0;
    if (values.format === "json") await write(io.stdout, `${JSON.stringify(changes, null, 2)}\n`);
    else if (values.report) await write(io.stdout, formatReport(after, { since: before, lang, format: values.format as "text" | "markdown" }));
    else {
      const section = sinceSection({ result: before, words: wordingIn(before, lang) }, { result: after, words: wordingIn(after, lang) });
      const lines =
        values.format === "markdown"
          ? [`### ${md(section.heading)}`, "", ...section.lines.map((line) => `- ${md(line)}`)]
          : [section.heading, "-".repeat([...section.heading].length), ...section.lines.map((line) => inert(`Δ ${line}`))];
      await write(io.stdout, `${lines.join("\n")}\n`);
    }
    return changed ? EXIT.findings : EXIT.ok;
  },
});
