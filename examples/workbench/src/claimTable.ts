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

const COLUMNS: readonly (readonly ClaimField[])[] = [["id"], ["source"], ["facet"], SCOPE_COLUMN, ["value"], ["not"], ["hedge"], ["quote"]];

/**
 * The incident as a table of claims, one row each, every field a labelled
 * control: facets, hedges, groups and items from the vocabulary, sources,
 * actors and places from the incident. A row a contradiction touches is
 * marked ⚑ (in words for screen readers too).
 *
 * @example
 * claimTable(view, actions).querySelectorAll("tbody tr").length
 * //=> view.incident.claims.length
 */
export function claimTable(view: TableView, actions: TableActions): HTMLElement {
  const { incident, words, lang } = view;
  const headers = [
    words.fields.id,
    words.fields.source,
    words.fields.facet,
    words.scope,
    words.fields.value,
    words.fields.not,
    words.fields.hedge,
    words.fields.quote,
  ];
  const rows = incident.claims.map((claim, index) => {
    const controls = claimControls({
      prefix: `claim-${index}`,
      claim: claimText(claim, view.cells.get(claim.id) ?? ""),
      entries: incident,
      incident,
      lang,
      words,
      visibleLabels: false,
      name: claim.id,
      fields: COLUMNS.flat(),
      onchange: (field, text) => actions.onfield(index, field, text),
    });
    let at = 0;
    const cells = COLUMNS.map((fields) => {
      const held = controls.slice(at, at + fields.length);
      at += fields.length;
      if (fields === SCOPE_COLUMN) {
        return h(
          "td",
          { class: "scope" },
          held.map((control, i) =>
            h("div", { class: "scope-field" }, h("span", { class: "scope-name", "aria-hidden": "true" }, words.fields[fields[i]!]), control),
          ),
        );
      }
      return h("td", { class: `col-${fields[0]}` }, held);
    });
    const contradicted = view.contradicted.has(claim.id);
    return h(
      "tr",
      { "data-claim": claim.id, class: contradicted ? "contradicted" : undefined },
      h("th", { scope: "row", class: "row-number" }, String(index + 1), contradicted ? h("span", { class: "flag", title: "⚑" }, " ⚑") : null),
      cells,
      h("td", {}, h("button", { type: "button", class: "quiet", "aria-label": words.deleteClaim(claim.id), onclick: () => actions.ondelete(index) }, "✕")),
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
                h("th", { scope: "col" }, words.actions),
              ),
            ),
            h("tbody", {}, rows),
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
