import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const entry = join(import.meta.dirname, "..", "src", "index.ts");
const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
const checker = program.getTypeChecker();
const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;

/** The values the package exports (functions, constants, classes), with their declarations. */
const values = checker
  .getExportsOfModule(module)
  .map((symbol) => ({ name: symbol.getName(), target: symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol }))
  .filter(({ target }) => target.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class));

describe("every value the package exports is documented", () => {
  it("finds the exports", () => {
    expect(values.map((v) => v.name)).toEqual(expect.arrayContaining(["reconcile", "readings", "formatReport", "toProvJson", "toRows"]));
  });

  it.each(values.map((v) => [v.name, v.target] as const))("%s has JSDoc with an @example", (_name, target) => {
    const declaration = target.declarations![0]!;
    const documented = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
    const tags = ts.getJSDocTags(documented).map((tag) => tag.tagName.text);
    expect(ts.getJSDocCommentsAndTags(documented).length).toBeGreaterThan(0);
    expect(tags).toContain("example");
  });
});
