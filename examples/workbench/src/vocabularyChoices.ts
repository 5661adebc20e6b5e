import { conflict, type Incident, type ValueKind } from "contested";
import type { UiLang } from "./words.js";

/**
 * The vocabulary the page works in: the library's `conflict`.
 *
 * @example
 * VOCABULARY.name
 * //=> "conflict"
 */
export const VOCABULARY = conflict;

type LabelKind = "facets" | "values" | "groups" | "items";

/**
 * A name as the interface shows it: the vocabulary's label in French, the name itself (hyphens as spaces) in English.
 *
 * @example
 * [label("facets", "killed", "fr"), label("facets", "captured-persons", "en")]
 * //=> ["tués", "captured persons"]
 */
export function label(kind: LabelKind, name: string, lang: UiLang): string {
  const words = VOCABULARY.labels?.[lang]?.[kind];
  return words && Object.hasOwn(words, name) ? words[name]! : name.replace(/-/gu, " ");
}

/**
 * The facets as `[name, label]` choices, in the vocabulary's order.
 *
 * @example
 * facetChoices("fr")[0]
 * //=> ["occurred", "date"]
 */
export function facetChoices(lang: UiLang): [string, string][] {
  return Object.keys(VOCABULARY.facets).map((facet) => [facet, label("facets", facet, lang)]);
}

/**
 * The kind of a facet's answer (`text` for a facet the vocabulary does not know, which the check then names).
 *
 * @example
 * [kindOf("killed"), kindOf("control"), kindOf("nonsense")]
 * //=> ["quantity", "category", "text"]
 */
export function kindOf(facet: string): ValueKind {
  return Object.hasOwn(VOCABULARY.facets, facet) ? VOCABULARY.facets[facet]!.kind : "text";
}

/**
 * A category facet's values as choices.
 *
 * @example
 * valueChoices("control", "fr")[0]
 * //=> ["captured", "pris"]
 */
export function valueChoices(facet: string, lang: UiLang): [string, string][] {
  const values = Object.hasOwn(VOCABULARY.facets, facet) ? (VOCABULARY.facets[facet]!.values ?? []) : [];
  return values.map((value) => [value, label("values", value, lang)]);
}

/**
 * The groups of people, with a blank choice first.
 *
 * @example
 * groupChoices("en").map(([group]) => group)
 * //=> ["", "soldiers", "combatants", "persons", "civilians"]
 */
export function groupChoices(lang: UiLang): [string, string][] {
  const groups = new Set(Object.entries(VOCABULARY.groups ?? {}).flatMap(([group, wholes]) => [group, ...wholes]));
  return [["", "—"], ...[...groups].map((g): [string, string] => [g, label("groups", g, lang)])];
}

/**
 * The items counted: the vocabulary's and the incident's own, with a blank choice first.
 *
 * @example
 * itemChoices(emptyIncident(), "fr")[1]
 * //=> ["vehicles", "véhicules"]
 */
export function itemChoices(incident: Incident, lang: UiLang): [string, string][] {
  const own = (incident.items ?? []).map((item): [string, string] => [item.id, item.name ?? item.id]);
  return [["", "—"], ...own, ...Object.keys(VOCABULARY.items ?? {}).map((item): [string, string] => [item, label("items", item, lang)])];
}

/**
 * Entries of the incident (actors, places or sources) as choices by id, optionally with a blank one first.
 *
 * @example
 * entryChoices([{ id: "rfi", name: "RFI" }], true)
 * //=> [["", "—"], ["rfi", "RFI"]]
 */
export function entryChoices(entries: readonly { id: string; name: string }[], blank: boolean): [string, string][] {
  return [...(blank ? [["", "—"] as [string, string]] : []), ...entries.map((e): [string, string] => [e.id, e.name])];
}

/**
 * The value a claim takes when its facet changes to one whose kind its old
 * value does not fit: one per kind, so that a new kind does not compile
 * until it has one. `undefined` when the incident has nothing to offer (no
 * place, no actor): the check then says what is missing.
 *
 * @example
 * DEFAULT_VALUE.category(incident, "control")
 * //=> "captured"
 */
export const DEFAULT_VALUE: Readonly<Record<ValueKind, (incident: Incident, facet: string) => unknown>> = {
  quantity: () => "unknown",
  category: (_incident, facet) => VOCABULARY.facets[facet]?.values?.[0],
  set: (_incident, facet) => VOCABULARY.facets[facet]?.values?.slice(0, 1) ?? [],
  time: () => new Date().toISOString().slice(0, 10),
  place: (incident) => incident.places[0]?.id,
  actor: (incident) => incident.actors[0]?.id,
  text: () => "?",
};

/**
 * How the value of each kind is edited: chosen from a list (categories, places, actors) or typed as a sheet cell.
 *
 * @example
 * VALUE_CONTROL[kindOf("perpetrator")]
 * //=> "actor"
 */
export const VALUE_CONTROL: Readonly<Record<ValueKind, "cell" | "category" | "place" | "actor">> = {
  quantity: "cell",
  category: "category",
  set: "cell",
  time: "cell",
  place: "place",
  actor: "actor",
  text: "cell",
};
