/**
 * Runs every example as `npm test` does, each in its own process, and fails
 * when one fails. The demo's output is checked for the findings it must show.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = import.meta.dirname;
const tsx = join(dir, "..", "node_modules", ".bin", "tsx");
const examples = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "run-all.ts" && !f.startsWith("."))
  .sort();
let failed = 0;
for (const example of examples) {
  try {
    const output = execFileSync(tsx, [join(dir, example)], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    if (
      example === "reconcile-seeds.ts" &&
      !output.includes(
        `Control (place Camp militaire de Niafunké): "captured" (Communiqué du JNIM) and "repelled" (État-major général des Armées) cannot all hold.`,
      )
    ) {
      throw new Error("the demo no longer shows the Niafunké camp contradiction");
    }
    if (example === "reconcile-seeds.ts" && !/^5 incidents\n=+\n.*\n⚑ Attaques du JNIM contre les camps militaires de Niafunké et Goundam — /u.test(output)) {
      throw new Error("the demo no longer leads with the incident that holds contradictions");
    }
    console.log(`ok   ${example}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${example}\n${(error as { stderr?: string }).stderr ?? String(error)}`);
  }
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
