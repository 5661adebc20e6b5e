import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { formatPath, safeParseIncident, type IncidentInput } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";

const problems = (input: unknown) => {
  const result = safeParseIncident(input);
  return result.success ? [] : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
};

/** A French incident whose claims read phrases, refer to every list, and rest on each other. */
const french = (): IncidentInput =>
  incidentWith(
    [
      { id: "toll", source: "locals", via: ["rfi"], about: { facet: "killed", party: "fama", place: "town" }, value: { phrase: "une cinquantaine" } },
      { id: "dozens", source: "group", about: { facet: "killed", party: "GSIM" }, value: { phrase: "plusieurs dizaines" } },
      { id: "relay", source: "rfi", about: { facet: "killed", party: "fama" }, value: { phrase: "une cinquantaine" }, basedOn: ["toll"] },
      { id: "where", source: "army", about: { facet: "location" }, value: "camp" },
    ],
    { lang: "fr" },
  );

type Break = (incident: Record<string, unknown> & IncidentInput) => void;

describe("one structural error brings no false follow-on error", () => {
  it.each<[string, Break, string[]]>([
    ["a partOf that is not a list of names", (i) => void (i.actors![1]!.partOf = [3 as never]), ["actors[1].partOf[0]: expected a string, received number 3"]],
    [
      "a source kind the format does not have",
      (i) => void (i.sources[2]!.kind = "newspaper" as never),
      ['sources[2].kind: "newspaper" is not one of "party", "government", "media", "ngo", "international", "local", "witness", "expert", "social", "other"'],
    ],
    ["a place whose `in` is not a name", (i) => void (i.places![2]!.in = 5 as never), ["places[2].in: expected a string, received number 5"]],
    ["a broken actor that a claim names by its alias", (i) => void (i.actors![1]!.name = "" as never), ["actors[1].name: expected a non-empty string"]],
    [
      "a broken claim that another is based on",
      (i) => void (i.claims[0]!.hedge = "maybe" as never),
      ['claims[0].hedge: "maybe" is not one of "asserted", "claimed", "reported", "unconfirmed"'],
    ],
    ["a list of sources left out", (i) => void delete (i as { sources?: unknown }).sources, ["sources: missing a list"]],
    ["a list of actors that is not a list", (i) => void (i.actors = {} as never), ["actors: expected a list, received an object"]],
    ["a language that is not a language tag", (i) => void (i.lang = 7 as never), ["lang: expected a string, received number 7"]],
    ["a title that is not text", (i) => void (i.title = ["x"] as never), ["title: expected a string, received a list"]],
  ])("%s is the only problem listed", (_case, breakIt, expected) => {
    const incident = french() as Record<string, unknown> & IncidentInput;
    expect(problems(incident)).toEqual([]);
    breakIt(incident);
    expect(problems(incident)).toEqual(expected);
  });

  it("still knows the items the incident declares when another part is broken", () => {
    const incident = french() as IncidentInput & Record<string, unknown>;
    incident.items = [{ id: "granaries", name: "granaries", aliases: ["greniers"] }];
    incident.claims.push({ id: "looted", source: "army", about: { facet: "looted", place: "camp", item: "greniers" }, value: 3 });
    expect(problems(incident)).toEqual([]);
    incident.actors![1]!.partOf = [3 as never];
    expect(problems(incident)).toEqual(["actors[1].partOf[0]: expected a string, received number 3"]);
    incident.items = [{ id: 4 }] as never;
    expect(problems(incident)).toEqual([
      "actors[1].partOf[0]: expected a string, received number 3",
      "items[0].id: expected a string, received number 4",
      "items[0].name: missing a string",
    ]);
  });

  it("still reads the phrases in the incident's language, so that a real phrase problem is still found", () => {
    const incident = french();
    incident.sources[2]!.kind = "newspaper" as never;
    incident.claims[1]!.value = { phrase: "de lourdes pertes" };
    expect(problems(incident)).toEqual([
      'sources[2].kind: "newspaper" is not one of "party", "government", "media", "ngo", "international", "local", "witness", "expert", "social", "other"',
      'claims[1].value.phrase: the phrase "de lourdes pertes" holds no count the lexicon can read',
    ]);
  });

  const seedsDir = join(import.meta.dirname, "..", "..", "seeds");
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(seedsDir, f), "utf8")) as Record<string, unknown[]>);
  const breaks: Record<string, (entry: Record<string, unknown>) => void> = {
    "a name that is a number": (e) => void (e.name = 3),
    "a kind that is a number": (e) => void (e.kind = 42),
    "aliases that are not a list": (e) => void (e.aliases = "x"),
    "a hedge the format does not have": (e) => void (e.hedge = "maybe"),
    "a source that is a number": (e) => void (e.source = 3),
  };
  const broken = fc
    .record({
      seed: fc.constantFrom(...seeds),
      list: fc.constantFrom("actors", "places", "sources", "claims"),
      at: fc.nat(),
      how: fc.constantFrom(...Object.keys(breaks)),
    })
    .filter(({ seed, list }) => (seed[list]?.length ?? 0) > 0);

  test.prop([broken])("in any seed, every issue of one broken entry is at that entry", ({ seed, list, at, how }) => {
    const incident = structuredClone(seed);
    const index = at % incident[list]!.length;
    breaks[how]!(incident[list]![index] as Record<string, unknown>);
    const result = safeParseIncident(incident);
    for (const issue of result.success ? [] : result.error.issues) expect(issue.path.slice(0, 2)).toEqual([list, index]);
  });
});

describe("a missing field says it is missing", () => {
  it.each<[string, Break, string]>([
    ["a claim's value", (i) => void delete (i.claims[3] as { value?: unknown }).value, "claims[3].value: missing the claim's value"],
    ["a claim's source", (i) => void delete (i.claims[3] as { source?: unknown }).source, "claims[3].source: missing a string"],
    ["an actor's name", (i) => void delete (i.actors![0] as { name?: unknown }).name, "actors[0].name: missing a string"],
    [
      "a party source's actor",
      (i) => void delete (i.sources[0] as { actor?: unknown }).actor,
      'sources[0].actor: missing "actor": the id of the side a party source speaks for',
    ],
    ["the format version", (i) => void delete (i as { contested?: unknown }).contested, "contested: missing one of 1"],
  ])("%s", (_case, breakIt, expected) => {
    const incident = french() as Record<string, unknown> & IncidentInput;
    breakIt(incident);
    expect(problems(incident)).toEqual([expected]);
  });
});
