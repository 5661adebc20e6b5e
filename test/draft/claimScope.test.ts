import { describe, expect, it } from "vitest";
import { countedScope, ITEMS } from "../../src/draft/claimScope.js";
import { tokenize } from "../../src/lexicon/tokenize.js";
import { CONFLICT_ITEMS } from "../../src/vocabulary/conflictItems.js";

describe("the things a count may count", () => {
  it.each(["fr", "en"] as const)("are items the conflict vocabulary knows, so that parseIncident accepts every draft (%s)", (lang) => {
    expect([...new Set(ITEMS[lang].values())].filter((item) => !(item in CONFLICT_ITEMS))).toEqual([]);
  });
});

describe("countedScope", () => {
  it("reads « trois villages » as villages counted", () => {
    const tokens = tokenize("incendié trois villages", "fr");
    expect(countedScope(tokens, 1, 2, "fr").item).toBe("villages");
  });

  it("reads « plusieurs jeunes du village » as people of the village, never the village", () => {
    const tokens = tokenize("enlevé plusieurs jeunes du village", "fr");
    expect(countedScope(tokens, 1, 2, "fr")).not.toHaveProperty("item");
  });

  it('reads "three young men of the hamlet" as people, never the hamlet', () => {
    const tokens = tokenize("abducted three young men of the hamlet", "en");
    expect(countedScope(tokens, 1, 2, "en")).not.toHaveProperty("item");
  });
});

describe("counts of sides", () => {
  it('read « les deux groupes » and "the two groups" as no count of people', () => {
    expect(countedScope(tokenize("les deux groupes se sont affrontés", "fr"), 1, 2, "fr").uncounted).toBe(true);
    expect(countedScope(tokenize("the two groups clashed", "en"), 1, 2, "en").uncounted).toBe(true);
  });

  it('read « trois mineurs » and "three minors" as children', () => {
    expect(countedScope(tokenize("trois mineurs", "fr"), 0, 1, "fr").group).toBe("children");
    expect(countedScope(tokenize("three minors", "en"), 0, 1, "en").group).toBe("children");
  });
});
