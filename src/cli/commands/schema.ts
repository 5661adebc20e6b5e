import { incidentJsonSchema } from "../../jsonSchema.js";
import { defineCommand, EXIT, UsageError, write } from "../command.js";

/** `contested schema`: the JSON Schema of the incident format. */
export const schema = defineCommand({
  name: "schema",
  summary: "Print the JSON Schema (draft 2020-12) of the incident format",
  arguments: "",
  description: [
    "Writes the JSON Schema of format 1 to stdout, for editors and for tools in other languages. It checks the document's shape; references between ids and values against the vocabulary are checked by `contested validate`.",
  ],
  options: {},
  examples: [["contested schema > incident.schema.json", "save the schema beside your incidents"]],
  exitCodes: { 0: "the schema was written", 2: "the command was misused" },
  async run({ files }, io) {
    if (files.length > 0) throw new UsageError("schema takes no files");
    await write(io.stdout, `${JSON.stringify(incidentJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
});
