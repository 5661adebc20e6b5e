import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseQuantity, quantityReading, readPhrase, type PhraseReading } from "../../src/index.js";
import { englishWords, frenchWords } from "./spellNumbers.js";

const LANGS = ["fr", "en"] as const;

/** Phrases both functions read, to vary in case, accents and spacing. */
const PHRASES: Record<(typeof LANGS)[number], readonly string[]> = {
  fr: [
    "une cinquantaine de soldats maliens tués",
    "plusieurs dizaines de morts",
    "près de 1 200 déplacés",
    "au moins vingt-trois tués",
    "jusqu'à quatre-vingt-dix-sept blessés",
    "aucune victime",
    "tenté d'occuper en vain ces emprises",
    "les assaillants auraient été repoussés et mis en déroute",
    "n'a pas souhaité apporter de précisions ni de bilan",
    "pris le contrôle du camp après une frappe de drone",
    "entre 20 et 30 soldats faits prisonniers",
    "des obus de mortier de 120 mm",
  ],
  en: [
    "as many as 600 killed",
    "dozens of soldiers were wounded",
    "nearly 1,200 displaced",
    "failed to capture the camp",
    "declined to give a toll",
    "reportedly looted",
    "no one was killed in the suicide car bomb attack",
    "between twenty and thirty taken prisoner",
  ],
};

const ACCENTS: Record<string, string> = { é: "e", è: "e", ê: "e", à: "a", â: "a", ù: "u", û: "u", ô: "o", î: "i", ï: "i", ç: "c", ë: "e" };
const SPACES = [" ", "  ", "\u00a0", "\u202f", " \u00a0"];

/** The phrase rewritten: each letter upper- or lower-cased, accents dropped or kept, spaces of another kind. */
const variant = (phrase: string) =>
  fc
    .tuple(fc.array(fc.boolean(), { minLength: phrase.length, maxLength: phrase.length }), fc.boolean(), fc.constantFrom(...SPACES), fc.constantFrom("'", "’"))
    .map(([upper, strip, space, apostrophe]) =>
      [...phrase]
        .map((c, i) => {
          const plain = strip ? (ACCENTS[c] ?? c) : c;
          const cased = upper[i] ? plain.toUpperCase() : plain;
          return c === " " ? space : c === "'" ? apostrophe : cased;
        })
        .join(""),
    );

/** What a reading says, without the words it quotes (which keep the variant's spelling). */
const meaning = (reading: PhraseReading) => ({
  hedge: reading.hedge?.hedge,
  candidates: reading.candidates.map(({ facet, value, not }) => ({ facet, value, not })),
});

const quantityMeaning = (text: string, lang: string) => {
  const parsed = parseQuantity(text, lang);
  return parsed && { value: parsed.value, low: parsed.low, high: parsed.high };
};

describe("the lexicon", () => {
  test.prop([fc.string({ unit: "grapheme", maxLength: 200 }), fc.constantFrom(...LANGS)])("never throws, whatever the text", (text, lang) => {
    expect(() => parseQuantity(text, lang)).not.toThrow();
    expect(() => readPhrase(text, lang)).not.toThrow();
  });

  test.prop([
    fc.string({ unit: fc.constantFrom(..."0123456789 ,.'’-\u00a0\u202fdeuxcentmilleplusdemoinsauenvironaucunpas"), maxLength: 60 }),
    fc.constantFrom(...LANGS),
  ])("never throws on texts made of digits, separators and count words", (text, lang) => {
    expect(() => parseQuantity(text, lang)).not.toThrow();
    expect(() => readPhrase(text, lang)).not.toThrow();
  });

  for (const lang of LANGS) {
    for (const phrase of PHRASES[lang]) {
      test.prop([variant(phrase)])(`reads « ${phrase} » the same in any case, with or without accents, with any spaces`, (text) => {
        expect(quantityMeaning(text, lang)).toEqual(quantityMeaning(phrase, lang));
        expect(meaning(readPhrase(text, lang))).toEqual(meaning(readPhrase(phrase, lang)));
      });
    }
  }

  test.prop([fc.nat({ max: 10_000_000 })])('never puts the floor of « au moins N » or "at least N" above N', (n) => {
    expect(parseQuantity(`au moins ${n}`, "fr")!.low).toBeLessThanOrEqual(n);
    expect(parseQuantity(`at least ${n}`, "en")!.low).toBeLessThanOrEqual(n);
    expect(parseQuantity(`au moins ${frenchWords(n)} soldats`, "fr")!.low).toBeLessThanOrEqual(n);
    expect(parseQuantity(`${n} au moins`, "fr")!.low).toBeLessThanOrEqual(n);
  });

  test.prop([fc.integer({ min: 1, max: 10_000_000 })])("keeps N inside or beside every bound around it", (n) => {
    const fr = (text: string) => parseQuantity(text, "fr")!;
    expect(fr(`plus de ${n}`).low).toBeGreaterThan(n);
    expect(fr(`moins de ${n}`).high).toBeLessThan(n);
    expect(fr(`au plus ${n}`).high).toBe(n);
    expect(fr(`environ ${n}`)).toSatisfy((q: { low: number; high: number }) => q.low <= n && n <= q.high);
    expect(fr(`près de ${n}`)).toSatisfy((q: { low: number; high: number }) => q.low <= n && q.high === n);
    expect(parseQuantity(`up to ${n}`, "en")!.high).toBe(n);
    expect(parseQuantity(`more than ${n}`, "en")!.low).toBe(n + 1);
  });

  test.prop([fc.nat({ max: 999_999_999 })])("reads back any count written with French or English separators", (n) => {
    expect(parseQuantity(`${n.toLocaleString("fr-FR")} morts`, "fr")?.value).toBe(n);
    expect(parseQuantity(`${n.toLocaleString("en-US")} dead`, "en")?.value).toBe(n);
  });

  test.prop([fc.nat({ max: 999_999_999 })])("reads back any count written in French or English words", (n) => {
    expect(parseQuantity(`${frenchWords(n)} soldats`, "fr")?.value).toBe(n);
    expect(parseQuantity(`${englishWords(n)} soldiers`, "en")?.value).toBe(n);
  });

  test.prop([fc.constantFrom(...LANGS.flatMap((lang) => PHRASES[lang].map((p) => [p, lang] as const)))])(
    "gives the interval its value means",
    ([phrase, lang]) => {
      const parsed = parseQuantity(phrase, lang);
      if (parsed) expect(quantityReading(parsed.value)).toEqual({ kind: "figure", interval: { low: parsed.low, high: parsed.high } });
    },
  );
});
