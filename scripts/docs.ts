/**
 * Writes the files generated from the `conflict` vocabulary, so that they
 * cannot drift from it (test/generated.test.ts fails when one does):
 *
 * - docs/vocabulary.md, the vocabulary's reference (see vocabularyReference);
 * - src/vocabulary/conflictTypes.ts, its facets, values, groups and items as
 *   literal types, for IncidentInput.
 *
 * Run: npm run docs
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { conflict, vocabularyReference, type Vocabulary } from "../src/index.js";

const root = join(import.meta.dirname, "..");

/** Every generated file, by its path from the project's root, and what it must hold. */
export function generatedFiles(): Record<string, string> {
  return {
    "docs/vocabulary.md": vocabularyReference(conflict),
    "src/vocabulary/conflictTypes.ts": literalTypes(conflict),
  };
}

/** The vocabulary's names as TypeScript literal types. */
function literalTypes(vocabulary: Vocabulary): string {
  const union = (names: readonly string[]) => (names.length === 0 ? "never" : names.map((n) => JSON.stringify(n)).join(" | "));
  const facets = Object.entries(vocabulary.facets);
  const groups = [...new Set(Object.entries(vocabulary.groups ?? {}).flatMap(([group, wholes]) => [group, ...wholes]))];
  return `// Generated from the \`${vocabulary.name}\` vocabulary by \`npm run docs\` (scripts/docs.ts): do not edit.
// test/generated.test.ts fails when it no longer matches the vocabulary.

/**
 * The facets of the built-in vocabulary \`${vocabulary.name}\`, as literal types.
 *
 * @example
 * const facet: ConflictFacet = "killed";
 */
export type ConflictFacet = ${union(facets.map(([name]) => name))};

/** The kind of each facet of \`${vocabulary.name}\`. */
export interface ConflictFacetKinds {
${facets.map(([name, facet]) => `  readonly ${JSON.stringify(name)}: ${JSON.stringify(facet.kind)};`).join("\n")}
}

/** The names each category or set facet of \`${vocabulary.name}\` lists (a set marked open takes others too). */
export interface ConflictValues {
${facets
  .filter(([, facet]) => facet.values?.length)
  .map(([name, facet]) => `  readonly ${JSON.stringify(name)}: ${union(facet.values!)};`)
  .join("\n")}
}

/** The facets of \`${vocabulary.name}\` whose sets take names beyond those listed. */
export type ConflictOpenFacet = ${union(facets.filter(([, facet]) => facet.open).map(([name]) => name))};

/** The groups of people \`${vocabulary.name}\` knows. */
export type ConflictGroup = ${union(groups)};

/** The items \`${vocabulary.name}\` counts. */
export type ConflictItem = ${union(Object.keys(vocabulary.items ?? {}))};
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, content] of Object.entries(generatedFiles())) {
    writeFileSync(join(root, path), content);
    console.log(`wrote ${path}`);
  }
}
