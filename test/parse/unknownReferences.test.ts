import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatIssueIn, IncidentError, issueText, parseIncident, safeParseIncident, type Issue } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";

const issuesOf = (input: unknown): Issue[] => {
  const result = safeParseIncident(input);
  return result.success ? [] : [...result.error.issues];
};

describe("an unknown reference says what was meant, or what there is", () => {
  it.each<[string, string, string, string]>([
    ["a place id one letter off", "twn", 'unknown place "twn" — did you mean "town"?', 'Use an id or alias from "places", or add the place there.'],
    [
      "a place's name one letter off",
      "Camp de Niafunk",
      'unknown place "Camp de Niafunk" — did you mean "Camp de Niafunké"?',
      'Use an id or alias from "places", or add the place there.',
    ],
    [
      "a place no entry is close to",
      "Tessalit",
      'unknown place "Tessalit"',
      'Use an id or alias from "places" ("region", "town", "camp", "other-town"), or add the place there.',
    ],
  ])("%s", (_case, place, message, fix) => {
    const [issue] = issuesOf(incidentWith([{ id: "c", source: "rfi", about: { facet: "killed", place }, value: 3 }]));
    expect(issue).toMatchObject({ code: "unknown-reference", path: ["claims", 0, "about", "place"], message, fix });
  });

  it("gives the known names and their number as data", () => {
    const [issue] = issuesOf(incidentWith([{ id: "c", source: "bbc", about: { facet: "killed" }, value: 3 }]));
    expect(issue).toMatchObject({
      code: "unknown-reference",
      params: { what: "source", name: "bbc", known: ["army", "group", "locals", "rfi"], knownCount: 4 },
    });
    expect(issue!.params).not.toHaveProperty("suggestion", expect.anything());
  });

  it("lists at most ten known names, and says how many more there are", () => {
    const places = Array.from({ length: 25 }, (_, i) => ({ id: `place-${i}`, name: `Place ${i}` }));
    const [issue] = issuesOf(incidentWith([{ id: "c", source: "rfi", about: { facet: "killed", place: "Tessalit" }, value: 3 }], { places }));
    expect(issue?.params).toMatchObject({ knownCount: 25 });
    expect(issue?.fix).toContain('"place-9" and 15 more), or add the place there.');
  });

  it("answers an unknown reference in every claim of a large incident once per name", () => {
    const sources = Array.from({ length: 2_000 }, (_, i) => ({ id: `source-${i}`, name: `Source ${i}`, kind: "media" as const }));
    const claims = Array.from({ length: 2_000 }, (_, i) => ({ id: `c${i}`, source: `sourse-${i % 7}`, about: { facet: "killed" as const }, value: i }));
    const issues = issuesOf(incidentWith(claims, { sources }));
    expect(issues).toHaveLength(2_000);
    expect(issues[0]).toMatchObject({ params: { suggestion: "source-0" } });
  });
});

const seedsDir = join(import.meta.dirname, "..", "..", "seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(seedsDir, f), "utf8")) as Record<string, unknown>);

/** A reference, mistyped or not: a known id with an edit, or any text. */
const mistyped = (known: readonly string[]) =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...known), fc.nat(), fc.constantFrom("", "x", "é", "-"))
      .map(([id, at, letter]) => id.slice(0, at % (id.length + 1)) + letter + id.slice((at % (id.length + 1)) + 1)),
    fc.string({ maxLength: 12 }),
  );

describe("a tool reads the suggestion from the params, never from the words", () => {
  test.prop([
    fc
      .constantFrom(...seeds)
      .chain((seed) =>
        fc.tuple(
          fc.constant(seed),
          mistyped((seed.sources as { id: string }[]).map((s) => s.id)),
          mistyped(((seed.places as { id: string }[] | undefined) ?? [{ id: "x" }]).map((p) => p.id)),
        ),
      ),
  ])("the suggestion in params is the one the English and the French messages name", ([seed, source, place]) => {
    const incident = structuredClone(seed) as { claims: Record<string, unknown>[] };
    incident.claims[0]!.source = source;
    incident.claims[0]!.about = { ...(incident.claims[0]!.about as object), place };
    for (const issue of issuesOf(incident)) {
      const suggestion = "suggestion" in issue.params ? issue.params.suggestion : undefined;
      if (suggestion === undefined) {
        expect(issue.message).not.toContain("did you mean");
        expect(issueText(issue, "fr").message).not.toContain("vouliez-vous dire");
      } else {
        expect(issue.message.endsWith(` — did you mean ${JSON.stringify(suggestion)}?`) || issue.message.endsWith(` — did you mean "${suggestion}"?`)).toBe(
          true,
        );
        expect(issueText(issue, "fr").message).toContain(`vouliez-vous dire «\u00a0${suggestion}\u00a0»`);
      }
      expect(formatIssueIn(issue, "en")).toBe(formatIssueIn(issue, "en"));
    }
  });
});

const hostileText = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom("__proto__", "constructor", "toString", "\ud800", "x\udc00y", "🙂", "", " ", "withheld", "unknown"),
  fc.string({ minLength: 300, maxLength: 400 }),
);

describe("parseIncident never throws anything but IncidentError", () => {
  test.prop([
    fc.constantFrom(...seeds),
    fc.array(
      fc.tuple(
        fc.constantFrom("actors", "places", "sources", "claims"),
        fc.nat(),
        fc.string({ maxLength: 8 }),
        fc.oneof(hostileText, fc.jsonValue({ maxDepth: 2 })),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  ])("on seeds with fields set to hostile values", (seed, edits) => {
    const incident = structuredClone(seed) as Record<string, Record<string, unknown>[] | undefined>;
    for (const [list, at, key, value] of edits) {
      const entries = incident[list];
      if (!entries || entries.length === 0) continue;
      const entry = entries[at % entries.length]!;
      const keys = Object.keys(entry);
      entry[keys.length > 0 && key.length < 4 ? keys[key.length % keys.length]! : key] = value;
    }
    try {
      parseIncident(incident);
    } catch (error) {
      expect(error).toBeInstanceOf(IncidentError);
      for (const issue of (error as IncidentError).issues) expect(issueText(issue, "fr").message).not.toBe("");
    }
  });
});
