import * as z from "zod";

/**
 * How a source puts a claim (DESIGN §1): `asserted` (the default), `claimed`
 * (a party about its own action), `reported`, `unconfirmed` (e.g. the French
 * conditional « auraient été pillés »). Hedges are shown, never weighed.
 *
 * @example
 * HedgeSchema.parse("unconfirmed")
 * //=> "unconfirmed"
 */
export const HedgeSchema = z.enum(["asserted", "claimed", "reported", "unconfirmed"]);

/** One of the hedges in {@link HedgeSchema}. */
export type Hedge = z.infer<typeof HedgeSchema>;
