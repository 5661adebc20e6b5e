import { enablePatches, Immer, type Draft, type Patch } from "immer";
import { IncidentError, makeIssue } from "../errors/contestedError.js";
import { suggester } from "../errors/didYouMean.js";
import type { Claim } from "../model/claim.js";
import { copyData } from "../model/copyData.js";
import type { Incident } from "../model/incident.js";
import { parseIncident, type ParseOptions } from "../parse/parseIncident.js";

enablePatches();

/** A private Immer: its settings never leak into the caller's own use of immer. */
const immer = new Immer({ autoFreeze: true });

/** An edit and its audit trail: the new incident, the patches that made it, and the patches that undo it. */
export interface EditResult {
  readonly incident: Incident;
  /** JSON Patch-like operations (immer's format) from the old incident to the new one. */
  readonly patches: readonly Patch[];
  /** The operations that take the new incident back to the old one. */
  readonly inversePatches: readonly Patch[];
}

/**
 * Edits an incident immutably and records the edit as patches, so that a
 * tool can keep an audit trail of edits and replay or undo it with
 * {@link applyIncidentPatches}. The recipe works on a draft; the input is
 * never touched. The result is checked like any incident (it must stay
 * valid) and deeply frozen.
 *
 * @param incident - A checked incident.
 * @param recipe - Changes the draft in place (immer's rules: mutate, or return a replacement).
 * @param options - {@link ParseOptions}: the vocabulary the result is checked against.
 * @returns The new incident with its patches and inverse patches.
 * @throws {IncidentError} when the edit would make the incident invalid; nothing is changed.
 *
 * @example
 * const { incident: edited, patches } = editIncidentWithPatches(incident, (draft) => {
 *   draft.title = "Attaques de Niafunké et Goundam";
 * });
 * patches
 * //=> [{ op: "replace", path: ["title"], value: "Attaques de Niafunké et Goundam" }]
 */
export function editIncidentWithPatches(incident: Incident, recipe: (draft: Draft<Incident>) => void, options: ParseOptions = {}): EditResult {
  const [next, patches, inversePatches] = immer.produceWithPatches(incident, recipe);
  return { incident: parseIncident(next, options), patches, inversePatches };
}

/**
 * Edits an incident immutably: like {@link editIncidentWithPatches}, without the patches.
 *
 * @example
 * editIncident(incident, (draft) => { draft.lang = "fr"; }).lang
 * //=> "fr"
 */
export function editIncident(incident: Incident, recipe: (draft: Draft<Incident>) => void, options: ParseOptions = {}): Incident {
  return editIncidentWithPatches(incident, recipe, options).incident;
}

/**
 * Returns a new incident with `claims` appended, checked and frozen.
 *
 * @param incident - A checked incident.
 * @param claims - The claims to add; their ids must be new.
 * @returns The new incident.
 * @throws {IncidentError} when a claim is invalid or its id is taken.
 *
 * @example
 * addClaims(incident, [{ id: "rfi-date", source: "rfi", about: { facet: "occurred" }, value: "2023-11-24" }]).claims.length
 * //=> incident.claims.length + 1
 */
export function addClaims(incident: Incident, claims: readonly Claim[], options: ParseOptions = {}): Incident {
  return addClaimsWithPatches(incident, claims, options).incident;
}

/**
 * {@link addClaims}, with the patches that record the edit.
 *
 * @example
 * addClaimsWithPatches(incident, [claim]).patches[0].op
 * //=> "add"
 */
export function addClaimsWithPatches(incident: Incident, claims: readonly Claim[], options: ParseOptions = {}): EditResult {
  return editIncidentWithPatches(
    incident,
    (draft) => {
      // A claim that cannot be copied goes in as it is, and the check of the edited incident names what is wrong with it.
      const copied = copyData(claims);
      draft.claims.push(...((copied.ok ? copied.value : claims) as Draft<Claim>[]));
    },
    options,
  );
}

/**
 * Returns a new incident without the claims whose ids are given. Removing a
 * claim that another claim is `basedOn` is refused: the library never drops
 * a link silently.
 *
 * @param incident - A checked incident.
 * @param ids - The ids of the claims to remove; each must exist.
 * @returns The new incident.
 * @throws {IncidentError} when an id is unknown or a remaining claim is based on a removed one.
 *
 * @example
 * removeClaims(incident, ["em-no-toll"]).claims.some((c) => c.id === "em-no-toll")
 * //=> false
 */
export function removeClaims(incident: Incident, ids: readonly string[], options: ParseOptions = {}): Incident {
  return removeClaimsWithPatches(incident, ids, options).incident;
}

/**
 * {@link removeClaims}, with the patches that record the edit.
 *
 * @example
 * removeClaimsWithPatches(incident, ["em-no-toll"]).patches[0].op
 * //=> "remove"
 */
export function removeClaimsWithPatches(incident: Incident, ids: readonly string[], options: ParseOptions = {}): EditResult {
  const known = incident.claims.map((c) => c.id);
  const suggest = suggester(known);
  const unknown = ids.flatMap((id, i) =>
    known.includes(id)
      ? []
      : [makeIssue("unknown-reference", ["ids", i], { what: "claim", name: id, suggestion: suggest(id), known: known.slice(0, 10), knownCount: known.length })],
  );
  if (unknown.length > 0) throw new IncidentError(unknown);
  const removed = new Set(ids);
  return editIncidentWithPatches(
    incident,
    (draft) => {
      for (let i = draft.claims.length - 1; i >= 0; i--) if (removed.has(draft.claims[i]!.id)) draft.claims.splice(i, 1);
    },
    options,
  );
}

/**
 * Replays recorded patches (from the functions above) on an incident, e.g.
 * to rebuild an incident from its audit trail or to undo an edit with its
 * inverse patches. The result is checked and frozen.
 *
 * @param incident - A checked incident.
 * @param patches - Patches recorded by an edit.
 * @returns The patched incident.
 * @throws {IncidentError} when the result is invalid.
 *
 * @example
 * const { incident: edited, inversePatches } = addClaimsWithPatches(incident, [claim]);
 * applyIncidentPatches(edited, inversePatches).claims.length
 * //=> incident.claims.length
 */
export function applyIncidentPatches(incident: Incident, patches: readonly Patch[], options: ParseOptions = {}): Incident {
  return parseIncident(immer.applyPatches(incident, [...patches]), options);
}
