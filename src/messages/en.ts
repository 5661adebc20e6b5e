import type { Position } from "../reconcile/reconciliation.js";
import type { FlagKind } from "../reconcile/flagKinds.js";
import type { ScopeField } from "../model/scope.js";

/** What a note may say about one side of a finding: its answer and who gives it. */
export interface NoteSide {
  readonly value: string;
  readonly sources: readonly string[];
  /** The names of the origins behind the side (following `basedOn`). */
  readonly origins: readonly string[];
}

/** The facts a note is written from. */
export interface NoteFacts {
  readonly question: string;
  readonly whole?: string;
  readonly sides: readonly NoteSide[];
  readonly basis?: FlagKind;
  readonly said?: readonly [string, string];
}

/** What a chain sentence is written from: names, not ids. */
export interface ChainFacts {
  /** The asserting source. */
  readonly source: string;
  /** The relays, nearest the source first. */
  readonly via: readonly string[];
  /** The claims it is based on, each as its source and relays. */
  readonly bases: readonly { readonly source: string; readonly via: readonly string[] }[];
  /** The sources it ultimately rests on. */
  readonly origins: readonly string[];
}

/** What an agreement's sentence is written from. */
export interface AgreementFacts {
  readonly question: string;
  readonly value: string;
  readonly origins: readonly string[];
  readonly acrossParties: boolean;
}

/** The words of one language: a sentence per finding kind, and the pieces they are built of. */
export interface Messages {
  readonly notes: { readonly [K in FlagKind]: (facts: NoteFacts) => string };
  /** How a claim reached us: "Communiqué du JNIM, via RFI". */
  readonly chain: (facts: ChainFacts) => string;
  readonly agreement: (facts: AgreementFacts) => string;
  readonly scopeLabels: Readonly<Record<ScopeField, string>>;
  readonly quantity: {
    readonly approx: (n: string) => string;
    readonly range: (low: string, high: string) => string;
    readonly atLeast: (n: string) => string;
    readonly atMost: (n: string) => string;
    readonly withheld: string;
    readonly unknown: string;
  };
  readonly not: (value: string) => string;
  readonly list: (items: readonly string[]) => string;
}

const join = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const by = (side: NoteSide) => `${side.value} (${join(side.sources)})`;
const hop = (link: { readonly source: string; readonly via: readonly string[] }) => [link.source, ...link.via.map((v) => `via ${v}`)].join(", ");

/**
 * English: neutral sentences that say what the accounts do, never who is
 * right. Every sentence names both sides the same way, in the same order as
 * the finding's `sides`.
 */
export const en: Messages = {
  notes: {
    exclusive: (f) => `${cap(f.question)}: ${join(f.sides.map(by))} cannot all hold.`,
    disjoint: (f) => `${cap(f.question)}: ${join(f.sides.map(by))} do not overlap.`,
    "exceeds-whole": (f) =>
      `${cap(f.question)}: ${by(f.sides[0]!)} is more than ${f.whole} allows: ${by(f.sides[1]!)}.`,
    withheld: (f) =>
      `${cap(f.question)}: a figure, ${by(f.sides[0]!)}${f.whole ? `, for a part of ${f.whole}` : ""}, against a refusal to give one (${join(f.sides[1]!.sources)}).`,
    self: (f) =>
      `${cap(f.question)}: one source, ${join(f.sides[0]!.sources)}, gives answers that cannot both hold${f.whole ? ` with ${f.whole}` : ""}: ${f.sides.map((s) => s.value).join(" and ")}.`,
    revised: (f) =>
      `${cap(f.question)}: one source, ${join(f.sides[0]!.sources)}, answered ${f.sides[0]!.value} on ${f.said?.[0]} and ${f.sides[1]!.value} on ${f.said?.[1]}.`,
    divergent: (f) => `${cap(f.question)}: different answers that can all hold: ${f.sides.map(by).join("; ")}.`,
    "single-source": (f) => `${cap(f.question)}: only one origin answers this (${join(f.sides[0]!.origins)}).`,
    "parties-only": (f) => `${cap(f.question)}: every origin answering this is a party to the fighting (${join(f.sides[0]!.origins)}).`,
  },
  chain: (f) => {
    if (f.bases.length === 0) return hop(f);
    const named = new Set(f.bases.map((b) => b.source));
    const further = f.origins.filter((o) => !named.has(o));
    return `${hop(f)} (based on ${f.bases.map(hop).join("; ")}${further.length > 0 ? `; originally ${join(further)}` : ""})`;
  },
  agreement: (f) =>
    `${cap(f.question)}: ${f.value} — ${f.origins.length} independent origins agree (${join(f.origins)})${f.acrossParties ? ", among them parties on different sides" : ""}.`,
  scopeLabels: { party: "party", group: "group", place: "place", when: "when", target: "target", item: "item" },
  quantity: {
    approx: (n) => `about ${n}`,
    range: (low, high) => `${low}–${high}`,
    atLeast: (n) => `at least ${n}`,
    atMost: (n) => `at most ${n}`,
    withheld: "no figure (withheld)",
    unknown: "not known",
  },
  not: (value) => `not ${value}`,
  list: (items) => items.join(" + "),
};

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The shown value of a position, in words. */
export function describePosition(position: Pick<Position, "value" | "not" | "phrases">, messages: Messages, name: (id: string) => string, kind: string): string {
  const plain = describeValue(position.value, messages, name, kind);
  const phrased = position.phrases?.length ? `« ${position.phrases.join(" », « ")} » (${plain})` : plain;
  return position.not ? messages.not(phrased) : phrased;
}

function describeValue(value: unknown, messages: Messages, name: (id: string) => string, kind: string): string {
  const q = messages.quantity;
  if (typeof value === "number") return String(value);
  if (value === "withheld" && kind === "quantity") return q.withheld;
  if (value === "unknown" && kind === "quantity") return q.unknown;
  if (Array.isArray(value)) return messages.list(value.map(String));
  if (typeof value === "string") return kind === "place" || kind === "actor" ? name(value) : `"${value}"`;
  const v = value as Record<string, number | string | undefined>;
  if (v.approx !== undefined) return v.tolerance !== undefined ? `${q.approx(String(v.approx))} (±${v.tolerance})` : q.approx(String(v.approx));
  if (v.min !== undefined) return q.range(String(v.min), String(v.max));
  if (v.atLeast !== undefined) return q.atLeast(String(v.atLeast));
  if (v.atMost !== undefined) return q.atMost(String(v.atMost));
  if (v.from !== undefined) return `${v.from}/${v.to}`;
  return JSON.stringify(value);
}

/** A question in words: its facet, then its scope with names instead of ids. */
export function describeQuestion(facet: string, scope: Readonly<Partial<Record<ScopeField, string>>>, messages: Messages, name: (field: ScopeField, id: string) => string): string {
  const parts = (Object.keys(scope) as ScopeField[]).map((field) => `${messages.scopeLabels[field]} ${name(field, scope[field]!)}`);
  return parts.length === 0 ? facet : `${facet} (${parts.join(", ")})`;
}
