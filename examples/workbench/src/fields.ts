import { formatIssueIn, issueText, type Issue } from "contested";
import { h, options } from "./dom.js";
import type { UiLang } from "./words.js";

/** A control's description: its id (stable across renders, so focus and errors find it again), its label, and how it reports a change. */
export interface ControlSpec {
  readonly id: string;
  readonly label: string;
  /** Shown beside the control (`true`), or given to assistive technology only (`false`, in a table whose headers show it). */
  readonly visibleLabel: boolean;
  readonly onchange: (value: string) => void;
  readonly hint?: string;
}

function labelled(spec: ControlSpec, control: HTMLElement): HTMLElement {
  const hint = spec.hint === undefined ? undefined : h("span", { class: "hint", id: `${spec.id}-hint` }, spec.hint);
  if (hint) control.setAttribute("aria-describedby", hint.id);
  if (!spec.visibleLabel) {
    control.setAttribute("aria-label", spec.label);
    return h("div", { class: "field" }, control, hint);
  }
  return h("div", { class: "field" }, h("label", { for: spec.id }, spec.label), control, hint);
}

/**
 * A text input that reports its value when the person leaves it (or presses Enter).
 *
 * @example
 * textField({ id: "claim-0-quote", label: "Quote", visibleLabel: true, onchange }, "repoussés").querySelector("label")?.htmlFor
 * //=> "claim-0-quote"
 */
export function textField(spec: ControlSpec, value: string): HTMLElement {
  const input = h("input", { type: "text", id: spec.id, value, autocomplete: "off", spellcheck: "false" });
  input.addEventListener("change", () => spec.onchange(input.value));
  return labelled(spec, input);
}

/**
 * A list of choices (`[value, label]`); a current value not among them is kept as a choice of its own, so that nothing is changed behind the person's back.
 *
 * @example
 * selectField({ id: "h", label: "Hedge", visibleLabel: false, onchange }, [["asserted", "asserted"]], "claimed").querySelectorAll("option").length
 * //=> 2 (the current value is kept as a choice)
 */
export function selectField(spec: ControlSpec, choices: readonly (readonly [string, string])[], value: string): HTMLElement {
  const all = choices.some(([v]) => v === value) ? choices : [...choices, [value, value] as const];
  const select = h("select", { id: spec.id }, options(all, value));
  select.addEventListener("change", () => spec.onchange(select.value));
  return labelled(spec, select);
}

/**
 * A checkbox; reports `"true"` or `""`.
 *
 * @example
 * checkField({ id: "claim-0-not", label: "Not", visibleLabel: false, onchange }, true).querySelector("input")?.checked
 * //=> true
 */
export function checkField(spec: ControlSpec, checked: boolean): HTMLElement {
  const box = h("input", { type: "checkbox", id: spec.id, checked });
  box.addEventListener("change", () => spec.onchange(box.checked ? "true" : ""));
  if (!spec.visibleLabel) {
    box.setAttribute("aria-label", spec.label);
    return h("div", { class: "field check" }, box);
  }
  return h("div", { class: "field check" }, box, h("label", { for: spec.id }, spec.label));
}

/**
 * Marks a control as holding a problem: the message under it, tied to it by `aria-describedby`, and `aria-invalid`.
 *
 * @example
 * markInvalid("claim-0-value", "the phrase \"abc\" holds no count"); document.getElementById("claim-0-value")?.getAttribute("aria-invalid")
 * //=> "true"
 */
export function markInvalid(controlId: string, message: string): boolean {
  const control = document.getElementById(controlId);
  if (control === null) return false;
  const errorId = `${controlId}-error`;
  document.getElementById(errorId)?.remove();
  control.setAttribute("aria-invalid", "true");
  const described = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id !== "" && id !== errorId);
  control.setAttribute("aria-describedby", [errorId, ...described].join(" "));
  control.closest(".field")?.append(h("p", { class: "field-error", id: errorId }, message));
  return true;
}

/**
 * Takes every mark of {@link markInvalid} off inside an element.
 *
 * @example
 * clearInvalid(app); app.querySelectorAll("[aria-invalid]").length
 * //=> 0
 */
export function clearInvalid(root: ParentNode): void {
  for (const error of root.querySelectorAll(".field-error")) error.remove();
  for (const control of root.querySelectorAll("[aria-invalid]")) {
    control.removeAttribute("aria-invalid");
    const rest = (control.getAttribute("aria-describedby") ?? "").split(" ").filter((id) => id !== "" && !id.endsWith("-error"));
    if (rest.length > 0) control.setAttribute("aria-describedby", rest.join(" "));
    else control.removeAttribute("aria-describedby");
  }
}

/**
 * Shows each of `parseIncident`'s issues at the field its path leads to, in
 * the interface's language: `controlOf` turns a path into a control's id.
 * An issue no control stands for is listed in `fallback`, its path in front.
 *
 * @example
 * showIssues(error.issues, "fr", (path) => `claim-${path[1]}-${path[2]}`, fallback); document.getElementById("claim-1-id-error")?.textContent
 * //=> "identifiant « em-date » en double (déjà utilisé à claims[0]). Donnez à chaque affirmation son propre identifiant."
 */
export function showIssues(
  issues: readonly Issue[],
  lang: UiLang,
  controlOf: (path: readonly (string | number)[]) => string | undefined,
  fallback: HTMLElement,
): void {
  const unplaced: string[] = [];
  for (const issue of issues) {
    const id = controlOf(issue.path);
    const text = issueText(issue, lang);
    if (id === undefined || !markInvalid(id, `${text.message}. ${text.fix}`)) unplaced.push(formatIssueIn(issue, lang));
  }
  fallback.replaceChildren(
    ...(unplaced.length > 0
      ? [
          h(
            "ul",
            {},
            unplaced.map((line) => h("li", {}, line)),
          ),
        ]
      : []),
  );
  fallback.hidden = unplaced.length === 0;
}
