import * as z from "zod";
import type { KindDefinition } from "./kindDefinition.js";

/**
 * Actors: an actor id or alias. Two actors can both hold when they are the
 * same or one is `partOf` the other (a katiba and JNIM); otherwise they are
 * `exclusive`.
 */
export const actorKind: KindDefinition<string> = {
  schema: z.string().min(1),
  expected: "an actor id or alias from the incident's actors",
  canonical(value, { index }) {
    const id = index.actorId(value as string) ?? (value as string);
    return { key: id, value: id, data: id };
  },
  check(value, { index }) {
    return index.actorId(value as string) === undefined
      ? [{ what: "actor", name: value as string, known: index.incident.actors.map((a) => a.id) }]
      : [];
  },
  compare: (a, b, { index }) => (index.actorWithin(a, b) || index.actorWithin(b, a) ? "compatible" : "exclusive"),
  contradictsNegation: (asserted, negated, { index }) => index.actorWithin(asserted, negated),
};
