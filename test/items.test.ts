import { describe, expect, it } from "vitest";
import { conflict, defineVocabulary, formatPath, reconcile, safeParseIncident, VocabularyError } from "../src/index.js";
import { incidentWith } from "./fixtures/build.js";

const looted = (id: string, source: string, item: string, value: number) => ({ id, source, about: { facet: "looted", place: "camp", item }, value });
const problems = (input: unknown, vocabulary = conflict) => {
  const result = safeParseIncident(input, { vocabulary });
  return result.success ? [] : result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
};

describe("declared items", () => {
  it('reads « véhicules », "Vehicle" and "pick-up" as one question about vehicles, so their figures are compared', () => {
    const result = reconcile(incidentWith([looted("a", "army", "véhicules", 5), looted("b", "group", "Vehicle", 12), looted("c", "locals", "pick-up", 5)]));
    expect(result.questions.map((q) => q.key)).toEqual(["looted|place=camp|item=vehicles"]);
    const disjoint = result.flags.filter((f) => f.kind === "disjoint").map((f) => [...f.sides].sort((x, y) => x.length - y.length));
    expect(disjoint).toEqual([[["b"], ["a", "c"]]]);
  });

  it("refuses an item no declaration knows, with a did-you-mean, as for an unknown place", () => {
    expect(problems(incidentWith([looted("a", "army", "vehicels", 5)]))).toEqual(['claims[0].about.item: unknown item "vehicels" — did you mean "vehicles"?']);
  });

  it("takes an item the incident declares, by its name or aliases, beside the vocabulary's", () => {
    const items = [{ id: "granaries", name: "granaries", aliases: ["greniers"] }];
    const result = reconcile(incidentWith([looted("a", "army", "greniers", 3), looted("b", "group", "Granaries", 3)], { items }));
    expect(result.questions.map((q) => [q.key, q.status])).toEqual([["looted|place=camp|item=granaries", "agreed"]]);
  });

  it("refuses an incident's items that share an id or a name", () => {
    const items = [
      { id: "sacks", name: "sacks of grain" },
      { id: "sacks", name: "bags" },
      { id: "bags", name: "Bags" },
    ];
    expect(problems(incidentWith([], { items }))).toEqual([
      'items[1].id: duplicate item id "sacks" (first used at items[0])',
      'items[2].id: "bags" also names item "sacks", so claims using it would be ambiguous',
      'items[2].name: "Bags" also names item "sacks", so claims using it would be ambiguous',
    ]);
  });

  it("leaves item free text, compared folded, when neither the vocabulary nor the incident declares any", () => {
    const plain = defineVocabulary({ name: "plain", facets: { looted: { kind: "quantity" } } });
    const result = reconcile(incidentWith([looted("a", "army", "Sacks of grain", 3), looted("b", "group", "sacks-of-grain", 3)]), { vocabulary: plain });
    expect(result.questions.map((q) => q.key)).toEqual(["looted|place=camp|item=sacks of grain"]);
  });

  it("names items in French reports by the vocabulary's French label", () => {
    const result = reconcile(incidentWith([looted("a", "army", "vehicles", 5)]), { lang: "fr" });
    expect(result.flags.find((f) => f.kind === "single-source")?.note).toContain("objet véhicules");
  });

  it("ships the common items of armed conflict, each name standing for one item only", () => {
    expect(Object.keys(conflict.items ?? {})).toEqual(
      expect.arrayContaining(["vehicles", "weapons", "ammunition", "motorcycles", "camps", "depots", "houses"]),
    );
    expect(() => defineVocabulary({ ...conflict, items: { ...conflict.items, trucks: { aliases: ["pick-up"] } } })).toThrow(VocabularyError);
  });
});
