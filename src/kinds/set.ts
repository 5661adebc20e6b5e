import * as z from "zod";
import { defineKind } from "./kindDefinition.js";

/**
 * Sets: a list of names (`["vbied", "shelling"]`). Different sets can always
 * both hold — their difference is `divergent` — unless one negates a name the
 * other asserts. Order and repetitions do not matter.
 */
export const setKind = defineKind<string[], readonly string[]>({
  schema: z.array(z.string().min(1)).min(1),
  canonical(value) {
    const names = [...new Set(value)].sort();
    return { key: names.join("+"), value: names, data: names };
  },
  check(value, { facet }) {
    if (facet.open || facet.values === undefined) return [];
    const known = facet.values;
    return value.filter((n) => !known.includes(n)).map((name) => ({ what: "value", name, known }));
  },
  compare: () => "divergent",
  contradictsNegation: (asserted, negated) => asserted.some((name) => negated.includes(name)),
  facts: ({ data }) => data.map((name) => ({ key: name, value: [name] })),
  answers: () => true,
  together: () => [],
  describe: (value, { messages, label }) => messages.list(value.map(label)),
});
