import type { Readable, Writable } from "node:stream";

/** The exit codes of the command line, as documented in the README and in `contested --help`. */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;

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

/** What every command may need to know about the installed package. */
export interface Context {
  readonly version: string;
  /** Where the format's reference is: the package's `docs/` folder, or the relative path when unknown. */
  readonly docs: string;
}

/** One option of a command, as `node:util`'s `parseArgs` reads it and as help describes it. */
export interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The placeholder help shows for the value: `--format FORMAT`. */
  readonly value?: string;
  /** One line: what the option does. */
  readonly description: string;
  /** The values it takes, checked before the command runs (with a "did you mean"). */
  readonly choices?: readonly string[];
  /** The value when the option is not given; help shows it. */
  readonly default?: string;
  /** Said in help instead of a default when the option must be given. */
  readonly required?: boolean;
  /** Said in help for a default that is not a fixed value ("the outlet the dateline names"). */
  readonly defaultText?: string;
}

/** A command's options by name (without the leading `--`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** The values a command receives: strings for string options (their default applied), booleans for flags. */
export type OptionValues<O extends OptionSpecs> = {
  readonly [K in keyof O]: O[K]["type"] extends "boolean" ? boolean : O[K]["default"] extends string ? string : string | undefined;
};

/**
 * One command of `contested`: everything help says about it and the code
 * that runs it. Every command lives in its own module under `commands/` and
 * is listed once in {@link COMMANDS}; `contested help` and
 * `contested <command> --help` are written from these fields alone.
 */
export interface Command<O extends OptionSpecs = OptionSpecs> {
  readonly name: string;
  /** One line, in the imperative, shown in the list of commands. */
  readonly summary: string;
  /** The arguments after the command's name, as usage shows them: `<files… | ->`. */
  readonly arguments: string;
  /** Paragraphs that say what it reads and writes. */
  readonly description: readonly string[];
  readonly options: O;
  /** Command lines and what each does. */
  readonly examples: readonly (readonly [command: string, what: string])[];
  /** What each exit code it can return means for it. */
  readonly exitCodes: Readonly<Partial<Record<(typeof EXIT)[keyof typeof EXIT], string>>>;
  run(args: { readonly files: readonly string[]; readonly values: OptionValues<O> }, io: Io, context: Context): Promise<number>;
}

/**
 * Declares a command, checking its fields and inferring its options' types
 * for `run`; the table of commands holds it under the general type.
 */
export function defineCommand<const O extends OptionSpecs>(command: Command<O>): Command {
  return command as unknown as Command;
}

/**
 * A mistake in how the command was called: the command line prints its
 * message on one line, with the hint to `--help`, and exits 2.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Writes, waiting for the stream to drain when it asks to, so that memory stays flat on large inputs. */
export function write(stream: Writable, text: string): Promise<void> {
  if (text === "") return Promise.resolve();
  return new Promise((resolve) => {
    if (stream.write(text)) resolve();
    else stream.once("drain", resolve);
  });
}
