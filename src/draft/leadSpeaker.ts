import { ONE_DEFINITE_ARTICLES } from "./articles.js";
import type { LexiconLanguage } from "../lexicon/language.js";
import { parseQuantity } from "../lexicon/parseQuantity.js";
import { COMPLEMENT_WORDS, type Mention } from "./findMentions.js";

/**
 * The families of speakers that may be one voice: the unnamed « officials »
 * of a lead and the official the next paragraph names, the army and its
 * spokesman. A role outside these tables is never linked.
 */
const FAMILY: Readonly<Record<string, string>> = {
  // Plain "officials", who may be the state's of any kind: see oneVoice.
  officials: "officials",
  administration: "civil",
  // « les autorités nigériennes », « le gouvernement centrafricain », then its ministry or its spokesman: the government's voice.
  government: "government",
  ministry: "government",
  "government-source": "civil",
  army: "military",
  "army-press": "military",
  rank: "military",
  "security-sources": "military",
  "defence-ministry": "military",
  police: "police",
  "interior-ministry": "police",
  // « une organisation locale de défense des droits humains », then « La Fondation … (FDDA) dit avoir recensé ces victimes ».
  ngo: "ngo",
  // "…, a medical group says", then "The Sudan Doctors Network said": a body the lead introduces by its noun, then by its name.
  organisation: "ngo",
  // « …, a appris Studio Tamani auprès de la mairie », then « Le maire de Saro, Bakary Coulibaly »: the office, then who holds it.
  "town-hall": "municipal",
  elected: "elected",
};

/**
 * Whether the lead's family of voice and the next speaker's may be one
 * voice: the same family; or a lead told by plain "officials", who may be
 * the state's of any kind ("…, officials said", then "a statement issued by
 * the Assam Rifles"), or by civilian authorities, whose security secretary
 * then speaks for them ("…, state authorities have said", then "Michoacán's
 * public security secretary, Gen. X, told reporters"), or by a government,
 * whose ministers speak for it (« ont annoncé les autorités nigériennes »,
 * then « le ministère de l'Intérieur précise »; "the state government
 * said", then "Blue Nile's information minister told SUNA"). Never an NGO's
 * voice for the state's, nor local officials' or a government's for the
 * army's. A town hall's lead goes to the mayor or councillor named next;
 * unnamed elected officials' to no one of them.
 */
function oneVoice(lead: string, next: string | undefined): boolean {
  // Elected officials are many voices: « selon des élus locaux » is not the one mayor named next.
  if (lead === "elected") return false;
  if (lead === "municipal") return next === "elected";
  if (next === lead) return true;
  if (lead === "officials") return next !== undefined && next !== "ngo";
  return (lead === "civil" || lead === "government") && (next === "police" || next === "government");
}

/**
 * The family of the voice a mention speaks with, from its role, or else the
 * role of the title beside a person and of the body that title serves ("DSP
 * X", titled "spokesperson for the Niger State Police", speaks for the police).
 */
function familyOf(mention: Mention): string | undefined {
  for (let m: Mention | undefined = mention; m !== undefined; m = m.of) {
    const family = FAMILY[m.cue.role];
    if (family !== undefined) return family;
  }
  return undefined;
}

/** The roles of a government's ministries, each one body of it. */
const MINISTRIES: ReadonlySet<string> = new Set(["ministry", "interior-ministry", "defence-ministry"]);

/** A speaker no name tells apart: « officials », "security sources", "the military", « les autorités nigériennes » (no person, no organisation by name: a country's adjective names none). */
function isUnnamed(mention: Mention): boolean {
  return mention.person === undefined && mention.named === undefined && mention.introduced === undefined;
}

/** One sentence's first speaker, as {@link LeadSpeaker.observe} reads it. */
export interface SentenceSpeaker {
  readonly mention: Mention;
  readonly source: string;
  /** The two words before the mention, folded, nearest first ("local", "a" of "a local militia leader"). */
  readonly before?: readonly string[];
}

/** Claims of the lead to give to the person who turns out to be its unnamed speaker. */
export interface Relink {
  readonly from: string;
  readonly to: string;
  /** The person is named by the lead's very role ("the district commissioner", then "District Commissioner X"): one voice, whatever figures they give. */
  readonly sameRole: boolean;
  /** The lead's role, when the person was named bare ("Abakar Hassane Mahamat said" after "the government spokesman"): the role the person speaks in. */
  readonly role?: string;
}

/** The words of a name, folded, without its determiners. */
function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}']+/u)
    .filter((w) => w !== "" && !ONE_DEFINITE_ARTICLES.has(w));
}

/**
 * Whether the lead's unnamed speaker is one definite person ("the district
 * commissioner", not "officials") whose role the named person holds in the
 * same words ("Ceel Garas District Commissioner Abdiqani Farah").
 */
function sameRole(lead: SentenceSpeaker, named: Mention): boolean {
  if (!isOnePerson(lead)) return false;
  const role = roleWords(lead.mention.name);
  const held = new Set(wordsOf(`${named.of?.name ?? ""} ${named.name}`));
  return held.has(role[role.length - 1] ?? "");
}

/** A person named with no role, title or body of his own ("Abakar Hassane Mahamat said"). */
function isBareName(mention: Mention): boolean {
  return mention.person !== undefined && mention.of === undefined && mention.cue.role === "person";
}

/** The words of a role before the body it serves: « porte-parole » of « le porte-parole du ministère de l'Intérieur », "spokesman" of "a spokesman for the army". */
function roleWords(name: string): string[] {
  const words = wordsOf(name);
  const of = words.findIndex((w, k) => k > 0 && ROLE_ENDS.has(w));
  return of < 0 ? words : words.slice(0, of);
}

/** The words that open the body a role serves, in either language: findMentions' words between a role and whose it is. */
const ROLE_ENDS: ReadonlySet<string> = new Set([...COMPLEMENT_WORDS.fr, ...COMPLEMENT_WORDS.en]);

/** Determiners of one person ("the district commissioner", "a local militia leader", « le préfet »). */
const ONE_PERSON = new Set([...ONE_DEFINITE_ARTICLES, "a", "an", "un", "une"]);

/**
 * Whether the lead's unnamed speaker is one person: a singular role after "the" or "a", or after its owner's name ("Sinjar's
 * district mayor", which is as definite as "the"); "officials", « les responsables » are many.
 */
function isOnePerson(lead: SentenceSpeaker): boolean {
  const first = lead.mention.name.toLowerCase().split(/\s+/u)[0] ?? "";
  const determined = (w: string) => ONE_PERSON.has(w) || w.endsWith("'s");
  if (!(lead.before ?? []).some(determined) && !ONE_PERSON.has(first)) return false;
  const role = roleWords(lead.mention.name);
  const last = role[role.length - 1] ?? "";
  return role.length > 0 && !(last.endsWith("s") && !last.endsWith("ss"));
}

/**
 * Watches the start of an article for a lead told by unnamed speakers
 * ("…, officials said Saturday") whom the next paragraph names (", said
 * Simon Ndive, the senior divisional officer"): the same voice, told twice,
 * so the lead's figures are that person's. Linked only when clearly the
 * same: the lead has one unnamed speaker, the next speaker is a person of
 * the same family of voice (a civilian official, the military, the police),
 * and no other speaker came between; otherwise the lead keeps its speaker.
 * {@link relinkLead} then checks their figures agree.
 */
export class LeadSpeaker {
  #lead: { readonly source: string; readonly family: string | undefined; readonly paragraph: number; readonly speaker: SentenceSpeaker } | undefined;
  #closed = false;
  readonly #outlet: string | undefined;

  /** @param outlet - The source of the outlet's own voice, whose telling between the lead and a named speaker separates neither. */
  constructor(outlet?: string) {
    this.#outlet = outlet;
  }
  /** The last paragraph, from the lead's on, in which someone spoke or something was told. */
  #lastHeard = -1;

  /**
   * Reads one sentence.
   *
   * @param paragraph - The sentence's paragraph.
   * @param speaker - Its first speaker, if any.
   * @param claimSources - The sources of the claims the sentence added.
   * @returns The source whose claims go to another, once the lead's speaker is named.
   */
  observe(paragraph: number, speaker: SentenceSpeaker | undefined, claimSources: readonly string[]): Relink | undefined {
    if (this.#closed) return undefined;
    const lead = this.#lead;
    if (lead === undefined) {
      if (claimSources.length === 0) return undefined;
      const family = speaker && isUnnamed(speaker.mention) ? familyOf(speaker.mention) : undefined;
      const one = speaker !== undefined && isUnnamed(speaker.mention) && isOnePerson(speaker);
      if (speaker === undefined || (family === undefined && !one) || claimSources.some((s) => s !== speaker.source)) this.#closed = true;
      else {
        this.#lead = { source: speaker.source, family, paragraph, speaker };
        this.#lastHeard = paragraph;
      }
      return undefined;
    }
    // A paragraph that says nothing and names no one (« Avec notre correspondant à Port-au-Prince, … ») stands between none,
    // nor does the outlet's own telling ("The blast tore through the Sayed Abad mosque…"):
    // only a paragraph in which someone spoke, after the lead's own, keeps the lead's speaker from those named later.
    if (speaker === undefined && claimSources.every((s) => s === this.#outlet)) return undefined;
    if (paragraph > this.#lastHeard && this.#lastHeard > lead.paragraph) {
      this.#closed = true;
      return undefined;
    }
    this.#lastHeard = paragraph;
    if (speaker === undefined || speaker.source === lead.source) return undefined;
    this.#closed = true;
    // The next speaker is a person, or a body by its name (« La Fondation … (FDDA) », "the ISPR").
    // Or, after a lead told by plain "officials", one of them who speaks next unnamed ("A district administration official, who
    // requested anonymity, told Dawn…"): one voice of the officials, told again.
    // After a lead told by a government, one of its ministries (« les autorités nigériennes », then « le ministère de l'Intérieur précise »).
    const oneOfThem = (lead.family === "officials" && isOnePerson(speaker)) || (lead.family === "government" && MINISTRIES.has(speaker.mention.cue.role));
    if (speaker.mention.person === undefined && speaker.mention.introduced === undefined && speaker.mention.named === undefined && !oneOfThem) return undefined;
    // « …, a annoncé le porte-parole du gouvernement », then « S'exprimant à la télévision nationale, Abakar Hassane Mahamat a affirmé »:
    // one person in a role, then a person named bare, with no role of his own, is that role named.
    const bare = isOnePerson(lead.speaker) && isBareName(speaker.mention);
    const same = bare || sameRole(lead.speaker, speaker.mention);
    if (!same && (lead.family === undefined || !oneVoice(lead.family, familyOf(speaker.mention)))) return undefined;
    return { from: lead.source, to: speaker.source, sameRole: same, ...(bare ? { role: lead.speaker.mention.name } : {}) };
  }
}

/** What {@link relinkLead} reads of a claim. */
export interface LinkedClaim {
  source: string;
  readonly about: { readonly facet: string; readonly group?: string };
  readonly value: unknown;
  readonly not?: true;
}

/**
 * The number a count gives, in digits or in words (12, at least 12,
 * "three", « au moins sept »): a round word ("dozens") gives none, since
 * two voices may both say it without being one.
 */
function countOf(value: unknown, lang: LexiconLanguage): number | undefined {
  if (typeof value === "number") return value;
  if (typeof value !== "object" || value === null) return undefined;
  if (typeof (value as { atLeast?: unknown }).atLeast === "number") return (value as { atLeast: number }).atLeast;
  const phrase = (value as { phrase?: unknown }).phrase;
  if (typeof phrase !== "string") return undefined;
  const read = parseQuantity(phrase, lang)?.value;
  if (typeof read === "number") return read;
  return typeof read === "object" && "atLeast" in read ? read.atLeast : undefined;
}

/** Whether source `to` gives a count of source `from` again: the same facet, the same number. */
function repeatsFigure(claims: readonly LinkedClaim[], from: string, to: string, lang: LexiconLanguage): boolean {
  const figure = (c: LinkedClaim) => countOf(c.value, lang);
  const given = new Set(claims.filter((c) => c.source === from && figure(c) !== undefined).map((c) => `${c.about.facet} ${figure(c)}`));
  return claims.some((c) => c.source === to && given.has(`${c.about.facet} ${figure(c)}`));
}

/** What a count counts: its facet and the group of people it is of ("killed civilians" is not "killed people", which is all the dead, as "29 bodies"). */
const countedKey = (c: LinkedClaim): string => `${c.about.facet} ${c.about.group === "persons" ? "" : (c.about.group ?? "")}`;

/**
 * Whether source `to` gives, for what source `from` counted, another
 * number: two voices, or one that revised. A count of another group ("Among
 * the dead are five children" after "32 people were killed") is a part,
 * not another figure; nor is a figure the voice says it gave before ("On
 * Friday, he had put the death toll at nine"), which the lead's revised.
 */
function givesOtherFigure<C extends LinkedClaim>(claims: readonly C[], from: string, to: string, lang: LexiconLanguage, earlier: ReadonlySet<C>): boolean {
  const counted = new Map<string, Set<number>>();
  for (const c of claims) {
    const n = c.source === from ? countOf(c.value, lang) : undefined;
    if (n !== undefined) counted.set(countedKey(c), (counted.get(countedKey(c)) ?? new Set()).add(n));
  }
  return claims.some((c) => {
    const n = c.source === to && !earlier.has(c) ? countOf(c.value, lang) : undefined;
    return n !== undefined && counted.has(countedKey(c)) && !counted.get(countedKey(c))!.has(n);
  });
}

/** Facets a source gives once: later ones tell of the incident's phases, of where it was told, or name it again. */
const ONCE_FACETS: ReadonlySet<string> = new Set(["occurred", "location", "target"]);

/**
 * The keys under which a claim repeats one its source already gave: the
 * first is the claim's own, the others those it also stands for. A source
 * says each thing once, and gives one date, one place and one target; a
 * time of day ("at about 7 a.m.") is a second date beside a plain one ("on
 * Monday"), and a plain date after it adds nothing.
 *
 * @example
 * repeatKeys({ source: "police", about: { facet: "occurred" }, value: "2031-06-16T21:00" }).length;
 * //=> 2
 */
export function repeatKeys(claim: LinkedClaim): readonly string[] {
  if (!ONCE_FACETS.has(claim.about.facet)) return [JSON.stringify([claim.source, claim.about, claim.value, claim.not ?? false])];
  const clocked = claim.about.facet === "occurred" && typeof claim.value === "string" && claim.value.includes("T");
  const key = JSON.stringify([claim.source, claim.about.facet, clocked]);
  return clocked ? [key, JSON.stringify([claim.source, claim.about.facet, false])] : [key];
}

/** The claims with each claim said twice by one source left once (the first), as {@link repeatKeys} tells. */
function withoutRepeats<C extends LinkedClaim>(claims: readonly C[]): C[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const keys = repeatKeys(claim);
    if (seen.has(keys[0]!)) return false;
    for (const key of keys) seen.add(key);
    return true;
  });
}

/**
 * The claims with the lead's given to the voice that turned out to be its
 * speaker, for each {@link Relink}: the named one gives one of the lead's
 * own figures again ("At least 31 killed, officials said" then "\"We have
 * recovered 31 bodies,\" the administrator said"), or no figure that
 * differs from the lead's for what the lead counted ("four soldiers were
 * wounded" after a lead of the dead). Wire copy tells the lead's figures
 * first and names their teller after, so the next paragraph's official of
 * the same family is the lead's speaker unless their figures part: a
 * different count of the same dead is a second voice (or one that
 * revised, which the person confirming the draft can join). A figure the
 * named voice gives again is kept once, in its own words. Claims are
 * changed in place (their source); the list returned leaves out the
 * repeats.
 *
 * @param claims - The draft's claims, in order.
 * @param relinks - The links {@link LeadSpeaker.observe} proposed.
 * @param lang - The article's language, to read figures written in words.
 * @param earlier - Claims of figures their speaker gave before the news ("he had put the toll at nine"): no sign of a second voice.
 * @returns The claims, relinked and without repeats.
 */
export function relinkLead<C extends LinkedClaim>(
  claims: readonly C[],
  relinks: readonly Relink[],
  lang: LexiconLanguage,
  earlier: ReadonlySet<C> = new Set(),
): C[] {
  let out = [...claims];
  for (const { from, to, sameRole: same } of relinks) {
    if (!same && !repeatsFigure(out, from, to, lang) && givesOtherFigure(out, from, to, lang, earlier)) continue;
    const own = new Set(out.filter((c) => c.source === to).map((c) => `${c.about.facet} ${JSON.stringify(c.value)}`));
    out = out.filter((c) => c.source !== from || !own.has(`${c.about.facet} ${JSON.stringify(c.value)}`));
    for (const claim of out) if (claim.source === from) claim.source = to;
    out = withoutRepeats(out);
  }
  return out;
}
