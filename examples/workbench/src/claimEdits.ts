import type { Claim, Incident } from "contested";
import type { ClaimField, ClaimText } from "./claimFields.js";
import type { Recipe } from "./history.js";
import { readValueCell } from "./valueCells.js";
import type { UiLang } from "./words.js";
import { DEFAULT_VALUE, kindOf, VALUE_CONTROL } from "./vocabularyChoices.js";

/**
 * A claim as its controls show it: one in the incident, or one drafted and under review.
 *
 * @example
 * claimText(parseIncident(seed).claims[0], "captured").value
 * //=> "captured"
 */
export function claimText(claim: Pick<Claim, "id" | "source" | "about" | "not" | "hedge" | "quote">, valueCell: string): ClaimText {
  const when = claim.about.when;
  return {
    id: claim.id,
    source: claim.source,
    facet: claim.about.facet,
    party: claim.about.party ?? "",
    group: claim.about.group ?? "",
    place: claim.about.place ?? "",
    item: claim.about.item ?? "",
    when: when === undefined ? "" : typeof when === "string" ? when : `${when.from}/${when.to}`,
    target: claim.about.target ?? "",
    value: valueCell,
    not: claim.not ? "true" : "",
    hedge: claim.hedge ?? "asserted",
    quote: claim.quote ?? "",
  };
}

/**
 * A typed `when`: a date, or `from/to`.
 *
 * @example
 * whenOf("2023-11-24T14:00/2023-11-24T18:00")
 * //=> { from: "2023-11-24T14:00", to: "2023-11-24T18:00" }
 */
export function whenOf(text: string): string | { from: string; to: string } {
  const [from, to, ...rest] = text.split("/").map((part) => part.trim());
  return to !== undefined && rest.length === 0 && from !== "" && to !== "" ? { from: from!, to } : text.trim();
}

/**
 * A claim's value read from what its control holds: a sheet cell, or the id or name chosen from a list.
 *
 * @example
 * claimValueOf("~50", "killed", "fr", "en")
 * //=> { ok: true, value: { approx: 50 } }
 */
export function claimValueOf(text: string, facet: string, lang: string, uiLang: UiLang): { ok: true; value: unknown } | { ok: false; message: string } {
  return VALUE_CONTROL[kindOf(facet)] === "cell" ? readValueCell(text, facet, lang, uiLang) : { ok: true, value: text };
}

type Setter = (claim: Claim, text: string) => void;

const setScope =
  (field: "party" | "group" | "place" | "item" | "target"): Setter =>
  (claim, text) => {
    if (text.trim() === "") delete claim.about[field];
    else claim.about[field] = text.trim();
  };

/** How each field's text goes into a claim, the value aside (it is read first). */
const SETTERS: Readonly<Record<Exclude<ClaimField, "value" | "facet">, Setter>> = {
  id: (claim, text) => {
    claim.id = text.trim();
  },
  source: (claim, text) => {
    claim.source = text;
  },
  party: setScope("party"),
  group: setScope("group"),
  place: setScope("place"),
  item: setScope("item"),
  target: setScope("target"),
  when: (claim, text) => {
    if (text.trim() === "") delete claim.about.when;
    else claim.about.when = whenOf(text);
  },
  not: (claim, text) => {
    if (text === "true") claim.not = true;
    else delete claim.not;
  },
  hedge: (claim, text) => {
    if (text === "asserted") delete claim.hedge;
    else claim.hedge = text as Claim["hedge"];
  },
  quote: (claim, text) => {
    if (text.trim() === "") delete claim.quote;
    else claim.quote = text;
  },
};

/**
 * The edits that set one field of the claim at `index` to what its control
 * holds, to be tried in turn until one is valid: a new facet keeps the value
 * when it fits, else takes the new kind's default; a new id is followed by
 * the claims `basedOn` the old one. A value cell that cannot be read gives
 * its problem instead.
 *
 * @example
 * fieldEdits(incident, 2, "value", "~50", "fr")
 * //=> { recipes: [(draft) => { draft.claims[2].value = { approx: 50 } }] }
 */
export function fieldEdits(incident: Incident, index: number, field: ClaimField, text: string, lang: UiLang): { recipes: Recipe[] } | { problem: string } {
  const claim = incident.claims[index];
  if (claim === undefined) return { recipes: [] };
  const at =
    (change: (claim: Claim) => void): Recipe =>
    (draft) => {
      change(draft.claims[index] as Claim);
    };
  if (field === "value") {
    const read = claimValueOf(text, claim.about.facet, incident.lang ?? lang, lang);
    if (!read.ok) return { problem: read.message };
    return { recipes: [at((c) => (c.value = read.value as Claim["value"]))] };
  }
  if (field === "facet") {
    const fallback = DEFAULT_VALUE[kindOf(text)](incident, text);
    return {
      recipes: [
        at((c) => (c.about.facet = text)),
        at((c) => {
          c.about.facet = text;
          c.value = fallback as Claim["value"];
        }),
      ],
    };
  }
  if (field === "id") {
    // The claims based on this one follow it to its new id, as the claim is still the one they repeat.
    const [from, to] = [claim.id, text.trim()];
    return {
      recipes: [
        (draft) => {
          SETTERS.id(draft.claims[index] as Claim, text);
          for (const other of draft.claims) if (other.basedOn?.includes(from)) other.basedOn = other.basedOn.map((ref) => (ref === from ? to : ref));
        },
      ],
    };
  }
  return { recipes: [at((c) => SETTERS[field](c, text))] };
}

/**
 * A new claim, valid from the start so that it can be checked like any
 * other: the first source, a count of people killed, the source's answer
 * not known yet. Its id is the first `claim-N` free.
 *
 * @example
 * newClaim(incident).value
 * //=> "unknown"
 */
export function newClaim(incident: Incident): Claim | undefined {
  const source = incident.sources[0];
  if (source === undefined) return undefined;
  const taken = new Set(incident.claims.map((c) => c.id));
  let n = incident.claims.length + 1;
  while (taken.has(`claim-${n}`)) n += 1;
  return { id: `claim-${n}`, source: source.id, about: { facet: "killed" }, value: "unknown" };
}
