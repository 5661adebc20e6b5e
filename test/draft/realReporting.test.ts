import { describe, expect, it } from "vitest";
import { draftIncident, type IncidentDraft, parseIncident } from "../../src/index.js";

/**
 * Classes of error found by drafting real reporting (wire copy, radio and
 * newspaper articles) and reading the draft as an analyst would. The
 * sentences are written for these tests; none is copied from an article.
 */

/** Each drafted claim as "source (kind): facet = value", the way a reviewer scans a draft. */
function lines(text: string, lang: "fr" | "en"): string[] {
  const draft: IncidentDraft = draftIncident(text, { lang });
  const source = (id: string) => draft.sources.find((s) => s.id === id);
  return draft.claims.map((c) => `${source(c.source)?.name} (${source(c.source)?.kind}): ${c.about.facet} = ${c.not ? "not " : ""}${JSON.stringify(c.value)}`);
}

describe("a refusal by a body named anew is that body's", () => {
  it('gives "the defence ministry did not respond" to the ministry, not to the army named before', () => {
    const drafted = lines(
      "Gunmen overran an outpost on Sunday, killing nine soldiers, the army said.\n\nThe defence ministry did not respond to a request for comment on the toll.",
      "en",
    );
    expect(drafted).toContain('Army (party): killed = {"phrase":"nine"}');
    expect(drafted).toContain('Defence ministry (party): killed = "withheld"');
    expect(drafted).not.toContain('Army (party): killed = "withheld"');
  });

  it("gives « le ministère de la Défense n'a pas souhaité donner de bilan » to the ministry, not to the general staff", () => {
    const drafted = lines(
      "L'état-major a indiqué que six militaires avaient été tués.\n\nSollicité, le ministère de la Défense n'a pas souhaité donner de bilan.",
      "fr",
    );
    expect(drafted).toContain('État-major (party): killed = {"phrase":"six"}');
    expect(drafted).toContain('Ministère de la Défense (party): killed = "withheld"');
  });
});

describe("a spokesman of the forces speaks for them", () => {
  it('reads "army spokesman Colonel X told reporters" as the army\'s voice (kind party), even where no country is named', () => {
    const draft = draftIncident("Two soldiers were wounded, army spokesman Colonel Peter Okafor told reporters.", { lang: "en" });
    const speaker = draft.sources.find((s) => s.kind !== "media");
    expect(speaker?.kind).toBe("party");
    expect(speaker?.actor).toBeDefined();
    expect(draft.actors.find((a) => a.id === speaker?.actor)?.name).toBe("army");
  });
});

describe("« fait état de » with a count in words", () => {
  it("reads « fait état de quatre soldats tués »: « quatre » after « de » is a count, not an infinitive of aim", () => {
    expect(lines("Dans un communiqué, l'armée fait état de quatre soldats tués.", "fr")).toContain('Armée (party): killed = {"phrase":"quatre"}');
    expect(lines("L'armée parle de quatre morts.", "fr")).toContain('Armée (party): killed = {"phrase":"quatre"}');
  });

  it("still reads an aim as no outcome (« tenté de reprendre le camp »)", () => {
    expect(lines("Selon l'armée, les assaillants ont tenté de reprendre le camp.", "fr").filter((l) => l.includes("control"))).toEqual([]);
  });
});

describe("« sources concordantes » and « sources locales » are two sources", () => {
  it("keeps the local sources reached by the correspondent apart from the concordant sources of the lead", () => {
    const draft = draftIncident(
      "Un poste militaire a été attaqué, selon plusieurs sources concordantes.\n\nDes sources locales jointes par notre correspondant évoquent au moins quinze morts.",
      { lang: "fr" },
    );
    const toll = draft.claims.find((c) => c.about.facet === "killed");
    expect(draft.sources.find((s) => s.id === toll?.source)?.name).toBe("Sources locales");
    expect(draft.sources.find((s) => s.id === toll?.source)?.kind).toBe("local");
  });
});

describe("a sentence about another time or a campaign adds nothing to this incident", () => {
  it('drafts nothing from "the first attack on a base since the rebels stormed a school in March, killing about 80"', () => {
    const drafted = lines(
      "Gunmen killed six police officers at a checkpoint on Friday, the police said.\n\nIt was the deadliest attack on the police in the province since the rebels stormed a school in Kanda, killing about 80 people.",
      "en",
    );
    expect(drafted.filter((l) => l.includes("80") || l.includes("kanda"))).toEqual([]);
  });

  it('drafts nothing from "an insurgency that has spread over the past ten years, killing thousands"', () => {
    const drafted = lines(
      "Six soldiers were killed, the army said.\n\nThe country faces an insurgency that has spread over the past ten years, killing thousands.",
      "en",
    );
    expect(drafted).toEqual(['Army (party): killed = {"phrase":"Six"}']);
  });

  it('drafts nothing from "the army says over 2,000 fighters have been killed in the military drive"', () => {
    const drafted = lines("Six soldiers were killed, the army said.\n\nThe army says over 2,000 fighters have been killed in the military drive.", "en");
    expect(drafted).toEqual(['Army (party): killed = {"phrase":"Six"}']);
  });

  it('drafts nothing from "they have stepped up attacks since ending a truce, including the bombing of a market that killed 40"', () => {
    const drafted = lines(
      "Six soldiers were killed, the army said.\n\nThe militants have stepped up attacks since ending a truce, including the bombing of a market that killed 40 people.",
      "en",
    );
    expect(drafted).toEqual(['Army (party): killed = {"phrase":"Six"}']);
  });

  it("drafts nothing from « au cours des dix dernières années » or « depuis que les rebelles ont pris la ville »", () => {
    expect(lines("Six soldats ont été tués, selon l'armée.\n\nLes violences ont fait plus de 3 000 morts au cours des dix dernières années.", "fr")).toEqual([
      'Armée (party): killed = {"phrase":"Six"}',
    ]);
    expect(lines("Six soldats ont été tués, selon l'armée.\n\nC'est l'attaque la plus grave depuis que les rebelles ont tué 50 civils à Kanda.", "fr")).toEqual(
      ['Armée (party): killed = {"phrase":"Six"}'],
    );
  });

  it('drafts nothing from "In March, a strike on a bus killed about 20, according to witnesses" once the incident is told and undated', () => {
    const drafted = lines(
      "A drone strike on a market killed dozens of people, residents said.\n\nIn March, a strike on a bus killed about 20 people, according to witnesses.",
      "en",
    );
    expect(drafted.filter((l) => l.includes("20"))).toEqual([]);
    expect(drafted).toContain('Residents (local): killed = {"phrase":"dozens"}');
  });
});

describe("residents as a group are a local source, one resident a witness", () => {
  it('codes "residents said", « des habitants » as local and "a resident said" as a witness', () => {
    expect(lines("Residents said gunmen killed five people.", "en")).toEqual(['Residents (local): killed = {"phrase":"five"}']);
    expect(lines("Selon des habitants, cinq personnes ont été tuées.", "fr")).toEqual(['Habitants (local): killed = {"phrase":"cinq"}']);
    expect(lines("A resident said gunmen killed five people.", "en")).toEqual(['Resident (witness): killed = {"phrase":"five"}']);
  });

  it('names "rescue workers" by their role, as a local source', () => {
    expect(lines("Rescue workers said 12 people were wounded.", "en")).toEqual(["Rescue workers (local): wounded = 12"]);
  });
});

describe("a comma inside a quotation opens no apposition", () => {
  it("gives the words to the speaker named after the quotation, not to a pronoun inside it", () => {
    const drafted = lines(
      "Des habitants parlent d'un bilan plus lourd. « Ils ont pris des femmes, des enfants et du bétail », a raconté à l'AFP Ali Sanda, un éleveur, qui dit avoir enterré 9 corps.",
      "fr",
    );
    expect(drafted.filter((l) => l.includes("killed"))).toEqual(['Ali Sanda (éleveur) (witness): killed = {"atLeast":9}']);
  });
});

describe('two speakers joined by « et » / "and" each say the words', () => {
  it('gives "…, the army and security officials said" to both', () => {
    const drafted = lines("Gunmen stormed a camp, killing at least five soldiers, the army and security officials said.", "en");
    expect(drafted).toContain('Army (party): killed = {"phrase":"at least five"}');
    expect(drafted).toContain('Security officials (party): killed = {"phrase":"at least five"}');
  });

  it("gives « selon l'armée et des sources locales » to both", () => {
    const drafted = lines("Sept soldats ont été tués, selon l'armée et des sources locales.", "fr");
    expect(drafted).toContain('Armée (party): killed = {"phrase":"Sept"}');
    expect(drafted).toContain('Sources locales (local): killed = {"phrase":"Sept"}');
  });

  it('joins no one across two clauses ("Residents fled and police said …")', () => {
    expect(lines("Residents fled and police said four people were killed.", "en")).toEqual(['Police (party): killed = {"phrase":"four"}']);
  });
});

describe("a country that speaks is its government", () => {
  it('reads "Pakistan says seven soldiers were killed" as the state\'s voice, and "in Pakistan" as no one', () => {
    expect(lines("Kenya says seven soldiers were killed in the raid.", "en")).toEqual(['Kenya (party): killed = {"phrase":"seven"}']);
    expect(lines("Seven soldiers were killed in Kenya, the army said.", "en")).toEqual(['Army (party): killed = {"phrase":"Seven"}']);
  });
});

describe('a relay is named right after « relayé par » / "carried by"', () => {
  it("keeps the speaker after a comma that follows an unknown outlet (« relayé par Xyz, il affirme avoir tué … »)", () => {
    const drafted = lines("Le JNIM a revendiqué l'attaque. Dans un communiqué relayé par Xyz, il affirme avoir tué 20 soldats.", "fr");
    expect(drafted).toContain("JNIM (party): killed = 20");
  });

  it('reads "a statement carried by the agency Xyz" as relayed by that agency', () => {
    const draft = draftIncident("Al Shabaab said in a statement carried by the agency Xyz that its fighters killed 20 soldiers.", { lang: "en" });
    const toll = draft.claims.find((c) => c.about.facet === "killed");
    expect(toll?.via?.map((id) => draft.sources.find((s) => s.id === id)?.name)).toContain("Xyz");
  });
});

describe("a regional official named with a title", () => {
  it("reads « a annoncé le haut commissaire de la province, X » and a later « M. X » as that official", () => {
    const drafted = lines(
      "Neuf soldats ont été tués samedi, a annoncé le haut commissaire de la province, Issa Kaboré.\n\n« Nous avons perdu neuf hommes », a déclaré à l'AFP M. Kaboré.",
      "fr",
    );
    expect(drafted).toContain('Issa Kaboré (haut commissaire) (government): killed = {"phrase":"Neuf"}');
    expect(drafted.some((l) => l.startsWith("M ("))).toBe(false);
  });

  it('joins "a local politician and residents say" as two speakers', () => {
    const drafted = lines("Dozens of people may have been killed in the raid, a local politician and residents say.", "en");
    expect(drafted).toEqual(['Residents (local): killed = {"phrase":"Dozens"}', 'Local politician (local): killed = {"phrase":"Dozens"}']);
  });
});

describe("words that name no place or no count", () => {
  it('reads "a Nigerian village" as no place', () => {
    expect(lines("Gunmen attacked a Nigerian village, killing 12 people, police said.", "en").filter((l) => l.includes("location"))).toEqual([]);
    expect(lines("Gunmen attacked the Gidan Bawa village, killing 12 people, police said.", "en")).toContain('Police (party): location = "gidan-bawa"');
  });

  it('drafts no figure after "it is not true" or « c\'est faux »', () => {
    // A rebuttal is either left out or drafted as the denial it is, never as the figure.
    expect(lines('"It is not true that 90 people were killed," the governor said.', "en").filter((l) => !l.includes("= not "))).toEqual([]);
    expect(lines('"The reports are false. Ninety people were not killed," the governor said.', "en").filter((l) => !l.includes("= not "))).toEqual([]);
    expect(lines("« C'est faux, il n'y a pas eu 90 morts », a déclaré le gouverneur.", "fr").filter((l) => l.includes("killed"))).toEqual([]);
  });

  it('drafts no zero from "nobody" clauses after the dead ("bodies lie there because there is nobody to bury them")', () => {
    expect(lines('"Many bodies are lying in the streets because there is nobody left to bury them," a resident said.', "en")).toEqual([]);
    expect(lines("No one was killed in the blast, police said.", "en")).toEqual(['Police (party): killed = {"phrase":"No one"}']);
  });
});

describe("a record set by another incident", () => {
  it("drafts nothing from « Jusque-là, la plus grave attaque avait fait douze morts à Kanda, en mars 2016 »", () => {
    const drafted = lines(
      "Au moins vingt soldats ont été tués lundi, selon l'armée.\n\nJusque-là, la plus grave attaque contre l'armée avait fait douze morts à Kanda, en mars 2016.",
      "fr",
    );
    expect(drafted).toEqual(['Armée (party): killed = {"phrase":"Au moins vingt"}']);
  });

  it("drafts nothing from a month and year in an article that never gives its own year, once the incident is told", () => {
    const drafted = lines(
      "Twenty soldiers were killed on Monday, the army said.\n\nThe attack targeted a border post.\n\nIn a raid in March 2016, the same group killed 12 soldiers near Kanda.",
      "en",
    );
    expect(drafted).toEqual(['Army (party): killed = {"phrase":"Twenty"}', 'Article (media): target = "a border post"']);
  });
});

describe("a ministry or press service named anew is a source of its own", () => {
  it('gives "the interior ministry declined to comment" to that ministry, not to the army named before', () => {
    const drafted = lines("Twelve soldiers were killed, the army said.\n\nThe interior ministry declined to comment on the toll.", "en");
    expect(drafted).toEqual(['Army (party): killed = {"phrase":"Twelve"}', 'Interior ministry (party): killed = "withheld"']);
  });

  it("gives « le service de communication des armées n'a pas souhaité commenter » to the press service, not to the general staff", () => {
    const drafted = lines(
      "Selon l'état-major, douze soldats ont été tués.\n\nLe service de communication des armées n'a pas souhaité commenter ce bilan.",
      "fr",
    );
    expect(drafted).toEqual(['État-major (party): killed = {"phrase":"douze"}', 'Service de communication des armées (party): killed = "withheld"']);
  });

  it("still reads a bare « le ministère » as the ministry last named", () => {
    const drafted = lines("Le ministère de la Défense a confirmé l'attaque.\n\nLe ministère n'a pas souhaité donner de bilan.", "fr");
    expect(drafted).toEqual(['Ministère de la Défense (party): killed = "withheld"']);
  });
});

describe("counts that are not the dead of this toll", () => {
  it('does not split "seven dead people and six others wounded" into a wounded count of seven', () => {
    const drafted = lines('"I counted seven dead people and six others wounded," a witness said.', "en");
    expect(drafted).toEqual(['Witness (witness): killed = {"phrase":"seven"}', 'Witness (witness): wounded = {"phrase":"six"}']);
    expect(lines("The attack killed 12 soldiers and 30 militants, the army said.", "en")).toEqual(["Army (party): killed = 12", "Army (party): killed = 30"]);
  });

  it('reads a count before a bare "kill" as those who would kill ("the four attackers intended to kill him")', () => {
    expect(lines("Police said the four attackers intended to kill a detained comrade.", "en")).toEqual([]);
    expect(lines("Selon la police, les quatre assaillants voulaient tuer un détenu.", "fr")).toEqual([]);
  });
});

describe("a group's spokesman and medical staff", () => {
  it("reads \"X, the group's military operations spokesman, told Reuters\" as the group's voice", () => {
    const draft = draftIncident('"We killed nine soldiers," Abu Hamza, al Shabaab\'s military operations spokesman, told Reuters.', { lang: "en" });
    const speaker = draft.sources.find((s) => s.kind !== "media");
    expect(speaker?.kind).toBe("party");
    expect(draft.actors.find((a) => a.id === speaker?.actor)?.name).toMatch(/shabaab/iu);
  });

  it('reads "a witness and medical personnel said", "the hospital\'s medical superintendent" as medical sources', () => {
    expect(lines("The blast killed at least seven people, a witness and medical personnel said.", "en")).toContain(
      'Medical personnel (local): killed = {"phrase":"at least seven"}',
    );
    expect(lines("Omar Kazi, the hospital's medical superintendent, said 12 people had died.", "en")).toEqual([
      "Omar Kazi (medical superintendent) (local): killed = 12",
    ]);
  });
});

describe("another incident told beside this one", () => {
  it('drafts nothing from "Separately, …" or "Earlier this week, …"', () => {
    const drafted = lines(
      "Six soldiers were killed in the clash, a military spokesman said.\n\nSeparately, gunmen shot dead a teacher in Kanda.\n\nEarlier this week, militants killed three policemen in an ambush.",
      "en",
    );
    expect(drafted).toEqual(['Military spokesman (party): killed = {"phrase":"Six"}']);
  });

  it("drafts nothing from « Dans un autre incident, … »", () => {
    const drafted = lines("Six soldats ont été tués, selon l'armée.\n\nDans un autre incident, deux civils ont été tués à Kanda.", "fr");
    expect(drafted).toEqual(['Armée (party): killed = {"phrase":"Six"}']);
  });

  it("names the forces of an unnamed country without the spokesman's role", () => {
    const draft = draftIncident("Six soldiers were killed in the clash, a military spokesman said.", { lang: "en" });
    expect(draft.actors.map((a) => a.name)).toEqual(["military"]);
  });
});

describe("« les sources » and « une source gouvernementale »", () => {
  it("reads « selon les sources » as many sources, not the last speaker", () => {
    const drafted = lines(
      "Selon une source sécuritaire, l'attaque a eu lieu samedi.\n\nLe bilan varie selon les sources : entre 10 et 40 personnes tuées.",
      "fr",
    );
    expect(drafted.filter((l) => l.startsWith("Source sécuritaire") && l.includes("killed"))).toEqual([]);
  });

  it("reads « explique une source gouvernementale » as a government source", () => {
    expect(lines("« Ils ont tué douze hommes », explique une source gouvernementale.", "fr")).toEqual([
      'Source gouvernementale (government): killed = {"phrase":"douze"}',
    ]);
  });
});

describe("who did it, and when another event is only a landmark", () => {
  it('names no perpetrator from "Five troops killed in a bombing" or "wearing an army uniform struck"', () => {
    expect(lines("Five troops killed in a suicide bombing were members of one unit, an official said.", "en").filter((l) => l.includes("perpetrator"))).toEqual(
      [],
    );
    expect(lines("A bomber wearing a Kenyan military uniform struck at the gate, police said.", "en").filter((l) => l.includes("perpetrator"))).toEqual([]);
    expect(lines("Al Shabaab fighters attacked the base, police said.", "en")).toContain('Police (party): perpetrator = "al-shabaab"');
  });

  it('keeps the toll of a lead that ends ", two days after an offensive was launched", and leaves out what follows the cue', () => {
    expect(lines("Two soldiers were killed in an attack on a base, the military said, two days after an offensive was launched.", "en")).toEqual([
      'Military (party): killed = {"phrase":"Two"}',
      'Military (party): target = "a base"',
    ]);
    expect(lines("L'attaque survient quelques jours seulement après la prise de Kanda par l'armée, qui y avait tué 30 combattants.", "fr")).toEqual([]);
    expect(lines("Two days after the raid, gunmen killed five more villagers, police said.", "en")).toEqual([]);
  });

  it("reads a site's name with its domain as one word (« joints par Lefaso.net », « à ACTUALITE.CD »)", () => {
    const drafted = lines("Des habitants de Diapangou joints par Lefaso.net évoquent douze morts.", "fr");
    expect(drafted).toContain('Habitants (local): killed = {"phrase":"douze"}');
    const draft = draftIncident("« Nous avons compté dix-sept corps », a déclaré à ACTUALITE.CD son président, Albert Mukendi.", { lang: "fr" });
    expect(draft.sources.find((s) => s.name === "ACTUALITE.CD")?.kind).toBe("media");
  });

  it('reads "Two U.S. soldiers were killed" with its count (an initialism with dots is one word)', () => {
    expect(lines("Two U.S. soldiers were killed in the attack, the U.S. military said.", "en")).toEqual(['U.S. military (party): killed = {"phrase":"Two"}']);
  });

  it('reads "X, a spokesman for the provincial governor," as the governor\'s voice (kind government)', () => {
    expect(lines("Ali Noor, a spokesman for the provincial governor, said 12 people were wounded.", "en")).toEqual([
      "Ali Noor (spokesman for the provincial governor) (government): wounded = 12",
    ]);
  });
});

describe("two speakers in one sentence, and a report called untrue", () => {
  it('gives "…, they insisted that no one died while residents said two were killed" to the residents only', () => {
    const drafted = lines("The police confirmed the raid, but they insisted that no one died while residents said two people were killed.", "en");
    expect(drafted.filter((l) => l.includes('"two"'))).toEqual(['Residents (local): killed = {"phrase":"two"}']);
  });

  it('drafts no figure from "described the report that two villagers were killed as untrue"', () => {
    expect(lines("The police spokesman described the report that two villagers were killed as untrue.", "en")).toEqual([]);
  });
});

describe("French wire leads with an inverted subject, silence and a conflict's tally", () => {
  it("gives « Au moins 14 personnes, dont un supplétif des forces de sécurité, ont été tuées …, ont indiqué des sources sécuritaires » to the sources", () => {
    const drafted = lines(
      "Au moins quatorze personnes, dont un supplétif des forces de sécurité, ont été tuées vendredi, ont indiqué samedi des sources sécuritaires.",
      "fr",
    );
    expect(drafted).toEqual(['Sources sécuritaires (party): killed = {"phrase":"Au moins quatorze"}']);
  });

  it("reads « a fait état de victimes, mais n'a donné aucun chiffre » as silence, not a refusal", () => {
    expect(lines("Une source sécuritaire a confirmé l'attaque mais n'a donné aucun chiffre.", "fr")).toEqual([]);
    expect(lines("L'armée n'a pas souhaité donner de chiffre.", "fr")).toEqual(['Armée (party): killed = "withheld"']);
  });

  it("drafts nothing from a toll told with a conflict's millions of displaced", () => {
    expect(lines("Six soldats ont été tués, selon l'armée.\n\nPlus de 2 000 personnes sont mortes et plus d'un million ont fui leurs foyers.", "fr")).toEqual([
      'Armée (party): killed = {"phrase":"Six"}',
    ]);
    expect(lines("Six soldiers were killed, the army said.\n\nThe fighting has killed 2,000 people and displaced millions.", "en")).toEqual([
      'Army (party): killed = {"phrase":"Six"}',
    ]);
  });
});

describe("a community's own dead in its official's words", () => {
  it('reads "In all, we lost 12 people" as 12 killed, and "lost contact" as nothing', () => {
    expect(lines('"In all, we lost 12 people in the raids," the district administrator said.', "en")).toEqual([
      "District administrator (government): killed = 12",
    ]);
    expect(lines("The army said it lost contact with a patrol.", "en")).toEqual([]);
  });
});

describe("an inverted pair of speakers after a place set off by commas", () => {
  it("gives « Plusieurs soldats ont été tués …, dans la région de Kanda, ont indiqué un responsable militaire et un élu local vendredi » to both", () => {
    const drafted = lines(
      "Plusieurs soldats ont été tués dans une embuscade contre un convoi de l'armée, dans la région de Kanda, ont indiqué un responsable militaire et un élu local vendredi.",
      "fr",
    );
    expect(drafted.filter((l) => l.includes("killed"))).toEqual([
      'Responsable militaire (party): killed = {"phrase":"Plusieurs"}',
      'Élu local (local): killed = {"phrase":"Plusieurs"}',
    ]);
  });
});

describe("a clause between commas before « a indiqué X » is no apposition of the subject", () => {
  it("gives « …, et des suspects seraient aux mains des forces nigériennes, a indiqué l'armée malienne » to the army named after the verb", () => {
    expect(
      lines(
        "Les jihadistes auraient perdu 17 hommes, et une centaine de suspects seraient aux mains des forces nigériennes, a indiqué l'armée malienne.",
        "fr",
      ),
    ).toEqual(["Armée malienne (party): killed = 17"]);
  });

  it("still passes over a relative clause, with or without its preposition", () => {
    expect(lines("L'armée malienne, qui est sur place, a indiqué que 17 jihadistes ont été tués.", "fr")).toEqual(["Armée malienne (party): killed = 17"]);
    expect(lines('Islamic State, to which the ADF has pledged allegiance, said its fighters had killed "more than 60" people.', "en")).toEqual([
      'Islamic State (party): killed = {"atLeast":61}',
      'Islamic State (party): perpetrator = "islamic-state"',
    ]);
  });
});

describe("a toll told in the pluperfect on a day of its own is another incident's", () => {
  it.each([
    "Jeudi, sept soldats avaient été tués dans l'ouest du pays.",
    "Mi-août, au moins 17 soldats avaient été tués et 20 blessés dans une attaque près de la frontière.",
    "Le 3 mars, vingt soldats avaient été tués lors d'une attaque.",
  ])("drafts nothing from « %s »", (text) => {
    expect(lines(`Douze soldats ont été tués samedi, selon l'armée. ${text}`, "fr")).toEqual(['Armée (party): killed = {"phrase":"Douze"}']);
  });

  it("keeps the pluperfect of reported speech, which is this incident's", () => {
    expect(lines("Jeudi, l'armée a indiqué que 12 soldats avaient été tués.", "fr")).toEqual(["Armée (party): killed = 12"]);
  });
});

describe("an aim reached is an outcome", () => {
  it('reads « a permis de neutraliser » and "managed to neutralise" as done, « a tenté de » and "tried to" as not', () => {
    expect(lines("Selon l'armée, la riposte a permis de neutraliser 12 terroristes.", "fr")).toEqual(["Armée (party): neutralized = 12"]);
    expect(lines("Selon l'armée, les soldats ont tenté de neutraliser 12 terroristes.", "fr")).toEqual([]);
    expect(lines("The army said troops managed to neutralise 12 terrorists.", "en")).toEqual(["Army (party): neutralized = 12"]);
  });
});

describe("the doubt of « probablement menée par » is about the author only", () => {
  it("keeps the toll asserted and the perpetrator unconfirmed", () => {
    const draft = draftIncident("Six militaires ont été tués lors d'une attaque probablement menée par le JNIM, selon l'armée.", { lang: "fr" });
    expect(draft.claims.map((c) => [c.about.facet, c.hedge])).toEqual([
      ["killed", undefined],
      ["perpetrator", "unconfirmed"],
    ]);
  });
});

describe("a governor's office speaks as a civilian official", () => {
  it("gives « précise le communiqué » of « le gouvernorat » to the governorate", () => {
    expect(
      lines(
        "L'attaque a visé un détachement, a indiqué le gouvernorat dans un communiqué. Le bilan est de 40 morts et 33 blessés, précise le communiqué.",
        "fr",
      ),
    ).toEqual(['Gouvernorat (government): target = "un détachement"', "Gouvernorat (government): killed = 40", "Gouvernorat (government): wounded = 33"]);
  });
});

describe("« tombés en héros » is how an army tells its dead", () => {
  it("reads « 29 soldats sont tombés en héros » as killed", () => {
    expect(lines("Selon l'armée, 29 soldats sont tombés en héros et deux ont été blessés.", "fr")).toEqual([
      "Armée (party): killed = 29",
      'Armée (party): wounded = {"phrase":"deux"}',
    ]);
  });
});

describe("buildings set on fire or razed are destroyed", () => {
  it("reads « ont incendié 60 maisons » as 60 destroyed (the fire told by what it destroyed), and « ont incendié le marché » as arson", () => {
    expect(lines("Selon la police, les assaillants ont incendié 60 maisons.", "fr")).toEqual(["Police (party): destroyed = 60"]);
    expect(lines("Selon la police, les assaillants ont incendié le marché.", "fr")).toEqual(['Police (party): means = ["arson"]']);
  });

  it('reads "razed" and « rasées » as destroyed', () => {
    expect(lines("Police said 31 houses were razed.", "en")).toEqual(["Police (party): destroyed = 31"]);
    expect(lines("Selon la police, 31 maisons ont été rasées.", "fr")).toEqual(["Police (party): destroyed = 31"]);
  });
});

describe("buildings burnt are destroyed, in English too", () => {
  it.each([
    "Police said the attackers set fire to 20 houses.",
    "Police said the attackers set 20 houses ablaze.",
    "Police said the attackers burned 20 houses.",
    "Police said 20 houses were burned down.",
  ])("reads « %s » as 20 destroyed, not as the means of the attack", (text) => {
    expect(lines(text, "en")).toEqual(["Police (party): destroyed = 20"]);
  });

  it('still reads "burned alive" as killed', () => {
    expect(lines("Police said two people were burned alive.", "en")).toEqual(['Police (party): killed = {"phrase":"two"}']);
  });
});

describe("French burnt homes in the active, and people never destroyed", () => {
  it("reads « ont mis le feu à 20 maisons » and « ont brûlé une quarantaine de maisons » as destroyed", () => {
    expect(lines("Selon la police, les assaillants ont mis le feu à 20 maisons.", "fr")).toEqual(["Police (party): destroyed = 20"]);
    expect(lines("Selon la police, les assaillants ont brûlé une quarantaine de maisons.", "fr")[0]).toBe(
      'Police (party): destroyed = {"approx":40,"tolerance":5}',
    );
  });

  it("never counts the attackers as what they burnt, and keeps « brûlé vif » a death", () => {
    expect(lines("Selon le sous-préfet, une trentaine d'hommes armés ont ouvert le feu avant d'incendier des cases.", "fr")).toEqual([
      'Sous-préfet (government): means = ["small-arms"]',
    ]);
    expect(lines("Selon des témoins, un homme a été brûlé vif.", "fr").filter((l) => l.includes("destroyed"))).toEqual([]);
  });
});

describe("an outlet named with and without its article is one source", () => {
  it('keeps "told The Punch" one outlet, not The Punch relaying through Punch', () => {
    const draft = draftIncident(
      "Bandits killed 41 farmers in Zamfara State.\n\nA farmer, Musa Garba, told The Punch that the bandits killed 30 people on Monday.",
      { lang: "en" },
    );
    expect(draft.sources.filter((s) => s.kind === "media").map((s) => s.name)).toEqual(["The Punch"]);
    expect(draft.claims.find((c) => c.value === 30)?.via).toEqual(["the-punch"]);
  });
});

describe("places are never the people counted", () => {
  it('reads no count in "the two villages where they also killed other farmers"', () => {
    const text =
      "“They came at dawn and shot at everyone,” Musa Garba said.\n\nHe further explained that the bandits also blocked the road leading to the two villages where they also killed other farmers.";
    expect(lines(text, "en")).toEqual(['Musa Garba (other): means = ["small-arms"]']);
  });

  it('reads "attacked three communities, killing 20" as 20 killed, never three', () => {
    expect(lines("Police said gunmen attacked three communities on Monday, killing 20 people.", "en")).toEqual(["Police (party): killed = 20"]);
  });

  it("reads villages burnt as villages destroyed", () => {
    expect(lines("Selon des habitants, les assaillants ont incendié trois villages.", "fr")[0]).toBe('Habitants (local): destroyed = {"phrase":"trois"}');
  });
});

describe("one person told by an article and a compound noun", () => {
  it.each([
    ["A police officer was killed in the attack, police said.", "A police officer"],
    ["An army officer was killed in the attack, the army said.", "An army officer"],
    ["A security guard was killed in the attack, police said.", "A security guard"],
  ])("reads « %s » as one killed, phrased %j", (text, phrase) => {
    expect(lines(text, "en")[0]).toMatch(new RegExp(`: killed = \\{"phrase":"${phrase}"\\}$`));
  });

  it('counts no one in "a police station" or "an army patrol"', () => {
    expect(lines("Police said the attackers burned a police station.", "en").filter((l) => l.includes("killed"))).toEqual([]);
    expect(lines("An army patrol was ambushed and two soldiers were killed, the army said.", "en")).toContain('Army (party): killed = {"phrase":"two"}');
  });
});

describe("Nigerian English tells the dead and the locals its own way", () => {
  it('reads "paid the supreme price" and "made the ultimate sacrifice" as killed', () => {
    expect(lines("Two policemen paid the supreme price, the police spokesman said.", "en")).toEqual(['Police spokesman (party): killed = {"phrase":"Two"}']);
    expect(lines("Three soldiers made the ultimate sacrifice, the army said.", "en")).toEqual(['Army (party): killed = {"phrase":"Three"}']);
  });

  it('reads "an indigene of the area" as a witness', () => {
    const draft = draftIncident("An indigene of the area, Musa Sani, said bandits killed 10 people.", { lang: "en" });
    expect(draft.sources.find((s) => s.name.startsWith("Musa Sani"))?.kind).toBe("witness");
  });
});

describe("a long paragraph that lost its full stop is still a sentence", () => {
  it("drafts a communiqué's lead copied without its final full stop, and still skips a headline", () => {
    const lead =
      "Une cinquantaine d'assaillants à moto ont attaqué lundi le village de Bangou, informe le ministre de la Défense dans un communiqué publié mardi soir, qui fait état de 12 assaillants neutralisés et de 3 soldats blessés au cours des combats";
    expect(lines(lead, "fr")).toEqual(
      expect.arrayContaining(["Ministre de la Défense (party): neutralized = 12", "Ministre de la Défense (party): wounded = 3"]),
    );
    expect(lines("Niger : 12 assaillants neutralisés et 3 soldats blessés à Bangou\n\nLe village a été attaqué lundi.", "fr")).toEqual([]);
  });

  it("reads « informe X » after the clause as X speaking", () => {
    expect(lines("Trois soldats ont été blessés lors de l'attaque, informe l'armée.", "fr")).toEqual(['Armée (party): wounded = {"phrase":"Trois"}']);
  });
});

describe("Nigerian police titles speak for the police", () => {
  it.each(["The CP", "The state PPRO", "The DPO"])('reads "%s said" as the police', (speaker) => {
    const draft = draftIncident(`${speaker} said the bandits killed seven policemen.`, { lang: "en" });
    expect(draft.sources.find((s) => s.kind === "party")).toBeDefined();
    expect(draft.claims.map((c) => c.about.facet)).toContain("killed");
  });
});

describe("a person set off as a side's spokesman speaks for that side", () => {
  it.each([
    ["Abdiasis Abu Musab, an al Shabaab spokesman, said the fighters killed 26 soldiers.", "Abdiasis Abu Musab (al Shabaab spokesman)"],
    ["Zabihullah Mujahid, a Taliban spokesman, said the fighters killed 26 soldiers.", "Zabihullah Mujahid (Taliban spokesman)"],
  ])("reads « %s » as the group's voice", (text, name) => {
    const draft = draftIncident(text, { lang: "en" });
    const speaker = draft.sources.find((s) => s.name === name);
    expect(speaker?.kind).toBe("party");
    expect(draft.actors?.find((a) => a.id === speaker?.actor)?.kind).toBe("armed-group");
  });
});

describe("arms and vehicles taken are seized, goods carried off are looted", () => {
  it.each([
    ["The fighters also took 11 pickup trucks mounted with machine guns, al Shabaab said.", "Al Shabaab"],
    ["The militants made off with 11 pickup trucks, police said.", "Police"],
  ])("reads « %s » as 11 vehicles seized", (text) => {
    const draft = draftIncident(text, { lang: "en" });
    expect(draft.claims.filter((c) => c.about.facet === "seized").map((c) => [c.about.item, c.value])).toEqual([["vehicles", 11]]);
  });

  it("reads « ont emporté 14 motos » and « se sont emparés de deux véhicules » as seized, and « emparés du camp » as a capture", () => {
    expect(lines("Selon l'armée, les assaillants ont emporté 14 motos.", "fr")).toEqual(["Armée (party): seized = 14"]);
    expect(lines("Selon l'armée, les assaillants se sont emparés de deux véhicules.", "fr")).toEqual(['Armée (party): seized = {"phrase":"deux"}']);
    expect(lines("Selon l'armée, les assaillants se sont emparés du camp.", "fr")).toEqual(['Armée (party): control = "captured"']);
  });

  it('reads "stole 40 cows" as looted, and "were taken to hospital" as nothing taken', () => {
    expect(lines("Residents said the bandits stole 40 cows.", "en")).toEqual(["Residents (local): looted = 40"]);
    expect(lines("Police said the two wounded were taken to hospital.", "en").filter((l) => /seized|looted/u.test(l))).toEqual([]);
  });
});

describe("the author named by an accusation", () => {
  it("reads a French name written in lower case after its first word, introduced with its acronym", () => {
    expect(lines("Le gouverneur a accusé les Forces démocratiques syriennes (FDS) d'avoir commis l'attentat.", "fr")).toEqual([
      'Gouverneur (government): perpetrator = "fds"',
    ]);
    expect(lines("Le gouverneur a accusé les Forces démocratiques syriennes (FDS) d'avoir pillé le marché.", "fr")).toEqual([]);
  });

  it("reads the deed named between the verb and its author (« a imputé l'attentat aux … », « attribue les tueries à … »)", () => {
    expect(lines("Le gouverneur a imputé l'attentat aux Forces démocratiques syriennes (FDS).", "fr")).toEqual([
      'Gouverneur (government): perpetrator = "fds"',
    ]);
    expect(lines("Le gouvernement régional attribue les tueries à l'Armée de libération oromo (OLA).", "fr")[0]).toMatch(/: perpetrator = "ola"$/u);
    expect(lines("Police attributed the attack to the ADF.", "en")).toEqual(['Police (party): perpetrator = "adf"']);
  });

  it('reads "said the group had nothing to do with the strike" as the group denying it', () => {
    const draft = draftIncident("An RSF spokesman, Omar Hamdan, said the group had nothing to do with the strike.", { lang: "en" });
    expect(draft.claims.map((c) => [c.about.facet, c.value, c.not])).toEqual([["perpetrator", "rsf", true]]);
  });

  it("never takes a rank in quotation marks for the state's army (« le « colonel » Basa rejette toute implication »)", () => {
    const draft = draftIncident("Le « colonel » Basa, un chef milicien, rejette toute implication.", { lang: "fr" });
    expect(draft.actors ?? []).toEqual([]);
  });
});

describe("a speech carried over from the sentence before", () => {
  it("still gives the next sentence's figures to the body named in full with its acronym", () => {
    const text =
      "La Commission éthiopienne des droits de l'homme (EHRC), organisme public mais indépendant, donne un bilan différent. D'après ses enquêteurs, au moins 29 personnes ont été tuées.";
    expect(lines(text, "fr")).toEqual(['EHRC (ngo): killed = {"atLeast":29}']);
  });
});

describe("where it happened, as the places are written", () => {
  /** The drafted locations, by place id. */
  const locations = (text: string) =>
    draftIncident(text, { lang: "en" })
      .claims.filter((c) => c.about.facet === "location")
      .map((c) => c.value);

  it("reads a name with the Arabic article in lower case (al-Mawasi, el-Fasher)", () => {
    expect(locations("An Israeli strike hit tents in al-Mawasi, west of Khan Younis, killing 12 people, police said.")).toEqual(["al-mawasi"]);
  });

  it('reads "the Buleda area of Kech district" as Buleda, not the district after "of"', () => {
    expect(locations("Gunmen killed 12 people in the Buleda area of Kech district, officials said.")).toEqual(["buleda"]);
  });
});

describe("not knowing how many is no zero", () => {
  it.each([
    ["fr", "« Nous ne savons pas encore combien de personnes sont portées disparues », a déclaré le maire.", "missing"],
    ["en", "We do not yet know how many people were killed, the mayor said.", "killed"],
    ["en", "The mayor said he did not know how many people were missing.", "missing"],
  ] as const)("reads (%s) « %s » as %s unknown", (lang, text, facet) => {
    const draft = draftIncident(text, { lang });
    expect(draft.claims.map((c) => [c.about.facet, c.value])).toEqual([[facet, "unknown"]]);
  });
});

describe("a denial in other words is the speaker's own side only", () => {
  it('denies nothing for the speaker in "said civilians had nothing to do with the fighting"', () => {
    expect(lines("The RSF said civilians had nothing to do with the fighting.", "en")).toEqual([]);
  });

  it("reads « ses membres n'ont rien à voir avec l'attaque » as the group denying it", () => {
    const draft = draftIncident("Le porte-parole du CODECO a affirmé que ses membres n'ont rien à voir avec l'attaque.", { lang: "fr" });
    expect(draft.claims.map((c) => [c.about.facet, c.value, c.not])).toEqual([["perpetrator", "codeco", true]]);
  });
});

describe("an armed group by a name no list knows", () => {
  it.each([
    ["Police blamed the Bangsamoro Islamic Freedom Fighters for the ambush.", "bangsamoro-islamic-freedom-fighters"],
    ["Police blamed the Arakan Army for the ambush.", "arakan-army"],
    ["Police blamed the Oromo Liberation Army for the ambush.", "oromo-liberation-army"],
  ])("reads « %s » as the group named, never the state's army or an outlet", (text, group) => {
    const draft = draftIncident(text, { lang: "en" });
    expect(draft.claims.filter((c) => c.about.facet === "perpetrator").map((c) => c.value)).toEqual([group]);
    expect(draft.sources.map((s) => s.name)).toEqual(["Article", "Police"]);
  });

  it("keeps a country's own army the state's (the Nigerian Army, Kenya Defence Forces)", () => {
    expect(lines("The Nigerian Army said 12 militants were killed.", "en")).toEqual(["Nigerian Army (party): killed = 12"]);
    expect(lines("The Kenya Defence Forces said 12 militants were killed.", "en")).toEqual(["Defence Forces (party): killed = 12"]);
  });
});

describe("a group named in full before its acronym is given", () => {
  it("is one actor, known by both names, and the draft is accepted", () => {
    const draft = draftIncident("Police blamed the Arakan Army for the strike. A spokesman for the Arakan Army (AA) denied it.", { lang: "en" });
    expect(() => parseIncident(draft)).not.toThrow();
    expect(draft.actors.filter((a) => a.kind === "armed-group")).toEqual([{ id: "arakan-army", name: "Arakan Army", kind: "armed-group", aliases: ["AA"] }]);
  });
});

describe("the day a claim was carried is not the day of the attack", () => {
  it("keeps a claim dated by the channel that carried it (« claimed the ambush through its Amaq propaganda agency on Wednesday »)", () => {
    const text =
      "MAPUTO, April 24, 2025 (AFP) - Suspected jihadists killed seven soldiers in an ambush on Tuesday night, officials said. The Islamic State group claimed the ambush through its Amaq propaganda agency on Wednesday, saying its fighters had killed 15 soldiers.";
    expect(lines(text, "en")).toContain('Islamic State (party): perpetrator = "islamic-state"');
    expect(lines(text, "en")).toContain("Islamic State (party): killed = 15");
  });

  it('reads "gave a heavier toll of 11 soldiers dead" as the speaker\'s toll', () => {
    expect(lines("A military source, speaking on condition of anonymity, gave a heavier toll of 11 soldiers dead.", "en")).toEqual([
      "Military source (party): killed = 11",
    ]);
  });
});

describe("the lead's unnamed officials, named in the next paragraph", () => {
  it("are the named official when he gives one of the lead's figures again, in words", () => {
    const text =
      "Suspected jihadists killed seven soldiers and three civilians in an ambush on Tuesday, officials said.\n\nDistrict administrator Tomás Badae told AFP that four soldiers were wounded and that three civilians had been killed.";
    const sources = new Set(lines(text, "en").map((line) => line.split(":")[0]));
    expect([...sources]).toEqual(["Tomás Badae (District administrator) (government)"]);
  });

  it("are the named official when he only adds what the lead did not count", () => {
    const text =
      "Suspected jihadists killed seven soldiers and three civilians in an ambush on Tuesday, officials said.\n\nDistrict administrator Tomás Badae told AFP that four soldiers were wounded.";
    const sources = new Set(lines(text, "en").map((line) => line.split(":")[0]));
    expect([...sources]).toEqual(["Tomás Badae (District administrator) (government)"]);
  });

  it("stay apart when he gives another figure for what the lead counted", () => {
    const text =
      "Suspected jihadists killed seven soldiers in an ambush on Tuesday, officials said.\n\nDistrict administrator Tomás Badae told AFP that nine soldiers had been killed.";
    const sources = new Set(lines(text, "en").map((line) => line.split(":")[0]));
    expect([...sources]).toEqual(["Officials (government)", "Tomás Badae (District administrator) (government)"]);
  });
});

describe('"the group" is who was named before it', () => {
  it("is the network that spoke last, not the armed group it blames", () => {
    const text =
      "A drone strike on a market killed at least 38 people, the Sudan Doctors Network said on Monday. The group blamed the paramilitary Rapid Support Forces (RSF) for the strike.";
    expect(lines(text, "en")).toContain('Sudan Doctors Network (other): perpetrator = "rsf"');
  });

  it("is still the armed group named after it in apposition (« le groupe djihadiste, le Jnim, revendique »)", () => {
    const draft = draftIncident("Le groupe djihadiste, le Jnim, revendique l'attaque contre le camp de Niafunké.", { lang: "fr" });
    const sources = draft.sources.filter((s) => draft.claims.some((c) => c.source === s.id)).map((s) => s.name);
    expect(sources).toEqual(["Jnim"]);
  });

  it("is the armed group when it was named after the body spoke", () => {
    const text = "Amnesty International said 12 civilians died. Al-Shabaab fighters attacked the base on Monday. The group said it had killed 30 soldiers.";
    expect(lines(text, "en")).toContain("Al-Shabaab (party): killed = 30");
  });
});

describe("a state's emergency and rescue services", () => {
  it.each([
    ["Rescuers recovered 11 bodies, the emergency service said.", 'Emergency service (government): killed = {"atLeast":11}'],
    ["The Borno State Emergency Management Agency said 11 people were killed.", "Borno State Emergency Management Agency (government): killed = 11"],
  ])("gives « %s » to the service", (text, line) => {
    expect(lines(text, "en")).toEqual([line]);
  });
});

describe("who speaks after a long first clause", () => {
  it('gives "The gunmen, locally known as bandits, raided the village …, said X" to X, never to the gunmen', () => {
    const text = "The gunmen, locally known as bandits, raided the Gakurdi village on Tuesday morning, said Gambo Isa, the police spokesperson.";
    expect(lines(text, "en")).toEqual(['Gambo Isa (police spokesperson) (party): location = "gakurdi"']);
  });

  it('still passes over an apposition with a participle ("Tomas Langa, quoted by Lusa, said")', () => {
    expect(lines("Police commander Tomas Langa, quoted by Lusa, said 12 people were killed.", "en")).toEqual([
      "Tomas Langa (Police commander) (party): killed = 12",
    ]);
  });

  it('reads "a spokesman for the state police" as the police speaking', () => {
    expect(lines("Abu Gabriel, a spokesman for the state police, said 12 people were killed.", "en")).toEqual([
      "Abu Gabriel (spokesman for the state police) (party): killed = 12",
    ]);
  });

  it('reads "took the village by storm" as an assault, not a capture', () => {
    expect(lines("The gunmen took the village by storm, residents said.", "en")).toEqual([]);
  });
});

describe("a saying that only dates the sentence", () => {
  it.each([
    [
      "The attack in the western city of Bannu came weeks after Prime Minister Shehbaz Sharif announced a new operation.",
      ['Article (media): location = "bannu"'],
    ],
    [
      "Gunmen killed 12 people in Bannu on Monday, a day after the army said it had cleared the area.",
      ["Article (media): killed = 12", 'Article (media): location = "bannu"'],
    ],
  ])("leaves the words before « … after X announced » to the outlet: %s", (text, expected) => {
    expect(lines(text, "en")).toEqual(expected);
  });

  it("still gives the clause of time its own words when it opens the sentence", () => {
    expect(lines("Hours after the army said it had repelled the attack, residents said 12 bodies were found.", "en")).toEqual([
      'Army (party): control = "repelled"',
      'Residents (local): killed = {"atLeast":12}',
    ]);
  });
});

describe("a second verb joined by 'but' or « mais »", () => {
  it('keeps the first speaker\'s toll in "said 10 militants were killed but did not say how many were wounded"', () => {
    expect(lines("The military said 10 militants were killed but did not say how many were wounded.", "en")).toEqual(["Military (party): killed = 10"]);
  });

  it("still gives a second speaker joined by 'and' their own words", () => {
    expect(lines("The army said 10 militants were killed and residents said 3 were wounded.", "en")).toEqual([
      "Army (party): killed = 10",
      "Residents (local): wounded = 3",
    ]);
  });
});

describe("a sentence that names who told the one before it", () => {
  it.each([
    [
      "fr",
      "Au moins six soldats ont été tués samedi. L'information a été indiquée dimanche dans un communiqué du gouvernorat.",
      'Gouvernorat (government): killed = {"phrase":"Au moins six"}',
    ],
    ["en", "Gunmen killed 12 villagers on Monday. The figures were confirmed by police.", "Police (party): killed = 12"],
  ] as const)("(%s) gives the outlet's words just before to that speaker: %s", (lang, text, line) => {
    expect(lines(text, lang)).toEqual([line]);
  });

  it("leaves them to the outlet when the sentence tells what the toll is", () => {
    expect(lines("Gunmen killed 12 villagers on Monday. The toll is expected to rise.", "en")).toEqual(["Article (media): killed = 12"]);
  });
});

describe("a French role qualified after its noun", () => {
  it("joins « le ministre de la sécurité intérieure Simon Compaoré » to the name", () => {
    const draft = draftIncident("Le ministre de la sécurité intérieure Simon Compaoré a précisé que 4 blessés ont été enregistrés.", { lang: "fr" });
    const source = draft.sources.find((s) => s.id === draft.claims[0]?.source);
    expect([source?.name, source?.kind]).toEqual(["Simon Compaoré (ministre de la sécurité)", "party"]);
  });
});

describe("where it happened, once a town or village is named", () => {
  it("leaves out a lead's region when another source names the village", () => {
    const text =
      "A drone strike on a market in northeastern Mali's Gao region killed at least 23 people on Friday, two local officials said. The strike hit the market in the village of Tinhama, a resident said.";
    expect(lines(text, "en").filter((l) => l.includes("location"))).toEqual(['Resident (witness): location = "tinhama"']);
  });

  it("keeps the region when nothing narrower is named", () => {
    const text = "A drone strike on a market in northeastern Mali's Gao region killed at least 23 people on Friday, two local officials said.";
    expect(lines(text, "en").filter((l) => l.includes("location"))).toEqual(['Local officials (government): location = "gao"']);
  });
});

describe("a group named by the words around its noun", () => {
  it("names the group a noun and its kind introduce (« le groupe rebelle RED-Tabara »)", () => {
    const drafted = lines("Le ministère de l'Intérieur, qui accuse le groupe rebelle RED-Tabara, a annoncé que onze personnes ont été tuées.", "fr");
    expect(drafted).toContain('Ministère de l\'Intérieur (party): perpetrator = "red-tabara"');
  });

  it("names the group an apposition describes (« Le RED-Tabara, principal groupe armé burundais, a revendiqué »)", () => {
    expect(lines("Le RED-Tabara, principal groupe armé burundais, a revendiqué l'attaque.", "fr")).toEqual(['RED-Tabara (party): perpetrator = "red-tabara"']);
  });

  it("takes no place or day before the comma for a group's name", () => {
    expect(lines("Au Mali, un groupe armé a attaqué le village de Tinzaouatène.", "fr").some((l) => l.includes("perpetrator"))).toBe(false);
    expect(lines("Le Mali, un groupe armé a attaqué le village.", "fr").some((l) => l.includes("perpetrator"))).toBe(false);
  });
});

describe("the army a speaker accuses", () => {
  const lead = "At least 19 people were killed when shells struck a livestock market in the Sudanese town of Um Sumeima.\n\n";

  it('makes "the army" accused of shelling the market the perpetrator in that speaker\'s words', () => {
    const draft = draftIncident(`${lead}An RSF adviser accused the army of shelling the market itself.`, { lang: "en" });
    const claim = draft.claims.find((c) => c.about.facet === "perpetrator");
    expect(draft.sources.find((s) => s.id === claim?.source)?.name).toBe("RSF");
    expect(draft.actors.find((a) => a.id === claim?.value)).toMatchObject({ name: "Sudan", kind: "state", aliases: ["Army"] });
  });

  it("names no author when the army is accused of something else, or only mentioned", () => {
    expect(lines(`${lead}An RSF adviser accused the army of looting the town.`, "en").some((l) => l.includes("perpetrator"))).toBe(false);
    expect(lines(`${lead}The army said the market was shelled.`, "en").some((l) => l.includes("perpetrator"))).toBe(false);
  });
});

describe("a party that denies the deed", () => {
  it.each([
    ["fr", "Le JNIM a démenti avoir mené l'attaque.", 'JNIM (party): perpetrator = not "jnim"'],
    ["fr", "Le JNIM dément les accusations.", 'JNIM (party): perpetrator = not "jnim"'],
    ["en", "Al-Shabaab denied carrying out the attack.", 'Al-Shabaab (party): perpetrator = not "al-shabaab"'],
    ["en", "Al-Shabaab denied it had carried out the attack.", 'Al-Shabaab (party): perpetrator = not "al-shabaab"'],
    ["en", "Al-Shabaab rejected the allegations.", 'Al-Shabaab (party): perpetrator = not "al-shabaab"'],
  ] as const)("(%s) reads a denial, never a claim, in: %s", (lang, text, line) => {
    expect(lines(text, lang)).toEqual([line]);
  });

  it("names no author when what is denied is whom it killed, or the allegations say what they were of", () => {
    expect(lines("The army denied having killed civilians.", "en").some((l) => l.includes("perpetrator"))).toBe(false);
    expect(lines("The army denied allegations that it targeted civilians.", "en").some((l) => l.includes("perpetrator"))).toBe(false);
  });

  it("reads a gerund as the speaker's deed only after a denial", () => {
    expect(lines("Al-Shabaab said attacking the base was a success.", "en").some((l) => l.includes("perpetrator"))).toBe(false);
  });

  it("drops the rejection of accusations when the same side claims the strike (« paramilitaires » are the group named before)", () => {
    const text =
      "Les Forces de soutien rapide (FSR) ont attaqué le camp. Les FSR rejettent ces accusations. Dans un communiqué, les paramilitaires affirment avoir visé « des positions des forces conjointes ».";
    const drafted = lines(text, "fr").filter((l) => l.includes("perpetrator"));
    expect(drafted).toContain('Forces de soutien rapide (FSR) (party): perpetrator = "fsr"');
    expect(drafted.some((l) => l.includes("not"))).toBe(false);
  });
});

describe("a relative clause set off by commas", () => {
  it("dates the noun it describes, not the claim of the attack", () => {
    const drafted = lines(
      "The Islamic State group, to which the ADF pledged allegiance in 2019, claimed the attack through its Amaq news agency, saying its fighters had killed 14 Christians.",
      "en",
    );
    expect(drafted).toEqual(["Islamic State (party): killed = 14", 'Islamic State (party): perpetrator = "islamic-state"']);
  });

  it("still dates a war it describes, whose toll is another time's", () => {
    const drafted = lines(
      "Gunmen killed 12 villagers on 3 May 2025. The war between the army and the RSF, which broke out in April 2023, has killed tens of thousands of people.",
      "en",
    );
    expect(drafted.filter((l) => l.includes("thousands"))).toEqual([]);
  });
});

describe("a group's noun after its name", () => {
  it('is the group named, not "the group" told again ("the Islamic State group claimed")', () => {
    expect(lines("The Islamic State group claimed the attack.", "en")).toEqual(['Islamic State (party): perpetrator = "islamic-state"']);
  });
});

describe("a claim of the deed after 'that'", () => {
  it('gives "said in a statement on its Amaq channel that one of its fighters had carried out the attack" to the group', () => {
    const drafted = lines("The Islamic State group said in a statement on its Amaq channel that one of its fighters had carried out the attack.", "en");
    expect(drafted).toEqual(['Islamic State (party): perpetrator = "islamic-state"']);
  });
});

describe("the parts a source counts within its whole", () => {
  it("drafts « 19 morts, dont 16 civils » as the whole and the civilians among them, with no label on all the dead", () => {
    expect(lines("L'OSDH a fait état de 19 morts, dont 16 civils.", "fr")).toEqual(["OSDH (ngo): killed = 19", "OSDH (ngo): killed = 16"]);
  });

  it('drafts "20 people, including 12 soldiers" in English', () => {
    expect(lines("Gunmen killed 20 people, including 12 soldiers, a local official said.", "en")).toContain("Local official (government): killed = 12");
  });

  it("drafts the children and the women among the dead under groups of their own, never as every civilian killed", () => {
    const draft = draftIncident("Au moins 23 personnes ont été tuées, dont 7 femmes et cinq enfants, a indiqué le gouverneur.", { lang: "fr" });
    expect(draft.claims.map((c) => [c.about.group, c.value])).toEqual([
      ["persons", { atLeast: 23 }],
      ["women", 7],
      ["children", { phrase: "cinq" }],
    ]);
    const wounded = draftIncident("At least 11 people had been wounded, including three children, the ombudsman said.", { lang: "en" });
    expect(wounded.claims.map((c) => [c.about.facet, c.about.group, c.value])).toContainEqual(["wounded", "children", { phrase: "three" }]);
  });

  it('reads a part told as "five of them children", « dont un enfant » or "including a 10-year-old girl"', () => {
    const parts = (text: string, lang: "fr" | "en") =>
      draftIncident(text, { lang })
        .claims.filter((c) => c.about.group === "children")
        .map((c) => c.value);
    expect(parts("Eleven people were killed, five of them children, the governor said.", "en")).toEqual([{ phrase: "five" }]);
    expect(parts("Onze personnes ont été tuées, dont un enfant, a indiqué le gouverneur.", "fr")).toEqual([{ phrase: "un enfant" }]);
    expect(parts("Eleven people were killed, including a 10-year-old girl, the governor said.", "en")).toEqual([1]);
    expect(parts("Eleven people were killed, two of them in the market, the governor said.", "en")).toEqual([]);
  });

  it("leaves out a part that names only some of a group with no word of its own (« dont 7 élèves »), and parts that name one group twice", () => {
    expect(lines("Au moins 23 personnes ont été tuées, dont 7 élèves, a indiqué le gouverneur.", "fr")).toEqual([
      'Gouverneur (government): killed = {"atLeast":23}',
    ]);
    expect(lines("Au moins 23 personnes ont été tuées, dont 7 villageois et 4 commerçants, a indiqué le gouverneur.", "fr")).toEqual([
      'Gouverneur (government): killed = {"atLeast":23}',
    ]);
  });
});

describe("a standfirst above the line that dates the article", () => {
  const body =
    "Des séparatistes ont attaqué la brigade de Mbessa dans la nuit de mercredi à jeudi, tuant trois gendarmes, a annoncé le ministère de la Défense.";

  it("is left out: it sums up what the article then tells with its sources", () => {
    const text = `Nord-Ouest : la brigade de Mbessa attaquée\n\nTrois gendarmes et un civil tués.\n\nJeudi, 14 mai 2026\n\n${body}`;
    expect(lines(text, "fr").some((l) => l.startsWith("Article"))).toBe(false);
    expect(lines(text, "fr")).toContain('Ministère de la Défense (party): killed = {"phrase":"trois"}');
  });

  it("is read when no date line follows it", () => {
    const text = `Nord-Ouest : la brigade de Mbessa attaquée\n\nTrois gendarmes et un civil ont été tués jeudi.\n\n${body}`;
    expect(lines(text, "fr").some((l) => l.startsWith("Article"))).toBe(true);
  });
});

describe("the accused, as the accuser writes them", () => {
  it("finds the group inside the speaker's quotation marks and behind the noun of its cells", () => {
    expect(
      lines("Les Forces démocratiques syriennes (FDS) ont accusé des « cellules de l’organisation État islamique » d'avoir mené l'attaque.", "fr"),
    ).toContain('FDS (party): perpetrator = "etat-islamique"');
  });

  it("leaves out an accusation whose quoted accused is charged with something else than the attack", () => {
    const text =
      "Les Forces démocratiques syriennes (FDS) ont accusé des « cellules de l’organisation État islamique » de chercher à saboter les négociations.";
    expect(lines(text, "fr").filter((l) => l.includes("etat-islamique"))).toEqual([]);
  });

  it("gives the deed after « accusé X d'avoir » to the accused, never to the accuser", () => {
    expect(lines("L'armée malienne a accusé le JNIM d'avoir mené l'attaque.", "fr")).toEqual(['Armée malienne (party): perpetrator = "jnim"']);
  });

  it('reads "accused the army of staging it" as naming the army its author', () => {
    expect(lines("The Rapid Support Forces (RSF) accused the Sudanese army of staging the strike.", "en")).toContain(
      'Rapid Support Forces (RSF) (party): perpetrator = "sudanese-army"',
    );
  });

  it("finds a denial in other words with the speaker's quotation marks among them", () => {
    expect(lines('The Rapid Support Forces (RSF) said the group had "nothing to do" with the strike.', "en")).toEqual([
      'Rapid Support Forces (RSF) (party): perpetrator = not "rsf"',
    ]);
  });

  it("gives a claim to the side a person is said to belong to, in an apposition", () => {
    const text = "Un homme se présentant comme le « général » Ebube, des Ambazonia Defence Forces (ADF), revendique l'attaque.";
    expect(lines(text, "fr")).toContain('« général » Ebube (Ambazonia Defence Forces) (party): perpetrator = "ambazonia-defence-forces"');
  });
});

describe("where the deed told by its verb took place", () => {
  it('places "opened fire" and "burst into" in the town named beside them', () => {
    expect(
      lines(
        "Gunmen burst into a cockfighting ring in the town of Puerto Quelal in Ecuador's coastal province of Los Ríos late Sunday and opened fire on the crowd, killing at least 12 people, police said.",
        "en",
      ),
    ).toContain('Police (party): location = "puerto-quelal"');
  });

  it('places "hurled grenades" where the vehicle was, though the sentence counts no one', () => {
    expect(lines("Militants hurled grenades at the vehicle near the village of Dheri Gali, a police officer told Reuters.", "en")).toContain(
      'Police officer (party): location = "dheri-gali"',
    );
  });

  it("places « ont ouvert le feu » in French", () => {
    expect(lines("Selon un habitant, des hommes armés ont ouvert le feu à Kassakou.", "fr")).toContain('Habitant (witness): location = "kassakou"');
  });
});

describe("a source that says the dead were no civilians", () => {
  it("reads a denial joined by « et » to a verb that denies nothing", () => {
    const text =
      "Dans un communiqué, les Forces de soutien rapide (FSR) affirment avoir visé « des positions des forces conjointes » et démentent avoir ciblé des civils.";
    expect(lines(text, "fr")).toContain('Forces de soutien rapide (FSR) (party): status = not "civilians"');
  });

  it('reads one joined by "and" in English', () => {
    const text = 'A spokesman for the Rapid Support Forces (RSF) told AFP the group had "clashed with militiamen" and denied attacking civilians.';
    expect(lines(text, "en")).toContain('Rapid Support Forces (party): status = not "civilians"');
  });

  it("reads « dément toute victime civile » and « aucun civil n'a été pris pour cible »", () => {
    expect(lines("L'armée malienne dément toute victime civile.", "fr")).toEqual(['Armée malienne (party): status = not "civilians"']);
    expect(lines("Le porte-parole du gouvernement affirme qu'« aucun civil n’a été pris pour cible ».", "fr")).toContain(
      'Gouvernement (party): status = not "civilians"',
    );
  });

  it('reads "no civilians were killed" as a toll of none, which labels no dead civilians', () => {
    const drafted = lines("The Nigerian army said no civilians were killed in the strike.", "en");
    expect(drafted).toContain('Nigerian army (party): status = not "civilians"');
    expect(drafted).not.toContain('Nigerian army (party): status = "civilians"');
  });
});

describe("an outlet that reports a speaker's words after them", () => {
  it("relays them and hedges none of them: 'The army said 12 soldiers were killed, state news agency Lusa reported'", () => {
    const draft = draftIncident("The army said 12 soldiers were killed, state news agency Lusa reported.", { lang: "en" });
    const [claim] = draft.claims;
    expect(draft.claims).toHaveLength(1);
    expect(draft.sources.find((s) => s.id === claim?.source)?.name).toBe("Army");
    expect(claim?.value).toBe(12);
    expect(claim?.hedge).toBeUndefined();
    expect(claim?.via?.[0]).toBe("state-news-agency-lusa");
  });

  it("still relays words told before both verbs ('Twelve soldiers were killed, the army said, Dawn reported')", () => {
    const draft = draftIncident("Twelve soldiers were killed, the army said in a statement, Dawn reported.", { lang: "en" });
    expect(draft.claims.map((c) => [c.about.facet, c.via?.[0], c.hedge])).toEqual([["killed", "dawn", undefined]]);
  });
});

describe("the channel that carried a speaker's words", () => {
  it("makes an outlet cited by « selon » before another speaker's own verb that speaker's relay", () => {
    const draft = draftIncident("Selon la télévision publique RTN, le ministère de la Défense a fait état de 12 soldats tués.", { lang: "fr" });
    expect(draft.claims.map((c) => [c.source, c.via?.[0]])).toEqual([["ministere-de-la-defense", "television-publique-rtn"]]);
  });

  it('does the same with "according to"', () => {
    const draft = draftIncident("According to state television, the defence ministry said 12 soldiers were killed.", { lang: "en" });
    expect(draft.claims.map((c) => [c.source, c.via?.[0]])).toEqual([["defence-ministry", "state-television"]]);
  });

  it("keeps an outlet cited alone as the speaker", () => {
    const draft = draftIncident("According to Reuters, 12 soldiers were killed.", { lang: "en" });
    expect(draft.claims.map((c) => c.source)).toEqual(["reuters"]);
  });

  it("relays a statement through the television that read it (« lu à la télévision nationale », 'read on state television')", () => {
    const fr = draftIncident("Le gouvernement a indiqué, dans un communiqué lu à la télévision nationale RTB, que 20 terroristes ont été neutralisés.", {
      lang: "fr",
    });
    expect(fr.claims.map((c) => c.via?.[0])).toEqual(["television-nationale-rtb"]);
    const en = draftIncident("The army said in a statement read on state television that 20 militants were killed.", { lang: "en" });
    expect(en.claims.map((c) => c.via?.[0])).toEqual(["state-television"]);
  });
});

describe("a rights group named with its acronym", () => {
  it("is found whole though its name runs in lower case through « de l' » (« la Fondation pour la défense des droits de l'Artibonite (FDDA) »)", () => {
    const drafted = lines("La Fondation pour la défense des droits de l'Artibonite (FDDA) affirme que 24 personnes ont été tuées.", "fr");
    expect(drafted).toEqual(["FDDA (ngo): killed = 24"]);
  });

  it("is a rights group, though its name speaks of « défense »", () => {
    const drafted = lines("Selon la Ligue pour la défense des droits humains (LDDH), 24 personnes ont été tuées.", "fr");
    expect(drafted).toEqual(["LDDH (ngo): killed = 24"]);
  });

  it("is read in « une organisation locale de défense des droits humains »", () => {
    expect(lines("Au moins 24 personnes ont été tuées, selon une organisation locale de défense des droits humains.", "fr")).toEqual([
      'Organisation locale de défense des droits (ngo): killed = {"atLeast":24}',
    ]);
  });
});

describe("a gang or a militia told again by its noun", () => {
  const lead = "Au moins 24 personnes ont été tuées lors d'une attaque du gang Lakou Lanmò contre Pérodin, selon la police.\n\n";

  it("gives « le chef du gang … revendique l'attaque » to the gang named before", () => {
    const text = `${lead}Dans une vidéo, le chef du gang, qui se fait appeler « Ti Lapli », revendique l'attaque.`;
    expect(lines(text, "fr")).toContain('Lakou Lanmò (party): perpetrator = "lakou-lanmo"');
  });
});

describe("the state's police named with its acronym", () => {
  it("is found whole past « d' » and is a party (« la Police nationale d'Haïti (PNH) »)", () => {
    const text = "La Police nationale d'Haïti (PNH) a confirmé l'attaque, mais son porte-parole n'a pas souhaité donner de bilan.";
    expect(lines(text, "fr")).toEqual(['Police nationale d\'Haïti (PNH) (party): killed = "withheld"']);
  });
});

describe("a toll by who gave it, and a side's own words of its fight", () => {
  it("gives « selon un bilan rendu public dimanche par l'état-major » to the general staff", () => {
    const text = "Au moins 17 militaires tchadiens ont été tués samedi, selon un bilan rendu public dimanche par l'état-major.";
    expect(lines(text, "fr")).toEqual(['État-major (party): killed = {"atLeast":17}']);
  });

  it('gives "according to a toll released on Sunday by the army" to the army', () => {
    expect(lines("At least 17 soldiers were killed, according to a toll released on Sunday by the army.", "en")).toEqual([
      'Army (party): killed = {"atLeast":17}',
    ]);
  });

  it("reads « avoir neutralisé 62 terroristes » as the attackers' losses, never as the army's claim of the attack", () => {
    expect(lines("L'armée affirme avoir « neutralisé 62 terroristes ».", "fr")).toEqual(["Armée (party): neutralized = 62"]);
  });

  it("reads « neuf martyrs » as an army's own dead and « l'ont tenue » as the place held", () => {
    expect(lines("Le porte-parole de l'armée avait d'abord fait état de « neuf martyrs ».", "fr")).toEqual(['Armée (party): killed = {"phrase":"neuf"}']);
    expect(lines("« Nos hommes l'ont tenue toute la nuit », a déclaré le porte-parole de l'armée.", "fr")).toEqual(['Armée (party): control = "held"']);
  });
});

describe("who carried out the attack, in the words that name the attackers", () => {
  it("reads a capitalised name after the noun of a group's men as that armed group, never a person", () => {
    expect(lines("Selon Thomas Bakenga, le village a subi une incursion de miliciens Raïa Mutomboki dans la nuit.", "fr")).toEqual([
      'Thomas Bakenga (other): perpetrator = "raia-mutomboki"',
    ]);
    expect(lines("Le porte-parole de la Codeco, Jean Basa, accuse la milice Zaïre d'avoir attaqué le camp.", "fr")).toContain(
      'Jean Basa (porte-parole de la Codeco) (party): perpetrator = "zaire"',
    );
  });

  it("keeps the name after « chef de gang » a person's", () => {
    expect(lines("Le chef de gang Barbecue a revendiqué l'attaque.", "fr")).toEqual(['Barbecue (party): perpetrator = "barbecue"']);
  });

  it("reads who the attackers were, in an apposition or after « étaient »", () => {
    expect(lines("Selon le maire, les assaillants, des combattants de Boko Haram, ont attaqué la position.", "fr")).toContain(
      'Maire (local): perpetrator = "boko-haram"',
    );
    expect(lines("Selon l'état-major, les assaillants étaient des jihadistes de l'EIGS.", "fr")).toEqual(['État-major (party): perpetrator = "eigs"']);
    expect(lines("Police said the gunmen were members of ISWAP.", "en")).toEqual(['Police (party): perpetrator = "iswap"']);
    expect(lines("The army said the attackers, fighters of the ADF, were repelled.", "en")).toContain('Army (party): perpetrator = "adf"');
  });

  it("makes the subject of « ont ouvert le feu », 'detonated' or 'opened fire' the author", () => {
    expect(lines("Selon le maire, des hommes du JNIM ont ouvert le feu sur la foule.", "fr")).toContain('Maire (local): perpetrator = "jnim"');
    expect(lines("A local official said al-Shabaab militants detonated a car bomb at the gate.", "en")).toContain(
      'Local official (government): perpetrator = "al-shabaab"',
    );
    expect(lines("Police said ISWAP fighters opened fire on worshippers.", "en")).toContain('Police (party): perpetrator = "iswap"');
  });

  it("makes a state named as the subject of a strike its author", () => {
    expect(lines("Selon le maire, la Russie a tiré sur la ville.", "fr")).toContain('Maire (local): perpetrator = "russie"');
    expect(lines("The governor said Russia struck the city overnight.", "en")).toEqual(['Governor (government): perpetrator = "russia"']);
  });
});

describe("rescuers who speak as a body", () => {
  it('reads "the rescue group" as rescuers, never as an armed group', () => {
    expect(lines("The rescue group said more than 30 people were wounded.", "en")).toEqual(['Rescue group (local): wounded = {"atLeast":31}']);
  });

  it("names a rescue team by its capitalised name", () => {
    expect(lines("At least 19 people were killed, volunteers from the Kyaukme Rescue Team told Reuters.", "en")).toEqual([
      'Kyaukme Rescue Team (local): killed = {"atLeast":19}',
    ]);
  });
});

describe("what the dead were, in the words a source chooses", () => {
  it("reads who the dead were when a source names them in other words", () => {
    expect(lines("« Ce sont des familles qui vivaient là », raconte Natalia.", "fr")).toEqual(['Natalia (other): status = "civilians"']);
    expect(lines('"They were farmers who came to pray," said Musa Ibrahim.', "en")).toEqual(['Musa Ibrahim (other): status = "civilians"']);
    expect(lines("The TNLA said there were no fighters at the monastery.", "en")).toEqual(['TNLA (party): status = "civilians"']);
    expect(lines('The JNIM said the dead were "innocent Muslims".', "en")).toEqual(['JNIM (party): status = "civilians"']);
  });

  it("makes « qualifie les victimes de » a verb of saying with its label", () => {
    expect(lines("Le JNIM qualifie les victimes de « musulmans innocents ».", "fr")).toEqual(['JNIM (party): status = "civilians"']);
  });

  it("reads the label set against the one denied (« des ennemis, pas des villageois »)", () => {
    expect(lines("Le JNIM assure que les morts sont « des soldats de la brigade, pas des civils ».", "fr")).toEqual(['JNIM (party): status = "combatants"']);
    expect(lines("The JNIM said the dead were fighters, not civilians.", "en")).toEqual(['JNIM (party): status = "combatants"']);
  });

  it("gives the words of a statement « dans lequel il » or 'in which it' speaks to the one who issued it", () => {
    expect(lines("Le JNIM a pour sa part diffusé un message sur ses canaux, dans lequel il qualifie les victimes de « musulmans innocents ».", "fr")).toEqual([
      'JNIM (party): status = "civilians"',
    ]);
    expect(lines("ISWAP released a statement on Telegram in which it said its fighters killed 20 soldiers.", "en")).toContain("ISWAP (party): killed = 20");
  });
});

describe("a clause that tells of another incident inside this one's sentence", () => {
  it("leaves out the clause on a noun that tells of last week, and its conditional hedges nothing", () => {
    const text =
      "Le JNIM affirme avoir agi « en représailles » contre une brigade d'autodéfense qui aurait tué deux de ses hommes la semaine précédente, et assure que les morts sont « des soldats de la brigade, pas des civils ».";
    expect(lines(text, "fr")).toEqual(['JNIM (party): status = "combatants"']);
  });

  it("still sets aside a whole sentence whose attack is last week's", () => {
    expect(lines("L'attaque qui a fait 12 morts la semaine dernière a été revendiquée par le JNIM.", "fr")).toEqual([]);
  });
});

describe("sources and scopes that a new writer's article showed", () => {
  it("reads a cartel by its name as an armed group", () => {
    expect(lines("Residents, however, blamed the Jalisco New Generation cartel (CJNG), which has been fighting local gangs.", "en")).toEqual([
      'Residents (local): perpetrator = "cjng"',
    ]);
  });

  it("gives 'A spokesperson declined' to the body heard just before", () => {
    const text =
      "Michoacán's security secretariat said state police had regained control of the area. A spokesperson declined to give further details on the victims.";
    expect(lines(text, "en")).toEqual(['Security secretariat (party): control = "retaken"', 'Security secretariat (party): killed = "withheld"']);
  });

  it("names the place after 'the attack on'", () => {
    expect(lines("Five people were killed in an attack on Kumbo on Monday, police said.", "en")).toContain('Police (party): location = "kumbo"');
  });

  it("names the state prosecutor's office whole", () => {
    expect(lines("Five people were killed, the state prosecutor's office said on Tuesday.", "en")).toEqual([
      'State prosecutor office (government): killed = {"phrase":"Five"}',
    ]);
  });

  it("keeps a count that opens the sentence before a force's name, and a clause out of the next count's noun", () => {
    expect(lines("Three Assam Rifles personnel were killed and five injured when militants ambushed a convoy, officials said.", "en")).toEqual([
      'Officials (government): killed = {"phrase":"Three"}',
      'Officials (government): wounded = {"phrase":"five"}',
      'Officials (government): means = ["ambush"]',
      'Officials (government): target = "a convoy"',
    ]);
  });
});

describe("an armed group named before the words that say what it is", () => {
  it("knows « RED-Tabara » alone as the armed group the article names later as « le mouvement rebelle RED-Tabara »", () => {
    const text =
      "Le porte-parole, Egide Niyongabo, impute l'attaque à des « terroristes du RED-Tabara ».\n\nLe mouvement rebelle RED-Tabara a rejeté ces accusations.";
    expect(lines(text, "fr")).toContain('Egide Niyongabo (porte-parole) (other): perpetrator = "red-tabara"');
  });

  it("reads both authors an accuser names (« l'armée burundaise et des miliciens Imbonerakure »)", () => {
    const text =
      "Le mouvement rebelle RED-Tabara a démenti. Le porte-parole du RED-Tabara accuse l'armée burundaise et des miliciens Imbonerakure d'avoir tué les habitants.";
    expect(lines(text, "fr")).toEqual(['RED-Tabara (party): perpetrator = "armee-burundaise"', 'RED-Tabara (party): perpetrator = "imbonerakure"']);
  });

  it("reads « ses combattants ont attaqué » as the speaker's own deed, and « n'ont jamais visé de civils » as no civilians", () => {
    const text =
      "Le mouvement rebelle RED-Tabara a démenti. Son porte-parole affirme que ses combattants ont attaqué « une position militaire » à Kagazi et y ont tué « 12 militaires et policiers », mais « n'ont jamais visé de civils ».";
    expect(lines(text, "fr")).toEqual([
      "RED-Tabara (party): killed = 12",
      'RED-Tabara (party): perpetrator = "red-tabara"',
      'RED-Tabara (party): target = "une position militaire"',
      'RED-Tabara (party): status = not "civilians"',
      'RED-Tabara (party): location = "kagazi"',
    ]);
  });
});

describe("sources a French article names in lower case or by their verb", () => {
  it("names a rights body written in lower case after its first word, with no acronym", () => {
    expect(lines("La Ligue burundaise des droits de l'homme Iteka dit avoir recensé onze morts et demande une enquête.", "fr")).toEqual([
      'Ligue burundaise des droits de l\'homme Iteka (ngo): killed = {"phrase":"onze"}',
    ]);
  });

  it("reads « parle de dix morts » and « évoque douze morts » as a toll in someone's words", () => {
    expect(lines("L'administrateur de la commune, cité par la radio publique RTNB, parle pour sa part de dix morts.", "fr")).toEqual([
      'Administrateur (government): killed = {"phrase":"dix"}',
    ]);
    expect(lines("L'armée évoque douze morts.", "fr")).toEqual(['Armée (party): killed = {"phrase":"douze"}']);
  });

  it("names an army by its country's demonym (« l'armée burundaise »)", () => {
    expect(lines("L'armée burundaise n'a pas souhaité communiquer le bilan de ses pertes.", "fr")).toEqual(['Armée burundaise (party): killed = "withheld"']);
  });
});

describe("what a Nigerian report showed of groups, tolls and refusals", () => {
  it("names an armed group by the capitalised name before its lower-case noun ('the Mahmuda terror group')", () => {
    expect(lines("Police said the Mahmuda terror group attacked Gure.", "en")).toEqual([
      'Police (party): perpetrator = "mahmuda"',
      'Police (party): location = "gure"',
    ]);
    expect(lines("The Lakurawa armed group claimed the attack.", "en")).toEqual(['Lakurawa (party): perpetrator = "lakurawa"']);
  });

  it("hears no one in 'according to Islamic rites'", () => {
    expect(lines("The chairman, Alhaji Saidu Gbere, said 19 bodies had been buried according to Islamic rites.", "en")).toEqual([
      'Alhaji Saidu Gbere (chairman) (other): killed = {"atLeast":19}',
    ]);
  });

  it("reads 'put the death toll at 23' as the subject's toll, whenever the post was made", () => {
    expect(lines("Amnesty International Nigeria, in a post on X on Sunday, put the death toll at 23.", "en")).toEqual([
      "Amnesty International (ngo): killed = 23",
    ]);
  });

  it("reads 'his men had killed' as the speaker's own deed", () => {
    expect(
      lines('The commander of the Kwara Hunters and Vigilante Service in Baruten, Hassan Yero, claimed his men had killed "not less than 12 bandits".', "en"),
    ).toEqual(['Hassan Yero (other): killed = {"atLeast":12}']);
  });

  it("keeps a refusal to give the number abducted, whatever rescue it cites", () => {
    expect(lines("Police said troops were deployed. They declined to give the number of people abducted, citing ongoing rescue efforts.", "en")).toEqual([
      'Police (party): captured-persons = "withheld"',
    ]);
  });

  it("names the place a verb of attack hit ('gunmen attacked Gure')", () => {
    expect(lines("Gunmen attacked Gure, a farming community in Baruten, on Friday night, police said.", "en")).toEqual(['Police (party): location = "gure"']);
  });
  it("names the agent of a passive attack as its author (« prise pour cible par », 'ambushed by')", () => {
    expect(lines("Selon la Minusca, la base a été « prise pour cible par des éléments armés du groupe Azande Ani Kpi Gbe (AAKG) ».", "fr")).toEqual([
      'Minusca (international): perpetrator = "aakg"',
    ]);
    expect(lines("The convoy was ambushed by al-Shabaab fighters, police said.", "en")).toEqual([
      'Police (party): means = ["ambush"]',
      'Police (party): perpetrator = "al-shabaab"',
    ]);
  });

  it("reads a name introduced with its acronym after a group's noun as an armed group's, whose spokesman speaks for it", () => {
    expect(
      lines(
        "Des éléments du groupe Azande Ani Kpi Gbe (AAKG) ont été vus. Un porte-parole de l’AAKG, Faustin Zangba, a rejeté toute responsabilité dans l’attaque.",
        "fr",
      ),
    ).toEqual(['Faustin Zangba (porte-parole de l’AAKG) (party): perpetrator = not "aakg"']);
  });

  it("never takes the 'The' that opens a sentence for a place ('The village was attacked')", () => {
    expect(lines("The village was shelled by the army, residents said.", "en")).toEqual(['Residents (local): means = ["shelling"]']);
  });
  it("hears a denial of any part in the attack said of the speaker's own men ('none of its members were involved')", () => {
    expect(lines("The Moro Islamic Liberation Front (MILF), whose fighters remain in the area, said none of its members were involved.", "en")).toEqual([
      'MILF (party): perpetrator = not "milf"',
    ]);
    expect(lines("Le M23 affirme que ses éléments n'ont pas participé à l'attaque.", "fr")).toEqual(['M23 (party): perpetrator = not "m23"']);
    expect(lines("Police said the group was not involved in the attack.", "en")).toEqual([]);
    expect(lines("Le M23 affirme que plus de 200 de ses combattants ont participé à l'attaque.", "fr")).toEqual([]);
  });

  it("finds the subject across a relative clause that quotes a name with its comma inside the quotation mark", () => {
    expect(
      lines(
        'She said 400 families had fled. The Islamic State group, which counts its followers as part of its "East Asia Province," claimed the attack in a statement, saying it had killed "nine Crusader soldiers."',
        "en",
      ),
    ).toEqual(['Islamic State (party): killed = {"phrase":"nine"}', 'Islamic State (party): perpetrator = "islamic-state"']);
  });
  it("reads 'suspected X militants ambushed' as X in doubt, at the start of a sentence or inside it", () => {
    for (const text of [
      "Suspected Dawlah Islamiyah militants ambushed a patrol on Thursday, the military said.",
      "Four soldiers were killed when suspected Dawlah Islamiyah militants ambushed a patrol, the military said.",
    ])
      expect(lines(text, "en")).toContain('Military (party): perpetrator = "dawlah-islamiyah"');
  });
  it("reads an accusation of collective punishment or war crimes as one of the attack", () => {
    expect(lines("Amnesty International accused the RSF of collective punishment.", "en")).toEqual(['Amnesty International (ngo): perpetrator = "rsf"']);
    expect(lines("Amnesty International accused the RSF of looting the town.", "en")).toEqual([]);
  });

  it("gives 'a military air strike' to the one state the article names, or to an unnamed state's forces when it names none", () => {
    expect(lines("Myanmar's military said it had struck rebels. Residents said the monastery was hit by a military air strike.", "en")).toContain(
      'Residents (local): perpetrator = "myanmars-military"',
    );
    // With no state named, the military is the forces of the country the article has not named, as "the junta" would speak for.
    expect(lines("Residents said the monastery was hit by a military air strike.", "en")).toEqual([
      'Residents (local): means = ["airstrike"]',
      'Residents (local): perpetrator = "military"',
    ]);
  });
  it("hears the subject of the sentence in a participle of saying that follows its refusal", () => {
    expect(lines('When contacted, the district police officer declined to comment on the casualties, saying the matter was "sensitive".', "en")).toEqual([
      'Police officer (party): killed = "withheld"',
    ]);
  });
  it("keeps a counter-accusation out of the denial it follows", () => {
    expect(
      lines(
        'The banned TTP denied involvement in a message sent to journalists, accusing the military of carrying out the strike with "its own drones".',
        "en",
      ),
    ).toEqual(['TTP (party): means = ["drone"]', 'TTP (party): perpetrator = not "ttp"']);
  });

  it("names Pakistan's military by its media wing, the ISPR", () => {
    expect(lines("In a statement, the Inter-Services Public Relations (ISPR) said five soldiers were killed.", "en")).toEqual([
      'Inter-Services Public Relations (ISPR) (party): killed = {"phrase":"five"}',
    ]);
  });
  it("hears who told the outlet what it learned, the outlet named between (« a appris Studio Tamani auprès d'élus locaux »)", () => {
    expect(lines("Au moins 22 personnes ont été tuées samedi, a appris Studio Tamani auprès d'élus locaux.", "fr")).toEqual([
      'Élus locaux (local): killed = {"atLeast":22}',
    ]);
  });

  it("reads a toll the speaker spoke of in quotation marks (« parlait d'« une vingtaine de morts » »)", () => {
    expect(lines("Joint par téléphone samedi, le maire de la commune, Amadou Guindo, parlait d'« une vingtaine de morts ».", "fr")).toEqual([
      'Amadou Guindo (maire) (local): killed = {"phrase":"une vingtaine"}',
    ]);
  });
  it("hears the subject of a verb of saying joined by « et » to one that says nothing, and the channel named in the opening clause", () => {
    const draft = draftIncident(
      "Dans un communiqué lu dimanche soir à l'ORTM, le gouvernorat de la région condamne « une attaque terroriste » et fait état de « 19 civils tués ».",
      { lang: "fr" },
    );
    const governorate = draft.sources.find((s) => s.name === "Gouvernorat");
    expect(draft.claims.filter((c) => c.source === governorate?.id).map((c) => [c.about.facet, c.value, c.via])).toEqual([
      ["killed", 19, ["ortm", "article"]],
      ["status", "civilians", ["ortm", "article"]],
    ]);
  });

  it("hears a toll given anew (« il a revu ce bilan : … »)", () => {
    expect(lines("Le maire, Amadou Guindo, a revu ce bilan dimanche : « Nous avons inhumé 26 personnes. »", "fr")).toEqual([
      'Amadou Guindo (maire) (local): killed = {"atLeast":26}',
    ]);
  });
  it("names an armed group written with a digit (« le groupe armé 3R »)", () => {
    expect(lines("Le 3R a démenti toute implication.", "fr")).toEqual(['3R (party): perpetrator = not "3r"']);
  });
  it("reads a name that opens with a person's title after « le » as the person, never a place (« Le Dr Firmin Ndoyo »)", () => {
    expect(lines("Le Dr Firmin Ndoyo a indiqué avoir soigné 13 blessés par balle.", "fr")).toEqual(["Dr Firmin Ndoyo (other): wounded = 13"]);
  });
});

describe("a speaker named after a clause that has its own verb and object", () => {
  it('gives ", shooting at residents and setting homes ablaze, said Victor Akaa" to Akaa, not to the attackers nor to a place\'s "local government"', () => {
    const drafted = lines(
      "The attackers stormed Mbakor-Ikyaan in Gwer West local government area late on Sunday, shooting at residents and setting homes ablaze, said Victor Akaa, chairman of Gwer West.",
      "en",
    );
    expect(drafted.length).toBeGreaterThan(0);
    expect(drafted.every((l) => l.startsWith("Victor Akaa"))).toBe(true);
  });
});

describe("a spokesman for a state's governor, the state named", () => {
  it('names "A spokesman for the Benue state governor, Solomon Iyorkase," as Iyorkase speaking for the governor', () => {
    expect(lines("A spokesman for the Benue state governor, Solomon Iyorkase, said 12 people were killed.", "en")).toEqual([
      "Solomon Iyorkase (spokesman for the Benue state governor) (government): killed = 12",
    ]);
  });
});

describe("armed groups and militias reported across regions are known by name", () => {
  it("reads \"AQAP claimed the attack\" as the group's claim, and the OLA's denial as its own", () => {
    expect(lines("AQAP claimed the attack in a statement released by its Al-Malahem media arm.", "en")).toEqual(['AQAP (party): perpetrator = "aqap"']);
    expect(lines("The Oromo Liberation Army denied any role in the killings.", "en")).toEqual([
      'Oromo Liberation Army (party): perpetrator = not "oromo-liberation-army"',
    ]);
  });

  it("gives a militia that fights beside the state a voice of its own (the Civilian Joint Task Force)", () => {
    const draft = draftIncident("Members of the Civilian Joint Task Force said 12 farmers were killed.", { lang: "en" });
    expect(draft.actors?.map((a) => a.kind)).toEqual(["militia"]);
  });
});

describe("words said with feeling, and a subject that speaks « de son côté »", () => {
  it("gives « …, s'indigne un notable » and « s'est indigné le maire » to who is indignant", () => {
    expect(lines("« Ce sont des civils », s'est indigné le maire.", "fr")).toEqual(['Maire (local): status = "civilians"']);
    expect(lines("« C'étaient des cultivateurs et leurs familles », s'indigne un notable de Guiré.", "fr")[0]).toMatch(/^Notable/u);
  });

  it("keeps « nous déplorons 14 militaires tués » a count, not a verb of saying", () => {
    const text = "Des sources sécuritaires ont confirmé l'attaque. « Nous déplorons 14 militaires tués », a précisé l'une de ces sources.";
    expect(lines(text, "fr")).toEqual(["Sources sécuritaires (party): killed = 14"]);
  });

  it("gives « Le JNIM, actif dans la zone, a de son côté dénoncé … » to the JNIM", () => {
    const drafted = lines(
      "Le Groupe de soutien à l'islam et aux musulmans (JNIM), actif dans la zone, a de son côté dénoncé « le massacre de 22 civils innocents ».",
      "fr",
    );
    expect(drafted[0]).toMatch(/^Groupe de soutien à l'islam et aux musulmans \(JNIM\) \(party\): killed = 22$/u);
  });

  it("reads the army's press directorate by its full name (« la Direction de l'information et des relations publiques des armées »)", () => {
    expect(lines("Contactée, la Direction de l'information et des relations publiques des armées (Dirpa) n'a pas souhaité commenter le bilan.", "fr")).toEqual([
      'Direction de l\'information et des relations publiques des armées (Dirpa) (party): killed = "withheld"',
    ]);
  });
});

describe("a text that does not mention civilians", () => {
  it('labels none of the dead (« Le texte ne mentionne aucune victime civile », "made no mention of civilian casualties")', () => {
    expect(lines("L'armée affirme avoir tué dix terroristes. Le texte ne mentionne aucune victime civile.", "fr").some((l) => l.includes("status"))).toBe(
      false,
    );
    expect(lines("The army said it killed ten militants. The statement made no mention of civilian casualties.", "en").some((l) => l.includes("status"))).toBe(
      false,
    );
  });
});

describe("a toll whose whole is written in hyphenated words", () => {
  it("reads « Au moins vingt-huit personnes, dont un policier » as at least 28, never eight", () => {
    const drafted = lines("Au moins vingt-huit personnes, dont un policier, ont été tuées, a indiqué le maire.", "fr");
    expect(drafted).toContain('Maire (local): killed = {"phrase":"Au moins vingt-huit"}');
    expect(drafted.some((l) => l.includes('"huit"'))).toBe(false);
  });
});

describe('what a speaker asserts after a denial, joined by « et » or "and"', () => {
  it("is asserted, not denied (« a démenti toute prise de contrôle et assuré que les policiers avaient « repoussé les bandits » »)", () => {
    const drafted = lines("Le porte-parole de la police a démenti toute prise de contrôle et assuré que les policiers avaient « repoussé les bandits ».", "fr");
    expect(drafted).toEqual(['Police (party): control = not "captured"', 'Police (party): control = "repelled"']);
    expect(lines("The police spokesman denied that gunmen had seized the town and said officers had repelled the attack.", "en")).toContain(
      'Police spokesman (party): control = "repelled"',
    );
  });
});

describe("a police officer named after his role and rank", () => {
  it("names « le porte-parole de la police, l'inspecteur Wilner Joseph, » as Joseph, and knows Haiti's national police by its name", () => {
    expect(lines("Le porte-parole de la police, l'inspecteur Wilner Joseph, a indiqué que 6 bandits ont été tués.", "fr")[0]).toMatch(/^Wilner Joseph/u);
    const draft = draftIncident("La Police nationale d'Haïti (PNH) a indiqué que 6 bandits ont été tués.", { lang: "fr" });
    expect(draft.sources.find((s) => s.kind === "party")?.name).toBe("Police nationale d'Haïti (PNH)");
  });
});

describe("a refusal of a question about a count", () => {
  it("withholds the count it names in French too (« n'a pas souhaité dire si des militaires avaient été tués »)", () => {
    expect(lines("Le maire a indiqué que cinq miliciens ont été tués. Il n'a pas souhaité dire si des militaires avaient été tués.", "fr")).toContain(
      'Maire (local): killed = "withheld"',
    );
    expect(lines("Le maire a refusé de dire si des suspects avaient été arrêtés.", "fr")).toEqual([]);
  });

  it('reads "killed or captured", « tués ou capturés » as the attackers put out of action, never a place captured', () => {
    expect(lines("The defence ministry declined to say whether any of the attackers had been killed or captured.", "en")).toEqual([
      'Defence ministry (party): neutralized = "withheld"',
    ]);
    expect(lines("Un responsable de la police a refusé de dire si des assaillants avaient été tués ou capturés.", "fr")).toEqual([
      'Police (party): neutralized = "withheld"',
    ]);
  });
});

describe("a spokesman named after his role, an article and a rank", () => {
  it("names « le porte-parole du secteur opérationnel Sokola 2, le capitaine X, » as X, a party, even with a number in the role", () => {
    const drafted = lines(
      "Le porte-parole du secteur opérationnel Sokola 2 au Sud-Kivu, le capitaine Dieudonné Kasereka, confirme l'attaque. D'après lui, les militaires ont repris le contrôle du village.",
      "fr",
    );
    expect(drafted).toEqual(['Dieudonné Kasereka (porte-parole du secteur opérationnel) (party): control = "retaken"']);
  });
});

describe("a place taken back that is named only by its noun", () => {
  it('drafts « ont repris le contrôle du village » and "retook the village", but no ground for « emparés de nombreuses armes »', () => {
    expect(lines("Selon l'armée, les militaires ont repris le contrôle du village.", "fr")).toEqual(['Armée (party): control = "retaken"']);
    expect(lines("Troops retook the village on Sunday, the army said.", "en")).toEqual(['Army (party): control = "retaken"']);
    expect(lines("Selon l'armée, les assaillants se sont emparés de nombreuses armes.", "fr").some((l) => l.includes("control"))).toBe(false);
  });
});

describe("a body the article introduces with an indefinite article", () => {
  it('gives "according to a local activist group" and "a doctors\' group says" to them, never to the armed group in the sentence', () => {
    expect(lines("Fighters from the RSF have killed at least 34 people in a village, according to a local activist group.", "en")[0]).toBe(
      'Activist group (local): killed = {"atLeast":34}',
    );
    expect(lines("RSF fighters killed at least 46 civilians in a village, a doctors' group says.", "en")[0]).toBe(
      'Doctors\' group (ngo): killed = {"atLeast":46}',
    );
    expect(lines("RSF fighters killed at least 46 civilians in a village, according to a Sahel-focused research group.", "en")[0]).toMatch(
      /^Sahel-focused research group \(other\)/u,
    );
  });

  it('still reads « un porte-parole de la milice » as the militia\'s, and "the group said" as the group named before', () => {
    expect(lines("Al-Shabaab fighters stormed the base. The group said it killed 20 soldiers.", "en")).toContain("Al-Shabaab (party): killed = 20");
    expect(lines("Un porte-parole de la milice Zaïre affirme que ses hommes ont tué trois soldats.", "fr")[0]).toMatch(/\(party\)/u);
  });

  it('gives the lead of "a medical group" to the network named as the next paragraph\'s speaker', () => {
    const drafted = lines(
      "A drone strike on a market has killed at least 38 people, a medical group says.\n\nThe Sudan Doctors Network said the market was hit on Sunday.",
      "en",
    );
    expect(drafted[0]).toMatch(/^Sudan Doctors Network/u);
  });
});

describe("a source that cannot confirm a figure", () => {
  it('does not know it: "could not yet confirm the number of dead" is unknown, never a zero, and "3,000 families had fled" counts no dead', () => {
    expect(lines("The governor said 3,000 families had fled to El Obeid, but said he could not yet confirm the number of dead.", "en")).toEqual([
      'Governor (government): killed = "unknown"',
    ]);
  });

  it('leaves out the outlet\'s own caution ("could not independently verify the figure")', () => {
    expect(lines("Rudaw English could not independently verify the figure.", "en")).toEqual([]);
  });
});

describe("a named body with a possessive", () => {
  it('reads "UNICEF\'s representative", "the UN\'s envoy" and "Amnesty\'s director" as those bodies speaking', () => {
    expect(lines("The UN's envoy said 20 people died.", "en")).toEqual(["UN (international): killed = 20"]);
    expect(lines("Amnesty's director said 20 people died.", "en")).toEqual(["Amnesty (ngo): killed = 20"]);
    expect(lines("UNICEF's representative said children were among the dead but could not yet confirm how many.", "en")).toEqual([
      'UNICEF (international): killed = "unknown"',
    ]);
  });
});

describe("a toll in hyphenated words with a part whose word it holds", () => {
  it("drafts both « Au moins dix-sept personnes » and « dont sept enfants », never finding « sept » inside « dix-sept »", () => {
    expect(lines("Au moins dix-sept personnes, dont sept enfants, ont été enlevées dans la nuit, a indiqué le maire.", "fr")).toEqual([
      'Maire (local): captured-persons = {"phrase":"sept"}',
      'Maire (local): captured-persons = {"phrase":"Au moins dix-sept"}',
    ]);
  });
});

describe("a dateline whose place is not in capitals", () => {
  it("ends at « (APA) – », so the night told after it dates the abduction, not the dateline's day", () => {
    const drafted = lines(
      "Yaoundé (Cameroun), 21 avril 2026 (APA) – Au moins dix-sept personnes ont été enlevées dans la nuit de dimanche à lundi à Mbang-Foulbé.",
      "fr",
    );
    expect(drafted).toContain('APA (media): occurred = {"from":"2026-04-19","to":"2026-04-20"}');
    expect(drafted).toContain('APA (media): location = "mbang-foulbe"');
  });

  it("dates no event by the day a source could not give a figure (« n'était pas en mesure lundi soir de donner le nombre des personnes enlevées »)", () => {
    const drafted = lines("Bunia, 12 mai 2026 (AFP) – Le colonel Bakuzi n'était pas en mesure lundi soir de donner le nombre des personnes enlevées.", "fr");
    expect(drafted.some((l) => l.includes("occurred"))).toBe(false);
  });
});

describe("a rebel group named in eleven words before its acronym, and set off as « un groupe rebelle »", () => {
  it("is one armed group that claims, and « un groupe rebelle » counts no one", () => {
    expect(
      lines(
        "Le Conseil de commandement militaire pour le salut de la République (CCMSR), un groupe rebelle basé dans le sud de la Libye, a revendiqué la mort de « 43 soldats ».",
        "fr",
      ),
    ).toEqual(["CCMSR (party): killed = 43"]);
    expect(lines("Le CCMSR, un groupe rebelle, a revendiqué la mort de 43 soldats.", "fr")).toEqual(["CCMSR (party): killed = 43"]);
  });

  it("reads « son secrétaire général » as the group's own officer, never an army's general", () => {
    const drafted = lines("Le CCMSR, un groupe rebelle, a revendiqué l'attaque. Joint par l'AFP, son secrétaire général affirme avoir pris la base.", "fr");
    expect(drafted.every((l) => l.startsWith("CCMSR"))).toBe(true);
    expect(lines("The Inspector General of Police said 20 people died.", "en")).toEqual(["Inspector General of Police (party): killed = 20"]);
  });
});

describe("an army's words for enemies put out of action and ground held", () => {
  it("reads « mis hors d'état de nuire » as neutralized and « contrôlait désormais » as held", () => {
    expect(
      lines("Le ministre a affirmé que « plus de 70 mercenaires » avaient été « mis hors d'état de nuire » et que l'armée contrôlait désormais la zone.", "fr"),
    ).toEqual(['Ministre (party): neutralized = {"atLeast":71}', 'Ministre (party): control = "held"']);
    expect(lines("The army said it now controlled the town.", "en")).toEqual(['Army (party): control = "held"']);
  });
});

describe("a lead told by one person in a role, then a person named bare", () => {
  it("gives the lead to that person, who speaks in the lead's role", () => {
    const drafted = lines(
      "N'Djamena (AFP) – Au moins huit soldats ont été tués lors de combats, a annoncé samedi le porte-parole du gouvernement.\n\nS'exprimant à la télévision nationale, Abakar Hassane Mahamat a affirmé que l'armée contrôlait désormais la zone.",
      "fr",
    );
    expect(drafted[0]).toMatch(/^Abakar Hassane Mahamat \(porte-parole du gouvernement\)/u);
    expect(drafted.every((l) => l.startsWith("Abakar Hassane Mahamat"))).toBe(true);
  });
});

describe("a toll given « selon un bilan … par » its body, with words between", () => {
  it("gives the toll to the body named after the toll's words, its date and its outlet", () => {
    expect(lines("Au moins 19 personnes ont été tuées, selon un bilan provisoire de la Croix-Rouge.", "fr")).toEqual([
      'Croix-Rouge (ngo): killed = {"atLeast":19}',
    ]);
    expect(lines("Au moins 19 personnes ont été tuées, selon un bilan provisoire communiqué mardi au Nouvelliste par la Croix-Rouge.", "fr")).toEqual([
      'Croix-Rouge (ngo): killed = {"atLeast":19}',
    ]);
  });

  it("skips a figure after « de » and reads a person set off after a body no list knows", () => {
    expect(lines("Au moins 19 personnes ont été tuées, selon un bilan de 19 morts établi par le maire.", "fr")).toEqual([
      'Maire (local): killed = {"atLeast":19}',
    ]);
    expect(lines("Au moins 19 personnes ont été tuées, selon un bilan communiqué par le CASEC de la zone, Wilner Pierre-Louis.", "fr")[0]).toMatch(
      /^Wilner Pierre-Louis /u,
    );
  });
});

describe("parts of a toll named as the bodies of whom", () => {
  it('reads « dont ceux de … et d\'un nourrisson » and "including those of" as parts of the bodies counted', () => {
    expect(lines("Le maire affirme avoir enterré 12 corps, dont ceux de trois femmes et d'un nourrisson.", "fr")).toEqual([
      'Maire (local): killed = {"atLeast":12}',
      'Maire (local): killed = {"phrase":"trois"}',
      'Maire (local): killed = {"phrase":"un nourrisson"}',
    ]);
    expect(lines("The mayor said he buried 12 bodies, including those of three women and a baby.", "en")).toEqual([
      'Mayor (local): killed = {"atLeast":12}',
      'Mayor (local): killed = {"phrase":"three"}',
      'Mayor (local): killed = {"phrase":"a baby"}',
    ]);
  });
});

describe("a source that declines a question about what others report", () => {
  it("refuses the toll, and the figure in the question is no one's claim", () => {
    expect(
      lines(
        "Ten people died.\n\nThe spokesman of the army's 1 Division, Major Ikechukwu Anene, did not respond to calls and text messages seeking comment on reports that three soldiers were killed.",
        "en",
      ).slice(1),
    ).toEqual(['Ikechukwu Anene (spokesman of the army\'s) (party): killed = "withheld"']);
    expect(
      lines("Dix personnes sont mortes.\n\nLe porte-parole de l'armée n'a pas souhaité commenter les informations faisant état de bergers tués.", "fr").slice(
        1,
      ),
    ).toEqual(['Armée (party): killed = "withheld"']);
  });
});

describe("a lead told by officials, then a spokesperson for a named body", () => {
  it("gives the lead to the spokesperson, whose body says the voice is the police's", () => {
    const drafted = lines(
      "MINNA (Daily Trust) - Bandits have killed at least 23 people in an attack on Gidan Bako, officials said on Sunday.\n\nA spokesperson for the Niger State Police Command, DSP Yahaya Musa Ndagi, said the gunmen shot at residents. He said 11 people were injured.",
      "en",
    );
    expect(drafted[0]).toMatch(/^DSP Yahaya Musa Ndagi .*killed = \{"atLeast":23\}$/u);
    expect(drafted.some((l) => l.startsWith("Officials"))).toBe(false);
  });
});

describe("a refusal told with its own verbs, by a titled official", () => {
  it('finds the refuser across "declined to give a toll" and a participle after the refusal', () => {
    expect(
      lines(
        "Gunmen killed 20 people, police said.\n\nThe state's security spokesman, Julio César Ocampo Nava, declined to give a toll of his own or to say whether any of the dead had been armed.",
        "en",
      ),
    ).toEqual(["Police (party): killed = 20", expect.stringMatching(/^Julio César Ocampo Nava \(spokesman\) \(\w+\): killed = "withheld"$/u)]);
    const drafted = lines(
      "Gunmen killed 20 people, police said.\n\nMarsabit County Commissioner Paul Rotich declined to comment on the toll, saying a security team had been dispatched to the area.",
      "en",
    );
    expect(drafted).toContain('Paul Rotich (County Commissioner) (government): killed = "withheld"');
  });
});

describe("a year in a clause that describes the group blamed", () => {
  it("dates the group's past, not the sentence, so the blame is drafted", () => {
    expect(
      lines(
        "Gunmen killed 20 people, police said.\n\nThe administrator said 20 died.\n\nHe blamed the attack on the Gumuz Liberation Front (GLF), an armed group that rejected a peace deal signed with the regional government in 2022.",
        "en",
      ),
    ).toContain('Administrator (government): perpetrator = "glf"');
  });
});

describe("a lead told by officials, then an official who had given an earlier toll", () => {
  it("gives the lead to the official: a figure he gave before is his revised answer, not a second voice", () => {
    const drafted = lines(
      "At least 16 people have been killed in clashes in Kurram since Thursday, officials said on Saturday.\n\nDeputy Commissioner Asif Khan Wazir told Dawn that the fighting had spread to five villages. On Friday, he had put the death toll at nine.",
      "en",
    );
    expect(drafted).toContain('Asif Khan Wazir (Deputy Commissioner) (government): killed = {"atLeast":16}');
    expect(drafted).toContain('Asif Khan Wazir (Deputy Commissioner) (government): killed = {"phrase":"nine"}');
    expect(drafted.some((l) => l.startsWith("Officials"))).toBe(false);
  });

  it("keeps two voices apart when the named official gives another figure now", () => {
    const drafted = lines(
      "At least 16 people have been killed in clashes in Kurram since Thursday, officials said on Saturday.\n\nDeputy Commissioner Asif Khan Wazir told Dawn that nine people had been killed.",
      "en",
    );
    expect(drafted).toContain('Officials (government): killed = {"atLeast":16}');
  });
});

describe("a district health officer", () => {
  it("speaks for the state's health service", () => {
    expect(
      lines(
        "Clashes broke out on Thursday.\n\nDistrict Health Officer Dr Farman Ali Bangash said the hospital in Sadda had received 11 bodies and 27 injured people.",
        "en",
      ),
    ).toEqual([
      'Dr Farman Ali Bangash (Health Officer) (government): killed = {"atLeast":11}',
      "Dr Farman Ali Bangash (Health Officer) (government): wounded = 27",
    ]);
  });
});

describe("a lead told by a government, then one of its ministers or ministries", () => {
  it("gives the lead to the ministry whose statement the next paragraph quotes", () => {
    const drafted = lines(
      "Au moins quatorze personnes ont été tuées dimanche lors de l'attaque du village de Kolloma-Haoussa, ont annoncé lundi les autorités nigériennes.\n\nDans un communiqué lu lundi soir à la télévision publique, le ministère de l'Intérieur précise que les victimes sont « toutes des civils ».",
      "fr",
    );
    expect(drafted.some((l) => l.startsWith("Ministère de l'Intérieur") && l.includes("killed"))).toBe(true);
    expect(drafted.some((l) => l.startsWith("Autorités nigériennes"))).toBe(false);
  });

  it("gives a state government's lead to its minister, who gave an earlier toll", () => {
    const drafted = lines(
      "At least 23 civilians were killed when drones struck a market in Khor Dunia on Tuesday, the state government said.\n\nBlue Nile's information minister, Abdelrahman Hamid Tirab, told the state-run news agency that 37 others had been wounded. Late on Tuesday, the ministry had put the death toll at 15.",
      "en",
    );
    expect(drafted.some((l) => l.startsWith("Abdelrahman Hamid Tirab") && l.includes('killed = {"atLeast":23}'))).toBe(true);
    expect(drafted.some((l) => l.startsWith("State government"))).toBe(false);
  });

  it("keeps a government's lead from the army that speaks next", () => {
    const drafted = lines(
      "At least 23 civilians were killed in an attack on Tuesday, the government said.\n\nThe army spokesman, Col. Ali Bako, said 23 civilians were killed.",
      "en",
    );
    expect(drafted.some((l) => l.startsWith("Government"))).toBe(true);
  });
});

describe("an accusation and a denial of authors named by what their men are", () => {
  it("drafts whom each source blames, and the denial of those blamed, as the dispute it is", () => {
    const drafted = lines(
      "An attack took place on Sunday.\n\nAmnesty International blamed the killings on suspected armed herders.\n\nThe Miyetti Allah Cattle Breeders Association denied that herders were involved.",
      "en",
    );
    expect(drafted).toContain('Amnesty International (ngo): perpetrator = "herders"');
    expect(drafted.some((l) => l.startsWith("Miyetti Allah") && l.endsWith('perpetrator = not "herders"'))).toBe(true);
  });

  it("reads « les assaillants étaient » and a blame put on « des bandits armés »", () => {
    const drafted = lines(
      "Une attaque a eu lieu dimanche.\n\nLe député a affirmé que les assaillants étaient « des éleveurs armés ».\n\nLe gouverneur attribue l'attaque à des bandits armés venus du Nigeria voisin.",
      "fr",
    );
    expect(drafted).toContain('Député (government): perpetrator = "eleveurs"');
    expect(drafted.some((l) => l.startsWith("Gouverneur") && l.endsWith('perpetrator = "bandits"'))).toBe(true);
  });

  it("reads whom a denial puts the deed on instead (« Ce sont des bandits qui utilisent notre nom »)", () => {
    expect(lines("Une attaque a eu lieu.\n\n« Ce sont des bandits qui utilisent notre nom », a affirmé le chef coutumier Jean Kalala.", "fr")).toContain(
      'Jean Kalala (chef coutumier) (local): perpetrator = "bandits"',
    );
  });

  it("drafts no author from a story that names unknown attackers as the subject of their deed", () => {
    const drafted = lines("Suspected jihadists ambushed a convoy near Tera on Sunday, killing 12 soldiers, security sources said.", "en");
    expect(drafted.some((l) => l.includes("perpetrator"))).toBe(false);
  });
});

describe("civilians counted among other dead", () => {
  it("labels the dead civilians only when the civilians are all the dead the source counts", () => {
    expect(lines("Au moins onze civils ont été tués dimanche à Namitoro, selon des sources locales.", "fr")).toContain(
      'Sources locales (local): status = "civilians"',
    );
    const mixed = lines("Huit civils et trois policiers ont perdu la vie dimanche à Kigaramango, selon le ministère de l'Intérieur.", "fr");
    expect(mixed.some((l) => l.includes("status"))).toBe(false);
    const among = lines("Four civilians, including a 15-year-old girl, were among the dead, the ombudsman said.", "en");
    expect(among.some((l) => l.includes("status"))).toBe(false);
  });
});

describe("a platform a statement is posted on", () => {
  it("is never the place of the incident (« sur Facebook », « sur X »)", () => {
    for (const platform of ["X", "Facebook"]) {
      const drafted = lines(
        `Le Front de libération de l'Azawad (FLA) a dénoncé sur ${platform} un « massacre de civils » et avancé le chiffre de 23 morts.`,
        "fr",
      );
      expect(drafted.some((l) => l.includes("killed = 23"))).toBe(true);
      expect(drafted.some((l) => l.includes("location"))).toBe(false);
    }
  });
});

describe("the outlet's own telling between a lead and the official it names", () => {
  it("keeps the lead's unnamed officials and the named official one voice", () => {
    const drafted = lines(
      "At least 14 worshippers have been killed in a suicide bombing at a Shia mosque in northern Afghanistan, Taliban officials say.\n\nThe blast tore through the Sayed Abad mosque in Khanabad district on Friday.\n\nThe spokesman for the Taliban's police in Kunduz, Ghulam Sakhi Rasuli, said 14 people had died and 31 had been wounded.",
      "en",
    );
    expect(drafted.some((l) => l.startsWith("Officials"))).toBe(false);
    expect(drafted.some((l) => l.startsWith("Ghulam Sakhi Rasuli") && l.includes('killed = {"atLeast":14}'))).toBe(true);
  });

  it("still keeps them apart when the named official counts the same dead otherwise", () => {
    const drafted = lines(
      "Trois gendarmes ont été tués mardi lors d'une attaque contre la brigade de Mbessa, a-t-on appris de sources sécuritaires.\n\nSelon nos informations, les assaillants ont surgi vers 23 heures.\n\nDans un communiqué, le colonel Serge Mbarga Owona fait état de « deux gendarmes ayant payé le prix suprême ».",
      "fr",
    );
    expect(drafted.some((l) => l.startsWith("Sources sécuritaires") && l.includes("killed"))).toBe(true);
  });
});

describe("the means one source tells in one sentence", () => {
  it("are one account, not two answers to set side by side", () => {
    const drafted = lines(
      "Gunmen stormed the village late on Sunday, shooting at residents and setting homes ablaze, said Victor Akaa, the local council chairman.",
      "en",
    );
    expect(drafted.filter((l) => l.includes(": means = "))).toEqual(['Victor Akaa (other): means = ["small-arms","arson"]']);
  });
});

describe("a fire told only by what it destroyed", () => {
  it("is destruction, not the means of the attack", () => {
    const drafted = lines("Les assaillants ont incendié vingt-six maisons avant de se retirer, selon l'administrateur du territoire.", "fr");
    expect(drafted.some((l) => l.includes(": destroyed = "))).toBe(true);
    expect(drafted.some((l) => l.includes(": means = "))).toBe(false);
  });

  it("stays arson beside the shooting, or where people were burned", () => {
    expect(lines("Gunmen stormed the village, shooting at residents and setting homes ablaze, said Victor Akaa.", "en")).toContain(
      'Victor Akaa (other): means = ["small-arms","arson"]',
    );
    expect(lines("Some of the victims had been burnt inside their houses, a resident said.", "en").some((l) => l.includes('means = ["arson"]'))).toBe(true);
  });
});

describe("a state's forces named with words between them and their country", () => {
  it("keeps the whole name « Forces armées de défense du Mozambique », and the country's forces, not another's named before", () => {
    const drafted = lines(
      "Des forces rwandaises et mozambicaines ont été déployées dans la zone.\n\nLes Forces armées de défense du Mozambique (FADM), contactées par l'AFP, n'ont pas souhaité donner de bilan de leurs pertes.",
      "fr",
    );
    expect(drafted).toContain('Forces armées de défense du Mozambique (FADM) (party): killed = "withheld"');
  });

  it("reads « Forces de défense et de sécurité du Burkina » whole, but not « l'armée et le Niger » as Niger's army", () => {
    const draft = draftIncident("Selon les Forces de défense et de sécurité du Burkina, douze personnes ont été tuées.", { lang: "fr" });
    expect(draft.sources.map((s) => s.name)).toContain("Forces de défense et de sécurité du Burkina");
    const two = draftIncident("Selon l'armée et le Niger, douze personnes ont été tuées.", { lang: "fr" });
    expect(two.sources.map((s) => s.name)).not.toContain("Armée et le Niger");
  });
});

describe("« l'officier » after an officer named by his rank and role", () => {
  it("is that officer, not a new voice of the forces", () => {
    const drafted = lines(
      "Joint par RFI, le porte-parole de l'armée, le lieutenant-colonel Guy-Serge Wanzoui, précise que quatre militaires ont péri dans l'assaut. L'officier n'a pas souhaité dire combien de soldats avaient été blessés.",
      "fr",
    );
    expect(drafted).toContain(`Guy-Serge Wanzoui (porte-parole de l'armée) (party): wounded = "withheld"`);
    expect(drafted.some((l) => l.startsWith("Officier"))).toBe(false);
  });

  it("stays a voice of its own when no one of the forces was named before", () => {
    const drafted = lines(
      "Le maire, Issa Traoré, a indiqué que six civils avaient été tués. L'officier n'a pas souhaité dire combien de soldats avaient été blessés.",
      "fr",
    );
    expect(drafted.some((l) => l.startsWith("Issa Traoré") && l.includes("wounded"))).toBe(false);
  });
});

describe("a state's army introduced by its own name and acronym", () => {
  it("is the state's forces, so that its spokesman named next speaks in his own name", () => {
    const drafted = lines(
      "Joint par RFI, le porte-parole de l'état-major des Forces armées centrafricaines (FACa), le lieutenant-colonel Guy-Serge Wanzoui, précise que quatre militaires ont péri dans l'assaut.",
      "fr",
    );
    expect(drafted.some((l) => l.startsWith("Guy-Serge Wanzoui") && l.includes('killed = {"phrase":"quatre"}'))).toBe(true);
    expect(drafted.some((l) => l.startsWith("FACa"))).toBe(false);
  });

  it("leaves « Forces démocratiques syriennes (FDS) » an armed group", () => {
    const draft = draftIncident("Selon les Forces démocratiques syriennes (FDS), douze personnes ont été tuées.", { lang: "fr" });
    expect(draft.actors.find((a) => a.name === "FDS")?.kind).toBe("armed-group");
  });
});

describe("a claim or an accusation with words between the verb and the attack", () => {
  it("reads « a revendiqué jeudi soir l'attaque » as the group's claim", () => {
    expect(lines("Le JNIM a revendiqué jeudi soir l'attaque de Koumbia.", "fr")).toContain('JNIM (party): perpetrator = "jnim"');
  });

  it("reads « attribue elle aussi l'attaque au JNIM » and « attribue également » as an accusation", () => {
    expect(lines("Une source sécuritaire attribue elle aussi l'attaque au JNIM.", "fr")).toContain('Source sécuritaire (party): perpetrator = "jnim"');
    expect(lines("Une source sécuritaire attribue également l'attaque au JNIM.", "fr")).toContain('Source sécuritaire (party): perpetrator = "jnim"');
  });

  it("reads a group's name whose words a comma parts, before its acronym", () => {
    expect(lines("Le sous-préfet attribue l'attaque au mouvement Retour, Réclamation et Réhabilitation (3R).", "fr")).toContain(
      'Sous-préfet (government): perpetrator = "3r"',
    );
  });
});

describe("a group known by its name, then its lower-case noun", () => {
  it('reads "the Lakurawa armed group" as the group, the author of what it did', () => {
    expect(lines("Members of the Lakurawa armed group stormed the village, police said.", "en")).toContain('Police (party): perpetrator = "lakurawa"');
    expect(lines("Police said the Lakurawa armed group carried out the attack.", "en")).toContain('Police (party): perpetrator = "lakurawa"');
  });
});

describe("the author of an attack told with marks, qualifiers or a denial around its name", () => {
  it("reads the group whose bracketed acronym or quotation closes just before the verb", () => {
    expect(lines("Un officier a précisé que les rebelles du groupe Retour, réclamation et réhabilitation (3R) avaient attaqué la position.", "fr")).toContain(
      'Officier (party): perpetrator = "3r"',
    );
    expect(lines("Selon le colonel Souleymane Dembélé, « des terroristes du JNIM » ont attaqué le village.", "fr")).toContain(
      'Souleymane Dembélé (party): perpetrator = "jnim"',
    );
  });

  it('reads "the banned TTP" as the group blamed', () => {
    expect(lines("Police chief Syed Ashfaq Hussain Shah blamed the banned Tehreek-i-Taliban Pakistan (TTP) for the attack.", "en")).toContain(
      'Syed Ashfaq Hussain Shah (Police chief) (party): perpetrator = "ttp"',
    );
  });

  it('reads an author named inside a denial as denied (« nie que les Mobondo soient derrière », "denied that ISWAP attacked")', () => {
    expect(lines("Le chef coutumier nie que les Mobondo soient derrière cette attaque.", "fr")).toEqual([
      'Chef coutumier (local): perpetrator = not "mobondo"',
    ]);
    expect(lines("The governor denied that ISWAP attacked the town.", "en")).toEqual(['Governor (government): perpetrator = not "iswap"']);
    expect(lines("The governor said ISWAP attacked the town.", "en")).toEqual(['Governor (government): perpetrator = "iswap"']);
  });
});

describe("a group named by its fighters in another language", () => {
  it('reads "Ittehad-ul-Mujahideen Pakistan (IMP)" claiming an attack as an armed group, its author', () => {
    expect(lines("Ittehad-ul-Mujahideen Pakistan (IMP) claimed responsibility for the attack in a statement sent to journalists.", "en")).toContain(
      'IMP (party): perpetrator = "imp"',
    );
  });
});

describe("a role with its acronym and its zone before the holder's name", () => {
  it("gives the lead's officials to the police officer named with them, and reads « Jammu Zone » as no person", () => {
    const drafted = lines(
      "Two soldiers were killed early on Tuesday, officials said.\n\nAdditional Director General of Police (ADGP), Jammu Zone, Rakesh Kumar Bhagat told The Hindu that two terrorists opened fire.",
      "en",
    );
    expect(drafted).toContain('Rakesh Kumar Bhagat (Additional Director General of Police (ADGP)) (party): killed = {"phrase":"Two"}');
    expect(drafted.some((l) => l.startsWith("Officials") || l.startsWith("Jammu"))).toBe(false);
  });
});

describe("a role shortened by its acronym", () => {
  it("keeps the doctor's voice when his role is given an acronym before his name", () => {
    const drafted = lines(
      "The Medical Superintendent (MS) of the District Headquarters Hospital, Dr Naveed Akhtar Gandapur, said seven bodies had been brought to the hospital along with four injured.",
      "en",
    );
    expect(drafted).toContain('Dr Naveed Akhtar Gandapur (Medical Superintendent (MS)) (local): killed = {"phrase":"seven"}');
    expect(drafted.some((l) => l.startsWith("MS "))).toBe(false);
  });

  it("still reads an organisation's acronym as the organisation", () => {
    const drafted = lines("Le Cadre stratégique permanent (CSP) a affirmé avoir tué douze assaillants.", "fr");
    expect(drafted.some((l) => l.startsWith("Cadre stratégique permanent") || l.startsWith("CSP"))).toBe(true);
  });
});

describe("two roles joined by « et » before one name", () => {
  it("gives the speech to the one minister who holds both roles, not to a second source", () => {
    const drafted = lines(
      "« Le bilan provisoire est de 21 morts », a déclaré le ministre de la Communication et porte-parole du gouvernement, Abakar Mahamat Saleh.",
      "fr",
    );
    expect(drafted).toEqual(["Abakar Mahamat Saleh (porte-parole du gouvernement) (party): killed = 21"]);
  });
});

describe("a quotation that opens the sentence", () => {
  it("is the speaker's words, never the owner of « son porte-parole » after it", () => {
    const drafted = lines(
      "Au moins douze militaires ont été tués dimanche, a annoncé mardi le gouvernement.\n\n« Nos forces ont fait face à une attaque complexe », a déclaré à l'AFP son porte-parole, précisant que six soldats avaient été blessés.",
      "fr",
    );
    expect(drafted).toContain('Gouvernement (party): wounded = {"phrase":"six"}');
    expect(drafted.some((l) => l.startsWith("Forces"))).toBe(false);
  });
});

describe("a town hall as a source", () => {
  it("reads « auprès de la mairie » as the mayor's office and gives its lead to the mayor named next", () => {
    const drafted = lines(
      "Au moins dix-sept personnes ont été tuées dimanche, a appris Studio Tamani lundi auprès de la mairie.\n\nLe maire de Saro, Bakary Coulibaly, explique que les assaillants ont ouvert le feu.",
      "fr",
    );
    expect(drafted).toContain('Bakary Coulibaly (maire) (local): killed = {"phrase":"Au moins dix-sept"}');
    expect(drafted.some((l) => l.startsWith("Article"))).toBe(false);
  });

  it("reads the mayor's office in English", () => {
    expect(lines("At least 12 people were killed, the mayor's office said.", "en")).toEqual(['Mayor (local): killed = {"atLeast":12}']);
  });
});

describe("a sentence that gives the words before it to their speaker", () => {
  it("reads « C'est ce qu'indique le ministère » as the ministry's lead", () => {
    const drafted = lines(
      "Au moins huit soldats ont été tués lundi à Garin-Bougaram. C'est ce qu'indique le ministère de la Défense, dans un communiqué lu mardi soir.",
      "fr",
    );
    expect(drafted).toContain('Ministère de la Défense (party): killed = {"phrase":"Au moins huit"}');
    expect(drafted.some((l) => l.startsWith("Article"))).toBe(false);
  });

  it("reads « C'est le bilan avancé lundi dans un communiqué par le FLA » as the FLA's toll", () => {
    const drafted = lines(
      "Au moins quatorze personnes ont été tuées dimanche par une frappe de drone. C'est le bilan avancé lundi dans un communiqué par le Front de libération de l'Azawad (FLA).",
      "fr",
    );
    expect(drafted).toContain('Front de libération de l\'Azawad (FLA) (party): killed = {"phrase":"Au moins quatorze"}');
    expect(drafted.some((l) => l.startsWith("Article"))).toBe(false);
  });

  it("reads « Le bilan a été livré mardi par la société civile » as the civil society's toll", () => {
    const drafted = lines("Au moins vingt-trois déplacés ont été tués dimanche à Lodjo-Kpa. Le bilan a été livré mardi par la société civile locale.", "fr");
    expect(drafted).toContain('Société civile (local): killed = {"phrase":"Au moins vingt-trois"}');
  });

  it("gives the toll to whom « Le bilan a été livré mardi … par » names, though he goes on speaking (« qui impute l'attaque aux miliciens »)", () => {
    const drafted = lines(
      "Au moins vingt-trois déplacés ont été tués dimanche à Lodjo-Kpa. Le bilan a été livré mardi à Actualite.cd par l'administrateur du territoire, le colonel Patrick Kasongo, qui impute l'attaque aux miliciens de la CODECO.",
      "fr",
    );
    expect(drafted).toContain('Patrick Kasongo (administrateur) (government): killed = {"phrase":"Au moins vingt-trois"}');
  });
});

describe("words around a name that are not the person's role", () => {
  it("reads « l'hôpital général » as a hospital, not a general who speaks", () => {
    const drafted = lines(
      "Le médecin directeur de l'hôpital général de référence (HGR) de Bagata, le docteur Patrice Mayala, dit avoir reçu neuf blessés, dont quatre enfants.",
      "fr",
    );
    expect(drafted.some((l) => l.startsWith("Patrice Mayala") && l.includes('wounded = {"phrase":"neuf"}'))).toBe(true);
    expect(drafted.some((l) => l.startsWith("Général"))).toBe(false);
  });

  it("reads a count after the comma that follows a name as the toll, not as the person's role", () => {
    const draft = draftIncident("Selon le colonel Abdoulaye Maïga, douze soldats ont été tués.", { lang: "fr" });
    expect(draft.sources.map((s) => s.name)).toContain("Abdoulaye Maïga");
    const resident = draftIncident("Selon Amadou Diallo, un habitant du village, douze personnes ont été tuées.", { lang: "fr" });
    expect(resident.sources.map((s) => s.name)).toContain("Amadou Diallo (habitant du village)");
  });
});

describe("names of groups and persons told in full once", () => {
  it('reads "the Sinaloa Cartel" as a group named before its capitalised noun', () => {
    expect(lines("Police blamed the Sinaloa Cartel for the assault.", "en")).toContain('Police (party): perpetrator = "sinaloa"');
  });

  it("calls a person of three names or more back by a middle one", () => {
    const drafted = lines(
      "The secretary, Ramón Aguirre Villaseñor, told reporters that eight people were killed. Aguirre attributed the assault to the Jalisco New Generation Cartel.",
      "en",
    );
    expect(drafted).toContain('Ramón Aguirre Villaseñor (other): perpetrator = "jalisco-new-generation"');
  });
});

describe("an accusation of the attack's own deed", () => {
  it('reads « accuse les agriculteurs d\'avoir tendu une embuscade » and "accused herders of having ambushed" as blame', () => {
    expect(lines("Le maire accuse les agriculteurs d'avoir tendu une embuscade à des bergers.", "fr")).toContain('Maire (local): perpetrator = "agriculteurs"');
    expect(lines("The chief accused herders of having ambushed the farmers.", "en")).toContain('Chief (other): perpetrator = "herders"');
  });

  it("still names no author of an accusation of something else", () => {
    expect(lines("The chief accused the RSF of looting the town.", "en").some((l) => l.includes("perpetrator"))).toBe(false);
  });
});

describe("an object pronoun between the speaker and its verb", () => {
  it("reads « Une source sécuritaire l'attribue à l'EIGS » and « Le maire le confirme » as the speakers' words", () => {
    expect(lines("Une source sécuritaire l'attribue à l'EIGS.", "fr")).toContain('Source sécuritaire (party): perpetrator = "eigs"');
    expect(lines("Le maire le confirme : douze personnes ont été tuées.", "fr")).toContain('Maire (local): killed = {"phrase":"douze"}');
  });
});

describe("a pronoun after a relative one, once someone spoke in the sentence", () => {
  it("reads « Le groupe assure avoir tué 22 soldats et pris le poste, dont il dit… » as the group's words throughout", () => {
    const drafted = lines(
      "Le JNIM a revendiqué l'attaque. Le groupe assure avoir tué « 22 soldats » et s'être emparé du poste, dont il dit avoir emporté des armes.",
      "fr",
    );
    expect(drafted).toContain("JNIM (party): killed = 22");
    expect(drafted.some((l) => l.startsWith("Soldats"))).toBe(false);
  });
});

describe("who disputes an account", () => {
  it("reads « Des habitants contestent la version de l'armée. Selon eux, … » as the residents' words", () => {
    const drafted = lines(
      "Un commandant des Ambazonia Restoration Forces a revendiqué l'embuscade.\n\nDes habitants d'Ashong joints par l'AFP contestent la version de l'armée. Selon eux, huit personnes ont été tuées par les renforts.",
      "fr",
    );
    expect(drafted).toContain('Habitants (local): killed = {"phrase":"huit"}');
  });
});

describe("a hospital's staff", () => {
  it('reads "Staff at the Kani Township hospital declined to give casualty figures" as the hospital\'s refusal', () => {
    expect(lines("Staff at the Kani Township hospital declined to give casualty figures.", "en")).toEqual([
      'Staff at the Kani Township hospital (local): killed = "withheld"',
    ]);
  });
});

describe("an ambush and who set it", () => {
  it("reads « une embuscade tendue par le JNIM » as the JNIM's deed", () => {
    expect(lines("Selon une source sécuritaire, il s'agit d'une embuscade tendue par le JNIM.", "fr")).toContain(
      'Source sécuritaire (party): perpetrator = "jnim"',
    );
  });
});

describe("a speaker named by his office in someone's government", () => {
  it("gives the toll of « X's information minister, quoted by SABA, called … and said » to the minister, not to the government", () => {
    const drafted = lines(
      'The internationally recognized government\'s information minister, quoted by the state-run SABA news agency, called the strike a "terrorist crime" and said Sunday that the toll had risen to 17.',
      "en",
    );
    expect(drafted).toEqual(["Information minister (party): killed = 17"]);
  });
});

describe("an armed group's official", () => {
  it("reads \"a Houthi official … declined to comment\" as the Houthis' refusal, not a government's", () => {
    expect(lines("Reached by phone, a Houthi official in Sanaa declined to comment on reports of civilian casualties.", "en")).toEqual([
      'Houthi (party): killed = "withheld"',
    ]);
  });

  it('gives "A senior Taliban official said" to the Taliban', () => {
    expect(lines("A senior Taliban official said five people were killed.", "en")).toEqual(['Taliban (party): killed = {"phrase":"five"}']);
  });
});

describe("who heads a body", () => {
  it("gives the lead's officials to « X, head of the government's executive unit for displacement camps », who speaks next", () => {
    const drafted = lines(
      "A missile killed at least 14 people, officials said.\n\nSaif Mohammed al-Qubati, head of the government's executive unit for displacement camps in Marib, told The Associated Press by phone that 31 others were wounded.",
      "en",
    );
    expect(drafted).toContain('Saif Mohammed al-Qubati (head) (party): killed = {"atLeast":14}');
    expect(drafted).toContain("Saif Mohammed al-Qubati (head) (party): wounded = 31");
    expect(drafted.some((l) => l.startsWith("Officials"))).toBe(false);
  });

  it('reads no speaker in "shot in the head"', () => {
    expect(lines("He was shot in the head, police said.", "en").some((l) => l.toLowerCase().startsWith("head"))).toBe(false);
  });
});

describe("a rescue service known by its name", () => {
  it('reads "A Rescue 1122 spokesperson" as the rescue service, not as the police officer who spoke before', () => {
    const drafted = lines(
      "District Police Officer Waqas Rafiq Khan told Dawn that eight people were killed.\n\nA Rescue 1122 spokesperson said two of the injured succumbed to their wounds overnight, raising the death toll to 10.",
      "en",
    );
    expect(drafted).toContain("Rescue 1122 (local): killed = 10");
    expect(drafted.some((l) => l.startsWith("Waqas Rafiq Khan") && l.includes("killed = 10"))).toBe(false);
  });
});

describe("a side that denies its deed", () => {
  it('denies its authorship, not the means others saw ("The RSF denied shelling the camp")', () => {
    const drafted = lines("The RSF denied shelling the camp.", "en");
    expect(drafted).toContain('RSF (party): perpetrator = not "rsf"');
    expect(drafted.some((l) => l.includes("means"))).toBe(false);
  });
});

describe("a lead's speaker named by a possessive", () => {
  it("gives « Sinjar's district mayor told Rudaw » to the mayor named in the next paragraph", () => {
    const drafted = lines(
      "A drone strike hit a vehicle, killing five people, Sinjar's district mayor told Rudaw English on Saturday.\n\nMayor Khalil Haji Murad said the car was carrying three civilians.",
      "en",
    );
    expect(drafted).toContain('Khalil Haji Murad (Mayor) (local): killed = {"phrase":"five"}');
    expect(drafted.some((l) => l.startsWith("Mayor "))).toBe(false);
  });
});

describe("a state blamed by its name", () => {
  it("reads \"…, blaming Turkey\" and « accuse la Russie d'avoir frappé » as the state's deed", () => {
    expect(lines("A drone strike killed five people, the mayor told Rudaw, blaming Turkey.", "en")).toContain('Mayor (local): perpetrator = "turkey"');
    expect(lines("Le maire accuse la Russie d'avoir frappé la ville.", "fr")).toContain('Maire (local): perpetrator = "russie"');
  });
});

describe("a link denied", () => {
  it("with another body is an affiliation denied, not the deed", () => {
    expect(lines("The RSF denied any link with the PKK.", "en")).toEqual([]);
    expect(lines("Le JNIM a démenti tout lien avec l'EI.", "fr")).toEqual([]);
  });

  it("with the attack is the deed denied", () => {
    expect(lines("The RSF denied any link with the attack.", "en")).toEqual(['RSF (party): perpetrator = not "rsf"']);
    expect(lines("Le JNIM a démenti tout lien avec l'attaque.", "fr")).toEqual(['JNIM (party): perpetrator = not "jnim"']);
  });
});

describe("a verb joined to the speaker's earlier one", () => {
  it('leaves the figure told between the two verbs to the speaker ("said the strike killed four civilians and denied any link")', () => {
    expect(lines("The YBS said the strike killed four civilians and denied any link with the PKK.", "en")).toEqual(['YBS (other): killed = {"phrase":"four"}']);
    expect(lines("The RSF said its fighters had killed 12 soldiers and denied attacking civilians.", "en")).toContain("RSF (party): killed = 12");
  });

  it('reads a count joined to a count of the speaker\'s own men ("two of its fighters and four civilians")', () => {
    expect(lines("The YBS said the strike killed two of its fighters and four civilians.", "en")).toEqual([
      'YBS (other): killed = {"phrase":"two"}',
      'YBS (other): killed = {"phrase":"four"}',
    ]);
  });
});

describe("a body's spokesman named by its owner or its command", () => {
  it('gives the words of "the Taliban\'s chief spokesman" to the Taliban, whatever word qualifies the role', () => {
    expect(lines("The Taliban's chief spokesman said three people were killed.", "en")).toEqual(['Taliban (party): killed = {"phrase":"three"}']);
  });

  it('reads "the Joint Operations Command" as a command of the forces, also after a possessive country', () => {
    expect(lines("The Joint Operations Command said three militants were killed.", "en")).toEqual([
      'Joint Operations Command (party): killed = {"phrase":"three"}',
    ]);
    expect(lines("A spokesperson for Iraq's Joint Operations Command said two civilians were wounded.", "en")).toEqual([
      'Iraq\'s Joint Operations Command (party): wounded = {"phrase":"two"}',
    ]);
  });
});

describe("an author blamed by what its men are or by which forces", () => {
  const lead = "MAIDUGURI, Nigeria (AP) — Gunmen killed 12 people in Tungar on Sunday.";

  it('reads "blamed the federal army" as the state\'s forces blamed', () => {
    expect(lines(`${lead} Residents blamed the federal army.`, "en")).toContain('Residents (local): perpetrator = "nigeria"');
  });

  it('reads "blamed local militia" and "blamed armed youth from Pibor" as authors named by what they are', () => {
    expect(lines(`${lead} Residents blamed local militia for the killings.`, "en")).toContain('Residents (local): perpetrator = "militia"');
    expect(lines(`${lead} The county commissioner, Deng Malual, blamed armed youth from Pibor for the attack.`, "en")).toContain(
      'Deng Malual (county commissioner) (government): perpetrator = "youth"',
    );
  });
});

describe("a part in the attack denied by the verb itself", () => {
  const lead = "Gunmen killed 12 people in Tungar on Sunday. Residents blamed the RSF.";

  it('reads "denied that any of its members took part" and "denied being involved" as the RSF denying it is the author', () => {
    expect(lines(`${lead} The RSF denied that any of its members took part.`, "en")).toContain('RSF (party): perpetrator = not "rsf"');
    expect(lines(`${lead} The RSF denied being involved.`, "en")).toContain('RSF (party): perpetrator = not "rsf"');
    expect(lines(`${lead} The RSF said it had no hand in the attack.`, "en")).toContain('RSF (party): perpetrator = not "rsf"');
  });

  it("reads « a démenti être impliqué » and « nie avoir participé » as the group denying it", () => {
    const lead = "Des hommes armés ont tué 12 civils à Tungar dimanche. Des habitants accusent le JNIM.";
    expect(lines(`${lead} Le JNIM a démenti être impliqué dans l'attaque.`, "fr")).toContain('JNIM (party): perpetrator = not "jnim"');
    expect(lines(`${lead} Le JNIM nie avoir participé à l'attaque.`, "fr")).toContain('JNIM (party): perpetrator = not "jnim"');
  });

  it('denies nothing of the speaker\'s in "denied that civilians were involved"', () => {
    expect(lines(`${lead} The RSF denied that civilians were involved.`, "en")).not.toContain('RSF (party): perpetrator = not "rsf"');
  });
});

describe("the role alone after the article", () => {
  it('gives "The official said" to the local health official who spoke before, not to a new source', () => {
    expect(lines("Gunmen killed 22 people, a local health official told Reuters. The official said 31 people were wounded.", "en")).toEqual([
      "Health official (government): killed = 22",
      "Health official (government): wounded = 31",
    ]);
  });
});

describe("a part of those counted", () => {
  it('keeps "nine of them children" with the wounded, not with the death toll of the next clause', () => {
    expect(
      lines("The official said 31 wounded people had been admitted to the hospital, nine of them children, and that the death toll could rise.", "en"),
    ).toEqual(["Official (government): wounded = 31", 'Official (government): wounded = {"phrase":"nine"}']);
  });

  it('still reads "11 Palestinians, four of them children, were killed" as the dead', () => {
    expect(lines("The Civil Defence said 11 Palestinians, four of them children, were killed.", "en")).toContain(
      'Civil Defence (government): killed = {"phrase":"four"}',
    );
  });
});

describe("youth and police in a cattle raid's reporting", () => {
  const lead = "Gunmen killed 20 people in Wicdeng on Saturday.";

  it('clears the youth in "denied that youth from the area were involved"', () => {
    expect(lines(`${lead} The minister, Peter Lokuji, denied that youth from the area were involved.`, "en")).toContain(
      'Peter Lokuji (minister) (party): perpetrator = not "youth"',
    );
  });

  it('reads "among them two police officers" as a part of the dead', () => {
    expect(lines(`${lead} The minister, Mabior Deng, said 29 people had been killed, among them two police officers.`, "en")).toContain(
      'Mabior Deng (minister) (party): killed = {"phrase":"two"}',
    );
  });
});

describe("a toll given before the news, after which the lead's teller speaks", () => {
  it('gives the lead to the commissioner named next, though "after he put the toll at 21" he gives a new one', () => {
    const drafted = lines(
      "The number of people killed in Saturday's raid on Wicdeng has risen to 34, a local official said.\n\nCounty Commissioner Gatluak Puok Riek told The EastAfrican on Sunday that 13 more bodies had been found, after he put the toll at 21 on Saturday evening.",
      "en",
    );
    expect(drafted).toContain("Gatluak Puok Riek (County Commissioner) (government): killed = 34");
    expect(drafted.some((line) => line.startsWith("Local official"))).toBe(false);
  });
});

describe("a role of a body no list knows, and the verbs of a series", () => {
  it("names « un commandant du Front 33 » after the body he speaks for", () => {
    expect(lines("Au moins 19 personnes ont été tuées jeudi. Un commandant du Front 33 évoque « cinq camarades tombés ».", "fr")).toContain(
      'Front 33 (other): killed = {"phrase":"cinq"}',
    );
  });

  it("gives « …, évoque « cinq camarades tombés » » to the speaker who denied just before, not to the social networks the video was on", () => {
    const drafted = lines(
      "Au moins 19 personnes ont été tuées jeudi. Dans une vidéo diffusée dimanche sur les réseaux sociaux, un commandant du Front 33 dément que le groupe ait subi de telles pertes, évoque « cinq camarades tombés » et accuse l'ELN d'avoir « massacré des paysans ».",
      "fr",
    );
    expect(drafted).toContain('Front 33 (other): killed = {"phrase":"cinq"}');
    expect(drafted.some((line) => line.startsWith("Réseaux sociaux"))).toBe(false);
  });

  it('keeps "an RSF spokesperson, Yohannes Bega, denied" as his own denial after "In a statement posted on Facebook,"', () => {
    expect(
      lines("Gunmen killed 20 people on Sunday. In a statement posted on Facebook, an RSF spokesperson, Yohannes Bega, denied any involvement.", "en").some(
        (line) => line.startsWith("Yohannes Bega"),
      ),
    ).toBe(true);
  });
});

describe("a subject set apart by « quant à lui » or « pour sa part »", () => {
  it("gives « Le gouverneur …, Andrés Quintero, a quant à lui reconnu ignorer … » to the governor", () => {
    expect(
      lines(
        "Au moins 19 personnes ont été tuées jeudi. Le gouverneur du Norte de Santander, Andrés Quintero, a quant à lui reconnu ignorer « le nombre réel de victimes ».",
        "fr",
      ),
    ).toContain('Andrés Quintero (gouverneur) (government): killed = "unknown"');
  });

  it("gives « Le maire a pour sa part indiqué … » to the mayor", () => {
    expect(lines("Au moins 19 personnes ont été tuées jeudi. Le maire a pour sa part indiqué que 12 personnes avaient été blessées.", "fr")).toContain(
      "Maire (local): wounded = 12",
    );
  });
});

describe("speakers a list did not know, and a claim in a relative clause", () => {
  it("gives « un agent de santé a indiqué avoir reçu … » to a medical source", () => {
    expect(lines("Au moins 20 soldats ont été tués samedi. À Kaya, un agent de santé a indiqué avoir reçu « au moins 18 blessés ».", "fr")).toContain(
      'Agent de santé (local): wounded = {"atLeast":18}',
    );
  });

  it("gives « …, soutient un ressortissant de Pissila » to that native as a witness", () => {
    expect(
      lines(
        "Au moins 20 soldats ont été tués samedi. « Les corps de 22 soldats ont été ramenés à Kaya dimanche », soutient un ressortissant de Pissila.",
        "fr",
      ),
    ).toContain('Ressortissant (witness): killed = {"atLeast":22}');
  });

  it("reads « Le JNIM, qui a revendiqué l'attaque, affirme … » as the JNIM's claim of the attack", () => {
    expect(lines("Le JNIM, qui a revendiqué l'attaque dimanche, affirme que 31 militaires ont été tués.", "fr")).toContain(
      'JNIM (party): perpetrator = "jnim"',
    );
  });

  it('reads "Al-Shabaab, which claimed the attack, said …" as the group\'s claim of the attack', () => {
    expect(lines("Al-Shabaab, which claimed the attack, said 31 soldiers died.", "en")).toContain('Al-Shabaab (party): perpetrator = "al-shabaab"');
  });

  it('leaves "the ministry, which condemned the attack, said …" without a perpetrator', () => {
    expect(lines("The ministry, which condemned the attack, said 31 soldiers died.", "en").some((line) => line.includes("perpetrator"))).toBe(false);
  });
});

describe("a toll put by an officer whose role is counted like the dead", () => {
  it('gives "A police officer …, speaking to AFP on condition of anonymity, put the number of dead at 19" to the officer', () => {
    expect(
      lines("Gunmen attacked a convoy on Sunday. A police officer in Kurram, speaking to AFP on condition of anonymity, put the number of dead at 19.", "en"),
    ).toContain("Police officer (party): killed = 19");
  });
});

describe("the dead by another word", () => {
  it('reads "The deceased included two women, he said" as the speaker\'s count of the dead', () => {
    expect(lines("The governor said gunmen killed 12 people. The deceased included two women, he said.", "en")).toContain(
      'Governor (government): killed = {"phrase":"two"}',
    );
  });
});

describe("a council of elders", () => {
  it('gives "A jirga of elders from Ochat said …" to a local source', () => {
    expect(lines("Gunmen attacked the convoy on Sunday. A jirga of elders from Ochat said 12 passengers were killed.", "en")).toContain(
      "Elders (local): killed = 12",
    );
  });

  it("gives « Le conseil des sages du village a indiqué … » to a local source", () => {
    expect(
      lines("Des hommes armés ont attaqué le village dimanche. Le conseil des sages du village a indiqué que 12 personnes avaient été tuées.", "fr"),
    ).toContain("Conseil des sages (local): killed = 12");
  });
});

describe("an apposition that dates the speaker, not the incident", () => {
  it("keeps « les FSR, en guerre contre l'armée depuis avril 2023, ont démenti » as this incident's denial", () => {
    expect(
      lines(
        "Un drone a frappé le marché de Bara samedi, tuant 40 personnes. Les FSR, en guerre contre l'armée depuis avril 2023, ont démenti toute implication.",
        "fr",
      ),
    ).toContain('FSR (party): perpetrator = not "fsr"');
  });

  it('keeps "The RSF, at war with the army since April 2023, denied" as this incident\'s denial', () => {
    expect(
      lines("A drone struck the market in Bara on Saturday, killing 40 people. The RSF, at war with the army since April 2023, denied any involvement.", "en"),
    ).toContain('RSF (party): perpetrator = not "rsf"');
  });

  it('still reads a town set off by commas before "the district commissioner said" as this incident\'s', () => {
    expect(
      lines(
        "At least 14 people were killed on Thursday, 17 April 2025 when a suicide bomber blew himself up in Ceel Garas, a town in Middle Shabelle, the district commissioner said.",
        "en",
      ),
    ).toContain('District commissioner (government): means = ["suicide-attack"]');
  });
});

describe("a speaker named after the channel of the words", () => {
  it("gives « …, a annoncé lundi matin sur Telegram le chef de l'administration militaire régionale, Oleksandr Kravets » to him, as the government", () => {
    expect(
      lines("Le bilan est passé à six morts, a annoncé lundi matin sur Telegram le chef de l'administration militaire régionale, Oleksandr Kravets.", "fr"),
    ).toContain(`Oleksandr Kravets (chef de l'administration militaire régionale) (government): killed = {"phrase":"six"}`);
  });

  it("reads « l'administration militaire régionale » as a civil body, not as a soldier who speaks", () => {
    expect(lines("L'administration militaire régionale a indiqué que six personnes avaient été tuées.", "fr")).toContain(
      'Administration militaire régionale (government): killed = {"phrase":"six"}',
    );
  });
});

describe("a withdrawal told after « avant de »", () => {
  it("drafts no withdrawal from « … avant de se retirer », an infinitive after « de » with its reflexive pronoun first", () => {
    expect(lines("Selon des habitants, les assaillants ont incendié des boutiques avant de se retirer.", "fr").some((line) => line.includes("control"))).toBe(
      false,
    );
  });
});

describe("a body known by its acronym after words that say what it is", () => {
  it('gives "…, the national prisons agency SNAI said" to SNAI', () => {
    expect(lines("At least 17 inmates were killed on Monday at the Litoral penitentiary, the national prisons agency SNAI said.", "en")).toContain(
      'SNAI (other): killed = {"atLeast":17}',
    );
  });

  it("needs the article after the comma: words of the sentence before the acronym are no description", () => {
    expect(lines("Gunmen killed 17 inmates at the Litoral penitentiary and police SNAI said nothing.", "en").some((line) => line.startsWith("SNAI"))).toBe(
      false,
    );
  });
});

describe("an acronym qualified inside its parentheses", () => {
  it("reads « l'Agence nationale d'information (ANI, officielle) » as one outlet that goes on as « L'agence »", () => {
    const drafted = lines(
      "Une frappe a tué sept personnes mercredi à Deir Kifa. D'après l'Agence nationale d'information (ANI, officielle), la frappe a été menée par un drone. L'agence fait état de dix blessés.",
      "fr",
    );
    expect(drafted).toContain('ANI (media): means = ["drone"]');
    expect(drafted).toContain('ANI (media): wounded = {"phrase":"dix"}');
  });
});

describe("an outlet's long name, and a denial of any civilian dead", () => {
  it('gives "The junta-controlled Global New Light of Myanmar reported …" to the newspaper', () => {
    expect(
      lines(
        'A jet bombed a monastery on Monday, killing 23. The junta-controlled Global New Light of Myanmar reported on Tuesday that the military had carried out "a precise air strike".',
        "en",
      ),
    ).toContain('Global New Light of Myanmar (other): means = ["airstrike"]');
  });

  it('reads "denied that any civilians had been killed" as the civilian label denied', () => {
    expect(lines("A jet bombed a monastery on Monday. The spokesman denied that any civilians had been killed.", "en")).toContain(
      'Spokesman (other): status = not "civilians"',
    );
  });
});

describe("a security media cell", () => {
  it("reads \"the Security Media Cell, which speaks for Iraq's security forces\" as the forces' press office, not an outlet", () => {
    const drafted = lines(
      "Five soldiers were killed near Baquba on Sunday. In a statement on Tuesday, the Security Media Cell said a roadside bomb struck their patrol.",
      "en",
    );
    expect(drafted).toContain('Security Media Cell (party): means = ["ied"]');
  });
});

describe("a courtesy title before a surname already met", () => {
  it('gives "According to Ms Akaa" and « selon Mme Akaa » to the spokesperson named before', () => {
    const drafted = lines(
      "Gunmen attacked Akwu-Ochi on Saturday. The police spokesperson, Sewuese Akaa, said on Monday that 31 people had been killed. According to Ms Akaa, eight people were wounded.",
      "en",
    );
    expect(drafted).toContain('Sewuese Akaa (police spokesperson) (party): wounded = {"phrase":"eight"}');
    expect(drafted.join("\n")).not.toContain("Ms Akaa");
  });

  it('gives "Supt Kua said" to the police commander named before, and a rank that opens a hospital\'s name to no officer', () => {
    const drafted = lines(
      "The toll has risen to 26, Enga Provincial Police Commander Superintendent Samson Kua said. Supt Kua said the attackers were armed with high-powered rifles. The chief executive of Wabag General Hospital, Dr Lucy Pyakalia, said 14 people were being treated.",
      "en",
    );
    expect(drafted).toContain('Superintendent Samson Kua (Enga Provincial Police Commander) (party): means = ["small-arms"]');
    expect(drafted.join("\n")).not.toContain("Supt Kua");
    expect(drafted.find((line) => line.includes("wounded = 14"))).not.toContain("(party)");
  });
});

describe("a deputy spokesperson, and the assailants' entry as the deed a date tells", () => {
  it("reads « le porte-parole adjoint de la police » as the police's voice, no deputy mayor", () => {
    expect(lines("Le bilan s'établit à 13 morts, a indiqué mardi le porte-parole adjoint de la police, Wilson Désir.", "fr")).toContain(
      "Wilson Désir (porte-parole adjoint de la police) (party): killed = 13",
    );
  });

  it("dates the attack by « les bandits ont pénétré dans le quartier dans la nuit de dimanche à lundi »", () => {
    const drafted = lines(
      "Le Nouvelliste | Publié le 6 novembre 2030\n\nSelon la police, les bandits ont pénétré dans le quartier dans la nuit de dimanche à lundi.",
      "fr",
    );
    expect(drafted).toContain('Police (party): occurred = {"from":"2030-11-03","to":"2030-11-04"}');
  });
});

describe("a trailing « according to » after another speaker's words", () => {
  /** Each claim as "source > relays: facet = value". */
  const relayed = (text: string) => {
    const draft = draftIncident(text, { lang: "en" });
    const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
    return draft.claims.map((c) => `${name(c.source)} > ${(c.via ?? []).map(name).join(" > ")}: ${c.about.facet} = ${JSON.stringify(c.value)}`);
  };

  it('makes "…, according to state television" the relay of the army that said it', () => {
    expect(relayed("The army said 12 soldiers were killed, according to state television.")).toContain("Army > State television > Article: killed = 12");
  });

  it('makes "…in a message posted on Telegram, according to the SITE Intelligence Group" the relay of the group\'s claim, which "It" continues', () => {
    const drafted = relayed(
      'The Islamic State group claimed the ambush in a message posted on Telegram, according to the SITE Intelligence Group, which monitors jihadist communications. It claimed that its fighters had killed 12 "crusader soldiers."',
    );
    expect(drafted.filter((l) => l.startsWith("SITE"))).toEqual([]);
    expect(drafted).toContain("Islamic State > SITE Intelligence Group > Article: killed = 12");
  });
});

describe("a voice in a relative clause", () => {
  it('lets "he" go on with the sentence\'s speaker, not with "which the military says"', () => {
    const drafted = lines(
      "Gunmen ambushed an army truck on Monday. The spokesperson, Lt. Col. Marvin Dimaporo, said four soldiers died. Dimaporo blamed the attack on a band of fighters of the Maute group, which the military says is down to a few dozen members. He said seven soldiers were wounded.",
      "en",
    );
    expect(drafted.some((l) => l.startsWith("Military"))).toBe(false);
  });
});

describe("an arrest told after the attack", () => {
  it('takes no place, day, target or means from "police arrested a suspected bomb maker in a raid on a house in Marawi"', () => {
    const drafted = lines(
      "A roadside bomb hit an army truck in Butig on Monday, killing five soldiers, the army said. On Tuesday, police arrested a suspected bomb maker in a raid on a house in Marawi, but did not say whether he was linked to the ambush.",
      "en",
    );
    expect(drafted.filter((l) => l.startsWith("Police"))).toEqual([]);
  });

  it("keeps the toll of a sentence that also tells of arrests", () => {
    expect(lines("Selon la police, douze personnes ont été tuées et deux suspects ont été interpellés.", "fr")).toContain(
      'Police (party): killed = {"phrase":"douze"}',
    );
  });
});

describe("a body that claims the attack", () => {
  it("reads « le Conseil de commandement militaire pour le salut de la République (CCMSR) a revendiqué l'attaque » as an armed group's claim", () => {
    const drafted = lines(
      "Dans un communiqué publié mercredi, le Conseil de commandement militaire pour le salut de la République (CCMSR) a revendiqué l'attaque. Le mouvement rebelle affirme avoir tué une quarantaine de soldats.",
      "fr",
    );
    expect(drafted).toContain('CCMSR (party): perpetrator = "ccmsr"');
    expect(drafted).toContain('CCMSR (party): killed = {"approx":40,"tolerance":5}');
  });
});

describe("a bombing told by its infinitive", () => {
  it("dates the attack by « deux kamikazes se sont fait exploser mardi 12 novembre », with its hour", () => {
    expect(
      lines(
        "L'Œil du Sahel – Garoua, jeudi 14 novembre 2030\n\nDeux kamikazes se sont fait exploser mardi 12 novembre vers 10 heures au marché de Mémé.",
        "fr",
      ),
    ).toContain('L\'Œil du Sahel (media): occurred = "2030-11-12T10:00"');
  });
});

describe("a gloss inside parentheses", () => {
  it("gives « le Groupe de soutien à l'islam et aux musulmans (JNIM, lié à Al-Qaïda) a revendiqué l'attaque » to the group glossed, not to al-Qaïda", () => {
    const drafted = lines(
      "Le groupe de soutien à l'islam et aux musulmans (JNIM, lié à Al-Qaïda) a revendiqué l'attaque. Le groupe affirme avoir tué « 48 militaires ».",
      "fr",
    );
    expect(drafted.filter((l) => l.startsWith("Al-Qaïda"))).toEqual([]);
    expect(drafted.some((l) => l.includes("killed = 48"))).toBe(true);
  });
});

describe("a whole counted before a list of its parts", () => {
  it("drafts « Au moins douze personnes, dont un prêtre catholique et deux séminaristes, ont été enlevées » as twelve taken, not two", () => {
    const drafted = lines("Au moins douze personnes, dont un prêtre catholique et deux séminaristes, ont été enlevées mercredi soir.", "fr");
    expect(drafted).toContain('Article (media): captured-persons = {"phrase":"Au moins douze"}');
    expect(drafted.some((l) => l.includes('"deux"'))).toBe(false);
  });

  it('keeps the whole and the part of a group it names ("At least 23 people, including two priests and four children, were killed")', () => {
    const drafted = lines("At least 23 people, including two priests and four children, were killed on Monday.", "en");
    expect(drafted).toContain('Article (media): killed = {"atLeast":23}');
    expect(drafted).toContain('Article (media): killed = {"phrase":"four"}');
  });

  it("reads a count after « , et » as a count of its own, not a part (« dont neuf enfants et six femmes, et 40 blessés »)", () => {
    const drafted = lines("Au moins 31 personnes ont été tuées, dont neuf enfants et six femmes, et 40 blessées, selon la police.", "fr");
    expect(drafted.some((l) => l.includes("wounded") && l.includes("40"))).toBe(true);
  });
});

describe("the clergy and their bodies as sources", () => {
  it("gives « selon un communiqué de l'archidiocèse de Bamenda repris par Radio Evangelium » to the archdiocese, relayed by the radio, and retakes nothing", () => {
    const draft = draftIncident("Au moins douze personnes ont été enlevées, selon un communiqué de l'archidiocèse de Bamenda repris par Radio Evangelium.", {
      lang: "fr",
    });
    const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
    expect(draft.claims.map((c) => [c.about.facet, name(c.source), (c.via ?? []).map(name)])).toEqual([
      ["captured-persons", "Archidiocèse", ["Radio Evangelium", "Article"]],
    ]);
    expect(draft.sources.find((s) => s.name === "Archidiocèse")?.kind).toBe("local");
  });

  it("still reads « Le village a été repris par l'armée » as retaken", () => {
    expect(lines("Le village a été repris par l'armée dimanche.", "fr")).toContain('Article (media): control = "retaken"');
  });

  it('reads priests, imams and dioceses as local sources ("the parish priest said", « selon le curé »)', () => {
    expect(lines("The parish priest said 12 worshippers were killed.", "en")).toContain("Parish priest (local): killed = 12");
    expect(lines("Selon le curé de la paroisse, douze fidèles ont été enlevés.", "fr")).toContain('Curé (local): captured-persons = {"phrase":"douze"}');
    expect(lines("At least 12 people were abducted, the diocese said.", "en")).toContain('Diocese (local): captured-persons = {"atLeast":12}');
  });

  it("counts « un fidèle » as a civilian", () => {
    const draft = draftIncident("Un fidèle a été tué par balle.", { lang: "fr" });
    expect(draft.claims.find((c) => c.about.facet === "killed")?.about.group).toBe("civilians");
  });
});

describe("a day after a verb of saying dates the words, not the incident", () => {
  const lead = "Bamenda, 14 novembre 2031\n\nAu moins douze personnes ont été enlevées mercredi soir à Bamenda.\n\n";

  it("keeps « Le gouverneur a fait état jeudi de huit personnes enlevées » as this incident's count", () => {
    expect(lines(`${lead}Le gouverneur a fait état jeudi de huit personnes enlevées.`, "fr")).toContain(
      'Gouverneur (government): captured-persons = {"phrase":"huit"}',
    );
  });

  it("reads « a attribué jeudi l'enlèvement à des « terroristes sécessionnistes » » as blaming separatists", () => {
    expect(lines(`${lead}Le gouverneur a attribué jeudi l'enlèvement à des « terroristes sécessionnistes ».`, "fr")).toContain(
      'Gouverneur (government): perpetrator = "separatistes"',
    );
  });
});

describe("people taken, some of whom were freed", () => {
  it("keeps « huit personnes enlevées, dont trois ont été libérées » as eight taken", () => {
    expect(lines("Le gouverneur a fait état de huit personnes enlevées, dont trois ont été libérées le jour même.", "fr")).toContain(
      'Gouverneur (government): captured-persons = {"phrase":"huit"}',
    );
  });

  it("still counts no one taken in « L'armée a libéré onze otages »", () => {
    expect(lines("L'armée a libéré onze otages.", "fr").filter((l) => l.includes("captured-persons"))).toEqual([]);
  });
});

describe("the police's own voices in French", () => {
  it("reads « Une source policière … évoque « une quinzaine » d'otages et deux fidèles blessés » as the police's", () => {
    const drafted = lines(
      "Une source policière à Bamenda, sous couvert d'anonymat, évoque quant à elle « une quinzaine » d'otages et deux fidèles blessés.",
      "fr",
    );
    expect(drafted).toEqual([
      'Source policière (party): captured-persons = {"approx":15,"tolerance":3}',
      'Source policière (party): wounded = {"phrase":"deux"}',
    ]);
  });

  it("reads « le délégué régional de la sûreté nationale » as the police, whose refusal is drafted", () => {
    expect(
      lines(
        "Contacté par Journal du Cameroun, le délégué régional de la sûreté nationale n'a pas souhaité communiquer de bilan sur le nombre d'otages encore détenus.",
        "fr",
      ),
    ).toEqual(['Délégué régional de la sûreté nationale (party): captured-persons = "withheld"']);
  });

  it("leaves « selon une source » unnamed", () => {
    expect(lines("Selon une source, huit personnes ont été tuées.", "fr")).toEqual(['Article (media): killed = {"phrase":"huit"}']);
  });
});

describe("counts that are no count of this incident", () => {
  it('reads "his group had recovered 19 bodies" as the dead, and never "A member" as arms seized', () => {
    expect(lines("A member of a volunteer rescue team said his group had recovered 19 bodies by Monday morning.", "en")).toEqual([
      'Rescue team (local): killed = {"atLeast":19}',
    ]);
  });

  it('reads no count word in a speaker\'s proper name ("The Assistance Association for Political Prisoners … says")', () => {
    expect(
      lines("The Assistance Association for Political Prisoners, a rights group, says more than 7,000 civilians have been killed.", "en").filter((l) =>
        l.includes("captured-persons"),
      ),
    ).toEqual([]);
  });

  it('sets aside a tally "since the takeover", « depuis le coup d\'État »', () => {
    expect(lines("A rights group says more than 7,000 civilians have been killed by security forces since the takeover.", "en")).toEqual([]);
    expect(lines("Selon une ONG, plus de 7 000 civils ont été tués depuis le coup d'État.", "fr")).toEqual([]);
  });
});

describe("a lead whose gang is named with « dit », after a bracketed dateline", () => {
  const lead =
    "P-au-P, 21 janv. 2031 [AlterPresse] --- Au moins quinze personnes ont été tuées lors de l'incursion du gang dit « 400 Pikan » à Fort-National, dans la nuit de samedi à dimanche, a indiqué lundi le porte-parole de la Police nationale d'Haïti (PNH), l'inspecteur Michel-Ange Louis.";

  it("reads « le gang dit « 400 Pikan » » as a name given, and the toll as the police spokesman's", () => {
    expect(lines(lead, "fr")).toContain('Police nationale d\'Haïti (party): killed = {"phrase":"Au moins quinze"}');
  });

  it("takes the outlet from the brackets and dates the night, not the dateline", () => {
    const draft = draftIncident(lead, { lang: "fr" });
    expect(draft.sources.find((s) => s.kind === "media")?.name).toBe("AlterPresse");
    expect(draft.claims.find((c) => c.about.facet === "occurred")?.value).toEqual({ from: "2031-01-18", to: "2031-01-19" });
  });

  it("still hears « Le ministre dit que… » speak", () => {
    expect(lines("Le ministre dit que 12 soldats ont été tués.", "fr")).toEqual(["Ministre (party): killed = 12"]);
  });
});

describe("a health directorate as a source", () => {
  it('reads "A spokesman for Kirkuk\'s health directorate said" as the health directorate, not "Kirkuk\'s"', () => {
    expect(lines("A spokesman for Kirkuk's health directorate said the hospital had received four bodies.", "en")).toEqual([
      'Health directorate (government): killed = {"phrase":"four"}',
    ]);
  });
});
