import * as z from "zod";
import { ActorSchema } from "./actor.js";
import { ClaimSchema } from "./claim.js";
import { ItemSchema } from "./item.js";
import { PlaceSchema } from "./place.js";
import { SourceSchema } from "./source.js";

/**
 * The incident document, format 1 (DESIGN §1): one incident, the actors and
 * places its claims refer to, the sources that speak, and the claims;
 * optionally the `items` it counts that its vocabulary does not declare.
 * `contested: 1` names the format version. Unknown fields are kept at every
 * level, so that tools can carry their own data.
 *
 * This schema checks the shape only; {@link parseIncident} also checks the
 * cross-references and the values against the vocabulary.
 *
 * @example
 * IncidentSchema.parse({ contested: 1, id: "x", sources: [], claims: [] }).actors
 * //=> []
 */
export const IncidentSchema = z.looseObject({
  contested: z.literal(1),
  id: z.string().min(1),
  title: z.string().optional(),
  lang: z.string().min(2).optional(),
  actors: z.array(ActorSchema).default([]),
  places: z.array(PlaceSchema).default([]),
  items: z.array(ItemSchema).optional(),
  sources: z.array(SourceSchema),
  claims: z.array(ClaimSchema),
});

/** A checked incident, as {@link parseIncident} returns it. */
export type Incident = z.infer<typeof IncidentSchema>;

/** An incident document as it may be written: `actors` and `places` may be left out. */
export type IncidentInput = z.input<typeof IncidentSchema>;
