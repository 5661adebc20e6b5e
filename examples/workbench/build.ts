/**
 * Builds the workbench page into one HTML file and prints its size:
 * `npm run build:workbench` (to examples/workbench/dist), and the browser
 * tests (to a folder of their own).
 */
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { workbenchConfig } from "./workbenchConfig.js";

/** What {@link buildWorkbench} wrote: the page's path and its size in bytes, raw and gzipped. */
export interface BuiltPage {
  readonly file: string;
  readonly bytes: number;
  readonly gzipped: number;
}

/**
 * Builds the page with Vite's build API.
 *
 * @param outDir - The folder to write `index.html` to; default the workbench's `dist`.
 * @param quiet - Keep Vite's own log to warnings (the tests).
 *
 * @example
 * (await buildWorkbench(tmp, true)).file.endsWith("index.html")
 * //=> true
 */
export async function buildWorkbench(outDir?: string, quiet = false): Promise<BuiltPage> {
  const config = workbenchConfig(outDir);
  await build({ ...config, configFile: false, logLevel: quiet ? "warn" : "info" });
  const file = join(config.build!.outDir!, "index.html");
  const page = readFileSync(file);
  return { file, bytes: page.length, gzipped: gzipSync(page).length };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = await buildWorkbench();
  console.log(`workbench page: ${relative(process.cwd(), built.file)} — ${kB(built.bytes)} (${kB(built.gzipped)} gzipped), script and style inside`);
}
