import type { Command, Context, OptionSpec } from "./command.js";
import { COMMANDS } from "./commands.js";

/** The options every command takes, besides its own. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  help: { type: "boolean", short: "h", description: "show this help", defaultText: "" },
};

const EXIT_CODES = [
  ["0", "success"],
  ["1", "a finding at or above --fail-on (reconcile; by default, never); two encodings that differ (compare); a version that changed (diff)"],
  ["2", "invalid input or usage (the valid incidents are still reported)"],
] as const;

/** `contested --help`: what the tool does, its commands, options, exit codes and where the format is documented. */
export function generalHelp(context: Context, commands: readonly Command[] = COMMANDS): string {
  return section([
    "contested — hold each incident as a set of attributed claims and show where the accounts agree, differ, and cannot all be true, without picking a winner.",
    "",
    "Usage",
    "  contested <command> [arguments] [options]",
    "  contested help [command]",
    "",
    "Commands",
    ...table([...commands.map((c) => [c.name, c.summary] as const), ["help", "Show the help of contested or of one command"]]),
    "",
    "Options",
    ...table([
      ["-h, --help", "show this help (after a command: that command's help)"],
      ["-v, --version", "print the version"],
    ]),
    "",
    "Input",
    "  One incident (format 1), a JSON array of incidents, or NDJSON (one incident per line, read as a stream);",
    '  "-" reads standard input. A UTF-8 byte order mark is skipped.',
    "",
    "Exit codes",
    ...table(EXIT_CODES),
    "",
    "Learn more",
    "  contested help <command>    the options, defaults and examples of one command",
    ...documentation(context),
  ]);
}

/** `contested help <command>` and `contested <command> --help`. */
export function commandHelp(command: Command, context: Context): string {
  const options = { ...command.options, ...COMMON_OPTIONS };
  return section([
    `contested ${command.name} — ${command.summary}`,
    "",
    "Usage",
    `  contested ${command.name}${command.arguments ? ` ${command.arguments}` : ""}${Object.keys(command.options).length > 0 ? " [options]" : ""}`,
    "",
    ...command.description.flatMap((paragraph) => [...wrap(paragraph, 2), ""]),
    "Options",
    ...table(Object.entries(options).map(([name, spec]) => [flag(name, spec), describe(spec)])),
    "",
    ...(command.examples.length > 0 ? ["Examples", ...command.examples.flatMap(([line, what]) => [`  # ${what}`, `  $ ${line}`]), ""] : []),
    "Exit codes",
    ...table(Object.entries(command.exitCodes).map(([code, meaning]) => [code, meaning])),
    "",
    "Learn more",
    ...documentation(context),
  ]);
}

/** The option as help names it: `-h, --help`, `--format FORMAT`. */
function flag(name: string, spec: OptionSpec): string {
  return `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.type === "string" ? ` ${spec.value ?? "VALUE"}` : ""}`;
}

/** What an option does, the values it takes and its default (none said when `defaultText` is empty). */
function describe(spec: OptionSpec): string {
  const choices = spec.choices ? `: ${spec.choices.join(", ")}` : "";
  const fallback = spec.required
    ? "required"
    : spec.default !== undefined
      ? `default: ${spec.default}`
      : spec.defaultText !== undefined
        ? `default: ${spec.defaultText}`
        : spec.type === "boolean"
          ? "default: off"
          : "default: none";
  return spec.defaultText === "" ? `${spec.description}${choices}` : `${spec.description}${choices} (${fallback})`;
}

function documentation(context: Context): string[] {
  const at = (file: string) => `${context.docs}${context.docs.endsWith("/") ? "" : "/"}${file}`;
  return table([
    ["The incident format", at("format.md")],
    ["The conflict vocabulary", at("vocabulary.md")],
  ]);
}

/** Two columns, the first padded to its widest entry. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`);
}

/** A paragraph wrapped at 100 columns, indented. */
function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/u)) {
    if (line && line.length + 1 + word.length > 100 - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => `${" ".repeat(indent)}${l}`);
}

function section(lines: readonly string[]): string {
  return `${lines.join("\n").trimEnd()}\n`;
}
