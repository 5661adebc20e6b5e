import { defineConfig } from "vite";
import { workbenchConfig } from "./workbenchConfig.js";

/** `npm run workbench`: Vite's dev server on the workbench page. */
export default defineConfig(workbenchConfig());
