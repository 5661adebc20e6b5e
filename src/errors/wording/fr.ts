import type { ValueKind } from "../../values/valueKind.js";
import type { LexiconLanguage } from "../../lexicon/language.js";
import type { PhraseProblem } from "../../lexicon/phraseCount.js";
import type { BrokenRule, Expected, JsonType, Linked, Received, Referenced } from "../issueParams.js";
import { formatPath } from "../issuePath.js";
import { cases, sentence, type IssueText, type IssueWording } from "./issueWording.js";

/** A no-break space: French puts one before « : », « ? » and « ; » and inside guillemets. */
const NB = "\u00a0";
const q = (text: string) => `«${NB}${text}${NB}»`;
const quoted = (names: readonly string[]) => names.map(q).join(", ");
const maybe = (suggestion: string | undefined) => (suggestion === undefined ? "" : ` — vouliez-vous dire ${q(suggestion)}${NB}?`);

const TYPES: Readonly<Record<JsonType, string>> = {
  string: "une chaîne de caractères",
  number: "un nombre",
  boolean: "un booléen",
  object: "un objet",
  array: "une liste",
  json: "des données JSON simples",
};

const RECEIVED: { readonly [T in Received["type"]]: (received: Received) => string } = {
  null: () => "null",
  string: (r) => `la chaîne ${q(r.value ?? "")}`,
  number: (r) => `le nombre ${r.value}`,
  boolean: (r) => `le booléen ${r.value}`,
  object: () => "un objet",
  array: () => "une liste",
  uncopyable: () => "une valeur qui ne peut être copiée (une fonction ou une instance de classe)",
  other: (r) => r.value ?? "une autre valeur",
};
const received = (r: Received) => RECEIVED[r.type](r);

const ROLES = {
  "claim-value": {
    message: "la valeur de l'affirmation",
    fix: `Donnez la réponse qu'apporte l'affirmation${NB}: un nombre, un nom, une liste de noms, une date ISO, un objet quantité comme { "approx": 50 }, ou "withheld" / "unknown".`,
  },
  "party-actor": {
    message: `"actor"${NB}: l'identifiant du camp au nom duquel parle une source partie`,
    fix: `Ajoutez "actor" avec l'identifiant ou l'alias de l'acteur au nom duquel parle cette source partie.`,
  },
  "category-values": { message: "la liste des noms de la catégorie", fix: "Ajoutez ici la liste des noms de la catégorie." },
} as const satisfies Record<Extract<Expected, { role: string }>["role"], IssueText>;

const expected = (e: Expected): IssueText => {
  if ("role" in e) return ROLES[e.role];
  const what = "type" in e ? TYPES[e.type] : `l'une des valeurs ${e.oneOf.map((v) => JSON.stringify(v)).join(", ")}`;
  return { message: what, fix: `Ajoutez ici ${what}.` };
};

const DATES = `Écrivez les dates comme "2023", "2023-11", "2023-11-24" ou "2023-11-24T17:00" (avec Z ou un décalage horaire si besoin).`;

const rule = cases<BrokenRule, "rule", IssueText>("rule", {
  "no-reading": () => ({
    message: `un objet quantité demande une expression ou une lecture${NB}: exactly, approx, min et max, atLeast ou atMost`,
    fix: `Ajoutez une lecture, par exemple { "approx": 50 }, ou les mots de la source dans "phrase".`,
  }),
  "several-readings": () => ({
    message: "un objet quantité ne prend qu'une seule lecture",
    fix: `Gardez une seule lecture${NB}: exactly, approx, min et max, atLeast ou atMost.`,
  }),
  "half-range": () => ({
    message: "min et max vont ensemble (atLeast ou atMost donnent une borne ouverte)",
    fix: "Donnez min et max, ou utilisez atLeast ou atMost pour une borne ouverte.",
  }),
  "inverted-range": (p) => ({ message: `min (${p.min}) dépasse max (${p.max})`, fix: "Intervertissez min et max." }),
  "stray-tolerance": () => ({ message: "tolerance va avec approx", fix: "Ajoutez approx, ou retirez tolerance." }),
  "not-a-date": () => ({ message: "pas une date ni une date-heure ISO 8601", fix: DATES }),
  "inverted-dates": () => ({
    message: "pas un intervalle de dates ISO 8601 dont `to` ne finit pas avant le début de `from`",
    fix: `Donnez "from" et "to" en dates ISO 8601, "to" pas avant "from". ${DATES}`,
  }),
  zod: (p) => ({ message: p.detail, fix: "Corrigez la valeur comme l'indique le message." }),
});

const KIND_NAMES: Readonly<Record<ValueKind, string>> = {
  quantity: "une quantité",
  category: "une catégorie",
  set: "un ensemble",
  time: "une date",
  place: "un lieu",
  actor: "un acteur",
  text: "un texte",
};

const KIND_VALUES: Readonly<Record<ValueKind, string>> = {
  quantity: `une quantité${NB}: un nombre (12), { "approx": 50 }, { "min": 20, "max": 99 }, { "atLeast": 500 }, { "atMost": 10 }, { "phrase": "une cinquantaine" } (des mots que le lexique lit), "withheld" ou "unknown"`,
  category: "un nom de la liste des valeurs de la facette",
  set: `une liste de noms non vide, par exemple ["vbied", "shelling"]`,
  time: `une date ou date-heure ISO 8601 ("2023", "2023-11-24", "2023-11-24T17:00") ou { "from", "to" }`,
  place: "un identifiant ou un alias de lieu parmi les lieux de l'incident",
  actor: "un identifiant ou un alias d'acteur parmi les acteurs de l'incident",
  text: "un texte non vide",
};

/** Language names as they follow « en »: « en français ». */
const LANGUAGES: Readonly<Record<LexiconLanguage, string>> = { fr: "français", en: "anglais" };

const interval = (phrase: string) =>
  `Donnez à côté des mots l'intervalle qu'ils signifient, par exemple { "phrase": ${JSON.stringify(phrase)}, "min": 20, "max": 99 }.`;
const otherLanguage = (p: { phrase: string; other: LexiconLanguage }) =>
  `Donnez "lang": "${p.other}" à côté de l'expression si ses mots sont en ${LANGUAGES[p.other]}, ou l'intervalle qu'ils signifient, par exemple { "phrase": ${JSON.stringify(p.phrase)}, "min": 20, "max": 99 }.`;

const phrase = cases<PhraseProblem, "reason", IssueText>("reason", {
  "no-language": (p) => ({
    message: `l'expression ${q(p.phrase)} n'a pas de langue, ses mots ne peuvent donc pas être lus`,
    fix: `Donnez "lang": "fr" ou "en" à côté de l'expression, sur l'affirmation ou sur l'incident.`,
  }),
  "unread-language": (p) => ({
    message: `l'expression ${q(p.phrase)} est en ${q(p.lang)}, et le lexique ne lit que le français et l'anglais`,
    fix: interval(p.phrase),
  }),
  "no-count": (p) =>
    p.readsIn === undefined
      ? { message: `l'expression ${q(p.phrase)} ne contient aucun nombre que le lexique sache lire`, fix: interval(p.phrase) }
      : {
          message: `l'expression ${q(p.phrase)} ne contient aucun nombre en ${LANGUAGES[p.lang]}, la langue dans laquelle elle est lue, mais en contient un en ${LANGUAGES[p.readsIn]}`,
          fix: otherLanguage({ phrase: p.phrase, other: p.readsIn }),
        },
  "several-counts": (p) => ({
    message: `l'expression ${q(p.phrase)} contient ${p.counts.length}${NB}nombres (${quoted(p.counts)})${NB}: on ne sait pas lequel cette affirmation donne`,
    fix: "Ne gardez dans l'expression que les mots du nombre de cette affirmation, ou donnez son intervalle à côté.",
  }),
  "other-language": (p) => ({
    message: `l'expression ${q(p.phrase)} se lit ${q(p.read)} en ${LANGUAGES[p.lang]}, la langue dans laquelle elle est lue, mais ${q(p.otherRead)} en ${LANGUAGES[p.other]}`,
    fix: otherLanguage(p),
  }),
});

/** Each list's entry with its article and agreement: « acteur inconnu », « source inconnue », « l'acteur ». */
const ENTRIES: Readonly<Record<Referenced, { readonly unknown: string; readonly the: string; readonly each: string; readonly alias: boolean }>> = {
  actor: { unknown: "acteur inconnu", the: "l'acteur", each: "chaque acteur", alias: true },
  place: { unknown: "lieu inconnu", the: "le lieu", each: "chaque lieu", alias: true },
  source: { unknown: "source inconnue", the: "la source", each: "chaque source", alias: false },
  claim: { unknown: "affirmation inconnue", the: "l'affirmation", each: "chaque affirmation", alias: false },
  facet: { unknown: "facette inconnue", the: "la facette", each: "chaque facette", alias: false },
  item: { unknown: "objet inconnu", the: "l'objet", each: "chaque objet", alias: true },
};

const LINKED: Readonly<Record<Linked, string>> = {
  actors: "les acteurs",
  places: "les lieux",
  claims: "les affirmations",
  relays: "les relais",
  facets: "les facettes",
  groups: "les groupes",
};

const known = (names: readonly string[], count: number) =>
  names.length === 0 ? "" : ` (${quoted(names)}${count > names.length ? ` et ${count - names.length}${NB}autres` : ""})`;

/**
 * The French wording of every issue, with French typography (guillemets,
 * no-break spaces before « : » and « ? »). Field names and JSON examples
 * stay as the format writes them.
 *
 * @example
 * frIssues.issues["unknown-reference"]({ what: "actor", name: "jnin", suggestion: "jnim", known: ["fama", "jnim"], knownCount: 2 }).message
 * //=> "acteur inconnu « jnin » — vouliez-vous dire « jnim » ?"
 */
export const frIssues: IssueWording = {
  lang: "fr",
  line: (path, text) => `${path}${NB}: ${sentence(text.message)} Correction${NB}: ${text.fix}`,
  issues: {
    "invalid-type": (p) => ({ message: `attendu${NB}: ${TYPES[p.expected]}, reçu${NB}: ${received(p.received)}`, fix: `Donnez ici ${TYPES[p.expected]}.` }),
    "invalid-option": (p) => ({
      message: `${q(p.received)} n'est pas l'une des valeurs ${quoted(p.options)}${maybe(p.suggestion)}`,
      fix: `Utilisez l'une des valeurs ${quoted(p.options)}.`,
    }),
    missing: (p) => {
      const what = expected(p.expected);
      return { message: `il manque ${what.message}`, fix: what.fix };
    },
    "invalid-value": rule,
    "too-small": (p) => {
      const what =
        p.type === "number"
          ? `un nombre ${p.inclusive ? "d'au moins" : "supérieur à"} ${p.minimum}`
          : p.minimum <= 1
            ? p.type === "string"
              ? "une chaîne non vide"
              : "une liste non vide"
            : p.type === "string"
              ? `une chaîne d'au moins ${p.minimum}${NB}caractères`
              : `une liste d'au moins ${p.minimum}${NB}éléments`;
      return { message: `attendu${NB}: ${what}`, fix: `Donnez ici ${what}.` };
    },
    "not-a-value": () => ({
      message: "aucune forme de valeur connue",
      fix: `Donnez un nombre, un nom, une liste de noms, une date ISO, un objet quantité comme { "approx": 50 }, ou "withheld" / "unknown".`,
    }),
    "unknown-key": (p) => ({
      message: `${p.keys.length > 1 ? "clés inattendues" : "clé inattendue"} ${quoted(p.keys)} dans une valeur`,
      fix: `Corrigez l'orthographe de la clé ou retirez-la${NB}: les valeurs sont vérifiées strictement pour qu'une faute de frappe ne change pas un chiffre (le schéma JSON du format donne les clés).`,
    }),
    "unsupported-version": (p) => ({
      message: `la version de format ${p.received} n'est pas prise en charge`,
      fix: `Mettez "contested": 1 (cette version de la bibliothèque lit le format 1).`,
    }),
    "unknown-reference": (p) => {
      const entry = ENTRIES[p.what];
      return {
        message: `${entry.unknown} ${q(p.name)}${maybe(p.suggestion)}`,
        fix: `Utilisez un identifiant${entry.alias ? " ou un alias" : ""} de "${p.what}s"${p.suggestion === undefined ? known(p.known, p.knownCount) : ""}, ou ajoutez-y ${entry.the}.`,
      };
    },
    "duplicate-id": (p) => ({
      message: `identifiant ${q(p.id)} en double (déjà utilisé à ${formatPath(p.first)})`,
      fix: `Donnez à ${ENTRIES[p.what].each} son propre identifiant.`,
    }),
    "ambiguous-name": (p) => ({
      message: `${q(p.name)} désigne aussi ${ENTRIES[p.what].the} ${q(p.owner)}${NB}: y faire référence serait ambigu`,
      fix: `Donnez à ${ENTRIES[p.what].each} ses propres noms${NB}: retirez ${q(p.name)} ici ou de ${ENTRIES[p.what].the} ${q(p.owner)}.`,
    }),
    "unknown-facet": (p) => ({
      message: `facette inconnue ${q(p.facet)} dans le vocabulaire ${q(p.vocabulary)}${maybe(p.suggestion)}`,
      fix: `Utilisez une facette du vocabulaire ${q(p.vocabulary)}, ou passez un vocabulaire qui la définit (defineVocabulary).`,
    }),
    "value-kind": (p) => ({
      message: `la valeur ne convient pas à la facette ${q(p.facet)} (${KIND_NAMES[p.kind]})${p.problem ? `${NB}: ${rule(p.problem).message}` : ""}`,
      fix: `Donnez ${KIND_VALUES[p.kind]}.`,
    }),
    "unknown-name": (p) => ({
      message: `${q(p.name)} n'est pas une valeur de la facette ${q(p.facet)}${maybe(p.suggestion)}`,
      fix: `Utilisez l'une des valeurs ${quoted(p.known)}.`,
    }),
    "invalid-date": (p) => ({ message: `${q(p.received)} n'est pas une date ni une date-heure ISO 8601`, fix: DATES }),
    "unreadable-phrase": phrase,
    cycle: (p) => ({
      message: `${LINKED[p.what]} forment un cycle par ${q(p.link)}${NB}: ${p.chain.join(" → ")}`,
      fix: `Retirez ou changez un lien ${q(p.link)} pour que la chaîne ne revienne jamais à son point de départ.`,
    }),
    "part-of-kind": (p) => ({
      message: "seule une facette quantité peut faire partie d'une autre facette quantité",
      fix: `Retirez ${q(p.whole)} du partOf de la facette ${q(p.facet)}, ou faites des deux facettes des quantités.`,
    }),
    "malformed-text": (p) => ({
      message: `${p.inKey ? "une clé contient" : "le texte contient"} un demi-caractère isolé (\\u${p.unit} à l'indice ${p.at})${NB}: ce n'est pas de l'Unicode bien formé`,
      fix: `Écrivez de l'Unicode bien formé${NB}: un demi-caractère (surrogate) ne vaut qu'en paire (un texte coupé au milieu d'un emoji en laisse souvent un seul).`,
    }),
    "too-deep": (p) => ({
      message: `imbriqué sur plus de ${p.limit} niveaux`,
      fix: `Restez dans ${p.limit} niveaux${NB}: les champs du format n'en imbriquent que quelques-uns, aplatissez donc ici ce qu'un outil garde dans ses propres champs.`,
    }),
    "reserved-key": (p) => ({
      message: `une clé nommée ${q(p.key)}, que JavaScript lit comme le prototype d'un objet et non comme une donnée`,
      fix: `Renommez la clé ${q(p.key)}${NB}: les outils qui copient ou vérifient l'objet la perdraient sans rien dire.`,
    }),
  },
};
