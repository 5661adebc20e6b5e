import { HedgeSchema, type Incident } from "contested";
import { checkField, selectField, textField } from "./fields.js";
import { entryChoices, facetChoices, groupChoices, itemChoices, kindOf, VALUE_CONTROL, valueChoices } from "./vocabularyChoices.js";
import type { UiLang, Words } from "./words.js";

/**
 * The fields of a claim a person edits, in the order the table and the review show them.
 *
 * @example
 * CLAIM_FIELDS.includes("hedge")
 * //=> true
 */
export const CLAIM_FIELDS = ["id", "source", "facet", "party", "group", "place", "item", "when", "target", "value", "not", "hedge", "quote"] as const;

/** One of {@link CLAIM_FIELDS}. */
export type ClaimField = (typeof CLAIM_FIELDS)[number];

/**
 * The scope fields, as the table groups them in one column.
 *
 * @example
 * SCOPE_COLUMN.length
 * //=> 6
 */
export const SCOPE_COLUMN: readonly ClaimField[] = ["party", "group", "place", "item", "when", "target"];

/** A claim as its controls show it: every field as text (`value` as a sheet cell, or an id; `not` as `"true"` or `""`). */
export type ClaimText = Readonly<Record<ClaimField, string>>;

/** Where the choices of sources, actors and places come from: the incident, and for a drafted claim the draft's too. */
export interface Entries {
  readonly sources: readonly { id: string; name: string }[];
  readonly actors: readonly { id: string; name: string }[];
  readonly places: readonly { id: string; name: string }[];
}

/** The settings every control of one claim shares. */
export interface ClaimControls {
  /** Prefix of the controls' ids: `claim-3` gives `claim-3-value`. */
  readonly prefix: string;
  readonly claim: ClaimText;
  readonly entries: Entries;
  readonly incident: Incident;
  readonly lang: UiLang;
  readonly words: Words;
  /** Labels: visible (the review's cards) or for assistive technology (the table, whose headers show them). */
  readonly visibleLabels: boolean;
  /** Names the claim in hidden labels ("Value of claim c3"). */
  readonly name: string;
  readonly fields: readonly ClaimField[];
  readonly onchange: (field: ClaimField, value: string) => void;
}

/** The way each field is edited: one maker per field, so that a new field does not compile without one. */
const MAKERS: Readonly<Record<ClaimField, (c: ClaimControls, spec: Parameters<typeof textField>[0]) => HTMLElement>> = {
  id: (c, spec) => textField(spec, c.claim.id),
  source: (c, spec) => selectField(spec, entryChoices(c.entries.sources, false), c.claim.source),
  facet: (c, spec) => selectField(spec, facetChoices(c.lang), c.claim.facet),
  party: (c, spec) => selectField(spec, entryChoices(c.entries.actors, true), c.claim.party),
  group: (c, spec) => selectField(spec, groupChoices(c.lang), c.claim.group),
  place: (c, spec) => selectField(spec, entryChoices(c.entries.places, true), c.claim.place),
  item: (c, spec) => selectField(spec, itemChoices(c.incident, c.lang), c.claim.item),
  when: (c, spec) => textField(spec, c.claim.when),
  target: (c, spec) => textField(spec, c.claim.target),
  value: (c, spec) => {
    const control = VALUE_CONTROL[kindOf(c.claim.facet)];
    if (control === "category") return selectField(spec, valueChoices(c.claim.facet, c.lang), c.claim.value);
    if (control === "place") return selectField(spec, entryChoices(c.entries.places, false), c.claim.value);
    if (control === "actor") return selectField(spec, entryChoices(c.entries.actors, false), c.claim.value);
    if (c.visibleLabels) return textField({ ...spec, hint: c.words.valueHelp }, c.claim.value);
    const field = textField(spec, c.claim.value);
    field.querySelector("input")?.setAttribute("aria-describedby", "value-help");
    return field;
  },
  not: (c, spec) => checkField({ ...spec, label: `${spec.label} (${c.words.notHelp})` }, c.claim.not === "true"),
  hedge: (c, spec) =>
    selectField(
      spec,
      HedgeSchema.options.map((hedge) => [hedge, c.words.hedges[hedge]] as const),
      c.claim.hedge,
    ),
  quote: (c, spec) => textField(spec, c.claim.quote),
};

/**
 * The controls of one claim's fields, each labelled, each reporting its
 * change with the field's name.
 *
 * @example
 * claimControls({ prefix: "claim-0", fields: ["value"], … })[0].querySelector("input").id
 * //=> "claim-0-value"
 */
export function claimControls(c: ClaimControls): HTMLElement[] {
  return c.fields.map((field) => {
    const label = c.words.fields[field];
    return MAKERS[field](c, {
      id: `${c.prefix}-${field}`,
      label: c.visibleLabels ? label : c.words.fieldOf(label, c.name),
      visibleLabel: c.visibleLabels,
      onchange: (value) => c.onchange(field, value),
    });
  });
}

/**
 * The control a `parseIncident` issue's path is about, for a claim at
 * `claims[index]`: `claims[3].about.party` → `claim-3-party`.
 *
 * @example
 * claimFieldOf(["claims", 3, "about", "party"])
 * //=> { index: 3, field: "party" }
 */
export function claimFieldOf(path: readonly (string | number)[]): { index: number; field: ClaimField } | undefined {
  if (path[0] !== "claims" || typeof path[1] !== "number") return undefined;
  const field = path[2] === "about" ? (path[3] ?? "facet") : path[2];
  return (CLAIM_FIELDS as readonly unknown[]).includes(field) ? { index: path[1], field: field as ClaimField } : undefined;
}
