import type { ReportWords } from "../messages/messages.js";
import type { Wording } from "../messages/wording.js";
import type { Hedge } from "../model/claim.js";
import { readings } from "../readings/readings.js";
import type { FlagKind, Severity } from "../reconcile/flagKinds.js";
import { compareText } from "../reconcile/questions.js";
import type { Question, QuestionStatus, Reconciliation } from "../reconcile/reconciliation.js";

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
  readonly answer: string;
  readonly range?: string;
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
  readonly statusLabel: string;
  readonly positions: readonly PositionBlock[];
}

/** One finding, in words. */
export interface FindingLine {
  readonly kind: FlagKind;
  readonly kindLabel: string;
  readonly severity: Severity;
  readonly severityLabel: string;
  readonly question: string;
  readonly note: string;
}

/**
 * A report before it is rendered: every piece of text in the report's
 * language, in the order it is shown. Renderers only lay it out, so text,
 * Markdown and HTML say exactly the same things.
 */
export interface ReportModel {
  readonly lang: string;
  /** The fixed words around the findings: headings, column names, empty states. */
  readonly labels: Pick<ReportWords, "headings" | "columns" | "noContested" | "noFindings" | "tooMany" | "colon"> & {
    /** The source's words in the language's quotation marks. */
    readonly quote: (text: string) => string;
  };
  readonly title: string;
  readonly subtitle: string;
  /** Contested questions, then questions where a figure stands against a refusal; each by key. */
  readonly contested: readonly QuestionBlock[];
  /** Every other question, by key. */
  readonly others: readonly QuestionBlock[];
  /** Contradictions first, then notices; each in the reconciliation's order. */
  readonly findings: readonly FindingLine[];
  readonly agreements: readonly string[];
  readonly readings: {
    readonly components: readonly { readonly title: string; readonly alternatives: readonly string[]; readonly tooMany: boolean }[];
    readonly unopposed: string;
  };
  readonly summary: string;
}

const FIRST: readonly QuestionStatus[] = ["contested", "withheld"];

/**
 * Lays a reconciliation out as a {@link ReportModel} in the wording's
 * language. The order never depends on who said what: questions by status
 * then key, positions as the reconciliation orders them (by value), claims
 * by id.
 */
export function reportModel(result: Reconciliation, words: Wording): ReportModel {
  const report = words.messages.report;
  const claims = new Map(result.provenance.map((p) => [p.claim, p] as const));
  const block = (question: Question): QuestionBlock => ({
    key: question.key,
    title: words.messages.cap(words.question(question.key)),
    status: question.status,
    statusLabel: report.status[question.status],
    positions: question.positions.map((position) => ({
      answer: words.position(question, position),
      ...(position.range && question.kind === "quantity" ? { range: range(position.range.low, position.range.high) } : {}),
      independent: position.independent,
      origins: position.origins.map(words.source),
      originsLine: report.origins(position.independent, words.messages.and(position.origins.map(words.source))),
      claims: position.claims.map((id) => {
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
  });
  const byKey = (a: Question, b: Question) => compareText(a.key, b.key);
  const contested = FIRST.flatMap((status) => result.questions.filter((q) => q.status === status).sort(byKey));
  const others = result.questions.filter((q) => !FIRST.includes(q.status)).sort(byKey);
  const findings = (["contradiction", "notice"] as const).flatMap((severity) =>
    result.flags
      .filter((flag) => flag.severity === severity)
      .map((flag) => ({
        kind: flag.kind,
        kindLabel: report.kinds[flag.kind],
        severity,
        severityLabel: report.severity[severity],
        question: flag.question,
        note: words.note(flag),
      })),
  );
  const read = readings(result);
  const questionByKey = new Map(result.questions.map((q) => [q.key, q] as const));
  const claimCount = result.provenance.length;
  const sourceCount = Object.keys(result.names.sources).length;
  const { headings, columns, noContested, noFindings, tooMany, colon } = report;
  return {
    lang: words.messages.lang,
    labels: { headings, columns, noContested, noFindings, tooMany, colon, quote: words.messages.quote },
    title: result.title ?? result.incident,
    subtitle: report.claims(claimCount, sourceCount, result.questions.length),
    contested: contested.map(block),
    others: others.map(block),
    findings,
    agreements: result.agreements.map((a) => words.agreement(a)),
    readings: {
      components: read.components.map((component, i) => ({
        title: report.component(i + 1, component.questions.map((key) => words.question(key)).join(", "), component.count, component.exact),
        tooMany: !component.exact,
        alternatives: component.alternatives.map((alternative) => {
          const says = alternative.holds.flatMap((h) => {
            const question = questionByKey.get(h.question)!;
            return h.positions.map((p) => words.position(question, question.positions[p]!));
          });
          return report.alternative(words.messages.and(says), words.messages.and(alternative.sources.map(words.source)));
        }),
      })),
      unopposed: report.unopposed(read.unopposed.claims.length),
    },
    summary: report.summary({
      questions: result.questions.length,
      contested: result.questions.filter((q) => q.status === "contested").length,
      withheld: result.questions.filter((q) => q.status === "withheld").length,
      singleSource: result.questions.filter((q) => q.status === "single-source").length,
      agreements: result.agreements.length,
      readings: read.count,
      readingsExact: read.exact,
    }),
  };
}

function range(low: number | string, high: number | string | null): string {
  if (high === null) return `${low}–∞`;
  return low === high ? String(low) : `${low}–${high}`;
}
