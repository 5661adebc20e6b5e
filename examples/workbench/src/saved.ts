import { parseIncident, safeParseIncident, type Incident } from "contested";
import type { CompareTexts } from "./comparePanel.js";
import type { History } from "./history.js";
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

/**
 * Reads the saved page back. The incident is checked again as
 * `parseIncident` checks it; anything that does not read back gives a fresh
 * page, and `restored` says so.
 *
 * @example
 * restore(JSON.stringify(state), "en").state.history.incident.id
 * //=> state.history.incident.id
 */
export function restore(text: string | null, browserLang: string): { state: Saved; restored: boolean } {
  const fresh = freshState(browserLang);
  if (text === null) return { state: fresh, restored: true };
  try {
    const saved = JSON.parse(text) as Partial<Saved>;
    const parsed = safeParseIncident(saved.history?.incident);
    if (!parsed.success) return { state: fresh, restored: false };
    return {
      restored: true,
      state: {
        uiLang: (UI_LANGUAGES as readonly unknown[]).includes(saved.uiLang) ? (saved.uiLang as UiLang) : fresh.uiLang,
        history: { incident: parsed.data, undo: saved.history?.undo ?? [], redo: saved.history?.redo ?? [] },
        ...(saved.review ? { review: saved.review } : {}),
        intake: { ...fresh.intake, ...saved.intake },
        compare: { ...fresh.compare, ...saved.compare },
      },
    };
  } catch {
    return { state: fresh, restored: false };
  }
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
