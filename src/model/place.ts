import * as z from "zod";

/**
 * A place claims can be scoped to (DESIGN §1). `in` names the enclosing place,
 * so that a camp lies in its town and the town in its region.
 *
 * @example
 * PlaceSchema.parse({ id: "niafunke", name: "Niafunké", in: "tombouctou" })
 * //=> { id: "niafunke", name: "Niafunké", in: "tombouctou" }
 */
export const PlaceSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  kind: z.string().min(1).optional(),
  in: z.string().min(1).optional(),
});

/** A place of an incident, as {@link PlaceSchema} checks it. */
export type Place = z.infer<typeof PlaceSchema>;
