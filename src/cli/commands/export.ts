import { SHEET_LANGUAGES, type SheetLanguage } from "../../sheet/sheetWords.js";
import { toCsv } from "../../sheet/toCsv.js";
import { defineCommand, EXIT, UsageError, write } from "../command.js";
import { oneIncident } from "../oneIncident.js";
import { SEPARATORS } from "./import.js";

/** `contested export`: an incident as a CSV claims sheet. */
export const exportSheet = defineCommand({
  name: "export",
  summary: "Write an incident as a CSV claims sheet (one row per claim) for a spreadsheet",
  arguments: "<incident.json | ->",
  description: [
    "Writes one incident as a claims sheet: one row per claim as a person would type it (sources by name, relays separated by >, values such as ~50, 45-55, >=6 or the source's words), then one row per declared source, actor, place and item, so that `contested import` gives the same incident back. RFC 4180 with CRLF line ends, a UTF-8 byte order mark for Excel, and formulas (=, +, -, @) written so that a spreadsheet does not run them.",
    'With --lang fr, the headers and words are French, as a French analyst types them ("Source", "Type de source", "Relais", "Valeur"; "média", "revendiqué", "tués", "pris", "non communiqué"); `contested import` reads either back as the same incident, with no option.',
  ],
  options: {
    separator: {
      type: "string",
      value: "SEP",
      description: "the cell separator (semicolon for a French Excel)",
      choices: Object.keys(SEPARATORS),
      default: "comma",
    },
    lang: {
      type: "string",
      value: "LANG",
      description: "the language of the headers and of the words in the cells",
      choices: SHEET_LANGUAGES,
      default: "en",
    },
    "no-bom": { type: "boolean", description: "leave out the UTF-8 byte order mark Excel needs" },
    "claims-only": { type: "boolean", description: "write the claim rows alone, without the rows that declare sources, actors, places and items" },
  },
  examples: [
    ["contested export incident.json > sheet.csv", "a sheet to open in a spreadsheet"],
    ["contested export incident.json --separator semicolon > feuille.csv", "a sheet for a French Excel"],
    ["contested export incident.json --lang fr --separator semicolon > feuille.csv", "a sheet in French, for a French analyst's Excel"],
  ],
  exitCodes: { 0: "the sheet was written", 2: "the incident is invalid, or the command was misused" },
  async run({ files, values }, io) {
    if (files.length !== 1) throw new UsageError(`export takes one incident: a JSON file, or "-" for standard input`);
    const incident = await oneIncident(files[0]!, io);
    if (!incident) return EXIT.invalid;
    await write(
      io.stdout,
      toCsv(incident, {
        separator: SEPARATORS[values.separator]!,
        bom: !values["no-bom"],
        declarations: !values["claims-only"],
        lang: values.lang as SheetLanguage,
      }),
    );
    return EXIT.ok;
  },
});
