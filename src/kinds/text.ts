import * as z from "zod";
import { normalizeName } from "../model/normalizeName.js";
import { defineKind, wholeValue } from "./kindDefinition.js";

/**
 * Free text (a target, a motive). Texts can always both hold: different texts
 * are `divergent`. Texts that differ only in case, accents or punctuation
 * are the same position; the words of the first (by claim id) are shown.
 */
export const textKind = defineKind<string, string>({
  schema: z.string().min(1),
  canonical(value) {
    const folded = normalizeName(value);
    return { key: folded, value, data: folded };
  },
  check: () => [],
  compare: () => "divergent",
  contradictsNegation: (asserted, negated) => asserted === negated,
  facts: wholeValue,
  answers: () => true,
  together: () => [],
  describe: (value, { messages }) => messages.quote(value),
});
