import { normalizeName, SourceKindSchema, type Incident } from "contested";
import { h } from "./dom.js";
import { selectField, textField } from "./fields.js";
import type { Recipe } from "./history.js";
import { entryChoices } from "./vocabularyChoices.js";
import type { Words } from "./words.js";

/** The lists of entries the panel edits. */
export type EntryList = "sources" | "actors" | "places";

/** What the panel asks of the page: an edit to check and apply, and the id of the control it comes from. */
export type ApplyEdit = (recipe: Recipe) => void;

/** An id made from a name, as the drafter makes them, numbered when taken. */
function idFor(name: string, taken: readonly { id: string }[]): string {
  const base = normalizeName(name).replace(/ /gu, "-").slice(0, 48) || "entry";
  let id = base;
  for (let n = 2; taken.some((e) => e.id === id); n += 1) id = `${base}-${n}`;
  return id;
}

/** The columns each list shows besides the name: the kind of a source and the side it speaks for, the place a place is in. */
const EXTRA: Readonly<Record<EntryList, (incident: Incident, index: number, words: Words, apply: ApplyEdit) => HTMLElement[]>> = {
  sources: (incident, i, words, apply) => {
    const source = incident.sources[i]!;
    return [
      selectField(
        {
          id: `sources-${i}-kind`,
          label: `${words.kind} — ${source.name}`,
          visibleLabel: false,
          onchange: (kind) => apply((d) => void (d.sources[i]!.kind = kind as typeof source.kind)),
        },
        SourceKindSchema.options.map((k) => [k, words.sourceKinds[k]] as const),
        source.kind,
      ),
      selectField(
        {
          id: `sources-${i}-actor`,
          label: `${words.speaksFor} — ${source.name}`,
          visibleLabel: false,
          onchange: (actor) =>
            apply((d) => {
              if (actor === "") delete d.sources[i]!.actor;
              else d.sources[i]!.actor = actor;
            }),
        },
        entryChoices(incident.actors, true),
        source.actor ?? "",
      ),
    ];
  },
  actors: (incident, i, words, apply) => {
    const actor = incident.actors[i]!;
    return [
      textField(
        {
          id: `actors-${i}-kind`,
          label: `${words.kind} — ${actor.name}`,
          visibleLabel: false,
          onchange: (kind) =>
            apply((d) => {
              if (kind.trim() === "") delete d.actors[i]!.kind;
              else d.actors[i]!.kind = kind.trim();
            }),
        },
        actor.kind ?? "",
      ),
    ];
  },
  places: (incident, i, words, apply) => {
    const place = incident.places[i]!;
    return [
      selectField(
        {
          id: `places-${i}-in`,
          label: `${words.placeIn} — ${place.name}`,
          visibleLabel: false,
          onchange: (within) =>
            apply((d) => {
              if (within === "") delete d.places[i]!.in;
              else d.places[i]!.in = within;
            }),
        },
        entryChoices(
          incident.places.filter((p) => p.id !== place.id),
          true,
        ),
        place.in ?? "",
      ),
    ];
  },
};

const HEADERS: Readonly<Record<EntryList, (words: Words) => string[]>> = {
  sources: (w) => [w.name, w.kind, w.speaksFor],
  actors: (w) => [w.name, w.kind],
  places: (w) => [w.name, w.placeIn],
};

function entryTable(list: EntryList, incident: Incident, words: Words, apply: ApplyEdit): HTMLElement {
  const entries = incident[list];
  const newId = `new-${list}`;
  const input = h("input", { type: "text", id: newId, autocomplete: "off" });
  const add = () => {
    const name = input.value.trim();
    if (name === "") return input.focus();
    const id = idFor(name, entries);
    apply((d) => {
      if (list === "sources") d.sources.push({ id, name, kind: "other" });
      else d[list].push({ id, name });
    });
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") add();
  });
  return h(
    "div",
    { class: "entry-list" },
    h("h3", { id: `${list}-title` }, words[list]),
    entries.length === 0
      ? null
      : h(
          "table",
          { class: "entries", "aria-labelledby": `${list}-title` },
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              HEADERS[list](words).map((t) => h("th", { scope: "col" }, t)),
              h("th", { scope: "col" }, words.actions),
            ),
          ),
          h(
            "tbody",
            {},
            entries.map((entry, i) =>
              h(
                "tr",
                {},
                h(
                  "td",
                  {},
                  textField(
                    {
                      id: `${list}-${i}-name`,
                      label: `${words.name} — ${entry.id}`,
                      visibleLabel: false,
                      onchange: (name) => apply((d) => void (d[list][i]!.name = name.trim())),
                    },
                    entry.name,
                  ),
                ),
                EXTRA[list](incident, i, words, apply).map((control) => h("td", {}, control)),
                h(
                  "td",
                  {},
                  h(
                    "button",
                    {
                      type: "button",
                      class: "quiet",
                      id: `${list}-${i}-delete`,
                      "aria-label": words.deleteEntry(entry.name),
                      onclick: () => apply((d) => void d[list].splice(i, 1)),
                    },
                    "✕",
                  ),
                ),
              ),
            ),
          ),
        ),
    h("div", { class: "add-entry" }, h("label", { for: newId }, words.newName[list]), input, h("button", { type: "button", onclick: add }, words.add[list])),
  );
}

/**
 * The incident's own fields (id, title, language of the quotes) and its
 * sources, actors and places: rename, change, delete (refused, with the
 * claims that still refer to it, when some do), add by name.
 *
 * @example
 * entriesPanel(incident, WORDS.en, apply).querySelectorAll("h3").length
 * //=> 3
 */
export function entriesPanel(incident: Incident, words: Words, apply: ApplyEdit): HTMLElement {
  return h(
    "section",
    { id: "entries", class: "panel", "aria-labelledby": "entries-title" },
    h("h2", { id: "entries-title" }, words.entriesTitle),
    h(
      "div",
      { class: "incident-fields" },
      textField({ id: "incident-id", label: words.incidentId, visibleLabel: true, onchange: (id) => apply((d) => void (d.id = id.trim())) }, incident.id),
      textField(
        {
          id: "incident-title",
          label: words.incidentName,
          visibleLabel: true,
          onchange: (title) =>
            apply((d) => {
              if (title.trim() === "") delete d.title;
              else d.title = title.trim();
            }),
        },
        incident.title ?? "",
      ),
      selectField(
        {
          id: "incident-lang",
          label: words.incidentLang,
          visibleLabel: true,
          onchange: (lang) =>
            apply((d) => {
              if (lang === "") delete d.lang;
              else d.lang = lang;
            }),
        },
        [
          ["", "—"],
          ["fr", "français"],
          ["en", "English"],
        ],
        incident.lang ?? "",
      ),
    ),
    h("div", { class: "issues", id: "entries-issues", role: "alert", hidden: true }),
    (["sources", "actors", "places"] as const).map((list) => entryTable(list, incident, words, apply)),
  );
}
