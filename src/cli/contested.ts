#!/usr/bin/env node
/**
 * The `contested` command line: its own entry, never exported from the
 * library. See {@link main} and `contested --help`.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { main } from "./main.js";

/** The package's version: package.json is one level up from dist/, two from src/cli/. */
const manifest = ["../package.json", "../../package.json"].map((path) => new URL(path, import.meta.url)).find((url) => existsSync(url));
const { version } = manifest ? (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }) : { version: "unknown" };
// A reader that stops early (`contested reconcile … | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});
const docs = manifest ? fileURLToPath(new URL("docs/", manifest)) : "docs";
process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, version, docs);
