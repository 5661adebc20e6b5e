import { formatIssue } from "../../errors/issue.js";
import { inert } from "../../report/renderText.js";
import { fromCsv } from "../../sheet/fromCsv.js";
import type { DateForm, SheetDate } from "../../sheet/sheetDate.js";
import type { SheetIssue } from "../../sheet/sheetIssue.js";
import type { CsvSeparator } from "../../sheet/toCsv.js";
import { defineCommand, EXIT, UsageError, write } from "../command.js";
import { readText } from "../readIncidents.js";

/** The separators by the names a shell can pass without quoting. */
export const SEPARATORS: Readonly<Record<string, CsvSeparator>> = { comma: ",", semicolon: ";", tab: "\t" };

/** `contested import`: a CSV claims sheet as an incident. */
export const importSheet = defineCommand({
  name: "import",
  summary: "Read a CSV claims sheet (one row per claim) as an incident",
  arguments: "<sheet.csv | ->",
  description: [
    "Reads a claims sheet as `contested export` writes it or as a person typed it in a spreadsheet (one row per claim; rows may also declare the incident, sources, actors, places and items) and writes the incident as JSON on stdout.",
    "Every row that cannot be read goes to stderr with its row number (as the spreadsheet numbers it), column and fix, and is left out; the other rows are kept. Sources, actors, places and items the sheet names without declaring them are created from their names and listed on stderr, so that a new name can be checked; a name a few letters off a known one is an error, not a new entry.",
    'Headers and words may be English or French, with no option: "Type de source", "Relais", "Valeur", "Réserve"; "média", "revendiqué", "tués", "pris", "non communiqué" (as `contested export --lang fr` writes them).',
    "Dates are ISO 8601 (2023-11-24), and are read too as a spreadsheet rewrites them: 24/11/2023 (or 24.11.2023, 24-11-2023, with an optional 14:00), 11/24/2023 when no day-first reading is a date, and Excel serial days (45254). A date both orders make a day (03/04/2024) is read day first in a sheet with French headers or words or saved with ';', in the order --date-order gives, and is otherwise an error that gives both readings. The incident keeps ISO 8601; stderr says, for each way a date was read, the first such cell and how many there are.",
  ],
  options: {
    id: { type: "string", value: "ID", description: "the incident's id, when no incident row gives one", defaultText: "the file's name" },
    lang: { type: "string", value: "LANG", description: "the language of quotes and phrases, when no incident row gives one", choices: ["fr", "en"] },
    separator: { type: "string", value: "SEP", description: "the cell separator", choices: Object.keys(SEPARATORS), defaultText: "found from the header" },
    "date-order": {
      type: "string",
      value: "ORDER",
      description: "the order of day and month in a date such as 03/04/2024, a day in either",
      choices: ["day-first", "month-first"],
      defaultText: "day first in a French sheet or one saved with ';', else such a date is an error",
    },
  },
  examples: [
    ["contested import sheet.csv > incident.json", "the incident a sheet describes"],
    ["contested import feuille.csv --lang fr --separator semicolon > incident.json", "a sheet saved by a French Excel"],
    ["contested import sheet.csv --date-order month-first > incident.json", "a sheet saved by a US Excel, whose 03/04/2024 is 4 March"],
  ],
  exitCodes: { 0: "every row was read", 2: "a row could not be read (the others are still written), or the command was misused" },
  async run({ files, values }, io) {
    if (files.length !== 1) throw new UsageError(`import takes one sheet: a CSV file, or "-" for standard input`);
    const file = files[0]!;
    const name = file === "-" ? "<stdin>" : file;
    let text: string;
    try {
      text = await readText(file, io);
    } catch (error) {
      await write(io.stderr, `${inert(`${name}: cannot read: ${(error as Error).message}`)}\n`);
      return EXIT.invalid;
    }
    const id = values.id ?? (file === "-" ? undefined : idFromFile(file));
    const separator = values.separator === undefined ? undefined : SEPARATORS[values.separator];
    const dateOrder = values["date-order"] as "day-first" | "month-first" | undefined;
    const sheet = fromCsv(text, {
      ...(id ? { id } : {}),
      ...(values.lang ? { lang: values.lang } : {}),
      ...(separator ? { separator } : {}),
      ...(dateOrder ? { dateOrder } : {}),
    });
    const notes = [
      ...sheet.created.map(
        (c) => `${name}:${c.row}: ${c.column}: new ${c.what} "${c.name}" (id ${c.id}${c.kind ? `, kind ${c.kind}` : ""}), created from its name`,
      ),
      ...dateNotes(name, sheet.dates),
    ];
    await write(io.stderr, [...sheet.issues.map((issue) => sheetLine(name, issue)), ...notes].map((line) => `${inert(line)}\n`).join(""));
    await write(io.stdout, `${JSON.stringify(sheet.incident, null, 2)}\n`);
    return sheet.issues.length > 0 ? EXIT.invalid : EXIT.ok;
  },
});

/** How each way of reading a date is said on stderr. */
const DATE_FORM_WORDS: Readonly<Record<DateForm, string>> = {
  "day-first": "day first",
  "month-first": "month first",
  "excel-serial": "an Excel serial day (1900 system)",
};

/** One line for each way dates were read from a spreadsheet's form: the first such cell, and how many others were read so. */
function dateNotes(file: string, dates: readonly SheetDate[]): string[] {
  const byForm = new Map<DateForm, SheetDate[]>();
  for (const date of dates) {
    const same = byForm.get(date.form);
    if (same === undefined) byForm.set(date.form, [date]);
    else same.push(date);
  }
  return [...byForm].map(([form, [first, ...others]]) => {
    const more = others.length === 0 ? "" : ` (and ${others.length} other date${others.length === 1 ? "" : "s"} read so)`;
    return `${file}:${first!.row}: ${first!.column}: "${first!.written}" read as ${first!.iso}, ${DATE_FORM_WORDS[form]}${more}`;
  });
}

/** A sheet problem on the command line's error line: `sheet.csv:7: value: … Fix: …`, as `validate` writes an incident's. */
export function sheetLine(file: string, issue: SheetIssue): string {
  const where = issue.row > 0 ? `${file}:${issue.row}` : file;
  return issue.column === ""
    ? `${where}: ${issue.message}${/[.?!]$/u.test(issue.message) ? "" : "."} Fix: ${issue.fix}`
    : `${where}: ${formatIssue({ path: [issue.column], message: issue.message, fix: issue.fix })}`;
}

/** An incident id from a file's name: `sheets/Niafunké 2023.csv` → `niafunke-2023`. */
function idFromFile(file: string): string | undefined {
  const base = file
    .split(/[\\/]/u)
    .pop()!
    .replace(/\.[^.]*$/u, "");
  const id = base
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/gu, "");
  return id === "" ? undefined : id;
}
