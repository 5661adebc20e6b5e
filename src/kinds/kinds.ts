import { actorKind } from "./actor.js";
import { categoryKind } from "./category.js";
import type { KindDefinition } from "./kindDefinition.js";
import { placeKind } from "./place.js";
import { quantityKind } from "./quantity.js";
import { setKind } from "./set.js";
import { textKind } from "./text.js";
import { timeKind } from "./time.js";
import type { ValueKind } from "../values/valueKind.js";

/**
 * The comparator of every value kind. The engine looks a kind up here and
 * never switches on it; a kind added to {@link ValueKindSchema} does not
 * compile until it has an entry.
 */
export const KINDS: { readonly [K in ValueKind]: KindDefinition } = {
  quantity: quantityKind,
  category: categoryKind,
  set: setKind,
  time: timeKind,
  place: placeKind,
  actor: actorKind,
  text: textKind,
};
