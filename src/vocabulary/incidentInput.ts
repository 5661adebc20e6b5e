import type * as z from "zod";
import type { QuantityValueSchema } from "../values/quantityValue.js";
import type { TimeValueSchema } from "../values/timeValue.js";
import type { IncidentSchema } from "../model/incident.js";
import type { ConflictFacet, ConflictFacetKinds, ConflictGroup, ConflictItem, ConflictOpenFacet, ConflictValues } from "./conflictTypes.js";

/** The document's shape as zod reads it, for any vocabulary. */
type Shape = z.input<typeof IncidentSchema>;
type ClaimShape = Shape["claims"][number];
type AboutShape = ClaimShape["about"];

/** A name the vocabulary lists, with editor completion, or — for what it leaves open — any other. */
type Named<N extends string> = N | (string & {});

/** The names a facet of `conflict` takes. */
type Listed<F extends ConflictFacet> = F extends keyof ConflictValues ? ConflictValues[F] : never;

/** What a claim's `value` may be for each kind of facet of `conflict`. */
interface ValueByKind<F extends ConflictFacet> {
  quantity: z.input<typeof QuantityValueSchema>;
  category: Listed<F>;
  set: (F extends ConflictOpenFacet ? Named<Listed<F>> : Listed<F>)[];
  time: z.input<typeof TimeValueSchema>;
  place: string;
  actor: string;
  text: string;
}

/** A claim's fields besides its question and answer, as zod reads them; unknown fields are kept. */
type ClaimFields = Pick<ClaimShape, "id" | "source" | "via" | "said" | "not" | "quote" | "lang" | "hedge" | "basedOn"> & { [field: string]: unknown };

/** The question of a claim of `conflict`: its facet, and a scope whose groups and items the vocabulary names. */
type ConflictAbout<F extends ConflictFacet> = Pick<AboutShape, "party" | "place" | "when" | "target"> & {
  facet: F;
  group?: Named<ConflictGroup>;
  item?: Named<ConflictItem>;
  [field: string]: unknown;
};

/**
 * One claim as it may be written: its fields typed as the parser reads
 * them, any facet (the default, for any vocabulary). With the facets of the
 * built-in vocabulary, `ClaimInput<ConflictFacet>`, its `about.facet` is
 * one of `conflict`'s facets and its `value` the kind that facet takes — a
 * category's own values, a count, an ISO time — so that an editor completes
 * them and `satisfies` catches a typo; `ClaimInput<"cases" | "deaths">`
 * types another vocabulary's facets.
 *
 * @example
 * const claim = { id: "c1", source: "rfi", about: { facet: "control", place: "camp" }, value: "captured" } satisfies ClaimInput<ConflictFacet>;
 */
export type ClaimInput<F extends string = string> = string extends F
  ? ClaimFields & { about: AboutShape; value: ClaimShape["value"] }
  : F extends ConflictFacet
    ? ClaimFields & { about: ConflictAbout<F>; value: ValueByKind<F>[ConflictFacetKinds[F]] }
    : ClaimFields & { about: AboutShape & { facet: F }; value: ClaimShape["value"] };

/**
 * An incident document as it may be written (format 1): what
 * {@link parseIncident} and {@link reconcile} accept, typed so that
 * `satisfies IncidentInput` and editor completion catch a source
 * `kind: "press"`, a hedge or a quantity key that does not exist, or a
 * missing field, while typing. With the facets of the built-in vocabulary —
 * `IncidentInput<ConflictFacet>`, also named {@link ConflictIncidentInput},
 * which is what an editor completes inside `reconcile({ … })` — a facet or
 * a category value `conflict` does not have is caught too, and each value
 * is typed by its facet's kind; `IncidentInput<"cases" | "deaths">` types
 * another vocabulary's facets. `actors` and `places` may be left out;
 * unknown fields are kept at every level; fields are as mutable as the
 * document's JSON, so that an incident built step by step type-checks.
 *
 * @example
 * const incident = {
 *   contested: 1, id: "demo",
 *   sources: [{ id: "rfi", name: "RFI", kind: "media" }],
 *   claims: [{ id: "c1", source: "rfi", about: { facet: "killed" }, value: { approx: 50 } }],
 * } satisfies IncidentInput<ConflictFacet>;
 */
export type IncidentInput<F extends string = string> = Pick<Shape, "contested" | "id" | "title" | "lang" | "actors" | "places" | "items" | "sources"> & {
  claims: ClaimInput<F>[];
  [field: string]: unknown;
};

/**
 * An incident of the built-in vocabulary as it may be written: every facet
 * one of `conflict`'s, every value typed by its facet's kind (see
 * {@link IncidentInput}).
 *
 * @example
 * const incident = { contested: 1, id: "x", sources: [], claims: [] } satisfies ConflictIncidentInput;
 */
export type ConflictIncidentInput = IncidentInput<ConflictFacet>;
