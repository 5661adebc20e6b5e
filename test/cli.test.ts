import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { EXIT, main, USAGE } from "../src/cli/main.js";
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
      expect(stdout.trimEnd().split("\n").map((line) => JSON.parse(line).incident)).toEqual(["niafunke-goundam-2023-11-24", "bamako-2024-09-17"]);
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
      'in.ndjson:2: claims[0].source: unknown source "nobody". Fix: Use an id from "sources", or add the source there.',
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

  it("names the index of a bad incident in an array, and the file it could not read", async () => {
    const { code, stderr } = await runCli(["reconcile", "arr.json", "missing.json"], { "arr.json": JSON.stringify([bamako, invalid]) });
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain('arr.json[1]: claims[0].source: unknown source "nobody".');
    expect(stderr).toContain("missing.json: cannot read: ENOENT");
  });

  it("says how to give several incidents when a file is not one JSON document", async () => {
    const { stderr } = await runCli(["reconcile", "two.json"], { "two.json": `${JSON.stringify(bamako, null, 2)}\n${JSON.stringify(quiet, null, 2)}` });
    expect(stderr).toMatch(/^two\.json: not JSON: .*Several incidents go in a JSON array, or one per line \(NDJSON\)\n$/);
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
    const { code, stdout, stderr } = await runCli(["validate", "good.json", "bad.json"], { "good.json": JSON.stringify(bamako), "bad.json": JSON.stringify(invalid) });
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toBe('bad.json:1: claims[0].source: unknown source "nobody". Fix: Use an id from "sources", or add the source there.\n');
    expect(stdout).toBe("2 incidents: 1 valid, 1 invalid\n");
    expect((await runCli(["validate", "good.json"], { "good.json": JSON.stringify(bamako) })).code).toBe(EXIT.ok);
  });

  it("schema prints the JSON Schema of format 1", async () => {
    const { code, stdout } = await runCli(["schema"]);
    expect([code, JSON.parse(stdout)]).toEqual([EXIT.ok, JSON.parse(JSON.stringify(incidentJsonSchema()))]);
  });
});

describe("progress", () => {
  const many = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ ...quiet, id: `q${i}` })).join("\n");
  const runWith = async (isTTY: boolean, size: number) => {
    const stderr = Object.assign(new PassThrough(), { isTTY });
    const written: string[] = [];
    stderr.on("data", (chunk) => written.push(String(chunk)));
    const code = await main(["validate", "big.ndjson"], { stdin: new PassThrough(), stdout: new PassThrough(), stderr, open: () => Readable.from([many]), size: () => size });
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

describe("usage", () => {
  it.each([
    [["frob"], 'unknown command "frob"'],
    [[], "no command given"],
    [["reconcile"], 'reconcile needs at least one file, or "-" for standard input'],
    [["reconcile", "x", "--format", "pdf"], '--format must be one of text, markdown, html, json, not "pdf"'],
    [["reconcile", "x", "--lang", "de"], '--lang must be one of en, fr, not "de"'],
    [["reconcile", "x", "--fail-on", "all"], '--fail-on must be one of contradiction, notice, none, not "all"'],
    [["reconcile", "x", "--colour"], "Unknown option '--colour'"],
  ])("%j exits 2 and says: %s", async (argv, problem) => {
    const { code, stderr } = await runCli(argv);
    expect(code).toBe(EXIT.invalid);
    expect(stderr).toContain(problem);
    expect(stderr).toContain(USAGE);
  });

  it("--help prints the usage on stdout and exits 0", async () => {
    expect(await runCli(["--help"])).toEqual({ code: EXIT.ok, stdout: `${USAGE}\n`, stderr: "" });
  });
});

describe("the contested bin, as a process", () => {
  const bin = (args: string[], input?: string) =>
    spawnSync(process.execPath, ["--import", "tsx", join(root, "src", "cli", "contested.ts"), ...args], { cwd: root, encoding: "utf8", ...(input !== undefined ? { input } : {}) });

  it("exits with the documented codes: 0, 1 and 2", () => {
    expect(bin(["reconcile", seedPath("bamako-2024-09-17")]).status).toBe(0);
    expect(bin(["reconcile", seedPath("niafunke-goundam-2023-11-24"), "--fail-on", "contradiction"]).status).toBe(1);
    const bad = bin(["validate", "-"], JSON.stringify(invalid));
    expect([bad.status, bad.stderr]).toEqual([2, '<stdin>:1: claims[0].source: unknown source "nobody". Fix: Use an id from "sources", or add the source there.\n']);
  });

  it("prints the package's version", () => {
    expect(bin(["--version"]).stdout.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version);
  });
});

describe("contested draft", () => {
  const article = "BAMAKO, 9 avril 2024 (AFP) - Au moins douze soldats ont été tués lundi près de Sokoura, selon des sources locales. L'armée n'a pas souhaité donner de bilan.";

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
    expect(await runCli(["draft", "article.txt"], { "article.txt": article })).toMatchObject({ code: 2, stderr: expect.stringContaining("--lang fr or --lang en") });
    expect(await runCli(["draft", "a.txt", "b.txt", "--lang", "fr"])).toMatchObject({ code: 2, stderr: expect.stringContaining("one article") });
  });

  it("says which file it could not read", async () => {
    const { code, stderr } = await runCli(["draft", "missing.txt", "--lang", "en"]);
    expect(code).toBe(2);
    expect(stderr).toContain("missing.txt: cannot read");
  });
});
