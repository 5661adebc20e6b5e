import type { Incident } from "contested";
import { h } from "./dom.js";
import type { DownloadKind } from "./downloads.js";
import { UI_LANGUAGES, type UiLang, WORDS, type Words } from "./words.js";

/** What the header shows: the incident (for the downloads), the language, whether there is anything to undo or redo, the last status. */
export interface HeaderView {
  readonly incident: Incident;
  readonly uiLang: UiLang;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly status: string;
}

/** What the header asks of the page. */
export interface HeaderActions {
  readonly onlang: (lang: UiLang) => void;
  readonly onundo: () => void;
  readonly onredo: () => void;
  readonly onnew: () => void;
  readonly ondownload: (kind: DownloadKind) => void;
}

const DOWNLOAD_BUTTONS: readonly (readonly [DownloadKind, keyof Words])[] = [
  ["json", "downloadJson"],
  ["csv", "downloadCsv"],
  ["html", "downloadHtml"],
];

/**
 * The page's header: its title, the language switch (each language named in
 * itself), undo and redo, a new incident, the downloads, and the status line
 * that says what the last action did.
 *
 * @example
 * header(view, WORDS.fr, actions).querySelector("#undo")?.textContent
 * //=> "↶ Annuler"
 */
export function header(view: HeaderView, words: Words, actions: HeaderActions): HTMLElement {
  const langSwitch = h(
    "select",
    { id: "ui-lang" },
    UI_LANGUAGES.map((lang) => h("option", { value: lang, lang, selected: lang === view.uiLang }, WORDS[lang].languageName)),
  );
  langSwitch.addEventListener("change", () => actions.onlang(langSwitch.value as UiLang));
  const hasClaims = view.incident.claims.length > 0;
  return h(
    "header",
    { class: "top" },
    h("div", { class: "brand" }, h("h1", {}, words.appTitle), h("p", { class: "tagline" }, words.tagline)),
    h(
      "div",
      { class: "toolbar" },
      h("span", { class: "field inline" }, h("label", { for: "ui-lang" }, words.interfaceLanguage), langSwitch),
      h("button", { type: "button", id: "undo", disabled: !view.canUndo, "aria-keyshortcuts": "Control+Z", onclick: actions.onundo }, `↶ ${words.undo}`),
      h("button", { type: "button", id: "redo", disabled: !view.canRedo, "aria-keyshortcuts": "Control+Shift+Z", onclick: actions.onredo }, `↷ ${words.redo}`),
      h("button", { type: "button", id: "new-incident", onclick: actions.onnew }, words.newIncident),
      h("span", { class: "group-label", id: "download-label" }, `${words.keepTitle}:`),
      DOWNLOAD_BUTTONS.map(([kind, label]) =>
        h(
          "button",
          {
            type: "button",
            id: `download-${kind}`,
            "aria-describedby": "download-label",
            disabled: kind === "html" && !hasClaims,
            onclick: () => actions.ondownload(kind),
          },
          String(words[label]),
        ),
      ),
    ),
    h("p", { id: "status", role: "status" }, view.status),
    h("p", { class: "hint saved-note" }, words.savedHere),
  );
}
