import * as z from "zod";

/**
 * The kinds of value a facet can take (DESIGN §2). Each kind registers one
 * comparator in {@link KINDS}; adding a kind here does not compile until that
 * table covers it.
 *
 * @example
 * ValueKindSchema.options
 * //=> ["quantity", "category", "set", "time", "place", "actor", "text"]
 */
export const ValueKindSchema = z.enum(["quantity", "category", "set", "time", "place", "actor", "text"]);

/** One of the kinds in {@link ValueKindSchema}. */
export type ValueKind = z.infer<typeof ValueKindSchema>;
