import {
  type Claim,
  claimsToRows,
  type DraftClaim,
  draftIncident,
  type Evidence,
  type Incident,
  type IncidentDraft,
  type Patch,
  type Sentence,
} from "contested";
import type { ClaimText } from "./claimFields.js";
import { claimText, claimValueOf, whenOf } from "./claimEdits.js";
import type { Recipe } from "./history.js";
import type { UiLang } from "./words.js";

/** Where a drafted claim stands: waiting for the person, in the incident, or turned down. */
export type ReviewStatus = "pending" | "accepted" | "rejected";

/** One drafted claim under review: as proposed, as the person has changed it so far, and what became of it. */
export interface ReviewItem {
  readonly claim: DraftClaim;
  /** Its value as a sheet cell when proposed: an unchanged cell keeps the drafted value exactly (the source's words and all). */
  readonly proposedValue: string;
  readonly text: ClaimText;
  readonly status: ReviewStatus;
  readonly acceptedAs?: string;
  /** Set when the incident held a claim equal to this one when the article was drafted: accepted before, so not to be accepted twice. */
  readonly already?: true;
}

/** An article under review: its text and language, the draft, and each proposed claim. Plain data, saved with the page. */
export interface Review {
  readonly text: string;
  readonly lang: "fr" | "en";
  readonly draft: IncidentDraft;
  readonly items: readonly ReviewItem[];
}

/**
 * Drafts an article with {@link draftIncident} and puts every proposed
 * claim up for review, none accepted, but those the incident already holds
 * (see {@link markAlreadyIn}): an article read again after its claims were
 * accepted does not offer them a second time.
 *
 * @example
 * startReview("Selon l'armée malienne, 12 soldats ont été tués.", "fr").items.map((i) => [i.status, i.text.value])
 * //=> [["pending", "12"]]
 */
export function startReview(text: string, lang: "fr" | "en", incident?: Incident): Review {
  const draft = draftIncident(text, { lang });
  const rows = draft.claims.length === 0 ? [] : claimsToRows(draft, { declarations: false });
  const items = draft.claims.map((claim, i): ReviewItem => {
    const cell = rows[i]?.value || JSON.stringify(claim.value);
    return {
      claim,
      proposedValue: cell,
      status: "pending",
      text: claimText(claim, cell),
    };
  });
  const review = { text, lang, draft, items };
  return incident ? markAlreadyIn(review, incident) : review;
}

/**
 * The review with each waiting card that the incident already holds shown
 * accepted, as that claim (`already`): a drafted claim is held when a claim
 * of the incident has a source of the same name (case, accents and spacing
 * aside), the same `about`, the same value (and negation) and the same
 * quote. Its hedge and id may differ: they say how it was put and what it
 * was called, not what was claimed. Each claim of the incident stands for
 * one card at most, so that a claim drafted twice is offered once more.
 *
 * @example
 * markAlreadyIn(startReview(article, "fr"), incidentWithItsClaimsAccepted).items.map((i) => i.status)
 * //=> ["accepted", "accepted", …]
 */
export function markAlreadyIn(review: Review, incident: Incident): Review {
  const used = new Set<string>();
  const draftedName = (id: string) => review.draft.sources.find((s) => s.id === id)?.name ?? id;
  const heldName = (id: string) => incident.sources.find((s) => s.id === id)?.name ?? id;
  const items = review.items.map((item): ReviewItem => {
    if (item.status !== "pending") return item;
    const { claim } = item;
    const held = incident.claims.find(
      (c) =>
        !used.has(c.id) &&
        sameName(heldName(c.source), draftedName(claim.source)) &&
        sameData(c.about, claim.about) &&
        sameData(c.value, claim.value) &&
        (c.not ?? false) === (claim.not ?? false) &&
        (c.quote ?? "").trim() === claim.quote.trim(),
    );
    if (held === undefined) return item;
    used.add(held.id);
    return { ...item, status: "accepted", acceptedAs: held.id, already: true };
  });
  return { ...review, items };
}

function sameName(a: string, b: string): boolean {
  const plain = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/gu, " ").trim().toLowerCase();
  return plain(a) === plain(b);
}

/** Two plain JSON values are the same data, whatever the order of their keys. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keysOf = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const [ka, kb] = [keysOf(a), keysOf(b)];
  return ka.length === kb.length && ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Where a drafted claim stands now: an accepted claim that an undo has taken
 * back out of the incident is waiting again (and a redo accepts it again),
 * so that the review never says a claim is in the incident when it is not.
 *
 * @example
 * reviewStatus({ status: "accepted", acceptedAs: "c1", … }, incidentWithoutC1)
 * //=> "pending"
 */
export function reviewStatus(item: ReviewItem, incident: Incident): ReviewStatus {
  return item.status === "accepted" && !incident.claims.some((c) => c.id === item.acceptedAs) ? "pending" : item.status;
}

/**
 * The review after an edit, an undo or a redo of the incident: a card
 * accepted as a claim the edit renames is accepted as its new id, so that
 * a card stays tied to the claim it became, whatever the claims table does
 * to it. The patches are followed in order from the claims `before` them;
 * a claim replaced whole or a new incident renames nothing.
 *
 * @example
 * followRenames(review, incident, [{ op: "replace", path: ["claims", 0, "id"], value: "toll" }]).items[0].acceptedAs
 * //=> "toll"
 */
export function followRenames(review: Review, before: Incident, patches: readonly Patch[]): Review {
  const ids = before.claims.map((c) => c.id);
  const renames: [string, string][] = [];
  for (const { op, path, value } of patches) {
    if (path[0] !== "claims") continue;
    const at = path[1];
    if (path.length === 1) ids.splice(0, ids.length, ...((value as Claim[] | undefined) ?? []).map((c) => c.id));
    else if (at === "length") ids.length = value as number;
    else if (typeof at !== "number") continue;
    else if (path.length === 2 && op === "remove") ids.splice(at, 1);
    else if (path.length === 2 && op === "add") ids.splice(at, 0, (value as Claim).id);
    else if (path.length === 2) ids[at] = (value as Claim).id;
    else if (path[2] === "id" && path.length === 3 && ids[at] !== undefined) {
      renames.push([ids[at], value as string]);
      ids[at] = value as string;
    }
  }
  if (renames.length === 0) return review;
  const renamed = (id: string | undefined) => renames.reduce((current, [from, to]) => (current === from ? to : current), id);
  return {
    ...review,
    items: review.items.map((item) =>
      item.status === "accepted" && renamed(item.acceptedAs) !== item.acceptedAs ? { ...item, acceptedAs: renamed(item.acceptedAs)! } : item,
    ),
  };
}

/**
 * The sources, actors and places a person may choose for a drafted claim: the incident's, then the draft's it lacks.
 *
 * @example
 * reviewEntries(startReview(article, "fr"), emptyIncident()).sources.map((s) => s.name)
 * //=> ["RFI", "Jnim", "Armée malienne", "Sources locales"]
 */
export function reviewEntries(
  review: Review,
  incident: Incident,
): { sources: { id: string; name: string }[]; actors: { id: string; name: string }[]; places: { id: string; name: string }[] } {
  const union = (own: readonly { id: string; name: string }[], drafted: readonly { id: string; name: string }[]) => [
    ...own,
    ...drafted.filter((d) => !own.some((o) => o.id === d.id)),
  ];
  return {
    sources: union(incident.sources, review.draft.sources),
    actors: union(incident.actors, review.draft.actors),
    places: union(incident.places, review.draft.places),
  };
}

/**
 * The edit that adds a reviewed claim to the incident as the person left
 * it, with the draft's sources, actors and places it needs that the
 * incident lacks (a place's enclosing places and a party source's side
 * too). Its id is the drafted one, made of the source and facet the card
 * now has (`army-wounded` once a card of `army-killed` is changed to the
 * wounded), and numbered when the incident or another card's accept, even
 * one undone, holds it. An unreadable value gives its problem.
 *
 * @example
 * acceptEdit(review, 0, emptyIncident(), "en").id
 * //=> "armee-malienne-killed"
 */
export function acceptEdit(review: Review, index: number, incident: Incident, uiLang: UiLang): { recipe: Recipe; id: string } | { problem: string } {
  const item = review.items[index]!;
  const t = item.text;
  let value: unknown = item.claim.value;
  if (t.value !== item.proposedValue || t.facet !== item.claim.about.facet) {
    const read = claimValueOf(t.value, t.facet, review.lang, uiLang);
    if (!read.ok) return { problem: read.message };
    value = read.value;
  }
  // An accept undone keeps its id: a redo brings the claim back under it, and the card must not take another's claim for its own.
  const kept = review.items.flatMap((other, i) => (i !== index && other.status === "accepted" && other.acceptedAs !== undefined ? [other.acceptedAs] : []));
  const taken = new Set([...incident.claims.map((c) => c.id), ...kept]);
  const named = t.id === item.claim.id ? renamedFor(item.claim, t.source, t.facet) : t.id;
  let id = named;
  for (let n = 2; taken.has(id); n += 1) id = `${named}-${n}`;
  const about: Record<string, unknown> = { facet: t.facet };
  for (const field of ["party", "group", "place", "item", "target"] as const) if (t[field].trim() !== "") about[field] = t[field].trim();
  if (t.when.trim() !== "") about.when = whenOf(t.when);
  const claim: Record<string, unknown> = { id, source: t.source };
  if (item.claim.via && t.source === item.claim.source) claim.via = [...item.claim.via];
  claim.about = about;
  claim.value = value;
  if (t.not === "true") claim.not = true;
  if (t.quote !== "") claim.quote = t.quote;
  if (incident.lang !== undefined && incident.lang !== review.lang) claim.lang = review.lang;
  if (t.hedge !== "asserted") claim.hedge = t.hedge;

  const needed = neededEntries(review, claim as unknown as Claim);
  const recipe: Recipe = (draft) => {
    if (draft.lang === undefined && draft.claims.length === 0) draft.lang = review.lang;
    for (const actor of review.draft.actors)
      if (needed.has(`actor:${actor.id}`) && !draft.actors.some((a) => a.id === actor.id)) draft.actors.push({ ...structuredClone(actor) });
    for (const place of review.draft.places)
      if (needed.has(`place:${place.id}`) && !draft.places.some((p) => p.id === place.id)) draft.places.push({ ...structuredClone(place) });
    for (const source of review.draft.sources)
      if (needed.has(`source:${source.id}`) && !draft.sources.some((s) => s.id === source.id)) draft.sources.push({ ...structuredClone(source) });
    draft.claims.push(structuredClone(claim) as unknown as Claim);
  };
  return { recipe, id };
}

/** A drafted id (`source-facet`, numbered or not) made of a new source and facet; any other id as it is. */
function renamedFor(claim: DraftClaim, source: string, facet: string): string {
  const prefix = `${claim.source}-${claim.about.facet}`;
  const rest = claim.id.slice(prefix.length);
  return claim.id.startsWith(prefix) && (rest === "" || /^-\d+$/u.test(rest)) ? `${source}-${facet}${rest}` : claim.id;
}

/** The draft's entries a claim refers to, directly or through a source's side, a place's enclosing place or an actor's larger actors. */
function neededEntries(review: Review, claim: Claim): Set<string> {
  const needed = new Set<string>();
  const { actors, places, sources } = review.draft;
  const addActor = (id: string | undefined) => {
    if (id === undefined || needed.has(`actor:${id}`)) return;
    needed.add(`actor:${id}`);
    for (const whole of actors.find((a) => a.id === id)?.partOf ?? []) addActor(whole);
  };
  const addPlace = (id: string | undefined) => {
    if (id === undefined || needed.has(`place:${id}`)) return;
    needed.add(`place:${id}`);
    addPlace(places.find((p) => p.id === id)?.in);
  };
  for (const id of [claim.source, ...(claim.via ?? [])]) {
    needed.add(`source:${id}`);
    addActor(sources.find((s) => s.id === id)?.actor);
  }
  addActor(claim.about.party);
  addPlace(claim.about.place);
  if (typeof claim.value === "string") {
    addActor(actors.some((a) => a.id === claim.value) ? claim.value : undefined);
    addPlace(places.some((p) => p.id === claim.value) ? claim.value : undefined);
  }
  return needed;
}

/**
 * The sentence a drafted claim stands in, as the drafter read it: of the
 * article's sentences (the library's `splitSentences`), the one that holds its
 * words, or from the first to the last its words reach into. The page cuts
 * no sentence of its own, so that « M. Diallo », "Lt. Col." and a quotation
 * with its speaker stay in the one sentence the claim was drafted from.
 *
 * @example
 * claimSentence(splitSentences("Un. Selon M. Diallo, 12 tués. Trois.", "fr"), { start: 20, end: 28 })
 * //=> { start: 4, end: 29 }
 */
export function claimSentence(sentences: readonly Sentence[], evidence: Evidence): { start: number; end: number } {
  const within = sentences.filter((s) => s.start < evidence.end && s.end > evidence.start);
  const first = within[0];
  const last = within.at(-1);
  return first && last ? { start: first.start, end: last.end } : { start: evidence.start, end: evidence.end };
}
