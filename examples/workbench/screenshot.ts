/**
 * Makes the README's picture of the workbench: builds the page, opens it in
 * Debian's headless Chromium, pastes the sample article, accepts its first
 * drafted claims one click at a time, and saves what the screen shows. Run
 * by `bash docs/screenshot.sh workbench` (or `npx tsx examples/workbench/screenshot.ts [out.png]`).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { buildWorkbench } from "./build.js";

const out = process.argv[2] ?? "docs/workbench.png";
const ORIGIN = "http://workbench.invalid";
const folder = mkdtempSync(join(tmpdir(), "contested-workbench-shot-"));
try {
  const built = await buildWorkbench(join(folder, "page"), true);
  const html = readFileSync(built.file, "utf8");
  const context = await chromium.launchPersistentContext(join(folder, "profile"), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    locale: "en-US",
    viewport: { width: 1440, height: 1000 },
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--hide-scrollbars",
    ],
  });
  const page = await context.newPage();
  await page.route("**/*", (route) =>
    route.request().url() === `${ORIGIN}/` ? route.fulfill({ status: 200, contentType: "text/html", body: html }) : route.abort(),
  );
  await page.goto(`${ORIGIN}/`);
  await page.waitForSelector("body[data-ready]");
  await page.click("#intake-sample");
  await page.click("#intake-read");
  await page.waitForSelector("#review .proposal");
  // Every drafted claim accepted one click at a time but the last two, left to show a claim being confirmed.
  const proposals = await page.locator("#review .proposal").count();
  for (let index = 0; index < proposals - 2; index++) {
    await page.click(`#review-${index}-accept`);
    await page.waitForSelector("#review .proposal:nth-of-type(1)");
  }
  await page.fill("#incident-title", "Attack on the Damboa base");
  await page.press("#incident-title", "Tab");
  await page.waitForFunction(`document.querySelector("#report h3")?.textContent.startsWith("Attack")`);
  await page.evaluate(`document.querySelector("#review").scrollIntoView()`);
  await page.screenshot({ path: out });
  await context.close();
  console.log(`workbench screenshot: ${out}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
