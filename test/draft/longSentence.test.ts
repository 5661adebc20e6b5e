/**
 * A hostile text may be one very long sentence full of verbs of saying
 * ("The army said 3 were killed, officials said 4 were killed, …" over
 * hundreds of KiB, with no full stop): drafting it must stay linear in its
 * length. Time is measured in the bench (bench/draft.bench.ts), never here:
 * these tests check that reading a long sentence gives the answers the
 * per-verb searches gave, so that the indexes that replaced those searches
 * change no draft.
 */
import { fc, test as property } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";
import type { Mention } from "../../src/draft/findMentions.js";
import { placesOf } from "../../src/draft/derivedCandidates.js";
import { MentionIndex } from "../../src/draft/findSpeech.js";

/** Clauses of saying that repeat into one sentence with no full stop. */
const CLAUSES = [
  ["en", "The army said 3 were killed, officials said 4 were killed, residents said 5 were killed, "],
  ["fr", "L'armée a dit que 3 ont été tués, des responsables ont indiqué que 4 ont été tués, des habitants ont affirmé que 5 ont été tués, "],
  ["en", '"3 dead" the army said, "4 killed" '],
  ["en", "Ahmed, Moussa, Ibrahim, Fatoumata, Jean, Paul, "],
] as const;

/** The clause `times` over, closed by a full stop. */
function sentence(clause: string, times: number): string {
  return `${clause.repeat(times).replace(/[\s,]+$/u, "")}.`;
}

describe("drafting one very long sentence", () => {
  it.each(CLAUSES)("drafts the same claims from a sentence of 1, 10 and 600 clauses (%s: %s)", (lang, clause) => {
    // The claims of the first clause, which the repeated clauses only repeat: no claim more, none less, the same evidence.
    const once = draftIncident(sentence(clause, 1), { lang });
    for (const times of [10, 600]) {
      const long = draftIncident(sentence(clause, times), { lang });
      expect(long.claims).toEqual(once.claims);
      expect(long.sources).toEqual(once.sources);
    }
  });
});

describe("MentionIndex", () => {
  /** Mentions at random token spans, in any order: each look-up must answer as the search over them all did. */
  const mentions = fc.array(
    fc.record({ start: fc.nat(40), length: fc.nat(4), media: fc.boolean() }).map(
      ({ start, length, media }): Mention => ({
        start,
        end: start + length,
        cue: media ? { kind: "media", role: "named" } : { kind: "other", role: "named" },
        name: `m${start}`,
      }),
    ),
    { maxLength: 30 },
  );
  const media = (m: Mention) => m.cue.kind === "media";
  /** The index of the last mention that passes `test`, or -1: the backwards walk the index replaced. */
  const lastIndex = (list: readonly Mention[], test: (m: Mention) => boolean) => {
    for (let k = list.length - 1; k >= 0; k -= 1) if (test(list[k]!)) return k;
    return -1;
  };

  property.prop([mentions, fc.integer({ min: -2, max: 46 }), fc.nat(5)])("answers as a search over all the mentions", (list, from, reach) => {
    const index = new MentionIndex(list);
    const to = from + reach;
    expect(index.firstStarting(from, to)).toBe(list.find((m) => m.start >= from && m.start <= to));
    expect(index.firstStarting(from, to, media)).toBe(list.find((m) => m.start >= from && m.start <= to && media(m)));
    expect(index.firstEnding(from, to, media)).toBe(list.find((m) => m.end >= from && m.end <= to && media(m)));
    expect(index.lastEndingIndex(from, to, media)).toBe(lastIndex(list, (m) => m.end >= from && m.end <= to && media(m)));
    expect(index.lastEndingBy(to)).toBe(lastIndex(list, (m) => m.end <= to));
  });
});

describe("placesOf", () => {
  const WORD = /[\p{L}\p{N}]/u;
  const LETTER = /\p{L}/u;
  /** The search it replaced in long texts: every place of the word in the text, whole words only, the first sixteen. */
  const searched = (text: string, word: string) => {
    const places: number[] = [];
    if (word === "") return places;
    for (let at = text.indexOf(word); at >= 0 && places.length < 16; at = text.indexOf(word, at + 1)) {
      // « dix-sept »: a hyphen between two letters joins them into one word.
      const letters = (a: string | undefined, b: string | undefined) => LETTER.test(a ?? " ") && LETTER.test(b ?? " ");
      const before = text[at - 1] === "-" && letters(text[at - 2], word[0]) ? "x" : (text[at - 1] ?? " ");
      const after = text[at + word.length] === "-" && letters(text[at + word.length + 1], word[word.length - 1]) ? "x" : (text[at + word.length] ?? " ");
      const opens = !WORD.test(word[0]!) || !WORD.test(before);
      const closes = !WORD.test(word[word.length - 1]!) || !WORD.test(after);
      if (opens && closes) places.push(at);
    }
    return places;
  };
  it("finds a number joined by a hyphen to another, but never a word inside a hyphenated word", () => {
    expect(placesOf("entre 15-20 morts", "15")).toEqual([6]);
    expect(placesOf("-1-1", "1")).toEqual([1, 3]);
    expect(placesOf("dix-sept morts, dont sept enfants", "sept")).toEqual([21]);
  });

  const piece = fc.constantFrom("1", "12", "2021", "tué", "tués", "killed", " ", ", ", "'", "d'", "« ", "é", "\u{1d400}", "-");

  property.prop([fc.array(piece, { minLength: 1, maxLength: 12 }), fc.array(piece, { minLength: 1, maxLength: 4 }), fc.nat(3)])(
    "finds in a long text the places a search of the text finds",
    (unit, wordPieces, pad) => {
      // A unit repeated past the length from which the runs of letters and digits are indexed.
      const text = " ".repeat(pad) + unit.join("").repeat(Math.ceil(5000 / unit.join("").length));
      const word = wordPieces.join("").trim();
      expect(placesOf(text, word)).toEqual(searched(text, word));
      expect(placesOf(text.slice(0, 200), word)).toEqual(searched(text.slice(0, 200), word));
    },
  );
});
