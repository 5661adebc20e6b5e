import { defineCommand, EXIT, UsageError, write } from "../command.js";
import { checkedIncidents, type Tally } from "../checkedIncidents.js";

/** `contested validate`: checks incidents and lists every problem with its path. */
export const validate = defineCommand({
  name: "validate",
  summary: "Check incidents and list every problem, each with its file, line and path",
  arguments: "<files… | ->",
  description: [
    "Reads each file (an incident, a JSON array of incidents, or NDJSON) and checks every incident as the library does: its shape, ids, references, dates and values against the vocabulary. Each problem goes to stderr on its own line, with a fix; a count goes to stdout.",
  ],
  options: {},
  examples: [
    ["contested validate seeds/*.json", "check the seed incidents"],
    ["cat incidents.ndjson | contested validate -", "check NDJSON from standard input"],
  ],
  exitCodes: { 0: "every incident is valid", 2: "an incident is invalid, or the command was misused" },
  async run({ files }, io) {
    if (files.length === 0) throw new UsageError(`validate needs at least one file, or "-" for standard input`);
    const tally: Tally = { valid: 0, invalid: 0 };
    for await (const _ of checkedIncidents(files, io, tally));
    const total = tally.valid + tally.invalid;
    await write(io.stdout, `${total} incident${total === 1 ? "" : "s"}: ${tally.valid} valid, ${tally.invalid} invalid\n`);
    return tally.invalid > 0 ? EXIT.invalid : EXIT.ok;
  },
});
