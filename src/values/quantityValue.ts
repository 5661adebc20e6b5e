import * as z from "zod";

const count = z.number().nonnegative().finite();

/**
 * A quantity given as an object (DESIGN §2): at most one reading — `exactly`,
 * `approx` (with an optional absolute `tolerance`), `min` with `max`,
 * `atLeast` or `atMost` — and optionally the source's own words as `phrase`
 * with their `lang`. A phrase alone is read by the lexicon
 * ({@link parseQuantity}) when the incident is parsed; a reading given
 * beside a phrase is the analyst's and wins. Keys are checked strictly, so
 * that a misspelt `aprox` is an error rather than a silently different number.
 *
 * @example
 * QuantityObjectSchema.parse({ phrase: "plusieurs dizaines", lang: "fr", min: 20, max: 99 })
 * //=> { phrase: "plusieurs dizaines", lang: "fr", min: 20, max: 99 }
 */
export const QuantityObjectSchema = z
  .strictObject({
    exactly: count.optional(),
    approx: count.optional(),
    tolerance: count.optional(),
    min: count.optional(),
    max: count.optional(),
    atLeast: count.optional(),
    atMost: count.optional(),
    phrase: z.string().min(1).optional(),
    lang: z.string().min(2).optional(),
  })
  .superRefine((q, ctx) => {
    const readings = [
      q.exactly !== undefined,
      q.approx !== undefined,
      q.min !== undefined || q.max !== undefined,
      q.atLeast !== undefined,
      q.atMost !== undefined,
    ].filter(Boolean).length;
    if (readings === 0 && q.phrase === undefined) {
      ctx.addIssue({
        code: "custom",
        message: "a quantity object needs a phrase or one reading: exactly, approx, min and max, atLeast or atMost",
        params: { contested: "no-reading" },
      });
    } else if (readings > 1) {
      ctx.addIssue({ code: "custom", message: "a quantity object takes only one reading", params: { contested: "several-readings" } });
    }
    if ((q.min === undefined) !== (q.max === undefined)) {
      ctx.addIssue({ code: "custom", message: "min and max go together (use atLeast or atMost for an open bound)", params: { contested: "half-range" } });
    }
    if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
      ctx.addIssue({ code: "custom", path: ["min"], message: `min (${q.min}) is above max (${q.max})`, params: { contested: "inverted-range" } });
    }
    if (q.tolerance !== undefined && q.approx === undefined) {
      ctx.addIssue({ code: "custom", path: ["tolerance"], message: "tolerance goes with approx", params: { contested: "stray-tolerance" } });
    }
  });

/**
 * A quantity value: a count, a quantity object, `"withheld"` (the source
 * declined to give it) or `"unknown"` (the source says it is not known).
 *
 * @example
 * QuantityValueSchema.parse({ approx: 50 })
 * //=> { approx: 50 }
 */
export const QuantityValueSchema = z.union([count, z.literal("withheld"), z.literal("unknown"), QuantityObjectSchema]);

/** A quantity object, as {@link QuantityObjectSchema} checks it. */
export type QuantityObject = z.infer<typeof QuantityObjectSchema>;

/** A quantity value, as {@link QuantityValueSchema} checks it. */
export type QuantityValue = z.infer<typeof QuantityValueSchema>;
