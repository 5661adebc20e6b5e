import * as z from "zod";

/**
 * The kinds of source DESIGN §1 knows. `party` speaks for a side of the
 * fighting and names that side in `actor`.
 *
 * @example
 * SourceKindSchema.safeParse("newspaper").success
 * //=> false
 */
export const SourceKindSchema = z.enum(["party", "government", "media", "ngo", "international", "local", "witness", "expert", "social", "other"]);

/** One of the kinds in {@link SourceKindSchema}. */
export type SourceKind = z.infer<typeof SourceKindSchema>;

/**
 * Who asserts or relays a claim: a party's communiqué, a newsroom, "local
 * sources", an expert. Source kinds are reported, never weighed.
 *
 * @example
 * SourceSchema.parse({ id: "em", name: "État-major général des Armées", kind: "party", actor: "fama" })
 * //=> { id: "em", name: "État-major général des Armées", kind: "party", actor: "fama" }
 */
export const SourceSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: SourceKindSchema,
  /** The side a `party` source speaks for: an actor id or alias. */
  actor: z.string().min(1).optional(),
  url: z.string().min(1).optional(),
  date: z.string().min(1).optional(),
});

/** A source of an incident, as {@link SourceSchema} checks it. */
export type Source = z.infer<typeof SourceSchema>;
