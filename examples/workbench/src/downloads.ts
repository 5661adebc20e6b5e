import { formatReport, type Incident, reconcile, toCsv } from "contested";
import { h } from "./dom.js";
import type { UiLang } from "./words.js";

/** What the page lets a person download. */
export type DownloadKind = "json" | "csv" | "html";

/** A file to download: its name, type and text. */
export interface DownloadFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/**
 * Each download, written by the library: the incident as format-1 JSON, as
 * a CSV claims sheet ({@link toCsv}, which `fromCsv` reads back) and its
 * report as a standalone HTML page, both in the interface's language.
 *
 * @example
 * DOWNLOADS.csv(incident, "en").name
 * //=> "niafunke-goundam-2023-11-24.csv"
 */
export const DOWNLOADS: Readonly<Record<DownloadKind, (incident: Incident, lang: UiLang) => DownloadFile>> = {
  json: (incident) => ({ name: `${incident.id}.json`, type: "application/json", text: `${JSON.stringify(incident, null, 2)}\n` }),
  // A French sheet as a French Excel opens it: French headers and words, cells split by ";".
  csv: (incident, lang) => ({ name: `${incident.id}.csv`, type: "text/csv", text: toCsv(incident, lang === "fr" ? { lang, separator: ";" } : {}) }),
  html: (incident, lang) => ({
    name: `${incident.id}-report.html`,
    type: "text/html",
    text: formatReport(reconcile(incident, { lang }), { format: "html", page: true, lang }),
  }),
};

/**
 * Hands a file to the browser to save, from memory: nothing is sent anywhere.
 *
 * @example
 * download(DOWNLOADS.json(incident, "en"))
 * //=> undefined (the browser saves "niafunke-goundam-2023-11-24.json")
 */
export function download(file: DownloadFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = h("a", { href: url, download: file.name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the address when the download starts; it is let go long after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
