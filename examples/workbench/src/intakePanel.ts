import { h, options } from "./dom.js";
import { inputKind } from "./intake.js";
import type { Words } from "./words.js";

/** What was pasted, dropped or opened, and the article's language (`auto`: told from its words). */
export interface IntakeText {
  readonly text: string;
  readonly lang: "auto" | "fr" | "en";
}

/** What the panel asks of the page: keep the text as it changes, and read it when the person asks. */
export interface IntakeActions {
  readonly onchange: (intake: IntakeText) => void;
  readonly onread: () => void;
  /** The sample article the panel offers to paste. */
  readonly sample: string;
}

/**
 * Where an article, a JSON incident or a CSV sheet comes in: pasted, dropped
 * (a file or text) or opened. The panel says what the text reads as, and
 * its one button does what fits — draft claims from an article, or put a
 * document in place of the incident — only when clicked.
 *
 * @example
 * intakePanel({ text: "", lang: "auto" }, WORDS.en, actions).querySelector("#intake-read")?.hasAttribute("disabled")
 * //=> true
 */
export function intakePanel(intake: IntakeText, words: Words, actions: IntakeActions): HTMLElement {
  let current = intake;
  const kind = inputKind(intake.text);
  const area = h("textarea", { id: "intake-text", rows: 8, "aria-describedby": "intake-help intake-kind", value: intake.text });
  const detected = h("p", { id: "intake-kind", class: "hint", "aria-live": "polite" }, words.detected[kind]);
  const read = h("button", { type: "button", class: "primary", id: "intake-read", disabled: kind === "empty", onclick: actions.onread }, words.readAs[kind]);
  const keep = (next: IntakeText) => {
    current = next;
    actions.onchange(next);
    const now = inputKind(next.text);
    detected.textContent = words.detected[now];
    read.textContent = words.readAs[now];
    read.disabled = now === "empty";
  };
  const put = (text: string) => {
    area.value = text;
    keep({ ...current, text });
  };
  area.addEventListener("input", () => keep({ ...current, text: area.value }));
  const zone = h("section", { id: "intake", class: "panel", "aria-labelledby": "intake-title" });
  zone.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("dropping");
  });
  zone.addEventListener("dragleave", () => zone.classList.remove("dropping"));
  zone.addEventListener("drop", async (event) => {
    event.preventDefault();
    zone.classList.remove("dropping");
    const file = event.dataTransfer?.files[0];
    put(file ? await file.text() : (event.dataTransfer?.getData("text/plain") ?? ""));
  });
  const file = h("input", { type: "file", id: "intake-file", accept: ".txt,.json,.csv,text/plain,application/json,text/csv" });
  file.addEventListener("change", async () => {
    const chosen = file.files?.[0];
    if (chosen) put(await chosen.text());
  });
  const langChoice = h(
    "select",
    { id: "article-lang" },
    options(
      [
        ["auto", words.detectLanguage],
        ["fr", "français"],
        ["en", "English"],
      ],
      intake.lang,
    ),
  );
  langChoice.addEventListener("change", () => keep({ ...current, lang: langChoice.value as IntakeText["lang"] }));
  const sample = h(
    "button",
    {
      type: "button",
      id: "intake-sample",
      onclick: () => {
        put(actions.sample);
        area.focus();
      },
    },
    words.sample,
  );
  zone.append(
    h("h2", { id: "intake-title" }, words.intakeTitle),
    h("label", { for: "intake-text" }, words.pasteLabel),
    h("p", { id: "intake-help", class: "hint" }, words.pasteHelp),
    area,
    detected,
    h(
      "div",
      { class: "buttons" },
      read,
      sample,
      h("span", { class: "field inline" }, h("label", { for: "article-lang" }, words.articleLang), langChoice),
      h("span", { class: "field inline" }, h("label", { for: "intake-file" }, words.fileLabel), file),
    ),
    h("div", { class: "issues", id: "intake-issues", role: "alert", hidden: true }),
  );
  return zone;
}
