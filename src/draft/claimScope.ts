import { UNITS } from "../lexicon/quantityLexicon.js";
import type { LexiconLanguage } from "../lexicon/language.js";
import { isCapitalisedWord, type Token } from "../lexicon/tokenize.js";
import { COUNTRIES, type Country } from "./speakerLexicon.js";

/**
 * The group of people a counted noun names: the `conflict` vocabulary's
 * groups, and two groups that are only some of the civilians, children and
 * women (« dont 7 femmes », "including three children"), kept apart so that
 * a part is never read as every civilian killed.
 */
export type CountedGroup = "soldiers" | "civilians" | "combatants" | "persons" | "children" | "women";

/** The groups that are civilians, all of them or some. */
export const CIVILIAN_GROUPS: ReadonlySet<CountedGroup> = new Set(["civilians", "children", "women"]);

/** Folded nouns of people, per language, and the group each names. */
export const PEOPLE: Record<LexiconLanguage, ReadonlyMap<string, CountedGroup>> = {
  fr: table({
    soldiers: "soldat,soldats,militaire,militaires,gendarme,gendarmes,policier,policiers,casque,casques,elements,membres,gardes,douaniers",
    civilians:
      "civil,civils,civile,civiles,villageois,habitant,habitants,passant,passants,fidele,fideles,paroissien,paroissiens,paroissienne,paroissiennes,pelerin,pelerins,eleves,deplaces,orpailleurs,commercants,bergers,eleveurs,agriculteurs",
    children: "enfant,enfants,fillette,fillettes,garcon,garcons,nourrisson,nourrissons,bebe,bebes,mineur,mineurs",
    women: "femme,femmes",
    combatants:
      "assaillant,assaillants,terroriste,terroristes,jihadiste,jihadistes,djihadiste,djihadistes,insurge,insurges,rebelle,rebelles,combattant,combattants,islamiste,islamistes,bandits,miliciens,kamikazes,assaillants",
    persons: "personne,personnes,individus",
  }),
  en: table({
    soldiers:
      "soldier,soldiers,troops,troop,servicemen,serviceman,officers,police,policemen,policeman,peacekeepers,peacekeeper,gendarmes,personnel,marines,troopers,security forces,guards,guard,constables,rangers",
    civilians:
      "civilian,civilians,villagers,villager,resident,residents,worshipper,worshippers,parishioner,parishioners,congregants,pilgrims,students,pupils,passenger,passengers,farmer,farmers,herder,herders,shepherd,shepherds,miners,trader,traders",
    children: "child,children,girl,girls,boy,boys,baby,babies,infant,infants,toddler,toddlers,minors",
    women: "woman,women",
    combatants:
      "militant,militants,fighter,fighters,gunmen,gunman,attacker,attackers,assailant,assailants,insurgent,insurgents,terrorist,terrorists,jihadist,jihadists,rebel,rebels,bandits,militiamen,extremists",
    persons: "people,persons,person",
  }),
};

function table(groups: Record<CountedGroup, string>): Map<string, CountedGroup> {
  const map = new Map<string, CountedGroup>();
  for (const [group, words] of Object.entries(groups) as [CountedGroup, string][]) for (const w of words.split(",")) map.set(w, group);
  return map;
}

/** Folded nouns of things counted as seized, destroyed or looted, and the item they are, in English. */
export const ITEMS: Record<LexiconLanguage, ReadonlyMap<string, string>> = {
  fr: items({
    vehicles: "vehicule,vehicules,voiture,voitures,pick-up,pick-ups,pickup,pickups,camion,camions,blindes,blinde,engins",
    motorcycles: "moto,motos,motocyclettes",
    weapons: "arme,armes,fusil,fusils,kalachnikovs",
    ammunition: "munitions,munition,obus,cartouches",
    depots: "depot,depots,entrepot,entrepots",
    tanks: "char,chars",
    drones: "drone,drones",
    aircraft: "avion,avions,helicoptere,helicopteres,aeronef,aeronefs",
    boats: "bateau,bateaux,pirogue,pirogues,embarcations",
    houses: "maison,maisons,habitations,cases",
    // « incendié trois villages »: places burnt are things destroyed; « les deux villages où ils ont tué » counts no one.
    villages: "village,villages,hameau,hameaux",
  }),
  en: items({
    vehicles: "vehicle,vehicles,car,cars,pickup,pickups,pick-up,pick-ups,truck,trucks,technicals,technical",
    motorcycles: "motorcycle,motorcycles,motorbikes,motorbike",
    weapons: "weapon,weapons,rifle,rifles,guns",
    ammunition: "ammunition,rounds,shells",
    depots: "depot,depots,warehouse,warehouses",
    tanks: "tank,tanks",
    drones: "drone,drones",
    aircraft: "aircraft,plane,planes,helicopter,helicopters,jets",
    boats: "boat,boats,canoes",
    houses: "house,houses,homes,huts,shops",
    // "torched three villages": places burnt are things destroyed; "the two villages where they also killed farmers" counts no one.
    villages: "village,villages,hamlet,hamlets",
    // "a police station was burnt": one post destroyed, no one killed (the vocabulary counts posts among its camps).
    camps: "station,stations,outpost,outposts,checkpoint,checkpoints",
  }),
};

function items(groups: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [item, words] of Object.entries(groups)) for (const w of words.split(",")) map.set(w, item);
  return map;
}

const demonyms = (lang: LexiconLanguage): Map<string, Country> => {
  const map = new Map<string, Country>();
  for (const c of COUNTRIES) for (const d of c.demonyms[lang]) map.set(d, c);
  return map;
};
const DEMONYMS: Record<LexiconLanguage, Map<string, Country>> = { fr: demonyms("fr"), en: demonyms("en") };

const SKIP: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["de", "d'", "des", "du", "autres", "jeunes", "hommes", "au", "moins"]),
  en: new Set(["of", "the", "other", "more", "young", "armed", "local"]),
};

/** Words skipped before a count's noun that are people themselves (« jeunes », « hommes »), so that the noun read after them is no thing counted. */
const PEOPLE_WORDS_SKIPPED: ReadonlySet<string> = new Set(["jeunes", "hommes", "young"]);

/** English words that are never an adjective before a count's noun, and end the words read for it ("five injured when militants…"). */
const NO_ADJECTIVES = new Set([
  "injured",
  "wounded",
  "killed",
  "died",
  "when",
  "while",
  "as",
  "after",
  "before",
  "and",
  "or",
  "in",
  "at",
  "on",
  "by",
  "were",
  "was",
  "had",
  "have",
  "has",
]);

const BODIES = new Set(["corps", "cadavres", "depouilles", "bodies", "corpses"]);

/** What the words around a count say of who or what was counted. */
export interface CountedScope {
  readonly group?: CountedGroup;
  readonly country?: Country;
  readonly item?: string;
  /** The count is of bodies (« 22 corps », "nine bodies"): the dead. */
  readonly bodies?: true;
  /** The count counts something else than people or things (« deux actions », "three days"): it is no toll. */
  readonly uncounted?: true;
}

/**
 * Nouns after a count that make it no toll: the lexicon's units of time,
 * distance and the like ({@link UNITS}), attacks and operations, places and
 * munitions (« deux actions majeures », "three days", « une trentaine de
 * kilomètres »). Any other word may follow a toll (« 12 ont été tués », "nine
 * after two wounded officers died").
 */
const NOT_PEOPLE: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    ...UNITS.fr,
    "action",
    "actions",
    "attaque",
    "attaques",
    "operation",
    "operations",
    "frappe",
    "frappes",
    "raid",
    "raids",
    "incident",
    "incidents",
    "explosion",
    "explosions",
    "colonne",
    "colonnes",
    "convoi",
    "convois",
    "localite",
    "localites",
    "site",
    "sites",
    "point",
    "points",
    "region",
    "regions",
    "pays",
    "communautes",
    // « 3 000 familles ont fui », "3,000 families had fled": households, a count of the displaced, never of the dead.
    "familles",
    "menages",
    "villes",
    "quartiers",
    "tirs",
    "obus",
    "roquettes",
    "missiles",
    "drones",
    "balles",
    "projectiles",
    "bombes",
    "grenades",
    "mortiers",
    "rafales",
    "directions",
    "cotes",
    "fronts",
    "vagues",
    // « les deux groupes se sont affrontés »: the sides that fought, never the dead.
    "groupes",
    "camps",
  ]),
  en: new Set([
    ...UNITS.en,
    "attack",
    "attacks",
    "operation",
    "operations",
    "strike",
    "strikes",
    "raid",
    "raids",
    "incident",
    "incidents",
    "explosion",
    "explosions",
    "column",
    "columns",
    "convoy",
    "convoys",
    "sites",
    "points",
    "regions",
    "countries",
    // "attacked three communities, killing 20": places, never the people counted; "an army patrol" is a unit.
    "communities",
    "families",
    "households",
    "patrol",
    "patrols",
    "unit",
    "units",
    "towns",
    "localities",
    "districts",
    "shells",
    "rockets",
    "missiles",
    "drones",
    "rounds",
    "projectiles",
    "bombs",
    "grenades",
    "mortars",
    "bullets",
    "shots",
    "directions",
    "sides",
    "fronts",
    "waves",
    // "the two groups clashed": the sides that fought, never the dead.
    "groups",
  ]),
};

/**
 * Reads who or what a count counts from the words right after it (« 12
 * soldats maliens », "dozens of civilians", « cinq voitures ») or, in
 * English, right before the noun ("12 Nigerian soldiers").
 *
 * The count's own words may hold the noun (the lexicon reads « Cinq
 * voitures » and « un pick-up » as one count): then that noun is what was
 * counted.
 *
 * @param tokens - The sentence's tokens.
 * @param from - The first token of the count's words.
 * @param after - The token after the count's words.
 */
export function countedScope(tokens: readonly Token[], from: number, after: number, lang: LexiconLanguage): CountedScope {
  const own = tokens[after - 1];
  if (after - 1 > from && own?.kind === "word" && (PEOPLE[lang].has(own.folded) || ITEMS[lang].has(own.folded))) {
    return countedScope(tokens, from, after - 1, lang);
  }
  let t = after;
  let country: Country | undefined;
  for (let k = 0; k < 3 && t < tokens.length; k += 1) {
    const word = tokens[t]!.folded;
    if (SKIP[lang].has(word)) {
      t += 1;
      continue;
    }
    const demonym = DEMONYMS[lang].get(word);
    if (demonym && lang === "en") {
      country = demonym;
      t += 1;
      continue;
    }
    break;
  }
  // "two armoured vehicles", "three burned trucks": in English an adjective or two may stand before the noun.
  if (lang === "en") t = nounAfterAdjectives(tokens, t);
  const noun = tokens[t]?.folded ?? "";
  // « 12 morts parmi les soldats », "30 among the attackers": the side the dead were counted among.
  const group = PEOPLE[lang].get(noun) ?? amongGroup(tokens, t, lang);
  // « plusieurs jeunes du village », "three young men of the hamlet": people of a place were counted, never the place.
  const people = tokens.slice(after, t).some((token) => PEOPLE_WORDS_SKIPPED.has(token.folded));
  const item = people ? undefined : ITEMS[lang].get(noun);
  if (lang === "fr") {
    const next = tokens[t + 1]?.folded ?? "";
    country = DEMONYMS.fr.get(next) ?? country;
  }
  const bodies = BODIES.has(noun);
  const counted = bodies || group !== undefined || item !== undefined || !NOT_PEOPLE[lang].has(noun);
  return {
    ...(group ? { group } : {}),
    ...(item ? { item } : {}),
    ...(country ? { country } : {}),
    ...(counted ? {} : { uncounted: true as const }),
    ...(bodies ? { bodies: true as const } : {}),
  };
}

/**
 * « parmi », "among": the words that make people counted some of a larger
 * number (« 12 morts parmi les soldats », "four civilians were among the dead").
 *
 * @example
 * AMONG.en.has("among")
 * //=> true
 */
export const AMONG: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["parmi"]), en: new Set(["among", "amongst"]) };
const AMONG_DETERMINERS = new Set(["les", "des", "ses", "leurs", "the", "its", "their"]);

/** The group named after « parmi » or "among", at the count's noun or right after it (« 12 morts parmi les soldats », « 30 parmi les assaillants »). */
function amongGroup(tokens: readonly Token[], noun: number, lang: LexiconLanguage): CountedGroup | undefined {
  const at = AMONG[lang].has(tokens[noun]?.folded ?? "") ? noun : AMONG[lang].has(tokens[noun + 1]?.folded ?? "") ? noun + 1 : -1;
  if (at < 0) return undefined;
  const next = AMONG_DETERMINERS.has(tokens[at + 1]?.folded ?? "") ? at + 2 : at + 1;
  return PEOPLE[lang].get(tokens[next]?.folded ?? "");
}

/** The first of up to three words from `t` that is a known noun (of people, things, bodies or no toll), else `t`. */
function nounAfterAdjectives(tokens: readonly Token[], t: number): number {
  for (let k = t; k < t + 3 && k < tokens.length && tokens[k]!.kind === "word"; k += 1) {
    const word = tokens[k]!.folded;
    // "five injured when militants ambushed": a clause leaves the count's noun phrase.
    if (NO_ADJECTIVES.has(word)) return t;
    // "Three Assam Rifles personnel": a capitalised word is a name's, never the thing counted.
    const item = ITEMS.en.has(word) && !isCapitalisedWord(tokens[k]);
    if (PEOPLE.en.has(word) || item || BODIES.has(word) || NOT_PEOPLE.en.has(word)) return k;
  }
  return t;
}
