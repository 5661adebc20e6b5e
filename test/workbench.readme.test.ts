import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

describe("the README's workbench", () => {
  const root = join(import.meta.dirname, "..");
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const scripts = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

  it("says how to serve it next to the two set-up commands, with a script that does", () => {
    expect(readme.split("\n").slice(2, 7).join("\n")).toContain("npm run workbench");
    expect(scripts.workbench).toContain("examples/workbench");
  });

  it("is type-checked and built by npm test", () => {
    expect(scripts["build:workbench"]).toContain("tsc -p examples/workbench");
    expect(scripts.test).toContain("npm run build:workbench");
  });

  it("shows a screenshot that exists, and the script that made it", () => {
    expect(readme).toContain("](docs/workbench.png)");
    expect(readme).toContain("bash docs/screenshot.sh workbench");
    expect(
      readFileSync(join(root, "docs", "workbench.png"))
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    expect(readFileSync(join(root, "docs", "screenshot.sh"), "utf8")).toContain("examples/workbench/screenshot.ts");
  });
});
