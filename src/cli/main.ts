import { parseArgs } from "node:util";
import { didYouMean } from "../errors/didYouMean.js";
import { EXIT, UsageError, write, type Command, type Context, type Io, type OptionSpec } from "./command.js";
import { COMMANDS } from "./commands.js";
import { commandHelp, COMMON_OPTIONS, generalHelp } from "./help.js";

export { EXIT, type Io } from "./command.js";

/**
 * Runs the command line. The first argument names the command (see
 * {@link COMMANDS}); `contested help [command]`, `contested --help` and
 * `contested <command> --help` print help written from the same table.
 * Reports go to stdout; problems to stderr — invalid input one problem per
 * line with its file, line (NDJSON) or index (array) and path; a usage
 * mistake on one line with the hint to `--help`.
 *
 * @param argv - The arguments after the program's name.
 * @param io - The streams (and, in tests, the files) to use.
 * @param version - The package's version, for `--version`.
 * @param docs - Where the package's `docs/` folder is, for help to point to.
 * @returns The exit code: 0 success, 1 findings at or above `--fail-on`, 2 invalid input or usage.
 */
export async function main(argv: readonly string[], io: Io, version = "0.0.0", docs = "docs"): Promise<number> {
  const context: Context = { version, docs };
  const [first, ...rest] = argv;
  if (first === undefined) return usage(io, "no command given", undefined, "for the list of commands");
  if (first === "-h" || first === "--help") return print(io, generalHelp(context));
  if (first === "-v" || first === "--version") return print(io, `${version}\n`);
  if (first === "help") return help(rest, io, context);
  if (first.startsWith("-")) return usage(io, unknownOption(first, ["--help", "--version"]), undefined, "");
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) return usage(io, `unknown command "${first}"${suggest(first, commandNames())}`, undefined, "for the list of commands");

  const options = { ...command.options, ...COMMON_OPTIONS };
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by the assignment below, from the options' spec
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, strict: true, options: parseSpec(options) });
  } catch (error) {
    return usage(io, argumentProblem(error as Error & { code?: string }, options), command);
  }
  if (parsed.values.help) return print(io, commandHelp(command, context));
  const values: Record<string, string | boolean | undefined> = {};
  for (const [name, spec] of Object.entries(command.options)) {
    const given = parsed.values[name];
    if (typeof given === "string" && spec.choices && !spec.choices.includes(given)) {
      return usage(io, `--${name} must be one of ${spec.choices.join(", ")}, not "${given}"${suggest(given, spec.choices)}`, command);
    }
    values[name] = spec.type === "boolean" ? given === true : (given ?? spec.default);
  }
  try {
    return await command.run({ files: parsed.positionals, values: values as never }, io, context);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, error.message, command);
    throw error;
  }
}

async function help(args: readonly string[], io: Io, context: Context): Promise<number> {
  const [name, ...extra] = args;
  if (name === undefined) return print(io, generalHelp(context));
  if (name === "help") return print(io, generalHelp(context));
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return usage(io, `no help for "${name}": unknown command${suggest(name, commandNames())}`, undefined, "for the list of commands");
  if (extra.length > 0) return usage(io, `help takes one command, not ${args.length}`, undefined, "for the list of commands");
  return print(io, commandHelp(command, context));
}

function commandNames(): string[] {
  return [...COMMANDS.map((c) => c.name), "help"];
}

/** The options as `parseArgs` takes them: only what it checks. */
function parseSpec(options: Readonly<Record<string, OptionSpec>>) {
  return Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]));
}

/** `parseArgs`'s error, said in one line, with a "did you mean" for an unknown option. */
function argumentProblem(error: Error & { code?: string }, options: Readonly<Record<string, OptionSpec>>): string {
  const flags = Object.entries(options).flatMap(([name, spec]) => [`--${name}`, ...(spec.short ? [`-${spec.short}`] : [])]);
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const option = /'([^']+)'/.exec(error.message)?.[1] ?? "";
    return unknownOption(option, flags);
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const option = /'(-[^ ']+)/.exec(error.message)?.[1];
    if (option && error.message.includes("argument missing")) return `${option} needs a value`;
    if (option) return `${option} takes no value`;
  }
  return error.message.split(/\.\s/)[0]!.replace(/\.$/, "");
}

function unknownOption(option: string, known: readonly string[]): string {
  const name = option.split("=")[0]!;
  return `unknown option ${name}${suggest(
    name.replace(/^-+/, ""),
    known.map((k) => k.replace(/^-+/, "")),
    (s) => (s.length === 1 ? `-${s}` : `--${s}`),
  )}`;
}

/** " — did you mean "x"?" when a known name is close, else nothing. */
function suggest(name: string, known: readonly string[], show: (s: string) => string = (s) => `"${s}"`): string {
  const close = didYouMean(name, known);
  return close === undefined ? "" : ` — did you mean ${show(close)}?`;
}

async function print(io: Io, text: string): Promise<number> {
  await write(io.stdout, text);
  return EXIT.ok;
}

/** A usage mistake: one line, and where to read how to call it. */
async function usage(io: Io, problem: string, command?: Command, what = "for usage"): Promise<number> {
  const hint = command ? `Run 'contested ${command.name} --help' ${what}.` : `Run 'contested --help'${what ? ` ${what}` : " for usage"}.`;
  await write(io.stderr, `contested: ${problem}\n${hint}\n`);
  return EXIT.invalid;
}
