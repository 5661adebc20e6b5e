import type { Incident } from "contested";
import { type ClaimField, claimControls, SCOPE_COLUMN } from "./claimFields.js";
import { claimText } from "./claimEdits.js";
import { h } from "./dom.js";
import type { UiLang, Words } from "./words.js";

/** What the table asks of the page: an edit to check and apply, a claim to add or delete. */
export interface TableActions {
  readonly onfield: (index: number, field: ClaimField, text: string) => void;
  readonly onadd: () => void;
  readonly ondelete: (index: number) => void;
}

/** What the table shows besides the incident: the claims' value cells and those a contradiction sets against another. */
export interface TableView {
  readonly incident: Incident;
  readonly cells: ReadonlyMap<string, string>;
  readonly contradicted: ReadonlySet<string>;
  readonly lang: UiLang;
  readonly words: Words;
}

/** The first line of a claim's rows, a column each; the scope and the quote go on the second line, each field named beside it. */
const COLUMNS: readonly ClaimField[] = ["id", "source", "facet", "value", "hedge", "not"];
const SECOND_LINE: readonly ClaimField[] = [...SCOPE_COLUMN, "quote"];

/**
 * The incident as a table of claims, two lines each (what is said, then its
 * scope and quote), every field a labelled control: facets, hedges, groups
 * and items from the vocabulary, sources, actors and places from the
 * incident. A claim a contradiction touches is marked ⚑.
 *
 * @example
 * claimTable(view, actions).querySelectorAll("tr[data-claim]").length
 * //=> view.incident.claims.length
 */
export function claimTable(view: TableView, actions: TableActions): HTMLElement {
  const { incident, words, lang } = view;
  const headers = COLUMNS.map((field) => words.fields[field]);
  const groups = incident.claims.map((claim, index) => {
    const controls = claimControls({
      prefix: `claim-${index}`,
      claim: claimText(claim, view.cells.get(claim.id) ?? ""),
      entries: incident,
      incident,
      lang,
      words,
      visibleLabels: false,
      name: claim.id,
      fields: [...COLUMNS, ...SECOND_LINE],
      onchange: (field, text) => actions.onfield(index, field, text),
    });
    const first = controls.slice(0, COLUMNS.length).map((control, i) => h("td", { class: `col-${COLUMNS[i]}` }, control));
    const second = controls
      .slice(COLUMNS.length)
      .map((control, i) =>
        h(
          "div",
          { class: `scope-field col-${SECOND_LINE[i]}` },
          h("span", { class: "scope-name", "aria-hidden": "true" }, words.fields[SECOND_LINE[i]!]),
          control,
        ),
      );
    const contradicted = view.contradicted.has(claim.id);
    return h(
      "tbody",
      { class: contradicted ? "claim contradicted" : "claim" },
      h(
        "tr",
        { "data-claim": claim.id },
        h("th", { scope: "row", rowspan: 2, class: "row-number" }, String(index + 1), contradicted ? h("span", { class: "flag" }, " ⚑") : null),
        first,
      ),
      h(
        "tr",
        { class: "second-line" },
        h(
          "td",
          { colspan: COLUMNS.length },
          h(
            "div",
            { class: "scope-line" },
            second,
            h("button", { type: "button", class: "quiet delete", "aria-label": words.deleteClaim(claim.id), onclick: () => actions.ondelete(index) }, "✕"),
          ),
        ),
      ),
    );
  });
  const canAdd = incident.sources.length > 0;
  return h(
    "section",
    { id: "claims", class: "panel", "aria-labelledby": "claims-title", tabindex: "-1" },
    h("h2", { id: "claims-title" }, words.claimsTitle),
    h("p", { class: "hint" }, incident.claims.length === 0 ? words.noClaims : words.claimsCaption(incident.claims.length)),
    incident.claims.length === 0 ? null : h("p", { class: "hint", id: "value-help" }, `${words.fields.value}: ${words.valueHelp}`),
    incident.claims.length === 0
      ? null
      : h(
          "div",
          { class: "table-scroll", role: "region", "aria-labelledby": "claims-title", tabindex: "0" },
          h(
            "table",
            { class: "claims" },
            h(
              "thead",
              {},
              h(
                "tr",
                {},
                h("th", { scope: "col" }, "#"),
                headers.map((text) => h("th", { scope: "col" }, text)),
              ),
            ),
            groups,
          ),
        ),
    h("div", { class: "issues", id: "claims-issues", role: "alert", hidden: true }),
    h(
      "button",
      { type: "button", id: "add-claim", disabled: !canAdd, "aria-describedby": canAdd ? undefined : "need-source", onclick: actions.onadd },
      words.addClaim,
    ),
    canAdd ? null : h("p", { class: "hint", id: "need-source" }, words.needSource),
  );
}
