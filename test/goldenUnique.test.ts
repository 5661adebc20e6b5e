import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const goldenDir = join(import.meta.dirname, "golden");
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : entry.isFile() ? [path] : [];
  });
const files = filesUnder(goldenDir).sort();

/** The golden files that hold the same bytes as an earlier one, each with the file it copies. */
function copies(paths: readonly string[]): [string, string][] {
  const first = new Map<string, string>();
  const found: [string, string][] = [];
  for (const path of paths) {
    const bytes = readFileSync(path);
    const digest = `${createHash("sha256").update(bytes).digest("hex")}:${bytes.length}`;
    const earlier = first.get(digest);
    if (earlier !== undefined && readFileSync(earlier).equals(bytes)) found.push([relative(goldenDir, path), relative(goldenDir, earlier)]);
    else first.set(digest, path);
  }
  return found;
}

describe("golden files", () => {
  it("finds golden files to check, in test/golden and below", () => {
    expect(files.some((f) => relative(goldenDir, f).includes("/"))).toBe(true);
    expect(files.length).toBeGreaterThan(10);
  });

  it("holds no file that duplicates another byte for byte", () => {
    expect(copies(files)).toEqual([]);
  });
});
