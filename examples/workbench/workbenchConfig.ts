import { fileURLToPath } from "node:url";
import type { Plugin, UserConfig } from "vite";

/**
 * The workbench's folder: Vite's root, wherever the command runs from.
 *
 * @example
 * WORKBENCH_ROOT.endsWith("examples/workbench/")
 * //=> true
 */
export const WORKBENCH_ROOT = fileURLToPath(new URL(".", import.meta.url));

/**
 * Puts the bundle's script and style inside `index.html`, so that the page is
 * one file: a browser refuses module scripts from `file://` addresses, but
 * runs one written in the page, so the page opens from a disk as well as
 * from any static host. A `</script` in the code would end the element
 * early: it is written `<\/script`, which means the same inside strings,
 * regular expressions and comments, the only places it can stand.
 */
function singleFile(): Plugin {
  return {
    name: "contested-workbench-single-file",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const html = Object.values(bundle).find((file) => file.type === "asset" && file.fileName.endsWith(".html"));
      if (html === undefined || html.type !== "asset") return;
      let page = String(html.source);
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === "chunk" && file.isEntry) {
          const code = file.code.replace(/<\/script/giu, "<\\/script");
          page = page.replace(
            new RegExp(`<script type="module" crossorigin src="[^"]*${escapeRegExp(file.fileName)}"></script>`, "u"),
            () => `<script type="module">${code}</script>`,
          );
          delete bundle[name];
        } else if (file.type === "asset" && file.fileName.endsWith(".css")) {
          page = page.replace(
            new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${escapeRegExp(file.fileName)}">`, "u"),
            () => `<style>${String(file.source)}</style>`,
          );
          delete bundle[name];
        }
      }
      html.source = page;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * The workbench's Vite configuration: the page imports the library as
 * `contested`, from its source (the package's one public entry), and builds
 * to one HTML file.
 *
 * @param outDir - Where the page is written; default `dist` in the workbench's folder.
 *
 * @example
 * workbenchConfig().resolve?.alias
 * //=> { contested: "…/src/index.ts" }
 */
export function workbenchConfig(outDir?: string): UserConfig {
  return {
    root: WORKBENCH_ROOT,
    base: "./",
    resolve: { alias: { contested: fileURLToPath(new URL("../../src/index.ts", import.meta.url)) } },
    plugins: [singleFile()],
    build: {
      outDir: outDir ?? fileURLToPath(new URL("dist", import.meta.url)),
      emptyOutDir: true,
      target: "es2022",
      modulePreload: false,
      cssCodeSplit: false,
      assetsInlineLimit: Number.POSITIVE_INFINITY,
      reportCompressedSize: false,
    },
    server: { open: false },
  };
}
