import { visible } from "./visible.js";

/*
 * The escaping every view a person reads passes through: one line for a
 * source's words, entities for HTML, backslashes for Markdown, and acting
 * characters made visible. The report's renderers and the notebook views of
 * an incident share it.
 */

/** A source's words on one line: line breaks in a quote become spaces. */
export function oneLine(text: string): string {
  return text
    .split(/[\r\n\u2028\u2029]+/u)
    .map((line) => line.trim())
    .join(" ");
}

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text as HTML, in content or in a double-quoted attribute: the five
 * characters that could open markup or end an attribute become entities,
 * and control characters and bidirectional overrides show as marks.
 */
export function html(text: string): string {
  let escaped = "";
  for (const ch of visible(text)) escaped += ENTITIES[ch] ?? ch;
  return escaped;
}

/**
 * Input text as inert Markdown, for use inside a line (every piece of input
 * is placed after a table bar, a heading mark or a list mark, never at the
 * start of a line): the characters that could open emphasis, code, a link or
 * image, a table cell or strikethrough are backslash-escaped, `<`, `>` and `&`
 * become entities (which CommonMark and GFM both decode, so no raw HTML or
 * autolink can open), line breaks become spaces, and control characters and
 * bidirectional overrides show as marks.
 */
export function md(text: string): string {
  let escaped = "";
  for (const ch of visible(oneLine(text))) {
    if (ch === "<") escaped += "&lt;";
    else if (ch === ">") escaped += "&gt;";
    else if (ch === "&") escaped += "&amp;";
    else if ("\\`*_[]|~".includes(ch)) escaped += `\\${ch}`;
    else escaped += ch;
  }
  return escaped;
}
