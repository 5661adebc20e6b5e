import type { Issue, Patch } from "contested";
import { edit, type History, type Recipe, redo, undo } from "./history.js";
import { followRenames, type Review } from "./review.js";
import type { Saved } from "./saved.js";

/**
 * The page with `review` under way, or with none (`null`).
 *
 * @example
 * withReview(state, null).review
 * //=> undefined
 */
export function withReview(state: Saved, review: Review | null): Saved {
  const { review: _replaced, ...rest } = state;
  return review ? { ...rest, review } : rest;
}

/**
 * The page with its incident's history moved by `patches` (an edit, an
 * undo, a redo), the review's cards following the claims they became
 * ({@link followRenames}).
 *
 * @example
 * movedPage(state, edited.history, edited.history.undo.at(-1).patches).history === edited.history
 * //=> true
 */
export function movedPage(state: Saved, history: History, patches: readonly Patch[]): Saved {
  return { ...state, history, ...(state.review ? { review: followRenames(state.review, state.history.incident, patches) } : {}) };
}

/**
 * Opens, replaces or closes the review (`null`), with an edit of the
 * incident or none: drafting an article, loading a document in place of
 * the incident, a new incident, closing the review. It is one step to undo,
 * which brings back the review that was open, the person's decisions in it
 * as they were; an edit refused gives its issues, and nothing changes.
 *
 * @example
 * undoPage(replaceReview(state, null, () => emptyIncident()).state).review === state.review
 * //=> true (an equal review)
 */
export function replaceReview(
  state: Saved,
  review: Review | null,
  recipe: Recipe = () => undefined,
): { readonly ok: true; readonly state: Saved } | { readonly ok: false; readonly issues: readonly Issue[] } {
  const before = state.review ?? null;
  const outcome = edit(state.history, recipe, before === review ? undefined : { before, after: review });
  return outcome.ok ? { ok: true, state: withReview({ ...state, history: outcome.history }, review) } : outcome;
}

/**
 * The page with its last step taken back: the incident's patches, and the
 * review the step replaced, if it replaced one. Nothing to undo leaves it as
 * it is.
 *
 * @example
 * undoPage(replaceReview(state, null).state).review === state.review
 * //=> true
 */
export function undoPage(state: Saved): Saved {
  const step = state.history.undo.at(-1);
  if (step === undefined) return state;
  const history = undo(state.history, state.review ?? null);
  return step.review ? withReview({ ...state, history }, step.review.before) : movedPage(state, history, step.inverse);
}

/**
 * The page with its last step undone made again, the review it opened or closed with it.
 *
 * @example
 * redoPage(undoPage(closed)).review
 * //=> undefined
 */
export function redoPage(state: Saved): Saved {
  const step = state.history.redo.at(-1);
  if (step === undefined) return state;
  const history = redo(state.history, state.review ?? null);
  return step.review ? withReview({ ...state, history }, step.review.after) : movedPage(state, history, step.patches);
}
