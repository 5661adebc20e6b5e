import { perLanguage, type LexiconLanguage } from "../lexicon/language.js";
import type { SourceKind } from "../model/source.js";

/**
 * What a phrase naming a speaker stands for. `role` tells speakers of one
 * kind apart (the army and the government both speak for the state, as two
 * sources); `side` says whose voice a party speaker is: `state` the forces
 * of the country its demonym or the article names, `group` the armed group
 * named beside it or last named.
 *
 * - `complement`: the speaker is who the words after it name (« le
 *   porte-parole du CSP », "a spokesman for the army", « le communiqué du
 *   JNIM »), else it stays as it is;
 * - `anaphor`: it refers back (« le groupe », "the militants", « elle »,
 *   « le communiqué », « la mission »): to the armed group last named, to the
 *   last speaker, to the last speaker who spoke in a statement, or to the
 *   last speaker of the same kind (`kind`: « le ministère » after « le
 *   ministère de la Défense », "the mission" after the UN mission).
 */
export interface SpeakerCue {
  readonly kind: SourceKind;
  readonly role: string;
  readonly side?: "state" | "group";
  readonly complement?: true;
  readonly anaphor?: "group" | "speaker" | "statement" | "kind";
}

const speaker = (kind: SourceKind, role: string, extra: Partial<SpeakerCue> = {}): SpeakerCue => ({ kind, role, ...extra });
/** A state's armed forces: the army, « les forces armées », "the military". */
export const ARMY = speaker("party", "army", { side: "state" });
const GOVERNMENT = speaker("party", "government", { side: "state" });
/** A defence ministry speaks for the army's side, but as a source of its own: "the army said … the defence ministry declined to comment" are two. */
const DEFENCE_MINISTRY = speaker("party", "defence-ministry", { side: "state" });
/** An interior or security ministry: the state's side (its police), a source of its own. */
const INTERIOR_MINISTRY = speaker("party", "interior-ministry", { side: "state" });
/** A civilian ministry named by its portfolio (information, foreign affairs): the government's voice, a source of its own. */
const OTHER_MINISTRY = speaker("party", "ministry", { side: "state" });
/** The forces' press service (« le service de communication des armées », "the army's media office"): the army's voice, a source of its own. */
const ARMY_PRESS = speaker("party", "army-press", { side: "state" });
/** The police of a state, a party to the incident like its army. */
export const POLICE = speaker("party", "police", { side: "state" });
const SECURITY = speaker("party", "security-sources", { side: "state" });
const ADMINISTRATION = speaker("government", "administration");
const LOCAL = speaker("local", "local");
const WITNESS = speaker("witness", "witness");
/** Residents as a group (« des habitants », "residents", "locals") speak as local sources; one resident is a witness. */
const RESIDENTS = speaker("local", "residents");
const EXPERT = speaker("expert", "expert");
/** Doctors and hospitals speak as local sources of their own: a separate source from "local sources", of the same kind. */
const MEDICAL = speaker("local", "medical");
/**
 * A hospital or a health centre itself (« le centre de santé de Bandiagara »,
 * "the hospital"): a local source when it is cited or speaks, but most often
 * only where a doctor works ("a doctor at the hospital said"), which
 * `findMentions` tells by the words around it.
 */
export const HEALTH_BODY = speaker("local", "health-body");
/** Mayors and local councillors: elected in the place itself, they speak as local sources. */
const ELECTED = speaker("local", "elected");
/** The mayor's office (« la mairie », "city hall"): a local source that speaks as its mayor does. */
const TOWN_HALL = speaker("local", "town-hall");
/** The clergy and their bodies (« le curé de la paroisse », « l'archidiocèse de Bamenda », "the diocese", "an imam"): local sources of their own. */
const CLERGY = speaker("local", "clergy");
const NGO = speaker("ngo", "ngo");
const SOCIAL = speaker("social", "social");
/** Who speaks for a body named beside them ("an army spokesman", « le porte-parole du JNIM », "a Houthi official"): the body's voice. */
export const SPOKESPERSON = speaker("other", "spokesperson", { complement: true });
/**
 * Who speaks for a side named by what its men are, not by a name ("a
 * separatist commander", "a notorious bandit leader", « un chef rebelle »):
 * the armed group last named, else the author those men are (separatists,
 * bandits), else no one that can be told.
 */
export const SIDE_VOICE = speaker("party", "side-voice", { side: "group" });
const STATEMENT = speaker("other", "statement", { complement: true, anaphor: "statement" });
const GROUP = speaker("party", "group", { side: "group", anaphor: "group" });
const PRONOUN = speaker("other", "pronoun", { anaphor: "speaker" });
/** « son porte-parole », « cette source », "the same source": whoever spoke last. */
const SAME_SPEAKER = speaker("other", "same-speaker", { anaphor: "speaker" });
const COMMITTEE = speaker("local", "committee");
/** A military rank before a name (« le colonel », "Major"): the army's voice, unless a role before it says whose. */
const RANK = speaker("party", "rank", { side: "state" });
const SAME_MINISTRY = speaker("party", "government", { side: "state", anaphor: "kind" });
const SAME_MISSION = speaker("international", "international", { anaphor: "kind" });

/**
 * Phrases that name a speaker, per language, in the notation of
 * `phrasePattern`. Named organisations, outlets and armed groups are in
 * {@link NAMED}; these are the common nouns.
 */
/**
 * The men of an armed group by what they are (« les jihadistes », "the
 * gunmen"), folded: the group named before, told again, and words that may
 * stand before its name (« accusant des jihadistes de l'EI »).
 *
 * @example
 * GROUP_MEMBERS.fr.includes("jihadistes") && GROUP_MEMBERS.en.includes("gunmen")
 * //=> true
 */
export const GROUP_MEMBERS: Record<LexiconLanguage, readonly string[]> = {
  fr: [
    "jihadistes",
    "djihadistes",
    "rebelles",
    "insurges",
    "islamistes",
    "terroristes",
    "assaillants",
    "combattants",
    "miliciens",
    "militants",
    "paramilitaires",
  ],
  en: ["militants", "jihadists", "insurgents", "rebels", "islamists", "fighters", "gunmen", "assailants", "attackers", "terrorists", "paramilitaries"],
};

export const SPEAKERS: Record<LexiconLanguage, readonly (readonly [string, SpeakerCue])[]> = {
  fr: [
    ["armee|armees", ARMY],
    ["forces armees", ARMY],
    ["forces de defense|securite", ARMY],
    ["forces|militaires", ARMY],
    ["etat-major|etat-majors general? des? armees?", ARMY],
    ["etat-major|etat-majors", ARMY],
    ["etat major", ARMY],
    ["commandement militaire?", ARMY],
    // « le porte-parole du secteur opérationnel Sokola 2 », « la région militaire »: a unit of the army, named by its command.
    ["secteur|secteurs operationnel|operationnels", ARMY],
    ["region|regions|zone|zones militaire|militaires|operationnelle|operationnelles", ARMY],
    ["zone|zones de defense", ARMY],
    ["ministere|ministre … de la defense", DEFENCE_MINISTRY],
    ["ministere|ministre des armees", DEFENCE_MINISTRY],
    ["ministere|ministre … de l' interieur", INTERIOR_MINISTRY],
    ["ministere|ministre … de la securite", INTERIOR_MINISTRY],
    ["ministere|ministre … de la communication", OTHER_MINISTRY],
    ["ministere|ministre … de l' information", OTHER_MINISTRY],
    ["ministere|ministre … des affaires etrangeres", OTHER_MINISTRY],
    ["service|direction|cellule de|du communication|presse|relations des|de|d' armees|l'armee", ARMY_PRESS],
    ["service|direction|cellule de|du communication|presse|relations de l' armee", ARMY_PRESS],
    ["dirpa|sirpa", ARMY_PRESS],
    // « la Direction de l'information et des relations publiques des armées (Dirpa) », « la Direction de la communication et des relations publiques des armées ».
    ["direction|service de l'|la information|communication et des relations publiques des|de l'? armees|armee", ARMY_PRESS],
    ["gouvernement|gouvernements|junte|presidence|autorites|ministre|ministres", GOVERNMENT],
    ["ministere", SAME_MINISTRY],
    ["mission", SAME_MISSION],
    ["mission de l' onu", SAME_MISSION],
    ["casques bleus", SAME_MISSION],
    ["police|gendarmerie|policiers|gendarmes", POLICE],
    // « une source policière », « un responsable policier », « un commissaire de police »: the police's own voices.
    ["policier", POLICE],
    ["source|sources|responsable|responsables|officier|officiers policiere|policieres|policier|policiers", POLICE],
    ["commissaire|commissaires|officier|officiers de police", POLICE],
    // « le délégué régional de la sûreté nationale » (Cameroun), « la Sûreté nationale »: the national police by its name.
    ["surete nationale", POLICE],
    ["delegue|delegues|deleguee regional|regionale|departemental|departementale de la surete nationale?", POLICE],
    ["delegue|delegues|deleguee du gouvernement", ADMINISTRATION],
    ["delegue|delegues|deleguee regional|regionale|departemental|departementale", ADMINISTRATION],
    ["source|sources militaire|militaires|securitaire|securitaires", SECURITY],
    ["source|sources de securite", SECURITY],
    ["source|sources proches de l' armee", SECURITY],
    ["responsable|responsables|officier|officiers militaire|militaires|securitaire|securitaires", SECURITY],
    ["responsable|responsables|officier|officiers de l' armee", SECURITY],
    ["gouverneur|prefet|sous-prefet|administrateur|commissaire|commissaires|depute|deputes|senateur|haut-commissaire|haut-commissaires", ADMINISTRATION],
    // « le gouvernorat d'Ouahigouya dans un communiqué », « la préfecture »: the office of a governor or prefect, which speaks as he does.
    ["gouvernorat|prefecture|sous-prefecture|haut-commissariat", ADMINISTRATION],
    // « le chef de l'administration militaire régionale »: a civil body at war's name, never « un militaire » who speaks.
    [
      "administration|administrations militaire|militaires|civile|civiles|civilo-militaire regionale|regionales|locale|locales|municipale|municipales?",
      ADMINISTRATION,
    ],
    // « le Défenseur du peuple », « le médiateur de la République »: a civilian public body that watches the state.
    ["defenseur|defenseure|mediateur du|des peuple|droits", ADMINISTRATION],
    ["mediateur de la republique", ADMINISTRATION],
    ["haut|hauts commissaire|commissaires", ADMINISTRATION],
    ["maire|maires|bourgmestre|conseiller|conseillers|adjoint", ELECTED],
    // « un membre du conseil municipal de Mourzouk »: one of the council, elected in the place.
    ["membre|membres du conseil municipal|communal|rural", ELECTED],
    ["pretre|pretres|cure|cures|abbe|vicaire|eveque|eveques|archeveque|imam|imams|pasteur|pasteurs|missionnaire|missionnaires|religieuse|religieuses", CLERGY],
    ["diocese|archidiocese|eveche|archeveche|paroisse", CLERGY],
    ["conference episcopale", CLERGY],
    ["eglise catholique|protestante|evangelique|locale", CLERGY],
    ["chef|chefs|responsable|responsables|leader|leaders|autorite|autorites religieux|religieuse|religieuses|religieux", CLERGY],
    // « a appris Studio Tamani auprès de la mairie »: the mayor's office, which speaks as the mayor does.
    ["mairie|municipalite", TOWN_HALL],
    ["maire adjoint|adjointe", ELECTED],
    ["elu|elus|elue|elues", ELECTED],
    ["elu|elus local|locaux|locale|locales|municipal|municipaux", ELECTED],
    [
      "responsable|responsables|autorite|autorites local|locaux|locale|locales|regionales|regionaux|municipal|municipaux|administratif|administratifs|administrative|administratives",
      ADMINISTRATION,
    ],
    ["source|sources locale|locales|communautaires", LOCAL],
    // « selon plusieurs sources concordantes » then « des sources locales évoquent… »: two sources, both local.
    ["source|sources concordante|concordantes", speaker("local", "concordant")],
    ["source|sources sur place", LOCAL],
    ["source|sources civile|civiles locale|locales", LOCAL],
    ["notable|notables|chef|chefs coutumier|coutumiers|traditionnel|traditionnels", LOCAL],
    ["chef|chefs de|du village", LOCAL],
    // « le chef de canton de Koukou », « un chef de quartier », « le chef de terre »: traditional and local chiefs speak as local sources.
    ["chef|chefs de|du canton|quartier|terre|groupement|secteur|localite|fraction|tribu", LOCAL],
    ["notable|notables|leader|leaders communautaire|communautaires|locaux|local", LOCAL],
    ["notable|notables", LOCAL],
    // « une jirga des anciens », « le conseil des sages du village »: a council of elders.
    ["jirga|choura|shoura", LOCAL],
    ["conseil des anciens|sages", LOCAL],
    ["habitant|temoin|temoins|temoignage|temoignages|rescape|rescapes|survivant|survivants|villageois", WITNESS],
    ["habitants|residents|riverains", RESIDENTS],
    ["officier|officiers|soldat|soldats|militaire|gendarme", ARMY],
    [
      "docker|dockers|ouvrier|ouvriers|employe|employes|employee|salarie|travailleur|travailleurs|commercant|commercante|commercants|agriculteur|agricultrice|eleveur|eleveurs|enseignant|enseignante|berger|chauffeur|pecheur|fermier|cultivateur|passant|rescapee|survivante|habitante|mere|pere",
      WITNESS,
    ],
    // « soutient un ressortissant de Pissila joint au téléphone »: one native of the place, reached where he now lives.
    ["ressortissant|ressortissante", WITNESS],
    ["comite|comites de resistance|quartier|village|crise|vigilance", COMMITTEE],
    ["comite|comites local|locaux", COMMITTEE],
    ["comite", COMMITTEE],
    ["societe civile", COMMITTEE],
    ["son|sa|leur|ses|leurs porte-parole|representant|representants|porte-paroles", SAME_SPEAKER],
    // « son secrétaire général »: the body's own officer, never a general of an army.
    ["son|sa|leur secretaire general|generale", SAME_SPEAKER],
    // « Le bilan diverge selon les sources »: « les sources » are many sources, none of them the last speaker.
    ["cette|ces|la|meme|memes source|sources", SAME_SPEAKER],
    ["source|sources gouvernementale|gouvernementales|officielle|officielles|administrative|administratives", speaker("government", "government-source")],
    ["l' organisation|agence|institution|ong", SAME_SPEAKER],
    ["expert|experts|chercheur|chercheuse|chercheurs|analyste|analystes|specialiste|specialistes|universitaire|observateur|observateurs", EXPERT],
    ["source|sources medicale|medicales|hospitaliere|hospitalieres", MEDICAL],
    ["ministere|ministre|direction|autorites|services|service de|du la? sante", ADMINISTRATION],
    // « les autorités sanitaires », « les services sanitaires du district »: a civilian health body.
    ["direction|autorites|services|service sanitaire|sanitaires", ADMINISTRATION],
    // « le ministère libanais de la santé »: the country's word between the ministry and its portfolio.
    ["ministere|ministre … de la sante", ADMINISTRATION],
    // « la direction régionale de la santé », « la direction préfectorale de la santé »: the state's health office, by its level.
    ["direction|directions regionale|regionales|prefectorale|provinciale|departementale|communale|sanitaire de la sante", ADMINISTRATION],
    ["defense|protection civile", ADMINISTRATION],
    // « l'institut de médecine légale », « le service de médecine légale »: the state's examiners of the dead.
    ["institut|service|unite|laboratoire de|d' medecine legale", ADMINISTRATION],
    ["medecin|medecins|infirmier|infirmiere|soignant|soignants", MEDICAL],
    // « un agent de santé a indiqué avoir reçu 18 blessés »: who works in care counts as a medical source ("health worker").
    ["agent|agents|travailleur|travailleurs|personnel de sante", MEDICAL],
    ["secouristes|sauveteurs|secours", speaker("local", "rescue")],
    // « un groupe de secours local », « l'équipe de secours du village »: rescuers, never an armed « groupe ».
    ["groupe|groupes|equipe|equipes|service|services de secours", speaker("local", "rescue")],
    ["directeur|directrice|responsable|responsables|chef de|d' l'? hopital|hopitaux|clinique|dispensaire", MEDICAL],
    ["directeur|directrice|responsable|responsables|chef du centre de sante", MEDICAL],
    ["personnel medical|soignant", MEDICAL],
    // « le médecin-chef de l'hôpital de district »: the doctor at its head.
    ["medecin-chef|medecins-chefs", MEDICAL],
    // « citant le centre de santé de référence de Bandiagara », « selon l'hôpital de Djibo »: the health body itself.
    ["centre|centres de sante", HEALTH_BODY],
    ["hopital|hopitaux|clinique|dispensaire", HEALTH_BODY],
    ["ong|ongs", NGO],
    ["organisation|organisations humanitaire|humanitaires", NGO],
    // « une organisation locale de défense des droits humains », « une association de défense des droits de l'homme ».
    ["organisation|organisations|association|associations … defense des droits", NGO],
    ["source|sources humanitaire|humanitaires", NGO],
    ["reseaux sociaux", SOCIAL],
    ["medias|media|television|radio|agence|presse d' etat", speaker("media", "state-media")],
    [
      "medias|media|television|radio|agence officiel|officielle|officiels|officielles|publique|publiques|publics|nationale|gouvernementale|gouvernementales|gouvernementaux",
      speaker("media", "state-media"),
    ],
    ["porte-parole|porte-paroles|representant|representants|dirigeant|dirigeants|chef|chefs|commandant|emir|leader", SPOKESPERSON],
    // « un chef rebelle », « un commandant séparatiste », « un chef de bandits »: a voice of a side named by its men.
    [
      "chef|chefs|commandant|commandants|porte-parole|responsable|responsables|leader rebelle|rebelles|separatiste|separatistes|secessionniste|secessionnistes|jihadiste|jihadistes|djihadiste|djihadistes",
      SIDE_VOICE,
    ],
    ["chef|chefs des|de bandits|rebelles|separatistes|jihadistes|djihadistes|miliciens", SIDE_VOICE],
    // « le porte-parole adjoint de la PNH »: the adjective after the role, no deputy mayor.
    ["porte-parole|porte-paroles adjoint|adjointe|adjoints", SPOKESPERSON],
    // « le secrétaire général du mouvement », « le directeur général »: a body's officer, never a general of an army.
    ["secretaire|directeur|directrice|delegue|procureur general|generale", SPOKESPERSON],
    // « le président de la société civile », « le coordonnateur de l'ONG »: who heads a body speaks as that body.
    ["president|presidente|coordonnateur|coordonnatrice|coordinateur|coordinatrice", SPOKESPERSON],
    ["porte parole", SPOKESPERSON],
    ["communique|communiques|declaration|revendication|message|video|enregistrement|canaux|canal|organe|texte|document", STATEMENT],
    ["agence de propagande", STATEMENT],
    // « la chaîne Al-Masirah », « le quotidien L'Observateur Paalga »: an outlet by the name after its noun.
    ["chaine|quotidien|journal|hebdomadaire|site|media", speaker("media", "named-outlet")],
    ["agence de presse", speaker("media", "named-outlet")],
    ["site d' information|informations", speaker("media", "named-outlet")],
    ["chaine de television", speaker("media", "named-outlet")],
    // « un responsable de l'autorité portuaire », « un haut responsable »: an official no words above place (the army's, a
    // hospital's); only after a determiner (« le groupe responsable de l'attaque » is no one who speaks).
    ["haut|hauts responsable|responsables", speaker("government", "officials")],
    ["responsable|responsables", speaker("government", "officials")],
    // « Des médias locaux rapportent », « la presse locale »: outlets the article does not name.
    ["medias|media|presse|journaux locaux|locale|independants|independante|nationaux|nationale|regionaux|regionale", speaker("media", "local-media")],
    [
      "groupe|groupes jihadiste|djihadiste|jihadistes|djihadistes|arme|armes|terroriste|terroristes|islamiste|islamistes|rebelle|rebelles|insurge|insurges|extremiste|extremistes",
      GROUP,
    ],
    ["groupe", GROUP],
    // « le gang », « la milice »: the armed group named before, by its noun.
    ["gang|milice|cartel|katiba", GROUP],
    [GROUP_MEMBERS.fr.join("|"), GROUP],
    ["mouvement|coalition|alliance rebelle|jihadiste|djihadiste|arme", GROUP],
    ["il|elle|ils|elles|lui|eux", PRONOUN],
    // « l'un d'eux a raconté »: one of those who just spoke.
    ["l' un|une d' eux|elles", SAME_SPEAKER],
    ["l' un|une d' entre eux|elles", SAME_SPEAKER],
    ["colonel|general|capitaine|commandant|lieutenant|sergent|adjudant|lieutenant-colonel|colonel-major|sous-lieutenant|caporal", RANK],
  ],
  en: [
    ["army|military|militaries|troops", ARMY],
    // "Russian forces shelled the town", "Israeli forces said": a country's forces by their demonym.
    ["forces", ARMY],
    ["armed|defence|defense|security forces", ARMY],
    ["defence|defense ministry|minister", DEFENCE_MINISTRY],
    ["defence|defense headquarters", ARMY],
    ["ministry|minister of defence|defense", DEFENCE_MINISTRY],
    // "The interior ministry declined to comment": a ministry named anew by its portfolio, never the one named before.
    ["interior|security|home ministry|minister", INTERIOR_MINISTRY],
    ["ministry|minister of interior|security", INTERIOR_MINISTRY],
    ["ministry|minister of the interior", INTERIOR_MINISTRY],
    ["information|foreign|communications|communication ministry|minister", OTHER_MINISTRY],
    ["ministry|minister of information|communication|communications", OTHER_MINISTRY],
    ["ministry|minister of foreign affairs", OTHER_MINISTRY],
    ["army|military press|media|information|public relations office|wing|service|directorate", ARMY_PRESS],
    // Iraq's "Security Media Cell", which speaks for the security forces: a press office, not an outlet.
    ["security media cell|office|centre|center", ARMY_PRESS],
    // "the Director of Army Public Relations", "the Defence Headquarters' director of information": the forces' press service.
    ["director|directorate|department of army|military|defence|defense public? relations|information|media", ARMY_PRESS],
    ["army|military public relations|information", ARMY_PRESS],
    ["general staff", ARMY],
    // "the Joint Operations Command" (Iraq), "the Joint Task Force": a command of the forces, speaking for them.
    ["joint operations|task command|centre|center|force", ARMY],
    ["military|army command|commander|commanders|officer|officers|spokesman|spokeswoman|spokesperson", ARMY],
    ["government|governments|junta|presidency|authorities|minister|cabinet|kremlin", GOVERNMENT],
    ["ministry", SAME_MINISTRY],
    ["mission|peacekeepers", SAME_MISSION],
    ["peacekeeping mission", SAME_MISSION],
    ["police|gendarmerie|policemen", POLICE],
    ["police spokesman|spokeswoman|spokesperson|officer|officers|official|officials|chief|commissioner|commander|commanders", POLICE],
    // Nigerian police titles: the Commissioner of Police ("the CP said"), the Police Public Relations Officer, the Divisional Police Officer.
    ["cp|ppro|dpo", POLICE],
    ["security|military|army|intelligence sources|source|official|officials|officer|officers", SECURITY],
    ["governor|gov|prefect|administrator|lawmaker|lawmakers|commissioner", ADMINISTRATION],
    // "the country's human rights ombudsman's office": a civilian public body that watches the state.
    ["human rights? ombudsman|ombudsperson|ombudsman's|ombudsperson's office?", ADMINISTRATION],
    ["ombudsman|ombudsperson|ombudsman's|ombudsperson's office?", ADMINISTRATION],
    // "the senior divisional officer for Momo division", "the district officer": the state's civil administrator of a division.
    ["senior? divisional|sub-divisional|district officer|officers", ADMINISTRATION],
    // "the state prosecutor's office", "the coroner's office": civilian public bodies.
    ["prosecutor|prosecutors|prosecutor's|coroner|coroner's|attorney-general|attorney-general's office|offices?", ADMINISTRATION],
    // "the state prosecutor's office": the office, named whole.
    ["public|state|federal|district prosecutor|prosecutors|prosecutor's office?", ADMINISTRATION],
    ["public? security secretary|secretariat", INTERIOR_MINISTRY],
    // "a spokesman for the provincial governor": the governor with the word that says which.
    ["provincial|regional|state|district|county|deputy|local governor|administrator|commissioner", ADMINISTRATION],
    ["mayor|mayors|councillor|councilor|councillors|councilors", ELECTED],
    // "a member of the town council": one of the council, elected in the place.
    ["member|members of the town|city|municipal|local|village council", ELECTED],
    ["priest|priests|pastor|pastors|bishop|bishops|archbishop|imam|imams|cleric|clerics|missionary|missionaries|nun|nuns", CLERGY],
    ["parish priest|pastor", CLERGY],
    ["diocese|archdiocese|parish", CLERGY],
    ["bishops' conference", CLERGY],
    ["catholic|anglican|local church", CLERGY],
    ["church|religious|muslim|christian leader|leaders|official|officials", CLERGY],
    // "the mayor's office said", "city hall said": the office speaks as the mayor does.
    ["mayor's office", TOWN_HALL],
    ["town|city hall", TOWN_HALL],
    // "a local politician": elected in the place itself, like a mayor.
    ["local politician|politicians|lawmaker|lawmakers|legislator|legislators", ELECTED],
    // "A local elected official in Tera": elected in the place itself, whatever the noun.
    ["local? elected official|officials|representative|representatives|leader|leaders", ELECTED],
    ["deputy mayor", ELECTED],
    ["local|district|regional|state|municipal|provincial|county official|officials|authorities|administrator|administrators|government", ADMINISTRATION],
    // "A district administration official", "a local government official": the administration's official.
    ["local|district|regional|state|municipal|provincial|county administration|government official|officials", ADMINISTRATION],
    ["local sources|source|residents|leaders|chiefs|elders", LOCAL],
    ["elders|elder|chiefs|notables", LOCAL],
    // "A jirga of elders from Ochat … denied that members of their tribes were involved": a council of elders speaks as they do.
    ["jirga|jirgas|shura|shuras", LOCAL],
    ["council|councils of elders", LOCAL],
    ["community|traditional|youth leader|leaders|chief|chiefs|elder|elders", LOCAL],
    ["village head|heads|chief|chiefs|leader|leaders", LOCAL],
    ["sources on the ground", LOCAL],
    ["officials|official", speaker("government", "officials")],
    // "An indigene of the area", in Nigerian English: one who lives there.
    ["resident|witnesses|witness|eyewitness|eyewitnesses|survivors|survivor|villager|indigene", WITNESS],
    ["residents|villagers|locals|inhabitants|indigenes", RESIDENTS],
    [
      "worker|workers|employee|employees|dockworker|dockworkers|farmer|farmers|trader|traders|shopkeeper|teacher|driver|herder|herders|fisherman|fishermen|worshipper|mother|father|shepherd|passer-by",
      WITNESS,
    ],
    ["resistance|neighbourhood|neighborhood|local|emergency|village committee|committees", COMMITTEE],
    ["committee", COMMITTEE],
    ["civil society groups?", COMMITTEE],
    ["its|their|his|her spokesman|spokeswoman|spokesperson|spokesmen|representative", SAME_SPEAKER],
    // "its secretary-general": the body's own officer, never a general of an army.
    ["its|their|his|her secretary-general|secretary general", SAME_SPEAKER],
    // "the UN Secretary-General", "the Director General": a body's officer; "the Inspector General of Police" heads the police.
    ["secretary-general|director-general", SPOKESPERSON],
    ["secretary|director general", SPOKESPERSON],
    ["inspector|inspector-general general? of police", POLICE],
    ["the|that|this|same source|sources", SAME_SPEAKER],
    ["the organisation|organization|agency|institution|charity", SAME_SPEAKER],
    // "…, the ombudsman's office said. … the office said in a post on X": the body last named.
    ["the office", SAME_SPEAKER],
    ["expert|experts|analyst|analysts|researcher|researchers|specialist|specialists|academic|professor|scholar|fellow|observers", EXPERT],
    ["medical|hospital sources|source|official|officials|worker|workers", MEDICAL],
    ["health sources|source|worker|workers", MEDICAL],
    ["health office|officer|officers|officials|official|ministry|minister|authorities|department|bureau|directorate|directorates", ADMINISTRATION],
    ["civil defence|defense|protection", ADMINISTRATION],
    // "the forensic medicine unit", "the forensic institute": the state's examiners of the dead.
    ["forensic|forensics medicine|medical|science? unit|service|institute|department|office|laboratory", ADMINISTRATION],
    // "the State Emergency Service said rescuers had recovered 11 bodies": the state's rescue service counts the dead.
    ["emergency|emergencies|ambulance|fire service|services|ministry|department|agency", ADMINISTRATION],
    ["doctor|doctors|nurse|nurses|medics|medic|paramedics", MEDICAL],
    // "Rescue workers said": rescuers on the spot speak as local sources, not as witnesses.
    // "The rescue group said": rescuers, never an armed "group"; "volunteers from the rescue team" are its members.
    ["rescue workers|officials|services|teams|team|official|worker|group|groups|volunteers", speaker("local", "rescue")],
    ["rescuers|volunteers", speaker("local", "rescue")],
    ["hospital|clinic director|head|chief|administrator|spokesman|spokeswoman", MEDICAL],
    ["director|head of the hospital|clinic", MEDICAL],
    // "according to the Bandiagara health centre", "the hospital said": the health body itself.
    ["health centre|center|centres|centers|facility", HEALTH_BODY],
    ["hospital|hospitals|clinic", HEALTH_BODY],
    // "Staff at the Kani Township hospital declined to give figures": those who work there, whatever its name.
    ["staff|doctors|nurses at|of the … hospital|clinic", MEDICAL],
    // "the hospital's medical superintendent", "medical personnel": doctors and their staff.
    ["medical superintendent|director|officer|staff|personnel|team|teams", MEDICAL],
    ["rights|aid|humanitarian group|groups|organisation|organization|organisations|organizations|agency|agencies|workers|worker", NGO],
    ["ngo|ngos|charity|monitor|watchdog", NGO],
    // "a local activist group", "a community group": civil society, never the armed "group" named before.
    ["activist|activists|civic|community|youth group|groups|network|networks|collective|committee|committees|coalition", COMMITTEE],
    // "an advocacy group", "a doctors' group", "a lawyers' network": organisations that watch and count, and professions organised.
    ["advocacy|campaign|monitoring group|groups|network|networks|organisation|organization", NGO],
    ["doctors|physicians|lawyers|teachers|journalists ' group|groups|network|union|association|syndicate", NGO],
    ["humanitarian sources|source", NGO],
    ["social media", SOCIAL],
    // "Local media reported", "media reports": outlets the article does not name.
    ["local|independent|national|regional|pro-government|opposition media|press|outlets|newspapers", speaker("media", "local-media")],
    ["media reports", speaker("media", "local-media")],
    ["state|state-run|government-run|official news? media|television|tv|radio|broadcaster|agency", speaker("media", "state-media")],
    // "the Portuguese news agency Lusa", "the private broadcaster X": an outlet by the name after its noun.
    ["news agency|channel|website|outlet", speaker("media", "named-outlet")],
    ["broadcaster|newspaper|daily", speaker("media", "named-outlet")],
    ["spokesman|spokeswoman|spokesperson|spokesmen|representative|leader|commander|emir|chief", SPOKESPERSON],
    // "a separatist commander", "a notorious bandit leader", "a rebel spokesman": a voice of a side named by its men.
    [
      "separatist|secessionist|bandit|jihadist|rebel|insurgent commander|commanders|leader|leaders|chief|chiefs|spokesman|spokeswoman|spokesperson|kingpin",
      SIDE_VOICE,
    ],
    // "the chairman of the local council", "the coordinator of the civil society group": who heads a body speaks as that body.
    ["chairman|chairwoman|chairperson|coordinator", SPOKESPERSON],
    // "X, head of the government's executive unit for displacement camps": who heads a body, never "shot in the head".
    ["head|director", SPOKESPERSON],
    ["statement|statements|communique|claim|video|message|propaganda|channels|channel|outlet|text|document", STATEMENT],
    ["jihadist|islamist|armed|militant|rebel|insurgent|terrorist|terror|extremist|criminal group|groups|movement|coalition|alliance|faction", GROUP],
    ["major|captain|colonel|general|lieutenant|sergeant|brigadier|lt|col|gen|maj|capt|sgt|brig|cpl|corporal", RANK],
    ["group", GROUP],
    ["gang|militia|cartel", GROUP],
    [GROUP_MEMBERS.en.join("|"), GROUP],
    ["militia|vigilante|self-defence|self-defense leader|leaders|commander|member|members|group", LOCAL],
    ["he|she|they|it|him|them", PRONOUN],
    // "one of them said": one of those who just spoke.
    ["one of them|those", SAME_SPEAKER],
  ],
};

/** A named organisation: its names and aliases as they are written, and what it is as a speaker. */
export interface NamedSpeaker {
  readonly names: readonly string[];
  readonly cue: SpeakerCue;
  /** For armed groups and state forces: the actor's kind and, for state forces, the country. */
  readonly actor?: { readonly kind: "armed-group" | "state" | "foreign-force" | "militia"; readonly country?: string; readonly partOf?: string };
}

const outlet = (...names: string[]): NamedSpeaker => ({ names, cue: speaker("media", "outlet") });
const international = (...names: string[]): NamedSpeaker => ({ names, cue: speaker("international", "international") });
const ngo = (...names: string[]): NamedSpeaker => ({ names, cue: speaker("ngo", "ngo") });
/** A rescue service known by its name (Pakistan's "Rescue 1122", Syria's "White Helmets"): rescuers on the spot, a local source. */
const rescue = (...names: string[]): NamedSpeaker => ({ names, cue: speaker("local", "rescue") });
const armedGroup = (names: string[], partOf?: string): NamedSpeaker => ({
  names,
  cue: speaker("party", "group", { side: "group" }),
  actor: { kind: "armed-group", ...(partOf ? { partOf } : {}) },
});
const forces = (country: string, ...names: string[]): NamedSpeaker => ({ names, cue: ARMY, actor: { kind: "state", country } });
/** A militia that fights beside a state (the CJTF, the PMF): a side of its own, speaking as a party. */
const militia = (names: string[]): NamedSpeaker => ({ names, cue: speaker("party", "group", { side: "group" }), actor: { kind: "militia" } });
/** A country's police force by its name (« la Police nationale d'Haïti », "the Haitian National Police"): the state's police. */
const policeForce = (country: string, ...names: string[]): NamedSpeaker => ({ names, cue: POLICE, actor: { kind: "state", country } });
const foreign = (...names: string[]): NamedSpeaker => ({ names, cue: speaker("party", "group", { side: "group" }), actor: { kind: "foreign-force" } });

/**
 * Organisations named often enough in conflict reporting to be known by
 * name: news outlets, international bodies, rights groups, armed groups and
 * the acronyms of state forces. A name absent from this list is still read
 * when the article gives it with an acronym in brackets (« le Cadre
 * stratégique permanent (CSP) ») or as a capitalised name beside a speaker
 * noun; the list only spares the drafter a guess.
 */
export const NAMED: readonly NamedSpeaker[] = [
  outlet("RFI", "Radio France Internationale"),
  outlet("AFP", "Agence France-Presse", "Agence France Presse"),
  outlet("Reuters"),
  outlet("AP", "Associated Press", "The Associated Press"),
  outlet("BBC", "BBC News", "BBC Afrique"),
  outlet("Al Jazeera"),
  outlet("France 24"),
  outlet("Le Monde"),
  outlet("Jeune Afrique"),
  outlet("CNN"),
  outlet("The New York Times", "New York Times"),
  outlet("The Washington Post", "Washington Post"),
  outlet("The Guardian"),
  outlet("Anadolu", "Anadolu Agency", "Anadolu Ajansı"),
  outlet("Xinhua"),
  outlet("TASS"),
  outlet("RIA Novosti"),
  outlet("DPA"),
  outlet("EFE"),
  outlet("Bloomberg"),
  outlet("Deutsche Welle", "DW"),
  outlet("Voice of America", "VOA", "VOA Afrique"),
  outlet("ORTM"),
  outlet("Studio Tamani"),
  outlet("Radio Okapi"),
  outlet("Radio Dabanga"),
  outlet("Sudan Tribune"),
  outlet("Premium Times"),
  outlet("Garowe Online"),
  outlet("Kyiv Independent", "The Kyiv Independent"),
  outlet("Le Figaro"),
  outlet("Libération"),
  outlet("APA", "Agence de presse africaine"),
  outlet("Arab News"),
  outlet("The Hindu"),
  outlet("Hindustan Times"),
  outlet("Dawn"),
  outlet("Kabul Now"),
  outlet("TOLOnews"),
  outlet("Myanmar Now"),
  outlet("The Irrawaddy", "Irrawaddy"),
  outlet("HumAngle"),
  outlet("Daily Trust"),
  outlet("The Punch", "Punch"),
  outlet("Hiiraan Online"),
  outlet("Radio Tamazuj"),
  outlet("TV5Monde", "TV5MONDE", "TV5"),
  outlet("Sahelien.com", "Sahelien"),
  outlet("Le Point"),
  outlet("Actualité.cd", "Actualite.cd"),
  outlet("Le Nouvelliste"),
  outlet("ActuNiger"),
  outlet("Lefaso.net"),
  outlet("Agence d'information du Burkina", "AIB"),
  outlet("Rudaw", "Rudaw English"),
  outlet("Ukrinform"),
  outlet("Zitamar News", "Zitamar"),
  outlet("Daily Monitor"),
  outlet("Capital FM", "Capital FM News"),
  outlet("Daily Nation"),
  outlet("Tchadinfos"),
  outlet("Alwihda Info"),
  outlet("Radio Ndeke Luka"),
  outlet("Corbeau News Centrafrique", "CNC"),
  outlet("MindaNews"),
  outlet("Philippine Daily Inquirer", "Inquirer"),
  outlet("Amu TV"),
  outlet("Mimi Mefo Info", "MMI"),
  international("ONU", "Nations unies", "United Nations", "UN", "U.N."),
  international("Mission de l'ONU", "Mission des Nations unies", "UN mission", "U.N. mission", "United Nations mission", "Mission de stabilisation"),
  international("MINUSMA"),
  international("MINUSCA", "Minusca", "Mission de l'ONU en Centrafrique"),
  international("AMISOM", "ATMIS"),
  international("UNIFIL", "FINUL"),
  international("MONUSCO"),
  international("UNMISS"),
  international("OCHA"),
  international("HCR", "UNHCR"),
  international("UNICEF"),
  international("OIM", "IOM"),
  international("OMS"),
  international("CEDEAO", "ECOWAS"),
  international("Union africaine", "African Union"),
  international("Union européenne", "European Union"),
  international("CICR", "ICRC", "Comité international de la Croix-Rouge", "International Committee of the Red Cross"),
  ngo("Human Rights Watch", "HRW"),
  ngo("Amnesty International", "Amnesty"),
  ngo("Médecins sans frontières", "MSF", "Doctors Without Borders"),
  ngo("ACLED", "Armed Conflict Location and Event Data Project"),
  ngo("Croix-Rouge", "Red Cross", "Croissant-Rouge", "Red Crescent"),
  rescue("Rescue 1122"),
  rescue("White Helmets", "Casques blancs"),
  ngo("Edhi Foundation", "Fondation Edhi"),
  ngo("Observatoire syrien des droits de l'homme", "Syrian Observatory for Human Rights", "OSDH", "SOHR"),
  armedGroup(
    [
      "JNIM",
      "Jnim",
      "GSIM",
      "Groupe de soutien à l'islam et aux musulmans",
      "Jama'at Nasr al-Islam wal Muslimin",
      "Jama'a Nusrat ul-Islam wa al-Muslimin",
      "Jamaat Nusrat al-Islam wal-Muslimin",
    ],
    "al-Qaïda",
  ),
  armedGroup(["al-Qaïda", "al-Qaida", "Al-Qaïda", "al-Qaeda", "Al Qaeda"]),
  armedGroup(["AQMI", "Al-Qaïda au Maghreb islamique", "AQIM", "al-Qaeda in the Islamic Maghreb"], "al-Qaïda"),
  armedGroup(["État islamique", "Etat islamique", "Islamic State", "EI", "IS", "ISIS", "ISIL", "Daech", "Daesh"]),
  armedGroup(
    [
      "EIGS",
      "État islamique au Grand Sahara",
      "ISGS",
      "Islamic State in the Greater Sahara",
      "État islamique au Sahel",
      "EIS",
      "Islamic State Sahel Province",
      "ISSP",
    ],
    "État islamique",
  ),
  armedGroup(["ISMP", "Islamic State Mozambique Province", "Islamic State's Mozambique Province", "État islamique au Mozambique"], "État islamique"),
  armedGroup(["ISCAP", "Islamic State Central Africa Province", "Islamic State's Central Africa Province"], "État islamique"),
  armedGroup(
    ["ISWAP", "Islamic State's West Africa Province", "État islamique en Afrique de l'Ouest", "Islamic State West Africa Province", "Iswap"],
    "État islamique",
  ),
  armedGroup(["Boko Haram", "JAS"]),
  armedGroup(["Ansarul Islam", "Ansaroul Islam"]),
  armedGroup(["al-Shabaab", "al-Shabab", "Shebab", "shebab", "Shabaab", "Harakat al-Shabaab al-Mujahideen"], "al-Qaïda"),
  armedGroup(["M23", "Mouvement du 23 mars", "March 23 Movement"]),
  armedGroup(["ADF", "Forces démocratiques alliées", "Allied Democratic Forces"], "État islamique"),
  armedGroup(["CODECO"]),
  armedGroup(["FSR", "RSF", "Forces de soutien rapide", "Rapid Support Forces"]),
  armedGroup(["CSP", "Cadre stratégique permanent", "CSP-DPA"]),
  armedGroup(["FLA", "Front de libération de l'Azawad", "Azawad Liberation Front"]),
  armedGroup(["CMA", "Coordination des mouvements de l'Azawad"]),
  armedGroup(["Hamas"]),
  armedGroup(["Hezbollah", "Hizbollah"]),
  armedGroup(["Houthis", "Houthi", "Ansar Allah"]),
  armedGroup(["AQAP", "AQPA", "Al-Qaeda in the Arabian Peninsula", "al-Qaeda in the Arabian Peninsula", "Al-Qaïda dans la péninsule Arabique"], "al-Qaïda"),
  armedGroup(["ISKP", "ISIS-K", "Islamic State Khorasan Province", "Islamic State Khorasan", "État islamique au Khorassan"], "État islamique"),
  armedGroup(["NRF", "National Resistance Front", "Front national de résistance"]),
  armedGroup(["OLA", "Oromo Liberation Army", "Armée de libération oromo"]),
  armedGroup(["Fano"]),
  armedGroup(["TPLF", "Tigray People's Liberation Front"]),
  armedGroup(["PDF", "People's Defence Force", "People's Defense Force", "People's Defence Forces", "Forces de défense du peuple"]),
  armedGroup(["Arakan Army"]),
  armedGroup(["TNLA", "Ta'ang National Liberation Army"]),
  armedGroup(["KIA", "Kachin Independence Army"]),
  armedGroup(["Maoists", "Maoist", "CPI (Maoist)", "maoïstes", "Maoïstes"]),
  armedGroup(["ELN", "National Liberation Army", "Armée de libération nationale"]),
  armedGroup(["EMC", "Estado Mayor Central", "FARC dissidents"]),
  armedGroup(["Ansaru"]),
  armedGroup(["Lakurawa"]),
  armedGroup(["Ansar al-Sunna", "Ahlu Sunna Wal Jammah"], "État islamique"),
  armedGroup(["FDLR", "Forces démocratiques de libération du Rwanda"]),
  armedGroup(["RED-Tabara"]),
  armedGroup(["Twirwaneho"]),
  armedGroup(["Mobondo"]),
  armedGroup(["Wazalendo"]),
  armedGroup(["Maï-Maï", "Mai-Mai", "Maï-Maï", "Mayi-Mayi"]),
  armedGroup(["UPC", "Unité pour la paix en Centrafrique"]),
  armedGroup(["anti-balaka", "Anti-balaka"]),
  armedGroup(["Viv Ansanm"]),
  armedGroup(["Gran Grif"]),
  armedGroup(["400 Mawozo"]),
  armedGroup(["PIJ", "Islamic Jihad", "Jihad islamique"]),
  // Insurgencies of regions the first lists missed: Peru, the Philippines, Pakistan and Iran's Baluch provinces, Papua, Casamance, Djibouti, Tunisia.
  armedGroup(["Shining Path", "Sendero Luminoso", "Sentier lumineux", "MPCP", "Militarized Communist Party of Peru"]),
  armedGroup(["NPA", "New People's Army", "Nouvelle Armée du peuple"]),
  armedGroup(["Abu Sayyaf", "Abu Sayyaf Group"]),
  armedGroup(["BIFF", "Bangsamoro Islamic Freedom Fighters"]),
  // Pakistan's military calls the BLA « Fitna al-Hindustan ».
  armedGroup(["BLA", "Balochistan Liberation Army", "Baloch Liberation Army", "Armée de libération du Baloutchistan", "Fitna al-Hindustan"]),
  armedGroup(["Jaish al-Adl"]),
  armedGroup(["TPNPB", "West Papua National Liberation Army", "OPM", "Free Papua Movement"]),
  armedGroup(["MFDC", "Mouvement des forces démocratiques de Casamance"]),
  armedGroup(["FRUD", "Front pour la restauration de l'unité et de la démocratie"]),
  armedGroup(["Okba Ibn Nafaa", "Okba Ibn Nafaâ", "Uqba ibn Nafi"]),
  armedGroup(["Jund al-Khilafa"], "État islamique"),
  // Militias that fight beside a state, named as sides of their own.
  militia(["CJTF", "Civilian Joint Task Force"]),
  militia(["Macawisley", "Ma'awisley"]),
  militia(["Security Belt", "Security Belt forces"]),
  militia(["PMF", "Popular Mobilisation Forces", "Popular Mobilization Forces", "Hashd al-Shaabi", "Unités de mobilisation populaire"]),
  armedGroup(["Taliban", "talibans"]),
  // Pakistan's military calls the TTP « Fitna al-Khawarij ».
  armedGroup(["TTP", "Tehrik-i-Taliban Pakistan", "Tehreek-i-Taliban Pakistan", "Tehrik-e-Taliban Pakistan", "Fitna al-Khawarij"]),
  armedGroup(["PKK"]),
  armedGroup(["HTS", "Hayat Tahrir al-Sham"]),
  armedGroup(["Katiba Macina", "katiba Macina"], "JNIM"),
  armedGroup(["Katiba Serma"], "JNIM"),
  armedGroup(["Ansar Dine"]),
  armedGroup(["FLM", "Front de libération du Macina"]),
  armedGroup(["Volontaires pour la défense de la patrie", "VDP"]),
  armedGroup(["Dozos", "dozos", "Dan Na Ambassagou"]),
  armedGroup(["Ambazonia Defence Forces", "ADF séparatistes"]),
  armedGroup(["CPC", "Coalition des patriotes pour le changement"]),
  armedGroup(["3R", "Retour, réclamation et réhabilitation"]),
  foreign("Wagner", "Groupe Wagner", "Wagner Group", "Africa Corps"),
  forces("mali", "FAMa", "Fama", "Famas", "Forces armées maliennes", "Malian Armed Forces"),
  forces("burkina-faso", "Forces armées burkinabè", "FDS burkinabè"),
  forces("niger", "Forces armées nigériennes", "FAN"),
  forces("chad", "ANT", "Armée nationale tchadienne"),
  forces("drc", "FARDC", "Forces armées de la RDC", "Forces armées de la République démocratique du Congo"),
  forces("sudan", "SAF", "FAS", "Forces armées soudanaises", "Sudanese Armed Forces"),
  forces("somalia", "SNA", "Somali National Army", "Armée nationale somalienne"),
  forces("israel", "IDF", "Tsahal", "Israel Defense Forces", "Forces de défense israéliennes"),
  forces("ukraine", "ZSU", "Ukrainian Armed Forces", "Forces armées ukrainiennes"),
  forces("nigeria", "Nigerian Army", "NAF", "Nigerian Air Force"),
  policeForce("haiti", "PNH", "Police nationale d'Haïti", "Haitian National Police", "HNP"),
  policeForce("colombia", "Policía Nacional", "Colombian National Police"),
  // Pakistan's military speaks through its media wing, the ISPR.
  forces("pakistan", "ISPR", "Inter-Services Public Relations", "Frontier Corps"),
  // India's paramilitary forces, which wire reports name without the country.
  forces("india", "Assam Rifles", "Rashtriya Rifles", "CRPF", "Central Reserve Police Force", "BSF", "Border Security Force"),
  forces(
    "united-states",
    "U.S. military",
    "US military",
    "U.S. forces",
    "US forces",
    "AFRICOM",
    "U.S. Africa Command",
    "US Africa Command",
    "Pentagon",
    "CENTCOM",
  ),
];

/** A country as its demonyms name it, and the forces that speak for it. */
export interface Country {
  readonly id: string;
  readonly names: Record<LexiconLanguage, readonly string[]>;
  /** Folded adjectives, every gender and number. */
  readonly demonyms: Record<LexiconLanguage, readonly string[]>;
}

const country = (id: string, fr: string, en: string, frAdjectives: string, enAdjectives: string): Country => ({
  id,
  names: { fr: fr.split(","), en: en.split(",") },
  demonyms: { fr: frAdjectives.split(","), en: enAdjectives.split(",") },
});

/** The countries whose forces the drafter names by their demonym (« l'armée malienne », "the Nigerian military"). */
export const COUNTRIES: readonly Country[] = [
  country("mali", "mali", "mali", "malien,malienne,maliens,maliennes", "malian,malians"),
  country("burkina-faso", "burkina,burkina faso", "burkina,burkina faso", "burkinabe,burkinabes", "burkinabe,burkinabes"),
  country("niger", "niger", "niger", "nigerien,nigerienne,nigeriens,nigeriennes", "nigerien,nigeriens"),
  country("nigeria", "nigeria", "nigeria", "nigerian,nigeriane,nigerians,nigerianes", "nigerian,nigerians"),
  country("chad", "tchad", "chad", "tchadien,tchadienne,tchadiens,tchadiennes", "chadian,chadians"),
  country("cameroon", "cameroun", "cameroon", "camerounais,camerounaise,camerounaises", "cameroonian,cameroonians"),
  country("benin", "benin", "benin", "beninois,beninoise,beninoises", "beninese"),
  country("togo", "togo", "togo", "togolais,togolaise,togolaises", "togolese"),
  country("ivory-coast", "cote d'ivoire", "ivory coast,cote d'ivoire", "ivoirien,ivoirienne,ivoiriens,ivoiriennes", "ivorian,ivorians"),
  country("mauritania", "mauritanie", "mauritania", "mauritanien,mauritanienne,mauritaniens,mauritaniennes", "mauritanian,mauritanians"),
  country("senegal", "senegal", "senegal", "senegalais,senegalaise,senegalaises", "senegalese"),
  country("algeria", "algerie", "algeria", "algerien,algerienne,algeriens,algeriennes", "algerian,algerians"),
  country("libya", "libye", "libya", "libyen,libyenne,libyens,libyennes", "libyan,libyans"),
  country("sudan", "soudan", "sudan", "soudanais,soudanaise,soudanaises", "sudanese"),
  country("south-sudan", "soudan du sud", "south sudan", "sud-soudanais,sud-soudanaise", "south sudanese"),
  country("somalia", "somalie", "somalia", "somalien,somalienne,somaliens,somaliennes", "somali,somalis"),
  country("ethiopia", "ethiopie", "ethiopia", "ethiopien,ethiopienne,ethiopiens,ethiopiennes", "ethiopian,ethiopians"),
  country("kenya", "kenya", "kenya", "kenyan,kenyane,kenyans,kenyanes", "kenyan,kenyans"),
  country("drc", "rdc,congo", "drc,congo", "congolais,congolaise,congolaises", "congolese"),
  country(
    "central-african-republic",
    "centrafrique",
    "central african republic",
    "centrafricain,centrafricaine,centrafricains,centrafricaines",
    "central african",
  ),
  country("mozambique", "mozambique", "mozambique", "mozambicain,mozambicaine,mozambicains,mozambicaines", "mozambican,mozambicans"),
  country("ukraine", "ukraine", "ukraine", "ukrainien,ukrainienne,ukrainiens,ukrainiennes", "ukrainian,ukrainians"),
  country("russia", "russie", "russia", "russe,russes", "russian,russians"),
  country("israel", "israel", "israel", "israelien,israelienne,israeliens,israeliennes", "israeli,israelis"),
  country("syria", "syrie", "syria", "syrien,syrienne,syriens,syriennes", "syrian,syrians"),
  country("iraq", "irak", "iraq", "irakien,irakienne,irakiens,irakiennes", "iraqi,iraqis"),
  country("yemen", "yemen", "yemen", "yemenite,yemenites", "yemeni,yemenis"),
  country("afghanistan", "afghanistan", "afghanistan", "afghan,afghane,afghans,afghanes", "afghan,afghans"),
  country("pakistan", "pakistan", "pakistan", "pakistanais,pakistanaise,pakistanaises", "pakistani,pakistanis"),
  country("france", "france", "france", "francais,francaise,francaises", "french"),
  country("united-states", "etats-unis", "united states,us", "americain,americaine,americains,americaines", "american,americans,us,u.s."),
  country("turkey", "turquie", "turkey", "turc,turque,turcs,turques", "turkish"),
  country("lebanon", "liban", "lebanon", "libanais,libanaise,libanaises", "lebanese"),
  country("myanmar", "birmanie,myanmar", "myanmar,burma", "birman,birmane,birmans,birmanes", "burmese"),
  country("colombia", "colombie", "colombia", "colombien,colombienne,colombiens,colombiennes", "colombian,colombians"),
  country("mexico", "mexique", "mexico", "mexicain,mexicaine,mexicains,mexicaines", "mexican,mexicans"),
  country("philippines", "philippines", "philippines", "philippin,philippine,philippins,philippines", "filipino,philippine"),
  country("india", "inde", "india", "indien,indienne,indiens,indiennes", "indian"),
  country("burundi", "burundi", "burundi", "burundais,burundaise,burundaises", "burundian,burundians"),
  country("rwanda", "rwanda", "rwanda", "rwandais,rwandaise,rwandaises", "rwandan,rwandans"),
  country("uganda", "ouganda", "uganda", "ougandais,ougandaise,ougandaises", "ugandan,ugandans"),
  country("tanzania", "tanzanie", "tanzania", "tanzanien,tanzanienne,tanzaniens,tanzaniennes", "tanzanian,tanzanians"),
  country("guinea", "guinee", "guinea", "guineen,guineenne,guineens,guineennes", "guinean,guineans"),
  country("ghana", "ghana", "ghana", "ghaneen,ghaneenne,ghaneens,ghaneennes", "ghanaian,ghanaians"),
  country("egypt", "egypte", "egypt", "egyptien,egyptienne,egyptiens,egyptiennes", "egyptian,egyptians"),
  country("tunisia", "tunisie", "tunisia", "tunisien,tunisienne,tunisiens,tunisiennes", "tunisian,tunisians"),
  country("iran", "iran", "iran", "iranien,iranienne,iraniens,iraniennes", "iranian,iranians"),
  country("haiti", "haiti", "haiti", "haitien,haitienne,haitiens,haitiennes", "haitian,haitians"),
  country("ecuador", "equateur", "ecuador", "equatorien,equatorienne,equatoriens,equatoriennes", "ecuadorian,ecuadorians"),
  country("venezuela", "venezuela", "venezuela", "venezuelien,venezuelienne,venezueliens,venezueliennes", "venezuelan,venezuelans"),
  country("indonesia", "indonesie", "indonesia", "indonesien,indonesienne,indonesiens,indonesiennes", "indonesian,indonesians"),
  country("thailand", "thailande", "thailand", "thailandais,thailandaise,thailandaises", "thai"),
  country("bangladesh", "bangladesh", "bangladesh", "bangladais,bangladaise,bangladaises", "bangladeshi,bangladeshis"),
  country("saudi-arabia", "arabie saoudite", "saudi arabia", "saoudien,saoudienne,saoudiens,saoudiennes", "saudi,saudis"),
];

/** The countries by their folded names, per language (« mali », "burkina faso"). */
export const countryNameIndex = perLanguage((lang) => {
  const index = new Map<string, Country>();
  for (const c of COUNTRIES) for (const n of c.names[lang]) index.set(n, c);
  return index;
});
