import { type Claim, formatReport, type Incident, type Readings, type Reconciliation, type ValueKind } from "contested";
import { h } from "./dom.js";
import { kindOf, label } from "./vocabularyChoices.js";
import type { UiLang, Words } from "./words.js";

/** What the live panels read: the reconciliation of the incident, its readings, and each claim's value cell. */
export interface Insight {
  readonly incident: Incident;
  readonly result: Reconciliation;
  readonly readings: Readings;
  readonly cells: ReadonlyMap<string, string>;
  readonly lang: UiLang;
  readonly words: Words;
}

/**
 * The library's HTML report (a fragment with its own style, the contested
 * questions first), live. The report escapes every text it writes, so it
 * is the one piece of HTML the page puts in as HTML.
 *
 * @example
 * reportPanel(insight).querySelector(".contested-report") !== null
 * //=> true
 */
export function reportPanel(insight: Insight): HTMLElement {
  // Its tables may be wider than the panel: the body scrolls, and takes the focus so that a keyboard can scroll it.
  const body = h("div", { class: "report-body", role: "region", "aria-labelledby": "report-title", tabindex: "0" });
  body.innerHTML = formatReport(insight.result, { format: "html", lang: insight.lang });
  // The report's own title is this panel's; its headings step down one level under the panel's h2.
  for (const heading of body.querySelectorAll("h2, h3, h4")) {
    const level = Number(heading.tagName[1]);
    const lower = document.createElement(`h${Math.min(level + 1, 6)}`);
    lower.append(...heading.childNodes);
    for (const { name, value } of heading.attributes) lower.setAttribute(name, value);
    heading.replaceWith(lower);
  }
  return h("section", { id: "report", class: "panel", "aria-labelledby": "report-title" }, h("h2", { id: "report-title" }, insight.words.reportTitle), body);
}

/**
 * A question as a person reads it: the facet's label, then its scope with
 * names for ids (« tués (partie Forces armées maliennes, lieu Niafunké) »).
 *
 * @example
 * questionLabel(insight, "killed|party=fama|place=niafunke")
 * //=> "killed (party Forces armées maliennes, place Niafunké)"
 */
export function questionLabel(insight: Insight, key: string): string {
  const question = insight.result.questions.find((q) => q.key === key);
  if (question === undefined) return key;
  const { names } = insight.result;
  const nameOf: Readonly<Record<string, (id: string) => string>> = {
    party: (id) => names.actors[id] ?? id,
    place: (id) => names.places[id] ?? id,
    group: (id) => label("groups", id, insight.lang),
    item: (id) => names.items?.[id] ?? label("items", id, insight.lang),
    target: (id) => names.targets?.[id] ?? id,
  };
  const scope = Object.entries(question.scope).map(([field, id]) => {
    const fieldName = (insight.words.fields as Readonly<Record<string, string>>)[field] ?? field;
    return `${fieldName.toLowerCase()} ${nameOf[field]?.(id ?? "") ?? id}`;
  });
  const facet = label("facets", question.facet, insight.lang);
  return scope.length === 0 ? facet : `${facet} (${scope.join(", ")})`;
}

/** A claim's value in words, by the kind of its facet: labels for names, names for ids, the sheet cell for the rest. */
const VALUE_WORDS: Readonly<Record<ValueKind, (insight: Insight, claim: Claim, cell: string) => string>> = {
  quantity: (_insight, _claim, cell) => cell,
  time: (_insight, _claim, cell) => cell,
  text: (_insight, _claim, cell) => cell,
  category: (insight, claim) => label("values", String(claim.value), insight.lang),
  set: (insight, claim, cell) => (Array.isArray(claim.value) ? claim.value.map((name) => label("values", String(name), insight.lang)).join(", ") : cell),
  place: (insight, claim) => insight.result.names.places[String(claim.value)] ?? String(claim.value),
  actor: (insight, claim) => insight.result.names.actors[String(claim.value)] ?? String(claim.value),
};

/** One claim in an account: who says it, on what question, what. */
function claimLine(insight: Insight, id: string): HTMLElement {
  const claim = insight.incident.claims.find((c) => c.id === id);
  const provenance = insight.result.provenance.find((p) => p.claim === id);
  if (claim === undefined) return h("li", {}, id);
  const facet = label("facets", claim.about.facet, insight.lang);
  return h(
    "li",
    { "data-claim": id },
    h("strong", {}, provenance?.chain ?? claim.source),
    " — ",
    facet,
    ": ",
    h("span", { class: "value" }, `${claim.not ? "¬ " : ""}${VALUE_WORDS[kindOf(claim.about.facet)](insight, claim, insight.cells.get(id) ?? "")}`),
    claim.quote ? [" ", h("q", { lang: claim.lang ?? insight.incident.lang ?? undefined }, claim.quote)] : null,
  );
}

/**
 * The readings as side-by-side accounts: for each knot of contradictions,
 * one column per way its claims can hold together, none ranked; then how
 * many claims stand in every account.
 *
 * @example
 * readingsPanel(insight).querySelectorAll(".account").length
 * //=> 2 (the group's and the army's account of the camp)
 */
export function readingsPanel(insight: Insight): HTMLElement {
  const { readings, words } = insight;
  const letters = (i: number) => String.fromCharCode(65 + (i % 26)) + (i >= 26 ? String(Math.floor(i / 26)) : "");
  const components = readings.components.map((component, c) =>
    h(
      "div",
      { class: "component" },
      h("h3", {}, component.questions.map((key) => questionLabel(insight, key)).join(" · ")),
      component.alternatives.length === 0
        ? h("p", {}, words.readingsCount(component.count, component.exact))
        : h(
            "div",
            { class: "accounts" },
            component.alternatives.map((alternative, a) =>
              h(
                "section",
                { class: "account", "aria-labelledby": `account-${c}-${a}` },
                h("h4", { id: `account-${c}-${a}` }, words.account(letters(a))),
                h(
                  "ul",
                  {},
                  alternative.claims.map((id) => claimLine(insight, id)),
                ),
                alternative.leavesOut.length > 0 ? h("p", { class: "hint" }, `${words.leavesOut}: ${alternative.leavesOut.join(", ")}`) : null,
              ),
            ),
          ),
    ),
  );
  return h(
    "section",
    { id: "readings", class: "panel", "aria-labelledby": "readings-title" },
    h("h2", { id: "readings-title" }, words.readingsTitle),
    readings.components.length === 0
      ? h("p", { id: "no-contradiction" }, words.noContradiction)
      : [h("p", { class: "hint" }, words.readingsHelp), h("p", {}, words.readingsCount(readings.count, readings.exact)), components],
    h("p", { class: "hint" }, words.unopposed(readings.unopposed.claims.length)),
  );
}

/**
 * The agreements between independent origins, those across the sides of the
 * fighting first: the facts both sides give.
 *
 * @example
 * agreementsPanel(insight).querySelector("#across li")?.textContent
 * //=> "Means: shelling, from Communiqué du JNIM and État-major général des Armées."
 */
export function agreementsPanel(insight: Insight): HTMLElement {
  const { result, words } = insight;
  const across = result.agreements.filter((a) => a.acrossParties);
  const other = result.agreements.filter((a) => !a.acrossParties);
  return h(
    "section",
    { id: "agreements", class: "panel", "aria-labelledby": "agreements-title" },
    h("h2", { id: "agreements-title" }, words.agreementsTitle),
    h("h3", {}, words.agreementsAcross),
    across.length === 0
      ? h("p", { id: "across" }, words.noAgreementAcross)
      : h(
          "ul",
          { id: "across" },
          across.map((a) => h("li", {}, a.note)),
        ),
    other.length === 0
      ? null
      : [
          h("h3", {}, words.agreementsOther),
          h(
            "ul",
            {},
            other.map((a) => h("li", {}, a.note)),
          ),
        ],
  );
}
