/** What an element can hold: nodes, text, and nothing (skipped), so that optional parts read inline. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes and listeners: `onclick: fn` listens, `value` and `checked` set the property, `true` sets an empty attribute, `false` and `undefined` nothing. */
export type Props = Readonly<Record<string, string | number | boolean | undefined | ((event: Event) => void)>>;

/**
 * Makes an element: the page's one way of building DOM, so that no text
 * ever goes through `innerHTML` (only the library's report, which escapes
 * what it writes, does).
 *
 * @example
 * h("button", { type: "button", onclick: () => undo() }, "Undo").outerHTML
 * //=> '<button type="button">Undo</button>'
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === "function") element.addEventListener(name.slice(2), value);
    else if (name === "value" || name === "checked") (element as unknown as Record<string, unknown>)[name] = value;
    else if (value === true) element.setAttribute(name, "");
    else if (value !== false && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Element, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child as Node | string);
  }
}

/**
 * A `<select>`'s options from `[value, label]` pairs, the current value selected.
 *
 * @example
 * options([["fr", "français"], ["en", "English"]], "en").map((o) => o.selected)
 * //=> [false, true]
 */
export function options(choices: readonly (readonly [string, string])[], current: string): HTMLOptionElement[] {
  return choices.map(([value, label]) => h("option", { value, selected: value === current }, label));
}

/**
 * Replaces what an element holds, keeping the focus on the control with the same id when there is one again.
 *
 * @example
 * replaceChildren(app, h("p", {}, "Saved.")); app.textContent
 * //=> "Saved."
 */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  const focused = document.activeElement instanceof HTMLElement && parent.contains(document.activeElement) ? document.activeElement.id : "";
  parent.replaceChildren();
  append(parent, children);
  if (focused !== "") document.getElementById(focused)?.focus();
}
