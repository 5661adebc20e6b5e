import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "./checkDocument.js";
import { EXOTIC_VALUES } from "./exoticValues.js";
import { fuzzCase, SEEDS, SMALL } from "./fuzzCase.js";
import { HOSTILE_STRINGS } from "./hostileValues.js";
import { unsafeHtml } from "./htmlSafety.js";
import { fingerprint, valueAt } from "./jsonData.js";
import { brokenTables } from "./markdownTables.js";

/**
 * A small, seeded run of the fuzz suite inside `npm test`; `npm run fuzz`
 * runs the same properties on ten thousand documents and more. The seed is
 * fixed, so a failure here fails the same way on every machine; the run is
 * bounded by its number of cases, never by the clock.
 */
const RUN = { seed: 14, numRuns: 300 } as const;

const failuresOf = (input: unknown) => checkDocument(input).failures.map((f) => `${f.kind}: ${f.detail}`);

describe("hostile documents break no promise", () => {
  it("on every seed as it is", () => {
    for (const seed of Object.values(SEEDS)) {
      const outcome = checkDocument(seed);
      expect(outcome.failures).toEqual([]);
      expect(outcome.accepted).toBe(true);
    }
  });

  it("on seeds with fields dropped, duplicated, retyped, swapped, deeply nested, huge or hostile, and on generated documents", () => {
    fc.assert(
      fc.property(fuzzCase(SMALL), (fuzz) => {
        expect(failuresOf(fuzz.input)).toEqual([]);
      }),
      RUN,
    );
  });

  it("accepts enough of the documents for the exports to be tried on them", () => {
    const outcomes = fc.sample(fuzzCase(SMALL), { seed: RUN.seed, numRuns: 100 }).map((fuzz) => checkDocument(fuzz.input));
    expect(outcomes.filter((o) => o.accepted).length).toBeGreaterThan(15);
    expect(outcomes.filter((o) => !o.accepted).length).toBeGreaterThan(20);
  });

  it("on every hostile string in every text field of a seed", () => {
    const seed = SEEDS["niafunke-goundam-2023-11-24"] as { title: string; sources: { name: string }[]; claims: { quote?: string }[] };
    for (const text of HOSTILE_STRINGS.filter((s) => s.length > 0)) {
      const input = structuredClone(seed);
      input.title = text;
      input.sources[0]!.name = text;
      input.claims[0]!.quote = text;
      expect(failuresOf(input)).toEqual([]);
    }
  });
});

describe("the fuzz suite's own checks catch what they look for", () => {
  it("finds a script, an element the report does not write, an event attribute and a comment in HTML", () => {
    expect(unsafeHtml('<section class="x"><p>a &lt;script&gt;</p></section>')).toEqual([]);
    expect(unsafeHtml("<p><script>alert(1)</script></p>")).toContain("a <script");
    expect(unsafeHtml('<p title="x" onmouseover="alert(1)">x</p>')).toEqual(["event attribute onmouseover on <p>"]);
    expect(unsafeHtml("<td><img src=x onerror=alert(1)></td>")).toEqual(["element <img> the report does not write", "event attribute onerror on <img>"]);
    expect(unsafeHtml("<p><!-- x --></p>")).toHaveLength(1);
  });

  it("finds a Markdown row with a cell too many, and a row cut by a line break", () => {
    expect(brokenTables("| a | b |\n| --- | ---: |\n| 1 | 2 \\| 3 |\n\ntext")).toEqual([]);
    expect(brokenTables("| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n")).toHaveLength(1);
    expect(brokenTables("| a | b |\n| --- | --- |\n| 1 | 2\nthree |\n")).toHaveLength(2);
  });

  it("sees a change to the input: a key, a signed zero, a freeze, a prototype", () => {
    const input = { id: "x", list: [0], nested: { deep: true } };
    const before = fingerprint(input);
    expect(fingerprint(structuredClone(input))).toBe(before);
    for (const change of [
      (i: typeof input) => void (i.list[0] = -0),
      (i: typeof input) => void Object.freeze(i.nested),
      (i: typeof input) => void Object.setPrototypeOf(i.nested, null),
      (i: typeof input) => void delete (i as Partial<typeof input>).id,
    ]) {
      const changed = structuredClone(input);
      change(changed);
      expect(fingerprint(changed)).not.toBe(before);
    }
  });

  it("sees a polluted prototype, and cleans it", () => {
    (Object.prototype as Record<string, unknown>).polluted = true;
    expect(checkDocument({}).failures.map((f) => f.kind)).toContain("prototype polluted");
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("sees an issue whose path points nowhere", () => {
    expect(Object.keys(EXOTIC_VALUES).length).toBeGreaterThan(10);
    expect(valueAt({ claims: [{ id: "a" }] }, ["claims", 0, "id"]).exists).toBe(true);
    expect(valueAt({ claims: [{ id: "a" }] }, ["claims", 1]).exists).toBe(false);
    expect(valueAt({ claims: [{ id: "a" }] }, ["claims", "0"]).exists).toBe(false);
    expect(valueAt({ claims: [{ id: "a" }] }, ["claims", 0, "value"])).toMatchObject({ exists: false, parentExists: true });
    expect(valueAt({}, ["toString"]).exists).toBe(false);
  });
});
