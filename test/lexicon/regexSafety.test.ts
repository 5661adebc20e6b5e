import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkSync } from "recheck";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Every regular expression literal in src/, found by the TypeScript parser rather than by another regular expression. */
function regexLiterals(): { file: string; source: string; flags: string }[] {
  const root = join(import.meta.dirname, "..", "..", "src");
  const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
  return files.flatMap((file) => {
    const text = readFileSync(join(root, file), "utf8");
    const found: { file: string; source: string; flags: string }[] = [];
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText();
        const end = literal.lastIndexOf("/");
        found.push({ file, source: literal.slice(1, end), flags: literal.slice(end + 1) });
      }
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
        found.push({ file, source: `dynamic: ${node.getText()}`, flags: "" });
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true));
    return found;
  });
}

describe("regular expressions in src/", () => {
  const literals = regexLiterals();

  it("are checked by a checker that does catch a catastrophic one", () => {
    expect(checkSync("^(a+)+$", "").status).toBe("vulnerable");
  });

  it("are all literals, so that every one can be checked here", () => {
    expect(literals.length).toBeGreaterThan(5);
    expect(literals.filter((r) => r.source.startsWith("dynamic:"))).toEqual([]);
  });

  it.each(literals.map((r) => [`${r.file}: /${r.source}/${r.flags}`, r] as const))("%s cannot backtrack catastrophically", (_, { source, flags }) => {
    // No time limit: recheck's own step bounds end the check, so that a loaded machine cannot turn a safe pattern into a timeout.
    const result = checkSync(source, flags, { timeout: null });
    expect(result.status, `${result.status === "vulnerable" ? `attack: ${JSON.stringify(result.attack?.string ?? "")}` : ""}`).toBe("safe");
  });
});
