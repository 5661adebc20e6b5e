import { conflict, MESSAGES, parseIncident, reconcile, type FlagData, type ValueKind } from "../../src/index.js";
import type { Canonical, KindContext, ValueWords } from "../../src/kinds/kindDefinition.js";
import { KINDS } from "../../src/kinds/kinds.js";
import type { Relation } from "../../src/kinds/relation.js";
import { indexIncident } from "../../src/resolve/incidentIndex.js";
import { incidentWith } from "../fixtures/build.js";

/**
 * The hooks of one kind, called as the engine calls them: on the fixture
 * incident of {@link incidentWith} (a camp in a town in a region, JNIM part
 * of al-Qaida) and a facet of the `conflict` vocabulary.
 */
export function kindHarness(kind: ValueKind, facet: string, options: { readonly lang?: string } = {}) {
  const hooks = KINDS[kind];
  const definition = conflict.facets[facet];
  if (definition === undefined || definition.kind !== kind) throw new Error(`the conflict facet ${facet} is not of kind ${kind}`);
  const context: KindContext = { index: indexIncident(parseIncident(incidentWith([]))), facet: definition, ...(options.lang ? { lang: options.lang } : {}) };
  const canonical = (value: unknown): Canonical<unknown> => hooks.canonical(value, context);
  return {
    hooks,
    context,
    canonical,
    /** How two asserted values relate, or `"same"` when they are one position (the engine never compares those). */
    relation(a: unknown, b: unknown): Relation | "same" {
      const x = canonical(a);
      const y = canonical(b);
      return x.key === y.key ? "same" : hooks.compare(x.data, y.data, context);
    },
    /** Whether asserting `asserted` contradicts a claim that `negated` is not so. */
    contradictsNegation: (asserted: unknown, negated: unknown) => hooks.contradictsNegation(canonical(asserted).data, canonical(negated).data, context),
    /** Whether the schema takes the value. */
    accepts: (value: unknown) => hooks.schema.safeParse(value).success,
    /** The problems `check` finds in a value the schema takes. */
    check: (value: unknown) => hooks.check(value, context),
    facts: (value: unknown) => hooks.facts(canonical(value)),
    answers: (value: unknown) => hooks.answers(canonical(value)),
    /** The sets `together` finds among positions given as `[value, not]`. */
    together: (positions: readonly (readonly [unknown, boolean])[]) => hooks.together(positions.map(([value, not]) => ({ canonical: canonical(value), not }))),
    describe: (value: unknown, lang: "en" | "fr" = "en") => hooks.describe(value, valueWords(lang)),
  };
}

/** Words for `describe`: the message tables, and names that show which lookup was used. */
function valueWords(lang: "en" | "fr"): ValueWords {
  return { messages: MESSAGES[lang], place: (id) => `place:${id}`, actor: (id) => `actor:${id}`, label: (name) => `label:${name}` };
}

type Claims = Parameters<typeof incidentWith>[0];

/** The findings of `reconcile` without words, on the fixture incident. */
export const findingsOf = (claims: Claims) => reconcile(incidentWith(claims), { words: false });

/** Each finding of the given kinds (all when none is given) as `[kind, sides]`. */
export function flagSides(flags: readonly FlagData[], ...only: string[]) {
  return flags.filter((f) => only.length === 0 || only.includes(f.kind)).map((f) => [f.kind, f.sides]);
}

/** The kinds of finding that say accounts cannot all be true. */
export const CONTRADICTIONS = ["exclusive", "disjoint", "exceeds-whole", "jointly-exclusive", "withheld", "self"];
