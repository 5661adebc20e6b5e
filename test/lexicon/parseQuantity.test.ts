import { describe, expect, it } from "vitest";
import { parseQuantity, type QuantityFigure } from "../../src/index.js";

type Case = readonly [text: string, value: QuantityFigure | undefined];

const FRENCH_COUNTS: readonly Case[] = [
  // Figures in digits, with French separators.
  ["12", 12],
  ["12 morts", 12],
  ["1 200 morts", 1200],
  ["1\u00a0200 morts", 1200],
  ["1\u202f200 morts", 1200],
  ["1.200 morts", 1200],
  ["12 000 000", 12_000_000],
  ["1,5 million de déplacés", 1_500_000],
  ["2 millions", 2_000_000],
  ["10 mille", 10_000],
  ["0", 0],
  // Number words.
  ["deux", 2],
  ["onze", 11],
  ["seize", 16],
  ["dix-sept", 17],
  ["vingt", 20],
  ["vingt-trois", 23],
  ["trente et un", 31],
  ["trente-et-un", 31],
  ["soixante-dix", 70],
  ["soixante et onze", 71],
  ["quatre-vingts", 80],
  ["quatre-vingt-dix-sept", 97],
  ["quatre vingt dix", 90],
  ["septante-cinq", 75],
  ["nonante", 90],
  ["cent", 100],
  ["cent deux", 102],
  ["deux cents", 200],
  ["deux cent trois", 203],
  ["mille", 1000],
  ["trois mille deux cents", 3200],
  ["un million", 1_000_000],
  ["DEUX", 2],
  ["Cinq voitures", 5],
  ["neuf soldats", 9],
  ["un soldat tué", 1],
  ["la destruction d'un véhicule", 1],
  ["une femme blessée", 1],
  // Approximations.
  ["environ 50", { approx: 50 }],
  ["quelque 200 personnes", { approx: 200 }],
  ["autour de 30 morts", { approx: 30 }],
  ["aux alentours de 40", { approx: 40 }],
  ["à peu près 60", { approx: 60 }],
  ["approximativement 80", { approx: 80 }],
  ["50 environ", { approx: 50 }],
  ["près de 50", { min: 45, max: 50 }],
  ["presque 20", { min: 18, max: 20 }],
  ["pas loin de 100", { min: 90, max: 100 }],
  ["une huitaine de morts", { approx: 8, tolerance: 2 }],
  ["une dizaine", { approx: 10, tolerance: 2 }],
  ["une douzaine de soldats", { approx: 12, tolerance: 2 }],
  ["une quinzaine de morts", { approx: 15, tolerance: 3 }],
  ["une vingtaine", { approx: 20, tolerance: 5 }],
  ["une trentaine d'assaillants", { approx: 30, tolerance: 5 }],
  ["une quarantaine de blessés", { approx: 40, tolerance: 5 }],
  ["une cinquantaine", { approx: 50, tolerance: 5 }],
  ["une soixantaine", { approx: 60, tolerance: 5 }],
  ["une centaine", { approx: 100, tolerance: 20 }],
  ["un millier", { approx: 1000, tolerance: 200 }],
  ["deux centaines", { approx: 200, tolerance: 40 }],
  ["environ une cinquantaine", { approx: 50, tolerance: 5 }],
  ["des dizaines", { min: 20, max: 99 }],
  ["plusieurs dizaines", { min: 20, max: 99 }],
  ["quelques dizaines", { min: 20, max: 59 }],
  ["des centaines", { min: 200, max: 999 }],
  ["plusieurs centaines", { min: 200, max: 999 }],
  ["quelques centaines", { min: 200, max: 599 }],
  ["des milliers", { min: 2000, max: 9999 }],
  ["des dizaines de milliers", { min: 20_000, max: 99_999 }],
  ["quelques", { min: 2, max: 5 }],
  ["quelques soldats", { min: 2, max: 5 }],
  ["plusieurs", { min: 2, max: 9 }],
  ["plusieurs assaillants", { min: 2, max: 9 }],
  // Bounds.
  ["au moins 12", { atLeast: 12 }],
  ["au minimum 12", { atLeast: 12 }],
  ["pas moins de 12", { atLeast: 12 }],
  ["12 au moins", { atLeast: 12 }],
  ["50 et plus", { atLeast: 50 }],
  ["plus de 50", { atLeast: 51 }],
  ["un peu plus de 50", { atLeast: 51 }],
  ["au-delà de 50", { atLeast: 51 }],
  ["plus d'une centaine", { atLeast: 100 }],
  ["moins de 20", { atMost: 19 }],
  ["moins d'une dizaine", { atMost: 10 }],
  ["au plus 10", { atMost: 10 }],
  ["au maximum 10", { atMost: 10 }],
  ["jusqu'à 600", { atMost: 600 }],
  ["jusqu’à 600", { atMost: 600 }],
  ["pas plus de 5", { atMost: 5 }],
  ["au moins une cinquantaine", { atLeast: 50 }],
  // Ranges.
  ["entre 20 et 30 morts", { min: 20, max: 30 }],
  ["de 20 à 30", { min: 20, max: 30 }],
  ["20 à 30", { min: 20, max: 30 }],
  ["deux ou trois", { min: 2, max: 3 }],
  ["entre dix et quinze", { min: 10, max: 15 }],
  // Zero.
  ["aucun", 0],
  ["aucune victime", 0],
  ["aucun soldat n'a été tué", 0],
  ["personne n'a été tué", 0],
  ["pas de victimes", 0],
  ["sans faire de victimes", 0],
  ["zéro mort", 0],
  ["2 000 tués", 2000],
  ["plus de 2000 tués", { atLeast: 2001 }],
  // Case, accents and spacing do not matter.
  ["UNE CINQUANTAINE", { approx: 50, tolerance: 5 }],
  ["une   cinquantaine", { approx: 50, tolerance: 5 }],
  ["PRES DE 50", { min: 45, max: 50 }],
  ["quatre-vingt-dix-sept soldats", 97],
  // A floor makes a number that could be a year a count.
  ["au moins 2000", { atLeast: 2000 }],
  ["2000 au moins", { atLeast: 2000 }],
];

const FRENCH_NON_COUNTS: readonly string[] = [
  // Explosions heard are no count of people or things.
  "deux explosions",
  // A body of people counts no one.
  "un groupe rebelle",
  "un commando jihadiste",
  // « à » folds to "a", which is the English article, not the French one.
  "arrivés à moto",
  "à pied",
  "",
  "aucun bilan n'a été communiqué",
  "aucune information",
  "aucune précision",
  "120 mm",
  "des obus de mortier de 120mm",
  "le 24 novembre 2023",
  "vendredi 24 novembre",
  "le 13 août 2023",
  "en 2015",
  "les accords d'Alger de 2015",
  "article 3",
  "l'article 12 de la loi",
  "n° 12",
  "la RN 16",
  "mis en quarantaine",
  "une quarantaine de 14 jours",
  "une quinzaine de jours",
  "une huitaine",
  "la quinzaine",
  "il a la trentaine",
  "une dizaine d'années",
  "quelques jours seulement après",
  "plusieurs années",
  "âgé de 25 ans",
  "25 ans",
  "17h30",
  "à 17 heures",
  "deux heures",
  "30 %",
  "30 pour cent",
  "le 1er régiment",
  "la 2e région",
  "des chars T-72",
  "des lance-roquettes BM-21",
  "1,5",
  "un bilan lourd",
  "de lourdes pertes",
  "des soldats",
  "le camp",
  "le véhicule neuf",
];

const ENGLISH_COUNTS: readonly Case[] = [
  // One of a body's members is one person.
  ["a gang member", 1],
  ["a militia fighter", 1],
  ["12", 12],
  ["1,200", 1200],
  ["1 200", 1200],
  ["12,000,000", 12_000_000],
  ["1.5 million", 1_500_000],
  ["2 thousand", 2000],
  ["two", 2],
  ["eleven", 11],
  ["twenty-three", 23],
  ["ninety nine", 99],
  ["a hundred", 100],
  ["one hundred", 100],
  ["two hundred and five", 205],
  ["a thousand", 1000],
  ["a soldier was killed", 1],
  // A person told by age is one person, never the age: "a 10-year-old girl" counts like "a girl".
  ["a 10-year-old girl was killed", 1],
  ["a 25-year-old man", 1],
  // A year takes no thousands separator and is never compared: these are tolls, not dates.
  ["2,000 killed", 2000],
  ["1,950 killed", 1950],
  ["more than 2,000 killed", { atLeast: 2001 }],
  ["more than 2000 killed", { atLeast: 2001 }],
  // A floor makes a number that could be a year a count.
  ["at least 1800", { atLeast: 1800 }],
  ["fewer than 2000 killed", { atMost: 1999 }],
  ["about 50", { approx: 50 }],
  ["around 50", { approx: 50 }],
  ["roughly 50", { approx: 50 }],
  ["approximately 50", { approx: 50 }],
  ["some 200 people", { approx: 200 }],
  ["an estimated 300", { approx: 300 }],
  ["50 or so", { approx: 50 }],
  ["nearly 50", { min: 45, max: 50 }],
  ["almost 50", { min: 45, max: 50 }],
  ["close to 50", { min: 45, max: 50 }],
  ["a dozen", { approx: 12, tolerance: 2 }],
  ["dozens", { min: 24, max: 99 }],
  ["dozens of soldiers", { min: 24, max: 99 }],
  ["a few dozen", { min: 24, max: 71 }],
  ["scores of people", { min: 40, max: 99 }],
  ["tens of people", { min: 20, max: 99 }],
  ["hundreds", { min: 200, max: 999 }],
  ["several hundred", { min: 200, max: 999 }],
  ["a few hundred", { min: 200, max: 599 }],
  ["thousands", { min: 2000, max: 9999 }],
  ["tens of thousands", { min: 20_000, max: 99_999 }],
  ["hundreds of thousands", { min: 200_000, max: 999_999 }],
  ["a few", { min: 2, max: 5 }],
  ["a handful of", { min: 2, max: 5 }],
  ["several", { min: 2, max: 9 }],
  ["at least 12", { atLeast: 12 }],
  ["no fewer than 12", { atLeast: 12 }],
  ["12 or more", { atLeast: 12 }],
  ["more than 50", { atLeast: 51 }],
  ["over 30", { atLeast: 31 }],
  ["upwards of 30", { atLeast: 31 }],
  ["fewer than 10", { atMost: 9 }],
  ["less than 10", { atMost: 9 }],
  ["under 10", { atMost: 9 }],
  ["up to 600", { atMost: 600 }],
  ["as many as 600", { atMost: 600 }],
  ["at most 600", { atMost: 600 }],
  ["no more than 5", { atMost: 5 }],
  ["between 20 and 30", { min: 20, max: 30 }],
  ["from 20 to 30", { min: 20, max: 30 }],
  ["20-30", { min: 20, max: 30 }],
  ["20 to 30", { min: 20, max: 30 }],
  ["two or three", { min: 2, max: 3 }],
  ["no one", 0],
  ["nobody", 0],
  ["none", 0],
  ["no casualties", 0],
  ["no soldiers were killed", 0],
  ["12 may have died", 12],
];

const ENGLISH_NON_COUNTS: readonly string[] = [
  // A counted word that only names what a toll or a figure is about counts no one.
  "declined to give a death toll",
  "a casualty figure",
  // One who speaks for the counted is none of them.
  "A police spokesman declined to comment",
  "a military source said",
  // A body of people counts no one.
  "a rebel group",
  "a jihadist cell",
  "",
  "no toll",
  "no figures were given",
  "declined to give a toll",
  "120mm mortar",
  "120 mm",
  // Explosions heard are no count of people or things.
  "two explosions",
  "three blasts",
  "on 24 November 2023",
  "November 24",
  "12 May 2023",
  "in 2015",
  // A year before a verb stays a year: the toll is elsewhere in the sentence.
  "a bombing in 2000 killed",
  "article 3",
  "aged 25",
  "25 years",
  "at 17:00",
  "30 %",
  "30 percent",
  "the 1st battalion",
  "a T-72 tank",
  "1.5",
  "heavy losses",
  "some soldiers",
  "over the weekend",
  "a few days later",
  "several years",
];

type LanguageCase = readonly [text: string, lang: "fr" | "en", value: QuantityFigure];

/** A round word in quotation marks, or without its article before « de » and the things counted, means what the round word means. */
const QUOTED_AND_BARE_ROUND_WORDS: readonly LanguageCase[] = [
  ['une "vingtaine" de morts', "fr", { approx: 20, tolerance: 5 }],
  ["d'une « quinzaine de victimes »", "fr", { approx: 15, tolerance: 3 }],
  ["une « cinquantaine » de soldats", "fr", { approx: 50, tolerance: 5 }],
  ["une « cinquantaine »", "fr", { approx: 50, tolerance: 5 }],
  ["une “trentaine” d'assaillants", "fr", { approx: 30, tolerance: 5 }],
  ["quinzaine de morts", "fr", { approx: 15, tolerance: 3 }],
  ["vingtaine de soldats tués", "fr", { approx: 20, tolerance: 5 }],
  ["« quarantaine » de blessés", "fr", { approx: 40, tolerance: 5 }],
  ["au moins une « centaine » de morts", "fr", { atLeast: 100 }],
  ['plus d\'une "dizaine" de véhicules', "fr", { atLeast: 10 }],
  ['a "dozen" soldiers', "en", { approx: 12, tolerance: 2 }],
  ["at least a “dozen” soldiers", "en", { atLeast: 12 }],
];

/** Round words that count nothing stay so in quotation marks or without their article. */
const QUOTED_AND_BARE_NON_COUNTS: readonly (readonly [text: string, lang: "fr" | "en"])[] = [
  ["quinzaine de jours", "fr"],
  ['une "quinzaine" de jours', "fr"],
  ["une « quarantaine »", "fr"],
  ["mis en « quarantaine »", "fr"],
  ["trentaine", "fr"],
  ["la vingtaine", "fr"],
];

/** Half a dozen is the round word halved: six, from five to seven. */
const HALF_A_DOZEN: readonly LanguageCase[] = [
  ["une demi-douzaine", "fr", { approx: 6, tolerance: 1 }],
  ["une demi-douzaine de soldats tués", "fr", { approx: 6, tolerance: 1 }],
  ["une demi douzaine de morts", "fr", { approx: 6, tolerance: 1 }],
  ["au moins une demi-douzaine", "fr", { atLeast: 6 }],
  ["au moins une demi-douzaine de véhicules", "fr", { atLeast: 6 }],
  ["plus d'une demi-douzaine d'assaillants", "fr", { atLeast: 6 }],
  ["environ une demi-douzaine", "fr", { approx: 6, tolerance: 1 }],
  ["half a dozen", "en", { approx: 6, tolerance: 1 }],
  ["half a dozen soldiers", "en", { approx: 6, tolerance: 1 }],
  ["a half-dozen soldiers", "en", { approx: 6, tolerance: 1 }],
  ["a half dozen vehicles", "en", { approx: 6, tolerance: 1 }],
  ["at least half a dozen", "en", { atLeast: 6 }],
  ["at least half a dozen civilians", "en", { atLeast: 6 }],
  ["more than half a dozen", "en", { atLeast: 6 }],
  ["about half a dozen", "en", { approx: 6, tolerance: 1 }],
];

/** A span of days is a date: no count in it, and the count beside it is the one read. */
const DAY_SPANS: readonly (readonly [text: string, lang: "fr" | "en", value: QuantityFigure | undefined])[] = [
  ["du 22 au 27 juillet", "fr", undefined],
  ["entre le 3 et le 5 mars", "fr", undefined],
  ["les 3 et 4 mars", "fr", undefined],
  ["dans la nuit du 3 au 4 mars", "fr", undefined],
  ["22-27 juillet", "fr", undefined],
  ["du 28 décembre 2023 au 3 janvier 2024", "fr", undefined],
  ["du 22 au 27 juillet, 12 soldats ont été tués", "fr", 12],
  ["une cinquantaine de morts entre le 3 et le 5 mars", "fr", { approx: 50, tolerance: 5 }],
  ["from 3 to 5 March", "en", undefined],
  ["between March 3 and 5", "en", undefined],
  ["on 3-5 March", "en", undefined],
  ["March 3-5", "en", undefined],
  ["between March 3 and 5, 20 soldiers were killed", "en", 20],
  ["at least 12 dead from 3 to 5 March", "en", { atLeast: 12 }],
];

const show = (value: unknown) => JSON.stringify(value);

describe("parseQuantity in French", () => {
  it.each(FRENCH_COUNTS)("reads %j as %j", (text, value) => {
    expect(parseQuantity(text, "fr")?.value).toEqual(value);
  });
  it.each(FRENCH_NON_COUNTS.map((t) => [t]))("finds no count in %j", (text) => {
    expect(parseQuantity(text, "fr")).toBeUndefined();
  });
});

describe("parseQuantity in English", () => {
  it.each(ENGLISH_COUNTS)("reads %j as %j", (text, value) => {
    expect(parseQuantity(text, "en")?.value).toEqual(value);
  });
  it.each(ENGLISH_NON_COUNTS.map((t) => [t]))("finds no count in %j", (text) => {
    expect(parseQuantity(text, "en")).toBeUndefined();
  });
});

describe("parseQuantity", () => {
  it("returns the interval and the words exactly as written", () => {
    expect(parseQuantity("Le Jnim avance un bilan de plusieurs dizaines de soldats maliens tués", "fr")).toEqual({
      value: { min: 20, max: 99 },
      low: 20,
      high: 99,
      phrase: "plusieurs dizaines",
    });
    expect(parseQuantity("jusqu’à 600", "fr")?.phrase).toBe("jusqu’à 600");
  });

  it("gives Infinity as the high end of an open count", () => {
    expect(parseQuantity("au moins 12", "fr")).toMatchObject({ low: 12, high: Infinity });
  });

  it("reads the first count of a sentence", () => {
    expect(parseQuantity("10 soldats maliens tués et 46 rebelles neutralisés", "fr")?.value).toBe(10);
    expect(parseQuantity("le 24 novembre, une cinquantaine de soldats", "fr")?.value).toEqual({ approx: 50, tolerance: 5 });
  });

  it("accepts a language with a region and refuses one it does not read", () => {
    expect(parseQuantity("une cinquantaine", "fr-ML")?.low).toBe(45);
    expect(() => parseQuantity("Dutzende", "de")).toThrow(/reads French \("fr"\) and English \("en"\), not "de"/u);
  });

  it("reads French separators as French and English ones as English", () => {
    expect(parseQuantity("1,200", "fr")).toBeUndefined();
    expect(parseQuantity("1.200", "en")).toBeUndefined();
    expect(show(parseQuantity("1,5 million", "fr")?.value)).toBe("1500000");
  });
});

describe("parseQuantity reads a round word in quotation marks or without its article", () => {
  it.each(QUOTED_AND_BARE_ROUND_WORDS)("reads %j (%s) as %j", (text, lang, value) => {
    expect(parseQuantity(text, lang)?.value).toEqual(value);
  });
  it.each(QUOTED_AND_BARE_NON_COUNTS)("finds no count in %j (%s)", (text, lang) => {
    expect(parseQuantity(text, lang)).toBeUndefined();
  });
  it("quotes the round word with its quotation marks", () => {
    expect(parseQuantity('une "vingtaine" de morts', "fr")?.phrase).toBe('une "vingtaine"');
    expect(parseQuantity("une « cinquantaine » de soldats", "fr")?.phrase).toBe("une « cinquantaine »");
  });
});

describe("parseQuantity reads half a dozen", () => {
  it.each(HALF_A_DOZEN)("reads %j (%s) as %j", (text, lang, value) => {
    expect(parseQuantity(text, lang)?.value).toEqual(value);
  });
  it("quotes every word of the half", () => {
    expect(parseQuantity("at least half a dozen soldiers", "en")).toEqual({ value: { atLeast: 6 }, low: 6, high: Infinity, phrase: "at least half a dozen" });
  });
});

describe("parseQuantity reads no count in a span of days", () => {
  it.each(DAY_SPANS)("reads %j (%s) as %j", (text, lang, value) => {
    expect(parseQuantity(text, lang)?.value).toEqual(value);
  });
});
