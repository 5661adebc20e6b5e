import * as z from "zod";
import { QuantityObjectSchema } from "../values/quantityValue.js";
import { HedgeSchema } from "../values/hedge.js";
import { AboutSchema } from "./scope.js";

// The hedge is a form of words the lexicon reads below the model: its schema lives with the other value forms.
export { HedgeSchema, type Hedge } from "../values/hedge.js";

/**
 * Any value a claim may carry, whatever its facet: a count, a name, a list of
 * names, a date or date-time (as a string), a quantity object or a
 * `{ from, to }` time range. Whether it fits the facet's kind is checked
 * against the vocabulary when the incident is parsed.
 *
 * @example
 * ClaimValueSchema.parse(["vbied", "shelling"])
 * //=> ["vbied", "shelling"]
 */
export const ClaimValueSchema = z.union([
  z.number(),
  z.string(),
  z.array(z.string()),
  QuantityObjectSchema,
  z.strictObject({ from: z.string(), to: z.string() }),
]);

/** A claim's value, as {@link ClaimValueSchema} checks it. */
export type ClaimValue = z.infer<typeof ClaimValueSchema>;

/**
 * One attributed claim: who (`source`) says what (`value`) about which
 * question (`about`), through whom it reached us (`via`, nearest the source
 * first), when it was said, in which words (`quote`) and how it was put
 * (`hedge`). `not: true` asserts the opposite of the value; `basedOn` lists the
 * claims this one repeats or derives from. Unknown fields are kept.
 *
 * @example
 * ClaimSchema.parse({ id: "em-repelled", source: "em", about: { facet: "control", place: "niafunke-camp" }, value: "repelled", quote: "repoussés" })
 * //=> { id: "em-repelled", source: "em", about: { facet: "control", place: "niafunke-camp" }, value: "repelled", quote: "repoussés" }
 */
export const ClaimSchema = z.looseObject({
  id: z.string().min(1),
  source: z.string().min(1),
  via: z.array(z.string().min(1)).optional(),
  said: z.string().min(1).optional(),
  about: AboutSchema,
  value: ClaimValueSchema,
  not: z.boolean().optional(),
  quote: z.string().min(1).optional(),
  lang: z.string().min(2).optional(),
  hedge: HedgeSchema.optional(),
  basedOn: z.array(z.string().min(1)).optional(),
});

/** A claim, as {@link ClaimSchema} checks it. */
export type Claim = z.infer<typeof ClaimSchema>;
