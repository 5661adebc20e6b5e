/**
 * Benchmark: the command line reads NDJSON as a stream, so its memory does
 * not grow with the file. Two files of synthetic incidents, one four times
 * the other, go through `contested reconcile --format json` in-process; the
 * peak heap is sampled while it runs. Output goes to a sink.
 *
 * Run: npm run bench
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import { main } from "../src/cli/main.js";
import { FEW_PLACES, syntheticIncident } from "./synthetic.js";

const dir = mkdtempSync(join(tmpdir(), "contested-bench-"));

async function ndjson(incidents: number): Promise<string> {
  const file = join(dir, `${incidents}.ndjson`);
  const out = createWriteStream(file);
  for (let i = 0; i < incidents; i++) {
    if (!out.write(`${JSON.stringify(syntheticIncident(20, i + 2, FEW_PLACES))}\n`)) await new Promise<void>((r) => out.once("drain", () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
  return file;
}

async function measure(incidents: number) {
  const file = await ndjson(incidents);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const start = performance.now();
  const code = await main(["reconcile", file, "--format", "json"], { stdin: new PassThrough(), stdout: sink, stderr: new PassThrough() });
  const ms = performance.now() - start;
  clearInterval(timer);
  const mib = (n: number) => (n / 2 ** 20).toFixed(1);
  console.log(
    `  ${String(incidents).padStart(5)} incidents, ${mib(statSync(file).size).padStart(5)} MiB of NDJSON: exit ${code}, ${(ms / 1000).toFixed(1)} s, ${Math.round(incidents / (ms / 1000))} incidents/s, peak heap ${mib(peak - before)} MiB above the start`,
  );
}

console.log("\ncontested reconcile --format json on NDJSON (read as a stream)");
await measure(1_000);
await measure(4_000);
rmSync(dir, { recursive: true, force: true });
