import { describe, expect, it } from "vitest";
import type { LexiconLanguage } from "../../src/lexicon/language.js";
import { timesOfDay } from "../../src/lexicon/timesOfDay.js";
import { tokenize } from "../../src/lexicon/tokenize.js";

/** The times a text gives, as their words and their value. */
function read(text: string, lang: LexiconLanguage): (readonly [string, string])[] {
  const tokens = tokenize(text, lang);
  return timesOfDay(tokens, lang).map((t) => [text.slice(tokens[t.start]!.start, tokens[t.end - 1]!.end), t.value] as const);
}

describe("timesOfDay reads the clock times reporters give", () => {
  it.each([
    ["the attackers struck at around 9pm", "at around 9pm", "21:00"],
    ["the bus was hit at about 6.30pm", "at about 6.30pm", "18:30"],
    ["it began around 10 p.m. Saturday", "around 10 p.m.", "22:00"],
    ["fire was opened at around 11:40pm", "at around 11:40pm", "23:40"],
    ["the raiders came at around 06:00 local time", "at around 06:00", "06:00"],
    ['the shooting started "a little after 11:30."', "a little after 11:30", "11:30"],
    ["shortly after 5:30 a.m. a car bomb went off", "shortly after 5:30 a.m.", "05:30"],
    ["the market was hit around noon", "around noon", "12:00"],
    ["12 a.m.", "12 a.m.", "00:00"],
  ])("reads %j as %j", (text, words, value) => {
    expect(read(text, "en")).toEqual([[words, value]]);
  });

  it.each([
    ["ils sont arrivés vers 23 heures", "vers 23 heures", "23:00"],
    ["« aux alentours de 0 h 30 »", "aux alentours de 0 h 30", "00:30"],
    ["« aux environs de 2 heures du matin »", "aux environs de 2 heures du matin", "02:00"],
    ["les tirs ont commencé vers 23h30", "vers 23h30", "23:30"],
    ["deux missiles tirés vers 19 h 40", "vers 19 h 40", "19:40"],
    ["le village pilonné dès 6 heures du matin", "6 heures du matin", "06:00"],
    ["une explosion à 8 heures du soir", "à 8 heures du soir", "20:00"],
    ["peu après 2 heures, des tirs", "peu après 2 heures", "02:00"],
    ["vers midi", "vers midi", "12:00"],
  ])("reads « %s » as « %s »", (text, words, value) => {
    expect(read(text, "fr")).toEqual([[words, value]]);
  });

  it.each([
    ["en", "the fighting lasted until 9pm"],
    ["en", "in 2023 at 5, at 3.5 percent"],
    ["en", "around midnight"],
    ["fr", "les combats ont duré 48 heures"],
    ["fr", "après 3 heures de combats"],
    ["fr", "plus de 2 heures d'échanges de tirs"],
    ["fr", "les combats ont duré jusqu'à 10 heures"],
    ["fr", "des 6 heures de marche"],
  ] as const)("reads no time in a span, an end or a number alone (%s: %j)", (lang, text) => {
    expect(read(text, lang)).toEqual([]);
  });
});
