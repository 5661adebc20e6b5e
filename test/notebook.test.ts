import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const notebook = JSON.parse(readFileSync(join(root, "examples", "notebook.ipynb"), "utf8")) as {
  cells: { cell_type: string; source: string[] }[];
  metadata: { kernelspec: { name: string } };
};
const codeCells = notebook.cells.filter((c) => c.cell_type === "code").map((c) => c.source.join(""));

/**
 * The notebook's code cells as one script, the way a kernel runs them: each
 * cell's last line, when it is an expression, is shown — here through the
 * same Jupyter display protocol Deno's kernel calls. The notebook imports the
 * built package; the script imports the source instead, so that the test
 * needs no build.
 */
function asScript(): string {
  const show = `
const __shown = [];
function __show(cell, value) {
  const display = value?.[Symbol.for("Jupyter.display")];
  const bundle = typeof display === "function" ? display.call(value) : { "text/plain": JSON.stringify(value) };
  __shown.push({ cell, mimes: Object.keys(bundle), html: bundle["text/html"] ?? null, plain: bundle["text/plain"] });
}
`;
  const cells = codeCells.map((code, i) => {
    const lines = code.trimEnd().split("\n");
    const last = lines[lines.length - 1]!;
    const isExpression = !/^(import|const|let|var|function|class|export|for|if|while)\b/.test(last) && !last.endsWith(";");
    if (isExpression) lines[lines.length - 1] = `__show(${i}, ${last});`;
    return lines.join("\n").replace('"../dist/index.js"', '"../src/index.js"');
  });
  const imports = cells.flatMap((c) => c.split("\n").filter((l) => l.startsWith("import ")));
  const body = cells.map((c) =>
    c
      .split("\n")
      .filter((l) => !l.startsWith("import "))
      .join("\n"),
  );
  return `${imports.join("\n")}\n${show}\n${body.join("\n")}\nconsole.log(JSON.stringify(__shown));\n`;
}

describe("the example notebook", () => {
  it("is for Deno's Jupyter kernel", () => {
    expect(notebook.metadata.kernelspec.name).toBe("deno");
  });

  it("runs every cell as a script, and its results show themselves through the display protocol", () => {
    // Beside the notebook, so that its relative imports resolve the same way.
    const script = join(root, "examples", `.notebook-${process.pid}.ts`);
    try {
      writeFileSync(script, asScript());
      const run = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: root, encoding: "utf8" });
      expect(run.stderr.replace(/.*ExperimentalWarning.*\n|.*--trace-warnings.*\n/g, "")).toBe("");
      const shown = JSON.parse(run.stdout) as { cell: number; mimes: string[]; html: string | null; plain: string }[];
      expect(shown.map((s) => s.cell)).toEqual([1, 2, 3, 4, 5]);
      expect(shown[0]!.mimes).toEqual(["text/plain", "text/markdown", "text/html"]);
      expect(shown[0]!.html).toContain('<th scope="row">jnim-took-camp</th>');
      expect(shown[1]!.html).toContain('<section class="contested-report" lang="fr">');
      expect(JSON.parse(shown[2]!.plain)).toHaveLength(4);
      expect(JSON.parse(shown[4]!.plain)).toEqual([[["jnim-statement"], ["em"]]]);
    } finally {
      rmSync(script, { force: true });
    }
  }, 120_000); // starting Node with tsx takes seconds on a loaded machine: the test is about what the cells show, not how fast
});
