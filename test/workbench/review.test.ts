import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Claim, Incident } from "../../src/index.js";
import { loadWorkbench } from "./loadWorkbench.js";

/** The shapes of review.ts, saved.ts and history.ts these tests use. */
interface Item {
  readonly claim: { readonly source: string; readonly value: unknown };
  readonly status: "pending" | "accepted" | "rejected";
  readonly acceptedAs?: string;
  readonly already?: true;
}
interface Review {
  readonly items: readonly Item[];
}
interface History {
  readonly incident: Incident;
  readonly undo: readonly unknown[];
  readonly redo: readonly unknown[];
}
type Recipe = (draft: Incident) => void;
interface Modules {
  startReview(text: string, lang: "fr" | "en", incident?: Incident): Review;
  reviewStatus(item: Item, incident: Incident): Item["status"];
  acceptEdit(review: Review, index: number, incident: Incident, uiLang: "en" | "fr"): { recipe: Recipe; id: string } | { problem: string };
  edit(history: History, recipe: Recipe): { ok: true; history: History } | { ok: false };
  emptyIncident(): Incident;
}

const workbench = await loadWorkbench();
const modules = { ...(await workbench.load("review")), ...(await workbench.load("history")), ...(await workbench.load("saved")) } as unknown as Modules;
afterAll(() => workbench.close());

const { startReview, reviewStatus, acceptEdit, edit, emptyIncident } = modules;
const sample = readFileSync(join(import.meta.dirname, "..", "..", "examples", "workbench", "samples", "damboa-base-attack.en.txt"), "utf8");
const toll = "Selon l'armée malienne, 12 soldats ont été tués.";

/** The incident after each pending card of a review is accepted as it stands, one edit each. */
function acceptAll(review: Review, incident: Incident): Incident {
  let history: History = { incident, undo: [], redo: [] };
  review.items.forEach((_, index) => {
    const made = acceptEdit(review, index, history.incident, "en");
    if ("problem" in made) throw new Error(made.problem);
    const outcome = edit(history, made.recipe);
    if (!outcome.ok) throw new Error(`card ${index} refused`);
    history = outcome.history;
  });
  return history.incident;
}

describe("a review of an article read again", () => {
  it("shows every drafted claim the incident already holds as accepted before, as that claim, and none as waiting", () => {
    const incident = acceptAll(startReview(sample, "en"), emptyIncident());
    const again = startReview(sample, "en", incident);
    expect(again.items.length).toBeGreaterThan(5);
    expect(again.items.map((item) => [item.status, item.already])).toEqual(again.items.map(() => ["accepted", true]));
    expect(new Set(again.items.map((item) => item.acceptedAs)).size).toBe(incident.claims.length);
    expect(again.items.every((item) => reviewStatus(item, incident) === "accepted")).toBe(true);
  });

  it("offers again a claim the incident holds with another value, another scope or no longer", () => {
    const incident = acceptAll(startReview(toll, "fr"), emptyIncident());
    const changes: readonly ((claim: Claim) => Claim)[] = [
      (c) => ({ ...c, value: 13 }),
      (c) => ({ ...c, about: { ...c.about, place: "gao" } }),
      (c) => ({ ...c, not: true }),
      (c) => ({ ...c, quote: "douze soldats" }),
    ];
    for (const change of changes) {
      expect(startReview(toll, "fr", { ...incident, claims: incident.claims.map(change) }).items[0]?.status).toBe("pending");
    }
    expect(startReview(toll, "fr", { ...incident, claims: [] }).items[0]?.status).toBe("pending");
  });

  it("knows the claim's source by its name, whatever its id, its case or its accents", () => {
    const incident = acceptAll(startReview(toll, "fr"), emptyIncident());
    const drafted = startReview(toll, "fr").items[0]!.claim.source;
    const renamed: Incident = {
      ...incident,
      sources: incident.sources.map((s) => (s.id === drafted ? { ...s, id: "fama", name: s.name.toUpperCase().normalize("NFD").replace(/\p{M}/gu, "") } : s)),
      claims: incident.claims.map((c) => (c.source === drafted ? { ...c, id: "fama-toll", source: "fama", hedge: "claimed" } : c)),
    };
    expect(startReview(toll, "fr", renamed).items.map((item) => [item.status, item.acceptedAs])).toEqual([["accepted", "fama-toll"]]);
  });

  it("shows a card waiting again once the claim it was found as leaves the incident, so that it can be accepted once more", () => {
    const incident = acceptAll(startReview(toll, "fr"), emptyIncident());
    const item = startReview(toll, "fr", incident).items[0]!;
    expect(reviewStatus(item, { ...incident, claims: [] })).toBe("pending");
  });

  it("does not mutate the incident", () => {
    const incident = acceptAll(startReview(sample, "en"), emptyIncident());
    const before = structuredClone(incident);
    startReview(sample, "en", incident);
    expect(incident).toEqual(before);
  });
});
