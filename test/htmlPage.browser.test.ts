import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, serveOnly } from "./fixtures/chromium.js";
import { formatReport, formatReports, reconcile } from "../src/index.js";
import { incidentWith } from "./fixtures/build.js";

/**
 * The HTML page, opened in a real browser: Debian's Chromium, driven by
 * playwright-core over its DevTools protocol. Nothing here depends on how
 * fast the machine is: the browser gets minutes to start, each check waits
 * for the page's own events, never for a clock.
 */
const BROWSER_TIMEOUT = 180_000;
const ORIGIN = "http://contested.invalid";
/**
 * Evaluates an expression in the page. It is written as text: the library's
 * type-check has no DOM, which the browser supplies.
 */
function inPage<T = unknown>(page: { evaluate(expression: string): Promise<unknown> }, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

const seedsDir = join(import.meta.dirname, "..", "seeds");
const load = (file: string) => JSON.parse(readFileSync(join(seedsDir, file), "utf8")) as unknown;

const playwright = existsSync(CHROMIUM) ? await import("playwright-core") : undefined;

if (!playwright) {
  describe("the HTML page in headless Chromium", () => {
    it.skip(`needs Chromium at ${CHROMIUM}: apt-get install chromium (as .ci/run does) to run these checks`, () => {});
  });
} else {
  describe("the HTML page in headless Chromium", () => {
    const { chromium } = playwright;
    let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
    const profile = mkdtempSync(join(tmpdir(), "contested-chromium-"));

    beforeAll(async () => {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        timeout: BROWSER_TIMEOUT,
        args: [...CHROMIUM_ARGS],
      });
    }, BROWSER_TIMEOUT);

    afterAll(async () => {
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
    }, BROWSER_TIMEOUT);

    /** Opens a page that serves `html` at one address and refuses every other request, recording what the page asked for and said. */
    async function open(html: string) {
      const page = await context.newPage();
      page.setDefaultTimeout(BROWSER_TIMEOUT);
      const { requests, errors } = await serveOnly(page, `${ORIGIN}/report.html`, html);
      await page.goto(`${ORIGIN}/report.html`, { waitUntil: "load" });
      return { page, requests, errors };
    }

    const seedPage = formatReport(reconcile(load("niafunke-goundam-2023-11-24.json")), { format: "html", page: true, lang: "fr" });

    it(
      "opens as a whole document: UTF-8, the report's language, its title, one main and one h1",
      async () => {
        const { page, requests, errors } = await open(seedPage);
        const facts = await inPage<{ text: string }>(
          page,
          `({
            doctype: document.doctype?.name,
            mode: document.compatMode,
            charset: document.characterSet,
            lang: document.documentElement.lang,
            title: document.title,
            mains: document.querySelectorAll("main").length,
            h1: [...document.querySelectorAll("h1")].map((h) => h.textContent),
            text: document.body.innerText,
          })`,
        );
        expect(facts).toMatchObject({
          doctype: "html",
          mode: "CSS1Compat",
          charset: "UTF-8",
          lang: "fr",
          title: "Attaques du JNIM contre les camps militaires de Niafunké et Goundam",
          mains: 1,
          h1: ["Attaques du JNIM contre les camps militaires de Niafunké et Goundam"],
        });
        expect(facts.text).toContain("Contrôle (lieu Camp militaire de Niafunké)");
        expect(facts.text).toContain("«\u00a0pris\u00a0»");
        expect(errors).toEqual([]);
        expect(requests).toEqual([`${ORIGIN}/report.html`]);
        await page.close();
      },
      BROWSER_TIMEOUT,
    );

    it(
      "prints with its print style sheet: full width, headers repeated, a PDF of its own",
      async () => {
        const { page, errors } = await open(seedPage);
        const screen = await inPage<string>(page, `getComputedStyle(document.querySelector(".contested-report")).maxWidth`);
        await page.emulateMedia({ media: "print" });
        const print = await inPage(
          page,
          `({
            maxWidth: getComputedStyle(document.querySelector(".contested-report")).maxWidth,
            thead: getComputedStyle(document.querySelector(".contested-report thead")).display,
          })`,
        );
        expect(screen).not.toBe("none");
        expect(print).toEqual({ maxWidth: "none", thead: "table-header-group" });
        const pdf = await page.pdf({ format: "A4" });
        expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
        expect(errors).toEqual([]);
        await page.close();
      },
      BROWSER_TIMEOUT,
    );

    it(
      "runs nothing and loads nothing a hostile incident puts in it",
      async () => {
        const hostile = reconcile(
          incidentWith(
            [
              {
                id: "x",
                source: "rfi",
                about: { facet: "motive" },
                value: '<img src="http://evil.invalid/x.png" onerror="console.error(1)">',
                quote: "<script>console.error('quote')</script><link rel=stylesheet href=http://evil.invalid/s.css>",
              },
              {
                id: "y",
                source: "locals",
                about: { facet: "motive" },
                value: "<iframe src=//evil.invalid></iframe>\u202e",
                quote: "<style>@import url(http://evil.invalid/i.css)</style>",
              },
            ],
            { title: "<svg onload=console.error(2)></svg>" },
          ),
        );
        const { page, requests, errors } = await open(formatReport(hostile, { format: "html", page: true }));
        const counts = await inPage(page, `["script", "img", "iframe", "link", "svg"].map((tag) => document.querySelectorAll(tag).length)`);
        expect(counts).toEqual([0, 0, 0, 0, 0]);
        expect(await inPage(page, "document.styleSheets.length")).toBe(1);
        expect(errors).toEqual([]);
        expect(requests).toEqual([`${ORIGIN}/report.html`]);
        await page.close();
      },
      BROWSER_TIMEOUT,
    );

    it(
      "shows a batch of every seed as one page, and leaves a screenshot to look at",
      async () => {
        const files = readdirSync(seedsDir)
          .filter((f) => f.endsWith(".json"))
          .sort();
        const html = formatReports(
          files.map((f) => reconcile(load(f))),
          { format: "html", page: true },
        );
        const { page, requests, errors } = await open(html);
        const h = await inPage(page, `({ h1: document.querySelectorAll("h1").length, h2: document.querySelectorAll("h2").length })`);
        expect(h).toEqual({ h1: 1, h2: files.length });
        const dir = join(tmpdir(), "contested-screenshots");
        mkdirSync(dir, { recursive: true });
        const shot = await page.screenshot({ fullPage: false });
        writeFileSync(join(dir, "batch.png"), shot);
        expect(shot.subarray(1, 4).toString("latin1")).toBe("PNG");
        expect(errors).toEqual([]);
        expect(requests).toEqual([`${ORIGIN}/report.html`]);
        await page.close();
      },
      BROWSER_TIMEOUT,
    );
  });
}
