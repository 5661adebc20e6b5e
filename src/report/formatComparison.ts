import { md } from "../display/escape.js";
import type { EncodingComparison } from "../compare/compareEncodings.js";
import { COMPARISON_WORDS } from "../messages/comparisonWords.js";
import type { MessageLanguage } from "../messages/languages.js";
import { inert } from "./renderText.js";

/** Options of {@link formatComparison}. */
export interface ComparisonReportOptions {
  /** `"text"` (default), `"markdown"`, or `"json"` (the comparison itself). */
  readonly format?: "text" | "markdown" | "json";
  /** `"en"` (default) or `"fr"`. */
  readonly lang?: MessageLanguage;
}

/**
 * Writes the double-coding check of {@link compareEncodings} for the two
 * coders: how many claims they coded alike, each pair coded differently
 * with what differs (both codings side by side), what each coder alone
 * made, the agreement per facet, and the entries that could not be lined
 * up or whose ids mean different things.
 *
 * @param comparison - What {@link compareEncodings} returned.
 * @param options - {@link ComparisonReportOptions}.
 * @returns The report.
 * @throws {RangeError} for a format or language it does not write.
 *
 * @example
 * formatComparison(compareEncodings(niafunkeGoundam, secondCoder)).split("\n")[2]
 * //=> "13 of 19 claims coded alike (68 %)."
 */
export function formatComparison(comparison: EncodingComparison, options: ComparisonReportOptions = {}): string {
  const format = options.format ?? "text";
  const lang = options.lang ?? "en";
  if (!Object.hasOwn(COMPARISON_WORDS, lang))
    throw new RangeError(
      `no comparison wording in "${lang}": use one of ${Object.keys(COMPARISON_WORDS)
        .map((l) => `"${l}"`)
        .join(", ")}`,
    );
  if (format === "json") return `${JSON.stringify(comparison, null, 2)}\n`;
  if (format !== "text" && format !== "markdown") throw new RangeError(`no comparison format "${String(format)}": use "text", "markdown" or "json"`);
  const words = COMPARISON_WORDS[lang];
  const value = (v: unknown, field?: string) =>
    field === "scope" && typeof v === "object" && v !== null
      ? Object.entries(v)
          .map(([key, id]) => `${key}=${String(id)}`)
          .join(", ") || "—"
      : typeof v === "string"
        ? v
        : JSON.stringify(v);
  const sections: [string, string[]][] = [
    [
      words.headings.differ,
      comparison.differ.map(
        (pair) =>
          `${words.pair(pair.a, pair.b)} — ${pair.differences.map((d) => `${words.fields[d.field]} ${value(d.a, d.field)} ≠ ${value(d.b, d.field)}`).join("; ")}`,
      ),
    ],
    [words.headings.onlyA, [...comparison.onlyA]],
    [words.headings.onlyB, [...comparison.onlyB]],
    [words.headings.facets, comparison.facets.map((f) => words.facet(f.facet, f.agreed, f.total, words.percent(f.agreement)))],
    [
      words.headings.entries,
      [
        ...comparison.entries.unaligned.map((e) => words.unaligned(e.list, e.id, e.name, e.side, e.reason === "ambiguous")),
        ...comparison.entries.collisions.map((c) => words.collision(c.list, c.id, c.a, c.b, c.renamed)),
      ],
    ],
  ];
  const title = words.title(comparison.incidents.a, comparison.incidents.b);
  const overall = words.overall(comparison.overall.agreed, comparison.overall.total, words.percent(comparison.overall.agreement));
  if (format === "markdown") {
    return `${[`## ${md(title)}`, "", md(overall), "", ...sections.flatMap(([heading, lines]) => [`### ${md(heading)}`, "", ...(lines.length > 0 ? lines.map((line) => `- ${md(line)}`) : [md(words.none)]), ""])].join("\n").trimEnd()}\n`;
  }
  const underline = (text: string, mark: string) => [text, mark.repeat([...text].length)];
  const lines = [
    ...underline(title, "="),
    overall,
    "",
    ...sections.flatMap(([heading, items]) => [...underline(heading, "-"), ...(items.length > 0 ? items.map((item) => `• ${item}`) : [words.none]), ""]),
  ];
  return `${lines.map(inert).join("\n").trimEnd()}\n`;
}
