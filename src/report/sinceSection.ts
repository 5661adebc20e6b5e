import equal from "fast-deep-equal/es6/index.js";
import { diffReconciliations, type Answer, type QuestionChange, type SourceRevision } from "../diff/diffReconciliations.js";
import type { MessageLanguage } from "../messages/languages.js";
import { SINCE_WORDS } from "../messages/sinceWords.js";
import type { Wording } from "../messages/wording.js";
import type { Question, Reconciliation } from "../reconcile/reconciliation.js";

/** What changed since an earlier version of the report's incident, in words: one line per change. */
export interface SinceSection {
  readonly heading: string;
  readonly lines: readonly string[];
}

/**
 * Words what changed between an earlier reconciliation and the one the
 * report is about ({@link diffReconciliations}): findings that appeared,
 * went away or changed, questions whose figures moved or whose status
 * changed, and sources that revised their answers — each in the words of
 * the version it belongs to.
 *
 * @param before - The earlier reconciliation, and its wording.
 * @param after - The reconciliation the report is about, and its wording.
 */
export function sinceSection(before: { result: Reconciliation; words: Wording }, after: { result: Reconciliation; words: Wording }): SinceSection {
  const words = SINCE_WORDS[after.words.messages.lang as MessageLanguage] ?? SINCE_WORDS.en;
  const diff = diffReconciliations(before.result, after.result);
  const questionIn = (result: Reconciliation, key: string) => result.questions.find((q) => q.key === key);
  const say = (version: { result: Reconciliation; words: Wording }, key: string, values: readonly { value: unknown; not: boolean }[]) => {
    const question = questionIn(version.result, key);
    if (!question) return [];
    return values.map((v) => version.words.position(question, positionOf(question, v) ?? { value: v.value, not: v.not }));
  };
  const title = (key: string) => after.words.messages.cap((questionIn(after.result, key) ? after : before).words.question(key));
  const status = (version: { result: Reconciliation; words: Wording }, q: Question | undefined) => (q ? version.words.messages.report.status[q.status] : "—");
  const lines = [
    ...diff.appeared.map((flag) => words.appeared(after.words.note(flag))),
    ...diff.changed.map((c) => words.changed(after.words.note(c.after), c.added.length, c.removed.length)),
    ...diff.resolved.map((flag) => words.resolved(before.words.note(flag))),
    // A question whose answers changed by one source's revision is said once, with who revised it (and its new status, if any).
    ...diff.questions
      .filter((change) => !toldByRevision(change, diff.revisions) || change.statusBefore !== change.statusAfter)
      .map((change) =>
        change.gone.length + change.added.length > 0 && !toldByRevision(change, diff.revisions)
          ? words.moved(title(change.question), say(before, change.question, change.gone), say(after, change.question, change.added))
          : words.status(
              title(change.question),
              status(before, questionIn(before.result, change.question)),
              status(after, questionIn(after.result, change.question)),
            ),
      ),
    ...diff.revisions.map((r) =>
      words.revised(after.words.source(r.source), title(r.question), say(before, r.question, r.before), say(after, r.question, r.after)),
    ),
  ];
  return { heading: words.heading, lines: lines.length > 0 ? lines : [words.nothing] };
}

/** Whether a question's change is exactly one source's revision of its answer. */
function toldByRevision(change: QuestionChange, revisions: readonly SourceRevision[]): boolean {
  const own = revisions.filter((r) => r.question === change.question);
  if (own.length !== 1) return false;
  const same = (answers: readonly Answer[], positions: readonly Answer[]) =>
    answers.length === positions.length && answers.every((a) => positions.some((p) => p.not === a.not && equal(p.value, a.value)));
  return same(own[0]!.before, change.gone) && same(own[0]!.after, change.added);
}

function positionOf(question: Question, wanted: { value: unknown; not: boolean }) {
  return question.positions.find((p) => p.not === wanted.not && equal(p.value, wanted.value));
}
