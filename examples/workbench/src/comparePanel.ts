import { compareEncodings, formatComparison, formatIssueIn, IncidentError, type Incident } from "contested";
import { h } from "./dom.js";
import { inputKind, readDocument } from "./intake.js";
import type { UiLang, Words } from "./words.js";

/** The two encodings' texts, as the person pasted or opened them (saved with the page). */
export interface CompareTexts {
  readonly a: string;
  readonly b: string;
}

/** An encoding read from its text: a JSON incident or a CSV sheet, or the lines that say why not. */
function encodingOf(text: string, lang: UiLang): { ok: true; incident: Incident } | { ok: false; lines: string[] } {
  const kind = inputKind(text);
  if (kind !== "json" && kind !== "csv") return { ok: false, lines: [kind === "empty" ? "—" : "JSON / CSV?"] };
  const read = readDocument(text, kind, lang);
  if (read.kind === "incident") return { ok: true, incident: read.incident };
  if (read.kind === "invalid") return { ok: false, lines: read.error.issues.map((i) => formatIssueIn(i, lang)) };
  return { ok: false, lines: [read.detail] };
}

/**
 * The double-coding check: {@link compareEncodings} of two encodings, the
 * agreement overall and per facet as a table, and the library's own account
 * of every difference ({@link formatComparison}).
 *
 * @example
 * comparisonView({ a: json, b: json }, "en", WORDS.en).querySelector("#overall")?.textContent
 * //=> "12 of 12 claims coded alike (100 %)."
 */
export function comparisonView(texts: CompareTexts, lang: UiLang, words: Words): HTMLElement {
  const a = encodingOf(texts.a, lang);
  const b = encodingOf(texts.b, lang);
  if (!a.ok || !b.ok) {
    const problems = [...(a.ok ? [] : a.lines.map((l) => `A: ${l}`)), ...(b.ok ? [] : b.lines.map((l) => `B: ${l}`))];
    return h(
      "div",
      { role: "alert" },
      h(
        "ul",
        {},
        problems.map((line) => h("li", {}, line)),
      ),
    );
  }
  try {
    const comparison = compareEncodings(a.incident, b.incident);
    const percent = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(comparison.overall.agreement);
    return h(
      "div",
      { class: "comparison" },
      h("p", { id: "overall" }, words.overall(comparison.overall.agreed, comparison.overall.total, percent)),
      h(
        "table",
        { class: "facets" },
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, words.facet), h("th", { scope: "col" }, words.agreed), h("th", { scope: "col" }, words.total))),
        h(
          "tbody",
          {},
          comparison.facets.map((f) => h("tr", {}, h("th", { scope: "row" }, f.facet), h("td", {}, String(f.agreed)), h("td", {}, String(f.total)))),
        ),
      ),
      h("pre", { class: "comparison-text", tabindex: "0" }, formatComparison(comparison, { format: "text", lang })),
    );
  } catch (error) {
    if (!IncidentError.is(error)) throw error;
    return h(
      "div",
      { role: "alert" },
      h(
        "ul",
        {},
        error.issues.map((i) => h("li", {}, formatIssueIn(i, lang))),
      ),
    );
  }
}

/** What the panel asks of the page: keep the texts as they change. */
export interface CompareActions {
  readonly onchange: (texts: CompareTexts) => void;
  readonly current: () => string;
}

/**
 * Two encodings to compare: each pasted, opened from a file, or taken from
 * the incident being edited; the comparison appears under them on request.
 *
 * @example
 * comparePanel({ a: "", b: "" }, "en", WORDS.en, actions).querySelector("#compare-button")?.textContent
 * //=> "Compare"
 */
export function comparePanel(texts: CompareTexts, lang: UiLang, words: Words, actions: CompareActions): HTMLElement {
  const result = h("div", { id: "comparison", "aria-live": "polite" });
  let current = texts;
  const slot = (which: "a" | "b") => {
    const id = `encoding-${which}`;
    const area = h("textarea", { id, rows: 5, spellcheck: "false", value: current[which] });
    const keep = () => {
      current = { ...current, [which]: area.value };
      actions.onchange(current);
    };
    area.addEventListener("change", keep);
    const file = h("input", { type: "file", id: `${id}-file`, accept: ".json,.csv,application/json,text/csv" });
    file.addEventListener("change", async () => {
      const chosen = file.files?.[0];
      if (chosen === undefined) return;
      area.value = await chosen.text();
      keep();
    });
    return h(
      "div",
      { class: "encoding" },
      h("label", { for: id }, words.encoding(which === "a" ? "A" : "B")),
      area,
      h(
        "div",
        { class: "buttons" },
        h(
          "button",
          {
            type: "button",
            onclick: () => {
              area.value = actions.current();
              keep();
            },
          },
          words.useCurrent,
        ),
        h("span", { class: "field inline" }, h("label", { for: `${id}-file` }, `${words.fileLabel} (${words.encoding(which === "a" ? "A" : "B")})`), file),
      ),
    );
  };
  return h(
    "section",
    { id: "compare", class: "panel", "aria-labelledby": "compare-title" },
    h("h2", { id: "compare-title" }, words.compareTitle),
    h("p", { class: "hint" }, words.compareHelp),
    h("div", { class: "encodings" }, slot("a"), slot("b")),
    h(
      "button",
      { type: "button", id: "compare-button", class: "primary", onclick: () => result.replaceChildren(comparisonView(current, lang, words)) },
      words.compare,
    ),
    result,
  );
}
