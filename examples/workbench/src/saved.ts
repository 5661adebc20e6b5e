import { ClaimSchema, parseIncident, safeParseIncident, type Incident } from "contested";
import { CLAIM_FIELDS } from "./claimFields.js";
import type { CompareTexts } from "./comparePanel.js";
import type { History, ReviewSwap, Step } from "./history.js";
import type { Review } from "./review.js";
import { UI_LANGUAGES, type UiLang } from "./words.js";

/** Everything the page keeps between visits: the incident and its edits, the review under way, what was pasted, the language. */
export interface Saved {
  readonly uiLang: UiLang;
  readonly history: History;
  readonly review?: Review;
  readonly intake: { readonly text: string; readonly lang: "auto" | "fr" | "en" };
  readonly compare: CompareTexts;
}

/**
 * The key the page saves under in `localStorage`.
 *
 * @example
 * JSON.parse(localStorage.getItem(STORAGE_KEY)).history.incident.id
 * //=> "incident"
 */
export const STORAGE_KEY = "contested-workbench";

/**
 * A new, empty incident: valid as it is, so that every edit from here is checked.
 *
 * @example
 * emptyIncident().claims
 * //=> []
 */
export function emptyIncident(): Incident {
  return parseIncident({ contested: 1, id: "incident", sources: [], claims: [] });
}

/**
 * The page as it opens the first time: empty, in the browser's language when it is French.
 *
 * @example
 * freshState("fr-FR").uiLang
 * //=> "fr"
 */
export function freshState(browserLang: string): Saved {
  return {
    uiLang: browserLang.toLowerCase().startsWith("fr") ? "fr" : "en",
    history: { incident: emptyIncident(), undo: [], redo: [] },
    intake: { text: "", lang: "auto" },
    compare: { a: "", b: "" },
  };
}

/** What a reload let go of the saved page, the incident kept: a review that did not read back, or the edits to undo. */
export type Dropped = "review" | "history";

/**
 * Reads the saved page back. The incident is checked again as
 * `parseIncident` checks it; anything that does not read back gives a fresh
 * page, and `restored` says so. A review (the one under way, or one a step
 * to undo would bring back) that does not read back as {@link readReview}
 * reads it is closed, and edits to undo that are not a list of patches are
 * let go: `dropped` says which, and the incident is kept as it was saved.
 *
 * @example
 * restore(JSON.stringify(state), "en").state.history.incident.id
 * //=> state.history.incident.id
 */
export function restore(text: string | null, browserLang: string): { state: Saved; restored: boolean; dropped: readonly Dropped[] } {
  const fresh = freshState(browserLang);
  if (text === null) return { state: fresh, restored: true, dropped: [] };
  try {
    const saved = JSON.parse(text) as { readonly [key: string]: unknown };
    const history = isRecord(saved.history) ? saved.history : {};
    const parsed = safeParseIncident(history.incident);
    if (!parsed.success) return { state: fresh, restored: false, dropped: [] };
    const dropped = new Set<Dropped>();
    const review = saved.review === undefined || saved.review === null ? undefined : readReview(saved.review);
    if (review === undefined && saved.review !== undefined && saved.review !== null) dropped.add("review");
    const steps = (value: unknown): Step[] => {
      if (value === undefined) return [];
      if (!Array.isArray(value) || !value.every(isStep)) {
        dropped.add("history");
        return [];
      }
      return value.map((step: Step) => {
        if (step.review === undefined) return step;
        const [before, after] = [readSwapped(step.review, "before"), readSwapped(step.review, "after")];
        if (before === undefined || after === undefined) dropped.add("review");
        return { ...step, review: { before: before ?? null, after: after ?? null } };
      });
    };
    const uiLang = (UI_LANGUAGES as readonly unknown[]).includes(saved.uiLang) ? (saved.uiLang as UiLang) : fresh.uiLang;
    const state: Saved = {
      uiLang,
      history: { incident: parsed.data, undo: steps(history.undo), redo: steps(history.redo) },
      ...(review ? { review } : {}),
      intake: {
        text: textOf(saved.intake, "text"),
        lang: (["fr", "en"] as const).find((lang) => isRecord(saved.intake) && saved.intake.lang === lang) ?? "auto",
      },
      compare: { a: textOf(saved.compare, "a"), b: textOf(saved.compare, "b") },
    };
    return { state, restored: true, dropped: [...dropped] };
  } catch {
    return { state: fresh, restored: false, dropped: [] };
  }
}

/**
 * A review read back from a save, or `undefined` when it does not read as
 * the page's review: saved by another version of the page, or damaged.
 * Every part the page reads is checked — the article and its language; the
 * draft, as `parseIncident` checks it; each card's claim, as the incident
 * format's claims are checked, with its quote and its evidence inside the
 * article; its fields as text, its value cell and its status — so that a
 * review read back can be drawn and accepted from without a surprise.
 *
 * @example
 * [readReview(JSON.parse(JSON.stringify(review))) !== undefined, readReview({ text: "…", items: [] })]
 * //=> [true, undefined]
 */
export function readReview(value: unknown): Review | undefined {
  if (!isRecord(value) || typeof value.text !== "string" || (value.lang !== "fr" && value.lang !== "en") || !Array.isArray(value.items)) return undefined;
  if (!safeParseIncident(value.draft).success) return undefined;
  const length = value.text.length;
  const readable = value.items.every((item: unknown) => {
    if (!isRecord(item) || !isRecord(item.claim) || !isRecord(item.text) || typeof item.proposedValue !== "string") return false;
    const { claim, text } = item;
    const evidence = claim.evidence;
    return (
      ClaimSchema.safeParse(claim).success &&
      typeof claim.quote === "string" &&
      isRecord(evidence) &&
      Number.isInteger(evidence.start) &&
      Number.isInteger(evidence.end) &&
      (evidence.start as number) >= 0 &&
      (evidence.start as number) <= (evidence.end as number) &&
      (evidence.end as number) <= length &&
      CLAIM_FIELDS.every((field) => typeof text[field] === "string") &&
      (item.status === "pending" || item.status === "accepted" || item.status === "rejected") &&
      (item.acceptedAs === undefined || typeof item.acceptedAs === "string") &&
      (item.already === undefined || item.already === true)
    );
  });
  return readable ? (value as unknown as Review) : undefined;
}

/** One side of a step's review swap read back: a review, `null` for none, `undefined` when it does not read back. */
function readSwapped(swap: ReviewSwap, side: "before" | "after"): Review | null | undefined {
  const value: unknown = isRecord(swap) ? swap[side] : undefined;
  return value === null ? null : readReview(value);
}

function isStep(value: unknown): value is Step {
  return isRecord(value) && Array.isArray(value.patches) && Array.isArray(value.inverse);
}

function isRecord(value: unknown): value is { readonly [key: string]: unknown } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A saved text field, or an empty one. */
function textOf(value: unknown, name: string): string {
  return isRecord(value) && typeof value[name] === "string" ? value[name] : "";
}

/**
 * Saves the page in `localStorage`. When the browser's quota refuses it (a
 * very large incident, or many edits that replaced it whole), the oldest
 * edits to undo are let go first, then the whole history, so that the
 * incident itself is always kept if it can be. Says how much was kept.
 *
 * @example
 * save(localStorage, state)
 * //=> "all"
 */
export function save(storage: Pick<Storage, "setItem">, state: Saved): "all" | "recent-history" | "no-history" | "nothing" {
  const attempts: readonly ["all" | "recent-history" | "no-history", Saved][] = [
    ["all", state],
    ["recent-history", { ...state, history: { ...state.history, undo: state.history.undo.slice(-10), redo: [] } }],
    ["no-history", { ...state, history: { ...state.history, undo: [], redo: [] } }],
  ];
  for (const [kept, version] of attempts) {
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(version));
      return kept;
    } catch {
      // The quota: try with less.
    }
  }
  return "nothing";
}
