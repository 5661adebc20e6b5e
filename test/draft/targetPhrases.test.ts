import { describe, expect, it } from "vitest";
import { targetPhrasesOf } from "../../src/draft/targetPhrases.js";
import type { LexiconLanguage } from "../../src/lexicon/language.js";
import { tokenize } from "../../src/lexicon/tokenize.js";

/** The targets a sentence names, as their words. */
function targets(sentence: string, lang: LexiconLanguage): string[] {
  const tokens = tokenize(sentence, lang);
  return targetPhrasesOf(tokens, lang).map((t) => sentence.slice(tokens[t.start]!.start, tokens[t.end - 1]!.end));
}

describe("what an attack was aimed at, in English", () => {
  it.each([
    ["Gunmen stormed a busy market in the town on Tuesday.", "a busy market"],
    ["The army said its jets struck a meeting of militant commanders near the border.", "a meeting of militant commanders near the border"],
    ["At least 12 people died in an attack on a military checkpoint, officials said.", "a military checkpoint"],
    ["Insurgents ambushed a convoy escorting fuel tankers, killing nine soldiers.", "a convoy escorting fuel tankers"],
    ["A suicide bomber targeted a crowded tea shop near a military camp.", "a crowded tea shop near a military camp"],
    ["Fighters attacked a church and a police post in the district.", "a church and a police post"],
    ["The strike hit a camp for displaced people.", "a camp for displaced people"],
    ["The blast tore through the Sayed Abad mosque during Friday prayers.", "the Sayed Abad mosque"],
    ["The attack was aimed at a police station.", "a police station"],
    ["A military air strike on a Buddhist monastery sheltering displaced families in Shan State.", "a Buddhist monastery sheltering displaced families"],
    [
      "A bomb fitted to a motorcycle went off next to a police van escorting a polio vaccination team in Mamund.",
      "a police van escorting a polio vaccination team",
    ],
    ['It carried out "precision strikes" on a "TNLA training camp" near Kyaukme, killing 20.', 'a "TNLA training camp" near Kyaukme'],
    ["Militants attacked an Army detachment in the village at dawn.", "an Army detachment"],
  ])("%s → %s", (sentence, target) => {
    expect(targets(sentence, "en")).toEqual([target]);
  });

  it.each([
    ["The attack on Tuesday killed 12 people."],
    ["Gunmen attacked the village of Kumbo, killing 12."],
    ["Militants attacked soldiers and civilians."],
    ["An attack by the group killed 12."],
  ])("names none in %s", (sentence) => {
    expect(targets(sentence, "en")).toEqual([]);
  });
});

describe("ce que visait une attaque, en français", () => {
  it.each([
    ["Des hommes armés ont attaqué le poste de gendarmerie de Kali dans la nuit.", "le poste de gendarmerie de Kali"],
    ["Une embuscade contre un convoi de l'armée a fait huit morts.", "un convoi de l'armée"],
    ["L'attaque a été menée contre le site de déplacés de Ndjala.", "le site de déplacés de Ndjala"],
    ["Une attaque jihadiste contre le camp a fait 12 morts.", "le camp"],
    // The writer's quotation marks inside the attack's words break none of them.
    ["Le ministère a dénoncé « une attaque terroriste » contre la brigade de Mbessa.", "la brigade de Mbessa"],
    ["L'attaque du camp militaire a duré trois heures.", "camp militaire"],
    ["Les assaillants ont pris d'assaut la prison centrale vers minuit.", "la prison centrale"],
    ["L'armée dit avoir visé un rassemblement de terroristes à Kolo.", "un rassemblement de terroristes"],
    ["Vingt soldats ont été tués dans une embuscade tendue à un convoi de ravitaillement entre Solenzo et Kouka.", "un convoi de ravitaillement"],
    ["Au moins 26 personnes ont été tuées lors de l'attaque de la foire hebdomadaire de Fafa-Koïra.", "foire hebdomadaire de Fafa-Koïra"],
    ["Une frappe contre un marché hebdomadaire a fait des dizaines de morts.", "un marché hebdomadaire"],
  ])("%s → %s", (sentence, target) => {
    expect(targets(sentence, "fr")).toEqual([target]);
  });

  it.each([
    ["L'attaque du JNIM a fait 12 morts."],
    ["Une frappe de drone a tué trois personnes."],
    ["L'attaque a été repoussée lundi."],
    ["Des hommes armés ont attaqué des civils."],
  ])("n'en nomme aucune dans « %s »", (sentence) => {
    expect(targets(sentence, "fr")).toEqual([]);
  });
});

describe("where the target's phrase stops", () => {
  it("stops at the verb after a name the qualifier brings in", () => {
    expect(targets("L'attaque contre la position de Kindjiria avait fait sept morts.", "fr")).toEqual(["la position de Kindjiria"]);
  });

  it('reads over the acronym in parentheses before the head ("a Frontier Corps (FC) camp")', () => {
    expect(targets("Militants attacked a Frontier Corps (FC) camp in Panjgur late on Monday.", "en")).toEqual(["a Frontier Corps (FC) camp"]);
  });

  it("does not reach over another determiner for a head", () => {
    expect(targets("Une frappe de drone endeuille un baptême.", "fr")).toEqual([]);
  });

  it("leaves arson to what was destroyed", () => {
    expect(targets("Les assaillants ont incendié le marché.", "fr")).toEqual([]);
  });
});

describe("a target in the speaker's own words", () => {
  it("reads it inside the quotation marks", () => {
    expect(targets("L'armée dit avoir frappé contre « un regroupement de terroristes » dans la zone.", "fr")).toEqual(["un regroupement de terroristes"]);
    expect(targets('The ministry said it struck "a concentration of enemy troops" near the river.', "en")).toEqual(["a concentration of enemy troops"]);
  });
});

describe("a target named where a blast or an attack struck", () => {
  it.each([
    ["A suicide bombing at a Shia mosque killed 14 worshippers.", "en", "a Shia mosque"],
    ["The bomber blew himself up outside an army recruitment center.", "en", "an army recruitment center"],
    ["Une explosion sur le marché hebdomadaire de Tourou a fait neuf morts.", "fr", "le marché hebdomadaire de Tourou"],
    ["L'attaque survenue dans un camp de déplacés a fait 12 morts.", "fr", "un camp de déplacés"],
  ] as const)("reads %s", (sentence, lang, target) => {
    expect(targets(sentence, lang)).toEqual([target]);
  });

  it("names no target where the attack struck a place by its name or a time", () => {
    expect(targets("An attack in Goundam on Tuesday killed five people.", "en")).toEqual([]);
    expect(targets("Une attaque dans la nuit de samedi a fait cinq morts.", "fr")).toEqual([]);
  });
});

describe("a target named as the subject of a passive verb of attack", () => {
  it.each([
    ["A military convoy was ambushed on Monday near the town, killing six soldiers.", "en", "A military convoy"],
    ["Police said that a checkpoint had been attacked overnight.", "en", "a checkpoint"],
    ["Un train de voyageurs du Chemin de fer Congo-Océan (CFCO) a été attaqué lundi soir.", "fr", "Un train de voyageurs du Chemin de fer Congo-Océan (CFCO)"],
    ["Une patrouille de l'armée est tombée dans une embuscade dimanche.", "fr", "Une patrouille de l'armée"],
  ] as const)("%s → %s", (sentence, lang, target) => {
    expect(targets(sentence, lang)).toEqual([target]);
  });

  it("names none where the subject only tells again of a target named before, or is no target", () => {
    expect(targets("Le convoi est tombé dans une embuscade à la sortie du village.", "fr")).toEqual([]);
    expect(targets("Le village a été attaqué dimanche.", "fr")).toEqual([]);
    expect(targets("The soldiers were ambushed on Monday.", "en")).toEqual([]);
  });
});
