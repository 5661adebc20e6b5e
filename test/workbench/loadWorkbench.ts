import { createServer, type ViteDevServer } from "vite";
import { workbenchConfig } from "../../examples/workbench/workbenchConfig.js";

/**
 * Loads the workbench's own modules as the page loads them: through Vite,
 * with the page's configuration, so that their `contested` is the library's
 * source. The library's type-check has no DOM and no built `contested`, so
 * it does not follow these paths: each test says the shape it uses.
 */
export async function loadWorkbench(): Promise<{ load: (name: string) => Promise<Record<string, unknown>>; close: () => Promise<void> }> {
  const server: ViteDevServer = await createServer({
    ...workbenchConfig(),
    configFile: false,
    logLevel: "warn",
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: "custom",
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  return {
    load: (name) => server.ssrLoadModule(`/src/${name}.ts`),
    close: () => server.close(),
  };
}
