import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { inspect } from "node:util";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatReport, formatReports, INSPECT, JUPYTER_DISPLAY, parseIncident, readings, reconcile, REPORT_FORMATS, toRows } from "../src/index.js";
import { STYLE } from "../src/report/renderHtml.js";
import { claims, renameSources, shuffle } from "./fixtures/arbitraries.js";
import { incidentWith } from "./fixtures/build.js";
import { expectGolden } from "./fixtures/golden.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");
const goldenDir = join(import.meta.dirname, "golden", "reports");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const load = (file: string) => JSON.parse(readFileSync(join(seedsDir, file), "utf8")) as unknown;
const EXTENSIONS = { text: "txt", markdown: "md", html: "html", json: "json" } as const;

describe("every report format in both languages on every seed matches its golden file", () => {
  const cases = seeds.flatMap((file) => (["en", "fr"] as const).flatMap((lang) => REPORT_FORMATS.map((format) => ({ file, lang, format }))));
  // The English JSON report is the reconciliation itself, byte for byte: it is checked against the seed's golden reconciliation, not a copy of it.
  const golden = (id: string, lang: string, format: (typeof REPORT_FORMATS)[number]) =>
    format === "json" && lang === "en" ? join(goldenDir, "..", `${id}.reconciled.json`) : join(goldenDir, `${id}.${lang}.${EXTENSIONS[format]}`);
  it.each(cases)("$file in $lang as $format", ({ file, lang, format }) => {
    expectGolden(golden(file.replace(/\.json$/, ""), lang, format), formatReport(reconcile(load(file)), { format, lang }));
  });
});

describe("formatReport", () => {
  const seed = reconcile(load("niafunke-goundam-2023-11-24.json"));

  it("leads with the summary, then the contested questions, the findings, agreements, readings, and the other questions last", () => {
    const text = formatReport(seed);
    const order = [
      "Summary",
      "⚑ 2 contradictions: Control (place Camp militaire de Niafunké).",
      "Contested questions, and figures against a refusal",
      "■ Control (place Camp militaire de Niafunké) — contested",
      "Findings",
      "Where independent origins agree",
      "Readings: the accounts that can hold together",
      "The other questions",
      "■ Occurred — agreed",
    ];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("sums up contradictions, figures against a refusal, questions answered by a single origin and agreements across parties at the top", () => {
    const summary = formatReport(seed).split("Summary\n-------\n\n")[1]!.split("\n\n")[0]!.split("\n");
    expect(summary[0]).toBe("⚑ 2 contradictions: Control (place Camp militaire de Niafunké).");
    expect(summary[1]).toBe(
      "⚑ 2 figures against a refusal: Killed (party Forces armées maliennes, group soldiers); Killed (party Forces armées maliennes, group soldiers, place Niafunké).",
    );
    expect(summary[2]).toMatch(/^· \d+ questions answered by a single origin: Captured-persons \(party Forces armées maliennes, group soldiers\); /);
    expect(summary[3]).toBe(
      '✓ 2 agreements between independent origins, 2 across parties: Means (place Camp militaire de Goundam): shelling; Occurred: "2023-11-24".',
    );
    expect(summary[4]).toBe("· 2 coherent readings of the whole incident.");
  });

  it("says when there is nothing of a kind, rather than leaving the line out", () => {
    const quiet = formatReport(reconcile(incidentWith([{ id: "only", source: "rfi", about: { facet: "occurred" }, value: "2023-11-24" }])));
    expect(quiet).toContain(
      "· No contradiction.\n· No figure against a refusal.\n· 1 question answered by a single origin: Occurred.\n· No agreement between independent origins.\n· 1 coherent reading of the whole incident.",
    );
  });

  it("groups the notices: one line per kind listing its questions, the detail staying in each question's block", () => {
    const findings = formatReport(seed).split("Findings\n--------\n\n")[1]!.split("\n\n")[0]!.split("\n");
    expect(findings.filter((l) => l.startsWith("⚑ "))).toHaveLength(seed.flags.filter((f) => f.severity === "contradiction").length);
    const notices = findings.filter((l) => l.startsWith("· "));
    expect(notices.map((l) => l.split(" (")[0])).toEqual([
      "· Different answers that can all hold",
      "· Answered by a single origin",
      "· Answered only by parties to the fighting",
    ]);
    expect(notices[0]).toBe("· Different answers that can all hold (2): Means (place Camp militaire de Goundam); Means (place Camp militaire de Niafunké)");
  });

  it("says in place why a question shown with a figure is withheld: the refusal of a wider question stands against it", () => {
    const text = formatReport(seed);
    expect(text).toContain(
      '■ Killed (party Forces armées maliennes, group soldiers) — figure against a refusal\n  ⚑ against a refusal to give a figure for killed (party Forces armées maliennes) (État-major général des Armées)\n  "plusieurs dizaines" (20–99) — 1 independent origin: Communiqué du JNIM',
    );
    expect(text).toContain(
      '■ Killed (party Forces armées maliennes) — withheld\n  ⚑ a refusal against a figure for killed (party Forces armées maliennes, group soldiers): "plusieurs dizaines" (20–99) (Communiqué du JNIM)',
    );
  });

  it("says against what a contested question with a single answer is contested: the whole it exceeds, the part that exceeds it", () => {
    const result = reconcile(
      incidentWith([
        { id: "fifty", source: "locals", about: { facet: "killed", place: "town" }, value: { approx: 50 } },
        { id: "twenty", source: "army", about: { facet: "killed", place: "region" }, value: 20 },
      ]),
    );
    const text = formatReport(result);
    expect(text).toMatch(
      /■ Killed \(place Niafunké\) — contested\n  ⚑ more than the whole allows: killed \(place Région de Tombouctou\): 20 \(Army\)\n  about 50[^\n]* — /u,
    );
    expect(text).toMatch(
      /■ Killed \(place Région de Tombouctou\) — contested\n  ⚑ less than a part of it: killed \(place Niafunké\): about 50[^\n]* \(Local sources\)\n  20 — /u,
    );
    expect(formatReport(result, { lang: "fr" })).toContain("⚑ plus que ne le permet le tout\u00a0: tués (lieu Région de Tombouctou)\u00a0: 20 (Army)");
  });

  it("prints each figure once: the source's words with the interval they are read as, a plain figure alone", () => {
    const text = formatReport(seed);
    expect(text).toContain('  "une cinquantaine" (45–55) — ');
    expect(text).toContain('  "deux" (2) — ');
    const plain = formatReport(reconcile(incidentWith([{ id: "two", source: "rfi", about: { facet: "killed" }, value: 2 }])));
    expect(plain).toContain("\n  2 — 1 independent origin: RFI");
    for (const format of ["text", "markdown", "html"] as const) {
      for (const file of seeds) {
        const report = formatReport(reconcile(load(file)), { format });
        expect(report).not.toMatch(/\b(\d+) [[(]\1[\])]/u);
        expect(report).not.toMatch(/\(about \d+ \(±\d+\)\)/u);
      }
    }
  });

  it("never nests guillemets inside guillemets: a quote that holds its own is set in other marks", () => {
    const fr = formatReport(seed, { lang: "fr" });
    expect(fr).toContain("“auraient été « repoussés » et « mis en déroute »”");
    expect(fr).not.toMatch(/«[^»]*«/u);
    expect(formatReport(seed, { format: "html", lang: "fr" })).toContain(
      '<q lang="fr" class="holds-guillemets">auraient été « repoussés » et « mis en déroute »</q>',
    );
  });

  it("shows every position with its claims' chains, hedges and the sources' own words", () => {
    const text = formatReport(seed);
    expect(text).toContain(
      '  "captured" — 1 independent origin: Communiqué du JNIM\n      Communiqué du JNIM, via RFI [claimed, 2023-11-25]: "pris le contrôle du camp"',
    );
    expect(text).toContain("Wassim Nasr (based on Communiqué du JNIM, via RFI) [reported, 2023-11-25]");
  });

  it("reads in French as a French analyst writes", () => {
    const text = formatReport(seed, { lang: "fr" });
    expect(text).toContain("■ Contrôle (lieu Camp militaire de Niafunké) — contestée");
    expect(text).toContain(
      "Contrôle (lieu Camp militaire de Niafunké)\u00a0: «\u00a0pris\u00a0» (Communiqué du JNIM) et «\u00a0repoussé\u00a0» (État-major général des Armées) ne peuvent être vrais ensemble.",
    );
    expect(text).toContain("B. non «\u00a0pris\u00a0» et «\u00a0repoussé\u00a0» — État-major général des Armées");
    expect(text).toContain("⚑ 2\u00a0contradictions\u00a0: Contrôle (lieu Camp militaire de Niafunké).");
  });

  it("gives the reconciliation itself as JSON, its notes in the report's language", () => {
    const json = JSON.parse(formatReport(seed, { format: "json", lang: "fr" }));
    expect(json.questions).toStrictEqual(JSON.parse(JSON.stringify(seed.questions)));
    expect(json.lang).toBe("fr");
    expect(json.flags[0].note).toMatch(/ne peuvent être vrais ensemble|une seule origine répond à cette question/);
    expect(JSON.parse(formatReport(seed, { format: "json" }))).toStrictEqual(JSON.parse(JSON.stringify(seed)));
  });

  it("refuses a format or a language it does not write, naming those it does, and a page of anything but HTML", () => {
    expect(() => formatReport(seed, { format: "pdf" as never })).toThrow(/no report format "pdf": use one of "text", "markdown", "html", "json"/);
    expect(() => formatReport(seed, { lang: "de" as never })).toThrow(/no messages in "de": write notes and reports in one of "en", "fr"/);
    expect(() => formatReport(seed, { format: "markdown", page: true })).toThrow(/use it with format "html", not "markdown"/);
  });

  test.prop([claims, fc.infiniteStream(fc.nat())])("says the same things in the same order whatever the order of the claims", (list, randomness) => {
    for (const format of ["text", "html"] as const) {
      expect(formatReport(reconcile(incidentWith(shuffle(list, randomness) as never)), { format })).toBe(
        formatReport(reconcile(incidentWith(list as never)), { format }),
      );
    }
  });

  test.prop([claims, fc.shuffledSubarray(["zulu", "alpha", "mike", "kilo"], { minLength: 4, maxLength: 4 })])(
    "changes only the names when the sources are renamed",
    (list, newIds) => {
      const { incident, restore } = renameSources(list, newIds);
      expect(restore(formatReport(reconcile(incident), { format: "markdown" }))).toBe(
        formatReport(reconcile(incidentWith(list as never)), { format: "markdown" }),
      );
    },
  );
});

describe("escaping: input text never becomes markup", () => {
  const hostile = reconcile(
    incidentWith(
      [
        {
          id: "x<script>",
          source: "rfi",
          about: { facet: "motive" },
          value: "<img src=x onerror=alert(1)>",
          quote: "<script>alert('quote')</script> \"onerror=alert(2)\"",
        },
        { id: "y", source: "locals", about: { facet: "motive" }, value: "[click](javascript:alert(3)) | *bold* `code`", quote: "line one\nline two | cell" },
      ],
      { title: 'Title <b onmouseover="alert(4)">x</b> & co' },
    ),
  );

  it("HTML: only the report's own tags and attributes appear", () => {
    const html = formatReport(hostile, { format: "html" });
    const tags = [...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/g)];
    const allowed = new Set([
      "section",
      "style",
      "h2",
      "h3",
      "h4",
      "p",
      "table",
      "caption",
      "span",
      "thead",
      "tbody",
      "tr",
      "th",
      "td",
      "q",
      "ul",
      "ol",
      "li",
      "strong",
      "small",
    ]);
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

describe("control characters from the input never act", () => {
  const hostile = reconcile(
    incidentWith(
      [
        {
          id: "esc",
          source: "rfi",
          about: { facet: "motive" },
          value: "\u001b[2J\u001b]0;pwned\u0007cleared",
          quote: "right\u202eto left\u2066isolated\u2069 \u0000nul \u009b31m csi \rback",
        },
      ],
      { title: "Title\u001b[31m red" },
    ),
  );

  it.each(["text", "markdown", "html"] as const)("%s: ESC, BEL, NUL, C1 controls and bidirectional overrides show as marks", (format) => {
    const report = formatReport(hostile, { format });
    expect(report).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(report).toContain("␛");
    expect(report).toContain("⟨U+202E⟩");
    expect(report).toContain("⟨U+009B⟩");
  });

  it("text: the title's escape sequence is shown, and the line stays one line", () => {
    expect(formatReport(hostile).split("\n")[0]).toBe("Title␛[31m red");
  });

  it("JSON keeps the data as it is", () => {
    expect(JSON.parse(formatReport(hostile, { format: "json" })).title).toBe("Title\u001b[31m red");
  });
});

describe("formatReports: several incidents", () => {
  const files = ["bamako-2024-09-17.json", "niafunke-goundam-2023-11-24.json", "lere-csp-withdrawal.json"];
  const results = files.map((f) => reconcile(load(f)));

  it("leads with a summary of the batch, then the incidents that hold contradictions, then the others in the order given", () => {
    const text = formatReports(results);
    expect(text.split("\n").slice(0, 6)).toEqual([
      "3 incidents",
      "===========",
      "1 of 3 incidents holds contradictions or figures against a refusal; it comes first.",
      "⚑ Attaques du JNIM contre les camps militaires de Niafunké et Goundam — 2 contradictions, 2 figures against a refusal",
      "· Attaque du JNIM à Bamako — no contradiction",
      "· Offensive du CSP sur Léré et retrait — no contradiction",
    ]);
    const titles = results.map((r) => text.indexOf(`\n${r.title}\n===`));
    expect(titles[1]).toBeLessThan(titles[0]!);
    expect(titles[0]).toBeLessThan(titles[2]!);
  });

  it("writes one incident exactly as formatReport does, and JSON as one reconciliation per line in the order given", () => {
    for (const format of REPORT_FORMATS) expect(formatReports([results[1]!], { format })).toBe(formatReport(results[1]!, { format }));
    expect(
      formatReports(results, { format: "json" })
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line).incident),
    ).toEqual(results.map((r) => r.incident));
  });

  it("nests each report's headings under the batch's in Markdown and HTML", () => {
    const markdown = formatReports(results, { format: "markdown", lang: "fr" });
    expect(markdown.startsWith("## 3\u00a0incidents\n")).toBe(true);
    expect(markdown).toContain("\n### Attaques du JNIM contre les camps militaires de Niafunké et Goundam\n");
    expect(markdown).toContain("\n#### Synthèse\n");
    const html = formatReports(results, { format: "html" });
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toMatch(/^<section class="contested-report contested-batch" lang="en">\n<style>/);
    expect(html).toContain('<h3 class="title">Attaque du JNIM à Bamako</h3>');
  });
});

describe("a page to share", () => {
  const page = formatReport(reconcile(load("niafunke-goundam-2023-11-24.json")), { format: "html", page: true, lang: "fr" });

  it("is a whole HTML document: doctype, UTF-8, the report's language, a title, one main and one h1", () => {
    expect(page.startsWith('<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(page).toContain("<title>Attaques du JNIM contre les camps militaires de Niafunké et Goundam</title>");
    expect(page.match(/<main>/g)).toHaveLength(1);
    expect(page.match(/<h1[ >]/g)).toHaveLength(1);
    expect(page).toContain('<h1 class="title">Attaques du JNIM contre les camps militaires de Niafunké et Goundam</h1>');
    expect(page.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("carries its style, with print rules, once in its head, and loads nothing from outside", () => {
    const head = page.slice(0, page.indexOf("</head>"));
    expect(head).toContain("@media print{");
    expect(page.match(/<style>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<link|<script|@import|url\(|src=|href=/);
  });

  it("holds a batch under one h1, each incident under its h2", () => {
    const batch = formatReports(
      ["bamako-2024-09-17.json", "niafunke-goundam-2023-11-24.json"].map((f) => reconcile(load(f))),
      { format: "html", page: true },
    );
    expect(batch.match(/<h1[ >]/g)).toHaveLength(1);
    expect(batch).toContain("<title>2 incidents</title>");
    expect(batch.match(/<h2 class="title">/g)).toHaveLength(2);
  });
});

describe("the HTML report's colours", () => {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5]
      .map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
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
    expect(inspect(result).split("\n").slice(0, 2)).toEqual([
      "Attaques du JNIM contre les camps militaires de Niafunké et Goundam — 18 claims from 5 sources, on 11 questions",
      "  ⚑ 2 contradictions: Control (place Camp militaire de Niafunké).",
    ]);
    expect(result.toHTML()).toBe(formatReport(result, { format: "html" }));
  });

  it("counts one claim, source, actor or place in the singular in an incident's line", () => {
    const one = parseIncident({
      contested: 1,
      id: "one",
      actors: [{ id: "a", name: "A", kind: "state" }],
      places: [{ id: "p", name: "P" }],
      sources: [{ id: "s", name: "S", kind: "local" }],
      claims: [{ id: "c", source: "s", about: { facet: "killed" }, value: 2 }],
    });
    const bundle = (one as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!();
    expect(bundle["text/plain"]).toBe("Incident one: 1 claim from 1 source, 1 actor, 1 place");
  });

  it("shows an incident's claims as a table", () => {
    const bundle = (incident as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!();
    expect(bundle["text/plain"]).toBe(
      "Incident niafunke-goundam-2023-11-24 — Attaques du JNIM contre les camps militaires de Niafunké et Goundam: 18 claims from 5 sources, 4 actors, 5 places",
    );
    expect(bundle["text/markdown"]).toContain(
      '| jnim-took-camp | jnim-statement, via rfi | control place=niafunke-camp | "captured" | claimed | pris le contrôle du camp |',
    );
    expect(bundle["text/html"]).toContain('<th scope="row">jnim-took-camp</th>');
  });

  it("adds nothing to the JSON, to a structured clone or to deep equality", () => {
    expect(Object.keys(result)).not.toContain("toHTML");
    expect(JSON.stringify(result)).not.toContain("toHTML");
    expect(structuredClone(result)).toStrictEqual(JSON.parse(JSON.stringify(result)));
    expect(JSON.parse(JSON.stringify(incident))).toStrictEqual(incident);
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

describe("readings in a notebook", () => {
  const result = reconcile(load("niafunke-goundam-2023-11-24.json"), { lang: "fr" });
  const read = readings(result);

  it("show themselves in Node's REPL: the title, how many readings, each alternative lettered", () => {
    expect(inspect(read).split("\n")).toEqual([
      "Attaques du JNIM contre les camps militaires de Niafunké et Goundam — Lectures\u00a0: les versions qui tiennent ensemble",
      "2\u00a0lectures cohérentes de l'incident entier.",
      "Composante 1 (contrôle (lieu Camp militaire de Niafunké))\u00a0: 2\u00a0possibilités",
      "  A. «\u00a0pris\u00a0» — Communiqué du JNIM",
      "  B. non «\u00a0pris\u00a0» et «\u00a0repoussé\u00a0» — État-major général des Armées",
      "15\u00a0affirmations qu'aucune contradiction ne touche tiennent dans chaque lecture.",
    ]);
  });

  it("give Deno's Jupyter kernel text, Markdown and HTML, and serve toHTML() to other notebooks", () => {
    const bundle = (read as unknown as Record<symbol, () => Record<string, string>>)[JUPYTER_DISPLAY]!();
    expect(Object.keys(bundle)).toEqual(["text/plain", "text/markdown", "text/html"]);
    expect(bundle["text/markdown"]).toContain("  - **B.** non «\u00a0pris\u00a0» et «\u00a0repoussé\u00a0» — État-major général des Armées");
    expect(bundle["text/html"]).toMatch(/^<section class="contested-report" lang="fr">\n<style>/);
    expect(bundle["text/html"]).toContain('<ol class="alternatives">');
    expect(read.toHTML()).toBe(bundle["text/html"]);
  });

  it("add nothing to their JSON, and read a reconciliation without words in English", () => {
    expect(Object.keys(read)).toEqual(["incident", "components", "unopposed", "count", "exact"]);
    expect(JSON.parse(JSON.stringify(read))).toStrictEqual(JSON.parse(JSON.stringify({ ...read })));
    expect(inspect(readings(JSON.parse(JSON.stringify(reconcile(load("niafunke-goundam-2023-11-24.json"))))))).toContain(
      '  A. "captured" — Communiqué du JNIM',
    );
  });
});

describe("labels as written", () => {
  it("keep a target's and a declared item's hyphens and case", () => {
    const result = reconcile({
      contested: 1,
      id: "labels",
      items: [{ id: "vbied-x", name: "Vehicle-borne IED", aliases: ["car bomb"] }],
      sources: [{ id: "rfi", name: "RFI", kind: "media" }],
      claims: [
        { id: "a", source: "rfi", about: { facet: "destroyed", item: "car bomb", target: "Camp-Nord HQ" }, value: 3 },
        { id: "b", source: "rfi", about: { facet: "destroyed", item: "Vehicle-borne IED", target: "camp nord hq" }, value: 3 },
      ],
    });
    expect(result.questions).toHaveLength(1);
    expect(formatReport(result)).toContain("■ Destroyed (target Camp-Nord HQ, item Vehicle-borne IED) — ");
    expect(result.names.targets).toEqual({ "camp nord hq": "Camp-Nord HQ" });
  });

  it("keep an item no list declares as its first claim writes it, in a vocabulary without items", async () => {
    const { defineVocabulary } = await import("../src/index.js");
    const vocabulary = defineVocabulary({ name: "plain", facets: { destroyed: { kind: "quantity" } } });
    const result = reconcile(
      {
        contested: 1,
        id: "plain",
        sources: [{ id: "rfi", name: "RFI", kind: "media" }],
        claims: [{ id: "a", source: "rfi", about: { facet: "destroyed", item: "Pick-Up Trucks" }, value: 2 }],
      },
      { vocabulary },
    );
    expect(formatReport(result, { vocabulary })).toContain("■ Destroyed (item Pick-Up Trucks) — ");
  });
});

describe("reports of very large incidents stay readable", () => {
  const sources = Array.from({ length: 400 }, (_, i) => ({ id: `s${i}`, name: `Source ${i}`, kind: "local" as const }));
  const claims = sources.flatMap((s, i) => [
    { id: `k${i}`, source: s.id, about: { facet: "killed", place: `p${i % 150}` }, value: i },
    { id: `w${i}`, source: s.id, about: { facet: "wounded" }, value: i % 7 },
  ]);
  const places = Array.from({ length: 150 }, (_, i) => ({ id: `p${i}`, name: `Place ${i}` }));
  const result = reconcile({ contested: 1, id: "large", places, sources, claims });

  it.each(["text", "markdown", "html"] as const)("lists at most the limit in each section and says how many more there are (%s)", (format) => {
    // 150 places killed at, and the wounded: 151 questions, of which 20 are listed.
    const report = formatReport(result, { format, limit: 20 });
    expect(report).toContain("and 131 more");
    expect(report.split("\n").length).toBeLessThan(formatReport(result, { format, limit: 1000 }).split("\n").length);
  });

  it("keeps everything in the JSON", () => {
    expect(JSON.parse(formatReport(result, { format: "json", limit: 20 })).questions).toHaveLength(result.questions.length);
  });
});

describe("the report's counts", () => {
  it("are singular for one claim, one source and one question", () => {
    const one = reconcile({
      contested: 1,
      id: "one",
      sources: [{ id: "a", name: "A", kind: "local" }],
      claims: [{ id: "c", source: "a", about: { facet: "killed" }, value: 2 }],
    });
    expect(formatReport(one)).toContain("1 claim from 1 source, on 1 question\n");
    expect(formatReport(one, { lang: "fr" })).toMatch(/1\saffirmation de 1\ssource, sur 1\squestion\n/u);
  });
});
