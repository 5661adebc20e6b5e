import type { Token } from "./tokenize.js";

/**
 * A phrase pattern: folded words separated by spaces, matched token by token.
 *
 * - `a|b` — either word;
 * - `tue*` — any word that starts with "tue";
 * - `le?` — the word may be left out;
 * - `…` — up to three tokens of anything within the sentence
 *   (« n'a pas souhaité apporter de précisions »).
 *
 * Patterns are matched on tokens, never compiled to regular expressions, so
 * a pattern costs at most a fixed number of steps at each token and reading
 * stays linear in the length of the text.
 *
 * @example
 * compilePattern("pris|prise le|la|l' controle", "captured")
 */
export interface PhrasePattern<T> {
  readonly source: string;
  readonly steps: readonly Step[];
  readonly data: T;
}

type Step = { readonly kind: "word"; readonly options: readonly WordOption[]; readonly optional: boolean } | { readonly kind: "gap"; readonly max: number };

interface WordOption {
  readonly text: string;
  readonly prefix: boolean;
}

const GAP = 3;

/** Compiles one pattern written in the notation above. */
export function compilePattern<T>(source: string, data: T): PhrasePattern<T> {
  const steps = source
    .split(" ")
    .filter((part) => part !== "")
    .map((part): Step => {
      if (part === "…") return { kind: "gap", max: GAP };
      const optional = part.endsWith("?");
      const body = optional ? part.slice(0, -1) : part;
      const options = body.split("|").map((o) => (o.endsWith("*") ? { text: o.slice(0, -1), prefix: true } : { text: o, prefix: false }));
      return { kind: "word", options, optional };
    });
  return { source, steps, data };
}

function wordMatches(step: Extract<Step, { kind: "word" }>, token: Token | undefined): boolean {
  if (token === undefined || token.kind === "break" || token.kind === "number") return false;
  return step.options.some((o) => (o.prefix ? token.folded.startsWith(o.text) : token.folded === o.text));
}

/**
 * The end (exclusive token index) of the longest match of `pattern` starting
 * at token `start`, or -1 when it does not match there.
 */
export function matchPattern(tokens: readonly Token[], start: number, pattern: PhrasePattern<unknown>): number {
  const end = matchFrom(tokens, pattern.steps, 0, start);
  return end > start ? end : -1;
}

/** The furthest token index that steps `s`… can reach from token `t`, or -1. Bounded by the pattern's length and gaps. */
function matchFrom(tokens: readonly Token[], steps: readonly Step[], s: number, t: number): number {
  if (s === steps.length) return t;
  const step = steps[s]!;
  if (step.kind === "gap") {
    let best = -1;
    for (let k = 0; k <= step.max; k += 1) {
      if (k > 0 && (tokens[t + k - 1] === undefined || tokens[t + k - 1]!.kind === "break")) break;
      best = Math.max(best, matchFrom(tokens, steps, s + 1, t + k));
    }
    return best;
  }
  const taken = wordMatches(step, tokens[t]) ? matchFrom(tokens, steps, s + 1, t + 1) : -1;
  const skipped = step.optional ? matchFrom(tokens, steps, s + 1, t) : -1;
  return Math.max(taken, skipped);
}

/** A match of one pattern of a table: its tokens and the data it carries. */
export interface PatternMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly data: T;
  readonly source: string;
}

/**
 * A table of patterns, indexed by the first letter of their first word so
 * that each token is tried against a few patterns only.
 */
export class PatternTable<T> {
  readonly #byLetter = new Map<string, PhrasePattern<T>[]>();
  readonly #anywhere: PhrasePattern<T>[] = [];

  constructor(entries: readonly (readonly [string, T])[]) {
    for (const [source, data] of entries) {
      const pattern = compilePattern(source, data);
      const first = pattern.steps[0];
      if (first === undefined || first.kind === "gap" || first.optional || first.options.some((o) => o.text === "")) {
        this.#anywhere.push(pattern);
        continue;
      }
      for (const letter of new Set(first.options.map((o) => o.text[0]!))) {
        const list = this.#byLetter.get(letter) ?? [];
        list.push(pattern);
        this.#byLetter.set(letter, list);
      }
    }
  }

  /** The longest match starting at token `start`; of two as long, the one listed first among those of its first letter. */
  longestAt(tokens: readonly Token[], start: number): PatternMatch<T> | undefined {
    const token = tokens[start];
    if (token === undefined) return undefined;
    let best: PatternMatch<T> | undefined;
    for (const list of [this.#byLetter.get(token.folded[0] ?? ""), this.#anywhere]) {
      for (const pattern of list ?? []) {
        const end = matchPattern(tokens, start, pattern);
        if (end > (best?.end ?? start)) best = { start, end, data: pattern.data, source: pattern.source };
      }
    }
    return best;
  }

  /**
   * Every longest, non-overlapping match, as {@link scan} finds them, over
   * the tokens that `skip` passes over left out, with positions in `tokens`:
   * a writer's quotation marks inside a phrase (« une « attaque terroriste »
   * contre la brigade ») then break no pattern.
   */
  scanSkipping(tokens: readonly Token[], skip: (token: Token) => boolean): PatternMatch<T>[] {
    const kept: Token[] = [];
    const at: number[] = [];
    for (const [i, token] of tokens.entries()) {
      if (skip(token)) continue;
      kept.push(token);
      at.push(i);
    }
    return this.scan(kept).map((match) => ({ ...match, start: at[match.start]!, end: at[match.end - 1]! + 1 }));
  }

  /** Every longest, non-overlapping match, left to right. */
  scan(tokens: readonly Token[]): PatternMatch<T>[] {
    const matches: PatternMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const match = this.longestAt(tokens, i);
      if (match) {
        matches.push(match);
        i = match.end;
      } else i += 1;
    }
    return matches;
  }
}
