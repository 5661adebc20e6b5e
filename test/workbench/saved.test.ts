import { afterAll, describe, expect, it } from "vitest";
import type { Incident } from "../../src/index.js";
import { loadWorkbench } from "./loadWorkbench.js";

/** The shapes of review.ts, saved.ts and pageHistory.ts these tests use. */
interface Review {
  readonly text: string;
  readonly items: readonly { readonly status: string }[];
}
interface Page {
  readonly uiLang: "en" | "fr";
  readonly history: { readonly incident: Incident; readonly undo: readonly unknown[]; readonly redo: readonly unknown[] };
  readonly review?: Review;
  readonly intake: { readonly text: string; readonly lang: string };
  readonly compare: { readonly a: string; readonly b: string };
}
type Recipe = (draft: Incident) => Incident | undefined;
interface Modules {
  startReview(text: string, lang: "fr" | "en", incident?: Incident): Review;
  freshState(browserLang: string): Page;
  emptyIncident(): Incident;
  restore(text: string | null, browserLang: string): { state: Page; restored: boolean; dropped: readonly string[] };
  readReview(value: unknown): Review | undefined;
  replaceReview(state: Page, review: Review | null, recipe?: Recipe): { ok: true; state: Page } | { ok: false };
  undoPage(state: Page): Page;
  WORDS: Record<"en" | "fr", { droppedOnReload: Record<"review" | "history", string> }>;
}

const workbench = await loadWorkbench();
const modules = {
  ...(await workbench.load("review")),
  ...(await workbench.load("saved")),
  ...(await workbench.load("pageHistory")),
  ...(await workbench.load("words")),
} as unknown as Modules;
afterAll(() => workbench.close());

const { startReview, freshState, emptyIncident, restore, readReview, replaceReview, undoPage, WORDS } = modules;
const article = "Selon l'armée malienne, 12 soldats ont été tués. Des sources locales parlent d'une cinquantaine de soldats tués.";

const incident = {
  ...emptyIncident(),
  id: "kept",
  sources: [{ id: "rfi", name: "RFI", kind: "media" }],
  claims: [{ id: "c1", source: "rfi", about: { facet: "killed" }, value: 3 }],
} as Incident;

/** A page saved with a review open, and a step to undo that closed another review. */
function savedPage(): Page {
  const first = replaceReview({ ...freshState("en"), history: { incident, undo: [], redo: [] } }, startReview(article, "fr"));
  if (!first.ok) throw new Error("refused");
  const second = replaceReview(first.state, startReview("According to the army, 27 militants were killed.", "en"));
  if (!second.ok) throw new Error("refused");
  return second.state;
}

/** The saved page's JSON with one change made to it, as an old version of the page or a damaged storage would leave it. */
function damaged(change: (saved: Record<string, any>) => void): string {
  const saved = JSON.parse(JSON.stringify(savedPage()));
  change(saved);
  return JSON.stringify(saved);
}

const damages: readonly [string, (saved: Record<string, any>) => void][] = [
  ["a review that is a string", (s) => void (s.review = "review")],
  ["a review with no article", (s) => void delete s.review.text],
  ["a review in another language", (s) => void (s.review.lang = "de")],
  ["a review of an old shape, whose cards have no value cell", (s) => void s.review.items.forEach((i: Record<string, unknown>) => delete i.proposedValue)],
  ["a card whose fields are not text", (s) => void (s.review.items[0].text.value = 12)],
  ["a card with no fields", (s) => void delete s.review.items[0].text],
  ["a card of an unknown status", (s) => void (s.review.items[0].status = "maybe")],
  ["a card whose claim has no scope", (s) => void delete s.review.items[0].claim.about],
  ["a card whose words lie outside the article", (s) => void (s.review.items[0].claim.evidence = { start: 0, end: 10_000 })],
  ["a card with no quote", (s) => void delete s.review.items[0].claim.quote],
  ["cards that are not a list", (s) => void (s.review.items = {})],
  ["a draft that is no incident", (s) => void (s.review.draft.sources = [{ id: 1 }])],
];

describe("a saved review read back", () => {
  it("comes back as it was saved, with the reviews the edits to undo would bring back", () => {
    const page = savedPage();
    const { state, restored, dropped } = restore(JSON.stringify(page), "en");
    expect([restored, dropped]).toEqual([true, []]);
    expect(state).toEqual(page);
    expect(undoPage(state).review?.text).toBe(article);
  });

  it.each(damages)("is closed when it is %s, the incident and its edits kept, and says so in the interface's language", (_, change) => {
    const { state, restored, dropped } = restore(damaged(change), "fr");
    expect([restored, dropped]).toEqual([true, ["review"]]);
    expect(state.review).toBeUndefined();
    expect(state.history.incident).toEqual(incident);
    expect(state.history.undo).toHaveLength(2);
    expect(WORDS.fr.droppedOnReload.review).toMatch(/^Une relecture enregistrée ici n'a pu être relue/u);
    expect(WORDS.en.droppedOnReload.review).toMatch(/^A review saved here could not be read back/u);
  });

  it("closes a review a step to undo would bring back when it does not read back, and keeps the step's edit", () => {
    const { state, dropped } = restore(
      damaged((s) => void delete s.history.undo[1].review.before.items),
      "en",
    );
    expect(dropped).toEqual(["review"]);
    expect(state.review?.text).toMatch(/^According to the army/u);
    expect(state.history.undo).toHaveLength(2);
    expect(undoPage(state).review).toBeUndefined();
  });

  it("lets go of edits to undo that are not patches, keeping the incident", () => {
    const { state, dropped } = restore(
      damaged((s) => void (s.history.undo = [{ patches: "x" }])),
      "en",
    );
    expect(dropped).toEqual(["history"]);
    expect(state.history).toEqual({ incident, undo: [], redo: [] });
  });

  it("never throws, whatever was saved, and starts afresh only when the incident itself does not read back", () => {
    for (const text of ["", "null", "[]", "12", '{"history":1}', '{"history":{"incident":{}}}', '{"review":', "{}"])
      expect(restore(text, "en").restored).toBe(false);
    const odd = restore(JSON.stringify({ history: { incident, undo: "x", redo: null }, review: null, intake: "abc", compare: [1], uiLang: 3 }), "en");
    expect(odd).toMatchObject({ restored: true, state: { uiLang: "en", intake: { text: "", lang: "auto" }, compare: { a: "", b: "" } } });
    expect(odd.state.review).toBeUndefined();
  });

  it("reads a review just drafted as a review, and anything else as none", () => {
    const review = startReview(article, "fr");
    expect(readReview(JSON.parse(JSON.stringify(review)))).toEqual(review);
    expect([readReview(null), readReview([]), readReview({ text: "", lang: "fr", items: [] })]).toEqual([undefined, undefined, undefined]);
  });
});
