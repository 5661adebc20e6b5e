import { draftIncident } from "../../draft/draftIncident.js";
import { formatDraft } from "../../draft/formatDraft.js";
import { defineCommand, EXIT, UsageError, write } from "../command.js";
import { readText } from "../readIncidents.js";

/**
 * `contested draft`: reads one article (a file, or "-" for standard input)
 * and writes the drafted incident as JSON, or with `--report` the drafted
 * claims beside their sentences for review.
 */
export const draft = defineCommand({
  name: "draft",
  summary: "Draft an incident from an article's text, for a person to confirm",
  arguments: "<article.txt | ->",
  description: [
    "Reads one article as plain text and proposes an incident: its sources and relays, hedges, and claims, each tied to the exact words it was read from. Nothing is decided for you: review the draft (--report sets each claim beside its sentence), then check it with `contested validate`.",
  ],
  options: {
    lang: { type: "string", value: "LANG", description: "the article's language", choices: ["fr", "en"], required: true },
    id: { type: "string", value: "ID", description: "the incident's id", defaultText: "draft" },
    outlet: { type: "string", value: "NAME", description: "the outlet that published the article", defaultText: "the outlet its dateline names" },
    report: { type: "boolean", description: "write each drafted claim beside its sentence, for review, instead of JSON" },
  },
  examples: [
    ["contested draft article.txt --lang fr > incident.json", "draft an incident from a French article"],
    ["contested draft - --lang en --report < article.txt", "review what was read, claim by claim"],
  ],
  exitCodes: { 0: "the draft was written", 2: "the article could not be read, or the command was misused" },
  async run({ files, values }, io) {
    if (files.length !== 1) throw new UsageError(`draft takes one article: a text file, or "-" for standard input`);
    if (values.lang !== "fr" && values.lang !== "en") throw new UsageError("draft needs the article's language: --lang fr or --lang en");
    const file = files[0]!;
    let text: string;
    try {
      text = await readText(file, io);
    } catch (error) {
      await write(io.stderr, `${file}: cannot read: ${(error as Error).message}\n`);
      return EXIT.invalid;
    }
    const incident = draftIncident(text, { lang: values.lang, ...(values.id ? { id: values.id } : {}), ...(values.outlet ? { outlet: values.outlet } : {}) });
    await write(io.stdout, values.report ? formatDraft(incident, text) : `${JSON.stringify(incident, null, 2)}\n`);
    return EXIT.ok;
  },
});
