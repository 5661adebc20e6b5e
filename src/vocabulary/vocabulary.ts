import * as z from "zod";
import { ValueKindSchema } from "../values/valueKind.js";
import { KINDS } from "../kinds/kinds.js";
import { makeIssue, VocabularyError } from "../errors/contestedError.js";
import type { Issue } from "../errors/issue.js";
import { fromZodIssues } from "../errors/zodIssues.js";
import { findCycle } from "../model/findCycle.js";
import { normalizeName } from "../model/normalizeName.js";

/**
 * One facet of a vocabulary: the question it asks and the kind of its answer.
 *
 * - `values`: for a `category`, the closed list of names; for a `set`, the
 *   known names (closed too unless `open` is true);
 * - `exclusive`: pairs of category names that cannot both hold;
 * - `partOf`: facets this one is a part of (`killed` is part of
 *   `neutralized`), so that a part never exceeds its whole. Only quantities
 *   have parts.
 *
 * @example
 * FacetDefinitionSchema.parse({ kind: "category", values: ["open", "closed"], exclusive: [["open", "closed"]] })
 * //=> { kind: "category", values: ["open", "closed"], exclusive: [["open", "closed"]] }
 */
export const FacetDefinitionSchema = z.looseObject({
  kind: ValueKindSchema,
  description: z.string().optional(),
  values: z.array(z.string().min(1)).optional(),
  open: z.boolean().optional(),
  exclusive: z.array(z.tuple([z.string().min(1), z.string().min(1)])).optional(),
  partOf: z.array(z.string().min(1)).optional(),
});

/** A facet of a vocabulary, as {@link FacetDefinitionSchema} checks it. */
export type FacetDefinition = z.infer<typeof FacetDefinitionSchema>;

/**
 * The words of a vocabulary in one language, for notes and reports: a label
 * per facet, per value (category values and set names), per group and per
 * item. What has no label is shown as its name.
 *
 * @example
 * VocabularyLabelsSchema.parse({ facets: { killed: "tués" }, values: { captured: "pris" } })
 * //=> { facets: { killed: "tués" }, values: { captured: "pris" } }
 */
export const VocabularyLabelsSchema = z.strictObject({
  facets: z.record(z.string().min(1), z.string().min(1)).optional(),
  values: z.record(z.string().min(1), z.string().min(1)).optional(),
  groups: z.record(z.string().min(1), z.string().min(1)).optional(),
  items: z.record(z.string().min(1), z.string().min(1)).optional(),
});

/** The labels of a vocabulary in one language, as {@link VocabularyLabelsSchema} checks them. */
export type VocabularyLabels = z.infer<typeof VocabularyLabelsSchema>;

/**
 * One kind of thing a vocabulary counts (the `item` of `seized`, `destroyed`,
 * `looted`), with the other names claims may give it, in any language:
 * `vehicles` is also "vehicle", « véhicules » and "pick-up". Names match
 * ignoring case, accents and punctuation, as actors and places do.
 *
 * @example
 * ItemDefinitionSchema.parse({ aliases: ["vehicle", "véhicules"] })
 * //=> { aliases: ["vehicle", "véhicules"] }
 */
export const ItemDefinitionSchema = z.looseObject({
  aliases: z.array(z.string().min(1)).optional(),
  description: z.string().optional(),
});

/** An item of a vocabulary, as {@link ItemDefinitionSchema} checks it. */
export type ItemDefinition = z.infer<typeof ItemDefinitionSchema>;

/**
 * A vocabulary: the facets claims may answer, and the hierarchy of groups of
 * people (`groups` maps a group to the larger groups it is part of:
 * `soldiers` → `combatants` → `persons`), the `items` it counts with their
 * aliases, and optional `labels` per language (`labels.fr.facets.killed =
 * "tués"`). Plain JSON, so that a domain's vocabulary can be stored and
 * shared as a file. A vocabulary that declares items refuses an `item` it
 * does not know (unless the incident declares it); one that declares none
 * takes any `item` as free text.
 *
 * @example
 * VocabularySchema.parse({ name: "tiny", facets: { dead: { kind: "quantity" } } })
 * //=> { name: "tiny", facets: { dead: { kind: "quantity" } } }
 */
export const VocabularySchema = z.looseObject({
  name: z.string().min(1),
  description: z.string().optional(),
  facets: z.record(z.string().min(1), FacetDefinitionSchema),
  groups: z.record(z.string().min(1), z.array(z.string().min(1))).optional(),
  items: z.record(z.string().min(1), ItemDefinitionSchema).optional(),
  labels: z.record(z.string().min(2), VocabularyLabelsSchema).optional(),
});

/** A vocabulary, as {@link VocabularySchema} checks it. */
export type Vocabulary = z.infer<typeof VocabularySchema>;

/**
 * A facet of a vocabulary by name, or `undefined`: only the vocabulary's own
 * facets count, so that a claim about "constructor" or "__proto__" is an
 * unknown facet, not a property of every object.
 *
 * @example
 * facetOf(conflict, "killed")?.kind
 * //=> "quantity"
 * facetOf(conflict, "constructor")
 * //=> undefined
 */
export function facetOf(vocabulary: Vocabulary, name: string): FacetDefinition | undefined {
  return Object.hasOwn(vocabulary.facets, name) ? vocabulary.facets[name] : undefined;
}

/** The larger groups a group is part of in a vocabulary (own entries only, see {@link facetOf}). */
export function groupWholesOf(vocabulary: Vocabulary, group: string): readonly string[] {
  return vocabulary.groups !== undefined && Object.hasOwn(vocabulary.groups, group) ? vocabulary.groups[group]! : [];
}

/**
 * Checks a vocabulary and returns it frozen. Beyond its shape, the facets'
 * rules must hold together: categories list their values, exclusions name
 * listed values, `partOf` names quantity facets and has no cycle, the
 * group hierarchy has no cycle, and no name stands for two items.
 *
 * @param data - The vocabulary as plain data.
 * @returns The same vocabulary, checked and deeply frozen.
 * @throws {VocabularyError} listing every problem with its path.
 *
 * @example
 * const health = defineVocabulary({
 *   name: "health",
 *   facets: {
 *     cases: { kind: "quantity" },
 *     deaths: { kind: "quantity" },
 *     origin: { kind: "category", values: ["zoonotic", "lab"], exclusive: [["zoonotic", "lab"]] },
 *   },
 * });
 * Object.keys(health.facets)
 * //=> ["cases", "deaths", "origin"]
 */
export function defineVocabulary(data: unknown): Vocabulary {
  const parsed = VocabularySchema.safeParse(data);
  if (!parsed.success) throw new VocabularyError(fromZodIssues(parsed.error.issues, data));
  const vocabulary = parsed.data;
  const issues = vocabularyIssues(vocabulary);
  if (issues.length > 0) throw new VocabularyError(issues);
  return deepFreeze(vocabulary);
}

function vocabularyIssues(vocabulary: Vocabulary): Issue[] {
  const issues: Issue[] = [];
  const facets = vocabulary.facets;
  for (const [name, facet] of Object.entries(facets)) {
    const at = ["facets", name];
    const values = facet.values ?? [];
    if (facet.kind === "category" && values.length === 0) {
      issues.push(makeIssue("missing", [...at, "values"], { expected: { role: "category-values" } }));
    }
    facet.exclusive?.forEach((pair, i) =>
      pair.forEach((value, j) => {
        if (!values.includes(value)) {
          issues.push(makeIssue("unknown-name", [...at, "exclusive", i, j], { name: value, facet: name, known: values }));
        }
      }),
    );
    facet.partOf?.forEach((whole, i) => {
      const wholeFacet = facetOf(vocabulary, whole);
      if (!wholeFacet) {
        issues.push(
          makeIssue("unknown-reference", [...at, "partOf", i], {
            what: "facet",
            name: whole,
            known: Object.keys(facets).slice(0, 10),
            knownCount: Object.keys(facets).length,
          }),
        );
      } else if (!KINDS[facet.kind].counts || !KINDS[wholeFacet.kind].counts) {
        issues.push(makeIssue("part-of-kind", [...at, "partOf", i], { facet: name, whole }));
      }
    });
  }
  const facetCycle = findCycle(Object.keys(facets), (f) => facetOf(vocabulary, f)?.partOf ?? []);
  if (facetCycle) issues.push(makeIssue("cycle", ["facets", facetCycle[0]!, "partOf"], { what: "facets", link: "partOf", chain: facetCycle }));
  const groups = vocabulary.groups ?? {};
  const groupCycle = findCycle(Object.keys(groups), (g) => groupWholesOf(vocabulary, g));
  if (groupCycle) issues.push(makeIssue("cycle", ["groups", groupCycle[0]!], { what: "groups", link: "groups", chain: groupCycle }));
  issues.push(...ambiguousItemNames(vocabulary));
  return issues;
}

/** A folded name that two items both answer to would make every claim using it ambiguous. */
function ambiguousItemNames(vocabulary: Vocabulary): Issue[] {
  const owner = new Map<string, string>();
  const issues: Issue[] = [];
  for (const [id, item] of Object.entries(vocabulary.items ?? {})) {
    const names: [string, Issue["path"]][] = [
      [id, ["items", id]],
      ...(item.aliases ?? []).map((alias, j): [string, Issue["path"]] => [alias, ["items", id, "aliases", j]]),
    ];
    for (const [name, path] of names) {
      const folded = normalizeName(name);
      const other = owner.get(folded);
      if (other !== undefined && other !== id) issues.push(makeIssue("ambiguous-name", path, { what: "item", name, owner: other }));
      else owner.set(folded, id);
    }
  }
  return issues;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
