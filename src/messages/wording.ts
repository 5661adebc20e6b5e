import type { ValueWords } from "../kinds/kindDefinition.js";
import { KINDS } from "../kinds/kinds.js";
import type { ScopeField } from "../model/scope.js";
import type { Agreement, ClaimProvenance, Flag, Position, Question, Reconciliation } from "../reconcile/reconciliation.js";
import type { VocabularyLabels } from "../vocabulary/vocabulary.js";
import { fewOf, type Messages, type NoteFacts, type NoteSide } from "./messages.js";

/** What wording needs of a reconciliation: its questions, its claims' provenance and its names. */
export type WordingData = Pick<Reconciliation, "questions" | "names"> & { readonly provenance: readonly Omit<ClaimProvenance, "chain">[] };

/** The sentences of one language for one reconciliation. */
export interface Wording {
  readonly messages: Messages;
  /** A question in words: "killed (party Forces armées maliennes, group soldiers)". */
  question(key: string): string;
  /**
   * A position in words: "captured", about 50 (±5), and the source's own
   * words with the interval they are read as — « une cinquantaine » (45–55) —
   * so that each figure is said once.
   */
  position(question: Question, position: Pick<Position, "value" | "not" | "phrases"> & { readonly range?: Position["range"] }): string;
  note(flag: Omit<Flag, "note">): string;
  /** One side of a finding in words: the key of the question its first claim answers, its answer, sources and origins. */
  side(claims: readonly string[]): NoteSide & { readonly question: string };
  chain(provenance: Omit<ClaimProvenance, "chain">): string;
  agreement(agreement: Omit<Agreement, "note">): string;
  source(id: string): string;
  /** A facet, group, value or item of the vocabulary in this language. */
  label(kind: keyof VocabularyLabels, name: string): string;
}

/**
 * Words a reconciliation from its data alone — notes, chains, agreements —
 * so that the same findings read the same in the JSON and in every report,
 * and a report can be written in another language than the notes were.
 *
 * @param labels - The vocabulary's words in this language, if it has them.
 */
export function wording(data: WordingData, messages: Messages, labels: VocabularyLabels = {}): Wording {
  const questions = new Map(data.questions.map((q) => [q.key, q] as const));
  const claims = new Map(data.provenance.map((p) => [p.claim, p] as const));
  const positionOf = new Map<string, Position>();
  for (const question of data.questions) for (const position of question.positions) for (const claim of position.claims) positionOf.set(claim, position);

  const source = (id: string) => own(data.names.sources, id)?.name ?? id;
  const label = (kind: keyof VocabularyLabels, name: string) => own(labels[kind] ?? {}, name) ?? name;
  const valueWords: ValueWords = {
    messages,
    place: (id) => own(data.names.places, id) ?? id,
    actor: (id) => own(data.names.actors, id) ?? id,
    label: (name) => label("values", name),
  };
  /** How each scope field's id is named: resolved references by their names, groups and items by their labels, the rest as written. */
  const scopeNames: Readonly<Record<ScopeField, (id: string) => string>> = {
    party: valueWords.actor,
    place: valueWords.place,
    group: (id) => label("groups", id),
    when: (id) => id,
    target: (id) => own(data.names.targets ?? {}, id) ?? id,
    // The vocabulary's word for its own items; an item the incident declares, or no list does, as written.
    item: (id) => own(labels.items ?? {}, id) ?? own(data.names.items ?? {}, id) ?? id,
  };

  // Each question, position and chain is worded once, however many findings and claims name it.
  const questionWords = new Map<string, string>();
  const describeQuestion = (question: Question) => {
    let words = questionWords.get(question.key);
    if (words === undefined) questionWords.set(question.key, (words = wordQuestion(question)));
    return words;
  };
  const wordQuestion = (question: Question) => {
    const parts = (Object.keys(question.scope) as ScopeField[]).map((field) => `${messages.scopeLabels[field]} ${scopeNames[field](question.scope[field]!)}`);
    const facet = label("facets", question.facet);
    return parts.length === 0 ? facet : `${facet} (${parts.join(", ")})`;
  };
  const interval = (range: NonNullable<Position["range"]>) =>
    range.high === null
      ? messages.quantity.atLeast(String(range.low))
      : range.low === range.high
        ? String(range.low)
        : messages.quantity.range(String(range.low), String(range.high));
  const position = (question: Question, p: Pick<Position, "value" | "not" | "phrases"> & { readonly range?: Position["range"] }) => {
    const plain = () => KINDS[question.kind].describe(p.value, valueWords);
    const phrased = p.phrases?.length ? `${p.phrases.map(messages.quote).join(", ")} (${p.range ? interval(p.range) : plain()})` : plain();
    return p.not ? messages.not(phrased) : phrased;
  };
  const positionWords = new Map<Position, string>();
  const describePosition = (question: Question, p: Position) => {
    let words = positionWords.get(p);
    if (words === undefined) positionWords.set(p, (words = position(question, p)));
    return words;
  };
  const values = (question: Question, ids: readonly string[]) => {
    const positions = new Set<Position>();
    for (const id of ids) positions.add(positionOf.get(id)!);
    // A side of a thousand figures names ten of them: the finding's data holds every claim.
    return fewOf(
      [...positions].map((p) => describePosition(question, p)),
      messages.more,
    ).join(", ");
  };
  /** A side's answers: those of its first question, then those of each other question it holds (the wholes a part exceeds), each after that question's words. */
  const sideValue = (question: Question, ids: readonly string[]) => {
    const byQuestion = new Map<string, string[]>();
    for (const id of ids) {
      const key = claims.get(id)!.question;
      const list = byQuestion.get(key);
      if (list) list.push(id);
      else byQuestion.set(key, [id]);
    }
    // The wholes a toll exceeds along a chain of places can be hundreds: ten are named.
    return fewOf(
      [...byQuestion].map(([key, list]) => {
        const other = questions.get(key)!;
        return other === question ? values(question, list) : `${describeQuestion(other)}${messages.report.colon} ${values(other, list)}`;
      }),
      messages.more,
    ).join("; ");
  };
  const side = (ids: readonly string[]): NoteSide & { question: string } => {
    const first = claims.get(ids[0]!)!;
    const question = questions.get(first.question)!;
    // One pass over a side's claims, which can be thousands: its sources and origins, and whether it answers one question.
    const sources = new Set<string>();
    const origins = new Set<string>();
    let oneQuestion = true;
    for (const id of ids) {
      const claim = claims.get(id)!;
      sources.add(claim.source);
      for (const origin of claim.origins) origins.add(origin);
      if (claim.question !== first.question) oneQuestion = false;
    }
    return {
      question: first.question,
      about: describeQuestion(question),
      // A side may hold several answers that overlap one another (a disjoint finding's group): each is named once.
      value: oneQuestion ? values(question, ids) : sideValue(question, ids),
      sources: [...sources].map(source),
      origins: [...origins].map(source),
    };
  };

  const chainWords = new Map<string, string>();

  return {
    messages,
    source,
    label,
    position,
    side,
    question: (key) => describeQuestion(questions.get(key)!),
    note(flag) {
      const sides = flag.sides.map(side);
      const whole = sides.find((s) => s.question !== flag.question)?.question;
      const facts: NoteFacts = {
        question: describeQuestion(questions.get(flag.question)!),
        ...(whole !== undefined ? { whole: describeQuestion(questions.get(whole)!) } : {}),
        sides,
        ...(flag.basis ? { basis: flag.basis } : {}),
        ...(flag.said ? { said: flag.said } : {}),
      };
      return messages.notes[flag.kind](facts);
    },
    chain(p) {
      // A claim that rests on no other is told by its source and relays alone: one sentence per such chain.
      const key = p.basedOn.length === 0 ? [p.source, ...p.via].join("\u0000") : undefined;
      let words = key === undefined ? undefined : chainWords.get(key);
      if (words === undefined) {
        const hop = (claim: Pick<ClaimProvenance, "source" | "via">) => ({ source: source(claim.source), via: claim.via.map(source) });
        words = messages.chain({ ...hop(p), bases: p.basedOn.map((id) => hop(claims.get(id)!)), origins: p.origins.map(source) });
        if (key !== undefined) chainWords.set(key, words);
      }
      return words;
    },
    agreement(a) {
      const question = questions.get(a.question)!;
      return messages.agreement({
        question: describeQuestion(question),
        value: position(question, { value: a.value, not: a.not }),
        origins: a.origins.map(source),
        acrossParties: a.acrossParties,
      });
    },
  };
}

/** A record's own entry: names such as "constructor" or "__proto__" are ids like any other. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
