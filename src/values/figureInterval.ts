import type { Interval } from "./interval.js";

/** A quantity given as a reading: a count or an object with one of exactly, approx, min/max, atLeast or atMost. */
export type QuantityFigure =
  | number
  | {
      readonly exactly?: number | undefined;
      readonly approx?: number | undefined;
      readonly tolerance?: number | undefined;
      readonly min?: number | undefined;
      readonly max?: number | undefined;
      readonly atLeast?: number | undefined;
      readonly atMost?: number | undefined;
    };

/**
 * The interval a figure covers (DESIGN §2). `{ approx: n }` spans ±10 %
 * rounded outward (`approx: 50` is 45–55, `approx: 7` is 6–8), or
 * ±`tolerance` when one is given (an absolute number of units, not a
 * percentage); `atLeast` is open above (`high` is `Infinity`); `atMost`
 * starts at zero. `undefined` when the object holds no reading (only a
 * phrase, which the lexicon reads).
 */
export function figureInterval(figure: QuantityFigure): Interval | undefined {
  if (typeof figure === "number") return { low: figure, high: figure };
  if (figure.exactly !== undefined) return { low: figure.exactly, high: figure.exactly };
  if (figure.approx !== undefined) {
    const n = figure.approx;
    if (figure.tolerance !== undefined) return { low: Math.max(0, n - figure.tolerance), high: n + figure.tolerance };
    return { low: Math.floor((n * 9) / 10), high: Math.ceil((n * 11) / 10) };
  }
  if (figure.min !== undefined && figure.max !== undefined) return { low: figure.min, high: figure.max };
  if (figure.atLeast !== undefined) return { low: figure.atLeast, high: Infinity };
  if (figure.atMost !== undefined) return { low: 0, high: figure.atMost };
  return undefined;
}
