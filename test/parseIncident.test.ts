import { describe, expect, it } from "vitest";
import {
  IncidentError,
  parseIncident,
  safeParseIncident,
  formatPath,
  incidentJsonSchema,
  defineVocabulary,
  VocabularyError,
  quantityReading,
  MAX_DEPTH,
} from "../src/index.js";
import { incidentWith } from "./fixtures/build.js";

const problems = (input: unknown) => {
  const result = safeParseIncident(input);
  if (result.success) throw new Error("expected the incident to be refused");
  return result.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
};

describe("parseIncident", () => {
  it("returns a frozen copy that keeps unknown fields at every level", () => {
    const input = incidentWith([{ id: "c", source: "rfi", about: { facet: "killed", mine: 1 }, value: 3, confidence: "low" }], { tool: { run: 7 } } as object);
    const incident = parseIncident(input);
    expect(incident).toMatchObject({ tool: { run: 7 }, claims: [{ confidence: "low", about: { mine: 1 } }] });
    expect(Object.isFrozen(incident)).toBe(true);
    expect(Object.isFrozen(incident.claims[0])).toBe(true);
    expect(incident).not.toBe(input);
  });

  it("does not mutate or freeze the input", () => {
    const input = incidentWith([{ id: "c", source: "rfi", about: { facet: "killed" }, value: { approx: 50 } }], { tool: { run: 7 } } as object);
    const before = structuredClone(input);
    parseIncident(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen((input as unknown as { tool: object }).tool)).toBe(false);
  });

  it("lists every problem by path, with a did-you-mean for close names", () => {
    expect(
      problems(
        incidentWith([
          { id: "a", source: "rfi", about: { facet: "killed", party: "jnin" }, value: 3 },
          { id: "a", source: "bbc", about: { facet: "kiled" }, value: 3 },
          { id: "b", source: "rfi", via: ["rfi"], said: "2023-02-30", about: { facet: "control", place: "nowhere" }, value: "capturd" },
          { id: "c", source: "rfi", about: { facet: "occurred" }, value: "24/11/2023", basedOn: ["zzz"] },
        ]),
      ),
    ).toEqual([
      'claims[0].about.party: unknown actor "jnin" — did you mean "jnim"?',
      'claims[1].id: duplicate claim id "a" (first used at claims[0])',
      'claims[1].source: unknown source "bbc"',
      'claims[1].about.facet: unknown facet "kiled" in vocabulary "conflict" — did you mean "killed"?',
      'claims[2].via[0]: relays form a cycle through "via": rfi → rfi',
      'claims[2].said: "2023-02-30" is not an ISO 8601 date or date-time',
      'claims[2].about.place: unknown place "nowhere"',
      'claims[2].value: "capturd" is not a value of facet "control" — did you mean "captured"?',
      'claims[3].basedOn[0]: unknown claim "zzz"',
      'claims[3].value: value does not fit facet "occurred" (a time): not an ISO 8601 date or date-time',
    ]);
  });

  it("says how to fix each problem", () => {
    const result = safeParseIncident(incidentWith([{ id: "a", source: "rfi", about: { facet: "killed" }, value: "many" }]));
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error).toBeInstanceOf(IncidentError);
      expect(result.error.issues[0]).toMatchObject({ code: "value-kind", path: ["claims", 0, "value"] });
      expect(result.error.issues[0]!.fix).toMatch(/^Give a quantity/);
      expect(result.error.message).toContain('claims[0 "a"].value: value does not fit facet "killed" (a quantity)');
    }
  });

  it("refuses cycles in partOf, in and basedOn", () => {
    const input = incidentWith([
      { id: "x", source: "rfi", about: { facet: "killed" }, value: 1, basedOn: ["y"] },
      { id: "y", source: "rfi", about: { facet: "killed" }, value: 1, basedOn: ["x"] },
    ]);
    input.actors = [
      { id: "a", name: "A", partOf: ["b"] },
      { id: "b", name: "B", partOf: ["a"] },
    ];
    input.places = [
      { id: "p", name: "P", in: "q" },
      { id: "q", name: "Q", in: "p" },
    ];
    input.sources = [{ id: "rfi", name: "RFI", kind: "media" }];
    expect(problems(input)).toEqual([
      'actors[0].partOf: actors form a cycle through "partOf": a → b → a',
      'places[0].in: places form a cycle through "in": p → q → p',
      'claims[0].basedOn: claims form a cycle through "basedOn": x → y → x',
    ]);
  });

  it("reports shape errors and reference errors in one run", () => {
    const input = {
      contested: 2,
      id: "x",
      sources: [{ id: "s", name: "S", kind: "newspaper" }],
      claims: [{ id: "c", source: "nobody", about: { facet: "killed" }, value: { aprox: 50 } }],
    };
    expect(problems(input)).toEqual([
      "contested: format version 2 is not supported",
      'sources[0].kind: "newspaper" is not one of "party", "government", "media", "ngo", "international", "local", "witness", "expert", "social", "other"',
      'claims[0].value: unexpected key "aprox" in a value',
      "claims[0].value: a quantity object needs a phrase or one reading: exactly, approx, min and max, atLeast or atMost",
      'claims[0].source: unknown source "nobody"',
    ]);
  });

  describe("quantities given in words", () => {
    const killed = (value: object, extra: object = {}) => incidentWith([{ id: "c", source: "rfi", about: { facet: "killed" }, value: value as never }], extra);

    it("reads a phrase in the incident's language and keeps the words as they were", () => {
      const incident = parseIncident(killed({ phrase: "une cinquantaine" }, { lang: "fr" }));
      expect(incident.claims[0]!.value).toEqual({ phrase: "une cinquantaine" });
    });

    it("prefers the phrase's own language to the claim's and the incident's", () => {
      expect(safeParseIncident(killed({ phrase: "dozens", lang: "en" }, { lang: "fr" })).success).toBe(true);
      expect(problems(killed({ phrase: "dozens" }, { lang: "fr" }))).toEqual([
        'claims[0].value.phrase: the phrase "dozens" holds no count in French, the language it is read in, but holds one in English',
      ]);
    });

    it("asks for a language when none is given, naming the phrase", () => {
      expect(problems(killed({ phrase: "une cinquantaine" }))).toEqual([
        'claims[0].value.phrase: the phrase "une cinquantaine" has no language, so its words cannot be read',
      ]);
    });

    it("refuses a phrase that holds no count, or several, rather than guessing", () => {
      const refused = safeParseIncident(killed({ phrase: "de lourdes pertes" }, { lang: "fr" }));
      expect(refused.success ? [] : refused.error.issues.map((i) => i.fix)).toEqual([
        'Give the interval the words mean beside them, e.g. { "phrase": "de lourdes pertes", "min": 20, "max": 99 }.',
      ]);
      expect(problems(killed({ phrase: "12 tués et 30 blessés" }, { lang: "fr" }))).toEqual([
        'claims[0].value.phrase: the phrase "12 tués et 30 blessés" holds 2 counts ("12", "30"), so which one this claim gives is not clear',
      ]);
    });

    it("asks for the interval of a phrase in a language the lexicon does not read", () => {
      expect(problems(killed({ phrase: "Dutzende" }, { lang: "de" }))).toEqual([
        'claims[0].value.phrase: the phrase "Dutzende" is in "de", and the lexicon reads French and English only',
      ]);
    });

    it.each([
      ["about 30", "fr", 'the phrase "about 30" reads as "30" in French, the language it is read in, but as "about 30" in English'],
      ["plus de 30", "en", 'the phrase "plus de 30" reads as "30" in English, the language it is read in, but as "plus de 30" in French'],
      ["nearly 50", "fr", 'the phrase "nearly 50" reads as "50" in French, the language it is read in, but as "nearly 50" in English'],
      ["une cinquantaine", "en", 'the phrase "une cinquantaine" holds no count in English, the language it is read in, but holds one in French'],
    ])("refuses %j read in %j rather than drop the words only the other language reads", (phrase, lang, message) => {
      const refused = safeParseIncident(killed({ phrase }, { lang }));
      expect(refused.success ? [] : refused.error.issues.map((i) => [formatPath(i.path), i.message, i.fix])).toEqual([
        ["claims[0].value.phrase", message, expect.stringContaining(`Give "lang": "${lang === "fr" ? "en" : "fr"}" beside the phrase`)],
      ]);
    });

    it.each([
      ["about 30", "en", { low: 27, high: 33 }],
      ["30 tués", "en", { low: 30, high: 30 }],
      ["30 killed", "fr", { low: 30, high: 30 }],
      ["environ 30", "fr", { low: 27, high: 33 }],
    ])("reads %j in %j, where no other language reads more of it", (phrase, lang, interval) => {
      expect(safeParseIncident(killed({ phrase }, { lang })).success).toBe(true);
      expect(quantityReading({ phrase, lang })).toEqual({ kind: "figure", interval });
    });

    it("takes the analyst's reading over the lexicon's when both are given", () => {
      expect(safeParseIncident(killed({ phrase: "des mots que personne ne lit", min: 3, max: 4 })).success).toBe(true);
    });
  });

  it("refuses a party source without its actor, and aliases that name two actors", () => {
    const input = incidentWith([]);
    input.sources = [{ id: "em", name: "EM", kind: "party" }];
    input.actors = [
      { id: "a", name: "A", aliases: ["X"] },
      { id: "b", name: "B", aliases: ["x"] },
    ];
    expect(problems(input)).toEqual([
      'actors[1].aliases[0]: "x" also names actor "a", so references to it would be ambiguous',
      'sources[0].actor: missing "actor": the id of the side a party source speaks for',
    ]);
  });

  it("refuses what is not JSON data", () => {
    expect(problems(() => 1)).toEqual(["(root): expected plain JSON data, received a value that cannot be copied (a function or class instance)"]);
    expect(problems(null)[0]).toBe("(root): expected an object, received null");
  });

  it("throws the library's error from parseIncident", () => {
    expect(() => parseIncident({})).toThrow(IncidentError);
  });
});

describe("incidentJsonSchema", () => {
  it("describes format 1 and allows unknown fields", () => {
    const schema = incidentJsonSchema() as { properties: Record<string, unknown>; required: string[]; additionalProperties: unknown };
    expect(schema.properties.contested).toMatchObject({ const: 1 });
    expect(schema.required).toEqual(expect.arrayContaining(["contested", "id", "sources", "claims"]));
    expect(schema.additionalProperties).toEqual({});
  });
});

describe("defineVocabulary", () => {
  it("accepts a vocabulary for another domain and freezes it", () => {
    const vocabulary = defineVocabulary({
      name: "health",
      facets: { cases: { kind: "quantity" }, origin: { kind: "category", values: ["zoonotic", "lab"], exclusive: [["zoonotic", "lab"]] } },
    });
    expect(Object.isFrozen(vocabulary.facets)).toBe(true);
  });

  it("lists every problem in a vocabulary", () => {
    try {
      defineVocabulary({ name: "bad", facets: { a: { kind: "category" }, b: { kind: "text", partOf: ["zz"] }, c: { kind: "colour" } } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VocabularyError);
      expect((error as VocabularyError).issues.map((i) => formatPath(i.path))).toEqual(["facets.c.kind"]);
    }
    try {
      defineVocabulary({
        name: "bad",
        facets: { a: { kind: "category" }, b: { kind: "text", partOf: ["zz"] }, d: { kind: "category", values: ["x"], exclusive: [["x", "y"]] } },
      });
      expect.unreachable();
    } catch (error) {
      expect((error as VocabularyError).issues.map((i) => formatPath(i.path))).toEqual(["facets.a.values", "facets.b.partOf[0]", "facets.d.exclusive[0][1]"]);
    }
  });
});

describe("names that Object's prototype also has", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("refuses the facet %s as unknown, with a fix, instead of throwing", (facet) => {
    const result = safeParseIncident({
      contested: 1,
      id: "x",
      sources: [{ id: "s", name: "S", kind: "media" }],
      claims: [{ id: "c", source: "s", about: { facet }, value: 3 }],
    });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => [formatPath(i.path), i.code])).toEqual([["claims[0].about.facet", "unknown-facet"]]);
  });
});

describe("parseIncident refuses what it cannot read, at its path, and never overflows", () => {
  const base = () => ({
    contested: 1,
    id: "x",
    sources: [{ id: "s", name: "S", kind: "local" }],
    claims: [{ id: "c", source: "s", about: { facet: "killed" }, value: 3 }],
  });
  const nested = (depth: number, leaf: unknown = 1): unknown => {
    let value: unknown = leaf;
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { deeper: value };
    return value;
  };

  it.each(["top", "claim", "about", "source"] as const)(
    "refuses arrays and objects nested ten thousand deep in an unknown field of the %s, with one issue at the path where they go too deep",
    (where) => {
      const input = base() as Record<string, unknown> & { claims: Record<string, unknown>[]; sources: Record<string, unknown>[] };
      const extra = nested(10_000);
      if (where === "top") input.extra = extra;
      if (where === "claim") input.claims[0]!.extra = extra;
      if (where === "about") (input.claims[0]!.about as Record<string, unknown>).extra = extra;
      if (where === "source") input.sources[0]!.extra = extra;
      const result = safeParseIncident(input);
      expect(result.success).toBe(false);
      const issues = result.success ? [] : result.error.issues;
      expect(issues.map((i) => i.code)).toEqual(["too-deep"]);
      expect(issues[0]!.path.length).toBe(MAX_DEPTH);
      expect(issues[0]!.fix).toContain("100 levels");
    },
  );

  it("keeps data nested within the limit, frozen, whatever lies in unknown fields", () => {
    const input = { ...base(), extra: nested(MAX_DEPTH - 2) };
    const incident = parseIncident(input) as unknown as { extra: unknown };
    expect(incident.extra).toEqual(input.extra);
    expect(Object.isFrozen(incident.extra)).toBe(true);
  });

  it("refuses a key named __proto__ at its path instead of dropping it, and pollutes no prototype", () => {
    const input = JSON.parse('{"contested":1,"id":"x","sources":[],"claims":[],"tool":{"__proto__":{"polluted":true}}}') as unknown;
    const result = safeParseIncident(input);
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.path])).toEqual([["reserved-key", ["tool", "__proto__"]]]);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it("refuses a function or a class instance at its path", () => {
    const result = safeParseIncident({ ...base(), tool: { when: new Date(0) } });
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.path])).toEqual([["invalid-type", ["tool", "when"]]]);
  });
});

describe("parseIncident on objects that are not plain data", () => {
  it("refuses a getter that throws at its path instead of throwing itself", () => {
    const hostile = { contested: 1, id: "x", sources: [], claims: [] } as Record<string, unknown>;
    Object.defineProperty(hostile, "trap", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    const result = safeParseIncident(hostile);
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.path])).toEqual([["invalid-type", ["trap"]]]);
  });

  it("refuses a proxy whose keys cannot be listed", () => {
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("no keys");
        },
      },
    );
    expect(safeParseIncident(proxy).success).toBe(false);
  });
});
