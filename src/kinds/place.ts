import * as z from "zod";
import type { KindDefinition } from "./kindDefinition.js";

/**
 * Places: a place id or alias. Two places can both hold when they are the
 * same or one contains the other through `in` (the camp lies in Niafunké);
 * otherwise they are `exclusive`.
 */
export const placeKind: KindDefinition<string> = {
  schema: z.string().min(1),
  expected: "a place id or alias from the incident's places",
  canonical(value, { index }) {
    const id = index.placeId(value as string) ?? (value as string);
    return { key: id, value: id, data: id };
  },
  check(value, { index }) {
    return index.placeId(value as string) === undefined
      ? [{ what: "place", name: value as string, known: index.incident.places.map((p) => p.id) }]
      : [];
  },
  compare: (a, b, { index }) => (index.placeWithin(a, b) || index.placeWithin(b, a) ? "compatible" : "exclusive"),
  contradictsNegation: (asserted, negated, { index }) => index.placeWithin(asserted, negated),
};
