import * as z from "zod";

/**
 * A kind of thing an incident counts (`seized`, `destroyed`, `looted` … of
 * `item`), declared by the incident when its vocabulary does not know it.
 * Claims name it by id, name or any alias, ignoring case, accents and
 * punctuation, so that "vehicles", « véhicules » and "Vehicle" are one
 * question, not three.
 *
 * @example
 * ItemSchema.parse({ id: "granaries", name: "granaries", aliases: ["greniers"] })
 * //=> { id: "granaries", name: "granaries", aliases: ["greniers"] }
 */
export const ItemSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
});

/** An item declared by an incident, as {@link ItemSchema} checks it. */
export type Item = z.infer<typeof ItemSchema>;
