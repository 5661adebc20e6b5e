import type { FacetDefinition, Vocabulary } from "./vocabulary.js";

/** What each kind of facet takes as a value, as the reference says it. */
const KIND_VALUES: Readonly<Record<FacetDefinition["kind"], string>> = {
  quantity:
    'a count: `12`, `{ "approx": 50 }`, `{ "min": 20, "max": 99 }`, `{ "atLeast": 500 }`, `{ "atMost": 10 }`, `{ "phrase": "une cinquantaine" }`, `"withheld"` or `"unknown"`',
  category: "one of the facet's values",
  set: "a list of names",
  time: 'an ISO 8601 date or date-time of any precision, or `{ "from", "to" }`',
  place: "a place id or alias",
  actor: "an actor id or alias",
  text: "a text",
};

/**
 * A vocabulary's reference in Markdown, written from the vocabulary itself
 * so that it cannot drift from it: every facet with its kind, what it means,
 * the values it takes (and which exclude which), what it is part of, and its
 * label in each language; then the groups of people and the items counted,
 * each with its labels and the other names claims may use. The project's
 * `docs/vocabulary.md` is this reference of `conflict`, and a test keeps it
 * so; a domain's own vocabulary gets one the same way.
 *
 * @param vocabulary - A vocabulary, as {@link defineVocabulary} returns it.
 * @returns The reference, as Markdown.
 *
 * @example
 * vocabularyReference(conflict).split("\n")[0]
 * //=> "# The `conflict` vocabulary"
 */
export function vocabularyReference(vocabulary: Vocabulary): string {
  const languages = Object.keys(vocabulary.labels ?? {}).sort();
  const label = (kind: "facets" | "values" | "groups" | "items", name: string) =>
    languages.flatMap((lang) => {
      const words = vocabulary.labels?.[lang]?.[kind];
      return words && Object.hasOwn(words, name) ? [`${lang}: ${words[name]}`] : [];
    });
  const labelled = (kind: "facets" | "values" | "groups" | "items", name: string) => {
    const labels = label(kind, name);
    return labels.length > 0 ? `\`${name}\` (${labels.join("; ")})` : `\`${name}\``;
  };
  const out: string[] = [`# The \`${vocabulary.name}\` vocabulary`, ""];
  if (vocabulary.description) out.push(vocabulary.description, "");
  out.push(
    "This reference is generated from the vocabulary itself (`npm run docs`); a test fails when it drifts. The meaning of each kind and of each finding is in [the format reference](format.md).",
    "",
    "## Facets",
    "",
    "| facet | kind | what it answers | labels |",
    "|---|---|---|---|",
    ...Object.entries(vocabulary.facets).map(
      ([name, facet]) => `| \`${name}\` | ${facet.kind} | ${cell(facet.description ?? "")} | ${cell(label("facets", name).join("; "))} |`,
    ),
    "",
  );
  for (const [name, facet] of Object.entries(vocabulary.facets)) {
    out.push(`### \`${name}\``, "", `${cap(facet.description ?? name)}. Kind: **${facet.kind}** — ${KIND_VALUES[facet.kind]}.`, "");
    if (facet.values?.length) {
      const closed = facet.kind === "category" || !facet.open;
      out.push(`${closed ? "Values" : "Known names (others are accepted too)"}: ${facet.values.map((v) => labelled("values", v)).join(", ")}.`, "");
    }
    for (const [a, b] of facet.exclusive ?? []) out.push(`- \`${a}\` excludes \`${b}\`: they cannot both hold.`);
    if (facet.exclusive?.length) out.push("");
    if (facet.partOf?.length) out.push(`Part of ${facet.partOf.map((whole) => `\`${whole}\``).join(", ")}: a figure for it can never exceed the whole's.`, "");
  }
  const groups = Object.entries(vocabulary.groups ?? {});
  if (groups.length > 0) {
    const names = [...new Set(groups.flatMap(([group, wholes]) => [group, ...wholes]))];
    out.push(
      "## Groups of people",
      "",
      "A claim's `about.group`; a group is part of the larger groups it names, so that a count of a part never exceeds its whole's.",
      "",
      "| group | part of | labels |",
      "|---|---|---|",
      ...names.map(
        (group) => `| \`${group}\` | ${(vocabulary.groups?.[group] ?? []).map((w) => `\`${w}\``).join(", ")} | ${cell(label("groups", group).join("; "))} |`,
      ),
      "",
    );
  }
  const items = Object.entries(vocabulary.items ?? {});
  if (items.length > 0) {
    out.push(
      "## Items",
      "",
      "What a claim's `about.item` counts (seized, destroyed, looted). A claim may name an item by its id or any of its other names, ignoring case, accents and punctuation; an incident may declare items of its own in `items`.",
      "",
      "| item | other names | labels |",
      "|---|---|---|",
      ...items.map(([id, item]) => `| \`${id}\` | ${cell((item.aliases ?? []).join(", "))} | ${cell(label("items", id).join("; "))} |`),
      "",
    );
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** Text in a Markdown table cell: a bar would end the cell. */
function cell(text: string): string {
  return text.replace(/\|/gu, "\\|");
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
