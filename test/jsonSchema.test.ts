import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { conflict, defineVocabulary, incidentJsonSchema, safeParseIncident } from "../src/index.js";
import { ISO_TIME_PATTERN } from "../src/jsonSchema.js";
import { timeInterval } from "../src/values/timeInterval.js";
import { claims } from "./fixtures/arbitraries.js";
import { incidentWith } from "./fixtures/build.js";

const seedsDir = join(import.meta.dirname, "..", "seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const load = (file: string) => JSON.parse(readFileSync(join(seedsDir, file), "utf8")) as Record<string, unknown>;
const schema = incidentJsonSchema();
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

/** A valid incident with one claim, changed by `edit`. */
const base = () =>
  incidentWith([{ id: "c", source: "rfi", about: { facet: "killed", place: "town" }, value: { approx: 50 }, said: "2023-11-24" }]) as Record<string, any>;
const broken = (edit: (doc: Record<string, any>) => void) => {
  const doc = base();
  edit(doc);
  return doc;
};

describe("the JSON Schema of format 1", () => {
  it("is valid draft 2020-12, with an $id that is not a fragment: Ajv compiles it in strict mode", () => {
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(String(schema.$id)).not.toContain("#");
  });

  it.each(seeds)("accepts the seed %s", (file) => {
    expect(validate(load(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  test.prop([claims])("accepts every incident the parser accepts", (list) => {
    const doc = incidentWith(list as never);
    fc.pre(safeParseIncident(doc).success);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ["another format version", (d: Record<string, any>) => (d.contested = 2)],
    ["no sources", (d: Record<string, any>) => delete d.sources],
    ["a source kind it does not know", (d: Record<string, any>) => (d.sources[0].kind = "press")],
    ["an empty id", (d: Record<string, any>) => (d.claims[0].id = "")],
    ["a facet the vocabulary does not have", (d: Record<string, any>) => (d.claims[0].about.facet = "kiled")],
    ["a negative count", (d: Record<string, any>) => (d.claims[0].value = -3)],
    ["a negative approximate count", (d: Record<string, any>) => (d.claims[0].value = { approx: -3 })],
    ["a quantity object with no reading and no phrase", (d: Record<string, any>) => (d.claims[0].value = { lang: "fr" })],
    ["a quantity object with two readings", (d: Record<string, any>) => (d.claims[0].value = { approx: 50, atLeast: 40 })],
    ["min without max", (d: Record<string, any>) => (d.claims[0].value = { min: 20 })],
    ["a tolerance without approx", (d: Record<string, any>) => (d.claims[0].value = { exactly: 3, tolerance: 1 })],
    ["a misspelt key in a quantity", (d: Record<string, any>) => (d.claims[0].value = { aprox: 50 })],
    [
      "a category value the facet does not list",
      (d: Record<string, any>) => (d.claims[0] = { ...d.claims[0], about: { facet: "control", place: "camp" }, value: "capturd" }),
    ],
    ["an empty set of means", (d: Record<string, any>) => (d.claims[0] = { ...d.claims[0], about: { facet: "means" }, value: [] })],
    ["a date that is not ISO 8601", (d: Record<string, any>) => (d.claims[0].said = "24/11/2023")],
    ["a month 13", (d: Record<string, any>) => (d.claims[0] = { ...d.claims[0], about: { facet: "occurred" }, value: "2023-13" })],
    ["a range without its end", (d: Record<string, any>) => (d.claims[0].about.when = { from: "2023-11-24" })],
    ["a hedge it does not know", (d: Record<string, any>) => (d.claims[0].hedge = "maybe")],
  ])("refuses %s, as the parser does", (_what, edit) => {
    const doc = broken(edit);
    expect(validate(doc)).toBe(false);
    expect(safeParseIncident(doc).success).toBe(false);
  });

  it("describes every field it names", () => {
    const missing: string[] = [];
    const walk = (node: Record<string, any>, path: string) => {
      for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, any>>)) {
        if (typeof child !== "object") continue;
        if (!child.description && !path.includes("/allOf/") && !path.includes("/not")) missing.push(`${path}/${name}`);
        walk(child, `${path}/${name}`);
      }
      if (node.items && typeof node.items === "object") walk(node.items, `${path}[]`);
    };
    walk(schema, "");
    expect(
      missing.filter((p) => !/\/value\/|\/(exactly|approx|tolerance|min|max|atLeast|atMost|phrase|lang)$/.test(p) || p.endsWith("/claims[]/lang")),
    ).toEqual([]);
    expect(schema.description).toMatch(/attributed claims/);
  });

  it("lists the built-in vocabulary's facets as an enum, and another vocabulary's when given one", () => {
    const facet = (s: Record<string, any>) => s.properties.claims.items.properties.about.properties.facet;
    expect(facet(schema).enum).toEqual(Object.keys(conflict.facets));
    const health = defineVocabulary({ name: "health", facets: { cases: { kind: "quantity" }, origin: { kind: "category", values: ["zoonotic", "lab"] } } });
    const other = incidentJsonSchema({ vocabulary: health });
    expect(facet(other).enum).toEqual(["cases", "origin"]);
    expect(new Ajv2020({ strict: true }).validateSchema(other)).toBe(true);
  });

  test.prop([fc.oneof(fc.string(), fc.stringMatching(/^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/))])(
    "reads dates as the parser does: every date it accepts matches the pattern, and a match fails only on a day the month lacks",
    (text) => {
      const matches = new RegExp(ISO_TIME_PATTERN, "u").test(text);
      if (timeInterval(text) !== undefined) expect(matches).toBe(true);
      else if (matches) expect(/-(29|30|31)(T|$)/u.test(text)).toBe(true);
    },
  );

  const python = "/usr/bin/python3";
  const hasJsonschema = spawnSync(python, ["-c", "import jsonschema"]).status === 0;
  it.skipIf(!hasJsonschema)(
    "loads in Python's jsonschema (Debian's python3-jsonschema) and accepts the seeds there too",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "contested-schema-"));
      writeFileSync(join(dir, "schema.json"), JSON.stringify(schema));
      const script = [
        "import json, sys, glob",
        "from jsonschema import Draft202012Validator",
        "schema = json.load(open(sys.argv[1]))",
        "Draft202012Validator.check_schema(schema)",
        "v = Draft202012Validator(schema)",
        "print(sum(1 for f in sorted(glob.glob(sys.argv[2] + '/*.json')) if v.is_valid(json.load(open(f)))))",
      ].join("\n");
      expect(execFileSync(python, ["-c", script, join(dir, "schema.json"), seedsDir], { encoding: "utf8" }).trim()).toBe(String(seeds.length));
    },
    120_000,
  );
});
