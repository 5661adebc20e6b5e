import type { IncidentIndex } from "../resolve/incidentIndex.js";
import type { FlagDraft } from "./flagDraft.js";
import type { QuestionEntry } from "./questions.js";

/**
 * Notices about who answers a question at all:
 *
 * - `single-source`: one origin answers it (relays and claims `basedOn` it do
 *   not count as more);
 * - `parties-only`: every origin answering it is a party to the fighting —
 *   raised even when there is only one, since "only a party says so" is
 *   worth seeing on its own.
 *
 * Only answers count: a refusal (`withheld`) or an admitted ignorance
 * (`unknown`) is about the source, not the incident, so a question that only
 * refusals touch raises neither notice, and a refusal beside one figure
 * leaves that figure single-source.
 */
export function findNotices(questions: readonly QuestionEntry[], index: IncidentIndex): FlagDraft[] {
  const drafts: FlagDraft[] = [];
  for (const question of questions) {
    // A refusal or an admitted ignorance answers nothing: who answers is counted among the answers only.
    const origins = answeringOrigins(question);
    if (origins.length === 0) continue;
    const sides = [{ question, position: question.positions[0]!, entries: question.entries }];
    if (origins.length === 1) drafts.push({ kind: "single-source", question, sides });
    if (origins.every((origin) => index.source(origin)?.kind === "party")) drafts.push({ kind: "parties-only", question, sides });
  }
  return drafts;
}

/** The distinct origins of the claims that answer a question (see the kinds' `answers`). */
function answeringOrigins(question: QuestionEntry): string[] {
  return [...new Set(question.entries.filter((e) => question.comparator.answers(e.canonical)).flatMap((e) => e.origins))];
}

/** The distinct origins of a question's claims, in the order of the first claim (by id) bringing each. */
export function questionOrigins(question: QuestionEntry): string[] {
  return [...new Set(question.entries.flatMap((e) => e.origins))];
}
