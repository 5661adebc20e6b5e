import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // No test is about speed (the benchmarks are): on a loaded two-core machine a
    // property test or a spawned process can take far longer than vitest's 5 s
    // default, so the bound only catches a test that hangs.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
