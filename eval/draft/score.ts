import { formatIssue, parseIncident, safeParseIncident, SCOPE_FIELDS } from "../../src/index.js";
import { valuesCompatible } from "./compatible.js";
import { readDocument, resolve, type ClaimView, type DocumentView } from "./documentView.js";
import { maximumMatching } from "./matching.js";
import { foldName, namesOverlap } from "./names.js";

/** One article of an evaluation set: its text and the analyst's incident (format 1). */
export interface ArticleInput {
  readonly id: string;
  readonly lang: string;
  readonly text: string;
  /** The gold incident document; it must be accepted by `parseIncident`. */
  readonly gold: unknown;
}

/** What is counted for one article, or summed over many (every rate is computed from these). */
export interface Counts {
  readonly articles: number;
  readonly gold: number;
  readonly drafted: number;
  /** Gold claims matched one-to-one by a drafted claim: same facet, compatible value, same source. */
  readonly matched: number;
  /** Among matched pairs: the drafted source has the gold source's kind. */
  readonly kindAgreed: number;
  /** Among matched pairs: the relay chains name the same sources, in order. */
  readonly viaAgreed: number;
  /** Among matched pairs: the same hedge, a missing hedge being `asserted`. */
  readonly hedgeAgreed: number;
  /** Gold claims matched one-to-one on facet and value alone, whoever the source. */
  readonly factMatched: number;
  /** Drafted claims whose `evidence` does not hold their quote. */
  readonly evidenceFailures: number;
  /** Drafts `parseIncident` refused (0 or 1 per article). */
  readonly parseFailures: number;
}

/** The rates drawn from {@link Counts}. An accuracy is `null` when there is nothing to measure it on. */
export interface Rates {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly kindAccuracy: number | null;
  readonly viaAccuracy: number | null;
  readonly hedgeAccuracy: number | null;
  /** `matched / factMatched`: of the gold claims a draft got right on facet and value, how many it gave the right source. */
  readonly sourceAccuracy: number | null;
}

/** A gold claim and the drafted claim matched to it. */
export interface MatchedPair {
  readonly gold: ClaimView;
  readonly draft: ClaimView;
  readonly kindAgrees: boolean;
  readonly viaAgrees: boolean;
  readonly hedgeAgrees: boolean;
}

/** A drafted claim whose `evidence` does not hold its quote, and why. */
export interface EvidenceFailure {
  readonly claim: string;
  readonly problem: string;
}

/** The score of one draft against its gold, with what a person needs to debug the drafter. */
export interface ArticleScore {
  readonly id: string;
  readonly lang: string;
  readonly counts: Counts;
  readonly pairs: readonly MatchedPair[];
  /** Drafted claims matched to no gold claim. */
  readonly falsePositives: readonly ClaimView[];
  /** Gold claims no drafted claim matched. */
  readonly missed: readonly ClaimView[];
  /** Missed gold claims that a drafted claim matched on facet and value, under another source. */
  readonly wrongSource: readonly { readonly gold: ClaimView; readonly draft: ClaimView }[];
  readonly evidenceFailures: readonly EvidenceFailure[];
  /** `parseIncident`'s issues with the draft, formatted; empty when it accepts it. */
  readonly parseIssues: readonly string[];
}

/**
 * Scores a drafted incident against the gold for the same article.
 *
 * **Matching.** Gold and drafted claims are paired one-to-one, as many pairs
 * as possible (a largest bipartite matching: a drafted claim counts for one
 * gold claim at most, and the other way round). A pair needs:
 *
 * 1. the same facet, and the same `not`;
 * 2. compatible values (see `valuesCompatible`: quantities whose intervals
 *    overlap after the library reads phrases, equal categories, sets that
 *    share a name, times that overlap, places or actors whose names overlap
 *    or that contain one another, any text);
 * 3. the same source, by {@link sourcesMatch}.
 *
 * Scope (`party`, `group`, `place`, `item`), hedge and relays are not
 * required; among equally large matchings, pairs that agree on them are
 * preferred, and agreement on kind, relays and hedge is reported apart.
 *
 * **Rates.** precision = matched / drafted, recall = matched / gold.
 * Source accuracy compares this matching with a second one that drops rule 3:
 * `matched / factMatched`.
 *
 * **Checks on the draft.** Each drafted claim's `evidence` must hold its
 * quote exactly (`text.slice(start, end) === quote`); and `parseIncident`
 * must accept the draft. A refused draft is still scored, read leniently.
 *
 * @param article - The article's text and gold.
 * @param draft - What the drafter returned for the text.
 * @returns The counts, the pairs, the misses and false positives, and the checks' failures.
 * @throws {IncidentError} when the gold itself is invalid (a broken evaluation set, not a bad draft).
 *
 * @example
 * const score = scoreDraft(article, draftIncident(article.text, { lang: article.lang }));
 * rates(score.counts).recall
 * //=> 0.42
 */
export function scoreDraft(article: ArticleInput, draft: unknown): ArticleScore {
  const gold = readDocument(parseIncident(article.gold));
  const drafted = readDocument(draft);
  const parsed = safeParseIncident(draft);
  const evidence = evidenceFailures(article.text, draft);

  const fact = (g: ClaimView, d: ClaimView) => valuesCompatible({ claim: g, document: gold }, { claim: d, document: drafted });
  const sameSource = (g: ClaimView, d: ClaimView) => sourcesMatch({ id: g.source, document: gold }, { id: d.source, document: drafted });
  const via = (g: ClaimView, d: ClaimView) => viasMatch(g, gold, d, drafted);
  const kind = (g: ClaimView, d: ClaimView) => gold.sources.get(g.source)?.kind === drafted.sources.get(d.source)?.kind;
  const prefer = (g: ClaimView) => (a: ClaimView, b: ClaimView) =>
    Number(sameSource(g, b)) - Number(sameSource(g, a)) ||
    scopeAgreement(g, gold, b, drafted) - scopeAgreement(g, gold, a, drafted) ||
    Number(b.hedge === g.hedge) - Number(a.hedge === g.hedge) ||
    Number(via(g, b)) - Number(via(g, a)) ||
    a.index - b.index;

  const factCandidates = gold.claims.map((g) => drafted.claims.filter((d) => fact(g, d)).sort(prefer(g)));
  const fullCandidates = gold.claims.map((g, i) => factCandidates[i]!.filter((d) => sameSource(g, d)));
  const full = maximumMatching(fullCandidates.map((list) => list.map((d) => d.index)));
  const byFact = maximumMatching(factCandidates.map((list) => list.map((d) => d.index)));

  const pairs: MatchedPair[] = [];
  const missed: ClaimView[] = [];
  const wrongSource: { gold: ClaimView; draft: ClaimView }[] = [];
  gold.claims.forEach((g, i) => {
    const partner = full[i];
    if (partner !== undefined) {
      const d = drafted.claims[partner]!;
      pairs.push({ gold: g, draft: d, kindAgrees: kind(g, d), viaAgrees: via(g, d), hedgeAgrees: g.hedge === d.hedge });
      return;
    }
    missed.push(g);
    const closest = factCandidates[i]![0];
    if (closest !== undefined) wrongSource.push({ gold: g, draft: closest });
  });
  const used = new Set(pairs.map((pair) => pair.draft.index));

  return {
    id: article.id,
    lang: article.lang,
    counts: {
      articles: 1,
      gold: gold.claims.length,
      drafted: drafted.claims.length,
      matched: pairs.length,
      kindAgreed: pairs.filter((pair) => pair.kindAgrees).length,
      viaAgreed: pairs.filter((pair) => pair.viaAgrees).length,
      hedgeAgreed: pairs.filter((pair) => pair.hedgeAgrees).length,
      factMatched: byFact.filter((partner) => partner !== undefined).length,
      evidenceFailures: evidence.length,
      parseFailures: parsed.success ? 0 : 1,
    },
    pairs,
    falsePositives: drafted.claims.filter((d) => !used.has(d.index)),
    missed,
    wrongSource,
    evidenceFailures: evidence,
    parseIssues: parsed.success ? [] : parsed.error.issues.map(formatIssue),
  };
}

/** A source as one side of a comparison: its id and the document that defines it. */
export interface SourceSide {
  readonly id: string;
  readonly document: DocumentView;
}

/**
 * Whether a drafted claim's source is the gold claim's source. They match
 * when any of these holds:
 *
 * 1. both are their document's **narrator** — the article's own voice: in a
 *    gold, the source marked `narrator: true` or the seeds' « Article (non
 *    signé) »; in a draft, a source so marked or named, else the `media`
 *    source that ends the most `via` chains, else the only `media` source
 *    (see `narratorOf`);
 * 2. their **names** overlap: a folded name (the library's `normalizeName`,
 *    French elisions cut off, without a count it opens with: "Two local
 *    officials" is "Local officials") is equal, or they share a significant word —
 *    not a function word (de, du, la, the, of…) nor a generic one (sources,
 *    officials, porte-parole, locales, armée, forces, région, …). A source's
 *    `aliases`, if it has any, count as names;
 * 3. both are **party** sources and their actors' names or aliases overlap
 *    (the actor references resolved in each document);
 * 4. both are **local** sources, or both are **witness** sources: « des
 *    sources locales » and "a resident" are told apart by kind, not by name.
 *
 * A source id that its document does not define is compared by name alone.
 *
 * @example
 * sourcesMatch({ id: "em", document: gold }, { id: "army", document: draft })
 * //=> true (both party sources for the actor "FAMa")
 */
export function sourcesMatch(gold: SourceSide, draft: SourceSide): boolean {
  const g = gold.document.sources.get(gold.id);
  const d = draft.document.sources.get(draft.id);
  if (g === undefined || d === undefined) return namesOverlap(g?.names ?? [gold.id], d?.names ?? [draft.id]);
  if (gold.document.narrator === g.id && draft.document.narrator === d.id) return true;
  if (namesOverlap(g.names, d.names)) return true;
  if (g.kind === "party" && d.kind === "party" && g.actor !== undefined && d.actor !== undefined) {
    if (namesOverlap(resolve(gold.document.actors, g.actor).names, resolve(draft.document.actors, d.actor).names)) return true;
  }
  return g.kind === d.kind && (g.kind === "local" || g.kind === "witness");
}

/** Whether two relay chains name the same sources in the same order (two empty chains agree). */
export function viasMatch(gold: ClaimView, goldDocument: DocumentView, draft: ClaimView, draftDocument: DocumentView): boolean {
  return (
    gold.via.length === draft.via.length &&
    gold.via.every((id, i) => sourcesMatch({ id, document: goldDocument }, { id: draft.via[i]!, document: draftDocument }))
  );
}

/**
 * The drafted claims whose `evidence` does not hold their quote: no
 * `evidence` or no `quote`, offsets that are not whole numbers inside the
 * text, or `text.slice(start, end) !== quote`.
 *
 * @param text - The article the draft was made from.
 * @param draft - The drafted document.
 * @returns One entry per failing claim, in the claims' order.
 *
 * @example
 * evidenceFailures("Trois morts.", { claims: [{ id: "c1", quote: "Trois morts", evidence: { start: 0, end: 11 } }] })
 * //=> []
 */
export function evidenceFailures(text: string, draft: unknown): EvidenceFailure[] {
  const claims = Array.isArray((draft as { claims?: unknown } | null)?.claims) ? (draft as { claims: unknown[] }).claims : [];
  return claims.flatMap((raw, index) => {
    const claim = (raw !== null && typeof raw === "object" ? raw : {}) as { id?: unknown; quote?: unknown; evidence?: unknown };
    const id = typeof claim.id === "string" ? claim.id : `#${index}`;
    const problem = evidenceProblem(text, claim.quote, claim.evidence);
    return problem === undefined ? [] : [{ claim: id, problem }];
  });
}

function evidenceProblem(text: string, quote: unknown, evidence: unknown): string | undefined {
  if (typeof quote !== "string") return "no quote";
  if (evidence === null || typeof evidence !== "object") return "no evidence";
  const { start, end } = evidence as { start?: unknown; end?: unknown };
  if (!Number.isInteger(start) || !Number.isInteger(end)) return "evidence offsets are not whole numbers";
  const [from, to] = [start as number, end as number];
  if (from < 0 || to > text.length || from > to) return `evidence ${from}-${to} lies outside the text (${text.length} characters)`;
  const held = text.slice(from, to);
  return held === quote ? undefined : `evidence ${from}-${to} holds ${JSON.stringify(held)}, not the quote ${JSON.stringify(quote)}`;
}

/**
 * Adds up counts, for a language, a set or everything: rates drawn from
 * the sum weigh every claim alike (micro-averages).
 *
 * @example
 * sumCounts([score1.counts, score2.counts]).matched
 * //=> score1.counts.matched + score2.counts.matched
 */
export function sumCounts(counts: readonly Counts[]): Counts {
  const total = { ...NO_COUNTS };
  for (const c of counts) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += c[key];
  return total;
}

const NO_COUNTS: { -readonly [K in keyof Counts]: number } = {
  articles: 0,
  gold: 0,
  drafted: 0,
  matched: 0,
  kindAgreed: 0,
  viaAgreed: 0,
  hedgeAgreed: 0,
  factMatched: 0,
  evidenceFailures: 0,
  parseFailures: 0,
};

/**
 * The rates of some counts. Precision is 0 when nothing was drafted (1 if
 * there was nothing to find either), recall likewise; F1 is their harmonic
 * mean. Accuracies among matched pairs are `null` when nothing matched.
 *
 * @example
 * rates({ ...counts, gold: 10, drafted: 8, matched: 6 })
 * //=> { precision: 0.75, recall: 0.6, f1: 0.666…, … }
 */
export function rates(counts: Counts): Rates {
  const empty = counts.gold === 0 ? 1 : 0;
  const precision = counts.drafted === 0 ? empty : counts.matched / counts.drafted;
  const recall = counts.gold === 0 ? 1 : counts.matched / counts.gold;
  const among = (n: number) => (counts.matched === 0 ? null : n / counts.matched);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    kindAccuracy: among(counts.kindAgreed),
    viaAccuracy: among(counts.viaAgreed),
    hedgeAccuracy: among(counts.hedgeAgreed),
    sourceAccuracy: counts.factMatched === 0 ? null : counts.matched / counts.factMatched,
  };
}

/** How many scope fields two claims agree on: both absent, the same actor or place by name, or the same folded words. */
function scopeAgreement(a: ClaimView, aDocument: DocumentView, b: ClaimView, bDocument: DocumentView): number {
  return SCOPE_FIELDS.filter((field) => {
    const x = a.scope[field];
    const y = b.scope[field];
    if (x === undefined || y === undefined) return x === y;
    if (typeof x !== "string" || typeof y !== "string") return JSON.stringify(x) === JSON.stringify(y);
    if (field === "party") return namesOverlap(resolve(aDocument.actors, x).names, resolve(bDocument.actors, y).names);
    if (field === "place") return namesOverlap(resolve(aDocument.places, x).names, resolve(bDocument.places, y).names);
    return foldName(x) === foldName(y);
  }).length;
}
