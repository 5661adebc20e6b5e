import type { IncidentIndex } from "../resolve/incidentIndex.js";
import type { ClaimEntry, QuestionEntry } from "./questions.js";
import { compareText } from "./questions.js";

/** A fact two or more independent origins assert, before it is worded. */
export interface AgreementDraft {
  readonly question: QuestionEntry;
  /** The fact's key within its question, `not:`-prefixed for negations. */
  readonly key: string;
  readonly value: unknown;
  readonly not: boolean;
  /** Sorted by claim id. */
  readonly entries: readonly ClaimEntry[];
  readonly origins: readonly string[];
  readonly parties: readonly string[];
  readonly acrossParties: boolean;
}

/**
 * The facts on which independent origins agree. Each position of a question
 * is split into the facts its value asserts (the kind says which: a set
 * asserts each of its names, a refusal asserts nothing); a fact asserted
 * from two or more distinct origins is an agreement. Two outlets relaying
 * one statement, or a video based on the group's claim, add no origin and
 * make no agreement. Answers that merely overlap ("about 50" and "several
 * dozen") are compatible, not agreed: only the same answer agrees.
 *
 * An agreement crosses parties when two of its origins are `party` sources
 * of different sides, neither part of the other (a katiba and JNIM are one
 * side).
 */
export function findAgreements(questions: readonly QuestionEntry[], index: IncidentIndex): AgreementDraft[] {
  const agreements: AgreementDraft[] = [];
  for (const question of questions) {
    const facts = new Map<string, { value: unknown; not: boolean; entries: ClaimEntry[] }>();
    for (const position of question.positions) {
      for (const fact of question.comparator.facts(position.canonical)) {
        const key = `${position.not ? "not:" : ""}${fact.key}`;
        const found = facts.get(key);
        if (found) found.entries.push(...position.entries);
        else facts.set(key, { value: fact.value, not: position.not, entries: [...position.entries] });
      }
    }
    for (const [key, fact] of [...facts].sort(([a], [b]) => compareText(a, b))) {
      const entries = fact.entries.sort((a, b) => compareText(a.claim.id, b.claim.id));
      const origins = [...new Set(entries.flatMap((e) => e.origins))];
      if (origins.length < 2) continue;
      const parties = partySides(origins, index);
      agreements.push({
        question,
        key,
        value: fact.value,
        not: fact.not,
        entries,
        origins,
        parties,
        acrossParties: parties.some((a, i) => parties.slice(i + 1).some((b) => !index.actorWithin(a, b) && !index.actorWithin(b, a))),
      });
    }
  }
  return agreements;
}

/** The sides the party sources among `origins` speak for, as actor ids. */
function partySides(origins: readonly string[], index: IncidentIndex): string[] {
  const sides = origins.flatMap((origin) => {
    const source = index.source(origin);
    if (source?.kind !== "party" || source.actor === undefined) return [];
    return [index.actorId(source.actor) ?? source.actor];
  });
  return [...new Set(sides)];
}
