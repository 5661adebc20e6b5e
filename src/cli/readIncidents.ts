import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Io } from "./command.js";

/** One incident read from the input, or why it could not be. */
export type Item = { readonly where: string; readonly data: unknown } | { readonly where: string; readonly error: string };

/** The byte order mark Windows tools put at the start of a UTF-8 file: not part of the JSON. */
const BOM = "\ufeff";

/**
 * The incidents of one input, one at a time. The first non-blank line
 * decides the form: a line that is a whole JSON object by itself starts
 * NDJSON, read line by line in constant memory; anything else is one JSON
 * document (an incident, or an array of them), read whole. A UTF-8 byte
 * order mark at the start of the input is skipped.
 */
export async function* readIncidents(file: string, io: Io): AsyncGenerator<Item> {
  const name = file === "-" ? "<stdin>" : file;
  let stream: Readable;
  try {
    stream = file === "-" ? io.stdin : (io.open ?? openFile)(file);
  } catch (error) {
    yield { where: name, error: `cannot read: ${(error as Error).message}` };
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let mode: "ndjson" | "document" | undefined;
  const document: string[] = [];
  let lineNumber = 0;
  let failure: string | undefined;
  const read = async function* () {
    try {
      yield* lines;
    } catch (error) {
      failure = (error as Error).message;
    }
  };
  for await (const raw of read()) {
    lineNumber++;
    const line = lineNumber === 1 && raw.startsWith(BOM) ? raw.slice(BOM.length) : raw;
    if (mode === undefined) {
      if (line.trim() === "") {
        document.push(line);
        continue;
      }
      mode = line.trimStart().startsWith("{") && isJsonObject(line) ? "ndjson" : "document";
    }
    if (mode === "document") {
      document.push(line);
      continue;
    }
    if (line.trim() === "") continue;
    const where = `${name}:${lineNumber}`;
    try {
      yield { where, data: JSON.parse(line) };
    } catch (error) {
      yield { where, error: `not JSON: ${(error as Error).message}` };
    }
  }
  if (failure !== undefined) {
    yield { where: name, error: `cannot read: ${failure}` };
    return;
  }
  if (mode !== "document") {
    if (mode === undefined) yield { where: name, error: "empty input: expected an incident, an array of incidents or NDJSON" };
    return;
  }
  let data: unknown;
  try {
    data = JSON.parse(document.join("\n"));
  } catch (error) {
    yield { where: name, error: `not JSON: ${(error as Error).message}. Several incidents go in a JSON array, or one per line (NDJSON)` };
    return;
  }
  if (Array.isArray(data)) {
    for (const [i, entry] of data.entries()) yield { where: `${name}[${i}]`, data: entry };
  } else yield { where: name, data };
}

/** Opens a file, failing at once (not later, on the stream) when it cannot be read. */
function openFile(file: string): Readable {
  if (!statSync(file).isFile()) throw new Error(`${file} is not a file`);
  return createReadStream(file);
}

function isJsonObject(line: string): boolean {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** Reads a whole input (a file, or "-" for standard input) as UTF-8 text, without a leading byte order mark. */
export async function readText(file: string, io: Io): Promise<string> {
  const stream = file === "-" ? io.stdin : (io.open ?? openFile)(file);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  const text = Buffer.concat(chunks).toString("utf8");
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
}

/** A progress line on stderr, only when stderr is a terminal and the input is large. */
export class Progress {
  private count = 0;
  private readonly shown: boolean;
  constructor(
    private readonly io: Io,
    files: readonly string[],
  ) {
    const size = io.size ?? ((f: string) => statSync(f).size);
    const large = files.some((f) => {
      if (f === "-") return true;
      try {
        return size(f) > 5 * 2 ** 20;
      } catch {
        return false;
      }
    });
    this.shown = io.stderr.isTTY === true && large;
  }
  tick(): void {
    this.count++;
    if (this.shown && this.count % 1000 === 0) this.io.stderr.write(`\rcontested: ${this.count.toLocaleString("en")} incidents read…`);
  }
  done(): void {
    if (this.shown && this.count >= 1000) this.io.stderr.write("\r\u001b[K");
  }
}
