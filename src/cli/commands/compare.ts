import { compareEncodings } from "../../compare/compareEncodings.js";
import { MESSAGES, type MessageLanguage } from "../../messages/languages.js";
import { formatComparison } from "../../report/formatComparison.js";
import { defineCommand, EXIT, UsageError, write } from "../command.js";
import { oneIncidentEach } from "../oneIncident.js";

/** `contested compare`: the double-coding check of two encodings of one incident. */
export const compare = defineCommand({
  name: "compare",
  summary: "Compare two analysts' encodings of one incident, claim by claim (double coding)",
  arguments: "<a.json> <b.json>",
  description: [
    "Pairs the claims of two encodings of the same incident and reports which both coded alike, which they coded differently (another facet, scope, value, source, hedge…: both codings side by side), which only one made, and the agreement per facet. A value that reads the same (2 and « deux ») is the same; the quote may differ.",
  ],
  options: {
    format: { type: "string", value: "FORMAT", description: "the report's format", choices: ["text", "markdown", "json"], default: "text" },
    lang: { type: "string", value: "LANG", description: "the report's language", choices: Object.keys(MESSAGES), default: "en" },
  },
  examples: [
    ["contested compare coder-a.json coder-b.json", "where the two coders differ"],
    ["contested compare coder-a.json coder-b.json --format json", "the same, as data"],
  ],
  exitCodes: { 0: "the two encodings agree claim for claim", 1: "they differ", 2: "an encoding is invalid, or the command was misused" },
  async run({ files, values }, io) {
    if (files.length !== 2) throw new UsageError("compare takes two incidents: the first encoding and the second");
    const both = await oneIncidentEach(files, io);
    if (!both) return EXIT.invalid;
    const comparison = compareEncodings(both[0], both[1]);
    await write(io.stdout, formatComparison(comparison, { format: values.format as "text" | "markdown" | "json", lang: values.lang as MessageLanguage }));
    const alike = comparison.differ.length === 0 && comparison.onlyA.length === 0 && comparison.onlyB.length === 0;
    return alike ? EXIT.ok : EXIT.findings;
  },
});
