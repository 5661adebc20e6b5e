import { formatIssue } from "../errors/issue.js";
import type { Incident } from "../model/incident.js";
import { safeParseIncident } from "../parse/parseIncident.js";
import { inert } from "../report/renderText.js";
import { write, type Io } from "./command.js";
import { Progress, readIncidents } from "./readIncidents.js";

/** How many incidents {@link checkedIncidents} read, valid and not. */
export interface Tally {
  valid: number;
  invalid: number;
}

/**
 * The valid incidents of every input, one at a time, in the order they are
 * read. Each problem of an invalid one goes to stderr on its own line, with
 * its file, line (NDJSON) or index (array) and its path, the input's control
 * characters shown as marks (an ESC in an id cannot act on the terminal);
 * `tally` counts both.
 */
export async function* checkedIncidents(
  files: readonly string[],
  io: Io,
  tally: Tally,
): AsyncGenerator<{ readonly where: string; readonly incident: Incident }> {
  const progress = new Progress(io, files);
  for (const file of files) {
    for await (const item of readIncidents(file, io)) {
      progress.tick();
      if ("error" in item) {
        tally.invalid++;
        await write(io.stderr, `${inert(`${item.where}: ${item.error}`)}\n`);
        continue;
      }
      const checked = safeParseIncident(item.data);
      if (!checked.success) {
        tally.invalid++;
        await write(io.stderr, checked.error.issues.map((issue) => `${inert(`${item.where}: ${formatIssue(issue)}`)}\n`).join(""));
        continue;
      }
      tally.valid++;
      yield { where: item.where, incident: checked.data };
    }
  }
  progress.done();
}
