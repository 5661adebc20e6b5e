import type { Hedge } from "../values/hedge.js";
import { type LexiconLanguage, perLanguage } from "./language.js";

/** The outcomes of a fight over a place, as the `conflict` vocabulary names them. */
export type ControlOutcome = "captured" | "held" | "repelled" | "withdrew" | "retaken";

/** The quantity facets of the `conflict` vocabulary that words can name. */
export type CountFacet = "killed" | "wounded" | "captured-persons" | "missing" | "neutralized" | "looted" | "seized" | "destroyed";

/**
 * The count facets whose figure counts people, never things: "the death
 * toll from the attack on a passenger convoy" tells no one dead by "a …
 * convoy".
 *
 * @example
 * PEOPLE_COUNTS.has("wounded") && !PEOPLE_COUNTS.has("destroyed")
 * //=> true
 */
export const PEOPLE_COUNTS: ReadonlySet<string> = new Set(["killed", "wounded", "captured-persons", "missing", "neutralized"]);

/**
 * What a phrase in a quote signals. Facet cues (`control`, `count`,
 * `captured`, `means`) become candidates; the others bend them: a `hedge`
 * applies to the whole quote, a `negation` to the nearest facet cue, a
 * `refusal` or `ignorance` turns a count into `withheld` or `unknown`. A
 * `blocker` holds words that look like a cue but are not one here
 * (« filmée par drone » does not say a drone struck; « la reprise des
 * combats » is not a retaking).
 */
export type Cue =
  | { readonly kind: "control"; readonly value: ControlOutcome }
  | { readonly kind: "count"; readonly facet: CountFacet }
  /** English "captured": a place (control) or people (captured-persons), told apart by what follows. */
  | { readonly kind: "captured" }
  /**
   * `seizable` means are also things that are seized or looted (« armes lourdes », "drones");
   * `firing` ones are shooting told by its verb (« tiraient sur », "shot at"), which a weapon
   * named in the same sentence tells more exactly (« des hélicoptères ont tiré sur »).
   */
  | { readonly kind: "means"; readonly means: readonly string[]; readonly seizable?: boolean; readonly firing?: true }
  | { readonly kind: "hedge"; readonly hedge: Exclude<Hedge, "asserted"> }
  | { readonly kind: "negation"; readonly looks: "ahead" | "back" | "around" }
  /**
   * `ofCount` refusals decline a question ("declined to say whether…"): they
   * withhold a figure only when a count of the sentence says which one
   * ("whether any soldiers were wounded"); "whether the attack was linked to
   * the election" withholds none.
   */
  | { readonly kind: "refusal"; readonly ofCount?: true }
  | { readonly kind: "ignorance"; readonly ofCount?: true }
  | { readonly kind: "blocker" };

const control = (value: ControlOutcome): Cue => ({ kind: "control", value });
const count = (facet: CountFacet): Cue => ({ kind: "count", facet });
const means = (names: string, seizable = false): Cue => ({ kind: "means", means: names.split(","), ...(seizable ? { seizable } : {}) });
const firing: Cue = { kind: "means", means: ["small-arms"], firing: true };
const hedge = (h: Exclude<Hedge, "asserted">): Cue => ({ kind: "hedge", hedge: h });
const negation = (looks: "ahead" | "back" | "around"): Cue => ({ kind: "negation", looks });
const REFUSAL: Cue = { kind: "refusal" };
const REFUSAL_OF_COUNT: Cue = { kind: "refusal", ofCount: true };
const IGNORANCE: Cue = { kind: "ignorance" };
/** Ignorance said of something the sentence names ("was not yet known"): of a count only when a count of the sentence says which. */
const IGNORANCE_OF_COUNT: Cue = { kind: "ignorance", ofCount: true };
const BLOCKER: Cue = { kind: "blocker" };

/** Nouns of the people an attack is blamed on, which « présumés » or "suspected" qualify (a slot of the phrase notation). */
const SUSPECTS = {
  fr: "jihadistes|djihadistes|terroristes|assaillants|islamistes|rebelles|membres|auteurs|hommes|combattants|miliciens|insurges|extremistes|bandits|ravisseurs|tireurs|kamikazes|militants|elements",
  en: "jihadists|militants|gunmen|insurgents|rebels|fighters|attackers|assailants|members|bandits|terrorists|extremists|islamists|kidnappers|bombers|perpetrators|herders|herdsmen",
} as const;

/** Nouns of places that are taken, held and lost (« le camp », "the base"). */
export const PLACE_NOUNS: Record<LexiconLanguage, readonly string[]> = {
  fr: [
    "camp",
    "camps",
    "ville",
    "base",
    "bases",
    "caserne",
    "localite",
    "position",
    "positions",
    "poste",
    "postes",
    "village",
    "garnison",
    "emprise",
    "emprises",
    "cercle",
    "commune",
    "aeroport",
    // « pris la brigade », « pris le contrôle du commissariat »: the posts of the gendarmerie and the police.
    "brigade",
    "commissariat",
    "gendarmerie",
    "detachement",
    "villes",
    "villages",
    "localites",
    "quartier",
    "quartiers",
    "prison",
  ],
  en: [
    "camp",
    "camps",
    "base",
    "bases",
    "town",
    "city",
    "village",
    "post",
    "outpost",
    "position",
    "positions",
    "garrison",
    "barracks",
    "airport",
    "checkpoint",
    "locality",
    "area",
    "district",
    "region",
    "stronghold",
    "headquarters",
    "station",
    "prison",
    "compound",
    "towns",
    "villages",
    "posts",
    "outposts",
    "checkpoints",
  ],
};

const FR_PLACES = PLACE_NOUNS.fr.join("|");
const FR_TOLL = "bilan|bilans|precision*|chiffre|chiffres|detail*|nombre|information*|pertes|indication*";
const EN_PLACES = PLACE_NOUNS.en.join("|");
/** Arms and vehicles a side takes from the other: what taking them makes a seizure. */
const EN_MATERIEL = "vehicle|vehicles|truck|trucks|pickup|pickups|pick-ups|technicals|car|cars|motorcycles|motorbikes|weapons|guns|rifles|ammunition|arms";
const FR_MATERIEL = "vehicule|vehicules|camion|camions|pick-up|pick-ups|motos|motocyclettes|armes|fusils|munitions|materiel|materiels";
const EN_TOLL = "toll|tolls|figure|figures|number|numbers|details|casualt*|losses|information";
/** What a source may leave unanswered: « nos sollicitations », "a request for comment". */
const FR_REQUESTS = "sollicitation*|question*|demande*|appel*|message*|courriel*|requete*";
const EN_REQUESTS = "request*|comment|call|calls|message*|email*|inquir*|quer*|question*";
const EN_NOT = "not|didn't|doesn't|hasn't|haven't|hadn't|wouldn't";
/** What a figure is put on, or how many: "could not put a figure on", "could not say how many". */
const EN_FIGURES = "figure|figures|number|numbers|toll|tolls|how";

/** The words of {@link FR_TOLL} and {@link EN_TOLL}, each a word or, ending in `*`, a stem. */
const TOLL_WORDS = perLanguage((lang) => (lang === "fr" ? FR_TOLL : EN_TOLL).split("|"));

/**
 * Whether a folded word names a toll or its figures (« bilan », « pertes »,
 * "toll", "casualties"): what a refusal on it withholds is the toll.
 *
 * @example
 * isTollWord("casualties", "en");
 * //=> true
 */
export function isTollWord(word: string, lang: LexiconLanguage): boolean {
  return TOLL_WORDS(lang).some((w) => (w.endsWith("*") ? word.startsWith(w.slice(0, -1)) : word === w));
}

/**
 * The phrase table {@link readPhrase} reads, in the notation of
 * `phrasePattern` (`a|b` either word, `x*` a word starting with x, `w?` an
 * optional word, `…` up to three words of anything). Where patterns overlap,
 * the longest wins (« obus de mortier » is a mortar, not shelling).
 */
export const PHRASES: Record<LexiconLanguage, readonly (readonly [string, Cue])[]> = {
  fr: [
    // Control of a place.
    ["repouss*", control("repelled")],
    ["mis|mise|mises|mettre|met|mettent|mettant en deroute", control("repelled")],
    ["deroute", control("repelled")],
    // « ont riposté et « mis en fuite » les assaillants »: the attackers driven off, as « en déroute ».
    ["mis|mise|mises|mettre|met|mettent|mettant en fuite", control("repelled")],
    ["pris|prise|prises|prit|prendre|prenant|prennent|prend|pris … le|la|l' controle", control("captured")],
    [`pris|prise|prises|prit|prendre|prenant|prennent|prend le|la|l' ${FR_PLACES}`, control("captured")],
    [`prise|prises de|du|d' la|l'? controle|${FR_PLACES}`, control("captured")],
    ["pris|prise possession", control("captured")],
    ["empar*", control("captured")],
    ["occup*", control("captured")],
    // « depuis la partie occupée de la région », « les territoires occupés »: a place held long before, not taken now.
    ["partie|parties|zone|zones|territoire|territoires|region|regions occupee|occupees|occupe|occupes", BLOCKER],
    ["conqu*", control("captured")],
    ["tomb* aux|entre les? mains", control("captured")],
    ["passe*|passant|passer sous … controle", control("captured")],
    // « se sont retirés », « s'était retirée », « ont retiré leurs troupes »: a withdrawal is reflexive or takes its forces;
    // « les secouristes ont retiré cinq corps des décombres » withdrew no one.
    ["se|s' retir*", control("withdrew")],
    ["se|s' est|etait|etaient|etant|sont|serait|seraient|soient|seront retir*", control("withdrew")],
    ["retir* leurs|ses|les|des troupes|forces|hommes|elements|soldats|unites|combattants", control("withdrew")],
    ["retrait", control("withdrew")],
    ["repli*", control("withdrew")],
    ["abandonn*", control("withdrew")],
    // « ont évacué le camp » is a withdrawal; « les blessés ont été évacués » is not.
    [`evacu* le|la|l'|les|leur|leurs ${FR_PLACES}`, control("withdrew")],
    [`quitt* le|la|l'|les ${FR_PLACES}`, control("withdrew")],
    ["repris*|reprise|reprises|repren*|reprit", control("retaken")],
    ["reconqu*", control("retaken")],
    ["reprise|reprises|repris|reprendre des|les combats|hostilites|affrontements|attaques|tirs", BLOCKER],
    ["garde*|conserv*|maintien*|maintenu*|maintenir le controle", control("held")],
    ["toujours sous … controle", control("held")],
    // « l'armée contrôlait désormais l'intégralité de la zone »: the ground held now.
    ["controle|controlait|controlent|controlaient desormais|toujours|encore", control("held")],
    ["tient|tiennent|tenu|tenue|tenus toujours", control("held")],
    // Counts of people and things.
    ["tue|tues|tuee|tuees|tuer|tuant|tuent|tua|tuerent", count("killed")],
    ["mort|morts|morte|mortes|deces|decede*", count("killed")],
    ["perdu|perdent|perdant|perdirent la vie", count("killed")],
    // « Nous avons perdu quinze éléments »: a side's own dead.
    ["perdu|perdent|perdait … hommes|soldats|militaires|elements|combattants|policiers|gendarmes|camarades|collegues|agents", count("killed")],
    ["peri|peris|perir|perissent", count("killed")],
    // « Il reconnaît la perte de neuf de ses combattants »: the loss of men is their death.
    ["la perte de|d'", count("killed")],
    // « deux gendarmes ayant payé le prix suprême »: how armies tell their own dead.
    ["paye|payes|payant|paie|paient le prix supreme|ultime", count("killed")],
    // « plus d'une dizaine de militaires tombés », « trois de nos hommes sont tombés »: soldiers fallen are dead; a convoy « tombé dans une embuscade » is not.
    ["tombes|tombees", count("killed")],
    ["tombe|tombes|tombee|tombees au combat|champ", count("killed")],
    // « 29 soldats sont tombés en héros », « tombés en martyrs »: how armies and juntas tell their own dead.
    ["tombe|tombes|tombee|tombees en heros|martyr|martyrs", count("killed")],
    ["tombe|tombes|tombee|tombees dans|sous|aux|entre", BLOCKER],
    // « tombée aux mains des jihadistes »: the place taken.
    ["tombe|tombee|tombes|tombees aux|entre les? mains", control("captured")],
    // « Nos hommes l'ont tenue toute la nuit »: the place held.
    ["l' ont|a|avons tenue|tenu", control("held")],
    // « avait fait état de « neuf martyrs » »: the army's own dead, as it names them.
    ["martyrs", count("killed")],
    // « venus à bord d'une cinquantaine de pirogues », « arrivés sur une trentaine de motos »: the attackers' vehicles, neither seized nor destroyed.
    ["bord de|d'|des … motos|motocyclettes|pick-up|pick-ups|vehicules|camions|pirogues|embarcations", BLOCKER],
    ["arrives|venus|arrivant|venant sur|a|en … motos|motocyclettes|pick-up|pick-ups|vehicules|camions|pirogues", BLOCKER],
    // « pris entre deux feux »: caught in crossfire, an idiom that counts no one.
    ["entre deux feux", BLOCKER],
    // « deux explosions, l'une après l'autre », « un par un »: an order, no count.
    ["l' un|une apres l' autre", BLOCKER],
    ["un|une par un|une", BLOCKER],
    // « trois ont succombé à leurs blessures »: neither wounded any more nor a toll of their own (they are mostly part of the toll told): no count.
    ["succombe|succombes|succombee|succombees|succombent|succombant a leurs|ses|des blessures", BLOCKER],
    // « un blessé ayant succombé samedi », « deux blessés sont décédés »: the wounded who died, counted in the new toll, no longer wounded.
    ["blesse|blesses|blessee|blessees ayant|a|ont|avait|avaient|etant|sont|est succombe|decede|decedes|decedee|decedees|meurt|morts|mort", BLOCKER],
    // « un bilan porté mercredi à neuf », « le bilan est passé à 13 »: a toll that moves is the dead counted anew.
    ["bilan|bilans … porte|passe|grimpe|monte|releve|alourdi a|au", count("killed")],
    ["bilan|bilans porte|passe|grimpe|monte|releve|alourdi … a|au", count("killed")],
    ["bilan|bilans s'? eleve|etablit|elevait|etablissait a|au", count("killed")],
    // « après le décès de trois blessés »: the same, told by the death.
    ["deces|mort de … blesse|blesses|blessee|blessees", BLOCKER],
    // The dead buried (« nous avons enterré 38 personnes »): at least that many dead.
    ["enterre|enterres|enterrees|enterree|enterrer|inhume|inhumes|inhumees|inhumer", count("killed")],
    // « les obsèques de sept villageois », « l'inhumation de 26 corps »: those buried are dead.
    ["obseques|funerailles|inhumation|enterrement|enterrements de|des", count("killed")],
    // « ensevelis sous les décombres »: trapped, not counted dead.
    ["enterre|enterres|enterrees|enterree|ensevelis|ensevelies|ensevelie|enseveli sous", BLOCKER],
    // Bodies counted are the dead (« au moins dix corps »).
    ["corps|cadavres|depouilles", count("killed")],
    // « ont manifesté avec les corps des victimes »: the bodies carried in protest are the dead already told, no count.
    ["avec|portant|transportant les|leurs corps|cadavres|depouilles", BLOCKER],
    // « éliminé », the armies' word for killing an enemy.
    ["elimine|elimines|eliminee|eliminees|eliminer|eliminant", count("killed")],
    ["brule*|brulee* vif|vifs|vive|vives", count("killed")],
    ["abattu*|execute*|assassine*|massacre*", count("killed")],
    ["bless*", count("wounded")],
    // « le nombre de personnes soignées sur place », « douze personnes soignées à l'hôpital »: the wounded by their care.
    ["personnes soignees", count("wounded")],
    // « quatorze personnes hospitalisées »: the wounded by their care.
    ["hospitalise|hospitalises|hospitalisee|hospitalisees", count("wounded")],
    ["fait|faits|faite|faites|fais prisonnier*", count("captured-persons")],
    ["prisonnier*|captur*|enleve*|kidnapp*|otage*", count("captured-persons")],
    ["pris|prise|prises|prendre en otage", count("captured-persons")],
    ["porte|portes|portee|portees? disparu*", count("missing")],
    ["disparu*", count("missing")],
    // « combien de bergers sont toujours introuvables »: those who cannot be found are missing.
    ["introuvable|introuvables", count("missing")],
    // « combien de personnes sont toujours aux mains des ravisseurs »: held by those who took them.
    ["aux mains de|des leurs? ravisseurs", count("captured-persons")],
    // « combien de personnes manquent à l'appel »: the missing, told as absent from the roll call.
    ["manque|manquent|manquait|manquaient a l' appel", count("missing")],
    ["neutralis*", count("neutralized")],
    // « mis hors d'état de nuire », « mis hors de combat »: put out of action, an army's word for enemies killed or taken.
    ["mis|mise|mises|mettre hors d' etat de nuire", count("neutralized")],
    ["mis|mise|mises|mettre hors de combat", count("neutralized")],
    ["pille*|pillage*|pillant|piller", count("looted")],
    ["saisi|saisis|saisie|saisies|saisir|saisissant|saisit|saisirent", count("seized")],
    ["recuper*|confisqu*", count("seized")],
    // « ont emporté 14 motos », « se sont emparés de deux véhicules »: arms and vehicles taken are seized, as "took 11 pickup
    // trucks" is (« emparés du camp » stays a capture).
    [`emporte|emportes|emportee|emportees|emporter|emportant|empare|empares|emparee|emparees … ${FR_MATERIEL}`, count("seized")],
    // « emporté une centaine de têtes de bétail »: other goods carried away are looted.
    ["emporte|emportes|emportee|emportees|emporter|emportant", count("looted")],
    // « ils ont emmené deux enseignants vers la brousse », « sept personnes ont été emmenées »: people led away are taken.
    ["emmene|emmenes|emmenee|emmenees|emmener|emmenant", count("captured-persons")],
    // « deux blessés ont été emmenés à l'hôpital »: taken to care, not taken away.
    ["emmene|emmenes|emmenee|emmenees|emmener a|vers|au l'? hopital|hopitaux|dispensaire|centre", BLOCKER],
    ["detrui*|destruction*|incendi*|calcine*", count("destroyed")],
    // « 31 maisons ont été rasées »: destroyed in other words.
    ["rase|rasee|rases|rasees", count("destroyed")],
    ["reduit|reduits|reduite|reduites en cendres", count("destroyed")],
    // Means.
    ["vehicule*|voiture*|camion* kamikaze*", means("vbied,suicide-attack")],
    ["vehicule*|voiture*|camion* piege*", means("vbied")],
    ["voiture* bourree* d'explosifs", means("vbied")],
    // « un véhicule bourré d'explosifs », « un camion chargé d'explosifs ».
    ["vehicule*|voiture*|camion*|moto*|pick-up bourre*|charge*|rempli*|piege* d' explosifs", means("vbied")],
    ["kamikaze*|attentat-suicide|attentats-suicides", means("suicide-attack")],
    ["attentat*|attaque* suicide*", means("suicide-attack")],
    ["obus|tirs|tir|pilonnage* de mortier*", means("mortar", true)],
    ["mortier*", means("mortar", true)],
    ["obus|bombardement*|pilonn*|artillerie", means("shelling", true)],
    ["tirs|tir d'|de obus|artillerie", means("shelling")],
    ["roquette*", means("rocket", true)],
    ["armes lourdes", means("heavy-weapons", true)],
    ["frappe*|raid*|bombardement* aerien*", means("airstrike")],
    ["forces|force|moyens aerien*", means("airstrike")],
    ["aviation|chasseurs-bombardiers", means("airstrike")],
    ["avion*|avions de chasse", means("airstrike")],
    ["frappe*|attaque* de|par drone*", means("drone")],
    ["drone*", means("drone", true)],
    ["filme*|filmee*|images|video* par|de drone*", BLOCKER],
    ["engin*|engins explosif*|explosifs improvise*?", means("ied")],
    ["mine|mines antipersonnel|artisanale*", means("ied")],
    ["eei|ied", means("ied")],
    ["embuscade*", means("ambush")],
    ["incendie* criminel*", means("arson")],
    // Setting fire is the means the analyst codes as arson (« ont incendié le marché », « mis le feu aux maisons »); « un incendie » alone may be shelling's.
    ["incendiee|incendiees|incendies|incendier|incendiant|incendierent|incendiaient|incendiait|incendient", means("arson")],
    ["a|ont|avait|avaient|aurait|auraient|ete incendie", count("destroyed")],
    // « ont brûlé des centaines d'abris », « mis le feu à 20 maisons »: destroyed, and arson by the words.
    ["a|ont|avait|avaient|aurait|auraient brule", count("destroyed")],
    ["mis|mettant|mettre|mettent le feu a|aux", count("destroyed")],
    ["mis|mettant|mettre|mettent|mis le feu", means("arson")],
    ["brulee|brulees|brules|bruler|brulant|brulerent|brulaient|brulent", means("arson")],
    ["echange*|echanges de tirs", means("small-arms")],
    // « ont ouvert le feu sur les habitants », « des tirs nourris »: gunfire; « à l'arme lourde »: heavy weapons.
    ["ouvert|ouvrant|ouvrent|ouvre le feu", means("small-arms")],
    // « Ils tiraient sur tout ce qui bougeait », « des coups de feu »: shooting at people.
    ["tire|tirent|tirait|tiraient|tirant|tirer|tirerent sur", firing],
    ["coups|coup de feu", firing],
    // « La patrouille a sauté sur une mine »: a mine or a device under a vehicle.
    ["saute|sautee|sautes|sautees sur une|un mine|engin|explosif", means("ied")],
    ["tirs|rafales nourris", means("small-arms")],
    ["tirs|rafales d' armes automatiques", means("small-arms")],
    ["a l' arme lourde", means("heavy-weapons")],
    ["arme lourde", means("heavy-weapons", true)],
    ["missile|missiles", means("missile", true)],
    ["helicoptere|helicopteres de combat", means("airstrike")],
    ["helicoptere|helicopteres", means("airstrike", true)],
    ["vecteurs|moyens|appui aerien|aeriens", means("airstrike")],
    ["fusillade*", means("small-arms")],
    // « armés de fusils et de machettes », « armés de fusils d'assaut »: what the attackers carried (not « saisi des fusils », things taken).
    ["arme|armes|armee|armees de fusils|fusil|kalachnikov*|kalachnikovs", means("small-arms")],
    // « des dizaines de douilles ramassées »: the cases of bullets.
    ["douille|douilles", means("small-arms")],
    ["armes legeres|automatiques", means("small-arms", true)],
    ["kalachnikov*", means("small-arms", true)],
    // Hedges: how the source puts it.
    ["selon|rapporte*|citant|evoqu*", hedge("reported")],
    ["d' apres", hedge("reported")],
    ["aux dires de|d'", hedge("reported")],
    ["de|des sources? locale*|securitaire*|concordante*|militaire*", hedge("reported")],
    ["de|des sources? sur place", hedge("reported")],
    ["revendiqu*|pretend*|affirm*", hedge("claimed")],
    ["se|s' targu*|vant*", hedge("claimed")],
    ["assur* … avoir|que|qu'|etre", hedge("claimed")],
    ["non|pas … confirme*|verifie*", hedge("unconfirmed")],
    ["sans confirmation|verification", hedge("unconfirmed")],
    // « des jihadistes présumés », « les auteurs présumés »: the doubt is about who they are, not about what happened.
    [`${SUSPECTS.fr} presume*|suppose*`, BLOCKER],
    // « une attaque probablement menée par un groupe jihadiste »: the doubt is about the author, not the toll.
    [
      "probablement|vraisemblablement|possiblement menee|mene|menees|menes|perpetree|perpetre|perpetrees|commise|commis|commises|conduite|lancee|orchestree|attribuee par|a",
      BLOCKER,
    ],
    ["presume*|suppose*|semble*|vraisemblablement|probablement", hedge("unconfirmed")],
    ["il y aurait", hedge("unconfirmed")],
    // Negation of an outcome.
    ["pas|jamais|aucunement|nullement", negation("ahead")],
    ["echou*|incapable*", negation("ahead")],
    ["sans parvenir|reussir", negation("ahead")],
    ["vainement|avorte*|infructueu*", negation("around")],
    ["en vain", negation("around")],
    ["sans succes", negation("around")],
    // Refusals and ignorance.
    [`pas souhaite|voulu|donne|communique|fourni|precise|publie|divulgue|devoile|avance|apporte|rendu|confirme … ${FR_TOLL}`, REFUSAL],
    // « tués ou capturés »: killed or taken, put out of action.
    ["tue|tues|tuee|tuees ou captures|capturees|capture|capturee|arretes|arrete", count("neutralized")],
    // « ont tué ou blessé 20 soldats »: the two outcomes in one figure.
    ["tue|tues|tuee|tuees ou blesse|blesses|blessee|blessees", count("neutralized")],
    // « n'a pas souhaité dire si des militaires avaient été tués »: a refusal of a question withholds the count it names, if any.
    ["pas souhaite|voulu dire|preciser|confirmer|indiquer|reveler si|combien", REFUSAL_OF_COUNT],
    ["refus* de|d' dire|preciser|confirmer|indiquer|reveler si|combien", REFUSAL_OF_COUNT],
    ["pas … souhaite|voulu s'? exprimer|commenter|repondre|communiquer|reagir", REFUSAL],
    ["pas … donne|donnee|donnait suite", REFUSAL],
    ["sans donner suite", REFUSAL],
    // « L'armée n'a pas commenté ces chiffres ».
    ["pas commente|commentait ces|ses|le|les|leurs chiffres|bilan|bilans|pertes", REFUSAL],
    [`pas … repondu|repondait|repond … ${FR_REQUESTS}`, REFUSAL],
    [`refus* … ${FR_TOLL}|commentaire*|commenter|exprimer`, REFUSAL],
    [`sans donner|preciser|communiquer|fournir|avancer … ${FR_TOLL}`, REFUSAL],
    [`aucun|aucune ${FR_TOLL}`, REFUSAL],
    [`pas de|d' ${FR_TOLL}`, REFUSAL],
    [`aucun|aucune ${FR_TOLL} … n'|ne … communique*|donne*|fourni*|publie*|avance*`, REFUSAL],
    [`${FR_TOLL.replace("|pertes", "")} non communique*|precise*|divulgue*|publie*|rendu*`, REFUSAL],
    [`${FR_TOLL} … inconnu*|indetermine*|ignore*`, IGNORANCE],
    [`${FR_TOLL} … pas … connu*|etabli*|determine*`, IGNORANCE],
    ["on ignore", IGNORANCE],
    // « Nous ne savons pas encore combien de personnes sont portées disparues »: not knowing how many is no zero.
    ["sait|savons|savent|savait|savaient|savais|savez|connait|connaissons pas encore? exactement? combien", IGNORANCE],
    // « affirme ne pas pouvoir dire combien d'autres blessés », « n'a pas pu préciser combien »: unable to tell how many.
    ["peut|pouvait|peuvent|pouvaient|pouvons|pouvez|pouvoir|pu pas? encore? dire|preciser|indiquer combien", IGNORANCE],
    // « dit ne pas savoir encore combien », « dit ignorer combien de blessés »: not knowing how many, told with the infinitive.
    ["pas savoir|connaitre encore? exactement? combien", IGNORANCE],
    ["ignore|ignorer|ignorent|ignorait|ignoraient encore? combien", IGNORANCE],
    [`ignor* … ${FR_TOLL}`, IGNORANCE],
    ["impossible de savoir|connaitre|etablir|determiner", IGNORANCE],
    // « Il est encore impossible de dire combien de personnes ont été enlevées »: how many, not who or why.
    ["impossible de dire|preciser|chiffrer combien", IGNORANCE],
    // « il est difficile de donner un bilan », « difficile de dire combien »: a figure too hard to give is not known.
    [`difficile de|d' … donner|avancer|dire|etablir|preciser … ${FR_TOLL}|combien`, IGNORANCE],
    ["nombre|bilan indetermine|inconnu", IGNORANCE],
    [`pas etre? en mesure de|d' … ${FR_TOLL}`, IGNORANCE],
    // « n'était pas en mesure lundi de fournir un bilan »: a day may stand inside the phrase.
    [`pas etre? en mesure … fournir|donner|communiquer|preciser|avancer … ${FR_TOLL}`, IGNORANCE],
    [`dans l' impossibilite de|d' … ${FR_TOLL}`, IGNORANCE],
    [`incapable* de|d' … ${FR_TOLL}`, IGNORANCE],
    [`aucun|aucune ${FR_TOLL} … disponible*`, IGNORANCE],
    [`pas de|d' ${FR_TOLL} … disponible*`, IGNORANCE],
    [`conna* pas … ${FR_TOLL}`, IGNORANCE],
    // « dit ne pas connaître le nombre de personnes disparues », « sans être en mesure d'en préciser le nombre ».
    [`pas conna* … ${FR_TOLL}`, IGNORANCE],
    [`sans etre en mesure de|d' … ${FR_TOLL}`, IGNORANCE],
    [`${FR_TOLL} … reste|restait|restent a etablir|determiner|preciser`, IGNORANCE],
  ],
  en: [
    ["repel*|repuls*|thwart*|routed|repelling", control("repelled")],
    ["pushed|push|pushing|beat|beaten|beating|fought|fight|fighting|fend*|drove|driven|driving back|off", control("repelled")],
    ["took|take|taken|taking|takes|seized|seize|seizing|gained|gain|seizes control", control("captured")],
    ["took|take|taken|taking|takes over", control("captured")],
    [`took|take|taken|taking the ${EN_PLACES}`, control("captured")],
    // "ISWAP fighters seized the base", "captured a military post": the place taken, not arms seized.
    [`seized|seize|seizes|seizing|captured|capture|captures|capturing the|a ${EN_PLACES}`, control("captured")],
    // "the gunmen took the village by storm": they stormed it, which says nothing of who held it after.
    [`took|take|taken|taking the ${EN_PLACES} by storm`, BLOCKER],
    ["overran|overrun|overrunning|overruns", control("captured")],
    ["fell|fallen|falls to", control("captured")],
    ["occupied|occupy|occupying|conquer*", control("captured")],
    // "from the occupied part of the region", "the occupied territories": a place held long before, not taken now.
    ["occupied part|parts|territory|territories|area|areas|zone|zones|region|regions", BLOCKER],
    ["captur*", { kind: "captured" }],
    ["withdr*|retreat*|abandon*", control("withdrew")],
    // "evacuated the base" is a withdrawal; "the wounded were evacuated" is not.
    [`evacuat* the|their|its ${EN_PLACES}`, control("withdrew")],
    ["pulled|pull|pulling|pulls out|back", control("withdrew")],
    ["fell back", control("withdrew")],
    ["retook|retake|retaken|retaking|recaptur*|reconquer*", control("retaken")],
    ["took|take|taken|taking back", control("retaken")],
    ["regain*|regained … control", control("retaken")],
    ["held|hold|holds|holding|kept|keep|keeps|retained|retain*|maintain*|remained|remains in? … control", control("held")],
    ["still controls|control", control("held")],
    ["now|still controlled|controls|control", control("held")],
    ["was|were now|still in control", control("held")],
    ["killed|kill|kills|killing|dead|deceased|death|deaths|died|die|dies|fatalities|slain|bodies", count("killed")],
    // "whether any of the attackers had been killed or captured": people taken, not a place; killed or taken is put out of action.
    ["killed or captured", count("neutralized")],
    // "had killed or wounded 20 apostates": the two outcomes told as one figure are the people put out of action.
    ["killed or wounded|injured", count("neutralized")],
    // "10 soldiers had been put out of combat", "put out of action": an army's or a group's word for enemies killed or taken.
    ["put|putting out of combat|action", count("neutralized")],
    // "the guerrillas had taken two soldiers with them": people carried off are people taken.
    [
      "took|take|takes|taking|taken … soldiers|policemen|officers|civilians|people|villagers|residents|women|children|girls|boys|workers|passengers|hostages with them",
      count("captured-persons"),
    ],
    // "staged a sit-in with the bodies": the bodies carried in protest are the dead already told, no count.
    ["with|carrying|carried the|their bodies|corpses", BLOCKER],
    ["lost their|his|her lives|life", count("killed")],
    // "The toll rose to 19", "the toll had risen to 38": a toll that moves is the dead counted anew.
    ["toll|tolls has|had|have|now? rose|risen|rises|climbed|climbs|jumped|increased|stood|stands to|at", count("killed")],
    // "raising the death toll to 10", "which brought the toll to 23": the toll a new count makes.
    ["raising|raised|raises|bringing|brought|brings|pushing|pushed|taking|took the|its|their|a death? toll|tally to", count("killed")],
    // "Kioko had put the toll at five", "the ministry placed the death toll at 12": a source gives the dead.
    ["put|puts|putting|placed|places|placing the|its|their|a death? toll|tally at", count("killed")],
    ["put|puts|putting|placed|places|placing the|its|their number of dead|deaths|fatalities at", count("killed")],
    // "two later died of their wounds": neither wounded any more nor a toll of their own (they are mostly part of the toll told): no count.
    ["died|dying|succumbed|succumbing of|from|to their|his|her|its? injuries|wounds", BLOCKER],
    // "two explosions, one after the other", "one by one": an order, no count.
    ["one after the|another other?", BLOCKER],
    ["one by one", BLOCKER],
    // "after two wounded soldiers died in hospital": the wounded who died, counted in the new toll, no longer wounded.
    [
      "wounded|injured soldiers|people|persons|civilians|men|women|children|officers|policemen|passengers|fighters|troops|victims later? died|succumbed",
      BLOCKER,
    ],
    // "eight soldiers embraced martyrdom", "were martyred": an army's own dead, in its words.
    ["embraced martyrdom|shahadat", count("killed")],
    ["martyred", count("killed")],
    // "a police operative paid the supreme price", "made the ultimate sacrifice": killed, in a force's own words.
    ["paid|pay|pays|paying the supreme|ultimate price", count("killed")],
    ["made|make|makes the supreme|ultimate sacrifice", count("killed")],
    // "We buried 38 people": at least that many dead.
    ["buried|bury|burying", count("killed")],
    // "officiated at the funerals of seven villagers": those buried are dead.
    ["funerals|funeral|burials|burial of", count("killed")],
    // "who arrived on about 40 motorcycles", "aboard a dozen pickups": the attackers' vehicles, neither seized nor destroyed.
    [
      "arrived|came|rode|riding|travelling|traveling|arriving on|in|aboard … motorcycles|motorbikes|bikes|pickups|pick-ups|trucks|vehicles|boats|canoes",
      BLOCKER,
    ],
    ["aboard|astride … motorcycles|motorbikes|bikes|pickups|pick-ups|trucks|vehicles|boats|canoes", BLOCKER],
    // "buried under the rubble": trapped, not counted dead.
    ["buried|trapped under|beneath", BLOCKER],
    // "We lost nine men", "the group had lost six of its own fighters": a side's own dead.
    ["lost|lose|loses|losing … men|soldiers|troops|fighters|members|officers|policemen|personnel|constables|guards|comrades|colleagues", count("killed")],
    // "In all, we lost 12 people": a community's own dead, in a local official's words.
    ["we have? lost … people|persons|villagers|residents|civilians", count("killed")],
    ["burned|burnt alive", count("killed")],
    ["burned|burnt|beaten|stabbed to death", count("killed")],
    ["shot dead", count("killed")],
    ["executed|massacred", count("killed")],
    ["wounded|wounding|injured|injuring|injuries|hurt", count("wounded")],
    // "six people with knife wounds had been admitted", "treated for gunshot wounds": the wounded by their wounds.
    ["with|for gunshot|bullet|knife|machete|shrapnel|blast|burn? wounds", count("wounded")],
    // "how many more were being treated in the mountains", "12 are being treated in hospital": the wounded by their care.
    ["being treated", count("wounded")],
    // "eight persons were receiving treatment", "at least 30 inmates had been taken to hospitals": the wounded by their care.
    ["receiving|received treatment", count("wounded")],
    ["taken|rushed|admitted|evacuated to hospital|hospitals", count("wounded")],
    ["taken|rushed|admitted|evacuated to the|a|local|nearby hospital|hospitals", count("wounded")],
    ["hospitalised|hospitalized", count("wounded")],
    ["being treated for|with gunshot|bullet|knife|machete|shrapnel|blast|burn? wounds|injuries", count("wounded")],
    ["taken|took prisoner|prisoners|captive|hostage", count("captured-persons")],
    ["prisoner*|captive*|abduct*|kidnap*|hostage*", count("captured-persons")],
    // "56 others were taken away by the attackers": taken off by those who attacked (not "bodies taken away to the morgue").
    ["taken|carried|led away by", count("captured-persons")],
    ["missing", count("missing")],
    ["unaccounted for", count("missing")],
    ["neutraliz*|neutralis*", count("neutralized")],
    ["loot*|plunder*|ransack*", count("looted")],
    ["seized|seize|seizes|seizing|seizure*|confiscat*|recovered", count("seized")],
    // "his group had recovered 19 bodies": the bodies recovered are the dead, no arms seized.
    ["recovered|recover|recovering|retrieved|pulled … bodies|corpses|remains", count("killed")],
    // "took 11 pickup trucks", "taking weapons, ammunition and several vehicles", "made off with two cars": arms and vehicles taken are seized.
    [`took|take|takes|taking|taken … ${EN_MATERIEL}`, count("seized")],
    [`made|make|makes|making off with … ${EN_MATERIEL}`, count("seized")],
    // "carted away large numbers of livestock", "stole 40 cows": goods taken away are looted.
    ["carted|carting|cart away|off", count("looted")],
    ["stole|stolen|steal|steals|stealing|rustled|rustling", count("looted")],
    ["destroy*|destruction|torched", count("destroyed")],
    // "31 houses were razed", "the market was gutted": destroyed in other words.
    ["razed|flattened|gutted|levelled|leveled", count("destroyed")],
    ["set ablaze", count("destroyed")],
    ["set on fire", count("destroyed")],
    // "set fire to at least 20 houses", "burned 20 houses", "20 houses were burned down": destroyed, and arson by the words.
    ["set|sets|setting fire to", count("destroyed")],
    ["set|sets|setting … ablaze|alight", count("destroyed")],
    ["burned|burnt down", count("destroyed")],
    ["burned|burnt", count("destroyed")],
    ["suicide car|truck|vehicle bomb*|bombing*", means("vbied,suicide-attack")],
    ["car|truck bomb*", means("vbied")],
    ["vbied*|vehicle-borne", means("vbied")],
    ["booby-trapped vehicle*|car*|truck*", means("vbied")],
    // "an explosives-laden car", "a truck packed with explosives".
    ["explosives-laden|explosive-laden|bomb-laden vehicle*|car*|truck*|van*|motorcycle*", means("vbied")],
    ["vehicle*|car*|truck*|van* packed|laden|loaded|rigged with explosives", means("vbied")],
    ["suicide bomb*|attack*|attacker*", means("suicide-attack")],
    ["mortar*", means("mortar", true)],
    // "collected more than 200 shell casings": the cases of bullets, fired by small arms, not artillery shells.
    ["shell casings|casing|cases", means("small-arms")],
    ["shell|shells|shelled|shelling|artillery|bombard*", means("shelling", true)],
    ["rocket*", means("rocket", true)],
    ["heavy weapons|weaponry", means("heavy-weapons", true)],
    ["air strike*|strikes|raid*|attack*", means("airstrike")],
    ["airstrike*|warplane*", means("airstrike")],
    ["fighter jets", means("airstrike")],
    ["aerial bombardment*|attack*", means("airstrike")],
    ["drone strike*|strikes|attack*", means("drone")],
    ["drone|drones", means("drone", true)],
    ["filmed|footage|video|images by|from a? drone*", BLOCKER],
    ["improvised explosive device*", means("ied")],
    ["ied|ieds|landmine*", means("ied")],
    ["roadside bomb*", means("ied")],
    ["land mine*", means("ied")],
    ["ambush*", means("ambush")],
    ["arson", means("arson")],
    // "set fire to homes", "torched the market", "burning a church": setting fire is coded as arson.
    ["set|sets|setting fire|ablaze|alight", means("arson")],
    ["set|sets|setting … on fire", means("arson")],
    ["torched|torching|torch", means("arson")],
    ["burned|burnt|burning|burn down|homes|houses|huts|shops|villages|a|the", means("arson")],
    // "gunmen" name who attacked, not with what: the means are told by their fire ("opened fire", "gunfire").
    ["gunfire|gunfight*|small-arms", means("small-arms")],
    // "opened fire on the farmers", "gunned down": gunfire.
    ["opened|open|opening|opens fire", means("small-arms")],
    ["gunned down", means("small-arms")],
    // "They shot at everybody", "kept firing from the trees": shooting at people.
    ["shot|shooting|firing at|on|from|into|indiscriminately", firing],
    ["with guns|rifles|firearms", means("small-arms")],
    // "armed with assault rifles", "with automatic weapons": what the attackers carried (not "seized rifles", things taken).
    ["with assault|automatic|hunting|high-powered|homemade rifles|rifle|weapons|guns", means("small-arms")],
    ["heavy guns", means("heavy-weapons")],
    ["missile|missiles", means("missile", true)],
    ["helicopter gunship*", means("airstrike")],
    ["military|army aircraft|helicopters|helicopter|planes|jets", means("airstrike")],
    ["exchange* of fire", means("small-arms")],
    ["small|automatic arms|weapons", means("small-arms", true)],
    ["according to", hedge("reported")],
    ["reportedly|reported|reports|citing|quoted|cited", hedge("reported")],
    ["sources said|say", hedge("reported")],
    ["claim*|boast*|insist*", hedge("claimed")],
    // "suspected jihadists", "alleged militants": the doubt is about who they are, not about what happened.
    [`alleged|suspected|presumed ${SUSPECTS.en}`, BLOCKER],
    // "an attack probably carried out by jihadists": the doubt is about the author, not the toll.
    ["probably|likely|possibly|presumably carried out by", BLOCKER],
    ["probably|likely|possibly|presumably perpetrated|committed|staged|launched|orchestrated by", BLOCKER],
    ["allegedly|alleged|unconfirmed|purportedly|supposedly|apparently|possibly|probably|presumably", hedge("unconfirmed")],
    ["not|n't … confirmed|verified", hedge("unconfirmed")],
    ["could not be … confirmed|verified", hedge("unconfirmed")],
    ["couldn't be … confirmed|verified", hedge("unconfirmed")],
    ["may|might|could have", hedge("unconfirmed")],
    ["not|never|didn't|wasn't|weren't|hadn't|haven't|hasn't|couldn't|cannot|can't", negation("ahead")],
    ["no longer", negation("ahead")],
    ["fail*|unable", negation("ahead")],
    ["unsuccessfully|unsuccessful|foiled", negation("around")],
    ["in vain", negation("around")],
    ["without success", negation("around")],
    ["declin*|refus* to? … give|provide|disclose|release|comment|say|confirm|reveal|publish|share", REFUSAL],
    // "declined to say whether any soldiers were wounded": a refusal of a question withholds the count it names, if any.
    ["declin*|refus* to? say|comment|confirm|disclose|reveal|specify whether|if|who|why", REFUSAL_OF_COUNT],
    // "declined to say whether any suspects had been arrested", "refused to say who was behind it": a question of the attackers.
    ["declin*|refus* to? say|comment|confirm|disclose|reveal|specify whether|if|who|why … suspect*|arrest*|behind|responsible|motive*", BLOCKER],
    ["did|does|do|would|has|have|had not|n't disclose|give|provide|release|reveal|publish|say|share", REFUSAL],
    ["didn't|doesn't|wouldn't|hasn't|haven't|hadn't disclose|give|provide|release|reveal|publish|say|share", REFUSAL],
    ["withheld|withholding|withhold", REFUSAL],
    [`${EN_NOT} immediately? respond*|reply|replied|return|returned … ${EN_REQUESTS}`, REFUSAL],
    // "did not respond to Addis Standard's phone calls and text messages": the outlet's name may stand between.
    [`${EN_NOT} immediately? respond*|reply|replied|return|returned to … … calls|messages|emails|requests`, REFUSAL],
    [`${EN_NOT} immediately respond*|reply|replied|return|returned|comment`, REFUSAL],
    ["no immediate comment|response|reply", REFUSAL],
    // "did not comment on its losses": a source that does not answer about a toll declines to give it (on the attack, it says nothing of one).
    ["did|does|has|have|had|would not comment|commented on its|their|the|any? losses|casualties|toll|tolls|figure|figures|number|dead|deaths", REFUSAL],
    ["didn't|doesn't|hasn't|haven't|wouldn't comment|commented on its|their|the|any? losses|casualties|toll|tolls|figure|figures|number|dead|deaths", REFUSAL],
    [`no ${EN_TOLL}`, REFUSAL],
    ["unknown|undetermined|unclear|uncertain number|toll|figure", IGNORANCE],
    [`${EN_TOLL} … unknown|unclear|undetermined|uncertain`, IGNORANCE],
    [`${EN_TOLL} … not … known|clear|established|determined`, IGNORANCE],
    ["not immediately|yet? known|clear how many", IGNORANCE],
    // "the number of FC men missing was not yet known": unknown, of the count the sentence names (not "the cause was not yet known").
    ["was|were|is|are|remained|remains not immediately|yet? known", IGNORANCE_OF_COUNT],
    // "Rudaw could not independently verify the figure": the outlet's own caution about a figure others gave, no ignorance of a toll
    // (listed first: of two matches as long, the first listed wins).
    [`could|can not independently verify|confirm … ${EN_FIGURES}`, BLOCKER],
    [`couldn't|cannot|can't|unable to? independently verify|confirm … ${EN_FIGURES}`, BLOCKER],
    // "could not yet confirm the number of dead": a source that cannot vouch for a figure does not know it, and says no zero.
    // "could not tell how many", "could not yet determine how many residents were missing".
    [`could|can not … put|give|provide|offer|say|tell|estimate|determine|establish|confirm|verify|ascertain … ${EN_FIGURES}`, IGNORANCE],
    [`couldn't|cannot|can't|unable to? … put|give|provide|offer|say|tell|estimate|determine|establish|confirm|verify|ascertain … ${EN_FIGURES}`, IGNORANCE],
    // "was not able to confirm the death toll": not being able is being unable, never a toll of no dead.
    [`not|n't able to … put|give|provide|offer|say|tell|estimate|determine|establish|confirm|verify … ${EN_FIGURES}`, IGNORANCE],
    ["still assessing|counting|tallying|evaluating|determining|establishing", IGNORANCE],
    // "was still verifying the number of civilians killed": of the count named (not "still verifying reports").
    ["still verifying|confirming", IGNORANCE_OF_COUNT],
    // "it was difficult to give a figure for the people still missing": a figure too hard to give is not known.
    [`difficult|hard|impossible to … give|put|provide|say|estimate|determine|establish … ${EN_FIGURES}`, IGNORANCE],
    ["yet to determine|establish|assess", IGNORANCE],
    [`no ${EN_TOLL} … available`, IGNORANCE],
    ["unclear|unknown how many", IGNORANCE],
    // "we do not yet know how many people are missing": not knowing how many is no zero.
    ["did|do|does|didn't|don't|doesn't not? yet? know how many", IGNORANCE],
    ["it is unclear|unknown how many", IGNORANCE],
  ],
};

/** How strong a hedge is, when a quote holds several: the conditional outweighs a claim, which outweighs a report. */
export const HEDGE_STRENGTH: Record<Exclude<Hedge, "asserted">, number> = { unconfirmed: 3, claimed: 2, reported: 1 };

/** The French conditional through its auxiliaries (« aurait été tué », « seraient tombés »). */
const FRENCH_CONDITIONAL_AUXILIARIES = new Set([
  "aurait",
  "auraient",
  "serait",
  "seraient",
  "pourrait",
  "pourraient",
  "devrait",
  "devraient",
  "semblerait",
  "sembleraient",
  "aurais",
]);

/**
 * Verbs in « -érer » whose imperfect ends like a conditional once accents are
 * dropped (« opéraient », « considérait »): not hedges.
 */
const ERER_STEMS = [
  "oper",
  "consider",
  "esper",
  "liber",
  "recuper",
  "toler",
  "prefer",
  "exager",
  "gener",
  "acceler",
  "deliber",
  "cooper",
  "moder",
  "alter",
  "reper",
  "inser",
  "refer",
  "confer",
  "transfer",
  "interfer",
  "ponder",
  "temper",
  "vocifer",
  "reiter",
  "lacer",
  "prolifer",
  "sider",
  "exasper",
  "obliter",
  "diger",
  "sugger",
];

/**
 * Whether a folded French word is a verb in the conditional: one of the
 * auxiliaries (« aurait », « seraient », « pourrait »), or a verb in « -er »
 * in the simple conditional (« viserait », « contrôleraient »), except the
 * imperfect of verbs in « -érer », which looks the same without accents.
 */
export function isFrenchConditional(word: string): boolean {
  if (FRENCH_CONDITIONAL_AUXILIARIES.has(word)) return true;
  const ending = ["eraient", "erait"].find((e) => word.endsWith(e));
  if (ending === undefined || word.length < ending.length + 2) return false;
  if (word.endsWith(`erer${ending.slice(2)}`)) return true;
  const infinitiveStem = word.slice(0, -(ending.length - 2));
  return !ERER_STEMS.some((stem) => infinitiveStem.endsWith(stem));
}
