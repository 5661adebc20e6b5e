/**
 * Drafts each seed article (../shared/seeds/*.txt) with draftIncident and
 * prints the claims it proposes beside the ones an analyst coded in
 * seeds/*.json, facet by facet: what a person reviewing the draft would
 * confirm, correct or add.
 *
 *   npx tsx examples/draft-from-article.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { draftIncident, parseIncident, type IncidentInput } from "../src/index.js";

const root = join(import.meta.dirname, "..");
const articles = join(root, "..", "shared", "seeds");
if (!existsSync(articles)) {
  console.log(`No seed articles at ${articles}: this example reads ../shared/seeds beside the project.`);
  process.exit(0);
}

type Coded = {
  source: string;
  via?: readonly string[] | undefined;
  about: { facet: string };
  value: unknown;
  not?: boolean | undefined;
  hedge?: string | undefined;
};
type Named = { id: string; name: string };

/** One claim in a line: who (through whom) says what, and how. */
function line(claim: Coded, sources: readonly Named[]): string {
  const name = (id: string) => sources.find((s) => s.id === id)?.name ?? id;
  const via = claim.via?.length ? ` via ${claim.via.map(name).join(" > ")}` : "";
  const value = typeof claim.value === "string" ? claim.value : JSON.stringify(claim.value);
  return `${name(claim.source)}${via}: ${claim.not ? "not " : ""}${value}${claim.hedge ? ` (${claim.hedge})` : ""}`;
}

for (const file of readdirSync(join(root, "seeds"))
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const coded = JSON.parse(readFileSync(join(root, "seeds", file), "utf8")) as IncidentInput & { article: string; claims: Coded[]; sources: Named[] };
  const text = readFileSync(join(articles, `${coded.article}.txt`), "utf8");
  const draft = draftIncident(text, { lang: "fr", id: coded.id });
  parseIncident(draft); // every draft is a valid incident; this throws if one is not

  console.log(`\n## ${coded.title ?? coded.id}`);
  console.log(`${draft.claims.length} claims drafted, ${coded.claims.length} coded by an analyst.`);
  const facets = [...new Set([...coded.claims.map((c) => c.about.facet), ...draft.claims.map((c) => c.about.facet)])];
  for (const facet of facets) {
    console.log(`- ${facet}`);
    for (const claim of draft.claims.filter((c) => c.about.facet === facet)) console.log(`    drafted  ${line(claim, draft.sources)}   « ${claim.quote} »`);
    for (const claim of coded.claims.filter((c) => c.about.facet === facet)) console.log(`    analyst  ${line(claim, coded.sources)}`);
  }
}
