import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The library's layers, lowest first: each reads as a step of the pipeline
 * value forms (intervals, quantity and time values, hedges) → text →
 * model (with how values show themselves: escaping, the notebook protocol,
 * an incident's table) → kinds → parse → engine → provenance and readings → words →
 * report → the public functions that run the pipeline (`facade`) → command
 * line, and no module imports from a layer above its own.
 * Folders in one layer may import each other; the public entry (index.ts)
 * stands above them all.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["values"],
  ["lexicon"],
  ["model", "errors", "display"],
  ["kinds", "vocabulary", "resolve"],
  ["parse", "edit", "jsonSchema.ts"],
  ["reconcile", "draft", "sheet", "merge", "diff", "compare"],
  ["provenance", "readings"],
  ["messages"],
  ["report"],
  ["facade"],
  ["cli"],
];

/**
 * The upward imports the code still has, each a debt to pay off: none is
 * left. A new one fails this test; one paid off must leave this list, so
 * that it only shrinks.
 */
const KNOWN_DEBTS = new Set<string>();

const src = join(import.meta.dirname, "..", "src");
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => relative(src, join(src, f)));

function layerOf(file: string): number | undefined {
  const top = file.split("/")[0]!;
  const found = LAYERS.findIndex((layer) => layer.includes(top));
  return found < 0 ? undefined : found;
}

/** Every import of a library module, as "from -> to", relative to src/. */
function imports(): { from: string; to: string }[] {
  const found: { from: string; to: string }[] = [];
  for (const file of files) {
    const code = readFileSync(join(src, file), "utf8");
    for (const match of code.matchAll(/from "(\.{1,2}\/[^"]+)"/gu)) {
      const target = relative(src, join(src, dirname(file), match[1]!)).replace(/\.js$/u, ".ts");
      found.push({ from: file, to: target });
    }
  }
  return found;
}

describe("the library's layers read as a pipeline", () => {
  it("puts every module in a layer", () => {
    expect(files.filter((f) => f !== "index.ts" && layerOf(f) === undefined)).toEqual([]);
  });

  it("never imports from a layer above, but for the debts listed", () => {
    const upward = imports()
      .filter(({ from, to }) => from !== "index.ts" && layerOf(to)! > layerOf(from)!)
      .map(({ from, to }) => `${from} -> ${to}`);
    expect(upward.filter((edge) => !KNOWN_DEBTS.has(edge))).toEqual([]);
  });

  it("keeps the list of debts true: each one listed is still there", () => {
    const edges = new Set(imports().map(({ from, to }) => `${from} -> ${to}`));
    expect([...KNOWN_DEBTS].filter((edge) => !edges.has(edge))).toEqual([]);
  });
});
