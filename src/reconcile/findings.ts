import type { KindDefinition } from "../kinds/kindDefinition.js";
import { HedgeSchema, type Claim, type Hedge } from "../model/claim.js";
import type { Incident } from "../model/incident.js";
import { normalizeName } from "../model/normalizeName.js";
import { indexIncident, type IncidentIndex } from "../resolve/incidentIndex.js";
import { findAgreements, type AgreementDraft } from "./agreements.js";
import type { FlagDraft, Side } from "./flagDraft.js";
import { FLAG_KINDS, FLAG_SEVERITY } from "./flagKinds.js";
import { findRevisions, questionHistories, type HistoryEntry } from "./history.js";
import { findNotices, questionOrigins } from "./notices.js";
import { compareParts } from "./partsAndWholes.js";
import type { PositionEntry, QuestionEntry } from "./questions.js";
import { compareText, groupQuestions } from "./questions.js";
import type { Agreement, Findings, Flag, Names, Position, Question, QuestionStatus, SourceHistory, SourceName } from "./reconciliation.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import { compareSameQuestions, sameQuestionPairs } from "./sameQuestion.js";

/**
 * The engine: groups the claims of a checked incident by question, compares
 * the answers, and returns the findings as data — questions, flags,
 * agreements and the names behind the ids, with no sentence in them. The
 * public `reconcile()` puts provenance and words on top of this.
 *
 * @param checked - An incident {@link parseIncident} returned.
 * @param vocabulary - The vocabulary it was checked against.
 * @returns The findings, but the claims' provenance (which the façade adds).
 */
export function engineFindings(
  checked: Incident,
  vocabulary: Vocabulary,
): Omit<Findings, "provenance"> & { readonly questionOf: ReadonlyMap<string, string>; readonly index: IncidentIndex } {
  const index = indexIncident(checked, vocabulary);
  const questions = groupQuestions(index, vocabulary);
  const histories = new Map(questions.map((question) => [question, questionHistories(question)] as const));
  const drafts = [
    ...compareSameQuestions(sameQuestionPairs(questions)),
    ...compareParts(questions, index, vocabulary),
    ...findRevisions(histories),
    ...findNotices(questions, index),
  ];
  const positions = new Map<PositionEntry, Position>();
  const positionOf = (entry: PositionEntry) => {
    let position = positions.get(entry);
    if (!position) positions.set(entry, (position = toPosition(entry)));
    return position;
  };
  const flags = sortFlags(drafts.map(toFlag));
  const touching = new Map<string, Omit<Flag, "note">[]>();
  for (const flag of flags) {
    for (const key of flag.questions) {
      const list = touching.get(key);
      if (list) list.push(flag);
      else touching.set(key, [flag]);
    }
  }
  return {
    incident: checked.id,
    ...(checked.title !== undefined ? { title: checked.title } : {}),
    vocabulary: vocabulary.name,
    questions: questions.map((question) => toQuestion(question, histories.get(question)!, touching.get(question.key) ?? [], positionOf)),
    flags,
    agreements: findAgreements(questions, index).map(toAgreement),
    names: names(index),
    questionOf: questionOfClaims(questions),
    index,
  };
}

/** The key of the question each claim answers, by claim id. */
function questionOfClaims(questions: readonly QuestionEntry[]): Map<string, string> {
  const questionOf = new Map<string, string>();
  for (const question of questions) for (const entry of question.entries) questionOf.set(entry.claim.id, question.key);
  return questionOf;
}

/**
 * The names behind the ids: the sources that assert or relay a claim, in the
 * order of the first claim (by id) naming them, and every actor and place by
 * id.
 */
function names(index: IncidentIndex): Names {
  // Gathered in maps and made plain objects by Object.fromEntries, which defines each key as the object's own:
  // a source called "__proto__" or "constructor" is a source like any other, and the result stays plain JSON.
  const sources = new Map<string, SourceName>();
  const claims = [...index.incident.claims].sort((a, b) => compareText(a.id, b.id));
  for (const id of claims.flatMap((c) => [c.source, ...(c.via ?? [])])) {
    const source = index.source(id);
    if (!source || sources.has(id)) continue;
    const actor = source.kind === "party" && source.actor !== undefined ? (index.actorId(source.actor) ?? source.actor) : undefined;
    sources.set(id, { name: source.name, kind: source.kind, ...(actor !== undefined ? { actor } : {}) });
  }
  const byId = <T extends { id: string; name: string }>(list: readonly T[]) =>
    Object.fromEntries([...list].sort((a, b) => compareText(a.id, b.id)).map((entry) => [entry.id, entry.name]));
  // As written, for reports: a question key folds targets and undeclared items ("Camp-Nord HQ" is `camp nord hq`).
  const items = new Map<string, string>();
  const targets = new Map<string, string>();
  for (const item of index.incident.items ?? []) items.set(item.id, item.name);
  for (const claim of claims) {
    const { item, target } = claim.about;
    if (item !== undefined && index.items.itemId(item) === undefined && !items.has(normalizeName(item))) items.set(normalizeName(item), item);
    if (target !== undefined && !targets.has(normalizeName(target))) targets.set(normalizeName(target), target);
  }
  return {
    sources: Object.fromEntries(sources),
    actors: byId(index.incident.actors),
    places: byId(index.incident.places),
    ...(items.size > 0 ? { items: Object.fromEntries(items) } : {}),
    ...(targets.size > 0 ? { targets: Object.fromEntries(targets) } : {}),
  };
}

function toQuestion(
  question: QuestionEntry,
  histories: readonly HistoryEntry[],
  flags: readonly Omit<Flag, "note">[],
  positionOf: (entry: PositionEntry) => Position,
): Question {
  const positions = question.positions.map(positionOf);
  const origins = questionOrigins(question);
  return {
    key: question.key,
    facet: question.facet,
    kind: question.kind,
    scope: question.scope,
    status: status(positions, origins.length, flags),
    positions,
    claims: question.entries.map((e) => e.claim.id),
    origins,
    independent: origins.length,
    history: histories.map(
      (history): SourceHistory => ({
        source: history.source,
        steps: history.steps.map((step) => ({
          said: step.said,
          claims: step.entries.map((e) => e.claim.id),
          positions: step.positions.map((p) => question.positions.indexOf(p)),
        })),
      }),
    ),
  };
}

function toAgreement(draft: AgreementDraft): Omit<Agreement, "note"> {
  return {
    question: draft.question.key,
    value: draft.value,
    not: draft.not,
    claims: draft.entries.map((e) => e.claim.id),
    sources: unique(draft.entries.map((e) => e.claim.source)),
    origins: draft.origins,
    independent: draft.origins.length,
    parties: draft.parties,
    acrossParties: draft.acrossParties,
  };
}

/**
 * A question is `contested` when a contradiction other than a refusal touches
 * it; `withheld` when a refusal stands against a figure, or every answer is a
 * refusal; `single-source` when one origin answers it; `agreed` when every
 * answer is the same; `compatible` otherwise.
 */
function status(positions: readonly Position[], origins: number, flags: readonly Omit<Flag, "note">[]): QuestionStatus {
  if (flags.some((f) => f.severity === "contradiction" && f.kind !== "withheld" && f.basis !== "withheld")) return "contested";
  if (flags.some((f) => f.kind === "withheld" || f.basis === "withheld")) return "withheld";
  if (positions.every((p) => p.value === "withheld" && !p.not) && positions.length > 0) return "withheld";
  if (origins <= 1) return "single-source";
  return positions.length === 1 ? "agreed" : "compatible";
}

function toPosition(position: PositionEntry): Position {
  const phrases = new Set<string>();
  const claims: string[] = [];
  const sources = new Set<string>();
  const origins = new Set<string>();
  const used = new Set<Hedge>();
  // One pass over the claims, in id order, each list in the order of the first claim that brings an entry in.
  for (const { claim, origins: from } of position.entries) {
    const value = claim.value;
    if (typeof value === "object" && value !== null && !Array.isArray(value) && "phrase" in value && value.phrase !== undefined)
      phrases.add(value.phrase as string);
    claims.push(claim.id);
    sources.add(claim.source);
    for (const origin of from) origins.add(origin);
    used.add(claim.hedge ?? "asserted");
  }
  const canonical = position.canonical;
  return {
    value: canonical.value,
    not: position.not,
    ...(canonical.range ? { range: canonical.range } : {}),
    ...(phrases.size > 0 ? { phrases: [...phrases] } : {}),
    claims,
    sources: [...sources],
    origins: [...origins],
    independent: origins.size,
    hedges: HEDGES.filter((h) => used.has(h)),
  };
}

const HEDGES = HedgeSchema.options;

function toFlag(draft: FlagDraft): Omit<Flag, "note"> {
  const sides = draft.kind === "withheld" ? orientRefusalLast(draft.sides, draft.question.comparator) : draft.sides;
  const key = draft.question.key;
  const others = new Set<string>();
  const sideIds: string[][] = [];
  const claimsBySide: Claim[][] = [];
  for (const side of sides) {
    // A side of wholes a part exceeds may answer several questions: each is involved.
    for (const question of side.questions ?? [side.question]) if (question.key !== key) others.add(question.key);
    const claims = side.entries.map((entry) => entry.claim);
    claimsBySide.push(claims);
    sideIds.push(claims.map((claim) => claim.id));
  }
  const claims: string[] = [];
  const sources = new Set<string>();
  for (const claim of byId(claimsBySide)) {
    // A claim on two sides (never by construction) is listed once.
    if (claims.length > 0 && claims[claims.length - 1] === claim.id) continue;
    claims.push(claim.id);
    sources.add(claim.source);
  }
  return {
    kind: draft.kind,
    severity: FLAG_SEVERITY[draft.kind],
    question: key,
    questions: others.size === 0 ? [key] : [key, ...[...others].sort(compareText)],
    claims,
    sides: sideIds,
    sources: [...sources],
    ...(draft.basis ? { basis: draft.basis } : {}),
    ...(draft.said ? { said: draft.said } : {}),
  };
}

/**
 * The claims of every side in id order. Sides mostly come sorted already
 * (a position's claims are): they are then merged, which costs their length,
 * instead of sorted again, which on a side of thousands cost a tenth of the
 * engine.
 */
function byId(sides: readonly (readonly Claim[])[]): readonly Claim[] {
  const sorted = sides.map((side) => (isSortedById(side) ? side : [...side].sort((a, b) => compareText(a.id, b.id))));
  return sorted.reduce<readonly Claim[]>((merged, side) => mergeById(merged, side), []);
}

function isSortedById(claims: readonly Claim[]): boolean {
  for (let i = 1; i < claims.length; i++) if (compareText(claims[i - 1]!.id, claims[i]!.id) > 0) return false;
  return true;
}

function mergeById(a: readonly Claim[], b: readonly Claim[]): readonly Claim[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const merged: Claim[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(compareText(a[i]!.id, b[j]!.id) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/** A refusal against a figure is always told figure first, refusal second. */
function orientRefusalLast(sides: readonly Side[], kind: KindDefinition): readonly Side[] {
  const refusal = (s: Side) => kind.refuses?.(s.position.canonical) === true;
  return refusal(sides[0]!) && !refusal(sides[1]!) ? [sides[1]!, sides[0]!] : sides;
}

/**
 * Findings in a fixed order: by question, then by kind (in the order of
 * {@link FLAG_KINDS}), then by the claims on their sides. Each finding's sort
 * key is made once, not at every comparison.
 */
function sortFlags(flags: Omit<Flag, "note">[]): Omit<Flag, "note">[] {
  // The sides' key is written only for findings that tie on question and kind: most never need it.
  const keyed = flags.map((flag) => ({ flag, kind: KIND_ORDER.get(flag.kind)!, sides: undefined as string | undefined }));
  const sidesKey = (k: (typeof keyed)[number]) => (k.sides ??= JSON.stringify(k.flag.sides));
  keyed.sort((a, b) => compareText(a.flag.question, b.flag.question) || a.kind - b.kind || compareText(sidesKey(a), sidesKey(b)));
  return keyed.map((k) => k.flag);
}

const KIND_ORDER = new Map(FLAG_KINDS.map((kind, i) => [kind, i] as const));

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
