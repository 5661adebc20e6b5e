import { QuantityValueSchema, type QuantityObject, type QuantityValue } from "../values/quantityValue.js";
import { englishText } from "../errors/issueText.js";
import { readPhraseCount } from "../lexicon/phraseCount.js";
import { figureInterval, type QuantityFigure } from "../values/figureInterval.js";
import { intervalsTogether } from "./jointIntervals.js";
import { overlaps, within, type Interval } from "../values/interval.js";
import { defineKind, wholeValue } from "./kindDefinition.js";

/** A quantity ready to compare: an interval, or a refusal or admitted ignorance. */
export type QuantityReading = { readonly kind: "figure"; readonly interval: Interval } | { readonly kind: "withheld" } | { readonly kind: "unknown" };

/**
 * The interval a quantity covers. `{ approx: n }` spans ±10 % rounded outward
 * (`approx: 50` is 45–55, `approx: 7` is 6–8), or ±`tolerance` when one is
 * given (an absolute number of units, not a percentage); `atLeast` is open
 * above (`high` is `Infinity`); `atMost` starts at zero. A phrase without a
 * reading is read by the lexicon in its `lang`, else in `lang`.
 *
 * @param value - A checked quantity value.
 * @param lang - The language of a phrase that carries no `lang` of its own.
 * @returns Its reading: a figure with its interval, `withheld` or `unknown`.
 * @throws TypeError when a phrase has no reading the lexicon can give
 *   (parsing an incident reports those as issues first).
 *
 * @example
 * quantityReading({ approx: 50 })
 * //=> { kind: "figure", interval: { low: 45, high: 55 } }
 * quantityReading({ phrase: "plusieurs dizaines" }, "fr")
 * //=> { kind: "figure", interval: { low: 20, high: 99 } }
 */
export function quantityReading(value: QuantityValue, lang?: string): QuantityReading {
  if (value === "withheld" || value === "unknown") return { kind: value };
  return { kind: "figure", interval: figureInterval(quantityFigure(value, lang)) as Interval };
}

/** The words of a quantity given in words alone, for the lexicon to read; `undefined` when the quantity carries its own reading. */
function wordsOnly(value: QuantityValue): { readonly phrase: string; readonly lang: string | undefined } | undefined {
  if (typeof value !== "object" || figureInterval(value) !== undefined || value.phrase === undefined) return undefined;
  return { phrase: value.phrase, lang: value.lang };
}

/** The reading a quantity gives: its own, or the one its phrase gives. */
function quantityFigure(value: Exclude<QuantityValue, "withheld" | "unknown">, lang: string | undefined): QuantityFigure {
  const words = wordsOnly(value);
  if (words === undefined) return value;
  const read = readPhraseCount(words.phrase, words.lang ?? lang);
  if (!read.ok) {
    const { message, fix } = englishText("unreadable-phrase", read.problem);
    throw new TypeError(`${message}. ${fix}`);
  }
  return read.quantity.value;
}

/** The reading of a quantity without its words: what two claims must share to say the same. */
function readingOnly(value: QuantityValue, lang: string | undefined): unknown {
  if (typeof value !== "object") return value;
  const figure = quantityFigure(value, lang);
  if (typeof figure === "number") return figure;
  const { phrase: _phrase, lang: _lang, ...reading } = figure as QuantityObject;
  if (reading.exactly !== undefined) return reading.exactly;
  return reading;
}

/**
 * Quantities compare as intervals (DESIGN §2): they can both hold when they
 * overlap. A refusal against a figure is `withheld`. `unknown` is no
 * answer: against a figure, or against a refusal, it is `compatible` — saying
 * a toll is not known neither contradicts someone who gives one nor gives
 * another toll, so it is shown among the question's positions and raises no
 * finding (a `divergent` notice would read as two answers that differ).
 */
export const quantityKind = defineKind<QuantityValue, QuantityReading>({
  schema: QuantityValueSchema,
  canonical(value, { lang }) {
    const quantity = value;
    const reading = quantityReading(quantity, lang);
    const shown = readingOnly(quantity, lang);
    const base = { key: JSON.stringify(sortKeys(shown)), value: shown, data: reading };
    if (reading.kind !== "figure") return base;
    const { low, high } = reading.interval;
    return { ...base, interval: reading.interval, range: { low, high: high === Infinity ? null : high } };
  },
  check(value, { lang }) {
    const words = wordsOnly(value);
    if (words === undefined) return [];
    const read = readPhraseCount(words.phrase, words.lang ?? lang);
    return read.ok ? [] : [{ problem: "unreadable-phrase", reason: read.problem }];
  },
  compare(a, b) {
    if (a.kind === "figure" && b.kind === "figure") {
      return overlaps(a.interval, b.interval) ? "compatible" : "disjoint";
    }
    if ((a.kind === "withheld" && b.kind === "figure") || (a.kind === "figure" && b.kind === "withheld")) {
      return "withheld";
    }
    return "compatible";
  },
  contradictsNegation(asserted, negated) {
    if (asserted.kind !== "figure" || negated.kind !== "figure") return asserted.kind === negated.kind;
    return within(asserted.interval, negated.interval);
  },
  facts: (canonical) => (canonical.data.kind === "figure" ? wholeValue(canonical) : []),
  answers: (canonical) => canonical.data.kind === "figure",
  counts: true,
  refuses: (canonical) => canonical.data.kind === "withheld",
  together: (positions) =>
    intervalsTogether(positions.map((p) => ({ interval: p.canonical.data.kind === "figure" ? p.canonical.data.interval : undefined, not: p.not }))),
  describe(value, { messages }) {
    const q = messages.quantity;
    if (value === "withheld" || value === "unknown") return q[value];
    if (typeof value === "number") return String(value);
    const v = value;
    if (v.approx !== undefined) return v.tolerance !== undefined ? `${q.approx(String(v.approx))} (±${v.tolerance})` : q.approx(String(v.approx));
    if (v.min !== undefined) return q.range(String(v.min), String(v.max));
    if (v.atLeast !== undefined) return q.atLeast(String(v.atLeast));
    if (v.atMost !== undefined) return q.atMost(String(v.atMost));
    return JSON.stringify(value);
  },
});

function sortKeys(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
