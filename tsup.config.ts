import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library: Node-free, ESM and CommonJS, with types.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // tsup builds an array's entries at the same time: the library's clean spares the CLI's files.
    clean: ["!cli.js", "!cli.js.map"],
    treeshake: true,
    target: "es2022",
    platform: "neutral",
  },
  {
    // The `contested` command line: its own Node entry, never exported from the library.
    entry: { cli: "src/cli/contested.ts" },
    format: ["esm"],
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
  },
]);
