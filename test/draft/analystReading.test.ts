import { describe, expect, it } from "vitest";
import { draftIncident, type IncidentDraft } from "../../src/index.js";

/** Each drafted claim as "source: facet = value", the way a reviewer scans a draft. */
function lines(text: string, lang: "fr" | "en"): string[] {
  const draft: IncidentDraft = draftIncident(text, { lang });
  const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
  return draft.claims.map((c) => `${name(c.source)}: ${c.about.facet} = ${c.not ? "not " : ""}${JSON.stringify(c.value)}`);
}

describe("draftIncident tells silence from a refusal", () => {
  it("drafts no refusal where a figure is only missing (« n'a pas donné de bilan », « sans donner de chiffre »)", () => {
    expect(lines("L'armée a confirmé l'attaque. Elle n'a pas donné de bilan.", "fr").filter((l) => l.includes("withheld"))).toEqual([]);
    expect(lines("Le ministère indique que des assaillants ont été tués, sans donner de chiffre.", "fr").filter((l) => l.includes("withheld"))).toEqual([]);
  });

  it('drafts no refusal where a source "did not give" a toll or "gave no figure"', () => {
    expect(lines("The army confirmed the raid but did not give a toll.", "en").filter((l) => l.includes("withheld"))).toEqual([]);
    expect(lines("A military spokesman said the post held, but gave no figure for its losses.", "en").filter((l) => l.includes("withheld"))).toEqual([]);
  });

  it('still drafts a refusal where a source declines (« n\'a pas souhaité donner de bilan », "declined to give a toll")', () => {
    expect(lines("L'armée n'a pas souhaité donner de bilan.", "fr")).toContain('Armée: killed = "withheld"');
    expect(lines("The army declined to give a toll.", "en")).toContain('Army: killed = "withheld"');
  });
});

describe("draftIncident names a person who speaks in a role", () => {
  /** The names of the sources that speak in a draft, the outlet left out. */
  const speakers = (text: string, lang: "fr" | "en") =>
    draftIncident(text, { lang })
      .sources.filter((s) => s.kind !== "media")
      .map((s) => s.name);

  it('names the person set off after their role with a rank ("A police spokesman in the district, Major Daniel Otieno, said …")', () => {
    expect(speakers("A police spokesman in the district, Major Daniel Otieno, said eight people were killed.", "en")).toEqual([
      "Daniel Otieno (police spokesman)",
    ]);
  });

  it("names the person after a role and its qualifier (« le gouverneur régional Paul Ndiaye »)", () => {
    expect(speakers("Trois civils ont été tués, a annoncé le gouverneur régional Paul Ndiaye.", "fr")).toEqual(["Paul Ndiaye (gouverneur)"]);
  });
});

describe("draftIncident counts the dead, not those who speak or fight back", () => {
  it('drafts no toll from the number of those who speak ("Two district officials, speaking on condition of anonymity, said …")', () => {
    const drafted = lines("Two district officials, speaking on condition of anonymity, said the toll had risen.", "en");
    expect(drafted.filter((l) => l.includes("killed"))).toEqual([]);
  });

  it("reads a pronoun after a preposition as no speaker (« Elle assure avoir éliminé plusieurs d'entre eux et accuse … »)", () => {
    const drafted = lines("L'armée a confirmé l'attaque. Elle assure avoir éliminé plusieurs d'entre eux et accuse le groupe de mentir.", "fr");
    expect(drafted).toContain('Armée: killed = {"phrase":"plusieurs"}');
  });

  it("labels no dead as civilians from a refusal or admitted ignorance (« pas en mesure de préciser le nombre de civils tués »)", () => {
    expect(lines("Le préfet n'était pas en mesure de préciser le nombre de civils tués.", "fr").filter((l) => l.includes("status"))).toEqual([]);
  });

  it('makes no speaker the perpetrator for killing the attackers ("the army said its troops had killed 30 assailants")', () => {
    expect(lines("The army said its troops had killed 30 assailants.", "en").filter((l) => l.includes("perpetrator"))).toEqual([]);
    expect(lines("L'armée affirme avoir tué 30 assaillants.", "fr").filter((l) => l.includes("perpetrator"))).toEqual([]);
  });
});

describe("draftIncident gives the outlet only its own words", () => {
  it('reads "gunmen" as who attacked, not as the means', () => {
    expect(lines("KANO (Reuters) - Gunmen attacked a village in Kano state on Sunday.", "en").filter((l) => l.includes("means"))).toEqual([]);
  });

  it('gives the outlet nothing that someone the text does not name said ("The group said …" with no group named before)', () => {
    const drafted = lines(
      "KANO (Reuters) - Gunmen attacked a village on Sunday. The group said its fighters had killed 25 soldiers. It added that it had seized three vehicles.",
      "en",
    );
    expect(drafted.filter((l) => l.startsWith("Reuters") && !/occurred|location/u.test(l))).toEqual([]);
  });
});

describe("draftIncident keeps each side's dead to its side", () => {
  /** The scope and value of each drafted count of the dead. */
  const deaths = (text: string, lang: "fr" | "en") =>
    draftIncident(text, { lang })
      .claims.filter((c) => c.about.facet === "killed")
      .map((c) => ({ group: c.about.group, value: c.value }));

  it('scopes a count made among one side (« 12 morts parmi les soldats », "12 dead among the soldiers")', () => {
    expect(deaths("Selon l'armée, l'attaque a fait 12 morts parmi les soldats et 30 parmi les assaillants.", "fr")).toEqual([{ group: "soldiers", value: 12 }]);
    expect(deaths("The army said the attack left 12 dead among the soldiers.", "en")).toEqual([{ group: "soldiers", value: 12 }]);
  });

  it('drafts each side of "killed 12 soldiers and 30 militants", « 12 soldats et 30 terroristes ont été tués » to its own people', () => {
    expect(deaths("The army said the attack killed 12 soldiers and 30 militants.", "en")).toEqual([
      { group: "soldiers", value: 12 },
      { group: "combatants", value: 30 },
    ]);
    expect(deaths("Selon l'armée, 12 soldats et 30 terroristes ont été tués.", "fr")).toEqual([
      { group: "combatants", value: 30 },
      { group: "soldiers", value: 12 },
    ]);
    expect(deaths("The army said the attack killed 12 soldiers and destroyed 30 vehicles.", "en")).toEqual([{ group: "soldiers", value: 12 }]);
  });

  it('drafts each side when the first people take three words ("killing two Tajik border guards and three civilians")', () => {
    expect(deaths("The army said Kyrgyz forces fired on the village, killing 2 Tajik border guards and 3 civilians.", "en")).toEqual([
      { group: "soldiers", value: 2 },
      { group: "civilians", value: 3 },
    ]);
  });

  it('never merges the two sides of "killed 12 soldiers and 30 militants" into one toll', () => {
    for (const { group } of deaths("The army said the attack killed 12 soldiers and 30 militants.", "en")) expect(group).toBeDefined();
    for (const { group } of deaths("Selon l'armée, 12 soldats et 30 terroristes ont été tués.", "fr")) expect(group).toBeDefined();
  });
});

describe("draftIncident leaves out the tolls of wars and of other incidents", () => {
  const counts = (text: string, lang: "fr" | "en") => draftIncident(text, { lang }).claims.filter((c) => c.about.facet === "killed");

  it('drafts no toll of a war or an insurgency named without its article ("Colombia\'s six-decade conflict has killed", « Les violences jihadistes ont fait »)', () => {
    expect(counts("Peru's long conflict has killed more than 60,000 people.", "en")).toEqual([]);
    expect(counts("Jihadist violence has killed thousands of civilians across the region.", "en")).toEqual([]);
    expect(counts("Les violences jihadistes ont fait plus de 10 000 morts au Niger.", "fr")).toEqual([]);
  });

  it('drafts no toll of the incident another is compared with ("the deadliest attack since an ambush that killed 40 soldiers", « depuis celle de … qui avait fait 160 morts »)', () => {
    expect(counts("It was the deadliest attack since an ambush in June that killed 40 soldiers.", "en")).toEqual([]);
    expect(counts("Il s'agit de l'attaque la plus meurtrière depuis celle de Kossi, qui avait fait 60 morts.", "fr")).toEqual([]);
  });

  it('drafts no toll of recent months or of an earlier attack at the same place (« Ces derniers mois », « avaient déjà été tués », "the same base")', () => {
    expect(counts("Ces derniers mois, plus de 200 civils ont été tués dans le cercle.", "fr")).toEqual([]);
    expect(counts("Le 3 mars, 12 soldats avaient déjà été tués dans la zone.", "fr")).toEqual([]);
    expect(counts("In recent months, dozens of soldiers have been killed in the district.", "en")).toEqual([]);
    expect(counts("Militants killed nine soldiers at the same base in May.", "en")).toEqual([]);
  });
});

describe("draftIncident names bodies and persons as the text does", () => {
  const speakers = (text: string, lang: "fr" | "en") =>
    draftIncident(text, { lang })
      .sources.filter((s) => s.kind !== "media")
      .map((s) => s.name);

  it('reads a name whose word opens with an Arabic article as one name ("a little-known group, Jaish al-Nasr, claimed …")', () => {
    const draft = draftIncident('A little-known group, Jaish al-Nasr, claimed responsibility, saying its fighters had killed "40 soldiers".', { lang: "en" });
    expect(draft.sources.find((s) => s.kind === "party")?.name).toBe("Jaish al-Nasr");
    expect(draft.claims.map((c) => c.about.facet)).toEqual(["killed", "perpetrator"]);
  });

  it('names a person with the body their role is of ("X, a spokesman for the district health office, said")', () => {
    expect(speakers("Amal Haddad, a spokeswoman for the district health office, said 12 people were killed.", "en")).toEqual([
      "Amal Haddad (spokeswoman for the district health office)",
    ]);
  });
});

describe("draftIncident reads more of how wire reports attribute and count", () => {
  it("reads the speaker after « de source(s) » (« a appris l'AFP de sources sécuritaires », « a-t-on appris de source sécuritaire »)", () => {
    expect(lines("Douze soldats ont été tués lundi, a appris l'AFP de sources sécuritaires.", "fr")[0]).toMatch(/^Sources sécuritaires: killed/u);
    expect(lines("Douze soldats ont été tués lundi, a-t-on appris de source sécuritaire.", "fr")[0]).toMatch(/^Source sécuritaire: killed/u);
  });

  it('reads a side\'s own losses as its dead (« Nous avons perdu quinze éléments », "We lost nine men")', () => {
    expect(lines("« Nous avons perdu quinze éléments », a déclaré un officier.", "fr")).toContain(`Officier: killed = {"phrase":"quinze"}`);
    expect(lines('"We lost nine men," a police officer said.', "en")).toContain(`Police officer: killed = {"phrase":"nine"}`);
  });

  it("drafts no refusal where a figure was not released (« Le gouvernement n'a pas communiqué de bilan »)", () => {
    expect(lines("Le gouvernement n'a pas communiqué de bilan.", "fr")).toEqual([]);
  });
});

describe("draftIncident reads how the dead are labelled", () => {
  it('reads the dead labelled as civilians or combatants (« Toutes les victimes sont des civils », "the dead were militants")', () => {
    expect(lines("« Toutes les victimes sont des civils », a déclaré le maire.", "fr")).toEqual(['Maire: status = "civilians"']);
    expect(lines("Residents said most of the dead were civilians.", "en")).toEqual(['Residents: status = "civilians"']);
    expect(lines("The army said the dead were militants.", "en")).toEqual(['Army: status = "combatants"']);
  });

  it("keeps the conditional of « des civils figureraient parmi les morts », and counts no one in « Selon un habitant »", () => {
    const draft = draftIncident("Selon un habitant, des civils figureraient parmi les morts.", { lang: "fr" });
    expect(draft.claims.map((c) => [c.about.facet, c.value, c.hedge])).toEqual([["status", "civilians", "unconfirmed"]]);
  });

  it('reads a denial about civilians as the label denied (« a nié avoir visé des civils », "denied attacking civilians")', () => {
    expect(lines("Le chef du gang a nié avoir visé des civils.", "fr")).toEqual(['Chef du gang: status = not "civilians"']);
    expect(lines("The militia's spokesman denied attacking civilians.", "en").filter((l) => l.includes("status"))).toEqual([
      expect.stringMatching(/status = not "civilians"$/u),
    ]);
  });

  it('drafts no label from civilians who were not the dead ("accused the army of attacking civilians")', () => {
    expect(lines("The group accused the army of attacking civilians.", "en").filter((l) => l.includes("status"))).toEqual([]);
  });
});

describe("draftIncident finds the body a noun refers to", () => {
  it("names a body by the name after its noun (« a indiqué l'ONG Alerte Sahel »)", () => {
    const draft = draftIncident("Au moins vingt civils ont été tués mardi à Tinkim, a indiqué mercredi l'ONG Veille Sahel.", { lang: "fr" });
    expect(draft.sources.find((s) => s.id === draft.claims[0]?.source)).toMatchObject({ name: "Veille Sahel", kind: "ngo" });
  });

  it("gives the words of « le porte-parole de l'organisation » to the organisation last named", () => {
    const text =
      "Douze personnes ont été tuées, a annoncé la Croix-Rouge. « Toutes les victimes sont des civils », a déclaré le porte-parole de l'organisation.";
    const draft = draftIncident(text, { lang: "fr" });
    expect(new Set(draft.claims.map((c) => c.source)).size).toBe(1);
  });
});

describe("draftIncident reads setting fire as arson", () => {
  it('drafts the means arson where what was burnt is not counted destroyed ("torched the market", "set fire to homes")', () => {
    // « plusieurs boutiques ont été incendiées »: what the fire destroyed, which tells nothing of how the attack was carried out.
    expect(lines("Selon le maire, plusieurs boutiques ont été incendiées.", "fr")).toEqual(['Maire: destroyed = {"phrase":"plusieurs"}']);
    expect(lines("Residents said the attackers torched the market.", "en")).toEqual(['Residents: means = ["arson"]']);
    expect(lines("Residents said the attackers set fire to homes.", "en")).toEqual(['Residents: means = ["arson"]']);
  });

  it("still reads those burnt alive as dead, not as arson (« un homme a été brûlé vif »)", () => {
    expect(lines("Selon des témoins, un homme a été brûlé vif.", "fr").filter((l) => l.includes("arson"))).toEqual([]);
  });
});

describe("draftIncident counts bodies and burials as at least that many dead", () => {
  it('drafts bodies counted or buried as a lower bound (« 22 corps ont été retrouvés », "We buried 38 people")', () => {
    expect(lines("Selon un médecin, 22 corps ont été retrouvés.", "fr")).toEqual(['Médecin: killed = {"atLeast":22}']);
    expect(lines('"We buried 38 people," a resident said.', "en")).toEqual(['Resident: killed = {"atLeast":38}']);
  });

  it('counts no dead among those "buried under the rubble", who may be alive', () => {
    expect(lines("Rescuers said 12 people were buried under the rubble.", "en").filter((l) => l.includes("killed"))).toEqual([]);
  });

  it("reads the burning of vehicles in a fight as no arson, and of houses counted as their destruction", () => {
    expect(lines("Selon un élu, plusieurs véhicules ont été incendiés.", "fr").filter((l) => l.includes("arson"))).toEqual([]);
    expect(lines("Selon un élu, plusieurs maisons ont été incendiées.", "fr")).toEqual(['Élu: destroyed = {"phrase":"plusieurs"}']);
  });
});

describe("draftIncident gives a quotation to whoever the text says spoke it", () => {
  it("finds the speaker where a quotation of several sentences closes (« Ils ont tué douze personnes. Ensuite ils sont partis », a raconté un habitant)", () => {
    expect(
      lines("Des hommes armés ont attaqué le village lundi. « Ils ont tué douze personnes. Ensuite ils sont partis », a raconté un habitant.", "fr"),
    ).toEqual(['Habitant: killed = {"phrase":"douze"}']);
    expect(lines('Gunmen attacked the village on Monday. "They killed 12 people. Then they left," a resident said.', "en")).toEqual(["Resident: killed = 12"]);
  });

  it("gives the outlet nothing of a quotation whose speaker the text never tells", () => {
    expect(lines('KANO (Reuters) - Gunmen attacked a village on Monday.\n\n"They killed 12 people."', "en").filter((l) => l.includes("killed"))).toEqual([]);
  });
});

describe("draftIncident reads who is said to be the author", () => {
  const authors = (text: string, lang: "fr" | "en") => lines(text, lang).filter((l) => l.includes("perpetrator"));

  it('reads a side telling of its own strike as its author ("The Kenyan military said it carried out an air strike")', () => {
    expect(authors("The Kenyan military said it carried out an air strike against al Shabaab.", "en")).toEqual([
      'Kenyan military: perpetrator = "kenyan-military"',
    ]);
  });

  it('reads a group named in a hyphenated name as the group ("A little-known militant group, Tehreek-e-Azadi Pakhtunkhwa, claimed responsibility")', () => {
    expect(authors("A little-known militant group, Tehreek-e-Azadi Pakhtunkhwa, claimed responsibility for the bombing.", "en")).toEqual([
      'Tehreek-e-Azadi Pakhtunkhwa: perpetrator = "tehreek-e-azadi-pakhtunkhwa"',
    ]);
  });

  it('reads a denial of any part in the attack as the author denied (« a démenti toute implication du groupe », "denied any role")', () => {
    expect(authors("Le porte-parole du JNIM a démenti toute implication du groupe.", "fr")).toEqual(['JNIM: perpetrator = not "jnim"']);
    expect(authors("The Pakistani Taliban denied any role in the attack.", "en")).toEqual(['Taliban: perpetrator = not "taliban"']);
  });

  it("reads an actor said to be behind the attack as its author, with the conditional's hedge (« pourrait être derrière l'opération »)", () => {
    const draft = draftIncident("Selon un expert, l'État islamique pourrait être derrière l'opération.", { lang: "fr" });
    expect(draft.claims.map((c) => [c.about.facet, c.hedge])).toEqual([["perpetrator", "unconfirmed"]]);
    expect(authors("A security analyst said the Islamic State group could be behind the attack.", "en")).toHaveLength(1);
  });

  it("names no author from an accusation of something else (« accuse le Hamas d'utiliser les écoles »)", () => {
    expect(authors("L'armée israélienne accuse le Hamas d'utiliser les écoles comme boucliers.", "fr")).toEqual([]);
    expect(authors("The army accused al Shabaab of using civilians as shields.", "en")).toEqual([]);
    expect(authors("Residents blamed al Shabaab for the attack.", "en")).toEqual(['Residents: perpetrator = "al-shabaab"']);
  });
});

describe("draftIncident reads the means in the words of fire and of the weapons", () => {
  const means = (text: string, lang: "fr" | "en") => lines(text, lang).filter((l) => l.includes("means"));

  it('reads gunfire (« ont ouvert le feu », « des tirs nourris », "opened fire", "shot dead") as small arms', () => {
    expect(means("Selon la police, les assaillants ont ouvert le feu sur les habitants.", "fr")).toEqual(['Police: means = ["small-arms"]']);
    expect(means("Selon un habitant, des tirs nourris ont retenti toute la nuit.", "fr")).toEqual(['Habitant: means = ["small-arms"]']);
    expect(means("The attackers opened fire on the farmers, police said.", "en")).toEqual(['Police: means = ["small-arms"]']);
    expect(means("Police said a guard was shot dead.", "en")).toEqual(['Police: means = ["small-arms"]']);
  });

  it('reads heavy weapons, missiles and helicopters (« à l\'arme lourde », « une frappe de missiles », "military aircraft bombed")', () => {
    expect(means("Selon la Minusca, les hommes ont tiré à l'arme lourde sur la base.", "fr")).toEqual(['Minusca: means = ["heavy-weapons"]']);
    expect(means("Une frappe de missiles a touché le port, a annoncé le gouverneur.", "fr")).toEqual(['Gouverneur: means = ["missile"]']);
    expect(means("Selon un pêcheur, des hélicoptères ont tiré sur les campements.", "fr")).toEqual(['Pêcheur: means = ["airstrike"]']);
    expect(means("A resident said military aircraft bombed the village.", "en")).toEqual(['Resident: means = ["airstrike"]']);
  });
});

describe("draftIncident finds the speaker of an inverted verb", () => {
  it('reads a one-word name before the verb at the start of its clause as the speaker, not a place earlier in the sentence ("…Cabo Delgado province on Friday, Lusa reported")', () => {
    const draft = draftIncident("Insurgents briefly occupied the town of Mazeze-Norte in the northern Cabo Delgado province on Friday, Lusa reported.", {
      lang: "en",
    });
    expect(draft.sources.find((s) => s.id === draft.claims[0]?.source)?.name).toBe("Lusa");
  });
});

describe("draftIncident counts only what counts the dead", () => {
  it('reads the wounded who died of their wounds as no count of their own (« trois ont succombé à leurs blessures », "two died of their wounds")', () => {
    expect(lines("Selon le gouverneur, onze gardes ont péri et trois ont succombé à leurs blessures.", "fr")).toEqual([
      'Gouverneur: killed = {"phrase":"onze"}',
    ]);
    expect(lines("Police said two people later died of their wounds.", "en")).toEqual([]);
  });

  it('reads "the only one" as no count', () => {
    expect(lines("Doctors said the wounded had been brought to the district hospital, the only one still working.", "en")).toEqual([]);
  });

  it('counts the buried before a verb of burial in the passive ("31 people had been buried", « 11 corps ont été inhumés »)', () => {
    expect(lines("A community leader said 31 people had been buried.", "en")).toEqual(['Community leader: killed = {"atLeast":31}']);
    expect(lines("Selon un notable, 11 corps ont été inhumés jeudi.", "fr")).toContain('Notable: killed = {"atLeast":11}');
  });

  it("counts the buried after the verb, not the one who helped bury them (« un commerçant …, qui dit avoir aidé à enterrer »)", () => {
    expect(lines("Selon les habitants, un commerçant, qui dit avoir aidé à enterrer les victimes, parle de douze morts.", "fr")).toEqual([
      'Habitants: killed = {"phrase":"douze"}',
    ]);
  });

  it("leaves out a paragraph that turns to an earlier incident and goes on in the pluperfect (« À cette occasion … avait conjugué … Le bilan de cette journée »)", () => {
    const text =
      "BAMAKO, 3 mai 2024 (AFP) - Des rebelles ont attaqué lundi un camp de l'armée, selon des sources locales.\n\nEn 2022, les rebelles avaient attaqué la même ville. Cependant, l'armée avait repoussé cette attaque. Le bilan de cette journée a été lourd, avec 10 soldats tués.";
    expect(lines(text, "fr").filter((l) => l.includes("killed") || l.includes("control"))).toEqual([]);
  });
});

describe("draftIncident finds a fact's words as whole words", () => {
  it('finds the count « 21 » as a word, not inside the year 2021 ("militias formed after the 2021 coup, said … 21 soldiers were killed")', () => {
    const text = "The Kale Defence Force, one of many militias formed after the 2021 coup, said in a statement that 21 soldiers were killed.";
    expect(draftIncident(text, { lang: "en" }).claims.map((c) => [c.about.facet, c.value, c.quote])).toEqual([["killed", 21, "21 soldiers were killed"]]);
  });
});

describe("draftIncident reads the toll and its parts", () => {
  it('drafts the whole toll beside its part (« au moins 40 personnes, dont une vingtaine de soldats », "at least 40 people, including 20 soldiers")', () => {
    expect(lines("Selon des sources sécuritaires, au moins 40 personnes, dont une vingtaine de soldats, ont été tuées.", "fr")).toEqual([
      'Sources sécuritaires: killed = {"phrase":"une vingtaine"}',
      'Sources sécuritaires: killed = {"atLeast":40}',
    ]);
    const draft = draftIncident("Officials said at least 40 people, including 20 soldiers, were killed.", { lang: "en" });
    expect(draft.claims.map((c) => [c.about.group, c.value])).toEqual([
      ["soldiers", 20],
      ["persons", { atLeast: 40 }],
    ]);
  });
});

describe("draftIncident names the outlet that reached the sources", () => {
  it("takes the outlet named twice as the one that reached the sources, when no credit line names one (« jointes par RFI », « Contactée par RFI »)", () => {
    const text =
      "Au moins dix civils ont été tués samedi, selon des sources locales jointes par RFI.\n\nContactée par RFI, l'armée n'a pas souhaité s'exprimer.";
    const draft = draftIncident(text, { lang: "fr" });
    expect(draft.sources.find((s) => s.kind === "media")?.name).toBe("RFI");
    expect(draft.claims.every((c) => c.via?.length === 1)).toBe(true);
  });
});

describe("draftIncident tells ground from things taken, and civilians from auxiliaries", () => {
  it('drafts no control of ground from things seized (« s\'être emparé de nombreuses armes », "seized weapons")', () => {
    expect(lines("Le JNIM affirme s'être emparé de nombreuses armes.", "fr").filter((l) => l.includes("control"))).toEqual([]);
  });

  it("labels no dead civilians from « supplétifs civils », who bear arms", () => {
    expect(lines("Selon l'armée, une vingtaine de soldats et de supplétifs civils ont été tués.", "fr").filter((l) => l.includes("status"))).toEqual([]);
  });
});

describe("draftIncident gives the outlet none of the words of a speaker it cannot name", () => {
  it('drafts nothing from a sentence whose verb of saying has a speaker no list knows ("The military\'s media wing said in a statement that …")', () => {
    const text =
      "ISLAMABAD (AP) — A bomb killed eight soldiers on Tuesday, officials said.\n\nThe military's media wing said in a statement that security forces later killed three militants.";
    expect(lines(text, "en").filter((l) => l.startsWith("AP"))).toEqual([]);
  });

  it("continues the speaker through « l'un d'eux », \"one of them\", « le texte »", () => {
    expect(lines('Two residents told Reuters the strikes hit the market. "We buried 38 people," one of them said.', "en")).toContain(
      'Residents: killed = {"atLeast":38}',
    );
    expect(lines("Selon des habitants, l'attaque a été violente. « Nous avons enterré 38 personnes », a raconté l'un d'entre eux.", "fr")).toContain(
      'Habitants: killed = {"atLeast":38}',
    );
    expect(lines("Selon un communiqué du ministère, les assaillants étaient nombreux. Huit gardes ont été tués, précise le texte.", "fr")).toContain(
      'Ministère: killed = {"phrase":"Huit"}',
    );
  });
});

describe("draftIncident reads vehicles laden with explosives as car bombs", () => {
  it('reads « un véhicule bourré d\'explosifs », "an explosives-laden car", "a truck packed with explosives" as vbied', () => {
    expect(lines("Selon l'armée, un véhicule bourré d'explosifs a foncé sur le poste.", "fr")).toContain('Armée: means = ["vbied"]');
    expect(lines("A bomber rammed an explosives-laden car into the convoy, police said.", "en")).toContain('Police: means = ["vbied"]');
    expect(lines("Police said a truck packed with explosives hit the gate.", "en")).toContain('Police: means = ["vbied"]');
  });
});

describe("draftIncident dates an attack told at a time of its day", () => {
  it('reads "before dawn on Thursday", « avant l\'aube jeudi » as that Thursday, not as a bound', () => {
    expect(lines("MOGADISHU, March 15, 2024 (Reuters) - Fighters attacked a base before dawn on Thursday, the army said.", "en")).toContain(
      'Army: occurred = "2024-03-14"',
    );
    expect(lines("BAMAKO, 15 mars 2024 (AFP) - Des jihadistes ont attaqué le camp avant l'aube jeudi, selon l'armée.", "fr")).toContain(
      'Armée: occurred = "2024-03-14"',
    );
  });
});

describe("draftIncident reads what a count counts and whose words it is", () => {
  it('reads the noun after an adjective as what was counted ("captured two armoured vehicles" is things seized)', () => {
    expect(lines("The RSF said it had captured two armoured vehicles.", "en")).toEqual(['RSF: seized = {"phrase":"two"}']);
  });

  it('counts no directions or sides ("came from three directions, looted homes")', () => {
    expect(lines('A local committee said the fighters "came from three directions", looted shops and left.', "en")).toEqual([]);
  });

  it('leaves out a tally across the whole country (« sur l\'ensemble du pays », "across the country")', () => {
    expect(lines("Selon l'armée de l'air, la Russie a lancé six missiles et 24 drones sur l'ensemble du pays.", "fr")).toEqual([]);
    expect(lines("The air force said Russia launched 40 drones across the country overnight.", "en")).toEqual([]);
  });

  it("reads an aim through a reflexive verb as no outcome (« ont tenté de s'emparer du camp »)", () => {
    expect(lines("Selon l'armée, les jihadistes ont tenté de s'emparer du camp.", "fr").filter((l) => l.includes('"captured"'))).toEqual([]);
  });

  it('names a body its country owns anew, not the last of its kind ("Somalia\'s information ministry declined to comment")', () => {
    expect(lines("Al Shabaab's Andalus radio said seven civilians were killed. Somalia's information ministry declined to comment.", "en")).toContain(
      `Somalia's information ministry: killed = "withheld"`,
    );
  });
});

describe("draftIncident reads outlets the article does not name", () => {
  it('reads « des médias locaux », "local media" as a media source', () => {
    expect(lines("Local media reported that the dead included at least nine children.", "en")).toEqual(['Local media: killed = {"phrase":"at least nine"}']);
    expect(lines("Selon des médias locaux, au moins neuf enfants figurent parmi les morts.", "fr")).toEqual([
      'Médias locaux: killed = {"phrase":"au moins neuf"}',
    ]);
  });

  it('drafts no refusal where a source "did not say how many", but one where it "declined to say"', () => {
    expect(lines("The military did not say how many people had been killed.", "en")).toEqual([]);
    expect(lines("The military declined to say how many people had been killed.", "en")).toEqual(['Military: killed = "withheld"']);
  });
});

describe("draftIncident keeps a source's relays", () => {
  it('keeps the relay a source spoke through for its later words ("told Al Jazeera …", then "he said")', () => {
    const text =
      'Gaza (Al Jazeera) - A strike hit a school.\n\nMahmoud Basal, a spokesman for the civil defence agency, told Al Jazeera that rescuers were searching the rubble. "We have recovered 27 bodies so far," he said.';
    const draft = draftIncident(text, { lang: "en" });
    const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
    expect(draft.claims.filter((c) => c.about.facet === "killed").map((c) => (c.via ?? []).map(name))).toEqual([["Al Jazeera"]]);
  });
});

describe("draftIncident finds where it happened in a long lead", () => {
  it("finds the place an event's object stands between (« Une embuscade a visé lundi 8 avril un convoi de l'armée malienne près de Kéra-Wéré »)", () => {
    const text = "BAMAKO, 9 avril 2024 (AFP) - Une embuscade a visé lundi 8 avril un convoi de l'armée malienne près de Kéra-Wéré, dans la région de Ségou.";
    expect(lines(text, "fr")).toContain('AFP: location = "kera-were"');
  });
});

describe("draftIncident reads an outlet named after its noun and a place before its noun", () => {
  const text =
    "MAPUTO, Feb 11, 2024 (AFP) - Insurgents briefly occupied the town of Mucojo in Mozambique's northern Cabo Delgado province on Friday, February 9, according to the Portuguese news agency Lusa.";

  it('reads "the Portuguese news agency Lusa" as the outlet Lusa, and "Cabo Delgado province" as no person', () => {
    const draft = draftIncident(text, { lang: "en" });
    expect(draft.sources.map((s) => s.name)).toEqual(["AFP", "Lusa"]);
  });

  it('dates and places an occupation (« occupé », "occupied") as an event', () => {
    expect(lines(text, "en")).toEqual(expect.arrayContaining(['Lusa: occurred = "2024-02-09"', 'Lusa: location = "mucojo"']));
  });
});

describe("draftIncident reads a source that does not comment on a toll as declining it", () => {
  it('reads "did not comment on its losses", « n\'a pas commenté ces chiffres » as a refusal, and "did not comment on the attack" as none', () => {
    expect(lines("Kenya's military did not comment on its losses.", "en")).toEqual([`Kenya's military: killed = "withheld"`]);
    expect(lines("L'armée n'a pas commenté ces chiffres.", "fr")).toEqual(['Armée: killed = "withheld"']);
    expect(lines("Kenya's government did not comment on the attack.", "en")).toEqual([]);
  });
});

describe("draftIncident reads a group by the name after its noun, and ignorance with a day inside", () => {
  it("names a group by the name after its noun and its determiner (« menée par la milice Dan Na Ambassagou »)", () => {
    expect(lines("Selon un élu, l'attaque a été menée par la milice Dan Na Ambassagou.", "fr")).toEqual(['Élu: perpetrator = "dan-na-ambassagou"']);
  });

  it("reads « n'était pas en mesure lundi de fournir un bilan » as admitted ignorance", () => {
    expect(lines("Contactée par l'AFP, la police n'était pas en mesure lundi de fournir un bilan.", "fr")).toEqual(['Police: killed = "unknown"']);
  });
});

describe("draftIncident reads soldiers fallen as dead", () => {
  it("reads « militaires tombés », « nos hommes sont tombés » as killed, and « tombés dans une embuscade » as not", () => {
    expect(lines("« Trois de nos hommes sont tombés dimanche », a déclaré à l'AFP un responsable militaire.", "fr")).toEqual([
      'Responsable militaire: killed = {"phrase":"Trois"}',
    ]);
    expect(lines("Selon l'état-major, plus d'une dizaine de militaires tombés ont été recensés.", "fr")).toEqual([
      'État-major: killed = {"phrase":"plus d\'une dizaine"}',
    ]);
    expect(lines("Selon l'armée, deux soldats sont tombés dans une embuscade et ont été blessés.", "fr").filter((l) => l.includes("killed"))).toEqual([]);
  });
});

describe("draftIncident reads an army's own words for its dead", () => {
  it('reads "embraced martyrdom", "were martyred" as killed', () => {
    expect(lines('The army said in a statement that eight soldiers "embraced martyrdom".', "en")).toEqual(['Army: killed = {"phrase":"eight"}']);
    expect(lines("Six soldiers were martyred, the army said.", "en")).toEqual(['Army: killed = {"phrase":"Six"}']);
  });
});
