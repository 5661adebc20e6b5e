import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inspect } from "node:util";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatReport, INSPECT, JUPYTER_DISPLAY, parseIncident, reconcile, REPORT_FORMATS, toRows } from "../src/index.js";
import { STYLE } from "../src/report/renderHtml.js";
import { claims, renameSources, shuffle } from "./fixtures/arbitraries.js";
import { incidentWith } from "./fixtures/build.js";
import { expectGolden } from "./fixtures/golden.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");
const goldenDir = join(import.meta.dirname, "golden", "reports");
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith(".json")).sort();
const load = (file: string) => JSON.parse(readFileSync(join(seedsDir, file), "utf8")) as unknown;
const EXTENSIONS = { text: "txt", markdown: "md", html: "html", json: "json" } as const;

describe("every report format in both languages on every seed matches its golden file", () => {
  const cases = seeds.flatMap((file) => (["en", "fr"] as const).flatMap((lang) => REPORT_FORMATS.map((format) => ({ file, lang, format }))));
  it.each(cases)("$file in $lang as $format", ({ file, lang, format }) => {
    expectGolden(join(goldenDir, `${file.replace(/\.json$/, "")}.${lang}.${EXTENSIONS[format]}`), formatReport(reconcile(load(file)), { format, lang }));
  });
});

describe("formatReport", () => {
  const seed = reconcile(load("niafunke-goundam-2023-11-24.json"));

  it("puts contested questions first, then the others, then findings, agreements, readings and the summary", () => {
    const text = formatReport(seed);
    const at = (s: string) => text.indexOf(s);
    expect(at("Contested questions, and figures against a refusal")).toBeLessThan(at("■ Control (place Camp militaire de Niafunké) — contested"));
    expect(at("■ Control (place Camp militaire de Niafunké) — contested")).toBeLessThan(at("The other questions"));
    expect(at("The other questions")).toBeLessThan(at("Findings"));
    expect(at("Findings")).toBeLessThan(at("Where independent origins agree"));
    expect(at("Where independent origins agree")).toBeLessThan(at("Readings: the accounts that can hold together"));
    expect(at("Readings: the accounts that can hold together")).toBeLessThan(at("Summary"));
  });

  it("shows every position with its claims' chains, hedges and the sources' own words", () => {
    const text = formatReport(seed);
    expect(text).toContain('  "captured" — 1 independent origin: Communiqué du JNIM\n      Communiqué du JNIM, via RFI [claimed, 2023-11-25]: "pris le contrôle du camp"');
    expect(text).toContain("Wassim Nasr (based on Communiqué du JNIM, via RFI) [reported, 2023-11-25]");
  });

  it("reads in French as a French analyst writes", () => {
    const text = formatReport(seed, { lang: "fr" });
    expect(text).toContain("■ Contrôle (lieu Camp militaire de Niafunké) — contestée");
    expect(text).toContain("Contrôle (lieu Camp militaire de Niafunké)\u00a0: «\u00a0pris\u00a0» (Communiqué du JNIM) et «\u00a0repoussé\u00a0» (État-major général des Armées) ne peuvent être vrais ensemble.");
    expect(text).toContain("B. non «\u00a0pris\u00a0» et «\u00a0repoussé\u00a0» — État-major général des Armées");
  });

  it("gives the reconciliation itself as JSON, its notes in the report's language", () => {
    const json = JSON.parse(formatReport(seed, { format: "json", lang: "fr" }));
    expect(json.questions).toEqual(JSON.parse(JSON.stringify(seed.questions)));
    expect(json.lang).toBe("fr");
    expect(json.flags[0].note).toMatch(/une seule origine répond à cette question/);
    expect(JSON.parse(formatReport(seed, { format: "json" }))).toEqual(JSON.parse(JSON.stringify(seed)));
  });

  it("refuses a format or a language it does not write, naming those it does", () => {
    expect(() => formatReport(seed, { format: "pdf" as never })).toThrow(/no report format "pdf": use one of "text", "markdown", "html", "json"/);
    expect(() => formatReport(seed, { lang: "de" as never })).toThrow(/no messages in "de": write notes and reports in one of "en", "fr"/);
  });

  test.prop([claims, fc.infiniteStream(fc.nat())])("says the same things in the same order whatever the order of the claims", (list, randomness) => {
    for (const format of ["text", "html"] as const) {
      expect(formatReport(reconcile(incidentWith(shuffle(list, randomness) as never)), { format })).toBe(formatReport(reconcile(incidentWith(list as never)), { format }));
    }
  });

  test.prop([claims, fc.shuffledSubarray(["zulu", "alpha", "mike", "kilo"], { minLength: 4, maxLength: 4 })])("changes only the names when the sources are renamed", (list, newIds) => {
    const { incident, restore } = renameSources(list, newIds);
    expect(restore(formatReport(reconcile(incident), { format: "markdown" }))).toBe(formatReport(reconcile(incidentWith(list as never)), { format: "markdown" }));
  });
});

describe("escaping: input text never becomes markup", () => {
  const hostile = reconcile(
    incidentWith(
      [
        { id: "x<script>", source: "rfi", about: { facet: "motive" }, value: "<img src=x onerror=alert(1)>", quote: "<script>alert('quote')</script> \"onerror=alert(2)\"" },
        { id: "y", source: "locals", about: { facet: "motive" }, value: "[click](javascript:alert(3)) | *bold* `code`", quote: "line one\nline two | cell" },
      ],
      { title: 'Title <b onmouseover="alert(4)">x</b> & co' },
    ),
  );

  it("HTML: only the report's own tags and attributes appear", () => {
    const html = formatReport(hostile, { format: "html" });
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/g)];
    const allowed = new Set(["section", "style", "h2", "h3", "p", "table", "caption", "span", "thead", "tbody", "tr", "th", "td", "q", "ul", "ol", "li", "strong", "small"]);
    for (const [, name, attributes] of tags) {
      expect(allowed.has(name!)).toBe(true);
      for (const [, attribute] of attributes!.matchAll(/\s([a-z-]+)=/g)) expect(["class", "lang", "scope", "rowspan"]).toContain(attribute);
    }
    expect(html).not.toMatch(/<script|<img|<b /);
    expect(html).toContain("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt; &quot;onerror=alert(2)&quot;");
    expect(html).toContain("Title &lt;b onmouseover=&quot;alert(4)&quot;&gt;x&lt;/b&gt; &amp; co");
  });

  it("HTML: is one self-contained fragment, without external style sheets, fonts, images or scripts", () => {
    const html = formatReport(reconcile(load("niafunke-goundam-2023-11-24.json")), { format: "html" });
    expect(html.startsWith('<section class="contested-report" lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith("</section>")).toBe(true);
    expect(html).not.toMatch(/<link|<script|@import|url\(|src=/);
  });

  it("Markdown: a quote cannot open a link, a table cell, code, emphasis or raw HTML", () => {
    const markdown = formatReport(hostile, { format: "markdown" });
    expect(markdown).toContain("\\[click\\](javascript:alert(3)) \\| \\*bold\\* \\`code\\`");
    expect(markdown).toContain("&lt;script&gt;");
    expect(markdown).not.toMatch(/<script|<img/);
    expect(markdown).toContain("*line one line two \\| cell*");
  });

  it("text: a quote's line breaks cannot break the layout", () => {
    expect(formatReport(hostile)).toContain('"line one line two | cell"');
  });
});

describe("the HTML report's colours", () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  const colours = [...STYLE.matchAll(/(?<![-\w])color:(#[0-9a-f]{6})/g)].map((m) => m[1]!);
  const backgrounds = ["#ffffff", ...[...STYLE.matchAll(/background:(#[0-9a-f]{6})/g)].map((m) => m[1]!)];

  it.each(colours)("%s passes WCAG AA (4.5:1) on every background the report uses", (colour) => {
    for (const background of backgrounds) expect(contrast(colour, background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("notebook display", () => {
  const incident = parseIncident(load("niafunke-goundam-2023-11-24.json"));
  const result = reconcile(incident);

  it("gives Deno's Jupyter kernel text, Markdown and HTML for a result", () => {
    const bundle = (result as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!();
    expect(Object.keys(bundle)).toEqual(["text/plain", "text/markdown", "text/html"]);
    expect(bundle["text/plain"]).toContain("■ Control (place Camp militaire de Niafunké) — contested");
    expect(bundle["text/markdown"]).toBe(formatReport(result, { format: "markdown" }));
    expect(bundle["text/html"]).toBe(formatReport(result, { format: "html" }));
  });

  it("prints a readable summary in Node's REPL, and serves toHTML() to other notebooks", () => {
    expect(inspect(result)).toBe((result as unknown as Record<symbol, () => string>)[INSPECT]!());
    expect(inspect(result).split("\n")[0]).toBe("Attaques du JNIM contre les camps militaires de Niafunké et Goundam — 18 claims from 5 sources, on 11 questions");
    expect(result.toHTML()).toBe(formatReport(result, { format: "html" }));
  });

  it("shows an incident's claims as a table", () => {
    const bundle = (incident as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!();
    expect(bundle["text/plain"]).toBe("Incident niafunke-goundam-2023-11-24 — Attaques du JNIM contre les camps militaires de Niafunké et Goundam: 18 claims from 5 sources, 4 actors, 5 places");
    expect(bundle["text/markdown"]).toContain("| jnim-took-camp | jnim-statement, via rfi | control place=niafunke-camp | \"captured\" | claimed | pris le contrôle du camp |");
    expect(bundle["text/html"]).toContain('<th scope="row">jnim-took-camp</th>');
  });

  it("adds nothing to the JSON, to a structured clone or to deep equality", () => {
    expect(Object.keys(result)).not.toContain("toHTML");
    expect(JSON.stringify(result)).not.toContain("toHTML");
    expect(structuredClone(result)).toEqual(JSON.parse(JSON.stringify(result)));
    expect(JSON.parse(JSON.stringify(incident))).toEqual(incident);
  });
});

describe("toRows", () => {
  const result = reconcile(
    incidentWith([
      { id: "fifty", source: "locals", about: { facet: "killed", place: "town" }, value: { approx: 50 } },
      { id: "dozens", source: "group", about: { facet: "killed", place: "town" }, value: { min: 20, max: 99 } },
      { id: "ten", source: "army", about: { facet: "killed", place: "town" }, value: 10 },
      { id: "took", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
    ]),
  );
  const rows = toRows(result);

  it("gives one flat row per position, with plain values only", () => {
    expect(rows).toHaveLength(result.questions.flatMap((q) => q.positions).length);
    for (const row of rows) for (const value of Object.values(row)) expect(["string", "number", "boolean"].includes(typeof value) || value === null).toBe(true);
  });

  it("gives each figure its interval and the envelope of the question's figures, never a best pick", () => {
    expect(rows.filter((r) => r.facet === "killed").map((r) => [r.value, r.low, r.high, r.envelopeLow, r.envelopeHigh, r.sources, r.flags])).toEqual([
      ["10", 10, 10, 10, 99, "army", "disjoint"],
      ['{"approx":50}', 45, 55, 10, 99, "locals", "disjoint"],
      ['{"min":20,"max":99}', 20, 99, 10, 99, "group", "disjoint"],
    ]);
  });

  it("sets the scope fields a question has and leaves the others null", () => {
    expect(rows.find((r) => r.facet === "control")).toMatchObject({ place: "camp", party: null, group: null, status: "single-source", value: "captured" });
  });
});

describe("ids that are also names of Object's own properties", () => {
  it("are sources, places and values like any other", () => {
    const result = reconcile({
      contested: 1,
      id: "proto",
      places: [{ id: "constructor", name: "Camp called constructor" }],
      sources: [
        { id: "__proto__", name: "Source called proto", kind: "media" },
        { id: "toString", name: "Source called toString", kind: "local" },
      ],
      claims: [
        { id: "a", source: "__proto__", about: { facet: "control", place: "constructor" }, value: "captured" },
        { id: "b", source: "toString", about: { facet: "control", place: "constructor" }, value: "repelled" },
      ],
    });
    expect(Object.keys(result.names.sources)).toEqual(["__proto__", "toString"]);
    expect(result.flags.find((f) => f.kind === "exclusive")!.note).toBe(
      'Control (place Camp called constructor): "captured" (Source called proto) and "repelled" (Source called toString) cannot all hold.',
    );
    expect(formatReport(result, { lang: "fr" })).toContain("Source called proto");
  });
});
