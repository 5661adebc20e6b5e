import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS, type PageWatch, serveOnly } from "./fixtures/chromium.js";
import { fromCsv, parseIncident, reconcile, toCsv } from "../src/index.js";

/**
 * The workbench page (examples/workbench), built here with Vite's build API
 * and opened in a real browser: Debian's Chromium, driven by playwright-core.
 * One person's session, step after step in one page: paste a seed article,
 * accept the drafted claims, edit a figure, reload, download. Nothing waits
 * on a clock: each step waits for what the page shows, with minutes to
 * spare on a loaded machine.
 */
const BROWSER_TIMEOUT = 240_000;
const ORIGIN = "http://workbench.invalid";
const root = join(import.meta.dirname, "..");
const seedJson = readFileSync(join(root, "seeds", "niafunke-goundam-2023-11-24.json"), "utf8");
/**
 * The seed article of the Niafunké and Goundam attacks, read where the seed
 * articles live, beside the repository (as .ci/run has them): the project
 * keeps only short quotes of it.
 */
const articleFile = join(root, "..", "shared", "seeds", `${(JSON.parse(seedJson) as { article: string }).article}.txt`);
const article = existsSync(articleFile) ? readFileSync(articleFile, "utf8") : undefined;

/** Evaluates an expression in the page, written as text: the library's type-check has no DOM, which the browser supplies. */
function inPage<T = unknown>(page: { evaluate(expression: string): Promise<unknown> }, expression: string): Promise<T> {
  return page.evaluate(expression) as Promise<T>;
}

const playwright = existsSync(CHROMIUM) && article !== undefined ? await import("playwright-core") : undefined;

if (!playwright) {
  describe("the workbench page in headless Chromium", () => {
    const missing = existsSync(CHROMIUM)
      ? `the seed article ${articleFile}: clone the project beside ../shared, as .ci/run does`
      : `Chromium at ${CHROMIUM}: apt-get install chromium (as .ci/run does)`;
    it.skip(`needs ${missing} to run these checks`, () => {});
  });
} else {
  describe("the workbench page in headless Chromium", () => {
    const { chromium } = playwright;
    const profile = mkdtempSync(join(tmpdir(), "contested-workbench-chromium-"));
    const out = mkdtempSync(join(tmpdir(), "contested-workbench-page-"));
    let watch: PageWatch = { requests: [], errors: [] };
    let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>>;
    let page: Awaited<ReturnType<typeof context.newPage>>;
    let html = "";

    /** Runs axe-core in the page and returns the WCAG 2.x A and AA violations, each as its rule and the elements it found. */
    async function accessibilityViolations(): Promise<{ id: string; nodes: string[] }[]> {
      await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8") });
      return inPage(
        page,
        `axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } })
           .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ") + ": " + n.failureSummary) })))`,
      );
    }

    /** Waits until the page has drawn itself, or fails at once with the error that stopped it. */
    const ready = (target: typeof page) =>
      new Promise<void>((resolve, reject) => {
        const stopped = (error: Error) => reject(error);
        target.once("pageerror", stopped);
        target.waitForSelector("body[data-ready]").then(() => {
          target.off("pageerror", stopped);
          resolve();
        }, reject);
      });

    /** The incident the page holds, as it saved it. */
    const savedIncident = () =>
      inPage<{ claims: { id: string; value: unknown }[] }>(page, `JSON.parse(localStorage.getItem("contested-workbench")).history.incident`);

    beforeAll(async () => {
      const { buildWorkbench } = await import("../examples/workbench/build.js");
      const built = await buildWorkbench(out, true);
      html = readFileSync(built.file, "utf8");
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        timeout: BROWSER_TIMEOUT,
        locale: "en-US",
        acceptDownloads: true,
        viewport: { width: 1400, height: 1000 },
        args: [...CHROMIUM_ARGS],
      });
      page = await context.newPage();
      page.setDefaultTimeout(BROWSER_TIMEOUT);
      watch = await serveOnly(page, `${ORIGIN}/`, html);
      await page.goto(`${ORIGIN}/`, { waitUntil: "load" });
      await ready(page);
    }, BROWSER_TIMEOUT);

    afterAll(async () => {
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }, BROWSER_TIMEOUT);

    it("is built as one page that holds its script and style and loads nothing else", () => {
      expect(html.startsWith("<!doctype html>")).toBe(true);
      expect(html).toMatch(/<script type="module">/u);
      expect(html).not.toMatch(/<script[^>]+src=|<link rel="stylesheet"/u);
    });

    it(
      "drafts a pasted seed article into claims to confirm, each beside its sentence with its words marked, and adds none by itself",
      async () => {
        await page.fill("#intake-text", article!);
        await page.waitForSelector("#intake-read:not([disabled])");
        expect(await page.textContent("#intake-kind")).toContain("article");
        await page.click("#intake-read");
        await page.waitForSelector("#review .proposal");
        const proposals = await page.locator("#review .proposal[data-status=pending]").count();
        const marks = await page.locator("#review mark").allTextContents();
        expect(proposals).toBeGreaterThan(5);
        expect(marks).toContain("pris le contrôle");
        expect(marks).toContain("une cinquantaine de soldats maliens tués");
        for (const mark of marks) expect(article).toContain(mark);
        expect(await page.locator("#claims tr[data-claim]").count()).toBe(0);
        expect(await accessibilityViolations()).toEqual([]);
      },
      BROWSER_TIMEOUT,
    );

    it(
      "puts a claim in the incident on a click (an undo puts it back under review), and each claim left on one more",
      async () => {
        const proposals = await page.locator("#review .proposal").count();
        await page.selectOption("#review-1-hedge", "reported");
        await page.click("#review-1-accept");
        await page.waitForSelector("#claims tr[data-claim]");
        expect(await page.locator("#claims tr[data-claim]").count()).toBe(1);
        expect(await page.inputValue("#claim-0-hedge")).toBe("reported");
        await page.click("#undo");
        await page.waitForSelector("#review-1-accept");
        expect(await page.locator("#claims tr[data-claim]").count()).toBe(0);
        await page.click("#redo");
        await page.waitForSelector("#claims tr[data-claim]");
        expect(await page.getAttribute("#review .proposal:has(#review-1-title)", "data-status")).toBe("accepted");
        await page.click("#accept-all");
        await page.waitForSelector("#accept-all[disabled]");
        expect(await page.locator("#claims tr[data-claim]").count()).toBe(proposals);
        expect(await page.textContent("#review-count")).toBe(`0 to confirm, ${proposals} accepted, 0 rejected.`);
        expect(await page.textContent("#report")).toContain("Control");
      },
      BROWSER_TIMEOUT,
    );

    it(
      "shows a contradiction when a figure is changed to one that cannot hold with another, and none once it is put back",
      async () => {
        const values = await inPage<string[]>(
          page,
          `[...document.querySelectorAll("#claims td.col-value :is(input, select)")].map((control) => control.value)`,
        );
        const row = values.indexOf("une cinquantaine");
        expect(row).toBeGreaterThanOrEqual(0);
        const components = await page.locator("#readings .component").count();
        await page.fill(`#claim-${row}-value`, "5");
        await page.press(`#claim-${row}-value`, "Tab");
        await page.waitForFunction(`document.querySelectorAll("#readings .component").length === ${components + 1}`);
        expect(await page.textContent("#report")).toMatch(/5 \(Sources locales\)/u);
        await page.fill(`#claim-${row}-value`, "~50");
        await page.press(`#claim-${row}-value`, "Tab");
        await page.waitForFunction(`document.querySelectorAll("#readings .component").length === ${components}`);
        expect(await page.textContent("#report")).not.toMatch(/5 \(Sources locales\)/u);
        expect((await savedIncident()).claims[row]!.value).toEqual({ approx: 50 });
      },
      BROWSER_TIMEOUT,
    );

    it(
      "shows parseIncident's problem at the field, and changes nothing",
      async () => {
        const before = await savedIncident();
        await page.fill("#claim-1-id", before.claims[0]!.id);
        await page.press("#claim-1-id", "Tab");
        await page.waitForSelector("#claim-1-id-error");
        expect(await page.getAttribute("#claim-1-id", "aria-invalid")).toBe("true");
        expect(await page.textContent("#claim-1-id-error")).toContain(before.claims[0]!.id);
        await page.fill("#claim-2-value", "beaucoup trop");
        await page.press("#claim-2-value", "Tab");
        await page.waitForSelector("#claim-2-value-error");
        expect(await savedIncident()).toEqual(before);
      },
      BROWSER_TIMEOUT,
    );

    it(
      "undoes and redoes edits with the library's patches, from the keyboard",
      async () => {
        const edited = await savedIncident();
        await page.focus("#undo");
        await page.keyboard.press("Enter");
        await page.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.redo.length === 1`);
        const undone = await savedIncident();
        expect(undone.claims.some((c, i) => c.value === 5 && i >= 0)).toBe(true);
        await page.keyboard.press("Control+Shift+Z");
        await page.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.redo.length === 0`);
        expect(await savedIncident()).toEqual(edited);
      },
      BROWSER_TIMEOUT,
    );

    it(
      "finds the work kept after a reload: the claims, the review and the edits to undo",
      async () => {
        const rows = await page.locator("#claims tr[data-claim]").count();
        const kept = await savedIncident();
        await page.reload({ waitUntil: "load" });
        await ready(page);
        expect(await page.locator("#claims tr[data-claim]").count()).toBe(rows);
        expect(await savedIncident()).toEqual(kept);
        expect(await page.locator("#review .proposal[data-status=accepted]").count()).toBe(rows);
        expect(await page.isEnabled("#undo")).toBe(true);
      },
      BROWSER_TIMEOUT,
    );

    it(
      "downloads a CSV sheet that fromCsv reads back to the same claims",
      async () => {
        const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
        const csv = readFileSync(await download.path(), "utf8");
        const sheet = fromCsv(csv);
        expect(sheet.issues).toEqual([]);
        expect(sheet.incident).toEqual(parseIncident(await savedIncident()));
        expect(download.suggestedFilename()).toMatch(/\.csv$/u);
      },
      BROWSER_TIMEOUT,
    );

    it(
      "downloads the incident as JSON and the report as a standalone HTML page",
      async () => {
        const [json] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
        expect(parseIncident(JSON.parse(readFileSync(await json.path(), "utf8")))).toEqual(parseIncident(await savedIncident()));
        const [report] = await Promise.all([page.waitForEvent("download"), page.click("#download-html")]);
        const text = readFileSync(await report.path(), "utf8");
        expect(text.startsWith("<!doctype html>")).toBe(true);
        expect(text).toContain("pris le contrôle");
      },
      BROWSER_TIMEOUT,
    );

    it(
      "reads a CSV sheet dropped on it in place of the work, once asked to",
      async () => {
        const csv = toCsv(JSON.parse(seedJson));
        const before = await savedIncident();
        await page.evaluate(
          `(() => {
            const data = new DataTransfer();
            data.items.add(new File([${JSON.stringify(csv)}], "niafunke.csv", { type: "text/csv" }));
            document.querySelector("#intake").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
          })()`,
        );
        // A file's text is read without its byte order mark.
        await page.waitForFunction(`document.querySelector("#intake-text").value.startsWith("record,id,source")`);
        expect(await page.textContent("#intake-kind")).toContain("CSV");
        expect(await savedIncident()).toEqual(before);
        await page.click("#intake-read");
        await page.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.id === "niafunke-goundam-2023-11-24"`);
        expect(parseIncident(await savedIncident())).toEqual(fromCsv(csv).incident);
      },
      BROWSER_TIMEOUT,
    );

    it(
      "loads a JSON incident in place of the work, and compares two encodings",
      async () => {
        await page.fill("#intake-text", seedJson);
        await page.waitForSelector("#intake-read:not([disabled])");
        await page.click("#intake-read");
        const claims = reconcile(JSON.parse(seedJson)).provenance.length;
        await page.waitForFunction(`document.querySelectorAll("#claims tr[data-claim]").length === ${claims}`);
        expect(await page.locator("#readings .account").count()).toBeGreaterThanOrEqual(2);
        expect(await page.textContent("#agreements")).toContain("shelling");
        await page.click("#compare .encoding:nth-child(1) button");
        const second = JSON.parse(seedJson) as { claims: { id: string; hedge?: string }[] };
        second.claims[0]!.hedge = second.claims[0]!.hedge === "reported" ? "unconfirmed" : "reported";
        await page.fill("#encoding-b", JSON.stringify(second));
        await page.press("#encoding-b", "Tab");
        await page.click("#compare-button");
        await page.waitForSelector("#overall");
        expect(await page.textContent("#overall")).toBe(`${claims - 1} of ${claims} claims coded alike (${Math.round(((claims - 1) / claims) * 100)}%).`);
        expect(await accessibilityViolations()).toEqual([]);
      },
      BROWSER_TIMEOUT,
    );

    it(
      "adds a claim and a source, and deletes them, each a step to undo",
      async () => {
        const rows = await page.locator("#claims tr[data-claim]").count();
        await page.click("#add-claim");
        await page.waitForFunction(`document.querySelectorAll("#claims tr[data-claim]").length === ${rows + 1}`);
        expect(await page.evaluate(`document.activeElement.id`)).toBe(`claim-${rows}-id`);
        expect(await page.inputValue(`#claim-${rows}-value`)).toBe("unknown");
        await page.fill("#new-sources", "Agence France-Presse");
        await page.press("#new-sources", "Enter");
        await page.waitForSelector(`#claim-${rows}-source option[value="agence-france-presse"]`, { state: "attached" });
        await page.selectOption(`#claim-${rows}-source`, "agence-france-presse");
        await page.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims.at(-1).source === "agence-france-presse"`);
        const sources = await page.locator("#entries tbody tr").count();
        await page.click(`[aria-label="Delete Agence France-Presse"]`);
        await page.waitForSelector(`#claim-${rows}-source-error`);
        expect(await page.locator("#entries tbody tr").count()).toBe(sources);
        await page.click(`[aria-label="Delete claim claim-${rows + 1}"]`);
        await page.waitForFunction(`document.querySelectorAll("#claims tr[data-claim]").length === ${rows}`);
        await page.click(`[aria-label="Delete Agence France-Presse"]`);
        await page.waitForFunction(`!document.querySelector('[aria-label="Delete Agence France-Presse"]')`);
      },
      BROWSER_TIMEOUT,
    );

    it(
      "speaks French when asked, the report too, and stays accessible",
      async () => {
        await page.selectOption("#ui-lang", "fr");
        await page.waitForFunction(`document.documentElement.lang === "fr"`);
        expect(await page.textContent("h1")).toBe("Atelier contested");
        expect(await page.textContent("#report")).toContain("Contrôle");
        expect(await accessibilityViolations()).toEqual([]);
      },
      BROWSER_TIMEOUT,
    );

    it(
      "keeps the incident when the browser's storage is full, letting its edits to undo go first, and says so",
      async () => {
        await inPage(
          page,
          `(() => {
            const setItem = Storage.prototype.setItem;
            window.restoreSetItem = () => (Storage.prototype.setItem = setItem);
            Storage.prototype.setItem = function (key, value) {
              if (JSON.parse(value).history.undo.length > 0) throw new DOMException("full", "QuotaExceededError");
              return setItem.call(this, key, value);
            };
          })()`,
        );
        await page.fill("#incident-title", "Niafunké et Goundam");
        await page.press("#incident-title", "Tab");
        // The interface is in French since the step before.
        await page.waitForFunction(`document.querySelector("#status").textContent.includes("stockage de ce navigateur est plein")`);
        expect(await page.textContent("#status")).toBe(
          "Le stockage de ce navigateur est plein : l'incident est enregistré, mais pas ses modifications à annuler.",
        );
        const saved = await inPage<{ title: string; undo: number }>(
          page,
          `(() => { const s = JSON.parse(localStorage.getItem("contested-workbench")); return { title: s.history.incident.title, undo: s.history.undo.length }; })()`,
        );
        expect(saved).toEqual({ title: "Niafunké et Goundam", undo: 0 });
        await inPage(page, "window.restoreSetItem()");
      },
      BROWSER_TIMEOUT,
    );

    it(
      "opens from a file on disk as well, with the work saved there",
      async () => {
        const local = await context.newPage();
        const problems: string[] = [];
        local.on("pageerror", (error) => problems.push(error.message));
        local.on("console", (message) => {
          if (message.type() === "error") problems.push(message.text());
        });
        await local.goto(`file://${join(out, "index.html")}`, { waitUntil: "load" });
        await ready(local);
        await local.click("#intake-sample");
        await local.click("#intake-read");
        await local.waitForSelector("#review .proposal");
        await local.reload({ waitUntil: "load" });
        await local.waitForSelector("#review .proposal");
        expect(problems).toEqual([]);
        await local.close();
      },
      BROWSER_TIMEOUT,
    );

    describe("a fact-checker's own session on a page of its own", () => {
      const REVIEW_ORIGIN = "http://workbench-review.invalid";
      const sample = readFileSync(join(root, "examples", "workbench", "samples", "damboa-base-attack.en.txt"), "utf8");
      let own: typeof page;
      let ownWatch: PageWatch = { requests: [], errors: [] };
      const card = (n: number) => `#review .proposal:has(#review-${n}-title)`;
      const ownIncident = () =>
        inPage<{ claims: { id: string; value: unknown }[] }>(own, `JSON.parse(localStorage.getItem("contested-workbench")).history.incident`);
      /** Pastes an article and waits for its review. */
      async function review(text: string): Promise<void> {
        await own.fill("#intake-text", text);
        await own.waitForSelector("#intake-read:not([disabled])");
        await own.click("#intake-read");
        await own.waitForSelector("#review .proposal");
      }
      /** The sentences shown beside the cards, without the claims' numbers. */
      const shownSentences = () =>
        inPage<string[]>(
          own,
          `[...document.querySelectorAll("#review blockquote.sentence")].map((b) => { const c = b.cloneNode(true); c.querySelectorAll("sup").forEach((s) => s.remove()); return c.textContent; })`,
        );

      beforeAll(async () => {
        own = await context.newPage();
        own.setDefaultTimeout(BROWSER_TIMEOUT);
        ownWatch = await serveOnly(own, `${REVIEW_ORIGIN}/`, html);
        await own.goto(`${REVIEW_ORIGIN}/`, { waitUntil: "load" });
        await ready(own);
      }, BROWSER_TIMEOUT);

      afterAll(async () => {
        await own?.close();
      }, BROWSER_TIMEOUT);

      it(
        "keeps a card accepted when the claim it became is renamed or edited in the table, through undo and redo",
        async () => {
          await review(sample);
          await own.click("#review-0-accept");
          await own.waitForSelector("#claims tr[data-claim]");
          const drafted = await own.inputValue("#claim-0-id");
          await own.fill("#claim-0-id", "renamed-claim");
          await own.press("#claim-0-id", "Tab");
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims[0].id === "renamed-claim"`);
          expect(await own.getAttribute(card(0), "data-status")).toBe("accepted");
          expect(await own.textContent(card(0))).toContain("renamed-claim");
          expect(await own.textContent("#review-count")).toMatch(/, 1 accepted,/u);
          await own.selectOption("#claim-0-hedge", "unconfirmed");
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims[0].hedge === "unconfirmed"`);
          expect(await own.getAttribute(card(0), "data-status")).toBe("accepted");
          // Undo the hedge, then the rename: the card follows the claim back to its drafted id, still accepted.
          await own.click("#undo");
          await own.click("#undo");
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims[0].id === ${JSON.stringify(drafted)}`);
          expect(await own.getAttribute(card(0), "data-status")).toBe("accepted");
          expect(await own.textContent(card(0))).toContain(drafted);
          // Undo the accept: the card waits again; redo all: accepted under the new name.
          await own.click("#undo");
          await own.waitForSelector("#review-0-accept");
          await own.click("#redo");
          await own.waitForSelector(`${card(0)}[data-status=accepted]`);
          await own.click("#redo");
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims[0].id === "renamed-claim"`);
          expect(await own.getAttribute(card(0), "data-status")).toBe("accepted");
          await own.reload({ waitUntil: "load" });
          await ready(own);
          expect(await own.getAttribute(card(0), "data-status")).toBe("accepted");
          expect(await own.textContent(card(0))).toContain("renamed-claim");
        },
        BROWSER_TIMEOUT,
      );

      it(
        "still rejects a card and takes it back, and a deleted claim's card waits again",
        async () => {
          await own.click("#review-1-reject");
          await own.waitForSelector(`${card(1)}[data-status=rejected]`);
          await own.click("#review-1-reconsider");
          await own.waitForSelector(`${card(1)}[data-status=pending]`);
          await own.click(`[aria-label="Delete claim renamed-claim"]`);
          await own.waitForSelector("#review-0-accept");
          expect((await ownIncident()).claims).toEqual([]);
        },
        BROWSER_TIMEOUT,
      );

      it(
        "shows each drafted claim beside the sentence the drafter read it in, titles and quotations whole",
        async () => {
          await review(
            [
              "Militants attacked an army base in Damboa on Sunday.",
              "The army spokesman, Lt. Col. Musa Bello, said three soldiers were killed.",
              '"We repelled the attack. Ten attackers were killed," army spokesman Brig. Gen. Onyema Nwachukwu said.',
            ].join(" "),
          );
          const sentences = await shownSentences();
          expect(sentences).toContain("The army spokesman, Lt. Col. Musa Bello, said three soldiers were killed.");
          expect(sentences).toContain('"We repelled the attack. Ten attackers were killed," army spokesman Brig. Gen. Onyema Nwachukwu said.');
          await review(
            "Le camp de Tessit a été attaqué dimanche. Selon M. Diallo, porte-parole de l'armée, quatre soldats ont été tués. « Nous avons repoussé l'attaque. Trente assaillants ont été neutralisés », a déclaré le Col. Souleymane Dembélé.",
          );
          const french = await shownSentences();
          expect(french).toContain("Selon M. Diallo, porte-parole de l'armée, quatre soldats ont été tués.");
          expect(french).toContain("« Nous avons repoussé l'attaque. Trente assaillants ont été neutralisés », a déclaré le Col. Souleymane Dembélé.");
        },
        BROWSER_TIMEOUT,
      );

      it(
        "downloads a French sheet in French, which it reads back as a sheet, not as an article",
        async () => {
          await own.click("#accept-all");
          await own.waitForSelector("#accept-all[disabled]");
          await own.selectOption("#ui-lang", "fr");
          await own.waitForFunction(`document.documentElement.lang === "fr"`);
          const [download] = await Promise.all([own.waitForEvent("download"), own.click("#download-csv")]);
          const csv = readFileSync(await download.path(), "utf8");
          expect(csv.split("\r\n")[0]).toMatch(/^\uFEFFType de ligne;Identifiant;Source;Type de source;/u);
          const kept = parseIncident(await ownIncident());
          expect(fromCsv(csv).incident).toEqual(kept);
          await own.click("#new-incident");
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims.length === 0`);
          await own.fill("#intake-text", csv);
          await own.waitForSelector("#intake-read:not([disabled])");
          expect(await own.textContent("#intake-kind")).toBe("Ceci se lit comme une feuille CSV d'affirmations.");
          await own.click("#intake-read");
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims.length === ${kept.claims.length}`);
          expect(parseIncident(await ownIncident())).toEqual(kept);
        },
        BROWSER_TIMEOUT,
      );

      it(
        "renames a claim that others are based on, and their basedOn with it",
        async () => {
          await own.fill("#intake-text", seedJson);
          await own.waitForSelector("#intake-read:not([disabled])");
          await own.click("#intake-read");
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.id === "niafunke-goundam-2023-11-24"`);
          const claims = (await ownIncident()).claims as { id: string; basedOn?: string[] }[];
          const row = claims.findIndex((c) => c.id === "jnim-niafunke-means");
          const based = claims.findIndex((c) => c.basedOn?.includes("jnim-niafunke-means"));
          expect([row, based].every((i) => i >= 0)).toBe(true);
          await own.fill(`#claim-${row}-id`, "jnim-means");
          await own.press(`#claim-${row}-id`, "Tab");
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims[${row}].id === "jnim-means"`);
          expect(((await ownIncident()).claims[based] as { basedOn?: string[] }).basedOn).toEqual(["jnim-means"]);
          expect(await own.getAttribute(`#claim-${row}-id`, "aria-invalid")).toBeNull();
        },
        BROWSER_TIMEOUT,
      );

      it(
        "keeps every change made to the cards before they are accepted, not only the last one",
        async () => {
          await review(sample);
          const facets = await inPage<string[]>(own, `JSON.parse(localStorage.getItem("contested-workbench")).review.items.map((i) => i.claim.about.facet)`);
          const [first, second] = facets.flatMap((facet, i) => (facet === "killed" ? [i] : []));
          await own.selectOption(`#review-${first}-hedge`, "unconfirmed");
          await own.fill(`#review-${first}-value`, "30");
          await own.press(`#review-${first}-value`, "Tab");
          await own.selectOption(`#review-${second}-hedge`, "unconfirmed");
          const claims = (await ownIncident()).claims.length;
          await own.click(`#review-${first}-accept`);
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims.length === ${claims + 1}`);
          await own.click(`#review-${second}-accept`);
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims.length === ${claims + 2}`);
          const [one, two] = ((await ownIncident()).claims as { value: unknown; hedge?: string }[]).slice(claims);
          expect([one!.value, one!.hedge, two!.hedge]).toEqual([30, "unconfirmed", "unconfirmed"]);
        },
        BROWSER_TIMEOUT,
      );

      it(
        "says in the interface's language why a typed value cannot be read, in a card and in the table",
        async () => {
          expect(await own.evaluate(`document.documentElement.lang`)).toBe("fr");
          const card = await inPage<number>(
            own,
            `JSON.parse(localStorage.getItem("contested-workbench")).review.items.findIndex((i) => i.status === "pending" && i.claim.about.facet === "killed")`,
          );
          await own.fill(`#review-${card}-value`, "beaucoup trop");
          await own.press(`#review-${card}-value`, "Tab");
          await own.click(`#review-${card}-accept`);
          await own.waitForSelector(`#review-${card}-value-error`);
          expect(await own.textContent(`#review-${card}-value-error`)).toMatch(/«\sbeaucoup trop\s» ne contient aucun nombre/u);
          const row = await inPage<number>(
            own,
            `JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims.findIndex((c) => c.about.facet === "killed")`,
          );
          await own.fill(`#claim-${row}-value`, "beaucoup trop");
          await own.press(`#claim-${row}-value`, "Tab");
          await own.waitForSelector(`#claim-${row}-value-error`);
          expect(await own.textContent(`#claim-${row}-value-error`)).toMatch(/^l'expression «\sbeaucoup trop\s» ne contient aucun nombre .* Correction/u);
        },
        BROWSER_TIMEOUT,
      );

      it(
        "names a card's claim after the source and facet it is accepted with, not the drafted ones",
        async () => {
          const items = await inPage<{ status: string; claim: { id: string; source: string; about: { facet: string } } }[]>(
            own,
            `JSON.parse(localStorage.getItem("contested-workbench")).review.items`,
          );
          const card = items.findIndex((i) => i.status === "pending" && i.claim.about.facet === "killed" && i.claim.id === `${i.claim.source}-killed`);
          expect(card).toBeGreaterThanOrEqual(0);
          await own.fill(`#review-${card}-value`, "3");
          await own.press(`#review-${card}-value`, "Tab");
          await own.selectOption(`#review-${card}-facet`, "wounded");
          await own.waitForSelector(`#review-${card}-facet option[value=wounded]:checked`, { state: "attached" });
          const claims = (await ownIncident()).claims.length;
          await own.click(`#review-${card}-accept`);
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).history.incident.claims.length === ${claims + 1}`);
          expect((await ownIncident()).claims.at(-1)!.id).toBe(`${items[card]!.claim.source}-wounded`);
        },
        BROWSER_TIMEOUT,
      );

      it(
        "gives a card another id than the claim of an accept undone, so that the two cards never share one claim",
        async () => {
          await review(sample);
          const items = await inPage<{ claim: { id: string; source: string; about: { facet: string } } }[]>(
            own,
            `JSON.parse(localStorage.getItem("contested-workbench")).review.items`,
          );
          const killed = items.findIndex((i) => i.claim.about.facet === "killed" && items.some((o) => o !== i && o.claim.source === i.claim.source));
          const other = items.findIndex((o, n) => n !== killed && o.claim.source === items[killed]!.claim.source && o.claim.about.facet !== "killed");
          await own.click(`#review-${killed}-accept`);
          await own.waitForSelector(`${card(killed)}[data-status=accepted]`);
          await own.click("#undo");
          await own.waitForSelector(`#review-${killed}-accept`);
          await own.selectOption(`#review-${other}-facet`, "killed");
          await own.waitForSelector(`#review-${other}-facet option[value=killed]:checked`, { state: "attached" });
          await own.fill(`#review-${other}-value`, "5");
          await own.press(`#review-${other}-value`, "Tab");
          await own.click(`#review-${other}-accept`);
          await own.waitForSelector(`${card(other)}[data-status=accepted]`);
          expect(await own.getAttribute(card(killed), "data-status")).toBe("pending");
          const undone = await inPage<string>(own, `JSON.parse(localStorage.getItem("contested-workbench")).review.items[${killed}].acceptedAs`);
          expect((await ownIncident()).claims.at(-1)!.id).not.toBe(undone);
        },
        BROWSER_TIMEOUT,
      );

      it(
        "offers nothing twice when an article is read again, and brings back with undo a review that a new incident, a loaded incident or another article closed",
        async () => {
          await review(sample);
          if (await own.isEnabled("#accept-all")) {
            await own.click("#accept-all");
            await own.waitForSelector("#accept-all[disabled]");
          }
          const cards = await own.locator("#review .proposal").count();
          await review(sample);
          expect(await own.locator("#review .proposal[data-status=accepted]").count()).toBe(cards);
          expect(await own.isDisabled("#accept-all")).toBe(true);
          const savedReview = () =>
            inPage<{ text: string; items: { status: string }[] } | null>(own, `JSON.parse(localStorage.getItem("contested-workbench")).review ?? null`);
          const toll = "Selon l'armée malienne, 12 soldats ont été tués.";
          await review(toll);
          await own.click("#review-0-reject");
          await own.waitForSelector("#review-0-reconsider");
          const claims = (await ownIncident()).claims.length;
          const backWithUndo = async () => {
            await own.waitForSelector("#review", { state: "detached" });
            expect(await savedReview()).toBeNull();
            await own.click("#undo");
            await own.waitForSelector("#review-0-reconsider");
            expect((await savedReview())?.text).toBe(toll);
            expect((await ownIncident()).claims.length).toBe(claims);
          };
          await own.click("#new-incident");
          await backWithUndo();
          await own.fill("#intake-text", seedJson);
          await own.waitForSelector("#intake-read:not([disabled])");
          await own.click("#intake-read");
          await backWithUndo();
          await own.fill("#intake-text", sample);
          await own.waitForSelector("#intake-read:not([disabled])");
          await own.click("#intake-read");
          await own.waitForFunction(`JSON.parse(localStorage.getItem("contested-workbench")).review.text.startsWith(${JSON.stringify(sample.slice(0, 20))})`);
          await own.click("#undo");
          await own.waitForSelector("#review-0-reconsider");
          expect((await savedReview())?.text).toBe(toll);
        },
        BROWSER_TIMEOUT,
      );

      it(
        "closes a saved review that does not read back on reload, says so, and keeps the incident as it was",
        async () => {
          const kept = await ownIncident();
          await inPage(
            own,
            `(() => {
              const saved = JSON.parse(localStorage.getItem("contested-workbench"));
              saved.review.items[0].claim = "damaged";
              localStorage.setItem("contested-workbench", JSON.stringify(saved));
            })()`,
          );
          await own.reload({ waitUntil: "load" });
          await ready(own);
          expect(await own.textContent("#status")).toMatch(/^(A review saved here could not be read back|Une relecture enregistrée ici n'a pu être relue)/u);
          expect(await own.locator("#review").count()).toBe(0);
          expect(await ownIncident()).toEqual(kept);
          expect(await inPage(own, `JSON.parse(localStorage.getItem("contested-workbench")).review ?? null`)).toBeNull();
        },
        BROWSER_TIMEOUT,
      );

      it("said nothing in the console and asked for nothing outside the page either", () => {
        expect(ownWatch.errors).toEqual([]);
        expect([...new Set(ownWatch.requests)]).toEqual([`${REVIEW_ORIGIN}/`]);
      });
    });

    it("said nothing in the console and asked for nothing outside the page", () => {
      expect(watch.errors).toEqual([]);
      expect([...new Set(watch.requests)]).toEqual([`${ORIGIN}/`]);
    });
  });
}
