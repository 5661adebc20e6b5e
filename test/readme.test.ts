import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reconcile } from "../src/index.js";

describe("the README", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");

  it("starts with the two commands", () => {
    expect(readme.split("\n").slice(2, 6).join("\n")).toContain("npm install && npm run demo");
    expect(readme.split("\n").slice(2, 6).join("\n")).toContain("npm test");
  });

  it("shows the result its example really gives", () => {
    const code = readme.slice(readme.indexOf("const result = reconcile("), readme.indexOf("result.flags.filter"));
    const input = new Function(`${code.replace("const result = reconcile(", "return (").replace(/\);\s*$/, ");")}`)() as unknown;
    const shown = reconcile(input).flags.filter((f) => f.severity === "contradiction").map((f) => [f.kind, f.sides]);
    expect(shown).toEqual([["exclusive", [["took"], ["repelled"]]], ["withheld", [["toll"], ["no-toll"]]]]);
  });
});
