import type { Incident } from "../model/incident.js";
import { inert } from "../report/renderText.js";
import { checkedIncidents, type Tally } from "./checkedIncidents.js";
import { write, type Io } from "./command.js";

/**
 * The one incident a file holds (an incident, a one-element array, or one
 * NDJSON line), checked as `validate` checks it: its problems go to stderr
 * one per line, with the file and path. `undefined` when it holds no valid
 * incident, or more than one (said on stderr too), for commands that read
 * one incident per file: export, merge, compare, diff.
 */
export async function oneIncident(file: string, io: Io): Promise<Incident | undefined> {
  const tally: Tally = { valid: 0, invalid: 0 };
  const found: Incident[] = [];
  for await (const { incident } of checkedIncidents([file], io, tally)) found.push(incident);
  if (tally.invalid > 0) return undefined;
  if (found.length === 1) return found[0];
  const name = file === "-" ? "<stdin>" : file;
  await write(
    io.stderr,
    `${inert(`${name}: ${found.length === 0 ? "no incident" : `${found.length} incidents`}: this command reads one incident per file`)}\n`,
  );
  return undefined;
}

/** The incidents of several files, one each, or `undefined` when any could not be read (every problem said). */
export async function oneIncidentEach(files: readonly string[], io: Io): Promise<Incident[] | undefined> {
  const incidents: (Incident | undefined)[] = [];
  for (const file of files) incidents.push(await oneIncident(file, io));
  return incidents.every((incident) => incident !== undefined) ? (incidents as Incident[]) : undefined;
}
