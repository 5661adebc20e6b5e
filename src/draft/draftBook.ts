import type { LexiconLanguage } from "../lexicon/language.js";
import type { Token } from "../lexicon/tokenize.js";
import { ARTICLES, DEFINITE_ARTICLES } from "./articles.js";
import { normalizeName } from "../model/normalizeName.js";
import type { SourceKind } from "../model/source.js";
import { GROUP_NOUNS, type Mention } from "./findMentions.js";
import { genericAuthorNamedIn } from "./genericAuthors.js";
import { COUNTRIES, type Country, SIDE_VOICE } from "./speakerLexicon.js";

/**
 * The name of a state when the article names its forces by no name of their
 * own: « le gouvernement malien » speaks for Mali, and "Mali" is the one name
 * the drafter can give that side without inventing one.
 */
function forcesName(country: Country, lang: LexiconLanguage): string {
  const name = country.names[lang][0]!;
  return name.length <= 3 ? name.toUpperCase() : name.replace(/(^|[ -])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/** An actor of a draft, as the format writes it. */
export interface DraftActor {
  id: string;
  name: string;
  aliases?: string[];
  kind?: string;
  partOf?: string[];
}

/** A place of a draft, as the format writes it. */
export interface DraftPlace {
  id: string;
  name: string;
  kind?: string;
  in?: string;
}

/** A source of a draft, as the format writes it. */
export interface DraftSource {
  id: string;
  name: string;
  kind: SourceKind;
  actor?: string;
}

/** A speaker resolved to a source of the draft. */
export interface Speaker {
  readonly source: DraftSource;
  /** Whether the source is a party, so that its claim verbs put its words as `claimed`. */
  readonly party: boolean;
}

/**
 * Ids made from names: folded, punctuation to hyphens, and numbered when
 * two different names fold alike.
 */
export function slug(name: string): string {
  return normalizeName(name).replace(/ /gu, "-").slice(0, 48) || "x";
}

function capitalise(name: string): string {
  return name.length > 0 ? name[0]!.toUpperCase() + name.slice(1) : name;
}

/**
 * The actors, places and sources a draft names, built as the article is
 * read: one entry per distinct thing, with an id made from its first name
 * and every other name it goes by as an alias. It remembers what pronouns
 * and « le groupe » refer back to: the last armed group named, the last
 * speaker, the last speaker who spoke in a statement.
 */
export class DraftBook {
  readonly actors = new Map<string, DraftActor>();
  readonly places = new Map<string, DraftPlace>();
  readonly sources = new Map<string, DraftSource>();
  readonly #ids = { actors: new Set<string>(), places: new Set<string>(), sources: new Set<string>() };
  #lastGroup: string | undefined;
  #lastStatement: Speaker | undefined;
  readonly #lastOfKind = new Map<SourceKind, Speaker>();
  /** The last speaker whose name opens with each word ("ministère" → the health ministry): whom « le ministère » is. */
  readonly #lastByHead = new Map<string, Speaker>();
  /** The last unnamed speaker by the noun of its role ("a local health official" → "official"), for "the official" who goes on. */
  readonly #lastByRole = new Map<string, Speaker>();
  /** The country of the first state forces named: « l'armée » alone means its army. */
  #country: Country | undefined;
  /** The last person named with each role's head word ("commissioner" → Gatwech Lul Ruot): who "the commissioner" is. */
  readonly #holders = new Map<string, Speaker>();
  /** How many sentences {@link noteActors} has read, and the one where an armed group was last named. */
  #sentence = 0;
  #groupSentence = 0;
  /** The armed group last named before the sentence being read, and those it names, where. */
  #groupAtStart: { readonly key: string; readonly sentence: number } | undefined;
  #groupsNamed: { readonly start: number; readonly key: string; readonly after?: number }[] = [];
  /** The last body by name that spoke (a network, an NGO, a committee), and in which sentence: "the group" may be it. */
  #lastBody: { readonly speaker: Speaker; readonly sentence: number } | undefined;

  constructor(readonly lang: LexiconLanguage) {}

  /** A new id in one list: ids are unique within their list (DESIGN §1), so an actor and its source may share one. */
  #id(list: "actors" | "places" | "sources", name: string): string {
    const ids = this.#ids[list];
    const base = slug(name);
    let id = base;
    for (let n = 2; ids.has(id); n += 1) id = `${base}-${n}`;
    ids.add(id);
    return id;
  }

  /** Records an actor under `key`, adding `name` as an alias when it is new; a new actor's id is made from `idFrom`, else from its name. */
  actor(key: string, name: string, kind: string, partOf?: string, idFrom?: string): DraftActor {
    let actor = this.actors.get(key);
    if (actor === undefined) {
      actor = { id: this.#id("actors", idFrom ?? name), name, kind };
      this.actors.set(key, actor);
    } else if (normalizeName(actor.name) !== normalizeName(name) && !(actor.aliases ?? []).some((a) => normalizeName(a) === normalizeName(name))) {
      actor.aliases = [...(actor.aliases ?? []), name];
    }
    if (partOf !== undefined && actor.partOf === undefined) {
      const whole = this.actor(`group:${normalizeName(partOf)}`, partOf, "armed-group");
      actor.partOf = [whole.id];
    }
    if (kind === "armed-group") this.#lastGroup = key;
    return actor;
  }

  /** Records a place under its folded name. */
  place(name: string, kind: string, within?: DraftPlace): DraftPlace {
    const key = normalizeName(name);
    let place = this.places.get(key);
    if (place === undefined) {
      place = { id: this.#id("places", name), name, kind, ...(within ? { in: within.id } : {}) };
      this.places.set(key, place);
    }
    return place;
  }

  #source(key: string, name: string, given: SourceKind, actor?: DraftActor): DraftSource {
    // A party speaks for a side (DESIGN §1); with no side to name, it is only a source.
    const kind = given === "party" && actor === undefined ? "other" : given;
    let source = this.sources.get(key);
    if (source === undefined) {
      source = { id: this.#id("sources", name), name: capitalise(name), kind, ...(actor ? { actor: actor.id } : {}) };
      this.sources.set(key, source);
    }
    return source;
  }

  /** The outlet whose article it is: the source of the journalist's own words. */
  outlet(name: string): DraftSource {
    return this.#source(namedKey(name), name, "media");
  }

  /** Notes the country where the article happens: the forces "the army" names when no words say whose. A country already known stays. */
  noteCountry(country: Country): void {
    this.#country ??= country;
  }

  /** Notes every actor a sentence names (armed groups and state forces), so that « le groupe » can refer back to them. */
  noteActors(mentions: readonly Mention[], tokens: readonly Token[]): void {
    this.#sentence += 1;
    this.#groupAtStart = this.#lastGroup === undefined ? undefined : { key: this.#lastGroup, sentence: this.#groupSentence };
    this.#groupsNamed = [];
    for (const m of mentions) {
      const actor = this.actorOf(m);
      if (actor?.kind !== "armed-group" || this.#lastGroup === undefined) continue;
      // « le groupe djihadiste, le Jnim, revendique »: a name set off by a comma names the words just before it.
      const comma = DEFINITE_ARTICLES.has(tokens[m.start - 1]?.folded ?? "") ? m.start - 2 : m.start - 1;
      this.#groupsNamed.push({ start: m.start, key: this.#lastGroup, ...(tokens[comma]?.text === "," ? { after: comma } : {}) });
    }
    if (this.#groupsNamed.length > 0) this.#groupSentence = this.#sentence;
  }

  /**
   * The armed group last named before a mention of the sentence being read,
   * or set off right after it (« le groupe djihadiste, le Jnim, »), and the
   * sentence it was named in: "the group" never looks further ahead.
   */
  #groupBefore(mention: Mention): { actor: DraftActor; sentence: number } | undefined {
    let named: { readonly start: number; readonly key: string } | undefined;
    for (const g of this.#groupsNamed) if (g.start < mention.start || g.after === mention.end) named = g;
    const key = named ? named.key : this.#groupAtStart?.key;
    const actor = key === undefined ? undefined : this.actors.get(key);
    return actor && { actor, sentence: named ? this.#sentence : (this.#groupAtStart?.sentence ?? 0) };
  }

  /** The actor a mention names, if it names one with confidence. */
  actorOf(mention: Mention): DraftActor | undefined {
    const target = mention.of && mention.cue.complement ? mention.of : mention;
    if (target.named?.actor) {
      const a = target.named.actor;
      if (a.kind === "state" && a.country)
        return this.#stateActor(
          a.country,
          target.named.names[0]!,
          target.name,
          COUNTRIES.find((c) => c.id === a.country),
        );
      const key = `group:${normalizeName(target.named.names[0]!)}`;
      // « l'Armée de libération oromo (OLA) »: the group known by the acronym it is given, its full name an alias.
      // « l'Armée de libération oromo (OLA) »: the group named as written, its id the acronym it is given.
      return this.actor(key, asWritten(target), a.kind, a.partOf, acronymAfter(target.name));
    }
    if (target.introduced && target.cue.kind === "party" && target.cue.side !== "state") {
      const key = `group:${normalizeName(target.introduced.acronym)}`;
      // "the Arakan Army", then "the Arakan Army (AA)": the group named in full before its acronym was given is the same group.
      const earlier = this.actors.get(`group:${normalizeName(target.introduced.name)}`);
      if (earlier && !this.actors.has(key)) this.actors.set(key, earlier);
      const actor = this.actor(key, target.introduced.acronym, "armed-group");
      const name = target.introduced.name;
      if (normalizeName(actor.name) !== normalizeName(name) && !(actor.aliases ?? []).includes(name)) actor.aliases = [...(actor.aliases ?? []), name];
      return actor;
    }
    if (target.cue.side === "state" && target.cue.kind === "party") {
      const country = target.country ?? this.#country;
      // Only the forces' own names become the actor's names: « le gouvernement malien » speaks for the state, but is not its army's name.
      // "Cameroon's military spokesman" speaks for the forces, whose name is "Cameroon's military".
      const name = target.cue.role === "army" && target.country ? stripDeterminer(target.name).replace(SPEAKING_ROLE, "") : undefined;
      if (country === undefined) return undefined;
      const state = this.#stateActor(country.id, name ?? forcesName(country, this.lang), name, country);
      // « l'armée » of the country the lead is in: the state, which the text also calls "the army".
      if (target.cue.role === "army" && name === undefined) this.actor(`state:${country.id}`, capitalise(stripDeterminer(target.name)), "state");
      return target.cue.role === "police" ? this.#policeOf(state, country) : state;
    }
    return undefined;
  }

  /** The side a voice named by its men speaks for: the armed group last named, else the author its words name ("separatist", "bandit"). */
  #sideOf(mention: Mention): DraftActor | undefined {
    const before = this.#groupBefore(mention)?.actor;
    if (before) return before;
    const author = genericAuthorNamedIn(mention.name, this.lang);
    return author && this.actor(`generic:${author.id}`, author.name, author.kind, undefined, author.id);
  }

  /** A country's police: a force of its own within the state ("Pakistan police" is part of Pakistan), so that its losses and words stay its own. */
  #policeOf(state: DraftActor, country: Country): DraftActor {
    const forces = forcesName(country, this.lang);
    const police = this.actor(`state:${country.id}:police`, this.lang === "fr" ? `Police (${forces})` : `${forces} police`, "state");
    police.partOf ??= [state.id];
    return police;
  }

  #stateActor(countryId: string, name: string, alias: string | undefined, country?: Country): DraftActor {
    if (country && this.#country === undefined) this.#country = country;
    const key = `state:${countryId}`;
    if (alias === undefined && this.actors.has(key)) return this.actors.get(key)!;
    return this.actor(key, alias ?? name, "state");
  }

  /** The forces of a country a count names (« soldats maliens », "Nigerian troops"): the state actor already named for it, else one named after the country. */
  stateOf(country: Country): DraftActor {
    return this.#stateActor(country.id, forcesName(country, this.lang), undefined, country);
  }

  /** The actor with this id, if the draft has one. */
  actorById(id: string | undefined): DraftActor | undefined {
    return id === undefined ? undefined : [...this.actors.values()].find((a) => a.id === id);
  }

  /** The armed group last named, if any. */
  lastGroup(): DraftActor | undefined {
    return this.#lastGroup === undefined ? undefined : this.actors.get(this.#lastGroup);
  }

  /** The single state actor of the article, if exactly one was named. */
  soleState(): DraftActor | undefined {
    const states = this.#states();
    return states.size === 1 ? [...states][0] : undefined;
  }

  /** The state actors named so far, each once: "the junta" and "Myanmar forces" are states however they were named; a country's police is a part of its state, not another. */
  #states(): Set<DraftActor> {
    return new Set([...this.actors.values()].filter((a) => a.kind === "state" && a.partOf === undefined));
  }

  /**
   * The single state actor of the article, or, when none is named yet, the
   * forces of a country the article has not named, by the word that names
   * them (`junta`, `military`): the same actor "the junta" would speak for.
   */
  soleOrUnnamedState(word: string): DraftActor | undefined {
    if (this.#states().size > 0 || this.#country !== undefined) return this.soleState();
    return this.actor("state:?", capitalise(word), "state");
  }

  /**
   * The source a speaker mention stands for, or `undefined` when it cannot
   * be told with confidence (a pronoun with nobody before it).
   *
   * @param previous - The last speaker of the paragraph, for pronouns.
   */
  speakerOf(mention: Mention, previous: Speaker | undefined, inStatement: boolean): Speaker | undefined {
    const speaker = this.#speakerOf(mention, previous);
    if (speaker && inStatement) this.#lastStatement = speaker;
    if (speaker && isBodyByName(mention, speaker)) this.#lastBody = { speaker, sentence: this.#sentence };
    if (speaker) {
      this.#lastOfKind.set(speaker.source.kind, speaker);
      this.#lastByHead.set(headWord(speaker.source.name), speaker);
      if (mention.person === undefined) this.#lastByRole.set(roleWord(speaker.source.name), speaker);
    }
    return speaker;
  }

  #speakerOf(mention: Mention, previous: Speaker | undefined): Speaker | undefined {
    const cue = mention.cue;
    if (cue.anaphor === "speaker") return previous;
    // « le ministère » is the ministry last named, but "Somalia's information ministry" is named anew.
    if (cue.anaphor === "kind" && mention.country === undefined) {
      // « le ministère » after « le ministère libanais de la santé »: the body named with that noun, whatever its kind.
      const same = this.#lastByHead.get(headWord(mention.name)) ?? this.#lastOfKind.get(cue.kind);
      if (same) return same;
    }
    const name = stripDeterminer(mention.name);
    // "Uror County Commissioner Gatwech Lul Ruot told…" then "the commissioner said": the person who holds that role.
    const holder = mention.definite && mention.person === undefined && mention.of === undefined ? this.#holders.get(roleWord(name)) : undefined;
    if (holder) return holder;
    // "a local health official told Reuters … The official said": the role alone, after the article, is the one who held it last.
    const bare =
      mention.definite && mention.person === undefined && mention.of === undefined && !name.includes(" ") ? this.#lastByRole.get(roleWord(name)) : undefined;
    if (bare) return bare;
    if (mention.person) {
      // "a notorious bandit leader, Dogo Sule,": the side his role names.
      let actor = mention.of ? (this.actorOf(mention.of) ?? (mention.of.cue.role === SIDE_VOICE.role ? this.#sideOf(mention.of) : undefined)) : undefined;
      // "army spokesman Colonel X" in an article that names no country: the forces of an unnamed country, as "the army" alone would be.
      const role = mention.of?.of && mention.of.cue.complement ? mention.of.of : mention.of;
      if (actor === undefined && role?.cue.kind === "party" && role.cue.side === "state" && !role.person)
        actor = this.actor("state:?", stripDeterminer(role.name).replace(SPEAKING_ROLE, ""), "state");
      // "a spokesman for the provincial governor": a spokesman speaks as the body he speaks for.
      const spoken = cue.role === "spokesperson" && mention.of?.of && mention.of.cue.complement ? mention.of.of.cue.kind : undefined;
      const kind: SourceKind =
        cue.kind === "party" && actor === undefined
          ? "other"
          : cue.role === "spokesperson"
            ? actor
              ? "party"
              : spoken !== undefined && spoken !== "party"
                ? spoken
                : "other"
            : cue.kind;
      // "Junta spokesman … Kyaw Soe Naing": the person by name, with the role that says whose voice it is.
      // A rank is a title, not a role: "Brigadier Kyaw Soe Naing" is named by his name alone.
      const title = mention.of && !mention.of.person && mention.of.cue.role !== "rank" ? stripDeterminer(mention.of.name) : undefined;
      const named = title && normalizeName(title) !== normalizeName(mention.person) ? `${mention.person} (${title})` : mention.person;
      const source = this.#source(`person:${normalizeName(mention.person)}`, named, kind, kind === "party" ? actor : undefined);
      const speaker = { source, party: kind === "party" };
      if (mention.of && !mention.of.person) this.#holders.set(roleWord(stripDeterminer(mention.of.name)), speaker);
      // « le lieutenant-colonel X… L'officier n'a pas souhaité… »: the officer is the person last named who speaks for the forces.
      if (speaker.party) for (const noun of OFFICER_NOUNS) this.#holders.set(noun, speaker);
      return speaker;
    }
    if (cue.anaphor === "statement" && mention.of === undefined) {
      return this.#lastStatement ?? previous;
    }
    // "Michoacán's security secretariat said… A spokesperson declined to give details": a spokesperson for no one named speaks for the body just heard.
    if (cue.role === "spokesperson" && mention.of === undefined && previous !== undefined && BODIES_WITH_SPOKESPEOPLE.has(previous.source.kind))
      return previous;
    // « le chef du gang » with no gang named before: the chief by his role alone.
    const inner = mention.of && cue.complement ? this.#speakerOf(mention.of, previous) : undefined;
    if (mention.of && inner) {
      if (inner.party) {
        const actor = this.actorOf(mention.of) ?? this.actorById(inner.source.actor);
        return { source: this.#source(sourceKeyOfActor(actor, mention.of), name, "party", actor), party: true };
      }
      // « le porte-parole de l'organisation »: the body it speaks for, the very source already named.
      return { source: inner.source, party: false };
    }
    if (mention.named && !mention.named.actor) {
      return { source: this.#source(namedKey(mention.named.names[0]!), asWritten(mention), cue.kind), party: false };
    }
    if (mention.introduced && cue.kind !== "party") {
      return { source: this.#source(namedKey(mention.introduced.acronym), mention.introduced.acronym, cue.kind), party: false };
    }
    if (cue.kind === "party") {
      let actor = this.actorOf(mention);
      const generic = cue.anaphor === "group" && GENERIC_GROUP.has(normalizeName(name));
      if (actor === undefined && cue.side === "group") {
        const before = this.#groupBefore(mention);
        // "the Sudan Doctors Network said … The group blamed the RSF": the body that spoke last is "the group", not the armed group named after it.
        const body = this.#lastBody;
        if (generic && body && (before === undefined || before.sentence < body.sentence)) return body.speaker;
        actor = before?.actor;
      }
      // "a separatist commander" with no group named before: the separatists, if the words say whose men; else a voice of no known side.
      if (cue.role === SIDE_VOICE.role) {
        actor ??= this.#sideOf(mention);
        if (actor === undefined) return { source: this.#source(`other:${normalizeName(name)}`, name, "other"), party: false };
      }
      // « le groupe », "the group", « le gang » with no group named before: nobody can be told.
      if (actor === undefined && (generic || armedGroupNoun(name))) return undefined;
      if (actor === undefined) {
        // The forces of an unnamed country (« l'armée », "the army"): the side is told by the words alone.
        if (cue.side === "state") actor = this.actor("state:?", name.replace(SPEAKING_ROLE, ""), "state");
        else actor = this.actor(`group:${normalizeName(name)}`, name, "armed-group");
      }
      const key = cue.side === "state" ? `state:${actor.id}:${cue.role}` : `group:${actor.id}`;
      return { source: this.#source(key, cue.side === "group" && !mention.of ? actor.name : name, "party", actor), party: true };
    }
    // A speaker named by words no list knows is known by those words; the others by their kind and role (all "local sources" are one).
    const key =
      cue.role === "named" || cue.role === "organisation"
        ? namedKey(name)
        : OFFICES.has(cue.role)
          ? `${cue.kind}:${cue.role}:${officeOf(name)}`
          : `${cue.kind}:${cue.role}`;
    return { source: this.#source(key, name, cue.kind), party: false };
  }
}

/** Kinds of sources whose spokespeople speak for them: the state's bodies, parties, NGOs and international bodies, never a person or a witness. */
const BODIES_WITH_SPOKESPEOPLE: ReadonlySet<SourceKind> = new Set(["party", "government", "ngo", "international"]);

/** Kinds of sources that a body by name may be, which "the group" may refer back to (a network, an NGO, a committee, an agency). */
const BODY_KINDS: ReadonlySet<SourceKind> = new Set(["ngo", "local", "other", "international"]);

/** Whether a speaker is a body by its name ("the Sudan Doctors Network", "Amnesty International"), not a person, a role or a party. */
function isBodyByName(mention: Mention, speaker: Speaker): boolean {
  return (
    !speaker.party &&
    BODY_KINDS.has(speaker.source.kind) &&
    mention.person === undefined &&
    mention.cue.anaphor === undefined &&
    (mention.introduced !== undefined || mention.named !== undefined)
  );
}

/** The first word of a name without its determiner, folded (« le ministère de la santé » → « ministere »). */
function headWord(name: string): string {
  return normalizeName(stripDeterminer(name)).split(" ")[0] ?? "";
}

/** The head word of a role, folded: "Uror County Commissioner" → "commissioner", « porte-parole du ministère » → « porte-parole ». */
function roleWord(role: string): string {
  const words = normalizeName(role).split(" ");
  const of = words.findIndex((w) => w === "of" || w === "du" || w === "de" || w === "des" || w === "for");
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? "";
}

/** The nouns that stand for the person last named who speaks for the forces, folded (« l'officier », "the officer"). */
const OFFICER_NOUNS: readonly string[] = ["officier", "officer"];

/**
 * Roles whose speakers hold distinct offices: "the state prosecutor's office"
 * and "state authorities", the governor and the district commissioner, are
 * sources of their own, told apart by the office's noun.
 */
const OFFICES = new Set(["administration"]);

/** The noun of an office, the last word of its name, singular ("state authorities" → authority, "the governor" → governor). */
function officeOf(name: string): string {
  const words = normalizeName(name).split(" ");
  const last = words[words.length - 1] ?? "";
  return last.endsWith("ies") ? `${last.slice(0, -3)}y` : last.endsWith("s") && !last.endsWith("ss") ? last.slice(0, -1) : last;
}

/** A speaking role after the forces' name ("army spokesman"): the forces are named without it. */
const SPEAKING_ROLE = / (?:spokesman|spokeswoman|spokesperson|commander|commanders|officer|officers|command|official|officials)$/iu;

/** Words for "the group" that name no one by themselves. */
const GENERIC_GROUP = new Set(["groupe", "group", "ce groupe", "that group", "groupes", "groups"]);
/**
 * Whether a group's name is only the noun of an armed group (« le gang »,
 * « cette milice », "the militia"): it names the armed group named before,
 * or nobody, never a body that spoke.
 */
function armedGroupNoun(name: string): boolean {
  const words = normalizeName(name).split(" ");
  return words.length <= 2 && GROUP_NOUNS.has(words[words.length - 1]!);
}

/** A named organisation as the article writes it (« l'AFP » → AFP, "Islamic State's" → Islamic State). */
/** The acronym in parentheses that closes a name (« Armée de libération oromo (OLA) » → "OLA"), if any. */
function acronymAfter(written: string): string | undefined {
  const open = written.lastIndexOf("(");
  if (!written.endsWith(")") || open <= 0) return undefined;
  const acronym = written.slice(open + 1, -1).trim();
  return acronym.length < 2 || acronym.length > 12 ? undefined : acronym;
}

function asWritten(mention: Mention): string {
  // « Le Monde », « La Croix »: the article is part of the name.
  if (mention.named?.names.some((n) => normalizeName(n) === normalizeName(mention.name))) return mention.name;
  const name = stripDeterminer(mention.name);
  return name.endsWith("'s") || name.endsWith("’s") ? name.slice(0, -2) : name;
}

/**
 * The key of a source known by its name: the name folded, without a leading
 * article, so that the outlet the credit line or "told The Punch" names and
 * the mention "The Punch" (whose determiner the mention drops) are one
 * source, not "The Punch" relaying through "Punch".
 */
function namedKey(name: string): string {
  const folded = normalizeName(name);
  // A definite article opening the folded name ("the", « le », « les », « l », as folding writes « l' »).
  const space = folded.indexOf(" ");
  const first = folded.slice(0, space);
  const article = space > 0 && space < folded.length - 1 && (DEFINITE_ARTICLES.has(first) || DEFINITE_ARTICLES.has(`${first}'`));
  return `named:${article ? folded.slice(space + 1) : folded}`;
}

function sourceKeyOfActor(actor: DraftActor | undefined, mention: Mention): string {
  if (actor === undefined) return `other:${normalizeName(mention.name)}`;
  return mention.cue.side === "state" ? `state:${actor.id}:${mention.cue.role}` : `group:${actor.id}`;
}

// The articles of both languages, and the other words a name is written after (« plusieurs », "some").
const LEADING = new Set([...ARTICLES.fr, ...ARTICLES.en, "some", "several", "plusieurs", "certaines", "certains", "ce", "cette", "ces"]);

/** A name without the determiner it was written with (« l'armée malienne » → « armée malienne »). */
export function stripDeterminer(name: string): string {
  let rest = name;
  for (;;) {
    const folded = rest.toLowerCase();
    const apostrophe = folded.startsWith("l'") || folded.startsWith("l’") || folded.startsWith("d'") || folded.startsWith("d’");
    if (apostrophe) {
      rest = rest.slice(2);
      continue;
    }
    const space = rest.indexOf(" ");
    if (space > 0 && LEADING.has(folded.slice(0, space))) {
      rest = rest.slice(space + 1);
      continue;
    }
    return rest;
  }
}
