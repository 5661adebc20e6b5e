import type { LexiconLanguage } from "../lexicon/language.js";

/**
 * What a phrase of attribution does, in the notation of `phrasePattern`:
 *
 * - `according`: the speaker comes after it (« selon X », "according to X");
 * - `verb`: a verb of saying; its speaker is the subject before it (« l'armée
 *   a indiqué ») or, inverted, the mention right after it (« …, affirme
 *   l'armée », "…, said the official"). `claim` verbs put a party's words
 *   about its own action as `claimed`; `report` verbs (« évoquer », "reported")
 *   put them as `reported`; `weak` verbs are verbs of saying only before
 *   « que », « avoir », a colon or a quotation (« assure que » but not
 *   « assurer la sécurité »);
 * - `responsibility`: a claim of responsibility (« a revendiqué l'attaque »,
 *   "claimed responsibility"): its speaker is the perpetrator it names;
 * - `relay`: the mention after it passed the words on (« cité par Y »,
 *   « joint par Y », "told Reuters", "quoted by Y");
 * - `citing`: the mention after it is the speaker, the subject before it the
 *   relay (« RFI, citant des sources locales », "Reuters, citing residents");
 * - `statement`: the speaker spoke in a statement (« dans un communiqué »),
 *   which a later « le communiqué » refers back to;
 * - `anonymous`: the speaker asked not to be named; it changes nothing but
 *   the words are kept out of the speaker's name.
 */
export type SpeechCue =
  | { readonly kind: "according" }
  | { readonly kind: "verb"; readonly hedge?: "claimed" | "reported"; readonly weak?: true; readonly denies?: true }
  | { readonly kind: "responsibility" }
  | { readonly kind: "relay" }
  | { readonly kind: "citing" }
  | { readonly kind: "statement" }
  | { readonly kind: "anonymous" };

const ACCORDING: SpeechCue = { kind: "according" };
const SAY: SpeechCue = { kind: "verb" };
const CLAIM: SpeechCue = { kind: "verb", hedge: "claimed" };
const REPORT: SpeechCue = { kind: "verb", hedge: "reported" };
const WEAK: SpeechCue = { kind: "verb", weak: true };
/** « démentir », "denied": what follows is what the speaker says did not happen. */
const DENY: SpeechCue = { kind: "verb", denies: true };

/**
 * The verbs of an accusation, whose object is the accused (« accuse », "blamed", « impute »).
 *
 * @example
 * ACCUSATION.test("blamed") && ACCUSATION.test("accuse")
 * //=> true
 */
export const ACCUSATION = /^(?:accus|imput|blam|attribu)/iu;

/**
 * Platforms a statement is posted on (« sur Facebook », "on X", "via
 * WhatsApp"), folded: after « sur » / "on" they are the words' channel, never
 * the incident's place nor the speaker.
 *
 * @example
 * PLATFORMS.has("telegram") && !PLATFORMS.has("rfi")
 * //=> true
 */
export const PLATFORMS: ReadonlySet<string> = new Set(["facebook", "whatsapp", "telegram", "x", "twitter", "youtube", "tiktok", "instagram", "signal"]);

/**
 * A participle of the present (« affirmant », "saying"), folded: a verb whose subject is the sentence's speaker.
 *
 * @example
 * PRESENT_PARTICIPLE.test("affirmant") && !PRESENT_PARTICIPLE.test("affirme")
 * //=> true
 */
export const PRESENT_PARTICIPLE = /(?:ant|ing)$/u;

/** Whether a cue is a verb of denial (« dément », "denied"). */
export function isDenial(cue: SpeechCue): boolean {
  return cue.kind === "verb" && cue.denies === true;
}
const RESPONSIBILITY: SpeechCue = { kind: "responsibility" };
const RELAY: SpeechCue = { kind: "relay" };
const CITING: SpeechCue = { kind: "citing" };
const STATEMENT: SpeechCue = { kind: "statement" };
const ANONYMOUS: SpeechCue = { kind: "anonymous" };

/**
 * The folded finite forms and participles of a regular French « -er » verb,
 * from its stem (« affirm » → affirme, affirment, affirmait…), with the
 * subject pronoun after it (« ajoute-t-il », « affirmaient-ils »).
 */
function frenchErVerb(stem: string): string {
  const forms = ["e", "es", "ent", "ee", "ees", "ait", "aient", "a", "erent", "ant"].map((ending) => stem + ending);
  const inverted = ["e-t-il", "e-t-elle", "ent-ils", "ent-elles", "ait-il", "ait-elle", "aient-ils", "aient-elles", "a-t-il", "a-t-elle"].map(
    (ending) => stem + ending,
  );
  return [...forms, ...inverted].join("|");
}

const FR_SAY = [
  "declar",
  "indiqu",
  "annonc",
  "precis",
  "expliqu",
  "rapport",
  "confirm",
  "ajout",
  "soulign",
  "racont",
  "temoign",
  "signal",
  "confi",
  "insist",
  "not",
  "denonc",
  "accus",
  "communiqu",
  "rappel",
  "detaill",
  // « …, informe le ministre de la Défense dans un communiqué »
  "inform",
  // « le gouverneur a imputé l'attentat aux FDS », « attribue les tueries à l'OLA »: who names the author speaks.
  "imput",
  "attribu",
  // « le JNIM qualifie les victimes de « musulmans innocents » »: who names what the dead were speaks.
  "qualifi",
  // « martèle le porte-parole »: words said with force are words said. (« déplorer » is left out: « nous déplorons 14 morts » counts the dead.)
  "martel",
];
/** Verbs of feeling said with their pronoun (« s'indigne un notable », « s'insurge le maire »): words said with feeling. */
const FR_SAY_REFLEXIVE = ["indign", "insurg", "alarm", "emport"];
const FR_CLAIM = ["affirm", "revendiqu", "assur", "avanc", "proclam", "vant", "fanfaronn"];

/**
 * The phrases of attribution, per language. Verbs are listed by their
 * finite forms and participles, never their infinitives or the nouns that
 * share their stem (« l'annonce », « une précision »): a determiner before a
 * form makes it a noun, which `findAttributions` checks.
 */
export const SPEECH: Record<LexiconLanguage, readonly (readonly [string, SpeechCue])[]> = {
  fr: [
    ["selon|suivant", ACCORDING],
    ["d' apres", ACCORDING],
    ["a en croire", ACCORDING],
    // « L'attaque a été revendiquée par le JNIM, qui affirme… »: the agent of a claim told in the passive is who speaks.
    ["a|ont ete revendique|revendiquee|revendiques|revendiquees lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ensuite? par", ACCORDING],
    ["de source|sources", ACCORDING],
    // « le ministère a porté le bilan à sept morts »: the subject gives a new toll.
    ["porte|portent|portait|portaient|portant le|son|leur|ce bilan", SAY],
    // « il a revu ce bilan : « Nous avons inhumé 26 personnes » »: the subject gives the toll anew.
    ["revu|revise|corrige|actualise|rehausse|alourdi|revoit|revisent|revisait le|son|leur|ce bilan", SAY],
    // « a-t-on appris mardi auprès d'un groupe de secours local », « a appris Studio Tamani auprès d'élus locaux »: who told
    // the outlet what it learned (the outlet or the day between).
    ["appris … aupres de|d'|du|des", ACCORDING],
    ...FR_SAY.map((stem): [string, SpeechCue] => [
      frenchErVerb(stem),
      stem === "precis" ||
      stem === "inform" ||
      stem === "not" ||
      stem === "rappel" ||
      stem === "signal" ||
      stem === "confi" ||
      stem === "communiqu" ||
      stem === "rapport"
        ? WEAK
        : SAY,
    ]),
    ...FR_CLAIM.map((stem): [string, SpeechCue] => [
      frenchErVerb(stem),
      stem === "assur" || stem === "avanc" || stem === "vant" ? { ...CLAIM, weak: true } : CLAIM,
    ]),
    ...FR_SAY_REFLEXIVE.flatMap((stem): [string, SpeechCue][] => [
      [`se|s' ${frenchErVerb(stem)}`, SAY],
      [`s' est|sont ${["e", "ee", "es", "ees"].map((ending) => stem + ending).join("|")}`, SAY],
    ]),
    ["dit|disent|disait|disaient|dira|diront|dit-il|dit-elle|disent-ils|disent-elles|disait-il|disait-elle", SAY],
    ["se|s' dit|disent|disait", SAY],
    ["s' est|sont dit|dite|dits|dites", SAY],
    ["poursuit|poursuit-il|poursuit-elle|poursuivent-ils|conclut|conclut-il|conclut-elle|reconnait-il|reconnait-elle", SAY],
    ["reconnait|reconnaissent|reconnu|reconnue|reconnus|reconnaissait|reconnaissaient", SAY],
    ["ecrit|ecrivent|ecrivait", WEAK],
    // « L'administrateur … parle pour sa part de dix morts », « l'armée évoque douze morts »: a toll in someone's words.
    ["parle|parlent|parlait|parlaient … de|d'", SAY],
    [frenchErVerb("evoqu"), SAY],
    // « Des habitants contestent la version de l'armée. Selon eux, … »: who disputes an account speaks, and « eux » are them.
    [frenchErVerb("contest"), SAY],
    ["admet|admettent|admis|admise", SAY],
    ["soutient|soutiennent|soutenu", WEAK],
    ["dement|dementent|dementi|dementait|dementaient|dementant", DENY],
    ["nie|nient|niait|niaient|niant", DENY],
    // « rejette toute implication », « a rejeté les accusations »
    ["rejette|rejettent|rejete|rejetait|rejetaient|rejetant", DENY],
    ["pretend|pretendent|pretendu|pretendait", CLAIM],
    ["evoqu*", REPORT],
    ["parle|parlent|parlait|parlaient|parlant d'|de|du|des", REPORT],
    ["fait|font|faisait|faisaient|faisant egalement|aussi|encore? etat", REPORT],
    ["estim|estime|estiment|estimait|estimaient", WEAK],
    [
      // « a revendiqué jeudi soir l'attaque »: when it was claimed may stand before what.
      "revendiqu* lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier? soir|matin|apres-midi? l'|la|cette|ces|les|des|une|un|deux|trois|cet attaque*|attentat*|operation*|assaut*|embuscade*|action*|raid*|frappe*|enlevement*|tuerie*|massacre*",
      RESPONSIBILITY,
    ],
    ["revendiqu* la|sa paternite", RESPONSIBILITY],
    // « le juge de paix a dressé dimanche le constat de 22 cadavres »: an official finding, in the magistrate's words.
    ["dresse|dressent|dressait|dressaient|dressant … le|un constat", SAY],
    ["avanc*|donn*|fourni*|communiqu*|publi*|evalu*|estim*|chiffr* … un|le|des|son|leur bilan|bilans|chiffre|chiffres|nombre", CLAIM],
    ["cite|citee|cites|citees par", RELAY],
    // « dans un communiqué relayé par l'agence Amaq »: the outlet that passed the statement on.
    ["relaye|relayee|relayes|relayees|diffuse|diffusee|diffuses|diffusees|publie|publiee|publies|publiees par", RELAY],
    // « selon un communiqué de l'archidiocèse repris par Radio Evangelium »: the outlet that carried it on.
    ["repris|reprise|reprises par", RELAY],
    // « dans un communiqué lu à la télévision nationale », « diffusé sur la radio d'État »: the channel that carried it.
    ["lu|lue|lus|lues|diffuse|diffusee|diffuses|diffusees a|sur la|le|l'", RELAY],
    // « lu dimanche soir à l'ORTM »: when it was read stands between.
    ["lu|lue|lus|lues|diffuse|diffusee|diffuses|diffusees lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|soir|matin … a|sur la|le|l'", RELAY],
    [
      "joint|jointe|joints|jointes|contacte|contactee|contactes|contactees|interroge|interrogee|interroges|interrogees|sollicite|sollicitee|sollicites|sollicitees|interviewe|interviewee par",
      RELAY,
    ],
    ["joint|jointe|joints|jointes|contacte|contactee|contactes|contactees|interroge|interrogee|interroges|interrogees par telephone|tel par", RELAY],
    // « Joint au téléphone par le CNC », « contactée mardi par RFI »: how or when it was reached stands between.
    [
      "joint|jointe|joints|jointes|contacte|contactee|contactes|contactees|interroge|interrogee|interroges|interrogees|sollicite|sollicitee|sollicites|sollicitees … par",
      RELAY,
    ],
    ["citant|relayant", CITING],
    // « a rapporté la chaîne Al-Masirah, qui cite le ministère de la santé »: the outlet relays the ministry's words.
    ["qui cite|citait|citent|citaient", CITING],
    ["dans|par un|une|son|sa|leur communique|declaration|message|video|audio|enregistrement", STATEMENT],
    ["par le biais de", STATEMENT],
    ["sous couvert|condition d' anonymat", ANONYMOUS],
    ["sous couvert|condition de l' anonymat", ANONYMOUS],
    ["sous le couvert de l' anonymat", ANONYMOUS],
    ["ayant requis|demande l' anonymat", ANONYMOUS],
  ],
  en: [
    ["according to", ACCORDING],
    // "Amnesty International … put the death toll at 23": the subject gives a toll.
    ["put|puts|putting|placed|places the|its|their death? toll|tally|number at", SAY],
    // "A police officer … put the number of dead at 19": the toll by what it counts.
    ["put|puts|putting|placed|places the|its|their number of dead|deaths|casualties|victims|fatalities at", SAY],
    // "The attack was claimed by Islamic State, which said…": the agent of a claim told in the passive is who speaks.
    ["was|were|been claimed on? monday|tuesday|wednesday|thursday|friday|saturday|sunday|later? by", ACCORDING],
    ["as per", ACCORDING],
    ["said|says|say|saying", SAY],
    ["told|tells", SAY],
    ["added|adds", SAY],
    ["stated", SAY],
    ["announced|announces", SAY],
    ["confirmed|confirms|confirming", SAY],
    ["denied|denies|deny|denying|rejected|dismissed", DENY],
    // "Residents disputed the army's account": who disputes it speaks.
    ["disputed|disputes|contested|contests", SAY],
    ["explained|explains", SAY],
    ["acknowledged|acknowledges|admitted|admits", SAY],
    ["wrote|writes|posted|tweeted", SAY],
    ["insisted|insists|maintained", SAY],
    ["noted|notes", WEAK],
    ["warned", WEAK],
    ["estimated|estimates", WEAK],
    ["accused|accuses|blamed|blames|blaming|attributed|attributes", SAY],
    ["described|describes", WEAK],
    ["recounted|recalled", SAY],
    ["claimed|claims|claiming|boasted|alleges", CLAIM],
    // "the group alleged that…", but "alleged militants", "the alleged attack": a word of doubt, never a verb of saying.
    ["alleged that", CLAIM],
    ["reported|reports|reporting", REPORT],
    // "reports on social media spoke of more than 150 people killed": « évoquer », in English.
    ["spoke|speak|speaks|speaking|talked|talk|talks of|about", REPORT],
    // "the defence ministry gave a lower toll of 11 soldiers killed": the toll with the word that weighs it against another.
    [
      "put|puts|putting|gave|give|gives|giving|estimated|estimates the|a|its|their lower|higher|heavier|lighter|larger|smaller|new|revised|different|preliminary|provisional|official|initial|final|separate? death? toll|figure|number|tally",
      SAY,
    ],
    ["put|puts|putting|gave|give|gives|giving|estimated|estimates the|a toll|figure|number|tally", SAY],
    ["claimed|claims|claim|claiming responsibility|credit", RESPONSIBILITY],
    ["claimed|claims|claim the|an attack|assault|raid|ambush|bombing|strike|killing|kidnapping", RESPONSIBILITY],
    ["quoted|cited by", RELAY],
    // "in a statement carried by its Amaq news agency": the outlet that passed the statement on.
    ["carried|published|posted|issued|relayed|broadcast by", RELAY],
    // "in a statement read on state television", "broadcast on national radio".
    ["read|broadcast|aired on", RELAY],
    ["contacted|reached|interviewed by", RELAY],
    ["speaking|spoke to", RELAY],
    ["in an|a interview|interviews with", RELAY],
    ["citing|quoting", CITING],
    ["which|who cited|quoted", CITING],
    ["in|on a|an|its|their statement|communique|video|audio|message|post", STATEMENT],
    ["in a|an written|joint|separate statement", STATEMENT],
    ["through its|their propaganda? channels|outlet|agency", STATEMENT],
    ["via its|their propaganda? channels|outlet|agency", STATEMENT],
    ["on|under condition of anonymity", ANONYMOUS],
    ["speaking|who spoke|requesting|asking anonymity", ANONYMOUS],
    ["who asked|declined not? to be named|identified", ANONYMOUS],
  ],
};

/**
 * Words that, just before a speech verb, make it a noun or not a verb of
 * saying at all (« l'annonce », « une précision », "the claims", "were
 * reported killed").
 */
export const NOT_BEFORE_VERB: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["l'", "la", "le", "les", "un", "une", "des", "du", "de", "d'", "cette", "ce", "ces", "son", "sa", "ses", "leur", "leurs", "aux", "au"]),
  en: new Set([
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "these",
    "those",
    "this",
    "that",
    "was",
    "were",
    "been",
    "being",
    "is",
    "are",
    "be",
    "unconfirmed",
    "unverified",
    "such",
    "of",
    // "seeking comment on reports that…", "asked about claims that…": a preposition makes the word after it a noun.
    "on",
    "about",
    "independently",
    "immediately",
    "officially",
  ]),
};

/** Words that, just after a weak verb of saying, show it introduces speech. */
export const SPEECH_FOLLOWERS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["que", "qu'", "avoir", "etre", ":", "«", "“", '"', ",", "n'avoir", "a", "au", "aux"]),
  en: new Set(["that", ":", "“", '"', ",", "it", "they", "he", "she"]),
};

/**
 * Openings of a sentence that continue the previous speaker's account
 * (« Elle ajoute que… » is read from the verb; these cover the sentences
 * without a verb of saying: « Toujours selon… », "It added…").
 */
export const CONTRAST: Record<LexiconLanguage, readonly string[]> = {
  fr: ["mais", "tandis", "alors", "cependant", "toutefois", "pourtant", "contrairement"],
  en: ["but", "while", "whereas", "however", "though", "although", "contrary"],
};
