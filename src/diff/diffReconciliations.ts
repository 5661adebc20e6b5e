import equal from "fast-deep-equal/es6/index.js";
import type { FlagData, Position, Question, QuestionStatus } from "../reconcile/reconciliation.js";

/** What {@link diffReconciliations} reads of a reconciliation: with or without its words. */
export interface DiffInput {
  readonly incident: string;
  readonly questions: readonly Question[];
  readonly flags: readonly FlagData[];
}

/** A finding of the same kind on the same question in both versions, over other claims. */
export interface ChangedFinding<F extends FlagData = FlagData> {
  readonly before: F;
  readonly after: F;
  /** Claims the later finding involves that the earlier did not. */
  readonly added: readonly string[];
  /** Claims the earlier finding involved that the later does not. */
  readonly removed: readonly string[];
}

/** A position as the diff compares it: its value and who holds it. */
export interface PositionSummary {
  readonly value: unknown;
  readonly not: boolean;
  readonly range?: Position["range"];
  readonly sources: readonly string[];
}

/** A question whose answers changed: a figure moved, an answer came or went, or its status changed. */
export interface QuestionChange {
  readonly question: string;
  readonly facet: string;
  /** Absent when the question is new in the later version. */
  readonly statusBefore?: QuestionStatus;
  /** Absent when the question is gone from the later version. */
  readonly statusAfter?: QuestionStatus;
  /** The positions that are only in the earlier version. */
  readonly gone: readonly PositionSummary[];
  /** The positions that are only in the later version. */
  readonly added: readonly PositionSummary[];
}

/** An answer: a position's value, and whether it is asserted or denied. */
export interface Answer {
  readonly value: unknown;
  readonly not: boolean;
}

/** A source whose answer to a question is not the same in the two versions. */
export interface SourceRevision {
  readonly source: string;
  readonly question: string;
  /** The answers it gave in each version, as the positions it stood in. */
  readonly before: readonly Answer[];
  readonly after: readonly Answer[];
}

/** What changed between two reconciliations of one incident. */
export interface ReconciliationDiff<F extends FlagData = FlagData> {
  readonly incidents: { readonly before: string; readonly after: string };
  /** Findings of the later version that the earlier did not have. */
  readonly appeared: readonly F[];
  /** Findings of the earlier version that are gone. */
  readonly resolved: readonly F[];
  /** Findings of the same kind on the same question that involve other claims. */
  readonly changed: readonly ChangedFinding<F>[];
  /** Questions whose positions or status changed, by key. */
  readonly questions: readonly QuestionChange[];
  /** Sources whose answer to a question changed, by question then source. */
  readonly revisions: readonly SourceRevision[];
}

/**
 * What changed between two reconciliations of one incident — yesterday's
 * version and today's, say: the findings that appeared, those that went
 * away, those whose claims changed; the questions whose positions moved (a
 * figure revised, an answer added or dropped) or whose status changed; and
 * each source whose answer to a question is not what it was. Findings are
 * matched by kind, question and claims; positions by value. Pure: the
 * reconciliations are read, never changed, and the order is the later
 * version's (the earlier's for what went away).
 *
 * @param before - The earlier reconciliation (from {@link reconcile}, with or without words).
 * @param after - The later one.
 * @returns {@link ReconciliationDiff}.
 *
 * @example
 * // today: local sources now say about sixty, the army gives a toll of 25, and a count of wounded comes in
 * const diff = diffReconciliations(reconcile(yesterday), reconcile(today));
 * diff.revisions.map((r) => [r.source, r.before.map((a) => a.value), r.after.map((a) => a.value)])
 * //=> [["em", ["withheld"], [25]], ["local", [{ approx: 50, tolerance: 5 }], [{ approx: 60 }]]]
 * diff.appeared.map((f) => f.kind)
 * //=> ["single-source", "parties-only", "exceeds-whole", "single-source", "parties-only"]
 */
export function diffReconciliations<F extends FlagData>(
  before: DiffInput & { readonly flags: readonly F[] },
  after: DiffInput & { readonly flags: readonly F[] },
): ReconciliationDiff<F> {
  const findings = compareFindings(before.flags, after.flags);
  const earlier = new Map(before.questions.map((q) => [q.key, q] as const));
  const later = new Map(after.questions.map((q) => [q.key, q] as const));
  const keys = [...new Set([...later.keys(), ...earlier.keys()])].sort();
  const questions: QuestionChange[] = [];
  const revisions: SourceRevision[] = [];
  for (const key of keys) {
    const [old, now] = [earlier.get(key), later.get(key)];
    const oldPositions = (old?.positions ?? []).map(summary);
    const newPositions = (now?.positions ?? []).map(summary);
    const gone = oldPositions.filter((p) => !newPositions.some((q) => samePosition(p, q)));
    const added = newPositions.filter((p) => !oldPositions.some((q) => samePosition(p, q)));
    if (gone.length > 0 || added.length > 0 || old?.status !== now?.status) {
      questions.push({
        question: key,
        facet: (now ?? old)!.facet,
        ...(old ? { statusBefore: old.status } : {}),
        ...(now ? { statusAfter: now.status } : {}),
        gone,
        added,
      });
    }
    if (!old || !now) continue;
    const [was, is] = [answers(old), answers(now)];
    for (const [source, values] of is) {
      const previous = was.get(source);
      if (previous !== undefined && !sameValues(previous, values)) revisions.push({ source, question: key, before: previous, after: values });
    }
  }
  return { incidents: { before: before.incident, after: after.incident }, ...findings, questions, revisions };
}

function compareFindings<F extends FlagData>(before: readonly F[], after: readonly F[]): Pick<ReconciliationDiff<F>, "appeared" | "resolved" | "changed"> {
  const exact = (flag: F) => `${flag.kind}\u0000${flag.question}\u0000${[...flag.claims].sort().join("\u0000")}`;
  const same = new Set(before.map(exact));
  const kept = new Set(after.map(exact));
  const oldRest = before.filter((flag) => !kept.has(exact(flag)));
  const newRest = after.filter((flag) => !same.has(exact(flag)));
  const changed: ChangedFinding<F>[] = [];
  const appeared: F[] = [];
  const taken = new Set<F>();
  for (const flag of newRest) {
    const match = oldRest.find((old) => !taken.has(old) && old.kind === flag.kind && old.question === flag.question);
    if (!match) {
      appeared.push(flag);
      continue;
    }
    taken.add(match);
    changed.push({
      before: match,
      after: flag,
      added: flag.claims.filter((c) => !match.claims.includes(c)),
      removed: match.claims.filter((c) => !flag.claims.includes(c)),
    });
  }
  return { appeared, resolved: oldRest.filter((flag) => !taken.has(flag)), changed };
}

function summary(position: Position): PositionSummary {
  return { value: position.value, not: position.not, ...(position.range ? { range: position.range } : {}), sources: position.sources };
}

function samePosition(a: PositionSummary, b: PositionSummary): boolean {
  return a.not === b.not && equal(a.value, b.value);
}

/** Each source's answers to a question, as position values, in the positions' order. */
function answers(question: Question): Map<string, Answer[]> {
  const bySource = new Map<string, Answer[]>();
  for (const position of question.positions) {
    for (const source of position.sources) bySource.set(source, [...(bySource.get(source) ?? []), { value: position.value, not: position.not }]);
  }
  return bySource;
}

function sameValues(a: readonly Answer[], b: readonly Answer[]): boolean {
  return a.length === b.length && a.every((answer) => b.some((other) => equal(answer, other)));
}
