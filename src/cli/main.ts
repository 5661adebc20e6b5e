import { createReadStream, statSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { draftIncident } from "../draft/draftIncident.js";
import { formatDraft } from "../draft/formatDraft.js";
import { formatIssue } from "../errors/issue.js";
import { incidentJsonSchema } from "../jsonSchema.js";
import { MESSAGES, type MessageLanguage } from "../messages/languages.js";
import { safeParseIncident } from "../parse/parseIncident.js";
import { reconcile } from "../reconcile/reconcile.js";
import type { Reconciliation } from "../reconcile/reconciliation.js";
import { formatReport, REPORT_FORMATS, type ReportFormat } from "../report/formatReport.js";

/** The exit codes of the command line, as documented in the README. */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;

const FAIL_ON = ["contradiction", "notice", "none"] as const;
type FailOn = (typeof FAIL_ON)[number];

/** Where the command reads and writes: the process's streams, or test doubles. */
export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean };
  /** Opens a file for reading; the default reads from disk. */
  readonly open?: (file: string) => Readable;
  /** A file's size in bytes, to decide whether to show progress; the default asks the disk. */
  readonly size?: (file: string) => number;
}

export const USAGE = `Usage:
  contested reconcile <files… | -> [--format text|markdown|html|json] [--lang en|fr] [--fail-on contradiction|notice|none]
  contested validate <files… | ->
  contested draft <article.txt | -> --lang fr|en [--id ID] [--outlet NAME] [--report]
  contested schema
  contested --help | --version

Input: one incident (format 1), a JSON array of incidents, or NDJSON (one incident per line, read as a stream).
"-" reads standard input. JSON output is one reconciliation per line.
draft proposes an incident from an article's text, for a person to confirm: JSON on stdout, or with
--report each drafted claim beside the sentence it came from.
Exit codes: 0 success, 1 findings at or above --fail-on (default: none), 2 invalid input or usage.`;

/** One incident read from the input, or why it could not be. */
type Item = { readonly where: string; readonly data: unknown } | { readonly where: string; readonly error: string };

/**
 * Runs the command line: `reconcile`, `validate` or `schema`. Findings and
 * reports go to stdout; problems to stderr, one per line, each with its file,
 * line (for NDJSON) or index (for an array), and path in the incident.
 *
 * @returns The exit code: 0 success, 1 findings at or above `--fail-on`, 2 invalid input or usage.
 */
export async function main(argv: readonly string[], io: Io, version = "0.0.0"): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        lang: { type: "string" },
        id: { type: "string" },
        outlet: { type: "string" },
        report: { type: "boolean" },
        "fail-on": { type: "string", default: "none" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" },
      },
    });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return write(io.stdout, `${USAGE}\n`).then(() => EXIT.ok);
  if (values.version) return write(io.stdout, `${version}\n`).then(() => EXIT.ok);
  const [command, ...files] = positionals;
  const format = values.format as ReportFormat;
  if (command === "draft") return draft(files, io, values);
  const lang = (values.lang ?? "en") as MessageLanguage;
  const failOn = values["fail-on"] as FailOn;
  if (!REPORT_FORMATS.includes(format)) return usage(io, `--format must be one of ${REPORT_FORMATS.join(", ")}, not "${values.format}"`);
  if (!Object.hasOwn(MESSAGES, lang)) return usage(io, `--lang must be one of ${Object.keys(MESSAGES).join(", ")}, not "${lang}"`);
  if (!FAIL_ON.includes(failOn)) return usage(io, `--fail-on must be one of ${FAIL_ON.join(", ")}, not "${values["fail-on"]}"`);

  switch (command) {
    case "schema":
      if (files.length > 0) return usage(io, "schema takes no files");
      await write(io.stdout, `${JSON.stringify(incidentJsonSchema(), null, 2)}\n`);
      return EXIT.ok;
    case "validate":
    case "reconcile": {
      if (files.length === 0) return usage(io, `${command} needs at least one file, or "-" for standard input`);
      return run(command, files, io, { format, lang, failOn });
    }
    default:
      return usage(io, command === undefined ? "no command given" : `unknown command "${command}"`);
  }
}

/**
 * `contested draft`: reads one article (a file, or "-" for standard input)
 * and writes the drafted incident as JSON, or with `--report` the drafted
 * claims beside their sentences for review.
 */
async function draft(files: readonly string[], io: Io, values: { lang?: string | undefined; id?: string | undefined; outlet?: string | undefined; report?: boolean | undefined }): Promise<number> {
  if (files.length !== 1) return usage(io, `draft takes one article: a text file, or "-" for standard input`);
  if (values.lang !== "fr" && values.lang !== "en") return usage(io, `draft needs the article's language: --lang fr or --lang en${values.lang === undefined ? "" : `, not "${values.lang}"`}`);
  const file = files[0]!;
  let text: string;
  try {
    text = await readAll(file === "-" ? io.stdin : (io.open ?? openFile)(file));
  } catch (error) {
    await write(io.stderr, `${file}: cannot read: ${(error as Error).message}\n`);
    return EXIT.invalid;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const incident = draftIncident(text, { lang: values.lang, ...(values.id ? { id: values.id } : {}), ...(values.outlet ? { outlet: values.outlet } : {}) });
  await write(io.stdout, values.report ? formatDraft(incident, text) : `${JSON.stringify(incident, null, 2)}\n`);
  return EXIT.ok;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

async function run(command: "validate" | "reconcile", files: readonly string[], io: Io, options: { format: ReportFormat; lang: MessageLanguage; failOn: FailOn }): Promise<number> {
  let invalid = 0;
  let valid = 0;
  let findings = false;
  let first = true;
  const progress = new Progress(io, files);
  for (const file of files) {
    for await (const item of readIncidents(file, io)) {
      progress.tick();
      if ("error" in item) {
        invalid++;
        await write(io.stderr, `${item.where}: ${item.error}\n`);
        continue;
      }
      const checked = safeParseIncident(item.data);
      if (!checked.success) {
        invalid++;
        await write(io.stderr, checked.error.issues.map((issue) => `${item.where}: ${formatIssue(issue)}\n`).join(""));
        continue;
      }
      valid++;
      if (command === "validate") continue;
      const result = reconcile(checked.data, { lang: options.lang });
      if (reaches(result, options.failOn)) findings = true;
      await write(io.stdout, render(result, options.format, options.lang, first));
      first = false;
    }
  }
  progress.done();
  if (command === "validate") {
    await write(io.stdout, `${valid + invalid} incident${valid + invalid === 1 ? "" : "s"}: ${valid} valid, ${invalid} invalid\n`);
  }
  return invalid > 0 ? EXIT.invalid : findings ? EXIT.findings : EXIT.ok;
}

function render(result: Reconciliation, format: ReportFormat, lang: MessageLanguage, first: boolean): string {
  if (format === "json") return `${JSON.stringify(result)}\n`;
  const report = formatReport(result, { format, lang });
  return first ? report : `\n${report}`;
}

function reaches(result: Reconciliation, failOn: FailOn): boolean {
  if (failOn === "none") return false;
  return result.flags.some((flag) => failOn === "notice" || flag.severity === "contradiction");
}

/**
 * The incidents of one input, one at a time. The first non-blank line
 * decides the form: a line that is a whole JSON object by itself starts
 * NDJSON, read line by line in constant memory; anything else is one JSON
 * document (an incident, or an array of them), read whole.
 */
async function* readIncidents(file: string, io: Io): AsyncGenerator<Item> {
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
  const read = async function* () {
    try {
      yield* lines;
    } catch (error) {
      failure = (error as Error).message;
    }
  };
  let failure: string | undefined;
  for await (const line of read()) {
    lineNumber++;
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

/** A progress line on stderr, only when stderr is a terminal and the input is large. */
class Progress {
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

async function usage(io: Io, problem: string): Promise<number> {
  await write(io.stderr, `contested: ${problem}\n${USAGE}\n`);
  return EXIT.invalid;
}

/** Writes, waiting for the stream to drain when it asks to, so that memory stays flat on large inputs. */
function write(stream: Writable, text: string): Promise<void> {
  if (text === "") return Promise.resolve();
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once("drain", resolve);
  });
}
