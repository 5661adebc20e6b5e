import { applyIncidentPatches, editIncidentWithPatches, IncidentError, type Incident, type Issue, type Patch } from "contested";

/** What an edit does to the incident's draft: immer's recipe, as {@link editIncidentWithPatches} takes it. */
export type Recipe = Parameters<typeof editIncidentWithPatches>[1];

/** One edit, kept as the library's immer patches: forward to redo it, inverse to undo it. */
export interface Step {
  readonly patches: readonly Patch[];
  readonly inverse: readonly Patch[];
}

/** The incident and its edits: undo pops `undo` and applies the inverse patches, redo the reverse. */
export interface History {
  readonly incident: Incident;
  readonly undo: readonly Step[];
  readonly redo: readonly Step[];
}

/** What an edit gives: the new history, or the issues that refused it (the incident unchanged). */
export type EditOutcome = { readonly ok: true; readonly history: History } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * How many steps back undo reaches: older ones are dropped, so that the saved page stays small.
 *
 * @example
 * edit(historyOf201Steps, rename).history.undo.length
 * //=> UNDO_DEPTH
 */
export const UNDO_DEPTH = 200;

/**
 * Applies an edit through {@link editIncidentWithPatches}: the incident is
 * checked as `parseIncident` checks it, and an invalid edit is refused with
 * its issues (each with its path, for the field it is about). An edit that
 * changes nothing leaves the history as it is.
 *
 * @example
 * edit(history, (draft) => { draft.title = "Niafunké"; })
 * //=> { ok: true, history: { incident: { …, title: "Niafunké" }, undo: [step], redo: [] } }
 */
export function edit(history: History, recipe: Recipe): EditOutcome {
  try {
    const { incident, patches, inversePatches } = editIncidentWithPatches(history.incident, recipe);
    if (patches.length === 0) return { ok: true, history };
    return { ok: true, history: { incident, undo: [...history.undo, { patches, inverse: inversePatches }].slice(-UNDO_DEPTH), redo: [] } };
  } catch (error) {
    if (IncidentError.is(error)) return { ok: false, issues: error.issues };
    throw error;
  }
}

/**
 * Takes back the last edit with its inverse patches ({@link applyIncidentPatches}).
 *
 * @example
 * undo(edit(history, rename).history).incident.title === history.incident.title
 * //=> true
 */
export function undo(history: History): History {
  const step = history.undo.at(-1);
  if (step === undefined) return history;
  return { incident: applyIncidentPatches(history.incident, step.inverse), undo: history.undo.slice(0, -1), redo: [...history.redo, step] };
}

/**
 * Makes again the last edit undone, with its forward patches.
 *
 * @example
 * redo(undo(edited)).incident === edited.incident
 * //=> false (an equal copy)
 */
export function redo(history: History): History {
  const step = history.redo.at(-1);
  if (step === undefined) return history;
  return { incident: applyIncidentPatches(history.incident, step.patches), undo: [...history.undo, step], redo: history.redo.slice(0, -1) };
}
