/** The elements a report is written with: anything else in the output came from the input. */
const REPORT_ELEMENTS = new Set([
  "html",
  "head",
  "meta",
  "title",
  "body",
  "main",
  "section",
  "style",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "ul",
  "ol",
  "li",
  "strong",
  "em",
  "small",
  "span",
  "q",
  "table",
  "caption",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "details",
  "summary",
  "br",
]);

/**
 * What in an HTML report would let the input act: a script element, an
 * element the report does not write (`<img>`, `<svg>`, `<iframe>`…), an
 * event attribute (`onerror=`), a `javascript:` URL, or a comment. The
 * report is read as a browser reads tags — `<`, a name, attributes until
 * `>` — so text that broke out of an attribute value shows up as an
 * attribute of its own. Returns one line per problem; none when safe.
 *
 * @example
 * unsafeHtml('<p title="x" onmouseover="alert(1)">x</p>')
 * //=> ['event attribute onmouseover on <p>']
 */
export function unsafeHtml(html: string): string[] {
  const problems: string[] = [];
  if (/<script/iu.test(html)) problems.push("a <script");
  let at = html.indexOf("<");
  while (at >= 0) {
    const next = html[at + 1] ?? "";
    if (next === "!") {
      if (!/^<!doctype html>/iu.test(html.slice(at, at + 15))) problems.push(`markup declaration or comment: ${html.slice(at, at + 20)}`);
    } else if (/[A-Za-z/]/u.test(next)) {
      const { name, attributes, end } = readTag(html, at);
      if (!REPORT_ELEMENTS.has(name.toLowerCase())) problems.push(`element <${name}> the report does not write`);
      for (const [attribute, value] of attributes) {
        if (/^on/iu.test(attribute)) problems.push(`event attribute ${attribute} on <${name}>`);
        if (/^\s*javascript:/iu.test(value)) problems.push(`javascript: URL in ${attribute} on <${name}>`);
      }
      at = end;
    }
    at = html.indexOf("<", at + 1);
  }
  return problems;
}

/** One tag from its `<`, read as an HTML tokenizer reads it: its name, its attributes and values, and where it ends. */
function readTag(html: string, start: number): { name: string; attributes: [string, string][]; end: number } {
  let i = start + 1;
  if (html[i] === "/") i++;
  const nameMatch = /^[A-Za-z][^\s/>]*/u.exec(html.slice(i, i + 100));
  const name = nameMatch?.[0] ?? "";
  i += name.length;
  const attributes: [string, string][] = [];
  while (i < html.length && html[i] !== ">") {
    if (/[\s/]/u.test(html[i]!)) {
      i++;
      continue;
    }
    const attributeName = /^[^\s/>"'=][^\s/>"'=]*/u.exec(html.slice(i, i + 200))?.[0] ?? html[i]!;
    i += attributeName.length;
    while (/\s/u.test(html[i] ?? "")) i++;
    let value = "";
    if (html[i] === "=") {
      i++;
      while (/\s/u.test(html[i] ?? "")) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        const stop = close < 0 ? html.length : close;
        value = html.slice(i + 1, stop);
        i = stop + 1;
      } else {
        value = /^[^\s>]*/u.exec(html.slice(i))?.[0] ?? "";
        i += value.length;
      }
    }
    attributes.push([attributeName, value]);
  }
  return { name, attributes, end: i };
}
