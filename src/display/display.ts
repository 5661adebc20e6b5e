/** The views a displayable value offers: plain text, Markdown and one HTML fragment. */
export interface Views {
  text(): string;
  markdown(): string;
  html(): string;
}

/**
 * What {@link reconcile} results and parsed incidents can do in a notebook:
 * `toHTML()` for Observable and other notebooks that call it, and, under
 * symbols that do not show in their JSON, Deno's Jupyter display protocol
 * (`Symbol.for("Jupyter.display")`, returning `text/plain`, `text/markdown`
 * and `text/html`) and Node's `util.inspect` (`Symbol.for("nodejs.util.inspect.custom")`,
 * a readable summary in the REPL and in tslab).
 */
export interface Displayable {
  /** The value as one self-contained HTML fragment. */
  toHTML(): string;
}

/**
 * The symbol Deno's Jupyter kernel looks up to display a value.
 *
 * @example
 * Object.keys(reconcile(incident)[JUPYTER_DISPLAY]())
 * //=> ["text/plain", "text/markdown", "text/html"]
 */
export const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");
/**
 * The symbol Node's `util.inspect` (the REPL, `console.log`, tslab) looks up.
 *
 * @example
 * typeof reconcile(incident)[INSPECT]
 * //=> "function"
 */
export const INSPECT = Symbol.for("nodejs.util.inspect.custom");

/**
 * Gives a plain object its notebook views, as properties that are neither
 * enumerable nor serialised: `JSON.stringify`, `structuredClone`, spreading
 * and deep equality see the same plain data as before. The views are built
 * when asked for, never before.
 */
export function displayable<T extends object>(value: T, views: Views): T & Displayable {
  Object.defineProperties(value, {
    toHTML: { value: () => views.html() },
    [JUPYTER_DISPLAY]: { value: () => ({ "text/plain": views.text(), "text/markdown": views.markdown(), "text/html": views.html() }) },
    [INSPECT]: { value: () => views.text() },
  });
  return value as T & Displayable;
}
