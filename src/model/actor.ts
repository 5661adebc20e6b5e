import * as z from "zod";

/**
 * A party, force or group that claims can speak about (DESIGN §1).
 *
 * `partOf` lists the ids of larger actors: a katiba is part of JNIM, JNIM of
 * al-Qaida. Unknown fields are kept.
 *
 * @example
 * ActorSchema.parse({ id: "jnim", name: "JNIM", aliases: ["GSIM"], kind: "armed-group" })
 * //=> { id: "jnim", name: "JNIM", aliases: ["GSIM"], kind: "armed-group" }
 */
export const ActorSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  /** `state`, `armed-group`, `militia`, `foreign-force`, `civilian`, or any other word. */
  kind: z.string().min(1).optional(),
  partOf: z.array(z.string().min(1)).optional(),
});

/** An actor of an incident, as {@link ActorSchema} checks it. */
export type Actor = z.infer<typeof ActorSchema>;
