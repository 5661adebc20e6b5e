import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "../scripts/docs.js";
import { conflict } from "../src/index.js";

const root = join(import.meta.dirname, "..");

describe("the files generated from the conflict vocabulary", () => {
  it.each(Object.entries(generatedFiles()))("%s is what the vocabulary gives: run npm run docs after changing it", (path, content) => {
    expect(readFileSync(join(root, path), "utf8")).toBe(content);
  });

  it("name every facet, value, group and item of the vocabulary in its reference", () => {
    const reference = readFileSync(join(root, "docs", "vocabulary.md"), "utf8");
    for (const [facet, definition] of Object.entries(conflict.facets)) {
      expect(reference).toContain(`### \`${facet}\``);
      for (const value of definition.values ?? []) expect(reference).toContain(`\`${value}\``);
    }
    for (const group of Object.keys(conflict.groups ?? {})) expect(reference).toContain(`| \`${group}\` |`);
    for (const item of Object.keys(conflict.items ?? {})) expect(reference).toContain(`| \`${item}\` |`);
  });
});

describe("the format's references, for readers of the package", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { files: string[] };

  it.each(["docs/format.md", "docs/vocabulary.md"])("%s is linked from the README and shipped in the package", (path) => {
    expect(readme).toContain(`](${path})`);
    expect(manifest.files).toContain(path);
  });

  it("the README no longer points to design notes the package does not have", () => {
    expect(readme).not.toMatch(/design notes/u);
  });
});
