import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./fixtures/cli.js";
import { draftIncident, independent, parseQuantity, readings, readPhrase, reconcile } from "../src/index.js";

describe("the README", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");

  it("starts with the two commands", () => {
    expect(readme.split("\n").slice(2, 6).join("\n")).toContain("npm install && npm run demo");
    expect(readme.split("\n").slice(2, 6).join("\n")).toContain("npm test");
  });

  it("shows the result its example really gives", () => {
    const code = readme.slice(readme.indexOf("const result = reconcile("), readme.indexOf("result.flags.filter"));
    const input = new Function(`${code.replace("const result = reconcile(", "return (").replace(/\);\s*$/, ");")}`)() as unknown;
    const shown = reconcile(input)
      .flags.filter((f) => f.severity === "contradiction")
      .map((f) => [f.kind, f.sides]);
    expect(shown).toEqual([
      ["exclusive", [["took"], ["repelled"]]],
      ["withheld", [["toll"], ["no-toll"]]],
    ]);
  });
});

describe("the README's lexicon table", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  const code = readFileSync(join(import.meta.dirname, "..", "src", "lexicon", "parseQuantity.ts"), "utf8");
  const codeTable = code
    .split("\n")
    .filter((line) => line.startsWith(" * |"))
    .map((line) => line.slice(3));
  const rows = codeTable.slice(2).map((line) => line.split(" | ").map((cell) => cell.replace(/^\| ?| ?\|$/gu, "")));

  it("is the table that documents parseQuantity, word for word", () => {
    expect(readme).toContain(codeTable.join("\n"));
  });

  it.each(rows.map((row) => [row[0]!, row[2]!] as const))("reads %s as %s", (words, intervals) => {
    const phrases = [...words.matchAll(/«\s([^»]+)\s»|"([^"]+)"/gu)].map((m) =>
      m[1] === undefined ? { text: m[2]!, lang: "en" } : { text: m[1], lang: "fr" },
    );
    const expected = intervals.split(", ");
    phrases.forEach((phrase, i) => {
      const parsed = parseQuantity(phrase.text, phrase.lang);
      const [low, high] = (expected.length === 1 ? expected[0]! : expected[i]!).split("–");
      expect([phrase.text, parsed?.low, parsed?.high]).toEqual([phrase.text, Number(low), high === "∞" ? Infinity : Number(high)]);
    });
  });

  it("shows what the two lexicon functions really return", () => {
    expect(parseQuantity("plusieurs dizaines de soldats maliens tués", "fr")).toEqual({
      value: { min: 20, max: 99 },
      low: 20,
      high: 99,
      phrase: "plusieurs dizaines",
    });
    expect(parseQuantity("as many as 600", "en")).toEqual({ value: { atMost: 600 }, low: 0, high: 600, phrase: "as many as 600" });
    expect(readPhrase("Cinq voitures [...] auraient également été pillés", "fr")).toMatchObject({
      candidates: [{ facet: "looted", value: 5, words: ["pillés", "Cinq"] }],
      hedge: { hedge: "unconfirmed", words: "auraient" },
    });
  });
});

describe("the README's provenance and readings examples", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  const seed = JSON.parse(readFileSync(join(import.meta.dirname, "..", "seeds", "niafunke-goundam-2023-11-24.json"), "utf8")) as unknown;
  const result = reconcile(seed);
  const of = (id: string) => result.provenance.find((p) => p.claim === id)!;
  const read = readings(result);

  it.each([
    ['of("jnim-took-camp").chain;     //=> "Communiqué du JNIM, via RFI"', of("jnim-took-camp").chain, "Communiqué du JNIM, via RFI"],
    ['of("local-toll").chain;         //=> "Sources locales, via RFI"', of("local-toll").chain, "Sources locales, via RFI"],
    [
      'of("nasr-drone-video").chain;   //=> "Wassim Nasr (based on Communiqué du JNIM, via RFI)"',
      of("nasr-drone-video").chain,
      "Wassim Nasr (based on Communiqué du JNIM, via RFI)",
    ],
    ['independent(of("jnim-niafunke-means"), of("nasr-drone-video"));   //=> false', independent(of("jnim-niafunke-means"), of("nasr-drone-video")), false],
    ["read.unopposed.claims.length;   //=> 15", read.unopposed.claims.length, 15],
    ["read.count;                     //=> 2", read.count, 2],
  ] as const)("shows %s", (line, actual, expected) => {
    expect(readme).toContain(line);
    expect(actual).toEqual(expected);
  });

  it("shows the agreements and the two accounts of the camp the seed really gives", () => {
    expect(readme).toContain('//=> [["means|place=goundam-camp", ["shelling"], true], ["occurred", "2023-11-24", true]]');
    expect(result.agreements.map((a) => [a.question, a.value, a.acrossParties])).toEqual([
      ["means|place=goundam-camp", ["shelling"], true],
      ["occurred", "2023-11-24", true],
    ]);
    expect(readme).toContain('[["jnim-took-camp"], ["jnim-statement"]],');
    expect(readme).toContain('[["em-occupy-failed-niafunke", "em-repelled-niafunke"], ["em"]]]]]');
    expect(read.components.map((c) => [c.questions, c.alternatives.map((a) => [a.claims, a.sources])])).toEqual([
      [
        ["control|place=niafunke-camp"],
        [
          [["jnim-took-camp"], ["jnim-statement"]],
          [["em-occupy-failed-niafunke", "em-repelled-niafunke"], ["em"]],
        ],
      ],
    ]);
  });
});

describe("the README's reports and command line", () => {
  const root = join(import.meta.dirname, "..");
  const readme = readFileSync(join(root, "README.md"), "utf8");

  it("shows a screenshot that exists, and the script that made it", () => {
    expect(readme).toContain("![The HTML report of the Niafunké–Goundam seed, rendered by headless Chromium](docs/report.png)");
    expect(
      readFileSync(join(root, "docs", "report.png"))
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
    expect(readFileSync(join(root, "docs", "screenshot.sh"), "utf8")).toContain("chromium --headless");
  });

  it("documents the exit codes the command line uses", async () => {
    const { EXIT } = await import("../src/cli/main.js");
    expect(readme).toContain(`| \`${EXIT.ok}\` | success |`);
    expect(readme).toContain(`| \`${EXIT.findings}\` | a finding at or above \`--fail-on\``);
    expect(readme).toContain(`| \`${EXIT.invalid}\` | invalid input or usage`);
  });

  it("shows the error line the command line really writes", async () => {
    const seed = readFileSync(join(root, "seeds", "bamako-2024-09-17.json"), "utf8");
    const bad = { contested: 1, id: "bad", sources: [], claims: [{ id: "c", source: "nobody", about: { facet: "killed" }, value: 3 }] };
    const { stderr } = await runCli(["reconcile", "incidents.ndjson", "--format", "json"], {
      "incidents.ndjson": `${JSON.stringify(JSON.parse(seed))}\n${JSON.stringify(bad)}\n`,
    });
    const line = stderr.trimEnd();
    expect(line).toBe('incidents.ndjson:2: claims[0 "c"].source: unknown source "nobody". Fix: Use an id from "sources", or add the source there.');
    expect(readme).toContain(line);
  });
});

describe("the README's drafting example", () => {
  const readme = readFileSync(join(import.meta.dirname, "..", "README.md"), "utf8");
  const article = readme.slice(readme.indexOf("const article = `") + "const article = `".length, readme.indexOf("`;", readme.indexOf("const article = `")));

  it("shows the first claim the drafter really proposes, and the six it drafts", () => {
    const draft = draftIncident(article, { lang: "fr" });
    expect(draft.claims[0]).toEqual({
      id: "sources-locales-killed",
      source: "sources-locales",
      via: ["afp"],
      about: { facet: "killed", group: "soldiers" },
      value: { phrase: "Au moins douze" },
      quote: "Au moins douze soldats ont été tués",
      evidence: { start: 29, end: 64 },
    });
    expect(draft.claims.map((c) => c.about.facet)).toEqual(["killed", "means", "occurred", "location", "neutralized", "killed"]);
    expect(draft.claims.at(-1)).toMatchObject({ value: "withheld", about: { party: expect.any(String) } });
  });
});
