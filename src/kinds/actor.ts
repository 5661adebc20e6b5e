import { containmentKind } from "./containmentKind.js";

/**
 * Actors: an actor id or alias. Two actors can both hold when they are the
 * same or one is `partOf` the other (a katiba and JNIM); otherwise they are
 * `exclusive`.
 */
export const actorKind = containmentKind({
  what: "actor",
  resolve: (index, reference) => index.actorId(reference),
  within: (index, inner, outer) => index.actorWithin(inner, outer),
  ids: (index) => index.incident.actors.map((a) => a.id),
  name: (words, id) => words.actor(id),
});
