import { mergeIncidents } from "../../merge/mergeIncidents.js";
import { inert } from "../../report/renderText.js";
import { defineCommand, EXIT, UsageError, write } from "../command.js";
import { oneIncidentEach } from "../oneIncident.js";

/** `contested merge`: two encodings of one incident as one. */
export const merge = defineCommand({
  name: "merge",
  summary: "Merge two encodings of one incident into one, every claim once",
  arguments: "<a.json> <b.json>",
  description: [
    "Merges two analysts' encodings of the same incident and writes the merged incident as JSON on stdout. Sources, actors, places and items are lined up by id, name or alias (ignoring case, accents and punctuation); a claim both encodings hold is kept once, whatever its id. Nothing is decided between them: where they differ, both claims stay.",
    "What needs checking goes to stderr, one line each: entries only one encoding has or that match several, ids that mean different things in the two (the second's are renamed), and fields aligned entries give differently (the first's are kept).",
  ],
  options: {},
  examples: [["contested merge coder-a.json coder-b.json > merged.json", "one incident holding both coders' claims"]],
  exitCodes: { 0: "the merge was written", 2: "an encoding is invalid, or the command was misused" },
  async run({ files }, io) {
    if (files.length !== 2) throw new UsageError("merge takes two incidents: the first encoding and the second");
    const both = await oneIncidentEach(files, io);
    if (!both) return EXIT.invalid;
    const [a, b] = files as [string, string];
    const result = mergeIncidents(both[0], both[1]);
    const added = both[1]!.claims.length - result.sameClaims.length;
    const notes = [
      `${b}: ${both[1]!.claims.length} claims, ${result.sameClaims.length} already in ${a}, ${added} added`,
      ...result.unaligned.map(
        (e) =>
          `${e.side === "a" ? a : b}: ${e.list} "${e.id}" (${e.name}) ${e.reason === "ambiguous" ? `matches several entries of ${a} (${(e.candidates ?? []).join(", ")}): kept apart` : `is only in ${e.side === "a" ? a : b}`}`,
      ),
      ...result.collisions.map((c) => `${b}: ${c.list} id "${c.id}" means ${c.b} there and ${c.a} in ${a}: renamed "${c.renamed}"`),
      ...result.conflicts.map((c) => `${b}: ${c.list} "${c.id}" gives ${c.field} ${JSON.stringify(c.b)}, ${a} ${JSON.stringify(c.a)}: ${a}'s is kept`),
    ];
    await write(io.stderr, notes.map((line) => `${inert(line)}\n`).join(""));
    await write(io.stdout, `${JSON.stringify(result.incident, null, 2)}\n`);
    return EXIT.ok;
  },
});
