import type { ElsewhereRole, NoticeKind, ReportWords } from "../messages/messages.js";
import type { Wording } from "../messages/wording.js";
import type { Hedge } from "../model/claim.js";
import { readings, type Readings } from "../readings/readings.js";
import { FLAG_SEVERITY, type FlagKind, type Severity } from "../reconcile/flagKinds.js";
import { compareText } from "../reconcile/questions.js";
import type { Flag, Question, QuestionStatus, Reconciliation } from "../reconcile/reconciliation.js";
import { readingsSection, type ReadingsSection } from "./readingsSection.js";
import type { SinceSection } from "./sinceSection.js";

/** One claim under a position: how it reached us and the source's own words. */
export interface ClaimLine {
  readonly claim: string;
  readonly chain: string;
  readonly hedge: Hedge;
  readonly hedgeLabel: string;
  readonly said?: string;
  readonly quote?: string;
  readonly lang?: string;
}

/** One position of a question, in words, with the claims behind it. */
export interface PositionBlock {
  /** The claims behind the answer beyond the report's limit, counted rather than listed (0 when all are listed). */
  readonly moreClaims: number;
  /** The answer, each figure said once: « une cinquantaine » (45–55). */
  readonly answer: string;
  readonly independent: number;
  readonly origins: readonly string[];
  /** "2 independent origins: A, B". */
  readonly originsLine: string;
  readonly claims: readonly ClaimLine[];
}

/** One question, in words. */
export interface QuestionBlock {
  readonly key: string;
  readonly title: string;
  readonly status: QuestionStatus;
  /** The status in words; a `withheld` question that shows a figure reads "figure against a refusal". */
  readonly statusLabel: string;
  /**
   * What stands against the question's claims in other questions — the whole
   * its figure exceeds, the refusal its figure stands against — said in
   * place, so that no block contradicts itself or says "contested" with a
   * single answer and nothing to say against what.
   */
  readonly against: readonly string[];
  readonly positions: readonly PositionBlock[];
  /** The answers beyond the report's limit, counted rather than listed. */
  readonly morePositions: number;
}

/** One contradiction, in words. */
export interface FindingLine {
  readonly kind: FlagKind;
  readonly kindLabel: string;
  readonly severity: Severity;
  readonly severityLabel: string;
  readonly question: string;
  readonly note: string;
}

/** The notices of one kind, grouped: one line listing their questions. */
export interface NoticeGroup {
  readonly kind: NoticeKind;
  /** "Answered by a single origin (4)". */
  readonly label: string;
  readonly questions: readonly string[];
}

/** One line of the summary at the top: what it is about decides its mark. */
export interface SummaryLine {
  readonly mark: "contradiction" | "agreement" | "plain";
  readonly text: string;
}

/**
 * A report before it is rendered: every piece of text in the report's
 * language, in the order it is shown. Renderers only lay it out, so text,
 * Markdown and HTML say exactly the same things.
 */
export interface ReportModel {
  readonly lang: string;
  /** The fixed words around the findings: headings, column names, empty states. */
  readonly labels: Pick<ReportWords, "headings" | "columns" | "noContested" | "noFindings" | "tooMany" | "colon" | "more"> & {
    /** The source's words in the language's quotation marks. */
    readonly quote: (text: string) => string;
    /** Questions joined as a line lists them. */
    readonly series: (items: readonly string[]) => string;
  };
  readonly title: string;
  readonly subtitle: string;
  /** What matters first: contradictions, refusals, questions with one origin, agreements across parties, readings. */
  readonly summary: readonly SummaryLine[];
  /** Contested questions, then questions where a figure stands against a refusal; each by key. */
  readonly contested: readonly QuestionBlock[];
  /** Every contradiction, one note each, in the reconciliation's order. */
  readonly contradictions: readonly FindingLine[];
  /** The notices, one group per kind, in the order of the kinds. */
  readonly notices: readonly NoticeGroup[];
  readonly agreements: readonly string[];
  readonly readings: ReadingsSection;
  /** Every other question, by key. */
  readonly others: readonly QuestionBlock[];
  /** Counts a batch's summary reads. */
  readonly counts: { readonly contradictions: number; readonly refusals: number };
  /**
   * What each long section leaves out beyond the report's limit, counted
   * ("… and 1 234 more"): a report of a very large incident stays one a
   * person can read, and the JSON keeps everything.
   */
  readonly more: { readonly contested: number; readonly contradictions: number; readonly agreements: number; readonly others: number };
  /** What changed since an earlier version of the incident, when the report was asked for it ({@link sinceSection}). */
  readonly since?: SinceSection;
}

const FIRST: readonly QuestionStatus[] = ["contested", "withheld"];
/** How many questions or facts a summary line names before "and N more" (never "and 1 more": that one is named). */
const SUMMARY_LIST = 10;

/** A refusal stands on one side of the finding: `withheld` itself, or a source contradicting itself by one. */
function isRefusal(flag: Pick<Flag, "kind" | "basis">): boolean {
  return flag.kind === "withheld" || flag.basis === "withheld";
}

/**
 * Lays a reconciliation out as a {@link ReportModel} in the wording's
 * language. The order never depends on who said what: questions by status
 * then key, positions as the reconciliation orders them (by value), claims
 * by id, findings as the reconciliation orders them.
 *
 * @param read - The readings of the result, when the caller has them already.
 * @param limit - The most entries a section lists (default {@link REPORT_LIMIT}).
 */
/**
 * The most questions, findings or agreements a report lists in a section
 * before it counts the rest, and ten times the most claims it lists behind
 * one answer; see {@link ReportModel.more}.
 */
export const REPORT_LIMIT = 100;

export function reportModel(result: Reconciliation, words: Wording, read: Readings = readings(result), limit: number = REPORT_LIMIT): ReportModel {
  const report = words.messages.report;
  // An answer repeated by many outlets lists a tenth as many of them as a section lists questions.
  const claimLimit = Math.max(1, Math.ceil(limit / 10));
  const claims = new Map(result.provenance.map((p) => [p.claim, p] as const));
  const flagsOf = new Map<string, Flag[]>();
  for (const flag of result.flags) {
    if (flag.severity !== "contradiction") continue;
    for (const key of flag.questions) {
      const list = flagsOf.get(key);
      if (list) list.push(flag);
      else flagsOf.set(key, [flag]);
    }
  }
  const block = (question: Question): QuestionBlock => {
    const own = new Set(question.claims);
    return {
      key: question.key,
      title: words.messages.cap(words.question(question.key)),
      status: question.status,
      statusLabel:
        question.status === "withheld" && question.positions.some((p) => p.value !== "withheld" || p.not)
          ? report.figureAgainstRefusal
          : report.status[question.status],
      against: (flagsOf.get(question.key) ?? []).flatMap((flag) =>
        flag.sides.flatMap((side, index) => {
          if (side.some((claim) => own.has(claim))) return [];
          const other = words.side(side);
          const role = roleOf(flag, index);
          return [
            report.elsewhere[role]({ question: words.question(other.question), value: other.value, sources: other.sources, kind: report.kinds[flag.kind] }),
          ];
        }),
      ),
      morePositions: Math.max(0, question.positions.length - claimLimit),
      positions: question.positions.slice(0, claimLimit).map((position) => ({
        answer: words.position(question, position),
        independent: position.independent,
        origins: position.origins.map(words.source),
        originsLine: report.origins(position.independent, words.messages.and(position.origins.map(words.source))),
        moreClaims: Math.max(0, position.claims.length - claimLimit),
        claims: position.claims.slice(0, claimLimit).map((id) => {
          const p = claims.get(id)!;
          return {
            claim: id,
            chain: words.chain(p),
            hedge: p.hedge,
            hedgeLabel: report.hedges[p.hedge],
            ...(p.said !== undefined ? { said: p.said } : {}),
            ...(p.quote !== undefined ? { quote: p.quote } : {}),
            ...(p.lang !== undefined ? { lang: p.lang } : {}),
          };
        }),
      })),
    };
  };
  const byKey = (a: Question, b: Question) => compareText(a.key, b.key);
  const contested = FIRST.flatMap((status) => result.questions.filter((q) => q.status === status).sort(byKey));
  const others = result.questions.filter((q) => !FIRST.includes(q.status)).sort(byKey);
  const questionTitle = (key: string) => words.messages.cap(words.question(key));
  const contradictionFlags = result.flags.filter((flag) => flag.severity === "contradiction");
  const contradictions = contradictionFlags.slice(0, limit).map((flag) => ({
    kind: flag.kind,
    kindLabel: report.kinds[flag.kind],
    severity: flag.severity,
    severityLabel: report.severity[flag.severity],
    question: flag.question,
    note: words.note(flag),
  }));
  const noticeKinds = (Object.keys(FLAG_SEVERITY) as FlagKind[]).filter((kind): kind is NoticeKind => FLAG_SEVERITY[kind] === "notice");
  const notices = noticeKinds.flatMap((kind) => {
    const keys = unique(result.flags.filter((flag) => flag.kind === kind).map((flag) => flag.question));
    return keys.length === 0 ? [] : [{ kind, label: report.notices[kind](keys.length), questions: keys.map(questionTitle) }];
  });

  const refusals = result.flags.filter((flag) => flag.severity === "contradiction" && isRefusal(flag));
  const opposed = result.flags.filter((flag) => flag.severity === "contradiction" && !isRefusal(flag));
  const singleOrigin = unique(result.flags.filter((flag) => flag.kind === "single-source").map((flag) => flag.question));
  const questionByKey = new Map(result.questions.map((q) => [q.key, q] as const));
  const across = result.agreements
    .filter((a) => a.acrossParties)
    .map((a) => `${questionTitle(a.question)}${report.colon} ${words.position(questionByKey.get(a.question)!, { value: a.value, not: a.not })}`);
  const listed = (items: readonly string[]) =>
    report.series(items.length > SUMMARY_LIST + 1 ? [...items.slice(0, SUMMARY_LIST), report.more(items.length - SUMMARY_LIST)] : items);
  const summary: SummaryLine[] = [
    opposed.length > 0
      ? { mark: "contradiction", text: report.overview.contradictions(opposed.length, listed(unique(opposed.map((f) => f.question)).map(questionTitle))) }
      : { mark: "plain", text: report.overview.noContradiction },
    refusals.length > 0
      ? { mark: "contradiction", text: report.overview.refusals(refusals.length, listed(unique(refusals.map((f) => f.question)).map(questionTitle))) }
      : { mark: "plain", text: report.overview.noRefusal },
    {
      mark: "plain",
      text:
        singleOrigin.length > 0 ? report.overview.singleOrigin(singleOrigin.length, listed(singleOrigin.map(questionTitle))) : report.overview.noSingleOrigin,
    },
    result.agreements.length > 0
      ? { mark: "agreement", text: report.overview.agreements(result.agreements.length, across.length, listed(across)) }
      : { mark: "plain", text: report.overview.noAgreement },
    { mark: "plain", text: report.overview.readings(read.count, read.exact) },
  ];

  const { headings, columns, noContested, noFindings, tooMany, colon, more } = report;
  const agreements = result.agreements;
  return {
    lang: words.messages.lang,
    labels: { headings, columns, noContested, noFindings, tooMany, colon, more, quote: words.messages.quote, series: report.series },
    title: result.title ?? result.incident,
    subtitle: report.claims(result.provenance.length, Object.keys(result.names.sources).length, result.questions.length),
    summary,
    contested: contested.slice(0, limit).map(block),
    contradictions,
    notices,
    agreements: agreements.slice(0, limit).map((a) => words.agreement(a)),
    readings: readingsSection(read, result, words),
    others: others.slice(0, limit).map(block),
    counts: { contradictions: opposed.length, refusals: refusals.length },
    more: {
      contested: Math.max(0, contested.length - limit),
      contradictions: Math.max(0, contradictionFlags.length - limit),
      agreements: Math.max(0, agreements.length - limit),
      others: Math.max(0, others.length - limit),
    },
  };
}

/**
 * What the side at `index` of a finding is to the other sides: a refusal
 * is told last and a figure first (`withheld`); a part first and its whole
 * last (`exceeds-whole`, and the sums of `jointly-exclusive`).
 */
function roleOf(flag: Flag, index: number): ElsewhereRole {
  const basis = flag.basis ?? flag.kind;
  const last = index === flag.sides.length - 1;
  if (basis === "withheld") return last ? "refusal" : "figure";
  if (basis === "exceeds-whole") return last ? "whole" : "part";
  return "other";
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
