import { afterAll, describe, expect, it } from "vitest";
import type { Incident, Issue } from "../../src/index.js";
import { loadWorkbench } from "./loadWorkbench.js";

/** The shapes of review.ts, saved.ts and pageHistory.ts these tests use. */
interface Item {
  readonly status: "pending" | "accepted" | "rejected";
  readonly acceptedAs?: string;
}
interface Review {
  readonly text: string;
  readonly items: readonly Item[];
}
interface Step {
  readonly patches: readonly unknown[];
}
interface Page {
  readonly history: { readonly incident: Incident; readonly undo: readonly Step[]; readonly redo: readonly Step[] };
  readonly review?: Review;
}
type Recipe = (draft: Incident) => Incident | undefined;
type Replaced = { ok: true; state: Page } | { ok: false; issues: readonly Issue[] };
interface Modules {
  startReview(text: string, lang: "fr" | "en", incident?: Incident): Review;
  acceptEdit(review: Review, index: number, incident: Incident, uiLang: "en" | "fr"): { recipe: Recipe; id: string } | { problem: string };
  freshState(browserLang: string): Page;
  emptyIncident(): Incident;
  replaceReview(state: Page, review: Review | null, recipe?: Recipe): Replaced;
  undoPage(state: Page): Page;
  redoPage(state: Page): Page;
  movedPage(state: Page, history: Page["history"], patches: readonly unknown[]): Page;
  edit(history: Page["history"], recipe: Recipe): { ok: true; history: Page["history"] } | { ok: false };
}

const workbench = await loadWorkbench();
const modules = {
  ...(await workbench.load("review")),
  ...(await workbench.load("saved")),
  ...(await workbench.load("history")),
  ...(await workbench.load("pageHistory")),
} as unknown as Modules;
afterAll(() => workbench.close());

const { startReview, acceptEdit, freshState, emptyIncident, replaceReview, undoPage, redoPage, movedPage, edit } = modules;
const toll = "Selon l'armée malienne, 12 soldats ont été tués. Des sources locales parlent d'une cinquantaine de soldats tués.";
const other = "According to the army, 27 militants were killed in Damboa.";

function replaced(outcome: Replaced): Page {
  if (!outcome.ok) throw new Error(`refused: ${outcome.issues.length} issues`);
  return outcome.state;
}

/** A page with the article drafted, its first card accepted and its second rejected. */
function pageWithDecisions(): Page {
  const drafted = replaced(replaceReview(freshState("en"), startReview(toll, "fr")));
  const review = drafted.review!;
  const made = acceptEdit(review, 0, drafted.history.incident, "en");
  if ("problem" in made) throw new Error(made.problem);
  const outcome = edit(drafted.history, made.recipe);
  if (!outcome.ok) throw new Error("accept refused");
  const items = review.items.map((item, i) =>
    i === 0 ? { ...item, status: "accepted" as const, acceptedAs: made.id } : i === 1 ? { ...item, status: "rejected" as const } : item,
  );
  return { ...movedPage(drafted, outcome.history, outcome.history.undo.at(-1)!.patches), review: { ...review, items } };
}

/** A loaded document: the seed's shape, one source and one claim. */
const loaded: Incident = {
  ...emptyIncident(),
  id: "loaded",
  sources: [{ id: "rfi", name: "RFI", kind: "media" }],
  claims: [{ id: "c1", source: "rfi", about: { facet: "killed" }, value: 3 }],
} as Incident;

describe("the page's undo, with a review open", () => {
  it("brings back the review that was open, its decisions with it, when a new incident is undone, and closes it again on redo", () => {
    const before = pageWithDecisions();
    const fresh = replaced(replaceReview(before, null, () => emptyIncident()));
    expect(fresh.review).toBeUndefined();
    expect(fresh.history.incident.claims).toEqual([]);
    const undone = undoPage(fresh);
    expect(undone.review).toEqual(before.review);
    expect(undone.history.incident).toEqual(before.history.incident);
    const redone = redoPage(undone);
    expect(redone.review).toBeUndefined();
    expect(redone.history.incident.claims).toEqual([]);
  });

  it("closes the review of a previous article when a document is loaded in place of the incident, and undo brings both back", () => {
    const before = pageWithDecisions();
    const after = replaced(replaceReview(before, null, () => loaded));
    expect(after.review).toBeUndefined();
    expect(after.history.incident.id).toBe("loaded");
    const undone = undoPage(after);
    expect(undone.review).toEqual(before.review);
    expect(undone.history.incident).toEqual(before.history.incident);
  });

  it("keeps the review an article drafted next replaces, for undo to bring back as it was left, without changing the incident", () => {
    const before = pageWithDecisions();
    const next = replaced(replaceReview(before, startReview(other, "en", before.history.incident)));
    expect(next.review?.text).toBe(other);
    expect(next.history.incident).toBe(before.history.incident);
    const undone = undoPage(next);
    expect(undone.review).toEqual(before.review);
    expect(undone.history.incident).toBe(before.history.incident);
    expect(redoPage(undone).review?.text).toBe(other);
  });

  it("keeps the decisions made in a review brought back by undo when the step is redone and undone again", () => {
    const before = pageWithDecisions();
    const undone = undoPage(replaced(replaceReview(before, null)));
    const reconsidered: Page = {
      ...undone,
      review: { ...undone.review!, items: undone.review!.items.map((item) => ({ ...item, status: "pending" as const })) },
    };
    const again = undoPage(redoPage(reconsidered));
    expect(again.review).toEqual(reconsidered.review);
  });

  it("leaves the review and the incident as they were when the document is refused, with its issues", () => {
    const before = pageWithDecisions();
    const outcome = replaceReview(before, null, () => ({ ...loaded, claims: [{ ...loaded.claims[0]!, source: "nobody" }] }));
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.issues.map((issue) => issue.path)).toEqual([["claims", 0, "source"]]);
  });

  it("makes a new incident with no review open a plain step, which undo takes back without opening one", () => {
    const before = replaced(replaceReview(freshState("en"), null, () => loaded));
    const fresh = replaced(replaceReview(before, null, () => emptyIncident()));
    expect(undoPage(fresh).review).toBeUndefined();
    expect(undoPage(fresh).history.incident.id).toBe("loaded");
  });
});
