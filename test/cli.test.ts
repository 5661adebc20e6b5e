import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { EXIT, main } from "../src/cli/main.js";
import { COMMANDS } from "../src/cli/commands.js";
import { incidentJsonSchema } from "../src/index.js";
import { incidentWith } from "./fixtures/build.js";
import { runCli } from "./fixtures/cli.js";

const root = join(import.meta.dirname, "..");
const seedPath = (name: string) => join(root, "seeds", `${name}.json`);
const seed = (name: string) => JSON.parse(readFileSync(seedPath(name), "utf8")) as object;
const niafunke = seed("niafunke-goundam-2023-11-24");
const bamako = seed("bamako-2024-09-17");
const quiet = incidentWith([{ id: "only", source: "rfi", about: { facet: "occurred" }, value: "2023-11-24" }]);
const invalid = { contested: 1, id: "bad", sources: [], claims: [{ id: "c", source: "nobody", about: { facet: "killed" }, value: 3 }] };

const ndjson = (...incidents: object[]) => incidents.map((i) => JSON.stringify(i)).join("\n");

describe("contested reconcile", () => {
  it("prints the report of every incident in the chosen format and language, and exits 0", async () => {
    const { code, stdout, stderr } = await runCli(["reconcile", "a.json", "--format", "markdown", "--lang", "fr"], { "a.json": JSON.stringify(niafunke) });
    expect([code, stderr]).toEqual([EXIT.ok, ""]);
    expect(stdout.split("\n")[0]).toBe("## Attaques du JNIM contre les camps militaires de Niafunké et Goundam");
  });

  it("reads one incident, an array of incidents, or NDJSON, and writes JSON as one reconciliation per line", async () => {
    for (const text of [JSON.stringify([niafunke, bamako], null, 2), ndjson(niafunke, bamako)]) {
      const { code, stdout } = await runCli(["reconcile", "in", "--format", "json"], { in: text });
      expect(code).toBe(EXIT.ok);
      expect(
        stdout
          .trimEnd()
          .split("\n")
          .map((line) => JSON.parse(line).incident),
      ).toEqual(["niafunke-goundam-2023-11-24", "bamako-2024-09-17"]);
    }
  });

  it("reads standard input from -", async () => {
    const { code, stdout } = await runCli(["reconcile", "-", "--format", "json"], {}, JSON.stringify(bamako, null, 2));
    expect([code, JSON.parse(stdout).incident]).toEqual([EXIT.ok, "bamako-2024-09-17"]);
  });

  it("exits 1 when findings reach --fail-on, and 0 below it", async () => {
    const files = { "n.json": JSON.stringify(niafunke), "q.json": JSON.stringify(quiet) };
    expect((await runCli(["reconcile", "n.json", "--fail-on", "contradiction"], files)).code).toBe(EXIT.findings);
    expect((await runCli(["reconcile", "q.json", "--fail-on", "contradiction"], files)).code).toBe(EXIT.ok);
    expect((await runCli(["reconcile", "q.json", "--fail-on", "notice"], files)).code).toBe(EXIT.findings);
    expect((await runCli(["reconcile", "n.json"], files)).code).toBe(EXIT.ok);
  });

  it("exits 2 on invalid input, printing each problem with its file, its line and its path, and still reconciles the rest", async () => {
    const { code, stdout, stderr } = await runCli(["reconcile", "in.ndjson", "--format", "json"], { "in.ndjson": `${ndjson(bamako, invalid)}\n\nnot json\n` });
    expect(code).toBe(EXIT.invalid);
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      'in.ndjson:2: claims[0 "c"].source: unknown source "nobody". Fix: Use an id from "sources", or add the source there.',
      `in.ndjson:4: not JSON: ${(() => {
        try {
          JSON.parse("not json");
        } catch (error) {
          return (error as Error).message;
        }
      })()}`,
    ]);
    expect(JSON.parse(stdout).incident).toBe("bamako-2024-09-17");
  });

  it("shows control characters from the input as marks on stderr, one problem per line", async () => {
    const hostile = { ...invalid, claims: [{ ...invalid.claims[0], source: "\u001b]0;pwned\u0007\u001b[2Jnobody\nnext" }] };
    const { code, stderr } = await runCli(["validate", "h.json"], { "h.json": JSON.stringify(hostile) });
    expect(code).toBe(EXIT.invalid);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/u);
    expect(stderr).toContain("␛]0;pwned␇␛[2Jnobody next");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("names the index of a bad incident in an array, and the file it could not read", async () => {
    const { code, stderr } = await runCli(["reconcile", "arr.json", "missing.json"], { "arr.json": JSON.stringify([bamako, invalid]) });
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain('arr.json[1]: claims[0 "c"].source: unknown source "nobody".');
    expect(stderr).toContain("missing.json: cannot read: ENOENT");
  });

  it("says how to give several incidents when a file is not one JSON document", async () => {
    const { stderr } = await runCli(["reconcile", "two.json"], { "two.json": `${JSON.stringify(bamako, null, 2)}\n${JSON.stringify(quiet, null, 2)}` });
    expect(stderr).toMatch(/^two\.json: not JSON: .*Several incidents go in a JSON array, or one per line \(NDJSON\)\n$/);
  });

  it("reads a JSON or NDJSON file that starts with a UTF-8 byte order mark, as Windows tools write it", async () => {
    for (const text of [`\ufeff${JSON.stringify(bamako, null, 2)}`, `\ufeff${ndjson(bamako, niafunke)}\n`, `\ufeff${JSON.stringify([bamako])}`]) {
      const { code, stdout, stderr } = await runCli(["reconcile", "bom.json", "--format", "json"], { "bom.json": text });
      expect([code, stderr]).toEqual([EXIT.ok, ""]);
      expect(JSON.parse(stdout.split("\n")[0]!).incident).toBe("bamako-2024-09-17");
    }
    expect(await runCli(["validate", "-"], {}, `\ufeff${JSON.stringify(bamako)}`)).toMatchObject({ code: EXIT.ok, stderr: "" });
  });

  it("reads a byte order mark split from the rest of the first line across chunks", async () => {
    const bytes = Buffer.from(`\ufeff${JSON.stringify(bamako)}\n`, "utf8");
    const stdin = Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]);
    const stdout = new PassThrough();
    const out: string[] = [];
    stdout.on("data", (chunk) => out.push(String(chunk)));
    expect(await main(["reconcile", "-", "--format", "json"], { stdin, stdout, stderr: new PassThrough() })).toBe(EXIT.ok);
    expect(JSON.parse(out.join("")).incident).toBe("bamako-2024-09-17");
  });

  it("leads a report of several incidents with their summary, then the incidents that hold contradictions", async () => {
    const { code, stdout } = await runCli(["reconcile", "b.json", "n.json"], { "b.json": JSON.stringify(bamako), "n.json": JSON.stringify(niafunke) });
    expect(code).toBe(EXIT.ok);
    expect(stdout.split("\n").slice(0, 5)).toEqual([
      "2 incidents",
      "===========",
      "1 of 2 incidents holds contradictions or figures against a refusal; it comes first.",
      "⚑ Attaques du JNIM contre les camps militaires de Niafunké et Goundam — 2 contradictions, 2 figures against a refusal",
      "· Attaque du JNIM à Bamako — no contradiction",
    ]);
    expect(stdout.indexOf("\nAttaques du JNIM contre les camps militaires de Niafunké et Goundam\n===")).toBeLessThan(
      stdout.indexOf("\nAttaque du JNIM à Bamako\n==="),
    );
  });

  it("--page writes one whole HTML page for all the incidents", async () => {
    const { code, stdout } = await runCli(["reconcile", "b.json", "n.json", "--format", "html", "--page", "--lang", "fr"], {
      "b.json": JSON.stringify(bamako),
      "n.json": JSON.stringify(niafunke),
    });
    expect(code).toBe(EXIT.ok);
    expect(stdout.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(stdout.match(/<h1[ >]/g)).toHaveLength(1);
    expect(stdout.match(/<html/g)).toHaveLength(1);
  });

  it("--readings adds each incident's readings to its JSON line", async () => {
    const { code, stdout } = await runCli(["reconcile", "n.ndjson", "--format", "json", "--readings"], { "n.ndjson": ndjson(niafunke, bamako) });
    expect(code).toBe(EXIT.ok);
    const lines = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.incident, l.readings.count])).toEqual([
      ["niafunke-goundam-2023-11-24", 2],
      ["bamako-2024-09-17", 1],
    ]);
    expect(lines[0].readings.components[0].alternatives.map((a: { sources: string[] }) => a.sources)).toEqual([["jnim-statement"], ["em"]]);
  });

  it("streams NDJSON: each line's report is written before the next line arrives", async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const seen: string[] = [];
    stdout.on("data", (chunk) => seen.push(String(chunk)));
    const done = main(["reconcile", "-", "--format", "json"], { stdin, stdout, stderr: new PassThrough() });
    stdin.write(`${JSON.stringify(bamako)}\n`);
    await expect.poll(() => seen.join("")).toContain('"incident":"bamako-2024-09-17"');
    expect(seen.join("")).not.toContain("niafunke");
    stdin.end(`${JSON.stringify(niafunke)}\n`);
    expect(await done).toBe(EXIT.ok);
    expect(seen.join("").trimEnd().split("\n")).toHaveLength(2);
  });
});

describe("contested validate and schema", () => {
  it("validate prints each problem with its path, a count on stdout, and exits 2 when any incident is invalid", async () => {
    const { code, stdout, stderr } = await runCli(["validate", "good.json", "bad.json"], {
      "good.json": JSON.stringify(bamako),
      "bad.json": JSON.stringify(invalid),
    });
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toBe('bad.json:1: claims[0 "c"].source: unknown source "nobody". Fix: Use an id from "sources", or add the source there.\n');
    expect(stdout).toBe("2 incidents: 1 valid, 1 invalid\n");
    expect((await runCli(["validate", "good.json"], { "good.json": JSON.stringify(bamako) })).code).toBe(EXIT.ok);
  });

  it("schema prints the JSON Schema of format 1", async () => {
    const { code, stdout } = await runCli(["schema"]);
    expect([code, JSON.parse(stdout)]).toStrictEqual([EXIT.ok, JSON.parse(JSON.stringify(incidentJsonSchema()))]);
  });
});

describe("progress", () => {
  const many = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ ...quiet, id: `q${i}` })).join("\n");
  const runWith = async (isTTY: boolean, size: number) => {
    const stderr = Object.assign(new PassThrough(), { isTTY });
    const written: string[] = [];
    stderr.on("data", (chunk) => written.push(String(chunk)));
    const code = await main(["validate", "big.ndjson"], {
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      stderr,
      open: () => Readable.from([many]),
      size: () => size,
    });
    return { code, stderr: written.join("") };
  };

  it("shows a progress line on stderr when stderr is a terminal and the input is large, and clears it at the end", async () => {
    const { code, stderr } = await runWith(true, 50 * 2 ** 20);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe("\rcontested: 1,000 incidents read…\rcontested: 2,000 incidents read…\r\u001b[K");
  });

  it("stays silent when stderr is not a terminal, or the input is small", async () => {
    expect((await runWith(false, 50 * 2 ** 20)).stderr).toBe("");
    expect((await runWith(true, 1000)).stderr).toBe("");
  });
});

describe("usage mistakes", () => {
  it.each([
    [["frob"], 'unknown command "frob"', "Run 'contested --help' for the list of commands."],
    [["reconcil", "x"], 'unknown command "reconcil" — did you mean "reconcile"?', "Run 'contested --help' for the list of commands."],
    [[], "no command given", "Run 'contested --help' for the list of commands."],
    [["--frob"], "unknown option --frob", "Run 'contested --help' for usage."],
    [["reconcile"], 'reconcile needs at least one file, or "-" for standard input', "Run 'contested reconcile --help' for usage."],
    [["reconcile", "x", "--format", "pdf"], '--format must be one of text, markdown, html, json, not "pdf"', "Run 'contested reconcile --help' for usage."],
    [
      ["reconcile", "x", "--format", "markdwn"],
      '--format must be one of text, markdown, html, json, not "markdwn" — did you mean "markdown"?',
      "Run 'contested reconcile --help' for usage.",
    ],
    [["reconcile", "x", "--format"], "--format needs a value", "Run 'contested reconcile --help' for usage."],
    [["reconcile", "x", "--lang", "de"], '--lang must be one of en, fr, not "de"', "Run 'contested reconcile --help' for usage."],
    [["reconcile", "x", "--fail-on", "all"], '--fail-on must be one of contradiction, notice, none, not "all"', "Run 'contested reconcile --help' for usage."],
    [["reconcile", "x", "--colour"], "unknown option --colour", "Run 'contested reconcile --help' for usage."],
    [["reconcile", "x", "--fromat", "json"], "unknown option --fromat — did you mean --format?", "Run 'contested reconcile --help' for usage."],
    [["validate", "x", "--lang", "fr"], "unknown option --lang", "Run 'contested validate --help' for usage."],
    [["schema", "x"], "schema takes no files", "Run 'contested schema --help' for usage."],
    [["help", "reconcil"], 'no help for "reconcil": unknown command — did you mean "reconcile"?', "Run 'contested --help' for the list of commands."],
    [["reconcile", "x", "--page"], "--page writes a whole HTML page: use it with --format html, not text", "Run 'contested reconcile --help' for usage."],
    [
      ["reconcile", "x", "--readings", "--format", "markdown"],
      "--readings adds the readings to JSON: use it with --format json (the markdown report always shows them)",
      "Run 'contested reconcile --help' for usage.",
    ],
  ])("%j exits 2 and says, on one line with the hint to --help: %s", async (argv, problem, hint) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect([code, stdout]).toEqual([EXIT.invalid, ""]);
    expect(stderr).toBe(`contested: ${problem}\n${hint}\n`);
  });
});

describe("help", () => {
  it("--help, -h and help list every command with its one-line description, on stdout, and exit 0", async () => {
    const general = await runCli(["--help"]);
    expect([general.code, general.stderr]).toEqual([EXIT.ok, ""]);
    const lines = general.stdout.split("\n");
    for (const command of COMMANDS) expect(lines.some((line) => line.startsWith(`  ${command.name} `) && line.endsWith(` ${command.summary}`))).toBe(true);
    expect(general.stdout).toMatch(/^  help +Show the help of contested or of one command$/m);
    expect(await runCli(["-h"])).toEqual(general);
    expect(await runCli(["help"])).toEqual(general);
  });

  it("says what the exit codes mean and where the format and the vocabulary are documented", async () => {
    const { stdout } = await runCli(["--help"]);
    expect(stdout).toMatch(/^Exit codes\n  0 +success\n  1 +a finding at or above --fail-on.*\n  2 +invalid input or usage/m);
    expect(stdout).toMatch(/The incident format +docs\/format\.md/);
    expect(stdout).toMatch(/The conflict vocabulary +docs\/vocabulary\.md/);
  });

  it("points to the installed package's docs when it knows where they are", async () => {
    const stdout: string[] = [];
    const out = new PassThrough().on("data", (chunk) => stdout.push(String(chunk)));
    await main(["--help"], { stdin: new PassThrough(), stdout: out, stderr: new PassThrough() }, "1.0.0", "/opt/contested/docs/");
    expect(stdout.join("")).toContain("/opt/contested/docs/format.md");
  });

  it.each(COMMANDS.map((c) => c.name))("contested help %s and contested <command> --help give the same page", async (name) => {
    const viaHelp = await runCli(["help", name]);
    expect(viaHelp.code).toBe(EXIT.ok);
    expect(await runCli([name, "--help"])).toEqual(viaHelp);
    expect(await runCli([name, "-h"])).toEqual(viaHelp);
  });

  it.each(COMMANDS.map((c) => c.name))(
    "%s's page has its usage, every option with its default, examples, exit codes and the format's reference",
    async (name) => {
      const command = COMMANDS.find((c) => c.name === name)!;
      const { stdout } = await runCli(["help", name]);
      expect(stdout.split("\n")[0]).toBe(`contested ${name} — ${command.summary}`);
      expect(stdout).toContain(`Usage\n  contested ${name}`);
      for (const [option, spec] of Object.entries(command.options)) {
        const line = stdout.split("\n").find((l) => l.startsWith(`  --${option}`));
        expect(line, `--${option}`).toBeDefined();
        expect(line).toMatch(/\((default: .+|required)\)$/);
        for (const choice of spec.choices ?? []) expect(line).toContain(choice);
      }
      expect(stdout).toMatch(/^  -h, --help +show this help$/m);
      expect(stdout).toMatch(/^Examples\n  # .+\n  \$ contested /m);
      expect(stdout).toMatch(/^Exit codes\n  0 /m);
      expect(stdout).toContain("docs/format.md");
    },
  );

  it("reconcile's page gives each option's default", async () => {
    const { stdout } = await runCli(["reconcile", "--help"]);
    expect(stdout).toMatch(/^  --format FORMAT +the report's format: text, markdown, html, json \(default: text\)$/m);
    expect(stdout).toMatch(/^  --lang LANG +the report's language: en, fr \(default: en\)$/m);
    expect(stdout).toMatch(/^  --fail-on SEVERITY +.*\(default: none\)$/m);
  });

  it("--version prints the version", async () => {
    const stdout: string[] = [];
    const out = new PassThrough().on("data", (chunk) => stdout.push(String(chunk)));
    expect(await main(["--version"], { stdin: new PassThrough(), stdout: out, stderr: new PassThrough() }, "9.8.7")).toBe(EXIT.ok);
    expect(stdout.join("")).toBe("9.8.7\n");
  });
});

describe("the contested bin, as a process", () => {
  /** Starting Node with tsx takes seconds on a loaded machine: these tests are about exit codes and output, never speed. */
  const PROCESS_TIMEOUT = 120_000;
  const bin = (args: string[], input?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", join(root, "src", "cli", "contested.ts"), ...args], {
      cwd: root,
      encoding: "utf8",
      ...(input !== undefined ? { input } : {}),
    });

  it(
    "exits with the documented codes: 0, 1 and 2",
    () => {
      expect(bin(["reconcile", seedPath("bamako-2024-09-17")]).status).toBe(0);
      expect(bin(["reconcile", seedPath("niafunke-goundam-2023-11-24"), "--fail-on", "contradiction"]).status).toBe(1);
      const bad = bin(["validate", "-"], JSON.stringify(invalid));
      expect([bad.status, bad.stderr]).toEqual([
        2,
        '<stdin>:1: claims[0 "c"].source: unknown source "nobody". Fix: Use an id from "sources", or add the source there.\n',
      ]);
    },
    PROCESS_TIMEOUT,
  );

  it(
    "prints the package's version, and points help to the package's own docs",
    () => {
      expect(bin(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
      expect(bin(["--help"]).stdout).toContain(join(root, "docs", "format.md"));
    },
    PROCESS_TIMEOUT,
  );
});

describe("contested draft", () => {
  const article =
    "BAMAKO, 9 avril 2024 (AFP) - Au moins douze soldats ont été tués lundi près de Sokoura, selon des sources locales. L'armée n'a pas souhaité donner de bilan.";

  it("drafts an incident from an article as JSON that validate accepts", async () => {
    const { code, stdout, stderr } = await runCli(["draft", "article.txt", "--lang", "fr", "--id", "sokoura"], { "article.txt": article });
    expect([code, stderr]).toEqual([0, ""]);
    const draft = JSON.parse(stdout) as { id: string; claims: { quote: string; evidence: { start: number; end: number } }[] };
    expect(draft.id).toBe("sokoura");
    expect(draft.claims.map((c) => article.slice(c.evidence.start, c.evidence.end))).toEqual(draft.claims.map((c) => c.quote));
    expect(await runCli(["validate", "draft.json"], { "draft.json": stdout })).toMatchObject({ code: 0 });
  });

  it("reads the article from standard input with -, and --report sets each claim beside its sentence", async () => {
    const { code, stdout } = await runCli(["draft", "-", "--lang", "fr", "--report"], {}, article);
    expect(code).toBe(0);
    expect(stdout).toContain("⟦Au moins douze soldats ont été tués⟧");
    expect(stdout).toContain("Sources locales (via AFP): killed [group=soldiers]");
    expect(stdout).toMatch(/claims drafted from 2 sentences, from 3 sources\.\n$/u);
  });

  it("needs the article's language, and one article", async () => {
    expect(await runCli(["draft", "article.txt"], { "article.txt": article })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("--lang fr or --lang en"),
    });
    expect(await runCli(["draft", "a.txt", "b.txt", "--lang", "fr"])).toMatchObject({ code: 2, stderr: expect.stringContaining("one article") });
  });

  it("says which file it could not read", async () => {
    const { code, stderr } = await runCli(["draft", "missing.txt", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("missing.txt: cannot read");
  });
});
