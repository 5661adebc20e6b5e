import { applyIncidentPatches, editIncidentWithPatches, IncidentError, type Incident, type Issue, type Patch } from "contested";
import type { Review } from "./review.js";

/** What an edit does to the incident's draft: immer's recipe, as {@link editIncidentWithPatches} takes it. */
export type Recipe = Parameters<typeof editIncidentWithPatches>[1];

/** The review under way before a step and after it (`null`: none), for a step that opens, replaces or closes it. */
export interface ReviewSwap {
  readonly before: Review | null;
  readonly after: Review | null;
}

/**
 * One edit, kept as the library's immer patches: forward to redo it, inverse
 * to undo it. A step that also opened, replaced or closed the review (a new
 * incident, a document loaded, an article drafted, the review closed) keeps
 * both reviews, so that undo brings back the one that was open, as the
 * person had left it, and redo the other.
 */
export interface Step {
  readonly patches: readonly Patch[];
  readonly inverse: readonly Patch[];
  readonly review?: ReviewSwap;
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
 * changes nothing leaves the history as it is, unless it changes the review
 * (`review`): then it is a step of its own, with no patches.
 *
 * @example
 * edit(history, (draft) => { draft.title = "Niafunké"; })
 * //=> { ok: true, history: { incident: { …, title: "Niafunké" }, undo: [step], redo: [] } }
 */
export function edit(history: History, recipe: Recipe, review?: ReviewSwap): EditOutcome {
  try {
    const { incident, patches, inversePatches } = editIncidentWithPatches(history.incident, recipe);
    if (patches.length === 0 && review === undefined) return { ok: true, history };
    const step: Step = { patches, inverse: inversePatches, ...(review ? { review } : {}) };
    return { ok: true, history: { incident: patches.length === 0 ? history.incident : incident, undo: [...history.undo, step].slice(-UNDO_DEPTH), redo: [] } };
  } catch (error) {
    if (IncidentError.is(error)) return { ok: false, issues: error.issues };
    throw error;
  }
}

/**
 * Takes back the last edit with its inverse patches ({@link applyIncidentPatches}).
 * A step that changed the review keeps, for its redo, the review as it is
 * now (`review`), with the person's decisions since.
 *
 * @example
 * undo(edit(history, rename).history).incident.title === history.incident.title
 * //=> true
 */
export function undo(history: History, review: Review | null = null): History {
  const step = history.undo.at(-1);
  if (step === undefined) return history;
  const kept: Step = step.review ? { ...step, review: { ...step.review, after: review } } : step;
  return { incident: applyPatches(history.incident, step.inverse), undo: history.undo.slice(0, -1), redo: [...history.redo, kept] };
}

/**
 * Makes again the last edit undone, with its forward patches. A step that
 * changed the review keeps, for the next undo, the review as it is now
 * (`review`).
 *
 * @example
 * redo(undo(edited)).incident === edited.incident
 * //=> false (an equal copy)
 */
export function redo(history: History, review: Review | null = null): History {
  const step = history.redo.at(-1);
  if (step === undefined) return history;
  const kept: Step = step.review ? { ...step, review: { ...step.review, before: review } } : step;
  return { incident: applyPatches(history.incident, step.patches), undo: [...history.undo, kept], redo: history.redo.slice(0, -1) };
}

/** The incident moved by patches; a step that changed only the review has none, and leaves it as it is. */
function applyPatches(incident: Incident, patches: readonly Patch[]): Incident {
  return patches.length === 0 ? incident : applyIncidentPatches(incident, patches);
}
