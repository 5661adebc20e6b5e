import { describe, expect, it } from "vitest";
import { readPhrase, type PhraseReading } from "../../src/index.js";

/**
 * A reading in one line per candidate: `facet=value`, `facet!=value` when
 * the words deny it, `facet` alone when they give no value; the hedge last
 * as `~hedge`.
 */
function summary(reading: PhraseReading): string[] {
  const lines = reading.candidates.map((c) => {
    const value = c.value === undefined ? "" : typeof c.value === "string" ? c.value : JSON.stringify(c.value);
    return `${c.facet}${c.value === undefined ? "" : c.not ? "!=" : "="}${value}`;
  });
  return reading.hedge ? [...lines, `~${reading.hedge.hedge}`] : lines;
}

type Case = readonly [text: string, expected: readonly string[]];

/** Every count, outcome, means, hedge and refusal phrase of the five seed articles. */
const SEED_PHRASES: readonly Case[] = [
  // Ber and Tombouctou, 6 October 2024.
  ["ont repoussé avec succès plusieurs attaques coordonnées", ["control=repelled"]],
  ["des tirs d’obus dirigés contre Tombouctou", ['means=["shelling"]']],
  ["les assaillants, armés de fusils et de machettes", ['means=["small-arms"]']],
  ["des hommes armés de kalachnikovs", ['means=["small-arms"]']],
  ["D’après l’État-major général des Armées", ["~reported"]],
  ["a permis de neutraliser plusieurs assaillants", ['neutralized={"min":2,"max":9}']],
  ["de détruire leur logistique", ["destroyed"]],
  ["de saisir d’importantes quantités de drogues, d’armes lourdes, de munitions", ["seized"]],
  ["en utilisant des armes lourdes et des obus", ['means=["heavy-weapons","shelling"]']],
  ["pour repousser les assaillants", ["control=repelled"]],
  ["Une intervention rapide des forces aériennes a permis de détruire ces véhicules", ["destroyed", 'means=["airstrike"]'].sort()],
  ["selon le communiqué de l’État-major", ["~reported"]],
  ["avant d’être reprise par les FAMa le 13 août 2023", ["control=retaken"]],
  ["suite au retrait de la Mission multidimensionnelle", ["control=withdrew"]],
  ["Le groupe jihadiste a revendiqué l’attaque", ["~claimed"]],
  ["affirmant avoir utilisé trois véhicules piégés", ['means=["vbied"]', "~claimed"]],
  ["dévoilant l’identité de trois kamikazes", ['means=["suicide-attack"]']],
  // Léré, the CSP's withdrawal.
  [
    "Ce retrait stratégique, selon les déclarations d'un porte-parole du CSP, viserait à éviter les bombardements",
    ["control=withdrew", 'means=["shelling"]', "~unconfirmed"],
  ],
  ["prenant notamment le contrôle du camp militaire", ["control=captured"]],
  ["Ils ont finalement dû se retirer", ["control=withdrew"]],
  ["avaient tenté de prendre l'avantage à l'aide de véhicules piégés", ['means=["vbied"]']],
  ["pour repousser cette menace", ["control=repelled"]],
  ["10 soldats maliens tués et 46 rebelles neutralisés", ["killed=10", "neutralized=46"]],
  // Goundam and Gourma-Rharous, AQMI.
  ["aboutissant à la destruction d’un véhicule et d’un dépôt logistique", ["destroyed=1"]],
  ["un pick-up dissimulé a été identifié et neutralisé", ["neutralized=1"]],
  ["a permis de localiser et de détruire un important dépôt logistique", ["destroyed"]],
  ["Selon l’état-major, ces récentes frappes visent à assécher les sources de financement", ["~reported"]],
  // Bamako, 17 September 2024.
  ["Le gouvernement malien a annoncé avoir repoussé une attaque insurgée", ["control=repelled"]],
  ["provoquant des échanges de tirs", ['means=["small-arms"]']],
  ["le gouvernement malien affirme avoir repris le contrôle de la situation", ["control=retaken", "~claimed"]],
  ["un homme soupçonné d’être un insurgé a été brûlé vif", ["killed=1"]],
  // Niafunké and Goundam, 24 November 2023.
  ["Le groupe djihadiste, le Jnim, revendique des attaques contre l’armée", ["~claimed"]],
  ["qui ont fait plusieurs dizaines de morts", ['killed={"min":20,"max":99}']],
  ["assure pour sa part avoir fini par repousser les assaillants", ["control=repelled", "~claimed"]],
  ["a d’abord été frappé par un véhicule kamikaze", ['means=["vbied","suicide-attack"]']],
  ["Les jihadistes affirment avoir ensuite « pris le contrôle du camp »", ["control=captured", "~claimed"]],
  ["un bilan de plusieurs dizaines de soldats maliens tués et deux faits prisonniers", ['killed={"min":20,"max":99}', "captured-persons=2"]],
  ["l’attaque kamikaze filmée par drone", ['means=["suicide-attack"]']],
  ["Cinq voitures, des armes lourdes et des équipements militaires auraient également été pillés", ["looted=5", "~unconfirmed"]],
  ["revendique avoir tiré des obus de mortier 120 mm contre le camp militaire de Goundam", ['means=["mortar"]', "~claimed"]],
  ["un bilan approximatif d’une cinquantaine de soldats maliens tués à Niafunké", ['killed={"approx":50,"tolerance":5}']],
  ["Aucune information sur les conséquences des tirs à Goundam n’a été fournie", ["killed=withheld"]],
  ["l’armée malienne n’a pas souhaité apporter de précisions ni de bilan", ["killed=withheld"]],
  ["reconnaît avoir subi des « tirs d’obus »", ['means=["shelling"]']],
  ["Après avoir « tenté d’occuper en vain ces emprises »", ["control!=captured"]],
  ["les assaillants auraient été « repoussés » et « mis en déroute. »", ["control=repelled", "control=repelled", "~unconfirmed"]],
  ["après la prise de contrôle de Kidal", ["control=captured"]],
];

const FRENCH: readonly Case[] = [
  ["Il dit ne pas être en mesure de préciser le nombre de personnes portées disparues", ["missing=unknown"]],
  ["Des centaines de personnes ont manifesté avec les corps des victimes", []],
  ["repoussés", ["control=repelled"]],
  ["mis en déroute", ["control=repelled"]],
  ["ont riposté et « mis en fuite » les assaillants", ["control=repelled"]],
  ["tenté d'occuper en vain", ["control!=captured"]],
  ["pris le contrôle du camp", ["control=captured"]],
  ["s'emparer de la ville", ["control=captured"]],
  ["se sont emparés du camp", ["control=captured"]],
  ["la ville est tombée aux mains des rebelles", ["control=captured"]],
  ["se retirer", ["control=withdrew"]],
  ["repli", ["control=withdrew"]],
  ["ont abandonné leurs positions", ["control=withdrew"]],
  ["les soldats ont évacué le camp", ["control=withdrew"]],
  ["Elle assure avoir éliminé plusieurs d'entre eux", ['killed={"min":2,"max":9}', "~claimed"]],
  ["les blessés ont été transportés, il a fait état de 28 morts", ["wounded", "killed=28"]],
  ["J'ai aidé à sortir au moins dix corps", ['killed={"atLeast":10}']],
  ["une quarantaine de blessés ont été évacués", ['wounded={"approx":40,"tolerance":5}']],
  ["repris", ["control=retaken"]],
  ["la reprise des combats", []],
  ["gardent le contrôle de la ville", ["control=held"]],
  ["n'ont pas été repoussés", ["control!=repelled"]],
  ["ne sont pas parvenus à prendre le camp", ["control!=captured"]],
  ["ont échoué à prendre le camp", ["control!=captured"]],
  ["neutralisés", ["neutralized"]],
  ["une trentaine de terroristes neutralisés", ['neutralized={"approx":30,"tolerance":5}']],
  ["tués", ["killed"]],
  ["12 morts", ["killed=12"]],
  ["ont tué 12 soldats et blessé 30 autres", ["killed=12", "wounded=30"]],
  ["trois blessés", ["wounded=3"]],
  ["deux faits prisonniers", ["captured-persons=2"]],
  ["cinq otages", ["captured-persons=5"]],
  ["quatre soldats portés disparus", ["missing=4"]],
  ["disparus", ["missing"]],
  ["pillés", ["looted"]],
  ["saisis", ["seized"]],
  ["détruits", ["destroyed"]],
  ["deux véhicules détruits", ["destroyed=2"]],
  ["aucun soldat n'a été tué", ["killed=0"]],
  ["personne n'a été blessé", ["wounded=0"]],
  ["ils n'ont pas été tués", ["killed=0"]],
  ["au moins 12 tués", ['killed={"atLeast":12}']],
  ["véhicule kamikaze", ['means=["vbied","suicide-attack"]']],
  ["véhicules piégés", ['means=["vbied"]']],
  ["obus", ['means=["shelling"]']],
  ["mortier", ['means=["mortar"]']],
  ["frappes aériennes", ['means=["airstrike"]']],
  ["une frappe de drone", ['means=["drone"]']],
  ["drone", ['means=["drone"]']],
  ["des roquettes", ['means=["rocket"]']],
  ["un engin explosif improvisé", ['means=["ied"]']],
  ["une embuscade", ['means=["ambush"]']],
  ["auraient été pillés", ["looted", "~unconfirmed"]],
  ["aurait", ["~unconfirmed"]],
  ["serait tombé", ["~unconfirmed"]],
  ["les rebelles contrôleraient la ville", ["~unconfirmed"]],
  ["les soldats opéraient dans la zone", []],
  ["selon des sources locales", ["~reported"]],
  ["d'après l'armée", ["~reported"]],
  ["affirme", ["~claimed"]],
  ["assure que", ["~claimed"]],
  ["revendique", ["~claimed"]],
  ["prétend", ["~claimed"]],
  ["selon l'armée, les assaillants auraient été repoussés", ["control=repelled", "~unconfirmed"]],
  ["n'a pas souhaité apporter de précisions ni de bilan", ["killed=withheld"]],
  ["aucun bilan n'a été communiqué", ["killed=withheld"]],
  ["n'a pas communiqué de bilan", ["killed=withheld"]],
  ["a refusé de donner un bilan", ["killed=withheld"]],
  ["l'armée n'a pas donné le nombre de blessés", ["wounded=withheld"]],
  ["bilan inconnu", ["killed=unknown"]],
  ["le bilan n'est pas encore connu", ["killed=unknown"]],
  ["on ignore le nombre de morts", ["killed=unknown"]],
  // Unable to tell how many: the negation denies the telling, never the count (no zero).
  ["ne pas pouvoir dire combien d'autres blessés se cachent encore", ["wounded=unknown"]],
  ["n'a pas pu préciser combien de personnes ont été tuées", ["killed=unknown"]],
  // Not knowing how many were taken or cannot be found: of that count, never the dead.
  ["Il dit ignorer combien de personnes sont toujours aux mains des ravisseurs", ["captured-persons=unknown"]],
  ["Il est encore impossible de dire combien de personnes ont été enlevées", ["captured-persons=unknown"]],
  ["L'élu reconnaît ne pas savoir combien de bergers sont toujours introuvables", ["missing=unknown"]],
  ["il est difficile de donner un bilan des personnes disparues", ["missing=unknown"]],
  // The loss of men is their death.
  ["Il reconnaît la perte de neuf de ses combattants", ["killed=9"]],
  ["« Nous ne pouvons pas encore dire combien de personnes sont portées disparues »", ["missing=unknown"]],
  ["il n'y a pas eu de blessés", ["wounded=0"]],
  ["REPOUSSES", ["control=repelled"]],
  ["tues", ["killed"]],
  ["Ils tiraient sur tout ce qui bougeait", ['means=["small-arms"]']],
  ["des coups de feu ont retenti", ['means=["small-arms"]']],
  ["la patrouille a sauté sur une mine", ['means=["ied"]']],
  ["des tirs de roquettes", ['means=["rocket"]']],
  ["des dizaines de douilles ramassées", ['means=["small-arms"]']],
  // An idiom inside a blocker counts no one: the man killed was caught in crossfire, not two.
  ["le civil tué a été pris entre deux feux", ["killed"]],
  // A writer's quotation marks inside the phrase break none of it.
  ["il affirme avoir « pris la brigade »", ["control=captured", "~claimed"]],
  ["les assaillants ont pris le commissariat", ["control=captured"]],
  // Those whose funerals are held are dead.
  ["il a assisté aux obsèques de sept villageois", ["killed=7"]],
  ["les assaillants, venus à bord d'une cinquantaine de pirogues, ont incendié 12 maisons", ["destroyed=12"]],
  // A wounded man who died is counted in the new toll, no longer among the wounded.
  ["dix morts, un blessé ayant succombé samedi", ["killed=10"]],
  // How armies tell their own dead.
  ["il fait état de deux gendarmes ayant payé le prix suprême", ["killed=2"]],
  // A writer's quotation mark between the verb and its count keeps them together.
  ["ont attaqué « une position militaire » et y ont tué « 12 militaires et policiers »", ["killed=12"]],
];

const ENGLISH: readonly Case[] = [
  ["he had officiated at the funerals of seven villagers", ["killed=7"]],
  // The attackers' vehicles are neither seized nor destroyed.
  ["the assailants, who arrived on about 40 motorcycles, set the market ablaze", ["destroyed"]],
  ["the attackers were repelled", ["control=repelled"]],
  ["pushed back the assailants", ["control=repelled"]],
  ["fought off the attack", ["control=repelled"]],
  ["took control of the camp", ["control=captured"]],
  ["seized control of the base", ["control=captured"]],
  ["overran the garrison", ["control=captured"]],
  ["captured the camp", ["control=captured"]],
  ["captured 12 soldiers", ["captured-persons=12"]],
  ["captured", ["control=captured", "captured-persons"]],
  ["failed to capture the camp", ["control!=captured"]],
  ["tried in vain to take the town", ["control!=captured"]],
  ["withdrew", ["control=withdrew"]],
  ["pulled out of the town", ["control=withdrew"]],
  ["retook the town", ["control=retaken"]],
  ["still controls the city", ["control=held"]],
  ["killed", ["killed"]],
  ["as many as 600 killed", ['killed={"atMost":600}']],
  ["dozens of soldiers were killed", ['killed={"min":24,"max":99}']],
  ["a bomb tore through a police van on Tuesday, killing at least seven officers", ['killed={"atLeast":7}']],
  ["killed 12 and wounded 30", ["killed=12", "wounded=30"]],
  ["two soldiers were taken prisoner", ["captured-persons=2"]],
  ["three missing", ["missing=3"]],
  ["looted", ["looted"]],
  ["seized weapons", ["seized"]],
  ["destroyed two vehicles", ["destroyed=2"]],
  ["no one was killed", ["killed=0"]],
  ["were not killed", ["killed=0"]],
  ["a suicide car bomb", ['means=["vbied","suicide-attack"]']],
  ["mortar fire", ['means=["mortar"]']],
  ["shelling", ['means=["shelling"]']],
  ["air strikes", ['means=["airstrike"]']],
  ["a drone strike", ['means=["drone"]']],
  ["an improvised explosive device", ['means=["ied"]']],
  ["an ambush", ['means=["ambush"]']],
  ["reportedly killed 30", ["killed=30", "~reported"]],
  ["according to the army", ["~reported"]],
  ["allegedly looted", ["looted", "~unconfirmed"]],
  ["the group claimed", ["~claimed"]],
  ["claimed responsibility", ["~claimed"]],
  ["declined to give a toll", ["killed=withheld"]],
  ["did not disclose", ["killed=withheld"]],
  ["refused to comment", ["killed=withheld"]],
  ["did not disclose how many soldiers were killed", ["killed=withheld"]],
  ["declined to say whether any suspects had been arrested", []],
  ["refused to say who was behind the attack", []],
  ["declined to say whether any soldiers were wounded", ["wounded=withheld"]],
  ["declined to say whether the attack was linked to the election", []],
  ["Hundreds of people staged a sit-in with the bodies on the road", []],
  ["the toll is not known", ["killed=unknown"]],
  ["an unknown number of", ["killed=unknown"]],
  ["it is unclear how many died", ["killed=unknown"]],
  ["the command could not yet ascertain the number of persons abducted", ["captured-persons=unknown"]],
  ["the number of FC men missing was not yet known", ["missing=unknown"]],
  ['it was "difficult to give a figure" for the people still missing', ["missing=unknown"]],
  // Ignorance of what the sentence names, with no count: nothing unknown.
  ["The cause of the blast was not yet known", []],
  ["the commission was still verifying the number of civilians killed", ["killed=unknown"]],
  ["56 others were taken away by the attackers", ["captured-persons=56"]],
  ["the office said it was still verifying accounts from the villages", []],
  ["They kept firing from the trees", ['means=["small-arms"]']],
  ["they shot at everybody", ['means=["small-arms"]']],
  ["armed with guns and machetes", ['means=["small-arms"]']],
  ["the attackers, armed with assault rifles, belonged to a gang", ['means=["small-arms"]']],
  ["the soldiers seized assault rifles", ["seized"]],
  ["they came with heavy guns", ['means=["heavy-weapons"]']],
  ["investigators collected more than 200 shell casings", ['means=["small-arms"]']],
  ["the fighters seized the base", ["control=captured"]],
  ["the fighters seized the weapons", ["seized"]],
  ['the army had "repulsed" the assault', ["control=repelled"]],
  // A count after a new clause's "that" is that clause's, never the count of a word before it.
  ["19 bodies had been recovered and that three suspects had been arrested", ["killed=19", "seized"]],
  ["three rifles had been recovered", ["seized=3"]],
  // The wounded told by their wounds; those who died of them are no longer wounded.
  ["six people with knife wounds had been admitted", ["wounded=6"]],
  ["12 people were treated for gunshot wounds", ["wounded=12"]],
  ["three of them died of their wounds", []],
];

/** A source that does not answer withholds the figure; the facet is the count named beside it, else the dead. */
const REFUSALS_BY_NOT_ANSWERING: readonly (readonly [text: string, lang: "fr" | "en", expected: readonly string[]])[] = [
  ["n'a pas donné suite", "fr", ["killed=withheld"]],
  ["l'armée n'a pas donné suite à nos sollicitations", "fr", ["killed=withheld"]],
  ["n'a pas encore donné suite à notre demande", "fr", ["killed=withheld"]],
  ["n'a pas répondu à nos sollicitations", "fr", ["killed=withheld"]],
  ["l'état-major n'a pas répondu aux questions de l'AFP", "fr", ["killed=withheld"]],
  ["n'a pas souhaité commenter", "fr", ["killed=withheld"]],
  ["le ministère n'a pas voulu réagir", "fr", ["killed=withheld"]],
  ["l'armée n'a pas donné suite à nos questions sur le nombre de blessés", "fr", ["wounded=withheld"]],
  ["did not respond to a request for comment", "en", ["killed=withheld"]],
  ["The ministry did not immediately respond", "en", ["killed=withheld"]],
  ["did not immediately reply to a request for comment", "en", ["killed=withheld"]],
  ["has not responded to requests for comment", "en", ["killed=withheld"]],
  ["didn't return calls seeking comment", "en", ["killed=withheld"]],
  ["declined to comment on casualties", "en", ["killed=withheld"]],
  ["declined to give a toll", "en", ["killed=withheld"]],
  ["There was no immediate comment from the army", "en", ["killed=withheld"]],
  ["the army did not respond to questions about the number of wounded", "en", ["wounded=withheld"]],
];

/** A source that says it cannot give a figure does not know it: the figure is unknown. */
const ADMITTED_IGNORANCE: readonly (readonly [text: string, lang: "fr" | "en", expected: readonly string[]])[] = [
  ["n'était pas en mesure de donner un bilan", "fr", ["killed=unknown"]],
  ["l'armée n'est pas en mesure de fournir un bilan", "fr", ["killed=unknown"]],
  ["aucun bilan n'était disponible", "fr", ["killed=unknown"]],
  ["aucun bilan n'était encore disponible", "fr", ["killed=unknown"]],
  ["pas de bilan disponible dans l'immédiat", "fr", ["killed=unknown"]],
  ["le bilan n'est pas encore connu", "fr", ["killed=unknown"]],
  ["on ne connaît pas encore le bilan", "fr", ["killed=unknown"]],
  ["le bilan reste à établir", "fr", ["killed=unknown"]],
  ["les autorités étaient dans l'impossibilité de donner un bilan", "fr", ["killed=unknown"]],
  ["could not put a figure on", "en", ["killed=unknown"]],
  ["officials could not put a figure on the number of dead", "en", ["killed=unknown"]],
  ["were still assessing", "en", ["killed=unknown"]],
  ["authorities were still assessing the damage", "en", ["killed=unknown"]],
  // "how many" with nothing named answers a question the sentence before put: which toll it lacks is not in these words.
  ["it was not immediately clear how many", "en", []],
  ["he could not say how many.", "en", []],
  ["Nous ne savons pas combien.", "fr", []],
  // The people led away before it are the count not known.
  ["Des femmes et des enfants ont été emmenés, nous ne savons pas combien", "fr", ["captured-persons=unknown"]],
  ["she could not say how many of the injured were children", "en", ["wounded=unknown"]],
  // Ignorance told with the infinitive, "tell" or "determine", and « manquer à l'appel » / « personnes soignées » as what is not known.
  ["Il dit ignorer combien de blessés ont été évacués vers Maroua.", "fr", ["wounded=unknown"]],
  ["Il dit ignorer le nombre de personnes soignées sur place.", "fr", ["wounded=unknown"]],
  ["sans être en mesure d'en préciser le nombre de blessés", "fr", ["wounded=unknown"]],
  ["Il dit ne pas connaître le nombre de personnes toujours portées disparues.", "fr", ["missing=unknown"]],
  ["L'élu dit ne pas savoir encore combien de personnes manquent à l'appel.", "fr", ["missing=unknown"]],
  ["Il a reconnu ne pas connaître le nombre exact de personnes enlevées, plusieurs familles ayant fui.", "fr", ["captured-persons=unknown"]],
  ["He said he could not tell how many of the wounded had been taken to hospitals.", "en", ["wounded=unknown"]],
  ["The UN said it was not able to confirm the death toll.", "en", ["killed=unknown"]],
  ["Colonel Tesfaye Mengistu did not respond to Addis Standard's phone calls and text messages seeking comment.", "en", ["killed=withheld"]],
  ["He declined to say how many attackers were involved.", "en", []],
  // An order of events is no count: the car burned is one, uncounted.
  ["Residents heard two explosions, one after the other, and the car was burned.", "en", ["destroyed"]],
  ["deux explosions, l'une après l'autre, et la voiture a été incendiée", "fr", ["destroyed"]],
  ["they shot the men one by one", "en", []],
  ["He declined to say how many soldiers had been guarding the site.", "en", []],
  ["The army declined to comment on the attack.", "en", ["killed=withheld"]],
  ["Il a refusé de dire combien de soldats gardaient le site.", "fr", []],
  ["town officials could not yet determine how many residents were missing", "en", ["missing=unknown"]],
  ["It was not yet known how many people were missing.", "en", ["missing=unknown"]],
  // Damage not put in figures is no toll: « chiffrer » is no « chiffre ».
  ["sans être en mesure de chiffrer les dégâts", "fr", []],
  // A negation before "whether" denies the telling, never the count: no zero dead.
  ["he could not say whether any of the dead were civilians", "en", ["killed"]],
  ["It was not immediately clear how many soldiers were killed", "en", ["killed=unknown"]],
  ["the police could not say how many people were wounded", "en", ["wounded=unknown"]],
  ["no casualty figures were immediately available", "en", ["killed=unknown"]],
  ["officials have yet to determine the toll", "en", ["killed=unknown"]],
  ["the army was unable to give a toll", "en", ["killed=unknown"]],
];

/** A span of days is a date, never the figure of a count word beside it. */
const DAY_SPANS: readonly (readonly [text: string, lang: "fr" | "en", expected: readonly string[]])[] = [
  ["tués du 22 au 27 juillet", "fr", ["killed"]],
  ["des soldats ont été tués entre le 3 et le 5 mars", "fr", ["killed"]],
  ["les 3 et 4 mars, des assaillants ont été neutralisés", "fr", ["neutralized"]],
  ["12 soldats tués dans la nuit du 3 au 4 mars", "fr", ["killed=12"]],
  ["killed from 3 to 5 March", "en", ["killed"]],
  ["between March 3 and 5, soldiers were wounded", "en", ["wounded"]],
  ["two soldiers were killed on 3-5 March", "en", ["killed=2"]],
];

describe("readPhrase reads every count, outcome, hedge and refusal phrase of the seed articles", () => {
  it.each(SEED_PHRASES)("%j → %j", (text, expected) => {
    expect(summary(readPhrase(text, "fr")).sort()).toEqual([...expected].sort());
  });
});

describe("readPhrase in French", () => {
  it.each(FRENCH)("%j → %j", (text, expected) => {
    expect(summary(readPhrase(text, "fr")).sort()).toEqual([...expected].sort());
  });
});

describe("readPhrase in English", () => {
  it.each(ENGLISH)("%j → %j", (text, expected) => {
    expect(summary(readPhrase(text, "en")).sort()).toEqual([...expected].sort());
  });
});

describe("readPhrase reads a source that does not answer as withholding the figure", () => {
  it.each(REFUSALS_BY_NOT_ANSWERING)("%j (%s) → %j", (text, lang, expected) => {
    expect(summary(readPhrase(text, lang)).sort()).toEqual([...expected].sort());
  });
});

describe("readPhrase reads a source that cannot give a figure as not knowing it", () => {
  it.each(ADMITTED_IGNORANCE)("%j (%s) → %j", (text, lang, expected) => {
    expect(summary(readPhrase(text, lang)).sort()).toEqual([...expected].sort());
  });
});

describe("readPhrase never pairs a span of days with a count word", () => {
  it.each(DAY_SPANS)("%j (%s) → %j", (text, lang, expected) => {
    expect(summary(readPhrase(text, lang)).sort()).toEqual([...expected].sort());
  });
});

describe("readPhrase", () => {
  it("keeps the exact words each candidate was read from", () => {
    expect(readPhrase("tenté d’occuper en vain ces emprises", "fr")).toEqual({
      candidates: [{ facet: "control", value: "captured", not: true, words: ["occuper", "en vain"] }],
    });
    expect(readPhrase("Cinq voitures auraient été pillés", "fr")).toMatchObject({
      candidates: [{ facet: "looted", value: 5, quantity: { phrase: "Cinq", low: 5, high: 5 }, words: ["pillés", "Cinq"] }],
      hedge: { hedge: "unconfirmed", words: "auraient" },
    });
  });

  it("finds nothing in words that say nothing it reads", () => {
    expect(readPhrase("", "fr")).toEqual({ candidates: [] });
    expect(readPhrase("La capitale malienne fait face à une nouvelle réalité", "fr")).toEqual({ candidates: [] });
  });

  it("refuses a language it does not read", () => {
    expect(() => readPhrase("zurückgeschlagen", "de")).toThrow(RangeError);
  });
});

describe("readPhrase reads a side's own dead and a toll a source puts", () => {
  it("reads comrades lost as the dead, in French and English", () => {
    expect(readPhrase("« Nous avons perdu neuf camarades », a déclaré un gendarme.", "fr").candidates).toMatchObject([{ facet: "killed", value: 9 }]);
    expect(readPhrase('"We lost nine comrades," a soldier said.', "en").candidates).toMatchObject([{ facet: "killed", value: 9 }]);
  });

  it('reads "put the toll at" as the dead, and "a death toll" declined as no one', () => {
    expect(readPhrase("Kioko had put the toll at five on Monday.", "en").candidates).toMatchObject([{ facet: "killed", value: 5 }]);
    expect(readPhrase("The governor declined to give a death toll.", "en").candidates).toEqual([
      { facet: "killed", value: "withheld", words: ["declined to give", "death"] },
    ]);
  });

  it('reads the toll a new count makes ("raising the death toll to 10"), not the count that raised it', () => {
    expect(readPhrase("where two of them succumbed to their wounds overnight, raising the death toll to 10.", "en").candidates).toMatchObject([
      { facet: "killed", value: 10 },
    ]);
    expect(readPhrase("Rescuers found more victims under the rubble, which brought the toll to 23.", "en").candidates).toMatchObject([
      { facet: "killed", value: 23 },
    ]);
  });
});

describe('readPhrase reads what a source cannot count from the words after "how many"', () => {
  it("withholds the count the clause after the refusal names, not one told before it", () => {
    expect(readPhrase("He said 11 people were injured, but could not say how many people were abducted.", "en").candidates).toMatchObject([
      { facet: "wounded", value: 11 },
      { facet: "captured-persons", value: "unknown" },
    ]);
    expect(
      readPhrase("He said troops recovered several firearms from the site, but he could not say how many civilians had been hurt.", "en").candidates,
    ).toMatchObject([{ facet: "seized" }, { facet: "wounded", value: "unknown" }]);
  });

  it("reads people being treated as the wounded, with their wounds as one cue", () => {
    expect(readPhrase("A doctor said seven wounded had arrived, but could not say how many more were being treated.", "en").candidates).toMatchObject([
      { facet: "wounded", value: 7 },
      { facet: "wounded", value: "unknown" },
    ]);
    expect(readPhrase("More than 40 others were being treated for shrapnel wounds, he said, and several of them had been sent on.", "en").candidates).toEqual([
      expect.objectContaining({ facet: "wounded", value: { atLeast: 41 } }),
    ]);
  });
});

describe("a toll whose figure comes after its own words", () => {
  it("reads no one dead from the convoy the attack struck, but the toll it rose to", () => {
    expect(readPhrase("The death toll from Sunday's gun attack on a passenger convoy rose to 17 on Monday.", "en").candidates).toMatchObject([
      { facet: "killed", value: 17 },
    ]);
  });

  it("still counts the driver named by his vehicle, and the station destroyed", () => {
    expect(readPhrase("A civilian truck driver was also killed.", "en").candidates).toMatchObject([{ facet: "killed", value: 1 }]);
    expect(readPhrase("Gunmen torched a police station.", "en").candidates).toMatchObject([{ facet: "destroyed", value: 1 }]);
  });

  it("gives 'put the death toll at 19' the figure after it, never the speaker counted before it", () => {
    expect(readPhrase("A police officer put the death toll at 19.", "en").candidates).toMatchObject([{ facet: "killed", value: 19 }]);
    expect(readPhrase("A police officer put the number of dead at 19.", "en").candidates).toMatchObject([{ facet: "killed", value: 19 }]);
  });
});

describe("words of control that name no fight over a place", () => {
  it("reads « ont retiré cinq corps des décombres » as bodies, never a withdrawal", () => {
    expect(readPhrase("les secouristes ont retiré cinq corps des décombres", "fr").candidates).toMatchObject([{ facet: "killed", value: 5 }]);
  });

  it("still reads « se sont retirés », « s'était retirée » and « a retiré ses troupes » as withdrawals", () => {
    for (const text of ["les assaillants se sont retirés vers la forêt", "l'armée s'était retirée de la localité", "l'armée a retiré ses troupes de la ville"])
      expect(readPhrase(text, "fr").candidates).toMatchObject([{ facet: "control", value: "withdrew" }]);
  });

  it('reads « la partie occupée de la région » and "the occupied territories" as no capture', () => {
    expect(readPhrase("deux missiles ont été tirés depuis la partie occupée de la région", "fr").candidates.map((c) => c.facet)).toEqual(["means"]);
    expect(readPhrase("missiles fired from the occupied territories", "en").candidates.map((c) => c.facet)).toEqual(["means"]);
  });

  it("reads « deux immeubles de cinq étages » as two buildings, the storeys being a height", () => {
    expect(readPhrase("deux immeubles de cinq étages avaient été en partie détruits", "fr").candidates).toMatchObject([{ facet: "destroyed", value: 2 }]);
  });
});

describe("one of those counted, in French", () => {
  it("reads « la mort d'un de ses membres » and « une des victimes » as one", () => {
    expect(readPhrase("a annoncé la mort d'un de ses membres dans la frappe", "fr").candidates).toMatchObject([{ facet: "killed", value: 1 }]);
    expect(readPhrase("une des victimes est morte", "fr").candidates).toMatchObject([{ facet: "killed", value: 1 }]);
  });

  it("counts nothing in « un de ces jours »", () => {
    expect(readPhrase("un de ces jours", "fr").candidates).toEqual([]);
  });
});

describe("killed or wounded told as one figure", () => {
  it('reads "had killed or wounded 20 apostates" and « ont tué ou blessé 30 soldats » as the people put out of action', () => {
    expect(readPhrase('its fighters had killed or wounded 20 "apostates"', "en").candidates).toMatchObject([{ facet: "neutralized", value: 20 }]);
    expect(readPhrase("killed or injured 30 soldiers", "en").candidates).toMatchObject([{ facet: "neutralized", value: 30 }]);
    expect(readPhrase("les assaillants ont tué ou blessé 30 soldats", "fr").candidates).toMatchObject([{ facet: "neutralized", value: 30 }]);
  });

  it('still reads "killed 12 soldiers and wounded 30" as two counts', () => {
    expect(readPhrase("killed 12 soldiers and wounded 30", "en").candidates).toMatchObject([
      { facet: "killed", value: 12 },
      { facet: "wounded", value: 30 },
    ]);
  });
});

describe("a refusal to comment on what it names", () => {
  it('withholds the missing in "declined to comment on the fate of the two missing fighters", whose figure is no answer', () => {
    expect(readPhrase("The command declined to comment on the fate of the two missing fighters.", "en").candidates).toEqual([
      { facet: "missing", value: "withheld", words: ["declined to comment", "missing"] },
    ]);
    expect(readPhrase("L'armée n'a pas souhaité s'exprimer sur le sort des deux soldats disparus.", "fr").candidates).toMatchObject([
      { facet: "missing", value: "withheld" },
    ]);
  });

  it("keeps the figure said after a comma beside the refusal", () => {
    expect(readPhrase("The army declined to comment, but residents said two soldiers were missing.", "en").candidates).toMatchObject([
      { facet: "killed", value: "withheld" },
      { facet: "missing", value: 2 },
    ]);
  });
});

describe("the wounded told by their care", () => {
  it('reads "were receiving treatment", "had been taken to hospitals" and « hospitalisées » as wounded', () => {
    expect(readPhrase("Eight persons were receiving treatment at the General Hospital", "en").candidates).toMatchObject([{ facet: "wounded", value: 8 }]);
    expect(readPhrase("at least nine people had been taken to hospitals in Baquba", "en").candidates).toMatchObject([
      { facet: "wounded", value: { atLeast: 9 } },
    ]);
    expect(readPhrase("quatorze personnes ont été hospitalisées", "fr").candidates).toMatchObject([{ facet: "wounded", value: 14 }]);
  });

  it('still counts "the bodies of six people were taken to the hospital" as dead', () => {
    expect(readPhrase("the bodies of six people were taken to the hospital", "en").candidates[0]).toMatchObject({ facet: "killed", value: 6 });
  });
});

describe("goods carried away and people led away, in French", () => {
  it("reads « emporté plus de 200 têtes de bétail » as looted", () => {
    expect(readPhrase("ils ont emporté plus de 200 têtes de bétail", "fr").candidates).toMatchObject([{ facet: "looted", value: { atLeast: 201 } }]);
  });

  it("still reads « ont emporté deux véhicules » and « se sont emparés de deux véhicules » as seized, as arms and vehicles are in English", () => {
    expect(readPhrase("Les assaillants ont emporté deux véhicules de patrouille", "fr").candidates).toMatchObject([{ facet: "seized", value: 2 }]);
    expect(readPhrase("Ils se sont emparés de deux véhicules", "fr").candidates).toMatchObject([{ facet: "seized", value: 2 }]);
  });

  it("reads « ils ont emmené deux enseignants » and « une dizaine de personnes ont été emmenées » as people taken", () => {
    expect(readPhrase("ils ont emmené deux enseignants vers la brousse", "fr").candidates).toMatchObject([{ facet: "captured-persons", value: 2 }]);
    expect(readPhrase("une dizaine de personnes ont été emmenées dans la brousse", "fr").candidates).toMatchObject([
      { facet: "captured-persons", value: { approx: 10 } },
    ]);
  });

  it("reads « deux blessés ont été emmenés à l'hôpital » as the wounded only", () => {
    expect(readPhrase("deux blessés ont été emmenés à l'hôpital", "fr").candidates).toEqual([
      { facet: "wounded", value: 2, quantity: expect.anything(), words: ["blessés", "deux"] },
    ]);
  });

  it("reads « réduites en cendres » as destroyed, which keeps its figure from the looting after « et »", () => {
    expect(readPhrase("une quarantaine de cases ont été réduites en cendres et le bétail du village a été emporté", "fr").candidates).toMatchObject([
      { facet: "destroyed", value: { approx: 40 } },
      { facet: "looted" },
    ]);
  });
});

describe("a French toll that moves, and the wounded who died", () => {
  it("reads « un bilan porté mercredi à neuf » and « le bilan est passé à neuf » as the dead counted anew", () => {
    expect(readPhrase("un bilan porté mercredi à neuf", "fr").candidates).toMatchObject([{ facet: "killed", value: 9 }]);
    expect(readPhrase("le bilan est passé à neuf", "fr").candidates).toMatchObject([{ facet: "killed", value: 9 }]);
  });

  it("counts no wounded in « après le décès de trois blessés »", () => {
    expect(readPhrase("un bilan porté à neuf après le décès de trois blessés", "fr").candidates).toMatchObject([{ facet: "killed", value: 9 }]);
  });
});

describe("a refusal to speak of something that is no figure", () => {
  it("withholds nothing in « n'a pas souhaité s'exprimer sur les circonstances de l'attaque » or \"declined to comment on the investigation\"", () => {
    expect(readPhrase("Le porte-parole n'a pas souhaité s'exprimer sur les circonstances de l'attaque.", "fr").candidates).toEqual([]);
    expect(readPhrase("The army declined to comment on the investigation.", "en").candidates).toEqual([]);
  });

  it('still withholds the toll in "declined to comment on the residents\' account" and "declined to comment on its own losses"', () => {
    expect(readPhrase("The spokesman declined to comment on the residents' account.", "en").candidates).toMatchObject([{ facet: "killed", value: "withheld" }]);
    expect(readPhrase("The spokesman declined to comment on its own losses.", "en").candidates).toMatchObject([{ facet: "killed", value: "withheld" }]);
  });
});

describe("readPhrase pairs a count inside its count word's own words", () => {
  it('takes 11 for "took 11 pickup trucks", never "A member" before it', () => {
    const { candidates } = readPhrase("A member of the group said fighters took 11 pickup trucks.", "en");
    expect(candidates.map((c) => [c.facet, c.value])).toEqual([["seized", 11]]);
  });
});

describe("readPhrase reads people put out of combat or carried off", () => {
  it('reads "10 soldiers had been put out of combat" as ten neutralized', () => {
    const { candidates } = readPhrase('The front said 10 soldiers had been "put out of combat".', "en");
    expect(candidates.map((c) => [c.facet, c.value])).toEqual([["neutralized", 10]]);
  });

  it('reads "had taken two soldiers with them" as two people taken, and "took two vehicles with them" as seized', () => {
    expect(readPhrase("The guerrillas had taken two soldiers with them.", "en").candidates.map((c) => [c.facet, c.value])).toEqual([["captured-persons", 2]]);
    expect(readPhrase("The gunmen took two vehicles with them.", "en").candidates.map((c) => [c.facet, c.value])).toEqual([["seized", 2]]);
  });
});
