import { html } from "../display/escape.js";
import { STYLE } from "./renderHtml.js";

/** The page around one report or a batch: width and margins on screen, margins on paper. */
const PAGE_STYLE = `
html{background:#fff}
body{margin:0 auto;max-width:74rem}
@page{margin:1.5cm}
@media print{body{max-width:none}}
`;

/**
 * A whole HTML document around report fragments, to send to someone who
 * will open it in a browser or print it: a doctype, the UTF-8 charset, the
 * report's language, a title, one `<main>` holding the fragments and the
 * report's style (with its print rules) once in the head. Nothing outside
 * the page is loaded: no script, font, image or style sheet.
 */
export function htmlPage(title: string, lang: string, body: readonly string[]): string {
  return [
    "<!doctype html>",
    `<html lang="${html(lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(title)}</title>`,
    `<style>${PAGE_STYLE}${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    ...body.map((part) => part.trimEnd()),
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
