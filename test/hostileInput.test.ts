import { describe, expect, it } from "vitest";
import { EXIT } from "../src/cli/main.js";
import { formatReport, IncidentError, reconcile, safeParseIncident, toProvJson, type Issue } from "../src/index.js";
import { runCli } from "./fixtures/cli.js";
import { EXOTIC_VALUES } from "./fuzz/exoticValues.js";
import { SEEDS } from "./fuzz/fuzzCase.js";
import {
  actorChain,
  allDifferentFigures,
  deepUnknownField,
  fewSourcesManyFigures,
  hugeIdOneLetterOff,
  placeChain,
  randomAnswers,
} from "./fuzz/hostileSizes.js";
import { valueAt } from "./fuzz/jsonData.js";

/**
 * Issue 14, "Hostile input: never crash, never point nowhere, never take
 * unbounded time": one test for each thing it found broken. Those still
 * open are `it.fails` (the test fails today, so the suite passes) and name
 * who is on them; when one is fixed, its `it.fails` fails, and becomes `it`.
 */

const base = () => ({
  contested: 1,
  id: "x",
  sources: [{ id: "s", name: "S", kind: "media" }],
  claims: [{ id: "c", source: "s", about: { facet: "killed" }, value: 3 }],
});
type Base = ReturnType<typeof base> & Record<string, unknown>;

const issuesOf = (input: unknown): Issue[] => {
  const result = safeParseIncident(input);
  return result.success ? [] : [...result.error.issues];
};

const nestedArrays = (depth: number): unknown => {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe("issue 14: crashes and errors that point nowhere", () => {
  it.each([
    ["at the top level", (i: Base, v: unknown) => void (i.tool = v)],
    ["in a claim", (i: Base, v: unknown) => void ((i.claims[0] as Record<string, unknown>).tool = v)],
    ["in a claim's about", (i: Base, v: unknown) => void ((i.claims[0]!.about as Record<string, unknown>).tool = v)],
    ["in a source", (i: Base, v: unknown) => void ((i.sources[0] as Record<string, unknown>).tool = v)],
  ])("refuses an unknown field of arrays nested 1 800 deep %s with an issue, instead of overflowing the stack in the deep freeze", (_where, put) => {
    const input = base() as Base;
    put(input, nestedArrays(1_800));
    expect(() => safeParseIncident(input)).not.toThrow();
    expect(issuesOf(input).map((i) => i.code)).toEqual(["too-deep"]);
  });

  it("refuses objects nested 2 000 deep and arrays 4 000 deep at the path where they pass the limit, saying they are too deep and what the limit is", () => {
    for (const input of [deepUnknownField(2_000, "object"), deepUnknownField(4_000, "array")]) {
      const [issue, ...others] = issuesOf(input);
      expect(others).toEqual([]);
      expect(issue).toMatchObject({ code: "too-deep", params: { limit: 100 } });
      expect(issue!.path.slice(0, 2)).toEqual(["tool", issue!.path[1]]);
      expect(valueAt(input, issue!.path).exists).toBe(true);
      expect(issue!.message).toContain("100 levels");
      expect(issue!.fix).not.toBe("");
    }
  });

  it("refuses an id holding a lone surrogate at its path, so that toProvJson throws only IncidentError, never URIError", () => {
    const input = base();
    input.sources[0]!.id = "s\ud800";
    input.claims[0]!.source = "s\ud800";
    expect(issuesOf(input).map((i) => [i.code, i.path])).toEqual([
      ["malformed-text", ["sources", 0, "id"]],
      ["malformed-text", ["claims", 0, "source"]],
    ]);
    expect(() => toProvJson(input)).toThrow(IncidentError);
  });

  it("reads a JSON or NDJSON file that starts with a UTF-8 byte order mark, as Windows tools write it", async () => {
    const seed = SEEDS["bamako-2024-09-17"]!;
    for (const text of [`\ufeff${JSON.stringify(seed, null, 2)}`, `\ufeff${JSON.stringify(seed)}\n${JSON.stringify(seed)}\n`]) {
      expect(await runCli(["validate", "in.json"], { "in.json": text })).toMatchObject({ code: EXIT.ok, stderr: "" });
    }
  });

  it("shows control characters and bidi overrides of the input as visible marks in the text report, instead of letting them act on the terminal", () => {
    const input = { ...base(), title: "Title \u001b[31mred \u202eevil\u202c", sources: [{ id: "s", name: "S\u001b]0;x\u0007", kind: "media" }] };
    const report = formatReport(reconcile(input));
    expect(report.split("\n")[0]).toBe("Title ␛[31mred ⟨U+202E⟩evil⟨U+202C⟩");
    expect(report).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
  });

  it("refuses an unknown key named __proto__ with an issue at its path, instead of dropping it silently, and pollutes no prototype", () => {
    const input = JSON.parse('{"contested":1,"id":"x","sources":[],"claims":[],"tool":{"keep":1,"__proto__":{"polluted":true}}}') as unknown;
    expect(issuesOf(input).map((i) => [i.code, i.path, i.params])).toEqual([["reserved-key", ["tool", "__proto__"], { key: "__proto__" }]]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  // Found by the fuzz suite, fixed in 5bed064: the copy that replaced structuredClone read the input without a guard.
  it.each(["a getter that throws", "a proxy whose traps throw", "a revoked proxy"] as const)(
    "refuses %s with an issue at its path, never throwing from safeParseIncident",
    (what) => {
      const input = { ...base(), tool: EXOTIC_VALUES[what]() };
      expect(() => safeParseIncident(input)).not.toThrow();
      const issues = issuesOf(input);
      expect(issues.map((i) => [i.code, i.path[0]])).toEqual([["invalid-type", "tool"]]);
      expect(issues[0]!.fix).not.toBe("");
    },
  );

  // Found by the fuzz suite: the cycle was put at the first claim of that id,
  // which has no basedOn.
  it("puts a basedOn cycle through a claim whose id is used twice at a basedOn that exists", () => {
    const input = {
      ...base(),
      claims: [
        { id: "a", source: "s", about: { facet: "killed" }, value: 3 },
        { id: "b", source: "s", about: { facet: "killed" }, value: 2, basedOn: ["a"] },
        { id: "a", source: "s", about: { facet: "killed" }, value: 1, basedOn: ["b"] },
      ],
    };
    const issues = issuesOf(input);
    expect(issues.map((i) => i.code)).toContain("cycle");
    for (const issue of issues) expect(valueAt(input, issue.path).exists).toBe(true);
  });
});

describe("issue 14: time and memory that grow out of bounds", () => {
  it("gives no 'did you mean' for a name past 256 characters, so that a 1 MB id one letter off costs linear time", () => {
    const [issue, ...others] = issuesOf(hugeIdOneLetterOff(1_000_000));
    expect(others).toEqual([]);
    expect(issue).toMatchObject({ code: "unknown-reference", path: ["claims", 0, "source"], params: { what: "source", suggestion: undefined, knownCount: 1 } });
    expect(issuesOf(hugeIdOneLetterOff(256))[0]!.params).toMatchObject({ suggestion: "s".repeat(256) });
  });

  it("makes one disjoint finding with a thousand sides of a thousand different figures, not one flag per pair", () => {
    const findings = reconcile(allDifferentFigures(1_000), { words: false });
    expect(findings.flags.map((f) => [f.kind, f.sides.length])).toEqual([["disjoint", 1_000]]);
  });

  // Found by the fuzz suite's hostile sizes: when one source gave two of the
  // figures, the grouped finding fell back to a finding per pair (1 000
  // figures from 999 sources made 499 500 disjoint flags). Groups a source
  // ties now make one side (src/reconcile/disjointGroups.ts).
  it("keeps findings linear in the figures when a source gives two of them: 200 figures from 199 sources make fewer than 400 flags", () => {
    expect(reconcile(fewSourcesManyFigures(200, 199), { words: false }).flags.length).toBeLessThan(400);
  });

  it("answers containment along a place chain 10 000 deep from an index: the figure at its deepest place is more than its top allows", () => {
    const input = placeChain(10_000, 200) as { claims: { id: string; about: { place?: string }; value: unknown }[] };
    input.claims[0]!.value = 1;
    input.claims[198]!.value = 50;
    const findings = reconcile(input, { words: false });
    const top = findings.flags.filter((f) => f.kind === "exceeds-whole" && f.sides.some((side) => side.includes("c0")));
    expect(top.map((f) => f.sides.flat()).some((claims) => claims.includes("c198"))).toBe(true);
  });

  it("answers containment along an actor chain 10 000 deep from an index, as for places", () => {
    const findings = reconcile(actorChain(10_000, 200), { words: false });
    expect(findings.flags.some((f) => f.kind === "exceeds-whole")).toBe(true);
  });

  // Found by the fuzz suite's hostile sizes: a part that exceeded its whole
  // was one finding per pair of claims, so 1 000 tolls along a chain of
  // places made ~250 000 exceeds-whole flags (15 s without words, a 141 MB
  // JSON report). A part's figure now makes one finding against all the
  // wholes it exceeds (src/reconcile/partsAndWholes.ts).
  it("keeps exceeds-whole findings linear in the claims along a chain: 200 tolls down a chain make fewer than 800 flags", () => {
    const findings = reconcile(placeChain(200, 400), { words: false });
    expect(findings.flags.filter((f) => f.kind === "exceeds-whole").length).toBeLessThan(800);
  });

  it("writes the report of a large incident in bounded sections, saying how many more there are: four times the claims make a report hardly longer", () => {
    const [small, large] = [2_000, 8_000].map((claims) => formatReport(reconcile(randomAnswers(claims)), { limit: 5 }));
    expect(large!.length).toBeLessThan(small!.length * 1.25);
    expect(large).toMatch(/and \d+ more/u);
  });
});
