import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { readDates, TimeValueSchema, type TimeValue } from "../../src/index.js";

type Case = readonly [text: string, dates: readonly (readonly [words: string, value: TimeValue])[]];

/** The day the texts below were written: Saturday 25 November 2023. */
const REFERENCE = "2023-11-25";

/** Dates that give their own year: the same value with a reference or without. */
const FRENCH_DATES_WITH_A_YEAR: readonly Case[] = [
  ["le mardi 17 septembre 2024", [["le mardi 17 septembre 2024", "2024-09-17"]]],
  ["avant d'être reprise par les FAMa le 13 août 2023", [["le 13 août 2023", "2023-08-13"]]],
  ["Dimanche 3 mars 2024, à l'aube", [["Dimanche 3 mars 2024", "2024-03-03"]]],
  ["le 1er mars 2024", [["le 1er mars 2024", "2024-03-01"]]],
  ["le 7 sept. 2024", [["le 7 sept. 2024", "2024-09-07"]]],
  ["en septembre 2024", [["en septembre 2024", "2024-09"]]],
  ["mars 2024", [["mars 2024", "2024-03"]]],
  ["les accords de paix signés en 2015", [["en 2015", "2015"]]],
  ["début 2024", [["début 2024", "2024"]]],
  ["fin novembre 2023", [["fin novembre 2023", "2023-11"]]],
  ["publié le 17/09/2024", [["le 17/09/2024", "2024-09-17"]]],
  ["du 22 au 27 juillet 2024", [["du 22 au 27 juillet 2024", { from: "2024-07-22", to: "2024-07-27" }]]],
  ["du 28 décembre 2023 au 3 janvier 2024", [["du 28 décembre 2023 au 3 janvier 2024", { from: "2023-12-28", to: "2024-01-03" }]]],
  ["du 28 décembre au 3 janvier 2024", [["du 28 décembre au 3 janvier 2024", { from: "2023-12-28", to: "2024-01-03" }]]],
  ["entre le 3 et le 5 mars 2024", [["entre le 3 et le 5 mars 2024", { from: "2024-03-03", to: "2024-03-05" }]]],
];

const ENGLISH_DATES_WITH_A_YEAR: readonly Case[] = [
  ["on Tuesday, Sept. 17, 2024", [["on Tuesday, Sept. 17, 2024", "2024-09-17"]]],
  ["17 September 2024", [["17 September 2024", "2024-09-17"]]],
  ["September 17, 2024", [["September 17, 2024", "2024-09-17"]]],
  ["on the 17th of September 2024", [["on the 17th of September 2024", "2024-09-17"]]],
  ["12 May 2023", [["12 May 2023", "2023-05-12"]]],
  ["in March 2024", [["in March 2024", "2024-03"]]],
  ["in 2015", [["in 2015", "2015"]]],
  ["late 2023", [["late 2023", "2023"]]],
  ["published 2024-09-17", [["2024-09-17", "2024-09-17"]]],
  ["from March 28 to April 2, 2024", [["from March 28 to April 2, 2024", { from: "2024-03-28", to: "2024-04-02" }]]],
  ["March 3-5, 2024", [["March 3-5, 2024", { from: "2024-03-03", to: "2024-03-05" }]]],
];

/** Dates without a year, and weekdays, read against {@link REFERENCE}; without it they come without a value. */
const FRENCH_DATES_FROM_THE_REFERENCE: readonly Case[] = [
  ["ce samedi 25 novembre", [["ce samedi 25 novembre", "2023-11-25"]]],
  ["le 24 novembre", [["le 24 novembre", "2023-11-24"]]],
  ["le 1er mars", [["le 1er mars", "2023-03-01"]]],
  ["en décembre", [["en décembre", "2022-12"]]],
  ["début mars", [["début mars", "2023-03"]]],
  ["mi-novembre", [["mi-novembre", "2023-11"]]],
  ["dans la nuit du 3 au 4 mars", [["dans la nuit du 3 au 4 mars", { from: "2023-03-03", to: "2023-03-04" }]]],
  ["du 22 au 27 juillet", [["du 22 au 27 juillet", { from: "2023-07-22", to: "2023-07-27" }]]],
  ["entre le 3 et le 5 mars", [["entre le 3 et le 5 mars", { from: "2023-03-03", to: "2023-03-05" }]]],
  ["les 3 et 4 mars", [["les 3 et 4 mars", { from: "2023-03-03", to: "2023-03-04" }]]],
  ["22-27 juillet", [["22-27 juillet", { from: "2023-07-22", to: "2023-07-27" }]]],
  ["du lundi 3 au mercredi 5 juillet", [["du lundi 3 au mercredi 5 juillet", { from: "2023-07-03", to: "2023-07-05" }]]],
  ["vendredi", [["vendredi", "2023-11-24"]]],
  ["samedi soir", [["samedi soir", "2023-11-25"]]],
  ["vendredi dernier", [["vendredi dernier", "2023-11-24"]]],
  ["samedi dernier", [["samedi dernier", "2023-11-18"]]],
  ["samedi prochain", [["samedi prochain", "2023-12-02"]]],
  ["dans la nuit de jeudi à vendredi", [["dans la nuit de jeudi à vendredi", { from: "2023-11-23", to: "2023-11-24" }]]],
  ["hier", [["hier", "2023-11-24"]]],
  ["avant-hier soir", [["avant-hier soir", "2023-11-23"]]],
];

const ENGLISH_DATES_FROM_THE_REFERENCE: readonly Case[] = [
  ["September 17", [["September 17", "2023-09-17"]]],
  ["on November 24", [["on November 24", "2023-11-24"]]],
  ["March 3-5", [["March 3-5", { from: "2023-03-03", to: "2023-03-05" }]]],
  ["from 3 to 5 March", [["from 3 to 5 March", { from: "2023-03-03", to: "2023-03-05" }]]],
  ["between March 3 and 5", [["between March 3 and 5", { from: "2023-03-03", to: "2023-03-05" }]]],
  ["on 3-5 March", [["on 3-5 March", { from: "2023-03-03", to: "2023-03-05" }]]],
  ["on the night of 3 to 4 March", [["on the night of 3 to 4 March", { from: "2023-03-03", to: "2023-03-04" }]]],
  ["in early March", [["in early March", "2023-03"]]],
  ["mid-March", [["mid-March", "2023-03"]]],
  ["last Friday", [["last Friday", "2023-11-24"]]],
  ["last Saturday", [["last Saturday", "2023-11-18"]]],
  ["on Tuesday", [["on Tuesday", "2023-11-21"]]],
  ["Friday night", [["Friday night", "2023-11-24"]]],
  ["next Saturday", [["next Saturday", "2023-12-02"]]],
  ["Friday's attack", [["Friday's", "2023-11-24"]]],
  ["from Thursday to Friday", [["from Thursday to Friday", { from: "2023-11-23", to: "2023-11-24" }]]],
  ["yesterday morning", [["yesterday morning", "2023-11-24"]]],
];

/** Numbers that are not dates: units, references, ages, counts, and month names that are other words here. */
const NOT_DATES: readonly (readonly [text: string, lang: "fr" | "en"])[] = [
  ["des obus de mortier de 120 mm", "fr"],
  ["des chars T-72", "fr"],
  ["âgé de 25 ans", "fr"],
  ["la RN 16", "fr"],
  ["25 morts", "fr"],
  ["une cinquantaine de soldats", "fr"],
  ["2023 morts", "fr"],
  ["sept morts", "fr"],
  ["entre 20 et 30 morts", "fr"],
  ["de 20 à 30 ans", "fr"],
  ["le 3e régiment", "fr"],
  ["à 17h30", "fr"],
  ["les accords d'Alger de 2015", "fr"],
  ["1 200 déplacés", "fr"],
  ["120 mm", "en"],
  ["a T-72 tank", "en"],
  ["a 25-year-old man", "en"],
  ["Route 16", "en"],
  ["25 dead", "en"],
  ["12 may have died", "en"],
  ["a march on the capital", "en"],
  ["the 9/11 attacks", "en"],
  ["between 20 and 30 soldiers", "en"],
  ["at 17:00", "en"],
  ["1.5 million displaced", "en"],
];

const summary = (text: string, lang: string, reference?: string) =>
  readDates(text, lang, reference === undefined ? {} : { reference }).map((d) => [d.words, d.value] as const);

describe("readDates reads dates that give their year", () => {
  it.each(FRENCH_DATES_WITH_A_YEAR)("reads %j in French as %j", (text, dates) => {
    expect(summary(text, "fr", REFERENCE)).toEqual(dates);
    expect(summary(text, "fr")).toEqual(dates);
  });
  it.each(ENGLISH_DATES_WITH_A_YEAR)("reads %j in English as %j", (text, dates) => {
    expect(summary(text, "en", REFERENCE)).toEqual(dates);
    expect(summary(text, "en")).toEqual(dates);
  });
});

describe("readDates reads dates without a year, and weekdays, against the reference", () => {
  it.each(FRENCH_DATES_FROM_THE_REFERENCE)("reads %j in French as %j", (text, dates) => {
    expect(summary(text, "fr", REFERENCE)).toEqual(dates);
  });
  it.each(ENGLISH_DATES_FROM_THE_REFERENCE)("reads %j in English as %j", (text, dates) => {
    expect(summary(text, "en", REFERENCE)).toEqual(dates);
  });
  it.each([...FRENCH_DATES_FROM_THE_REFERENCE.map((c) => [...c, "fr"] as const), ...ENGLISH_DATES_FROM_THE_REFERENCE.map((c) => [...c, "en"] as const)])(
    "finds %j without a reference, with its words and no value",
    (text, dates, lang) => {
      expect(readDates(text, lang)).toEqual(dates.map(([words]) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, words })));
    },
  );
});

describe("readDates finds no date in numbers that are something else", () => {
  it.each(NOT_DATES)("finds no date in %j (%s)", (text, lang) => {
    expect(readDates(text, lang, { reference: REFERENCE })).toEqual([]);
  });
});

describe("readDates", () => {
  it("shows the example of its documentation", () => {
    expect(readDates("Ce samedi 25 novembre, du 22 au 24 novembre", "fr", { reference: "2023-11-26" })).toEqual([
      { start: 0, end: 21, words: "Ce samedi 25 novembre", value: "2023-11-25" },
      { start: 23, end: 43, words: "du 22 au 24 novembre", value: { from: "2023-11-22", to: "2023-11-24" } },
    ]);
  });

  it("returns every date of a text in order, with offsets that quote it exactly", () => {
    const text = "Le camp a été attaqué le vendredi 24 novembre 2023, après des tirs du 22 au 23 novembre ; hier, le Jnim a revendiqué.";
    const dates = readDates(text, "fr", { reference: REFERENCE });
    expect(dates.map((d) => [d.words, d.value])).toEqual([
      ["le vendredi 24 novembre 2023", "2023-11-24"],
      ["du 22 au 23 novembre", { from: "2023-11-22", to: "2023-11-23" }],
      ["hier", "2023-11-24"],
    ]);
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.words);
  });

  it("takes for a date without a year the most recent one on or before the reference", () => {
    expect(summary("24 novembre", "fr", "2023-11-25")).toEqual([["24 novembre", "2023-11-24"]]);
    expect(summary("24 novembre", "fr", "2023-11-24")).toEqual([["24 novembre", "2023-11-24"]]);
    expect(summary("24 novembre", "fr", "2023-11-23")).toEqual([["24 novembre", "2022-11-24"]]);
    expect(summary("le 29 février", "fr", "2023-11-25")).toEqual([["le 29 février", "2020-02-29"]]);
    expect(summary("du 30 décembre au 2 janvier", "fr", "2024-01-05")).toEqual([["du 30 décembre au 2 janvier", { from: "2023-12-30", to: "2024-01-02" }]]);
  });

  it("takes the day of a reference given as a date-time", () => {
    expect(summary("vendredi", "fr", "2023-11-25T09:30:00Z")).toEqual([["vendredi", "2023-11-24"]]);
  });

  it("reads a language with a region", () => {
    expect(summary("le 13 août 2023", "fr-ML")).toEqual([["le 13 août 2023", "2023-08-13"]]);
  });

  it("reads English months that are also words only when they are written as months", () => {
    expect(summary("12 may have died in May", "en", REFERENCE)).toEqual([["in May", "2023-05"]]);
    expect(summary("the March 3 attack", "en", REFERENCE)).toEqual([["the March 3", "2023-03-03"]]);
  });

  it("refuses a language it does not read and a reference that is not an ISO date", () => {
    expect(() => readDates("am 3. März", "de")).toThrow(RangeError);
    expect(() => readDates("vendredi", "fr", { reference: "25/11/2023" })).toThrow(/ISO date such as "2023-11-25"/u);
    expect(() => readDates("vendredi", "fr", { reference: "2023-11" })).toThrow(RangeError);
    expect(() => readDates("vendredi", "fr", { reference: "2023-02-30" })).toThrow(RangeError);
  });
});

describe("readDates, whatever the text", () => {
  const LANGS = ["fr", "en"] as const;
  const pieces = fc.constantFrom(
    ..."le du au entre et les dans la nuit de vendredi samedi hier début en mars mai May March Sept. 3 17 22 27 2023 2024 - / , . the on from to between and last night of".split(
      " ",
    ),
  );
  const texts = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 120 }),
    fc.array(pieces, { maxLength: 20 }).map((words) => words.join(" ")),
  );

  test.prop([texts, fc.constantFrom(...LANGS), fc.boolean()])(
    "never throws, quotes each date exactly, in order and without overlap, and gives valid time values",
    (text, lang, withReference) => {
      const dates = readDates(text, lang, withReference ? { reference: REFERENCE } : {});
      let last = 0;
      for (const date of dates) {
        expect(text.slice(date.start, date.end)).toBe(date.words);
        expect(date.start).toBeGreaterThanOrEqual(last);
        last = date.end;
        if (date.value !== undefined) expect(TimeValueSchema.safeParse(date.value).success).toBe(true);
      }
    },
  );
});
