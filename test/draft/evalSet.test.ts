import { describe, expect, it } from "vitest";
import { safeParseIncident, formatIssue } from "../../src/index.js";
import { ALL_SETS, loadSet, SET_NAMES, UNSEEN_SETS, type EvalArticle } from "../../eval/draft/evalSet.js";
import { maximumMatching } from "../../eval/draft/matching.js";
import { namesOverlap, uncounted } from "../../eval/draft/names.js";
import { evidenceFailures, rates, scoreDraft, sumCounts, type ArticleInput } from "../../eval/draft/score.js";

const dev = loadSet("dev");
const holdout = loadSet("holdout");
const testSet = loadSet("test");
const freshSet = loadSet("fresh");
const finalSet = loadSet("final");
const unseenSet = loadSet("unseen");
const articles: readonly EvalArticle[] = [
  ...dev.articles,
  ...holdout.articles,
  ...testSet.articles,
  ...freshSet.articles,
  ...finalSet.articles,
  ...unseenSet.articles,
];

/** The most words an article of a set may have: the test, final and unseen sets hold longer reports. */
const maxWords = (article: EvalArticle) => (article.set === "test" || article.set === "final" || article.set === "unseen" ? 450 : 350);

/** The gold as a drafter would return it: the same claims, each with the evidence of its quote. */
function asDraft(article: ArticleInput): Record<string, unknown> {
  const gold = article.gold as { claims: { quote: string }[] };
  return {
    ...gold,
    claims: gold.claims.map((claim) => {
      const start = article.text.indexOf(claim.quote);
      return { ...claim, evidence: { start, end: start + claim.quote.length } };
    }),
  };
}

describe("the evaluation set", () => {
  it("pairs every article with its gold, and every gold with its article", () => {
    expect(dev.skipped).toEqual([]);
    expect(holdout.skipped).toEqual([]);
    expect(testSet.skipped).toEqual([]);
    expect(freshSet.skipped).toEqual([]);
    expect(finalSet.skipped).toEqual([]);
    expect(unseenSet.skipped).toEqual([]);
  });

  it("holds at least 7 French and 7 English dev articles, 4 and 4 held out, 6 and 6 in the test set, 6 French and 10 English in the fresh set, 7 and 7 in the final set, and 8 and 8 in the unseen set", () => {
    const count = (list: readonly EvalArticle[], lang: string) => list.filter((article) => article.lang === lang).length;
    expect(count(dev.articles, "fr")).toBeGreaterThanOrEqual(7);
    expect(count(dev.articles, "en")).toBeGreaterThanOrEqual(7);
    expect(count(holdout.articles, "fr")).toBeGreaterThanOrEqual(4);
    expect(count(holdout.articles, "en")).toBeGreaterThanOrEqual(4);
    expect(count(testSet.articles, "fr")).toBeGreaterThanOrEqual(6);
    expect(count(testSet.articles, "en")).toBeGreaterThanOrEqual(6);
    expect(count(freshSet.articles, "fr")).toBeGreaterThanOrEqual(6);
    expect(count(freshSet.articles, "en")).toBeGreaterThanOrEqual(10);
    expect(count(finalSet.articles, "fr")).toBeGreaterThanOrEqual(7);
    expect(count(finalSet.articles, "en")).toBeGreaterThanOrEqual(7);
    expect(count(unseenSet.articles, "fr")).toBeGreaterThanOrEqual(8);
    expect(count(unseenSet.articles, "en")).toBeGreaterThanOrEqual(8);
  });

  it("keeps the held-out, test, fresh and final articles apart from the dev ones and each other", () => {
    const devIds = new Set(dev.articles.map((article) => article.id));
    expect(holdout.articles.filter((article) => devIds.has(article.id))).toEqual([]);
    const holdoutIds = new Set(holdout.articles.map((article) => article.id));
    expect(testSet.articles.filter((article) => devIds.has(article.id) || holdoutIds.has(article.id))).toEqual([]);
    const testIds = new Set(testSet.articles.map((article) => article.id));
    expect(finalSet.articles.filter((article) => devIds.has(article.id) || holdoutIds.has(article.id) || testIds.has(article.id))).toEqual([]);
    const finalIds = new Set(finalSet.articles.map((article) => article.id));
    const unseenIds = new Set(unseenSet.articles.map((article) => article.id));
    expect(
      freshSet.articles.filter(
        (article) => devIds.has(article.id) || holdoutIds.has(article.id) || testIds.has(article.id) || finalIds.has(article.id) || unseenIds.has(article.id),
      ),
    ).toEqual([]);
    expect(
      unseenSet.articles.filter((article) => devIds.has(article.id) || holdoutIds.has(article.id) || testIds.has(article.id) || finalIds.has(article.id)),
    ).toEqual([]);
  });

  it("keeps the final and unseen sets out of `all`: they are read only when asked for by name", () => {
    expect(SET_NAMES).toContain("final");
    expect(SET_NAMES).toContain("unseen");
    expect(UNSEEN_SETS).toEqual(["final", "unseen"]);
    expect(ALL_SETS).not.toContain("final");
    expect(ALL_SETS).not.toContain("unseen");
    expect(ALL_SETS).toEqual(SET_NAMES.filter((set) => set !== "final" && set !== "unseen"));
    expect(ALL_SETS).toContain("fresh");
  });

  it.each(articles.map((article) => [article.file, article] as const))(
    "%s is a short wire report of 120 to 350 words (450 in the test, final and unseen sets)",
    (_, article) => {
      const words = article.text.split(/\s+/u).filter((word) => word !== "").length;
      expect(words).toBeGreaterThanOrEqual(120);
      expect(words).toBeLessThanOrEqual(maxWords(article));
    },
  );

  it.each(articles.map((article) => [article.file, article] as const))("the gold of %s is accepted by parseIncident", (_, article) => {
    const result = safeParseIncident(article.gold);
    expect(result.success ? [] : result.error.issues.map(formatIssue)).toEqual([]);
  });

  it.each(articles.map((article) => [article.file, article] as const))("every quote in the gold of %s is in its article", (_, article) => {
    const claims = (article.gold as { claims: { id: string; quote?: string }[] }).claims;
    expect(claims.filter((claim) => claim.quote === undefined || !article.text.includes(claim.quote)).map((claim) => claim.id)).toEqual([]);
  });

  it.each(articles.map((article) => [article.file, article] as const))(
    "the gold of %s is named for its file, marks one narrator and lists its traps",
    (_, article) => {
      const gold = article.gold as { id: string; lang: string; comment?: string; sources: { narrator?: boolean }[] };
      expect(gold.id).toBe(article.id);
      expect(article.id.startsWith(`${gold.lang}-`)).toBe(true);
      expect(gold.sources.filter((source) => source.narrator === true)).toHaveLength(1);
      expect(gold.comment).toMatch(/trap/iu);
    },
  );

  it.each(articles.map((article) => [article.file, article] as const))("the gold of %s, drafted as itself, scores 1.0 on every measure", (_, article) => {
    const score = scoreDraft(article, asDraft(article));
    expect(rates(score.counts)).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
      kindAccuracy: 1,
      viaAccuracy: 1,
      hedgeAccuracy: 1,
      sourceAccuracy: 1,
    });
    expect(score.counts.evidenceFailures).toBe(0);
    expect(score.counts.parseFailures).toBe(0);
  });
});

const TEXT = "Selon des sources locales, une cinquantaine de soldats ont été tués à Niafunké le 24 novembre 2023. L'armée n'a pas souhaité donner de bilan.";

/** A small gold, in the shape of the seeds: an unsigned article relaying local sources and the army. */
function goldWith(claims: readonly Record<string, unknown>[]): ArticleInput {
  return {
    id: "unit",
    lang: "fr",
    text: TEXT,
    gold: {
      contested: 1,
      id: "unit",
      lang: "fr",
      actors: [{ id: "fama", name: "Forces armées maliennes", aliases: ["FAMa", "armée malienne"] }],
      places: [
        { id: "tombouctou", name: "Région de Tombouctou" },
        { id: "niafunke", name: "Niafunké", in: "tombouctou" },
      ],
      sources: [
        { id: "article", name: "Article (non signé)", kind: "media" },
        { id: "local", name: "Sources locales", kind: "local" },
        { id: "em", name: "État-major général des armées", kind: "party", actor: "fama" },
      ],
      claims,
    },
  };
}

const LOCAL_TOLL = {
  id: "local-toll",
  source: "local",
  via: ["article"],
  about: { facet: "killed", party: "fama" },
  value: { phrase: "une cinquantaine" },
  quote: "une cinquantaine de soldats ont été tués",
};
const EM_REFUSAL = {
  id: "em-no-toll",
  source: "em",
  via: ["article"],
  about: { facet: "killed", party: "fama" },
  value: "withheld",
  quote: "n'a pas souhaité donner de bilan",
};

/** A draft in the drafter's own names: its outlet, « des sources locales », the army. */
function draftWith(claims: readonly Record<string, unknown>[], sources?: readonly Record<string, unknown>[]): Record<string, unknown> {
  return {
    contested: 1,
    id: "draft",
    lang: "fr",
    actors: [{ id: "armee", name: "armée malienne" }],
    places: [{ id: "niafunke", name: "Niafunké" }],
    sources: sources ?? [
      { id: "outlet", name: "Le Journal", kind: "media" },
      { id: "sources-locales", name: "des sources locales", kind: "local" },
      { id: "armee", name: "L'armée", kind: "party", actor: "armee" },
      { id: "habitants", name: "Habitants", kind: "local" },
    ],
    claims: claims.map((claim, i) => ({ id: `d${i}`, via: ["outlet"], ...claim })),
  };
}

const at = (quote: string) => ({ quote, evidence: { start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length } });

describe("scoreDraft", () => {
  it("matches a figure in words to a figure whose interval it overlaps", () => {
    const score = scoreDraft(
      goldWith([LOCAL_TOLL]),
      draftWith([{ source: "sources-locales", about: { facet: "killed" }, value: { approx: 50 }, ...at("une cinquantaine") }]),
    );
    expect(score.counts).toMatchObject({ gold: 1, drafted: 1, matched: 1 });
  });

  it("counts a drafted claim with a disjoint figure as a false positive", () => {
    const score = scoreDraft(goldWith([LOCAL_TOLL]), draftWith([{ source: "sources-locales", about: { facet: "killed" }, value: 17 }]));
    expect(score.counts.matched).toBe(0);
    expect(score.falsePositives.map((claim) => claim.id)).toEqual(["d0"]);
    expect(score.missed.map((claim) => claim.id)).toEqual(["local-toll"]);
  });

  it("does not match a claim under a different source, but counts it for source accuracy", () => {
    const score = scoreDraft(goldWith([LOCAL_TOLL]), draftWith([{ source: "armee", about: { facet: "killed" }, value: 50 }]));
    expect(score.counts).toMatchObject({ matched: 0, factMatched: 1 });
    expect(rates(score.counts).sourceAccuracy).toBe(0);
    expect(score.wrongSource.map((pair) => pair.draft.id)).toEqual(["d0"]);
  });

  it("matches local sources by kind, whatever their names", () => {
    const score = scoreDraft(goldWith([LOCAL_TOLL]), draftWith([{ source: "habitants", about: { facet: "killed" }, value: 50 }]));
    expect(score.counts.matched).toBe(1);
  });

  it("matches party sources that speak for the same actor", () => {
    const score = scoreDraft(goldWith([EM_REFUSAL]), draftWith([{ source: "armee", about: { facet: "killed" }, value: "withheld" }]));
    expect(score.counts).toMatchObject({ matched: 1, kindAgreed: 1 });
  });

  it("matches the outlet's own voice to the gold's unsigned article", () => {
    const gold = goldWith([{ id: "date", source: "article", about: { facet: "occurred" }, value: "2023-11-24", quote: "le 24 novembre 2023" }]);
    const score = scoreDraft(gold, draftWith([{ source: "outlet", via: [], about: { facet: "occurred" }, value: "2023-11" }]));
    expect(score.counts.matched).toBe(1);
  });

  it("matches a refusal only to a refusal", () => {
    const score = scoreDraft(goldWith([EM_REFUSAL]), draftWith([{ source: "armee", about: { facet: "killed" }, value: 50 }]));
    expect(score.counts.matched).toBe(0);
  });

  it("does not match a negated value to the value asserted", () => {
    const gold = goldWith([{ id: "no-capture", source: "em", about: { facet: "control", place: "niafunke" }, value: "captured", not: true, quote: "armée" }]);
    expect(scoreDraft(gold, draftWith([{ source: "armee", about: { facet: "control" }, value: "captured" }])).counts.matched).toBe(0);
    expect(scoreDraft(gold, draftWith([{ source: "armee", about: { facet: "control" }, value: "captured", not: true }])).counts.matched).toBe(1);
  });

  it("matches a place to a place that contains it", () => {
    const gold = goldWith([{ id: "where", source: "local", about: { facet: "location" }, value: "niafunke", quote: "à Niafunké" }]);
    const draft = draftWith([{ source: "sources-locales", about: { facet: "location" }, value: "tombouctou-region" }]);
    const withRegion = { ...draft, places: [{ id: "tombouctou-region", name: "Tombouctou" }] };
    expect(scoreDraft(gold, withRegion).counts.matched).toBe(1);
    const elsewhere = draftWith([{ source: "sources-locales", about: { facet: "location" }, value: "gao" }]);
    expect(scoreDraft(gold, { ...elsewhere, places: [{ id: "gao", name: "Gao" }] }).counts.matched).toBe(0);
  });

  it("matches a set that shares one name", () => {
    const gold = goldWith([{ id: "means", source: "em", about: { facet: "means" }, value: ["vbied", "shelling"], quote: "armée" }]);
    expect(scoreDraft(gold, draftWith([{ source: "armee", about: { facet: "means" }, value: ["shelling"] }])).counts.matched).toBe(1);
    expect(scoreDraft(gold, draftWith([{ source: "armee", about: { facet: "means" }, value: ["airstrike"] }])).counts.matched).toBe(0);
  });

  it("pairs claims one to one: a claim drafted twice matches once", () => {
    const twice = { source: "sources-locales", about: { facet: "killed" }, value: 50 };
    const score = scoreDraft(goldWith([LOCAL_TOLL]), draftWith([twice, twice]));
    expect(score.counts).toMatchObject({ matched: 1, drafted: 2 });
    expect(score.falsePositives).toHaveLength(1);
  });

  it("takes the largest pairing, not the first that fits", () => {
    const wide = { ...LOCAL_TOLL, id: "wide", value: { min: 20, max: 99 } };
    const narrow = { ...LOCAL_TOLL, id: "narrow", value: 50 };
    const score = scoreDraft(
      goldWith([wide, narrow]),
      draftWith([
        { source: "sources-locales", about: { facet: "killed" }, value: 50 },
        { source: "sources-locales", about: { facet: "killed" }, value: 30 },
      ]),
    );
    expect(score.pairs.map((pair) => [pair.gold.id, pair.draft.id])).toEqual([
      ["wide", "d1"],
      ["narrow", "d0"],
    ]);
  });

  it("reads a missing hedge as asserted, and compares relays by name", () => {
    const gold = goldWith([{ ...LOCAL_TOLL, hedge: "asserted" }]);
    const draft = draftWith(
      [{ source: "sources-locales", about: { facet: "killed" }, value: 50 }],
      [
        { id: "outlet", name: "Article", kind: "media" },
        { id: "sources-locales", name: "des sources locales", kind: "local" },
      ],
    );
    expect(scoreDraft(gold, draft).counts).toMatchObject({ matched: 1, hedgeAgreed: 1, viaAgreed: 1 });
    const relayedTwice = { ...draft, claims: [{ ...(draft.claims as object[])[0], via: ["sources-locales", "outlet"] }] };
    expect(scoreDraft(gold, relayedTwice).counts).toMatchObject({ matched: 1, viaAgreed: 0 });
  });

  it("counts claims whose evidence does not hold their quote", () => {
    const draft = draftWith([
      { source: "sources-locales", about: { facet: "killed" }, value: 50, ...at("une cinquantaine") },
      { source: "sources-locales", about: { facet: "killed" }, value: 50, quote: "une cinquantaine", evidence: { start: 0, end: 5 } },
      { source: "sources-locales", about: { facet: "killed" }, value: 50, quote: "une cinquantaine" },
    ]);
    expect(scoreDraft(goldWith([LOCAL_TOLL]), draft).evidenceFailures.map((failure) => failure.claim)).toEqual(["d1", "d2"]);
    expect(evidenceFailures(TEXT, { claims: [{ id: "x", quote: "Selon", evidence: { start: 0, end: 999 } }] })[0]?.problem).toMatch(/outside the text/u);
  });

  it("counts a draft parseIncident refuses, and still scores its claims", () => {
    const draft = draftWith([
      { source: "sources-locales", about: { facet: "killed" }, value: 50 },
      { source: "nobody", about: { facet: "killed" }, value: 3 },
    ]);
    const score = scoreDraft(goldWith([LOCAL_TOLL]), draft);
    expect(score.counts).toMatchObject({ parseFailures: 1, matched: 1 });
    expect(score.parseIssues.join("\n")).toMatch(/nobody/u);
  });

  it("scores an empty draft zero", () => {
    const score = scoreDraft(goldWith([LOCAL_TOLL, EM_REFUSAL]), { contested: 1, id: "draft", sources: [], claims: [] });
    expect(rates(score.counts)).toMatchObject({ precision: 0, recall: 0, f1: 0, sourceAccuracy: null });
  });

  it("does not mutate the gold or the draft", () => {
    const gold = goldWith([LOCAL_TOLL]);
    const draft = draftWith([{ source: "sources-locales", about: { facet: "killed" }, value: 50 }]);
    const before = JSON.stringify([gold, draft]);
    scoreDraft(gold, draft);
    expect(JSON.stringify([gold, draft])).toBe(before);
  });
});

describe("names of sources", () => {
  it("are one source whatever count they open with", () => {
    expect(uncounted("Two local officials")).toBe("local officials");
    expect(namesOverlap(["Two local officials"], ["Local officials"])).toBe(true);
    expect(namesOverlap(["Deux habitants"], ["Habitants"])).toBe(true);
  });

  it("keep a count that is the whole name", () => {
    expect(uncounted("Two")).toBe("two");
    expect(namesOverlap(["Two local officials"], ["Two police officers"])).toBe(false);
  });
});

describe("rates and sums", () => {
  it("weigh every claim alike when articles are added up", () => {
    const a = scoreDraft(goldWith([LOCAL_TOLL]), draftWith([{ source: "sources-locales", about: { facet: "killed" }, value: 50 }])).counts;
    const b = scoreDraft(goldWith([LOCAL_TOLL, EM_REFUSAL]), draftWith([])).counts;
    expect(rates(sumCounts([a, b]))).toMatchObject({ precision: 1, recall: 1 / 3 });
  });
});

describe("maximumMatching", () => {
  it("finds the largest one-to-one pairing", () => {
    expect(maximumMatching([[0, 1], [0]])).toEqual([1, 0]);
    expect(maximumMatching([[0], [0], [1]])).toEqual([0, undefined, 1]);
    expect(maximumMatching([])).toEqual([]);
  });
});
