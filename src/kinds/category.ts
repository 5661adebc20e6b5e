import * as z from "zod";
import { defineKind, wholeValue } from "./kindDefinition.js";

/**
 * Categories: one name from the facet's list. Two different names are
 * `exclusive` when the facet declares the pair exclusive (`captured` and
 * `repelled`), otherwise `divergent` (`captured`, then `withdrew`: both can
 * hold, but they say different things).
 */
export const categoryKind = defineKind<string, string>({
  schema: z.string().min(1),
  canonical: (value) => ({ key: value, value, data: value }),
  check(value, { facet }) {
    const known = facet.values ?? [];
    return facet.open || known.includes(value) ? [] : [{ what: "value", name: value, known }];
  },
  compare(a, b, { facet }) {
    const exclusive = (facet.exclusive ?? []).some(([x, y]) => (x === a && y === b) || (x === b && y === a));
    return exclusive ? "exclusive" : "divergent";
  },
  contradictsNegation: (asserted, negated) => asserted === negated,
  facts: wholeValue,
  answers: () => true,
  together: () => [],
  describe: (value, { messages, label }) => messages.quote(label(value)),
});
