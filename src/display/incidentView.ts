import { html, md } from "./escape.js";
import type { Incident } from "../model/incident.js";
import type { Views } from "./display.js";

const COLUMNS = ["claim", "source", "question", "value", "hedge", "quote"] as const;

/** One claim as the cells of a table row: raw text, escaped by each view. */
function cells(incident: Incident): string[][] {
  return incident.claims.map((claim) => {
    const { facet, ...scope } = claim.about;
    const scoped = Object.entries(scope).map(([field, value]) => `${field}=${typeof value === "string" ? value : JSON.stringify(value)}`);
    return [
      claim.id,
      [claim.source, ...(claim.via ?? []).map((v) => `via ${v}`)].join(", "),
      [facet, ...scoped].join(" "),
      `${claim.not ? "not " : ""}${JSON.stringify(claim.value)}`,
      claim.hedge ?? "asserted",
      claim.quote ?? "",
    ];
  });
}

/**
 * The notebook views of a parsed incident: a one-line summary as text, and
 * its claims as a table (id, source and relays, question, value, hedge,
 * quote) in Markdown and HTML, every piece of input escaped.
 */
export function incidentViews(incident: Incident): Views {
  const title = incident.title ?? incident.id;
  const count = (entries: readonly unknown[], noun: string) => `${entries.length} ${noun}${entries.length === 1 ? "" : "s"}`;
  const summary = () =>
    `Incident ${incident.id}${incident.title ? ` — ${incident.title}` : ""}: ${count(incident.claims, "claim")} from ${count(incident.sources, "source")}, ${count(incident.actors, "actor")}, ${count(incident.places, "place")}`;
  return {
    text: summary,
    markdown: () =>
      [
        `**${md(title)}** — ${incident.claims.length} claims`,
        "",
        `| ${COLUMNS.join(" | ")} |`,
        `| ${COLUMNS.map(() => "---").join(" | ")} |`,
        ...cells(incident).map((row) => `| ${row.map(md).join(" | ")} |`),
        "",
      ].join("\n"),
    html: () =>
      [
        `<table class="contested-incident"${incident.lang !== undefined ? ` lang="${html(incident.lang)}"` : ""}>`,
        `<caption>${html(title)} — ${incident.claims.length} claims</caption>`,
        `<thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join("")}</tr></thead>`,
        "<tbody>",
        ...cells(incident).map(
          (row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${html(cell)}</th>` : `<td>${html(cell)}</td>`)).join("")}</tr>`,
        ),
        "</tbody>",
        "</table>",
        "",
      ].join("\n"),
  };
}
