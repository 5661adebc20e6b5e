import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const src = join(import.meta.dirname, "..", "src");
const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts")).map((f) => join(src, f));
const library = files.filter((f) => !relative(src, f).startsWith("cli"));

describe("the library runs anywhere JavaScript does", () => {
  it.each(library.map((f) => relative(src, f)))("%s uses no Node module or global", (file) => {
    const code = readFileSync(join(src, file), "utf8");
    expect(code).not.toMatch(/from "node:|require\(|import\("node:/);
    expect(code).not.toMatch(/\b(process|Buffer|__dirname|__filename)\./);
  });

  it("keeps the command line out of the library's entry", () => {
    expect(readFileSync(join(src, "index.ts"), "utf8")).not.toMatch(/cli\//);
  });
});
