import * as z from "zod";
import type { IncidentIndex } from "../resolve/incidentIndex.js";
import { defineKind, wholeValue, type KindDefinition, type ValueWords } from "./kindDefinition.js";

/** How one kind of reference is looked up and nested in an incident. */
interface Containment {
  readonly what: "place" | "actor";
  readonly resolve: (index: IncidentIndex, reference: string) => string | undefined;
  readonly within: (index: IncidentIndex, inner: string, outer: string) => boolean;
  readonly ids: (index: IncidentIndex) => string[];
  readonly name: (words: ValueWords, id: string) => string;
}

/**
 * A kind whose values are references to an incident's entries, nested in
 * one another (places through `in`, actors through `partOf`): two values can
 * both hold when they are the same or one contains the other, otherwise they
 * are `exclusive`; a negated value is contradicted by anything inside it.
 */
export function containmentKind({ what, resolve, within, ids, name }: Containment): KindDefinition {
  return defineKind<string, string>({
    schema: z.string().min(1),
    canonical(value, { index }) {
      const id = resolve(index, value) ?? value;
      return { key: id, value: id, data: id };
    },
    check: (value, { index }) => (resolve(index, value) === undefined ? [{ what, name: value, known: ids(index) }] : []),
    compare: (a, b, { index }) => (within(index, a, b) || within(index, b, a) ? "compatible" : "exclusive"),
    contradictsNegation: (asserted, negated, { index }) => within(index, asserted, negated),
    facts: wholeValue,
    answers: () => true,
    together: () => [],
    describe: (value, words) => name(words, value),
  });
}
