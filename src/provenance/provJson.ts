import type { Claim } from "../model/claim.js";
import { parseIncident, type ParseOptions } from "../parse/parseIncident.js";
import { canonicalScope, questionKey } from "../reconcile/questionKey.js";
import { compareText } from "../reconcile/questions.js";
import { indexIncident } from "../resolve/incidentIndex.js";
import { conflict } from "../vocabulary/conflict.js";

/** Options of {@link toProvJson}. */
export interface ProvJsonOptions extends ParseOptions {
  /**
   * The IRI the incident's claims, reports, sources and actors are named
   * under. Default: `urn:contested:<incident id>:`.
   */
  readonly namespace?: string;
}

/** A PROV-JSON attribute value: a plain JSON value, or a typed or language-tagged literal. */
export type ProvValue = string | number | boolean | { readonly $: string; readonly type?: string; readonly lang?: string };

/** One PROV-JSON record: its attributes by qualified name. */
export type ProvRecord = Readonly<Record<string, ProvValue | readonly ProvValue[]>>;

/** A PROV-JSON document (W3C Member Submission, 2013), with the record types this export uses. */
export interface ProvJson {
  readonly prefix: Readonly<Record<string, string>>;
  readonly entity: Readonly<Record<string, ProvRecord>>;
  readonly agent: Readonly<Record<string, ProvRecord>>;
  readonly wasAttributedTo: Readonly<Record<string, ProvRecord>>;
  readonly wasDerivedFrom: Readonly<Record<string, ProvRecord>>;
  readonly actedOnBehalfOf: Readonly<Record<string, ProvRecord>>;
}

/**
 * The namespace of the terms {@link toProvJson} adds to PROV's
 * (`contested:Claim`, `contested:question`, …), bound to the prefix
 * `contested` in every document it writes.
 *
 * @example
 * toProvJson(incident).prefix.contested === CONTESTED_TERMS
 * //=> true
 */
export const CONTESTED_TERMS = "urn:contested:terms:";

const name = (qualified: string) => ({ $: qualified, type: "prov:QUALIFIED_NAME" });

/**
 * Exports where an incident's claims come from as W3C PROV-JSON, so that
 * provenance tools (ProvToolbox, the `prov` Python package, ProvStore) can
 * read, check and draw it:
 *
 * - each claim is an entity (`claim:<id>`, typed `contested:Claim`) carrying
 *   its question, value, hedge, `said` date and quote (tagged with its
 *   language), attributed to its source (`wasAttributedTo`);
 * - each source is an agent (`source:<id>`), and so is each actor a party
 *   source speaks for (`actor:<id>`); a party source `actedOnBehalfOf` its
 *   actor;
 * - each hop of `via` is a report entity (`report:<claim>/<relay>`)
 *   attributed to the relay and quoted from the hop before it. PROV-JSON has
 *   no record type of its own for PROV-O's `wasQuotedFrom`: following PROV-DM
 *   (§5.2.3), a quotation is written as `wasDerivedFrom` typed
 *   `prov:Quotation`;
 * - each `basedOn` is a `wasDerivedFrom` from the claim to the claim it
 *   repeats.
 *
 * Identifiers are the incident's ids, percent-encoded where PROV-N would not
 * take them (every string the parser accepts gives a valid, distinct name:
 * `a.b.` is `claim:a.b%2E`, a lone surrogate is written as its WTF-8 bytes); relation ids are blank nodes numbered in the order of the claim
 * ids, so the document does not depend on the order of the claims.
 *
 * @param incident - An incident document (format 1), parsed or not.
 * @param options - {@link ProvJsonOptions}: the namespace, the vocabulary.
 * @throws {IncidentError} when the incident is invalid.
 *
 * @example
 * const prov = toProvJson(niafunkeGoundam);
 * prov.wasDerivedFrom["_:quoted1"]
 * //=> { "prov:generatedEntity": "report:em-date/rfi", "prov:usedEntity": "claim:em-date", "prov:type": { $: "prov:Quotation", type: "prov:QUALIFIED_NAME" } }
 */
export function toProvJson(incident: unknown, options: ProvJsonOptions = {}): ProvJson {
  const checked = parseIncident(incident, options.vocabulary ? { vocabulary: options.vocabulary } : {});
  const index = indexIncident(checked, options.vocabulary ?? conflict);
  const namespace = options.namespace ?? `urn:contested:${localName(checked.id)}:`;
  const entity: Record<string, ProvRecord> = {};
  const agent: Record<string, ProvRecord> = {};
  const wasAttributedTo: Record<string, ProvRecord> = {};
  const wasDerivedFrom: Record<string, ProvRecord> = {};
  const actedOnBehalfOf: Record<string, ProvRecord> = {};
  const counters = { attributed: 0, quoted: 0, derived: 0, delegated: 0 };
  const next = (kind: keyof typeof counters) => `_:${kind}${++counters[kind]}`;

  const sourceAgent = (id: string) => `source:${localName(id)}`;
  for (const source of [...checked.sources].sort((a, b) => compareText(a.id, b.id))) {
    agent[sourceAgent(source.id)] = {
      "prov:type": name("contested:Source"),
      "prov:label": source.name,
      "contested:kind": source.kind,
      ...(source.url !== undefined ? { "contested:url": source.url } : {}),
    };
    const actorId = source.kind === "party" && source.actor !== undefined ? (index.actorId(source.actor) ?? source.actor) : undefined;
    const actor = actorId === undefined ? undefined : checked.actors.find((a) => a.id === actorId);
    if (!actor) continue;
    agent[`actor:${localName(actor.id)}`] = {
      "prov:type": name("contested:Actor"),
      "prov:label": actor.name,
      ...(actor.kind !== undefined ? { "contested:kind": actor.kind } : {}),
    };
    actedOnBehalfOf[next("delegated")] = { "prov:delegate": sourceAgent(source.id), "prov:responsible": `actor:${localName(actor.id)}` };
  }

  for (const claim of [...checked.claims].sort((a, b) => compareText(a.id, b.id))) {
    const id = `claim:${localName(claim.id)}`;
    entity[id] = claimAttributes(claim, questionKey(claim.about.facet, canonicalScope(claim.about, index)), claim.lang ?? checked.lang);
    wasAttributedTo[next("attributed")] = { "prov:entity": id, "prov:agent": sourceAgent(claim.source) };
    let previous = id;
    for (const relay of claim.via ?? []) {
      const report = `report:${localName(claim.id)}/${localName(relay)}`;
      entity[report] = { "prov:type": name("contested:Report"), "contested:claim": name(id) };
      wasAttributedTo[next("attributed")] = { "prov:entity": report, "prov:agent": sourceAgent(relay) };
      wasDerivedFrom[next("quoted")] = { "prov:generatedEntity": report, "prov:usedEntity": previous, "prov:type": name("prov:Quotation") };
      previous = report;
    }
    for (const base of claim.basedOn ?? []) {
      wasDerivedFrom[next("derived")] = { "prov:generatedEntity": id, "prov:usedEntity": `claim:${localName(base)}` };
    }
  }

  return {
    prefix: {
      claim: `${namespace}claim/`,
      report: `${namespace}report/`,
      source: `${namespace}source/`,
      actor: `${namespace}actor/`,
      contested: CONTESTED_TERMS,
    },
    entity,
    agent,
    wasAttributedTo,
    wasDerivedFrom,
    actedOnBehalfOf,
  };
}

function claimAttributes(claim: Claim, question: string, lang: string | undefined): ProvRecord {
  return {
    "prov:type": name("contested:Claim"),
    "prov:label": claim.id,
    "contested:question": question,
    "contested:value": JSON.stringify(claim.value),
    ...(claim.not ? { "contested:not": true } : {}),
    "contested:hedge": claim.hedge ?? "asserted",
    ...(claim.said !== undefined ? { "contested:said": claim.said } : {}),
    ...(claim.quote !== undefined ? { "contested:quote": lang !== undefined ? { $: claim.quote, lang } : claim.quote } : {}),
  };
}

/**
 * An id as the local part of a PROV qualified name (PROV-N's `PN_LOCAL`):
 * percent-encoded, one code point at a time, with the characters PROV-N
 * would need escaped (`!'()*`), a leading `.` or `-` and a trailing `.`
 * encoded too. A lone surrogate, which the parser accepts in an id but
 * UTF-8 cannot encode, is written as the three bytes WTF-8 gives it
 * (`"s\ud800"` → `s%ED%A0%80`), so that distinct ids stay distinct names.
 */
function localName(id: string): string {
  let encoded = "";
  for (const ch of id) encoded += isLoneSurrogate(ch) ? surrogateBytes(ch.charCodeAt(0)) : encodeURIComponent(ch).replace(/[!'()*]/g, percent);
  return encoded.replace(/^[.-]/, percent).replace(/\.$/, percent);
}

function percent(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}

/** Iterating a string yields a lone surrogate as a one-unit string in the surrogate range. */
function isLoneSurrogate(ch: string): boolean {
  const unit = ch.charCodeAt(0);
  return ch.length === 1 && unit >= 0xd800 && unit <= 0xdfff;
}

/** The three bytes of a surrogate code unit in the generalised UTF-8 (WTF-8), percent-encoded. */
function surrogateBytes(unit: number): string {
  const bytes = [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)];
  return bytes.map((b) => `%${b.toString(16).toUpperCase()}`).join("");
}
