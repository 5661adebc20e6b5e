import { containmentKind } from "./containmentKind.js";

/**
 * Places: a place id or alias. Two places can both hold when they are the
 * same or one contains the other through `in` (the camp lies in Niafunké);
 * otherwise they are `exclusive`.
 */
export const placeKind = containmentKind({
  what: "place",
  resolve: (index, reference) => index.placeId(reference),
  within: (index, inner, outer) => index.placeWithin(inner, outer),
  ids: (index) => index.incident.places.map((p) => p.id),
  name: (words, id) => words.place(id),
});
