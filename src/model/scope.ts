import * as z from "zod";

/**
 * The fields that narrow a question beyond its facet (DESIGN §1), in the order
 * they appear in a question key.
 *
 * @example
 * SCOPE_FIELDS
 * //=> ["party", "group", "place", "when", "target", "item"]
 */
export const SCOPE_FIELDS = ["party", "group", "place", "when", "target", "item"] as const;

/** One of {@link SCOPE_FIELDS}. */
export type ScopeField = (typeof SCOPE_FIELDS)[number];

/**
 * The question a claim answers: a `facet` of the vocabulary and an optional
 * scope — whose people (`party`, an actor), which `group` of people, which
 * `place`, `when` (an ISO date, date-time or `{ from, to }`), which `target`
 * or `item`.
 *
 * @example
 * AboutSchema.parse({ facet: "killed", party: "fama", place: "niafunke" })
 * //=> { facet: "killed", party: "fama", place: "niafunke" }
 */
export const AboutSchema = z.looseObject({
  facet: z.string().min(1),
  party: z.string().min(1).optional(),
  group: z.string().min(1).optional(),
  place: z.string().min(1).optional(),
  when: z.union([z.string().min(1), z.strictObject({ from: z.string().min(1), to: z.string().min(1) })]).optional(),
  target: z.string().min(1).optional(),
  item: z.string().min(1).optional(),
});

/** The `about` of a claim, as {@link AboutSchema} checks it. */
export type About = z.infer<typeof AboutSchema>;
