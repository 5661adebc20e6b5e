import * as z from "zod";
import { KINDS } from "./kinds/kinds.js";
import type { ValueKind } from "./values/valueKind.js";
import { IncidentSchema } from "./model/incident.js";
import { conflict } from "./vocabulary/conflict.js";
import type { FacetDefinition, Vocabulary } from "./vocabulary/vocabulary.js";

/** Options of {@link incidentJsonSchema}. */
export interface JsonSchemaOptions {
  /** The vocabulary whose facets and values the schema lists. Default: {@link conflict}. */
  readonly vocabulary?: Vocabulary;
}

/** A JSON Schema, as plain data. */
type Schema = Record<string, unknown>;

/**
 * An ISO 8601 date or date-time of any precision, as the parser reads it: a
 * year, a month, a day, an hour, minutes, seconds or fractions, with an
 * optional `Z` or `±hh:mm`. (The parser also refuses days a month does not
 * have, `2023-02-30`, which a pattern cannot say.)
 */
export const ISO_TIME_PATTERN =
  "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])(T([01]\\d|2[0-3])(:[0-5]\\d(:[0-5]\\d(\\.\\d{1,9})?)?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?$";

/** Each use gets its own object, so that each place in the schema carries its own description. */
const isoTime = (): Schema => ({ type: "string", pattern: ISO_TIME_PATTERN });
const timeRange = (): Schema => ({
  type: "object",
  properties: { from: isoTime(), to: isoTime() },
  required: ["from", "to"],
  additionalProperties: false,
});

/** The readings a quantity object may give: exactly one, or none beside a phrase. */
const READINGS = [["exactly"], ["approx"], ["min", "max"], ["atLeast"], ["atMost"]] as const;

/**
 * What the parser asks of a quantity object beyond its keys, as far as a
 * schema can say it: a phrase or a reading, never two readings, `min` with
 * `max`, `tolerance` with `approx`. (That `min` is not above `max` it cannot.)
 */
const QUANTITY_RULES: Schema = {
  anyOf: [...READINGS, ["phrase"]].map((keys) => ({ properties: Object.fromEntries(keys.map((k) => [k, true])), required: [...keys] })),
  dependentSchemas: Object.fromEntries(
    READINGS.flatMap((reading) =>
      reading.map((key) => [
        key,
        { properties: Object.fromEntries(READINGS.filter((other) => other !== reading).flatMap((other) => other.map((k) => [k, false]))) },
      ]),
    ),
  ),
  dependentRequired: { min: ["max"], max: ["min"], tolerance: ["approx"] },
};

/**
 * The value a claim may give for a facet of each kind: the kind's own schema
 * (the one the parser uses), with what the vocabulary lists — a category's
 * values, a closed set's names — and the rules its refinements check.
 */
const VALUE_SCHEMAS: Readonly<Record<ValueKind, (facet: FacetDefinition) => Schema>> = {
  quantity: () => withQuantityRules(fromZod(KINDS.quantity.schema)),
  category: (facet) => ({ type: "string", enum: [...(facet.values ?? [])] }),
  set: (facet) => ({
    type: "array",
    minItems: 1,
    items: facet.open || !facet.values?.length ? { type: "string", minLength: 1 } : { type: "string", enum: [...facet.values] },
  }),
  time: () => ({ anyOf: [isoTime(), timeRange()] }),
  place: () => fromZod(KINDS.place.schema),
  actor: () => fromZod(KINDS.actor.schema),
  text: () => fromZod(KINDS.text.schema),
};

/**
 * What each field of the document means, by its path (`[]` for the entries
 * of a list). A test walks the schema and fails on any property without one.
 */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  "": "One incident as attributed claims: who says what about which question, through whom it reached us, and in which words. Unknown fields are kept at every level, so that tools can carry their own data.",
  contested: "The format version: 1.",
  id: "The incident's id.",
  title: "The incident's title, as reports show it.",
  lang: 'The default language of quotes and phrases ("fr", "en").',
  actors: "The sides and groups claims refer to.",
  "actors[]": "An actor: a state, an armed group, a militia…",
  "actors[].id": "Unique among the actors; claims refer to an actor by id or any alias, ignoring case, accents and punctuation.",
  "actors[].name": "The actor's name, as reports show it.",
  "actors[].aliases": "Other names claims may use for the actor.",
  "actors[].aliases[]": "One other name.",
  "actors[].kind": "What the actor is: state, armed-group, militia, foreign-force, civilian, …",
  "actors[].partOf": "The ids of larger actors it belongs to (a katiba is part of JNIM).",
  "actors[].partOf[]": "The id or alias of a larger actor.",
  places: "The places claims refer to.",
  "places[]": "A place, inside another one or not.",
  "places[].id": "Unique among the places; claims refer to a place by id or any alias.",
  "places[].name": "The place's name, as reports show it.",
  "places[].aliases": "Other names claims may use for the place.",
  "places[].aliases[]": "One other name.",
  "places[].kind": "What the place is: region, town, camp, …",
  "places[].in": "The id of the place that encloses it (a camp in a town in a region).",
  items: "The things the incident counts (seized, destroyed, looted) that its vocabulary does not declare.",
  "items[]": "An item claims may count.",
  "items[].id": "Unique among the items; claims name an item by id, name or any alias.",
  "items[].name": "The item's name, as reports show it.",
  "items[].aliases": "Other names claims may use for the item.",
  "items[].aliases[]": "One other name.",
  sources: "Who asserts or relays the claims.",
  "sources[]": "A source: a party's communiqué, a newsroom, local sources, an expert…",
  "sources[].id": "Unique among the sources.",
  "sources[].name": "The source's name, as reports show it.",
  "sources[].kind": "What kind of source it is; `party` speaks for a side of the fighting (give `actor`). Reported, never weighed.",
  "sources[].actor": "For a party source: the side it speaks for (an actor id or alias).",
  "sources[].url": "Where the source can be read.",
  "sources[].date": "When the source published (ISO 8601 date or date-time).",
  claims: "The attributed claims.",
  "claims[]": "One claim: a source's answer to one question.",
  "claims[].id": "Unique among the claims.",
  "claims[].source": "The id of the source that asserts it.",
  "claims[].via": "The sources it reached us through, nearest the source first (a relay is never an origin).",
  "claims[].via[]": "The id of a relaying source.",
  "claims[].said": "When the source said it (ISO 8601 date or date-time).",
  "claims[].about": "The question the claim answers: a facet and an optional scope.",
  "claims[].about.facet": "The facet of the vocabulary the claim answers.",
  "claims[].about.party": "Whose people or forces (an actor id or alias).",
  "claims[].about.group": "Which group of people: persons, civilians, combatants, soldiers, …",
  "claims[].about.place": "Where (a place id or alias).",
  "claims[].about.when": "When: claims whose `when` do not overlap are about different moments and are not compared.",
  "claims[].about.when.from": "The start (ISO 8601).",
  "claims[].about.when.to": "The end (ISO 8601).",
  "claims[].about.target": "What was targeted.",
  "claims[].about.item": "What is counted (an item of the vocabulary or the incident).",
  "claims[].value":
    "The answer, typed by the facet's kind: a count or quantity object, a category, a list of names, an ISO time or range, a place, an actor or a text.",
  "claims[].not": "True when the claim asserts that the value does not hold (« tenté d'occuper en vain »).",
  "claims[].quote": "The source's own words, a short excerpt.",
  "claims[].lang": "The language of the quote and the phrase, when not the incident's.",
  "claims[].hedge": "How it is put: asserted (default), claimed, reported, unconfirmed. Shown, never weighed.",
  "claims[].basedOn": "The claims this one repeats or derives from: they share its origins.",
  "claims[].basedOn[]": "The id of a claim.",
};

/**
 * The JSON Schema (draft 2020-12) of the incident document, format 1, for
 * editors and for tools in other languages. It is generated from the zod
 * schemas the parser uses, with a description on every field, the
 * vocabulary's facets as an enum and, per facet, the values its kind takes
 * (a category's values, a count that is never negative, an ISO date of any
 * precision), and the rules of quantity objects. What it cannot say the
 * parser still checks: unique ids, references between them, real calendar
 * days, `min` not above `max`, phrases the lexicon can read.
 *
 * @param options - {@link JsonSchemaOptions}: the vocabulary (default `conflict`).
 * @returns A fresh JSON Schema object on each call.
 *
 * @example
 * incidentJsonSchema().properties.contested
 * //=> { type: "number", const: 1, description: "The format version: 1." }
 * incidentJsonSchema().$id
 * //=> "urn:contested:schema:incident:1"
 */
export function incidentJsonSchema(options: JsonSchemaOptions = {}): Schema {
  const vocabulary = options.vocabulary ?? conflict;
  const rest = fromZod(IncidentSchema);
  const claim = at(rest, "properties", "claims", "items");
  const about = at(claim, "properties", "about");
  const facets = Object.keys(vocabulary.facets);
  (about.properties as Record<string, Schema>).facet = { type: "string", enum: facets };
  (about.properties as Record<string, Schema>).when = { anyOf: [isoTime(), timeRange()] };
  (claim.properties as Record<string, Schema>).said = isoTime();
  (at(rest, "properties", "sources", "items", "properties") as Record<string, Schema>).date = isoTime();
  withQuantityRules(claim.properties as Schema);
  claim.allOf = facets.map((name) => ({
    if: { type: "object", properties: { about: { type: "object", properties: { facet: { const: name } }, required: ["facet"] } }, required: ["about"] },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keywords, not a thenable
    then: { type: "object", properties: { value: VALUE_SCHEMAS[vocabulary.facets[name]!.kind](vocabulary.facets[name]!) } },
  }));
  describe(rest, "");
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "urn:contested:schema:incident:1",
    title: `contested incident document, format 1 (vocabulary "${vocabulary.name}")`,
    ...rest,
  };
}

/** A zod schema as JSON Schema, without the `$schema` that only the document's root carries. */
function fromZod(type: z.ZodType): Schema {
  const { $schema: _, ...schema } = z.toJSONSchema(type, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as Schema;
  return schema;
}

/** Adds {@link QUANTITY_RULES} to every quantity object inside a schema: the objects with a `phrase`, a `tolerance` and the readings. */
function withQuantityRules(schema: Schema): Schema {
  const visit = (node: unknown) => {
    if (typeof node !== "object" || node === null) return;
    const record = node as Schema;
    const properties = record.properties as Schema | undefined;
    if (properties && ["phrase", "tolerance", "approx", "atLeast"].every((key) => key in properties)) {
      Object.assign(record, JSON.parse(JSON.stringify(QUANTITY_RULES)) as Schema);
      return;
    }
    for (const child of Object.values(record)) visit(child);
  };
  visit(schema);
  return schema;
}

/** Gives every property of the schema (and every list's entries) its description from {@link DESCRIPTIONS}. */
function describe(schema: Schema, path: string): void {
  const description = DESCRIPTIONS[path];
  if (description !== undefined) schema.description = description;
  const properties = schema.properties as Record<string, Schema> | undefined;
  for (const [name, child] of Object.entries(properties ?? {})) describe(child, path === "" ? name : `${path}.${name}`);
  const items = schema.items as Schema | undefined;
  if (items && typeof items === "object") describe(items, `${path}[]`);
  for (const option of (schema.anyOf as Schema[] | undefined) ?? []) if (option.type === "object") describe(option, path);
}

function at(schema: Schema, ...keys: string[]): Schema {
  let node: unknown = schema;
  for (const key of keys) node = (node as Schema)[key];
  return node as Schema;
}
