import { describe, expect, expectTypeOf, it } from "vitest";
import {
  formatIssue,
  formatIssueIn,
  issueText,
  ISSUE_WORDING,
  MESSAGES,
  type Issue,
  type IssueCode,
  type IssueLanguage,
  type IssueParams,
  type MessageLanguage,
} from "../../src/index.js";
import { makeIssue } from "../../src/errors/contestedError.js";

/** One example of every code's params: a code added without an example here does not compile. */
const EXAMPLES: { readonly [C in IssueCode]: readonly IssueParams[C][] } = {
  "invalid-type": [
    { expected: "string", received: { type: "number", value: "3" } },
    { expected: "json", received: { type: "uncopyable" } },
  ],
  "invalid-option": [
    { options: ["media", "ngo"], received: "medias", suggestion: "media" },
    { options: ["media", "ngo"], received: "newspaper" },
  ],
  missing: [
    { expected: { type: "string" } },
    { expected: { oneOf: [1] } },
    { expected: { role: "claim-value" } },
    { expected: { role: "party-actor" } },
    { expected: { role: "category-values" } },
  ],
  "invalid-value": [
    { rule: "no-reading" },
    { rule: "several-readings" },
    { rule: "half-range" },
    { rule: "inverted-range", min: 5, max: 2 },
    { rule: "stray-tolerance" },
    { rule: "not-a-date" },
    { rule: "inverted-dates" },
  ],
  "too-small": [
    { type: "string", minimum: 1, inclusive: true },
    { type: "number", minimum: 0, inclusive: true },
    { type: "array", minimum: 2, inclusive: true },
  ],
  "not-a-value": [{}],
  "unknown-key": [{ keys: ["aprox"] }, { keys: ["aprox", "mni"] }],
  "unsupported-version": [{ received: "2" }],
  "unknown-reference": [
    { what: "actor", name: "jnin", suggestion: "jnim", known: ["fama", "jnim"], knownCount: 2 },
    { what: "place", name: "nowhere", known: ["town", "camp"], knownCount: 12 },
    { what: "source", name: "bbc", known: [], knownCount: 0 },
    { what: "claim", name: "zzz", known: ["a"], knownCount: 1 },
    { what: "facet", name: "kiled", suggestion: "killed", known: ["killed"], knownCount: 1 },
    { what: "item", name: "vehicels", suggestion: "vehicles", known: ["vehicles"], knownCount: 1 },
  ],
  "duplicate-id": [{ what: "claim", id: "a", first: ["claims", 0] }],
  "ambiguous-name": [{ what: "actor", name: "x", owner: "a" }],
  "unknown-facet": [{ facet: "kiled", vocabulary: "conflict", suggestion: "killed" }],
  "value-kind": [
    { facet: "killed", kind: "quantity" },
    { facet: "occurred", kind: "time", problem: { rule: "not-a-date" } },
    { facet: "perpetrator", kind: "actor" },
  ],
  "unknown-name": [{ name: "capturd", facet: "control", known: ["captured", "held"], suggestion: "captured" }],
  "invalid-date": [{ received: "2023-02-30" }],
  "unreadable-phrase": [
    { reason: "no-language", phrase: "une cinquantaine" },
    { reason: "unread-language", phrase: "Dutzende", lang: "de" },
    { reason: "no-count", phrase: "de lourdes pertes", lang: "fr" },
    { reason: "no-count", phrase: "dozens", lang: "fr", readsIn: "en" },
    { reason: "several-counts", phrase: "12 tués et 30 blessés", lang: "fr", counts: ["12", "30"] },
    { reason: "other-language", phrase: "about 30", lang: "fr", read: "30", other: "en", otherRead: "about 30" },
  ],
  cycle: [{ what: "actors", link: "partOf", chain: ["a", "b", "a"] }],
  "part-of-kind": [{ facet: "motive", whole: "killed" }],
  "malformed-text": [
    { unit: "d800", at: 1, inKey: false },
    { unit: "dc00", at: 0, inKey: true },
  ],
  "too-deep": [{ limit: 100 }],
  "reserved-key": [{ key: "__proto__" }],
};

const examples = (Object.keys(EXAMPLES) as IssueCode[]).flatMap((code) =>
  EXAMPLES[code].map((params) => makeIssue(code, ["claims", 0, "value"], params as never)),
);

describe("issues are worded in every language", () => {
  it("offers the same languages for issues as for notes and reports", () => {
    expectTypeOf<IssueLanguage>().toEqualTypeOf<MessageLanguage>();
    expect(Object.keys(ISSUE_WORDING)).toEqual(Object.keys(MESSAGES));
  });

  it.each(examples.map((issue) => [issue.code, issue] as const))("words %s in English as the issue's own message and fix", (_code, issue) => {
    expect(issueText(issue, "en")).toEqual({ message: issue.message, fix: issue.fix });
    expect(issue.message).not.toBe("");
    expect(issue.fix).toMatch(/[.?!]$/);
  });

  it.each(examples.map((issue) => [issue.code, issue] as const))("words %s in French, with French typography", (_code, issue) => {
    const { message, fix } = issueText(issue, "fr");
    expect(message).not.toBe(issue.message);
    expect(fix).not.toBe(issue.fix);
    expect(fix).toMatch(/[.?!]$/);
    for (const text of [message, fix]) {
      expect(text).not.toMatch(/ [:?;]/);
      expect(text.replace(/"[^"]*"/g, "")).not.toMatch(/did you mean|unknown|missing/);
    }
  });

  it("keeps the English lines the command line and the README print", () => {
    const lines = [
      [
        makeIssue("unknown-reference", ["claims", 0, "source"], { what: "source", name: "nobody", known: [], knownCount: 0 }),
        'claims[0].source: unknown source "nobody". Fix: Use an id from "sources", or add the source there.',
      ],
      [
        makeIssue("unknown-reference", ["claims", 0, "about", "party"], {
          what: "actor",
          name: "jnin",
          suggestion: "jnim",
          known: ["fama", "jnim"],
          knownCount: 2,
        }),
        'claims[0].about.party: unknown actor "jnin" — did you mean "jnim"? Fix: Use an id or alias from "actors", or add the actor there.',
      ],
      [
        makeIssue("unknown-name", ["claims", 1, "value"], {
          name: "capturd",
          facet: "control",
          known: ["captured", "held", "repelled", "withdrew", "retaken"],
          suggestion: "captured",
        }),
        'claims[1].value: "capturd" is not a value of facet "control" — did you mean "captured"? Fix: Use one of "captured", "held", "repelled", "withdrew", "retaken".',
      ],
    ] as const;
    for (const [issue, line] of lines) {
      expect(formatIssue(issue)).toBe(line);
      expect(formatIssueIn(issue, "en")).toBe(line);
    }
  });

  it("writes a line in French from the params alone", () => {
    const issue = makeIssue("unknown-reference", ["claims", 0, "about", "party"], {
      what: "actor",
      name: "jnin",
      suggestion: "jnim",
      known: ["fama", "jnim"],
      knownCount: 2,
    });
    expect(formatIssueIn({ ...issue, entryId: "em-toll" }, "fr")).toBe(
      'claims[0 "em-toll"].about.party\u00a0: acteur inconnu «\u00a0jnin\u00a0» — vouliez-vous dire «\u00a0jnim\u00a0»\u00a0? Correction\u00a0: Utilisez un identifiant ou un alias de "actors", ou ajoutez-y l\'acteur.',
    );
  });

  it("lists the known names when it has no suggestion, and says how many more there are", () => {
    const issue = makeIssue("unknown-reference", ["claims", 0, "about", "place"], { what: "place", name: "nowhere", known: ["town", "camp"], knownCount: 12 });
    expect(issue.fix).toBe('Use an id or alias from "places" ("town", "camp" and 10 more), or add the place there.');
    expect(issueText(issue, "fr").fix).toBe(
      'Utilisez un identifiant ou un alias de "places" («\u00a0town\u00a0», «\u00a0camp\u00a0» et 10\u00a0autres), ou ajoutez-y le lieu.',
    );
  });

  it("lets a tool narrow an issue's params by its code", () => {
    const suggestionOf = (issue: Issue) => (issue.code === "unknown-reference" || issue.code === "unknown-facet" ? issue.params.suggestion : undefined);
    expectTypeOf(suggestionOf).returns.toEqualTypeOf<string | undefined>();
    expect(suggestionOf(makeIssue("unknown-facet", ["claims", 0, "about", "facet"], { facet: "kiled", vocabulary: "conflict", suggestion: "killed" }))).toBe(
      "killed",
    );
  });

  it("refuses a language it has no words in, naming those it has", () => {
    expect(() => issueText(examples[0]!, "de" as IssueLanguage)).toThrow(/"en", "fr"/);
  });
});
